"""Story dating: statements their own article cannot date borrow from other reports."""

from __future__ import annotations

from datetime import date

from claimtrail.model import Attribution, DateBasis, Span, Statement
from claimtrail.temporal.story import story_dates


def _statement(
    name: str, said_on: date | None, basis: DateBasis | None, group: str | None = "g"
) -> Statement:
    attribution = Attribution(name, (Span(0, 1),), (Span(2, 3),), (Span(4, 5),), "indirect")
    return Statement(name, attribution, said_on=said_on, said_on_basis=basis, group=group)


def test_a_publication_date_gives_way_to_a_date_another_report_states() -> None:
    dated = story_dates(
        [
            _statement("a", date(2023, 5, 22), "publication"),
            _statement("b", date(2023, 5, 21), "relative"),
        ]
    )
    assert (dated[0].said_on, dated[0].said_on_basis) == (date(2023, 5, 21), "story")
    assert dated[1] == _statement("b", date(2023, 5, 21), "relative")


def test_an_undated_statement_takes_the_earliest_publication_day_of_its_group() -> None:
    dated = story_dates(
        [
            _statement("a", None, None),
            _statement("b", date(2023, 5, 23), "publication"),
            _statement("c", date(2023, 5, 22), "publication"),
        ]
    )
    assert (dated[0].said_on, dated[0].said_on_basis) == (date(2023, 5, 22), "story")
    assert (dated[1].said_on, dated[1].said_on_basis) == (date(2023, 5, 22), "story")
    assert dated[2].said_on_basis == "publication"


def test_a_date_after_the_statements_own_publication_is_not_taken() -> None:
    dated = story_dates(
        [
            _statement("a", date(2023, 5, 1), "publication"),
            _statement("b", date(2023, 5, 21), "explicit"),
        ]
    )
    assert (dated[0].said_on, dated[0].said_on_basis) == (date(2023, 5, 1), "publication")


def test_statements_without_a_group_are_left_alone() -> None:
    lone = [_statement("a", None, None, group=None), _statement("b", date(2023, 1, 2), "explicit")]
    assert story_dates(lone) == lone


def test_dates_read_from_a_statements_own_text_are_never_replaced() -> None:
    own = [
        _statement("a", date(2023, 5, 20), "explicit"),
        _statement("b", date(2023, 5, 19), "relative"),
    ]
    assert story_dates(own) == own
