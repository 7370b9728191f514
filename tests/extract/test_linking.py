"""Linking labelled source, cue and content spans into attributions, on invented sentences."""

from __future__ import annotations

from typing import Any

import pytest

from claimtrail.extract.features import sentence_starts
from claimtrail.extract.linking import Group, link
from claimtrail.extract.spans import Role, TokenSpan
from claimtrail.nlp import english


@pytest.fixture(scope="module")
def nlp() -> Any:
    return english()


def span(doc: Any, role: Role, text: str) -> TokenSpan:
    """The first occurrence of `text` in the doc, as whole tokens labelled `role`."""
    start = doc.text.index(text)
    tokens = doc.char_span(start, start + len(text))
    return TokenSpan(role, tokens.start, tokens.end)


def linked(doc: Any, *spans: TokenSpan) -> list[tuple[str, str, list[str]]]:
    """(source, cue, content pieces) of every group that has a cue."""
    ordered = sorted(spans, key=lambda s: s.start)
    groups: list[Group] = link(doc, ordered, sentence_starts(doc))
    return [
        (
            " ".join(doc[s.start : s.end].text for s in g.source),
            " ".join(doc[s.start : s.end].text for s in g.cue),
            [doc[s.start : s.end].text for s in g.content],
        )
        for g in groups
        if g.cue
    ]


@pytest.mark.parametrize(
    ("text", "cue", "content", "source"),
    [
        (
            "The mayor spoke on Monday, promising to reopen the bridge.",
            "promising",
            "to reopen the bridge",
            "The mayor",
        ),
        ("The clerk was fined for refusing to testify.", "refusing", "to testify", "The clerk"),
    ],
)
def test_participle_cue_shares_the_subject_of_the_verb_it_hangs_from(
    nlp: Any, text: str, cue: str, content: str, source: str
) -> None:
    doc = nlp(text)
    found = linked(doc, span(doc, "cue", cue), span(doc, "content", content))
    assert found == [(source, cue, [content])]


def test_source_cut_inside_an_appositive_grows_to_the_end_of_the_phrase(nlp: Any) -> None:
    doc = nlp(
        "Peter Grant, a lawyer for the farmers who sued the company, said the ruling was unfair."
    )
    found = linked(
        doc,
        span(doc, "source", "Peter Grant, a lawyer for the farmers"),
        span(doc, "cue", "said"),
        span(doc, "content", "the ruling was unfair"),
    )
    assert found[0][0] == "Peter Grant, a lawyer for the farmers who sued the company"


def test_source_ending_at_a_phrase_boundary_is_kept(nlp: Any) -> None:
    doc = nlp(
        "Peter Grant, a lawyer for the farmers who sued the company, said the ruling was unfair."
    )
    found = linked(
        doc,
        span(doc, "source", "Peter Grant"),
        span(doc, "cue", "said"),
        span(doc, "content", "the ruling was unfair"),
    )
    assert found[0][0] == "Peter Grant"


def test_content_running_over_two_reported_sentences_is_split_between_their_cues(
    nlp: Any,
) -> None:
    doc = nlp(
        "Officials said the fire started in the kitchen. The damage was limited, a spokesman added."
    )
    found = linked(
        doc,
        span(doc, "source", "Officials"),
        span(doc, "cue", "said"),
        span(doc, "content", "the fire started in the kitchen. The damage was limited"),
        span(doc, "source", "a spokesman"),
        span(doc, "cue", "added"),
    )
    assert found == [
        ("Officials", "said", ["the fire started in the kitchen."]),
        ("a spokesman", "added", ["The damage was limited"]),
    ]


def test_cue_without_content_absorbs_the_attribution_nested_in_its_clause(nlp: Any) -> None:
    doc = nlp("The singer had told friends that she would retire, her agent added.")
    found = linked(
        doc,
        span(doc, "source", "The singer"),
        span(doc, "cue", "had told"),
        span(doc, "content", "that she would retire"),
        span(doc, "source", "her agent"),
        span(doc, "cue", "added"),
    )
    assert found == [("her agent", "added", ["The singer had told friends that she would retire"])]
