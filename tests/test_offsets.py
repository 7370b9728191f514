"""The offset map from cleaned text back to the raw body."""

from __future__ import annotations

import ftfy
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrail.clean import clean_text
from claimtrail.model import Span
from claimtrail.offsets import OffsetError, OffsetMap

_FTFY = ftfy.TextFixerConfig(uncurl_quotes=False, fix_character_width=False, explain=False)

# Plain characters cleaning never rewrites, plus whitespace it collapses.
plain_text = st.text(alphabet=st.sampled_from(list("abcXYZ019 .,é中ж\n\t\u00a0")), max_size=300)
# Anything, including mojibake, decomposed accents, HTML entities and control characters.
messy_pieces = st.sampled_from(
    ["Ã©", "Ã¢â‚¬â„¢", "e\u0301", "&amp;", "ﬁ", "\x00", "\r\n", "\u2028", "  ", "\n\n\n", "Share"]
)
messy_text = st.lists(st.one_of(st.text(max_size=8), messy_pieces), max_size=40).map("".join)


def _line_of(body: str, index: int) -> str:
    start = max(body.rfind("\n", 0, index), body.rfind("\r", 0, index)) + 1
    end = min(p for p in (body.find("\n", index), body.find("\r", index), len(body)) if p >= 0)
    return body[start:end]


def test_identity_map_points_each_character_at_itself() -> None:
    offsets = OffsetMap.identity(3)
    assert [offsets.to_original(i) for i in range(4)] == [0, 1, 2, 3]
    assert offsets.span_to_original(Span(1, 3)) == Span(1, 3)


def test_index_past_the_end_is_refused() -> None:
    with pytest.raises(OffsetError):
        OffsetMap.identity(3).to_original(4)


def test_span_past_the_end_is_refused() -> None:
    with pytest.raises(OffsetError):
        OffsetMap.identity(3).span_to_original(Span(2, 5))


def test_map_needs_one_more_start_than_ends() -> None:
    with pytest.raises(OffsetError):
        OffsetMap((0, 1), (1, 2))


def test_collapsed_whitespace_maps_to_the_first_space_of_the_run() -> None:
    cleaned = clean_text("one   two")
    assert cleaned.text == "one two"
    assert cleaned.offsets.to_original(3) == 3
    assert cleaned.offsets.to_original(4) == 6


def test_fixed_mojibake_maps_to_the_bytes_it_replaced() -> None:
    body = "He said: caf\u00c3\u00a9 now"
    cleaned = clean_text(body)
    assert cleaned.text == "He said: café now"
    found = cleaned.offsets.span_to_original(Span(9, 13))
    assert body[found.start : found.end] == "caf\u00c3\u00a9"


def test_span_after_a_dropped_line_points_past_it() -> None:
    body = "First paragraph here.\nADVERTISEMENT\nSecond paragraph here."
    cleaned = clean_text(body)
    start = cleaned.text.index("Second")
    found = cleaned.offsets.span_to_original(Span(start, start + 6))
    assert body[found.start : found.end] == "Second"


@settings(max_examples=150, deadline=None)
@given(messy_text)
def test_offset_map_is_monotonic_and_in_range(body: str) -> None:
    cleaned = clean_text(body)
    offsets = cleaned.offsets
    assert len(offsets) == len(cleaned.text)
    assert len(offsets.starts) == len(cleaned.text) + 1
    assert list(offsets.starts) == sorted(offsets.starts)
    assert list(offsets.ends) == sorted(offsets.ends)
    assert all(0 <= s <= len(body) for s in offsets.starts)
    assert all(0 <= e <= len(body) for e in offsets.ends)
    assert all(s <= e for s, e in zip(offsets.starts, offsets.ends, strict=False))


@settings(max_examples=150, deadline=None)
@given(messy_text)
def test_cleaned_text_has_normalised_whitespace(body: str) -> None:
    text = clean_text(body).text
    assert text == text.strip()
    assert "\n\n\n" not in text
    assert "  " not in text
    assert " \n" not in text
    assert "\n " not in text


@settings(max_examples=150, deadline=None)
@given(plain_text)
def test_unchanged_characters_map_to_themselves(body: str) -> None:
    cleaned = clean_text(body)
    for i, char in enumerate(cleaned.text):
        original = body[cleaned.offsets.to_original(i)]
        assert original == char or (char.isspace() and original.isspace())


@settings(max_examples=150, deadline=None)
@given(messy_text)
def test_changed_characters_come_only_from_repaired_lines(body: str) -> None:
    cleaned = clean_text(body)
    for i, char in enumerate(cleaned.text):
        start = cleaned.offsets.to_original(i)
        is_same = body[start] == char or (char.isspace() and body[start].isspace())
        if not is_same:
            line = _line_of(body, start)
            assert ftfy.fix_text(line, _FTFY) != line


@settings(max_examples=100, deadline=None)
@given(plain_text, st.integers(0, 300), st.integers(0, 300))
def test_span_of_plain_text_maps_to_the_same_characters(body: str, a: int, b: int) -> None:
    cleaned = clean_text(body)
    start, end = sorted((min(a, len(cleaned.text)), min(b, len(cleaned.text))))
    # Within one line: across lines the original also holds the repeats cleaning dropped.
    newline = cleaned.text.find("\n", start, end)
    end = end if newline < 0 else newline
    found = cleaned.offsets.span_to_original(Span(start, end))
    assert 0 <= found.start <= found.end <= len(body)
    original = body[found.start : found.end]
    assert original.split() == cleaned.text[start:end].split()
