"""Latvian date words: months in the nominative, genitive and locative ("24. janvārī"),
weekdays as nouns and as adverbs ("svētdien": on Sunday)."""

from __future__ import annotations

from claimtrail.temporal.tables.words import Words, counting, groups, units, values, words

LV = Words(
    months=groups(
        "janvāris, janvāra, janvārī | februāris, februāra, februārī | marts, marta, martā | "
        "aprīlis, aprīļa, aprīlī | maijs, maija, maijā | jūnijs, jūnija, jūnijā | "
        "jūlijs, jūlija, jūlijā | augusts, augusta, augustā | "
        "septembris, septembra, septembrī | oktobris, oktobra, oktobrī | "
        "novembris, novembra, novembrī | decembris, decembra, decembrī"
    ),
    month_preps=words("kopš, līdz"),
    weekdays=groups(
        "pirmdiena, pirmdien, pirmdienā | otrdiena, otrdien, otrdienā | "
        "trešdiena, trešdien, trešdienā | ceturtdiena, ceturtdien, ceturtdienā | "
        "piektdiena, piektdien, piektdienā | sestdiena, sestdien, sestdienā | "
        "svētdiena, svētdien, svētdienā"
    ),
    weekday_preps=words("kopš"),
    weekday_last=words("pagājušajā, pagājušo"),
    weekday_next=words("nākamajā, nākamo"),
    days=values({0: "šodien", -1: "vakar", -2: "aizvakar", 1: "rīt", 2: "parīt"}),
    same_day=words("tajā pašā dienā, pēc dažām stundām"),
    weeks=values(
        {
            -1: "pagājušajā nedēļā, pagājušnedēļ",
            0: "šonedēļ, šajā nedēļā",
            1: "nākamnedēļ, nākamajā nedēļā",
        }
    ),
    months_rel=values({-1: "pagājušajā mēnesī", 0: "šomēnes, šajā mēnesī", 1: "nākamajā mēnesī"}),
    years_rel=values(
        {-1: "pērn, pagājušajā gadā", 0: "šogad, šajā gadā", 1: "nākamgad, nākamajā gadā"}
    ),
    numbers=counting(
        "vienu, vienas, vienā | divām, divas, diviem, divus | trim, trīs | "
        "četrām, četras, četriem | piecām, piecas, pieciem"
    ),
    units=units(
        day="dienām, dienas, dienu, diena",
        week="nedēļām, nedēļas, nedēļu",
        month="mēnešiem, mēneša, mēnesi",
        year="gadiem, gada, gadu",
    ),
    ago_pre=words("pirms"),
    earlier=words("agrāk, iepriekš"),
    later=words("vēlāk"),
    speech_verbs=words(
        "sacīja, teica, paziņoja, norādīja, uzsvēra, apgalvoja, rakstīja, pauda, atzina, "
        "piebilda, izteicās, stāstīja"
    ),
    speech_nouns=words("intervij, paziņojum, runā, preses konferenc, brīfing"),
    anaphora=words("to viņš paziņoja, to viņa paziņoja, to viņš sacīja, to viņa sacīja"),
)
