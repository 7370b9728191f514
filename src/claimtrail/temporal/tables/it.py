"""Italian date words."""

from __future__ import annotations

from claimtrail.temporal.tables.words import Words, counting, groups, units, values, words

IT = Words(
    months=groups(
        "gennaio, gen | febbraio, feb | marzo, mar | aprile, apr | "
        "maggio, mag | giugno, giu | luglio, lug | agosto, ago | "
        "settembre, set, sett | ottobre, ott | novembre, nov | dicembre, dic"
    ),
    month_preps=words("a, in, nel mese di, ad, da, a inizio, a fine, lo scorso"),
    weekdays=groups(
        "lunedì, lunedi | martedì, martedi | mercoledì, mercoledi | "
        "giovedì, giovedi | venerdì, venerdi | sabato | domenica"
    ),
    weekday_preps=words("il, la, di, da"),
    weekday_last=words("lo scorso, la scorsa, scorso, scorsa"),
    weekday_last_post=words("scorso, scorsa"),
    weekday_next=words("il prossimo, la prossima, prossimo, prossima"),
    weekday_next_post=words("prossimo, prossima"),
    days=values(
        {
            0: "oggi, stamattina, stamani, stasera",
            -1: "ieri, ieri sera",
            -2: "l'altro ieri, altro ieri, l'altroieri",
            1: "domani",
        }
    ),
    same_day=words(
        "lo stesso giorno, nello stesso giorno, più tardi in giornata, poche ore dopo, "
        "qualche ora dopo"
    ),
    weeks=values(
        {
            -1: "la settimana scorsa, la scorsa settimana",
            0: "questa settimana, all'inizio della settimana",
            1: "la prossima settimana, la settimana prossima",
        }
    ),
    months_rel=values({-1: "il mese scorso, lo scorso mese", 1: "il mese prossimo"}),
    years_rel=values({-1: "l'anno scorso, lo scorso anno", 0: "quest'anno", 1: "l'anno prossimo"}),
    year_preps=words("nel, dal"),
    numbers=counting(
        "un, uno, una | due | tre | quattro | cinque | sei | sette | otto | nove | dieci"
    ),
    units=units(
        day="giorno, giorni", week="settimana, settimane", month="mese, mesi", year="anno, anni"
    ),
    ago_post=words("fa"),
    later=words("più tardi"),
    before=words("prima"),
    after=words("dopo"),
    speech_verbs=words(
        "ha detto, ha dichiarato, ha affermato, ha spiegato, ha aggiunto, ha sostenuto, "
        "ha scritto, dichiara, afferma"
    ),
    speech_nouns=words("intervista, discorso, conferenza stampa, comunicato"),
    anaphora=words("lo ha detto, lo ha dichiarato, lo ha affermato, è quanto"),
)
