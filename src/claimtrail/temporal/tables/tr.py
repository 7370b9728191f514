"""Turkish date words."""

from __future__ import annotations

from claimtrail.temporal.tables.words import Words, counting, groups, units, values, words

TR = Words(
    months=groups(
        "ocak | şubat, subat | mart | nisan | mayıs, mayis | haziran | "
        "temmuz | ağustos, agustos | eylül, eylul | ekim | kasım, kasim | "
        "aralık, aralik"
    ),
    month_preps=words("geçen"),
    weekdays=groups(
        "pazartesi | salı, sali | çarşamba, carsamba | perşembe, persembe | "
        "cuma | cumartesi | pazar"
    ),
    weekday_last=words("geçen, geçtiğimiz"),
    weekday_next=words("gelecek, önümüzdeki"),
    days=values(
        {
            0: "bugün, bu sabah, bu akşam",
            -1: "dün, dün akşam",
            -2: "önceki gün, evvelki gün",
            1: "yarın",
        }
    ),
    same_day=words("aynı gün, aynı gün içinde, saatler sonra"),
    weeks=values(
        {
            -1: "geçen hafta, geçtiğimiz hafta",
            0: "bu hafta, bu haftanın başında",
            1: "gelecek hafta, önümüzdeki hafta",
        }
    ),
    months_rel=values({-1: "geçen ay, geçtiğimiz ay", 0: "bu ay", 1: "gelecek ay"}),
    years_rel=values({-1: "geçen yıl, geçen sene, geçtiğimiz yıl", 0: "bu yıl", 1: "gelecek yıl"}),
    numbers=counting("bir | iki | üç | dört | beş | altı | yedi | sekiz | dokuz | on"),
    units=units(day="gün", week="hafta", month="ay", year="yıl, sene"),
    ago_post=words("önce"),
    later=words("sonra"),
    speech_verbs=words("dedi, söyledi, açıkladı, belirtti, ifade etti, vurguladı, kullandı"),
    speech_nouns=words("açıklama, konuşma, röportaj, basın toplantısı"),
    anaphora=words("bu açıklamayı, bu ifadeleri, bu sözleri"),
)
