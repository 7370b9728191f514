"""Quantities with units in the tabled languages, and which pairs of them conflict."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrail.discrepancies.numbers import conflicting, quantities


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("about 40 trucks were standing at the gate", 40, "truc"),
        ("around 1,200 people marched", 1200, "peop"),
        ("etwa 1.200 Menschen", 1200, "mens"),
        ("rate by 7.5 percentage points", 7.5, "perc"),
        ("сорок грузовиков стояли", 40, "gruz"),
        ("2 миллиона рублей", 2_000_000, "rubl"),
        ("trente jours de suspension", 30, "jour"),
        ("quaranta camion", 40, "camio"[:4]),
        ("cuarenta camiones", 40, "cami"),
        ("quarenta caminhões", 40, "cami"),
        ("czterdzieści ciężarówek", 40, "ciez"),
        ("čtyřicet kamionů", 40, "kami"),
        ("kırk kamyon", 40, "kamy"),
        ("ثلاثين يوما", 30, "ywm"),
        ("thirty days", 30, "days"),
        ("40 тысяч человек", 40_000, "chel"),
    ],
)
def test_a_number_and_the_word_it_counts_are_read(text: str, value: float, unit: str) -> None:
    (found,) = quantities(text)
    assert found.value == value
    assert found.unit == unit
    assert text[found.start : found.end] == found.surface


@pytest.mark.parametrize(
    "text",
    ["in 2023 the talks began", "at 12:00 they met", "on Tuesday at 9 pm", "one of them said"],
)
def test_years_clock_times_and_bare_number_words_are_not_counts(text: str) -> None:
    assert quantities(text) == []


def test_forty_against_four_hundred_trucks_conflict() -> None:
    pair = conflicting(quantities("about 40 trucks"), quantities("around 400 trucks"))
    assert pair is not None
    assert (pair[0].value, pair[1].value) == (40, 400)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("40 trucks", "40 trucks"),
        ("40 trucks", "400 people"),  # different units
        ("40 of the 400 trucks", "400 trucks"),  # one side gives both numbers
        ("forty trucks", "40 trucks"),
    ],
)
def test_agreeing_or_incomparable_quantities_do_not_conflict(a: str, b: str) -> None:
    assert conflicting(quantities(a), quantities(b)) is None


@given(st.text(max_size=300))
def test_quantities_point_into_their_text_and_never_raise(text: str) -> None:
    for q in quantities(text):
        assert 0 <= q.start <= q.end <= len(text)
        assert text[q.start : q.end] == q.surface
