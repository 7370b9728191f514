"""Sentence starts: where a statement's sentence, and the ones before it, begin."""

from __future__ import annotations

import pytest

from claimtrail.temporal.sentences import sentence_starts


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Lavrov spoke. He said more.", ["Lavrov spoke. ", "He said more."]),
        ("Mr. Lavrov said on Monday it ended.", ["Mr. Lavrov said on Monday it ended."]),
        ("It began on Jan. 24 in Minsk.", ["It began on Jan. 24 in Minsk."]),
        ("“It is over,” he said. Then he left.", ["“It is over,” he said. ", "Then he left."]),
        ("A headline\n\nThe first line.", ["A headline\n\n", "The first line."]),
        # Extracted pages break a sentence mid-way: a lower-case line continues it.
        ("Sergei Lavrov\n\nin an interview spoke.", ["Sergei Lavrov\n\nin an interview spoke."]),
    ],
)
def test_sentences_split_at_stops_and_line_breaks_but_not_at_titles_or_dates(
    text: str, sentences: list[str]
) -> None:
    starts = sentence_starts(text)
    ends = [*starts[1:], len(text)]
    assert [text[s:e] for s, e in zip(starts, ends, strict=True)] == sentences
