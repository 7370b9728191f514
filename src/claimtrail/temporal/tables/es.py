"""Spanish date words."""

from __future__ import annotations

from claimtrail.temporal.tables.words import Words, counting, groups, units, values, words

ES = Words(
    months=groups(
        "enero, ene | febrero, feb | marzo, mar | abril, abr | mayo | "
        "junio, jun | julio, jul | agosto, ago | septiembre, setiembre, sept | "
        "octubre, oct | noviembre, nov | diciembre, dic"
    ),
    month_preps=words("en, a principios de, a finales de, desde, en el mes de"),
    weekdays=groups(
        "lunes | martes | miércoles, miercoles | jueves | viernes | sábado, sabado | domingo"
    ),
    weekday_preps=words("el, este, desde el"),
    weekday_last=words("el pasado, pasado"),
    weekday_last_post=words("pasado"),
    weekday_next=words("el próximo, próximo, el proximo"),
    weekday_next_post=words("próximo, que viene"),
    days=values(
        {
            0: "hoy, esta mañana, esta tarde, esta noche",
            -1: "ayer, anoche",
            -2: "anteayer, antier, antes de ayer, antes de anoche",
            2: "pasado mañana",
        }
    ),
    same_day=words(
        "el mismo día, ese mismo día, más tarde ese día, horas después, horas más tarde"
    ),
    weeks=values(
        {
            -1: "la semana pasada, la pasada semana",
            0: "esta semana, a principios de semana",
            1: "la próxima semana, la semana que viene",
        }
    ),
    months_rel=values({-1: "el mes pasado, el pasado mes", 0: "este mes", 1: "el próximo mes"}),
    years_rel=values({-1: "el año pasado, el pasado año", 0: "este año", 1: "el próximo año"}),
    year_preps=words("en, desde"),
    numbers=counting("un, una | dos | tres | cuatro | cinco | seis | siete | ocho | nueve | diez"),
    units=units(day="día, días", week="semana, semanas", month="mes, meses", year="año, años"),
    ago_pre=words("hace"),
    later=words("más tarde"),
    before=words("antes"),
    after=words("después"),
    speech_verbs=words(
        "dijo, declaró, afirmó, explicó, añadió, aseguró, señaló, escribió, rechazó, contestó"
    ),
    speech_nouns=words("entrevista, discurso, rueda de prensa, comunicado"),
    anaphora=words("así lo, lo dijo, esto lo, estas declaraciones"),
)
