"""French date words."""

from __future__ import annotations

from claimtrail.temporal.tables.words import Words, counting, groups, units, values, words

FR = Words(
    months=groups(
        "janvier, janv | février, fevrier, févr, fev | mars | avril, avr | "
        "mai | juin | juillet, juil | août, aout | septembre, sept | "
        "octobre, oct | novembre, nov | décembre, decembre, déc"
    ),
    month_preps=words("en, début, fin, mi, depuis, au mois de, en début, en fin"),
    weekdays=groups("lundi | mardi | mercredi | jeudi | vendredi | samedi | dimanche"),
    weekday_preps=words("ce, le, depuis"),
    weekday_last_post=words("dernier"),
    weekday_next_post=words("prochain"),
    days=values(
        {
            0: "aujourd'hui, ce matin, ce soir",
            -1: "hier, hier soir",
            -2: "avant-hier",
            1: "demain",
        }
    ),
    same_day=words(
        "plus tôt dans la journée, plus tard dans la journée, le même jour, "
        "quelques heures plus tard, dans la foulée"
    ),
    weeks=values(
        {
            -1: "la semaine dernière, la semaine passée",
            0: "en début de semaine, cette semaine",
            1: "la semaine prochaine",
        }
    ),
    months_rel=values({-1: "le mois dernier", 0: "ce mois-ci", 1: "le mois prochain"}),
    years_rel=values(
        {
            -1: "l'an dernier, l'année dernière, l'an passé, l'année passée",
            0: "cette année",
            1: "l'an prochain, l'année prochaine",
        }
    ),
    year_preps=words("en, depuis"),
    numbers=counting("un, une | deux | trois | quatre | cinq | six | sept | huit | neuf | dix"),
    units=units(
        day="jour, jours", week="semaine, semaines", month="mois", year="an, ans, année, années"
    ),
    ago_pre=words("il y a"),
    earlier=words("plus tôt, auparavant"),
    later=words("plus tard"),
    before=words("avant"),
    after=words("après"),
    speech_verbs=words(
        "déclar, affirm, annonc, a dit, indiqu, a ajouté, répond, a écrit, assur, a salué"
    ),
    speech_nouns=words("entretien, interview, discours, conférence de presse, communiqué"),
    anaphora=words("c'est ce qu, ces propos, ces déclarations"),
)
