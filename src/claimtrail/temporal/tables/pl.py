"""Polish date words."""

from __future__ import annotations

from claimtrail.temporal.tables.words import Words, counting, groups, units, values, words

PL = Words(
    months=groups(
        "stycznia, styczeń, styczniu, sty | lutego, luty, lutym, lut | "
        "marca, marzec, marcu, mar | kwietnia, kwiecień, kwietniu, kwi | "
        "maja, maj, maju | czerwca, czerwiec, czerwcu, cze | "
        "lipca, lipiec, lipcu, lip | sierpnia, sierpień, sierpniu, sie | "
        "września, wrzesień, wrześniu, wrz | "
        "października, październik, październiku, paź | "
        "listopada, listopad, listopadzie, lis | "
        "grudnia, grudzień, grudniu, gru"
    ),
    month_preps=words("w, we, od, na początku, pod koniec"),
    weekdays=groups(
        "poniedziałek | wtorek | środę, środa | czwartek | piątek | "
        "sobotę, sobota | niedzielę, niedziela"
    ),
    weekday_preps=words("w, we, od"),
    weekday_last=words(
        "w zeszły, w zeszłą, w ubiegły, w ubiegłą, w ostatni, w ostatnią, "
        "zeszły, zeszłą, ubiegły, ubiegłą"
    ),
    weekday_next=words("w przyszły, w przyszłą, w najbliższy, w najbliższą"),
    days=values({0: "dzisiaj, dziś", -1: "wczoraj", -2: "przedwczoraj", 1: "jutro", 2: "pojutrze"}),
    same_day=words("tego samego dnia, w tym samym dniu, kilka godzin później"),
    weeks=values(
        {
            -1: "w zeszłym tygodniu, w ubiegłym tygodniu, w minionym tygodniu",
            0: "w tym tygodniu, na początku tygodnia",
            1: "w przyszłym tygodniu",
        }
    ),
    months_rel=values(
        {
            -1: "w zeszłym miesiącu, w ubiegłym miesiącu",
            0: "w tym miesiącu",
            1: "w przyszłym miesiącu",
        }
    ),
    years_rel=values(
        {-1: "w zeszłym roku, w ubiegłym roku", 0: "w tym roku", 1: "w przyszłym roku"}
    ),
    year_preps=words("w, od"),
    numbers=counting(
        "jeden, jedną | dwa, dwie | trzy | cztery | pięć | sześć | siedem | "
        "osiem | dziewięć | dziesięć"
    ),
    units=units(
        day="dzień, dni",
        week="tydzień, tygodnie, tygodni",
        month="miesiąc, miesiące, miesięcy",
        year="rok, lata, lat",
    ),
    ago_post=words("temu"),
    earlier=words("wcześniej"),
    later=words("później"),
    after=words("po"),
    speech_verbs=words("powiedział, oświadczył, stwierdził, zaznaczył, dodał, napisał, podkreślił"),
    speech_nouns=words("wywiad, oświadczen, przemówien, konferencj, wpis"),
    anaphora=words("poinformował o tym, powiedział to, o tym poinformował, tak powiedział"),
)
