"""Timelines: a story's dated statements in day order, one entry per utterance and day."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from claimtrail.model import Article, Attribution, Span, Statement, Story
from claimtrail.stories.timeline import TimelineEntry, timeline

TEXT = "Zelensky said Bakhmut is only in our hearts. Prigozhin claimed the capture."
START = datetime(2023, 5, 21, 8, tzinfo=UTC)


def article(article_id: str, hours: int) -> Article:
    return Article(
        id=article_id,
        text=TEXT,
        content_hash=article_id,
        origin="test",
        published=START + timedelta(hours=hours),
    )


def statement(
    statement_id: str,
    article_id: str,
    content: tuple[int, int],
    said_on: date | None,
    speaker: str | None,
    group: str | None = None,
) -> Statement:
    attribution = Attribution(article_id, (), (), (Span(*content),), "indirect")
    return Statement(statement_id, attribution, speaker_id=speaker, said_on=said_on, group=group)


HEARTS = (14, 43)
CAPTURE = (45, 74)
ARTICLES = {a.id: a for a in (article("a1", 0), article("a2", 3), article("elsewhere", 1))}
STORY = Story("story-a1", "Bakhmut", ("a1", "a2"))


def test_entries_are_in_day_order_with_their_sources() -> None:
    statements = [
        statement("z", "a1", HEARTS, date(2023, 5, 21), "zelensky", "Z"),
        statement("p", "a2", CAPTURE, date(2023, 5, 20), "prigozhin", "P"),
    ]
    entries = timeline(STORY, statements, ARTICLES)
    assert entries == [
        TimelineEntry(date(2023, 5, 20), ("p",), ("prigozhin",), ("a2",), TEXT[45:74]),
        TimelineEntry(date(2023, 5, 21), ("z",), ("zelensky",), ("a1",), TEXT[14:43]),
    ]


def test_reports_of_one_utterance_on_one_day_make_one_entry() -> None:
    statements = [
        statement("late", "a2", HEARTS, date(2023, 5, 21), "zelensky", "Z"),
        statement("early", "a1", HEARTS, date(2023, 5, 21), "zelensky", "Z"),
    ]
    [entry] = timeline(STORY, statements, ARTICLES)
    assert entry.statement_ids == ("early", "late")  # the earliest report first
    assert entry.article_ids == ("a1", "a2")


def test_one_group_dated_on_two_days_gives_two_entries() -> None:
    statements = [
        statement("x", "a1", HEARTS, date(2023, 5, 21), "zelensky", "Z"),
        statement("y", "a2", HEARTS, date(2023, 5, 22), "zelensky", "Z"),
    ]
    assert [e.day for e in timeline(STORY, statements, ARTICLES)] == [
        date(2023, 5, 21),
        date(2023, 5, 22),
    ]


def test_undated_statements_and_other_stories_are_left_out() -> None:
    statements = [
        statement("undated", "a1", HEARTS, None, "zelensky"),
        statement("other", "elsewhere", HEARTS, date(2023, 5, 21), "zelensky"),
    ]
    assert timeline(STORY, statements, ARTICLES) == []


def test_ungrouped_statements_are_entries_of_their_own() -> None:
    statements = [
        statement("one", "a1", HEARTS, date(2023, 5, 21), None),
        statement("two", "a1", CAPTURE, date(2023, 5, 21), "prigozhin"),
    ]
    entries = timeline(STORY, statements, ARTICLES)
    assert [e.statement_ids for e in entries] == [("one",), ("two",)]
    assert entries[0].speaker_ids == ()


def test_a_story_with_no_statements_has_an_empty_timeline() -> None:
    assert timeline(Story("s", "t", ("a1",)), [], ARTICLES) == []
