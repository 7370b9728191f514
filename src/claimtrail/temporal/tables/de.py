"""German date words."""

from __future__ import annotations

from claimtrail.temporal.tables.words import Words, counting, groups, units, values, words

DE = Words(
    months=groups(
        "januar, jänner, jan | februar, feber, feb | märz, mär, maerz | "
        "april, apr | mai | juni, jun | juli, jul | august, aug | "
        "september, sep, sept | oktober, okt | november, nov | dezember, dez"
    ),
    month_preps=words("im, seit, anfang, ende, mitte, im vergangenen, im letzten"),
    weekdays=groups(
        "montag | dienstag | mittwoch | donnerstag | freitag | samstag, sonnabend | sonntag"
    ),
    weekday_preps=words("am, seit, vom"),
    weekday_last=words("vergangenen, letzten, vorigen, am vergangenen, am letzten"),
    weekday_next=words("nächsten, kommenden, am nächsten, am kommenden"),
    weekday_suffixes=words("abend, morgen, nachmittag, vormittag, nacht, mittag"),
    days=values(
        {
            0: "heute, heute morgen, heute früh",
            -1: "gestern, gestern abend",
            -2: "vorgestern",
            2: "übermorgen",
        }
    ),
    same_day=words(
        "am selben tag, am gleichen tag, noch am selben tag, später am tag, früher am tag, "
        "am selben abend, wenige stunden später, stunden später"
    ),
    weeks=values(
        {
            -1: (
                "letzte woche, vergangene woche, vorige woche, "
                "in der vergangenen woche, in der letzten woche"
            ),
            0: "anfang der woche, diese woche, in dieser woche",
            1: "nächste woche, kommende woche",
        }
    ),
    months_rel=values(
        {
            -1: (
                "letzten monat, vergangenen monat, im vergangenen monat, "
                "im letzten monat, vorigen monat"
            ),
            0: "diesen monat",
            1: "nächsten monat",
        }
    ),
    years_rel=values(
        {
            -1: (
                "letztes jahr, letzten jahres, vergangenes jahr, vergangenen jahres, "
                "im vergangenen jahr, im letzten jahr, voriges jahr, vorigen jahres"
            ),
            0: "dieses jahr, dieses jahres",
            1: "nächstes jahr",
        }
    ),
    year_preps=words("im jahr, seit, im jahre"),
    numbers=counting(
        "ein, einem, einer | zwei | drei | vier | fünf | sechs | sieben | acht | neun | zehn"
    ),
    units=units(
        day="tag, tage, tagen",
        week="woche, wochen",
        month="monat, monate, monaten",
        year="jahr, jahre, jahren",
    ),
    ago_pre=words("vor"),
    earlier=words("zuvor, vorher, früher"),
    later=words("später, danach"),
    speech_verbs=words(
        "sagte, sagt, erklärte, erklärt, teilte, betonte, behauptete, schrieb, äußerte, "
        "kündigte, warf, wies"
    ),
    speech_nouns=words("interview, rede, pressekonferenz, erklärung, mitteilung"),
    anaphora=words("das sagte, dies sagte, das erklärte, dies erklärte, das teilte, dies teilte"),
)
