"""The bounded reads linking uses: by date window, by recency and by ids, on both back ends."""

from __future__ import annotations

from datetime import UTC, datetime

from claimtrail.model import Story
from claimtrail.store import Store, windows

from .samples import TEXT, article, statements


def _fill(store: Store) -> None:
    """Four articles: a1, a2 in March, a3 in June (story s1, s2), a4 in no story, undated."""
    for article_id, published in (
        ("a1", datetime(2024, 3, 1, 8, tzinfo=UTC)),
        ("a2", datetime(2024, 3, 20, 8, tzinfo=UTC)),
        ("a3", datetime(2024, 6, 1, 8, tzinfo=UTC)),
        ("a4", None),
    ):
        text = f"{TEXT} ({article_id})"
        store.write_article(
            article(article_id, text=text, published=published), statements(article_id, text)
        )
    store.write_stories([Story("s1", "March", ("a1", "a2")), Story("s2", "June", ("a3",))])


def test_articles_in_no_story_come_in_ingest_order(store: Store) -> None:
    _fill(store)
    assert [a.id for a in windows.unclustered_articles(store)] == ["a4"]


def test_active_stories_are_those_with_an_article_inside_the_window(store: Store) -> None:
    _fill(store)
    march = windows.stories_active(
        store, datetime(2024, 3, 15, tzinfo=UTC), datetime(2024, 3, 25, tzinfo=UTC)
    )
    assert march == {"s1"}
    assert windows.stories_active(
        store, datetime(2024, 1, 1, tzinfo=UTC), datetime(2024, 12, 31, tzinfo=UTC)
    ) == {"s1", "s2"}
    assert not windows.stories_active(
        store, datetime(2024, 4, 1, tzinfo=UTC), datetime(2024, 5, 1, tzinfo=UTC)
    )


def test_recent_stories_follow_the_last_articles_stored(store: Store) -> None:
    _fill(store)
    assert windows.stories_recent(store, 1) == {"s2"}
    assert windows.stories_recent(store, 10) == {"s1", "s2"}


def test_stories_read_by_id_and_by_member(store: Store) -> None:
    _fill(store)
    assert windows.stories_of_articles(store, ["a2", "a4"]) == {"s1"}
    assert windows.stories_by_id(store, ["s1", "missing"]) == [Story("s1", "March", ("a1", "a2"))]


def test_newest_members_sample_each_story(store: Store) -> None:
    _fill(store)
    stories = windows.stories_by_id(store, ["s1", "s2"])
    assert [a.id for a in windows.newest_members(store, stories, 1)] == ["a2", "a3"]
    assert [a.id for a in windows.newest_members(store, stories, 5)] == ["a1", "a2", "a3"]


def test_statements_are_read_per_article_in_written_order(store: Store) -> None:
    _fill(store)
    found = windows.statements_of(store, ["a3", "a1", "nope"])
    assert sorted(found) == ["a1", "a3"]
    assert [s.id for s in found["a1"]] == ["a1:0", "a1:1", "a1:2"]


def test_long_id_lists_are_read_in_chunks(store: Store) -> None:
    _fill(store)
    ids = [f"x{n}" for n in range(1200)] + ["a1"]
    assert sorted(windows.articles_of(store, ids)) == ["a1"]
