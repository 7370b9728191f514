"""Transcript turns and signed quotes: attributions that layout marks, on invented text."""

from __future__ import annotations

from typing import Any

import pytest

from claimtrail.extract import Extractor
from claimtrail.extract.features import paragraph_token_ids
from claimtrail.extract.layouts import layout_groups
from claimtrail.extract.spans import TokenSpan


def readings(nlp: Any, text: str) -> list[tuple[str, str, str]]:
    """(source, cue, content) of every paragraph whose layout marks an attribution."""
    doc = nlp(text)
    groups = layout_groups(doc, paragraph_token_ids(doc))

    def words(spans: list[TokenSpan]) -> str:
        return str(doc[spans[0].start : spans[0].end].text)

    return [(words(g.source), words(g.cue), words(g.content)) for _, g in sorted(groups.items())]


TRANSCRIPT = (
    "The host pressed the mayor on the budget.\n\n"
    "HOST: Will the pool stay open next summer?\n\n"
    "MAYOR: We have not decided that yet, but I hope so.\n"
)


def test_transcript_turns_are_attributed_to_their_speaker_labels(nlp: Any) -> None:
    assert readings(nlp, TRANSCRIPT) == [
        ("HOST", ":", "Will the pool stay open next summer?"),
        ("MAYOR", ":", "We have not decided that yet, but I hope so."),
    ]


def test_a_quote_mark_before_the_speaker_label_is_skipped(nlp: Any) -> None:
    text = '"HOST: Are you running again?\n\n"MAYOR: I will decide in the spring.\n'
    assert [source for source, _, _ in readings(nlp, text)] == ["HOST", "MAYOR"]


def test_a_single_capitalised_label_is_not_a_transcript(nlp: Any) -> None:
    text = "The council met on Monday.\n\nUPDATE: The meeting was moved to Tuesday evening.\n"
    assert readings(nlp, text) == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "“The bridge must reopen before winter.” ― Ana Ruiz",
        "“The bridge must reopen before winter.”― Ana Ruiz.",
        "“The bridge must reopen before winter.” - Ana Ruiz",
        "Ana Ruiz — “The bridge must reopen before winter.”",
    ],
)
def test_a_quote_signed_with_a_dash_is_attributed_to_the_name(nlp: Any, paragraph: str) -> None:
    text = f"Readers wrote to us about the bridge.\n\n{paragraph}\n"
    [(source, _, content)] = readings(nlp, text)
    assert source.rstrip(".") == "Ana Ruiz"
    assert "The bridge must reopen before winter" in content
    assert "Ana" not in content


def test_a_quote_followed_by_a_lowercase_clause_is_not_signed(nlp: Any) -> None:
    text = "The talks ended.\n\n“We are done.” — then the minister left the room.\n"
    assert readings(nlp, text) == []


def test_extractor_gives_each_transcript_turn_its_own_attribution(extractor: Extractor) -> None:
    found = extractor.attributions(TRANSCRIPT, "t")
    sources = [TRANSCRIPT[a.source[0].start : a.source[0].end] for a in found if a.source]
    assert sources.count("HOST") == 1
    assert sources.count("MAYOR") == 1
