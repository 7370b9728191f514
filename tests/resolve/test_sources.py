"""What a source span is: its name, its title, or a pronoun, group or description."""

from __future__ import annotations

import pytest

from claimtrail.model import Span
from claimtrail.resolve.places import is_people
from claimtrail.resolve.sources import Source, parse_source
from claimtrail.resolve.within import speakers

from .helpers import attribution, span_of


def _parse(text: str, source: str, language: str = "en") -> Source:
    return parse_source(text, span_of(text, source), language)


def test_a_source_across_a_paragraph_break_is_its_last_line() -> None:
    text = "Anna Maria Berg (@berg) May 2, 2024\nKovalenko added that the report was wrong."
    source = _parse(text, "Anna Maria Berg (@berg) May 2, 2024\nKovalenko")
    assert source.kind == "name"
    assert source.name == "Kovalenko"


def test_a_word_after_the_name_is_no_title_of_it() -> None:
    text = "V rozhovoru se Novák papeže ptá na válku."
    source = _parse(text, "V rozhovoru se Novák papeže", "cs")
    assert source.name == "Novák"
    assert "papeže" not in source.roles


def test_an_appositive_after_a_comma_is_a_title() -> None:
    text = "Dmytro Kuleba, the foreign minister, said the talks were over."
    assert "minister" in _parse(text, "Dmytro Kuleba, the foreign minister").roles


@pytest.mark.parametrize("source", ["His press secretary", "H"])
def test_a_possessive_or_a_lone_letter_is_no_name(source: str) -> None:
    text = f"{source} later clarified the comments."
    assert _parse(text, source).kind != "name"


def test_a_word_in_the_object_case_is_not_the_speaker() -> None:
    # Gujarati: "the Ukrainian president told the reporters".
    text = "યુક્રેનિયન રાષ્ટ્રપતિએ પત્રકારોને કહ્યું કે ના."
    source = _parse(text, "યુક્રેનિયન રાષ્ટ્રપતિએ પત્રકારોને", "gu")
    assert source.kind == "description"
    assert source.name_span is None


@pytest.mark.parametrize(
    ("word", "expected"),
    [("Russians", True), ("Ukrainians", True), ("Israelis", True), ("Chinese", True),
     ("Francis", False), ("Evans", False), ("Budanov", False)],
)  # fmt: skip
def test_a_nationality_in_the_plural_is_a_people(word: str, expected: bool) -> None:
    assert is_people(word) is expected


def test_a_people_speaks_as_a_group_not_a_person() -> None:
    text = "Russians claim to have captured the city."
    assert _parse(text, "Russians").kind == "group"


def test_a_clause_led_by_a_pronoun_is_that_pronoun() -> None:
    text = "Kira Yarmysh spoke. She thanked supporters who demanded the body."
    source = _parse(text, "She thanked supporters who")
    assert source.kind == "pronoun"
    assert source.span == span_of(text, "She")
    atts = [attribution(text, "Kira Yarmysh"), attribution(text, "She thanked supporters who")]
    assert [s.name if s else None for s in speakers(text, atts, "en")] == ["Kira Yarmysh"] * 2


def test_a_relative_pronoun_alone_stays_a_relative() -> None:
    assert _parse("Erdogan, who called Hamas rebels, spoke.", "who").kind == "relative"


def test_a_capitalised_name_with_lowercase_after_a_pronoun_word_is_not_cut() -> None:
    source = parse_source("He Jiankui said it.", Span(0, 9), "en")
    assert source.kind == "name"
