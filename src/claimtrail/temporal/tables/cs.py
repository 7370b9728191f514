"""Czech date words."""

from __future__ import annotations

from claimtrail.temporal.tables.words import Words, counting, groups, units, values, words

CS = Words(
    months=groups(
        "ledna, leden, lednu | února, únor, únoru | března, březen, březnu | "
        "dubna, duben, dubnu | května, květen, květnu | "
        "června, červen, červnu | července, červenec, červenci | "
        "srpna, srpen, srpnu | září | října, říjen, říjnu | "
        "listopadu, listopad | prosince, prosinec, prosinci"
    ),
    month_preps=words("v, ve, od, na začátku, koncem, začátkem"),
    weekdays=groups(
        "pondělí | úterý | středu, středa | čtvrtek | pátek | sobotu, sobota | neděli, neděle"
    ),
    weekday_preps=words("v, ve, od"),
    weekday_last=words("minulé, minulou, minulý, v minulé, v minulou, v minulý"),
    weekday_next=words("příští, příští, v příští, příští"),
    days=values({0: "dnes, dneska", -1: "včera", -2: "předevčírem", 1: "zítra"}),
    same_day=words("téhož dne, tentýž den, ve stejný den, o několik hodin později"),
    weeks=values(
        {
            -1: "minulý týden, minulého týdne",
            0: "tento týden, tohoto týdne, na začátku týdne",
            1: "příští týden",
        }
    ),
    months_rel=values({-1: "minulý měsíc, minulého měsíce", 0: "tento měsíc", 1: "příští měsíc"}),
    years_rel=values({-1: "loni, vloni, minulý rok, minulého roku", 0: "letos", 1: "příští rok"}),
    year_preps=words("v roce, od roku"),
    numbers=counting(
        "jeden, jedním | dva, dvěma | tři, třemi | čtyři, čtyřmi | pět, pěti | "
        "šest, šesti | sedm, sedmi | osm, osmi | devět, devíti | deset, deseti"
    ),
    units=units(
        day="den, dnem, dny, dní, dnů",
        week="týden, týdnem, týdny, týdnů",
        month="měsíc, měsícem, měsíci, měsíců",
        year="rok, rokem, lety, let",
    ),
    ago_pre=words("před"),
    earlier=words("dříve, předtím"),
    later=words("později, poté"),
    speech_verbs=words("řekl, uvedl, prohlásil, dodal, napsal, zdůraznil, sdělil, oznámil"),
    speech_nouns=words("rozhovor, prohlášen, projev, tiskové konferenc"),
    anaphora=words("uvedl to, řekl to, informoval o tom, uvedla to, řekla to"),
)
