"""BIO decoding: spans never overlap and follow the labels."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from claimtrail.extract.spans import LABELS, TokenSpan, decode


def test_b_and_i_make_one_span_per_role_run() -> None:
    labels = ["B-S", "I-S", "B-C", "O", "B-T", "I-T", "I-T"]
    assert decode(labels, list(range(10, 17))) == [
        TokenSpan("source", 10, 12),
        TokenSpan("cue", 12, 13),
        TokenSpan("content", 14, 17),
    ]


def test_stray_inside_label_starts_a_span() -> None:
    assert decode(["O", "I-T", "I-S"], [0, 1, 2]) == [
        TokenSpan("content", 1, 2),
        TokenSpan("source", 2, 3),
    ]


def test_span_score_is_the_mean_marginal() -> None:
    spans = decode(["B-T", "I-T"], [0, 1], [0.5, 1.0])
    assert spans[0].score == 0.75


@given(st.lists(st.sampled_from(LABELS), max_size=60))
def test_decoded_spans_are_ordered_and_disjoint(labels: list[str]) -> None:
    spans = decode(labels, list(range(len(labels))))
    for a, b in itertools.pairwise(spans):
        assert a.end <= b.start
    covered = {i for s in spans for i in range(s.start, s.end)}
    assert covered == {i for i, label in enumerate(labels) if label != "O"}
