"""Speech-act verbs whose object is the content (rejected X, accused X of Y), per language."""

from __future__ import annotations

import time

import pytest

from claimtrail.extract.rules import rule_attributions
from claimtrail.model import Attribution


def _texts(text: str, att: Attribution) -> tuple[str | None, str | None, str]:
    source = text[att.source[0].start : att.source[0].end] if att.source else None
    cue = text[att.cue[0].start : att.cue[0].end] if att.cue else None
    return source, cue, text[att.content[0].start : att.content[0].end]


# (language, text, source, cue, content)
OBJECTS = [
    ("es", "El ministro rechazó las acusaciones de la oposición.", "El ministro", "rechazó",
     "las acusaciones de la oposición"),
    ("pt", "O ministro rejeitou as acusações da oposição.", "O ministro", "rejeitou",
     "as acusações da oposição"),
    ("it", "Il ministro ha respinto le accuse dell'opposizione.", "Il ministro", "ha respinto",
     "le accuse dell'opposizione"),
    ("fr", "Le ministre a condamné l'attaque contre la ville.", "Le ministre", "a condamné",
     "l'attaque contre la ville"),
    ("ro", "Ministrul a respins acuzațiile opoziției.", "Ministrul", "a respins",
     "acuzațiile opoziției"),
    ("de", "Der Kanzler verurteilte den Angriff auf die Stadt.", "Der Kanzler", "verurteilte",
     "den Angriff auf die Stadt"),
    ("pl", "Minister odrzucił propozycję opozycji.", "Minister", "odrzucił",
     "propozycję opozycji"),
    ("uk", "Президент засудив напад на місто.", "Президент", "засудив", "напад на місто"),
    ("mk", "Владата ги отфрли сите обвинувања.", "Владата", "ги отфрли", "сите обвинувања"),
    ("ru", "В министерстве сообщили о гибели двух военных.", "В министерстве", "сообщили о",
     "гибели двух военных"),
    ("pl", "Szef MSZ poinformował o śmierci dwóch żołnierzy.", "Szef MSZ", "poinformował o",
     "śmierci dwóch żołnierzy"),
    ("fr", "Le Kremlin a démenti ces informations.", "Le Kremlin", "a démenti",
     "ces informations"),
    ("lv", "Ministrs noraidīja apsūdzības par korupciju.", "Ministrs", "noraidīja",
     "apsūdzības par korupciju"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "source", "cue", "content"), OBJECTS)
def test_speech_act_verb_takes_its_noun_object_as_content(
    language: str, text: str, source: str, cue: str, content: str
) -> None:
    found = rule_attributions(text, language, "a1")
    assert [_texts(text, a) for a in found] == [(source, cue, content)]


@pytest.mark.parametrize(
    ("language", "text", "content"),
    [
        ("cs", "Označila to za skandál.", "to za skandál"),
        ("es", "Rechazó también la propuesta del gobierno.", "la propuesta del gobierno"),
    ],
)
def test_speech_act_verb_opening_a_pro_drop_clause_needs_no_subject(
    language: str, text: str, content: str
) -> None:
    found = rule_attributions(text, language, "a1")
    assert [_texts(text, a)[2] for a in found] == [content]
    assert not found[0].source


def test_accused_object_stays_in_the_content_before_the_complementiser() -> None:
    text = "Obvinila také prezidenta z toho, že lže o válce."
    found = rule_attributions(text, "cs", "a1")
    assert [_texts(text, a)[2] for a in found] == ["prezidenta z toho, že lže o válce"]


def test_correlative_before_the_complementiser_is_no_object() -> None:
    text = "Министр сообщил о том, что переговоры продолжатся."
    found = rule_attributions(text, "ru", "a1")
    assert [_texts(text, a)[2] for a in found] == ["переговоры продолжатся"]


def test_speech_act_verb_introducing_a_quote_with_a_colon_takes_the_quote() -> None:
    text = "El ministro rechazó la propuesta con estas palabras: «No vamos a negociar con ellos»."
    found = rule_attributions(text, "es", "a1")
    assert [_texts(text, a)[2] for a in found] == ["«No vamos a negociar con ellos»"]


@pytest.mark.parametrize(
    ("language", "text", "source", "content"),
    [
        ("es", "El ministro dijo a la prensa: no vamos a negociar con ellos.", "El ministro",
         "no vamos a negociar con ellos"),
        ("cs", "Mluvčí řekl: situace je pod kontrolou.", "Mluvčí", "situace je pod kontrolou"),
    ],
)  # fmt: skip
def test_unquoted_speech_after_a_cue_and_a_colon_is_the_content(
    language: str, text: str, source: str, content: str
) -> None:
    found = rule_attributions(text, language, "a1")
    assert [(_texts(text, a)[0], _texts(text, a)[2]) for a in found] == [(source, content)]


def test_a_colon_far_after_the_cue_introduces_nothing() -> None:
    text = "El ministro dijo en la reunión de ayer con los socios: tres puntos de acuerdo firmes."
    assert rule_attributions(text, "es", "a1") == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "El ministro rechazó en una entrevista."),  # an adjunct, no object
        ("es", "El ministro rechazó todo."),  # one word is no statement
        ("es", "La propuesta que rechazó el ministro era razonable."),  # an object relative
        ("de", "Er lehnte sich zurück und schwieg."),  # lehnte is no speech act on its own
        ("ar", "قبّل البابا العلم الأوكراني خلال مقابلته العامة، وأدان ما حدث في البلدة."),
    ],
)
def test_no_statement_without_an_object_or_after_a_conjoined_verb(language: str, text: str) -> None:
    assert rule_attributions(text, language, "a1") == []


def test_content_before_a_comma_and_plain_cue_is_still_inverted_in_arabic() -> None:
    text = "الوضع خطير جدا في المدينة، قال المتحدث."
    found = rule_attributions(text, "ar", "a1")
    assert [_texts(text, a) for a in found] == [("المتحدث", "قال", "الوضع خطير جدا في المدينة")]


def test_a_megabyte_of_speech_acts_stays_fast() -> None:
    unit = "Obvinila ho z toho, že lže a "
    text = unit * (1_000_000 // len(unit) + 1)
    started = time.perf_counter()
    found = rule_attributions(text, "cs", "a1")
    assert time.perf_counter() - started < 30
    assert all(0 <= s.start <= s.end <= len(text) for a in found for s in a.content)
