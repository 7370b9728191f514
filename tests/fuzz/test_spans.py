"""Spans from both extractors index the text they came from, whatever the text holds:
0 <= start <= end <= len(text), and the span's text is what the JSON export reports."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrail.export import statement_item
from claimtrail.extract import Extractor
from claimtrail.extract.rules import rule_attributions
from claimtrail.model import Attribution, Span, Statement

from .conftest import FUZZ
from .targets import RULE_LANGUAGES, check_attribution

PIECES = (
    "The minister said", "she told reporters", "according to officials,", "Mr. Okafor",
    "he added", "“", "”", '"', "«", "»", "„", "‘", "’", "'", ":", ", ", ". ", "\n", "\n\n",
    "that the bridge would close", "We will not back down", "Reuters quoted him as saying",
    "a déclaré", "sagte", "заявил", "表示", "dijo", "é", "e\u0301", "\u200b", "\u00a0", "🙂",
    "\u2028", "  ", "(", ")", "—", "…", "12.5%", "on Monday", "last week", "Dr.", "U.S.",
)  # fmt: skip
texts = st.one_of(
    st.lists(st.sampled_from(PIECES), max_size=40).map(" ".join),
    st.text(max_size=300),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=30).map("".join),
)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor.load()


def _check_export(attribution: Attribution, text: str) -> None:
    """The export carries each span's text, and that text is text[start:end]."""
    item = json.loads(json.dumps(statement_item(Statement("s", attribution), text)))
    contents = item["content"] if isinstance(item["content"], list) else [item["content"]]
    for reported, span in zip(contents, attribution.content, strict=True):
        assert reported["text"] == text[reported["start"] : reported["end"]]
        assert Span(reported["start"], reported["end"]) == span
    for reported in item["source"]:
        assert reported["text"] == text[reported["start"] : reported["end"]]


@FUZZ
@given(texts)
def test_english_extractor_spans_lie_inside_any_text(extractor: Extractor, text: str) -> None:
    for attribution in extractor.attributions(text, "a", "en"):
        check_attribution(attribution, text, "a")
        _check_export(attribution, text)


@FUZZ
@given(texts, st.sampled_from(RULE_LANGUAGES))
def test_rule_extractor_spans_lie_inside_any_text(text: str, language: str) -> None:
    for attribution in rule_attributions(text, language, "a"):
        check_attribution(attribution, text, "a")
        _check_export(attribution, text)
