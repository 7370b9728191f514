"""Portuguese date words."""

from __future__ import annotations

from claimtrail.temporal.tables.words import Words, counting, groups, units, values, words

PT = Words(
    months=groups(
        "janeiro, jan | fevereiro, fev | março, marco, mar | abril, abr | "
        "maio | junho, jun | julho, jul | agosto, ago | setembro, set | "
        "outubro, out | novembro, nov | dezembro, dez"
    ),
    month_preps=words("em, no início de, no fim de, desde, no mês de"),
    # The short forms also mean "second", "fifth"...: only with a preposition.
    weekdays=groups(
        "segunda-feira, na segunda, nesta segunda, nessa segunda | "
        "terça-feira, terca-feira, na terça, nesta terça, nessa terça | "
        "quarta-feira, na quarta, nesta quarta, nessa quarta | "
        "quinta-feira, na quinta, nesta quinta, nessa quinta | "
        "sexta-feira, na sexta, nesta sexta, nessa sexta | sábado, sabado | "
        "domingo"
    ),
    weekday_preps=words("na, no, nesta, neste, nessa, nesse, desde"),
    weekday_last=words("na última, no último, na passada, no passado"),
    weekday_last_post=words("passada, passado"),
    weekday_next=words("na próxima, no próximo"),
    weekday_next_post=words("que vem"),
    days=values({0: "hoje, esta manhã, nesta manhã", -1: "ontem", -2: "anteontem", 1: "amanhã"}),
    same_day=words(
        "no mesmo dia, nesse mesmo dia, mais tarde no mesmo dia, horas depois, horas mais tarde"
    ),
    weeks=values(
        {
            -1: "na semana passada, semana passada",
            0: "esta semana, nesta semana",
            1: "na próxima semana",
        }
    ),
    months_rel=values({-1: "no mês passado, mês passado", 0: "este mês", 1: "no próximo mês"}),
    years_rel=values({-1: "no ano passado, ano passado", 0: "este ano", 1: "no próximo ano"}),
    year_preps=words("em, desde"),
    numbers=counting(
        "um, uma | dois, duas | três | quatro | cinco | seis | sete | oito | nove | dez"
    ),
    units=units(day="dia, dias", week="semana, semanas", month="mês, meses", year="ano, anos"),
    ago_pre=words("há"),
    ago_post=words("atrás"),
    later=words("mais tarde"),
    before=words("antes"),
    after=words("depois"),
    speech_verbs=words("disse, declarou, afirmou, explicou, acrescentou, escreveu, apelidou"),
    speech_nouns=words("entrevista, discurso, coletiva, comunicado"),
    anaphora=words("foi o que, a declaração foi, as declarações foram"),
)
