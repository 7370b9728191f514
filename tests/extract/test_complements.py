"""Content read off the parse for cues the CRF left without content."""

from __future__ import annotations

from typing import Any

import pytest

from claimtrail.extract.complements import parsed_content
from claimtrail.extract.spans import TokenSpan

from .conftest import words


def cue_of(doc: Any, text: str) -> TokenSpan:
    first = next(t.i for t in doc if doc[t.i : t.i + len(text.split())].text == text)
    return TokenSpan("cue", first, first + len(text.split()))


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (
            "Officials said the fire started in the kitchen.",
            "said",
            ["the fire started in the kitchen"],
        ),
        (
            "The river will flood the valley, the engineer said, unless the dam is repaired.",
            "said",
            ["The river will flood the valley", "unless the dam is repaired"],
        ),
        (
            "The plant will close in March, according to the union.",
            "according to",
            ["The plant will close in March"],
        ),
    ],
)
def test_cue_without_content_gets_its_clause_from_the_parse(
    nlp: Any, text: str, cue: str, expected: list[str]
) -> None:
    doc = nlp(text)
    assert words(doc, parsed_content(doc, cue_of(doc, cue), set())) == expected


def test_parse_content_never_takes_tokens_the_crf_labelled(nlp: Any) -> None:
    doc = nlp("Officials said the fire started in the kitchen.")
    fire = next(t.i for t in doc if t.text == "fire")
    assert parsed_content(doc, cue_of(doc, "said"), {fire}) == []


def test_a_lone_pronoun_object_is_not_content(nlp: Any) -> None:
    doc = nlp("The coach thanked them.")
    assert parsed_content(doc, cue_of(doc, "thanked"), set()) == []


def test_parse_content_never_runs_over_a_paragraph_break(nlp: Any) -> None:
    doc = nlp("The mayor said the old bridge\nwill reopen next spring.")
    assert parsed_content(doc, cue_of(doc, "said"), set()) == []
