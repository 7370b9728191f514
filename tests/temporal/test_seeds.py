"""Anchoring real sentences from ../shared/data/seeds, read in place (never copied here).

The seed pages carry no publication date; the tests pass the day after the events they
report, as the pipeline would get from the page's metadata.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from claimtrail.model import Attribution, Span
from claimtrail.temporal.anchor import anchor
from claimtrail.temporal.expressions import time_expressions

LUKASHENKO_REPORT = "000_8d354f2b1a710d30.txt"
LAVROV_BLOG = "003_af0618f1745655d9.txt"


@pytest.fixture(scope="module")
def seeds(shared_dir: Path) -> Path:
    return shared_dir / "data" / "seeds"


def _read(seeds: Path, name: str) -> str:
    with (seeds / name).open(encoding="utf-8", newline="") as handle:
        return handle.read()


def _span(text: str, part: str, after: int = 0) -> Span:
    start = text.index(part, after)
    return Span(start, start + len(part))


def test_lukashenko_said_on_january_24(seeds: Path) -> None:
    text = _read(seeds, LUKASHENKO_REPORT)
    cue = _span(text, "said on January 24")
    attribution = Attribution(
        "seed",
        source=(_span(text, "Alexander Lukashenko"),),
        cue=(Span(cue.start, cue.start + 4),),
        content=(_span(text, "to him Ukraine it was recommended", cue.end),),
        kind="indirect",
    )
    found = anchor(text, attribution, datetime(2023, 1, 25, tzinfo=UTC), "en")
    assert (found.said_on, found.basis) == (date(2023, 1, 24), "explicit")
    assert found.expression is not None
    assert found.expression.text_of(text) == "January 24"


def test_last_year_on_february_24_is_the_previous_year(seeds: Path) -> None:
    text = _read(seeds, LUKASHENKO_REPORT)
    sentence = _span(text, "Last year, on February 24, Minsk allowed Moscow")
    found = [
        e
        for e in time_expressions(text, "en", date(2023, 1, 25))
        if sentence.start <= e.span.start < sentence.end
    ]
    assert [(e.span.text_of(text), e.value) for e in found] == [
        ("Last year, on February 24", date(2022, 2, 24))
    ]


def test_four_days_before_his_announcement_counts_from_january_19(seeds: Path) -> None:
    text = _read(seeds, LAVROV_BLOG)
    sentence = _span(text, "took place on January 19, four days before his announcement")
    found = [
        (e.span.text_of(text), e.value, e.kind)
        for e in time_expressions(text, "en", date(2023, 2, 3))
        if sentence.start <= e.span.start < sentence.end
    ]
    assert found == [
        ("January 19", date(2023, 1, 19), "explicit"),
        ("four days before", date(2023, 1, 23), "relative"),
    ]


def test_lavrov_stated_it_in_the_interview_on_february_2(seeds: Path) -> None:
    text = _read(seeds, LAVROV_BLOG)
    attribution = Attribution(
        "seed",
        source=(_span(text, "Sergei Lavrov"),),
        cue=(_span(text, "This was stated"),),
        content=(_span(text, "Alexander Lukashenko sees absolute senselessness"),),
        kind="indirect",
    )
    found = anchor(text, attribution, datetime(2023, 2, 3, tzinfo=UTC), "en")
    assert (found.said_on, found.basis) == (date(2023, 2, 2), "explicit")


def test_the_quote_after_the_interview_sentence_takes_its_date(seeds: Path) -> None:
    text = _read(seeds, LAVROV_BLOG)
    quote = _span(text, '"I already spoke about this')
    said = _span(text, "Lavrov said", quote.end)
    attribution = Attribution(
        "seed",
        source=(Span(said.start, said.start + 6),),
        cue=(Span(said.end - 4, said.end),),
        content=(Span(quote.start, said.start - 1),),
        kind="direct",
    )
    found = anchor(text, attribution, datetime(2023, 2, 3, tzinfo=UTC), "en")
    assert (found.said_on, found.basis) == (date(2023, 2, 2), "explicit")


def test_a_date_inside_the_content_is_not_when_lukashenka_spoke(seeds: Path) -> None:
    text = _read(seeds, LAVROV_BLOG)
    voiced = _span(text, "Lukashenka voiced")
    attribution = Attribution(
        "seed",
        source=(Span(voiced.start, voiced.start + 10),),
        cue=(Span(voiced.start + 11, voiced.end),),
        content=(_span(text, "the same arguments that Lavrov used on February 2", voiced.end),),
        kind="indirect",
    )
    found = anchor(text, attribution, datetime(2023, 2, 3, tzinfo=UTC), "en")
    assert (found.said_on, found.basis) == (date(2023, 1, 24), "explicit")


def test_yesterdays_statements_of_lavrov_are_dated_the_day_before(seeds: Path) -> None:
    text = _read(seeds, LAVROV_BLOG)
    phrase = _span(text, "yesterday's statements of Lavrov")
    found = [
        e for e in time_expressions(text, "en", date(2023, 2, 3)) if e.span.start == phrase.start
    ]
    assert [(e.value, e.kind) for e in found] == [(date(2023, 2, 2), "relative")]
