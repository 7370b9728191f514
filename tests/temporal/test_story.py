"""Story dating: statements their own article cannot date borrow from other reports."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from claimtrail.model import Article, Attribution, DateBasis, Span, Statement
from claimtrail.temporal.story import story_dates, story_day


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


def test_a_report_naming_another_speaker_does_not_date_the_group() -> None:
    # two reports of one speaker's words, and a third the linker put with them that names
    # someone else: its own day is likely another utterance's and dates only itself
    dated = story_dates(
        [
            replace(_statement("a", date(2024, 2, 25), "publication"), speaker_id="budanov"),
            replace(_statement("b", date(2024, 2, 26), "publication"), speaker_id="budanov"),
            replace(_statement("c", date(2024, 2, 16), "explicit"), speaker_id="prison-service"),
        ]
    )
    assert [(s.said_on, s.said_on_basis) for s in dated[:2]] == [
        (date(2024, 2, 25), "publication"),
        (date(2024, 2, 25), "story"),
    ]
    assert dated[2].said_on == date(2024, 2, 16)


def test_a_report_of_the_groups_speaker_or_of_no_speaker_still_dates_the_group() -> None:
    for speaker in ("budanov", None):
        dated = story_dates(
            [
                replace(_statement("a", date(2024, 2, 25), "publication"), speaker_id="budanov"),
                replace(_statement("b", date(2024, 2, 26), "publication"), speaker_id="budanov"),
                replace(_statement("c", date(2024, 2, 24), "explicit"), speaker_id=speaker),
            ]
        )
        assert [s.said_on for s in dated] == [date(2024, 2, 24)] * 3


def _article(article_id: str, text: str, published: datetime | None = None) -> Article:
    return Article(article_id, text, article_id, article_id, published=published, language="en")


def _said(
    article_id: str,
    text: str,
    said_on: date | None = None,
    basis: DateBasis | None = None,
    phrase: str | None = None,
) -> Statement:
    attribution = Attribution(article_id, (Span(0, 1),), (Span(2, 3),), (Span(4, 5),), "direct")
    start = text.index(phrase) if phrase else -1
    expression = Span(start, start + len(phrase)) if phrase else None
    return Statement(
        f"{article_id}-{said_on}-{phrase}",
        attribution,
        said_on=said_on,
        said_on_basis=basis,
        time_expression=expression,
    )


_DATED = "The minister spoke on Wednesday."
_UNDATED = "The minister said on Saturday that talks would go on. He added more."


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # The story's day is Wednesday 25 October: the undated report may be a follow-up
        # written days later, so Saturday is the 28th (3 days on), not the 21st (4 back).
        ("on Saturday", date(2023, 10, 28)),
        ("on Monday", date(2023, 10, 23)),
        ("on Wednesday", date(2023, 10, 25)),
    ],
)
def test_a_weekday_in_an_undated_article_is_the_one_nearest_the_storys_day(
    phrase: str, expected: date
) -> None:
    undated = f"The minister said {phrase} that talks would go on. He added more."
    articles = {
        "a": _article("a", _DATED, datetime(2023, 10, 25, 9, tzinfo=UTC)),
        "b": _article("b", undated),
    }
    statements = [
        _said("a", _DATED, date(2023, 10, 25), "relative", "on Wednesday"),
        _said("b", undated, None, None, phrase),
    ]
    dated = story_dates(statements, articles)
    assert (dated[1].said_on, dated[1].said_on_basis) == (expected, "story")


def test_an_undated_statement_takes_the_day_its_own_article_states() -> None:
    text = "On 3 March 2024 the minister said talks would go on. He added more."
    articles = {"a": _article("a", text)}
    statements = [
        _said("a", text, date(2024, 3, 3), "explicit", "3 March 2024"),
        _said("a", text),
    ]
    dated = story_dates(statements, articles)
    assert (dated[1].said_on, dated[1].said_on_basis) == (date(2024, 3, 3), "story")


def test_an_undated_article_alone_is_dated_by_its_dateline() -> None:
    text = "London, 29 January 2023. The archbishop said today that peace must come."
    articles = {"a": _article("a", text)}
    dated = story_dates([_said("a", text, None, None, "today")], articles)
    assert (dated[0].said_on, dated[0].said_on_basis) == (date(2023, 1, 29), "story")


def test_the_storys_day_is_the_one_its_reports_state_most_often() -> None:
    articles = {"a": _article("a", "x", datetime(2023, 11, 15, tzinfo=UTC))}
    statements = [
        _said("a", "x", date(2023, 10, 25), "explicit"),
        _said("a", "x", date(2023, 10, 25), "relative"),
        _said("a", "x", date(2023, 11, 15), "explicit"),
        _said("a", "x", date(2023, 11, 15), "publication"),
    ]
    assert story_day(statements, articles) == date(2023, 10, 25)


def test_a_story_with_no_stated_day_falls_back_to_its_first_publication() -> None:
    articles = {
        "a": _article("a", "x", datetime(2024, 3, 12, tzinfo=UTC)),
        "b": _article("b", "x", datetime(2024, 3, 11, tzinfo=UTC)),
    }
    assert story_day([], articles) == date(2024, 3, 11)


def test_statements_of_an_article_with_a_publication_date_are_left_to_it() -> None:
    articles = {"a": _article("a", "The minister said.", datetime(2024, 3, 12, tzinfo=UTC))}
    undated = [_said("a", "The minister said.")]
    assert story_dates(undated, articles) == undated


def test_a_story_with_no_date_at_all_leaves_statements_undated() -> None:
    articles = {"a": _article("a", _UNDATED)}
    undated = [_said("a", _UNDATED, None, None, "on Saturday")]
    assert story_dates(undated, articles) == undated


def test_a_day_its_group_states_beats_an_undated_articles_own_weekday() -> None:
    # Another report read that day against its own publication date; the undated article's
    # "on Wednesday" could only be read against the story's day, which may be days early.
    grouped = "The minister spoke on Wednesday, 12 March 2025."
    own = "The minister said on Wednesday that talks would go on."
    articles = {
        "a": _article("a", grouped, datetime(2025, 3, 12, tzinfo=UTC)),
        "b": _article("b", own),
        "c": _article("c", "x", datetime(2025, 3, 11, tzinfo=UTC)),
    }
    statements = [
        replace(_said("a", grouped, date(2025, 3, 12), "explicit"), group="g"),
        replace(_said("b", own, None, None, "on Wednesday"), group="g"),
        _said("c", "x", date(2025, 3, 11), "relative"),
        _said("c", "x", date(2025, 3, 11), "relative"),
    ]
    dated = story_dates(statements, articles)
    assert (dated[1].said_on, dated[1].said_on_basis) == (date(2025, 3, 12), "story")


def test_an_undated_article_is_never_dated_after_its_groups_first_report() -> None:
    text = "On 20 March 2024 the minister spoke. His aide said talks went on."
    articles = {
        "a": _article("a", "x", datetime(2024, 3, 11, tzinfo=UTC)),
        "b": _article("b", text),
    }
    statements = [
        replace(_said("a", "x", date(2024, 3, 11), "publication"), group="g"),
        _said("b", text, date(2024, 3, 20), "explicit", "20 March 2024"),
        replace(_said("b", text), group="g"),
    ]
    dated = story_dates(statements, articles)
    assert (dated[2].said_on, dated[2].said_on_basis) == (date(2024, 3, 11), "story")


def test_a_stated_day_after_every_publication_does_not_set_the_storys_day() -> None:
    articles = {"a": _article("a", "x", datetime(2024, 2, 25, tzinfo=UTC))}
    statements = [_said("a", "x", date(2024, 2, 26), "explicit")]
    assert story_day(statements, articles) == date(2024, 2, 25)


_REPORT = "Wagner claims the city. The head of Wagner said on Saturday that it was taken."
_SUNDAY = datetime(2023, 5, 21, 8, tzinfo=UTC)


def _report(*extra: Statement) -> list[Statement]:
    """A Sunday report: a headline with no phrase of its own, then a statement "on Saturday"."""
    return [
        _said("a", _REPORT, date(2023, 5, 21), "publication"),
        _said("a", _REPORT, date(2023, 5, 20), "relative", "on Saturday"),
        *extra,
    ]


def test_a_statement_with_no_phrase_takes_the_day_its_report_states() -> None:
    dated = story_dates(_report(), {"a": _article("a", _REPORT, _SUNDAY)})
    assert (dated[0].said_on, dated[0].said_on_basis) == (date(2023, 5, 20), "story")
    assert dated[1].said_on_basis == "relative"


def test_the_reports_own_day_is_found_without_the_articles_too() -> None:
    # The publication day is then the one its publication-dated statements carry.
    dated = story_dates(_report())
    assert (dated[0].said_on, dated[0].said_on_basis) == (date(2023, 5, 20), "story")


def test_the_reports_own_day_beats_the_day_a_linked_report_states() -> None:
    # Linking may join a repeated claim to its first airing weeks before; the report's own
    # phrases say which occasion it tells.
    statements = [
        replace(_report()[0], group="g"),
        _report()[1],
        replace(_said("b", "x", date(2023, 4, 30), "explicit", None), group="g"),
    ]
    dated = story_dates(statements)
    assert dated[0].said_on == date(2023, 5, 20)


def test_a_report_whose_phrases_disagree_gives_no_day_of_its_own() -> None:
    statements = _report(_said("a", _REPORT, date(2023, 5, 19), "explicit", "The head"))
    dated = story_dates(statements)
    assert (dated[0].said_on, dated[0].said_on_basis) == (date(2023, 5, 21), "publication")


def test_a_day_weeks_before_publication_is_background_not_the_reports_day() -> None:
    statements = [
        _said("a", _REPORT, date(2023, 5, 21), "publication"),
        _said("a", _REPORT, date(2023, 4, 20), "explicit", "on Saturday"),
    ]
    dated = story_dates(statements)
    assert (dated[0].said_on, dated[0].said_on_basis) == (date(2023, 5, 21), "publication")


def test_an_explicit_date_after_the_storys_day_dates_an_undated_report() -> None:
    # The story's day (25 October) only supplies the year of "On November 13".
    late = "On November 13, the president again criticised the strikes."
    articles = {
        "a": _article("a", _DATED, datetime(2023, 10, 25, 9, tzinfo=UTC)),
        "b": _article("b", late),
    }
    statements = [
        _said("a", _DATED, date(2023, 10, 25), "relative", "on Wednesday"),
        _said("b", late, None, None, "November 13"),
    ]
    dated = story_dates(statements, articles)
    assert (dated[1].said_on, dated[1].said_on_basis) == (date(2023, 11, 13), "story")


def test_an_undated_reports_phrase_dates_the_other_reports_of_the_same_words() -> None:
    # The story's day is Sunday 10 March; one undated report says the spokesman spoke on
    # Saturday, and the others (one undated, one published on Monday) say nothing.
    sunday = "The president replied on Sunday."
    saturday = "The spokesman said on Saturday that it was no surrender."
    articles = {
        "a": _article("a", sunday, datetime(2024, 3, 10, 20, tzinfo=UTC)),
        "b": _article("b", saturday),
        "c": _article("c", "The spokesman said it was no surrender."),
        "d": _article("d", "x", datetime(2024, 3, 11, 9, tzinfo=UTC)),
    }
    statements = [
        _said("a", sunday, date(2024, 3, 10), "relative", "on Sunday"),
        replace(_said("b", saturday, None, None, "on Saturday"), group="g"),
        replace(_said("c", "x"), group="g"),
        replace(_said("d", "x", date(2024, 3, 11), "publication"), group="g"),
    ]
    dated = story_dates(statements, articles)
    assert [(d.said_on, d.said_on_basis) for d in dated[1:]] == [
        (date(2024, 3, 9), "story"),
        (date(2024, 3, 9), "story"),
        (date(2024, 3, 9), "story"),
    ]


def test_a_dated_reports_own_phrase_beats_an_undated_reports_estimate() -> None:
    friday = "The ally said on Friday that it was murder."
    stated = "The ally spoke on 16 February 2024."
    articles = {
        "a": _article("a", stated, datetime(2024, 2, 25, tzinfo=UTC)),
        "b": _article("b", friday),
    }
    statements = [
        replace(_said("a", stated, date(2024, 2, 16), "explicit", "16 February 2024"), group="g"),
        replace(_said("b", friday, None, None, "on Friday"), group="g"),
    ]
    dated = story_dates(statements, articles)
    assert dated[1].said_on == date(2024, 2, 16)
