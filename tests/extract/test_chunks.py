"""Long texts are cut into pieces that cover the text exactly."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimtrail.extract.chunks import chunks


def test_short_text_is_one_chunk() -> None:
    assert chunks("Hello there.", max_chars=100) == [(0, "Hello there.")]


def test_cut_prefers_paragraph_breaks() -> None:
    text = "a" * 60 + "\n\n" + "b" * 60
    assert [piece for _, piece in chunks(text, max_chars=100)] == ["a" * 60 + "\n\n", "b" * 60]


@given(st.text(alphabet="ab .\n«»", max_size=400), st.integers(min_value=4, max_value=50))
def test_chunks_cover_the_text_in_order(text: str, max_chars: int) -> None:
    pieces = chunks(text, max_chars=max_chars)
    assert "".join(piece for _, piece in pieces) == text
    position = 0
    for offset, piece in pieces:
        assert offset == position
        assert 0 < len(piece) <= max_chars or text == ""
        position += len(piece)
