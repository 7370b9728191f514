"""Articles and statements: written together, read back exactly, never half-written."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from claimtrail.errors import StoreError
from claimtrail.model import Span
from claimtrail.store import Store

from .samples import TEXT, article, statements


def test_article_and_statements_read_back_equal(store: Store) -> None:
    stored = article()
    assert store.write_article(stored, statements()) is True
    assert store.get_article("a1") == stored
    assert list(store.articles()) == [stored]
    assert list(store.statements()) == statements()
    assert list(store.statements("a1")) == statements()


def test_rewriting_the_same_article_writes_nothing_and_returns_false(store: Store) -> None:
    store.write_article(article(), statements())
    assert store.write_article(article(), statements()) is False
    assert store.write_article(article(title="changed"), []) is False
    assert store.stats()["articles"] == 1
    assert store.stats()["statements"] == 3
    assert store.get_article("a1") == article()


def test_same_id_with_another_hash_raises_and_keeps_the_first(store: Store) -> None:
    store.write_article(article(), statements())
    with pytest.raises(StoreError, match="another content hash"):
        store.write_article(article(content_hash="0" * 64))
    assert store.article_hash("a1") == article().content_hash


def test_duplicate_statement_id_rolls_back_the_whole_article(store: Store) -> None:
    store.write_article(article("a1"), statements("a1"))
    clashing = [dataclasses.replace(s, id="a1:0") for s in statements("a2")]
    with pytest.raises(StoreError):
        store.write_article(article("a2"), clashing)
    assert store.get_article("a2") is None
    assert store.stats()["articles"] == 1
    assert [s.id for s in store.statements()] == ["a1:0", "a1:1", "a1:2"]


def test_span_beyond_the_text_is_refused_before_writing(store: Store) -> None:
    broken = statements()
    attribution = dataclasses.replace(broken[0].attribution, content=(Span(5, len(TEXT) + 1),))
    broken[0] = dataclasses.replace(broken[0], attribution=attribution)
    with pytest.raises(StoreError, match="beyond"):
        store.write_article(article(), broken)
    assert store.get_article("a1") is None


def test_statement_of_another_article_is_refused(store: Store) -> None:
    with pytest.raises(StoreError, match="belongs to article"):
        store.write_article(article("a1"), statements("a2"))
    assert store.stats()["articles"] == 0


def test_article_hash_and_find_by_hash(store: Store) -> None:
    first = article("a1")
    store.write_article(first)
    store.write_article(article("a2", duplicate_of="a1", duplicate_similarity=1.0))
    assert store.article_hash("a1") == first.content_hash
    assert store.article_hash("missing") is None
    assert store.find_by_hash(first.content_hash) == "a1"
    assert store.find_by_hash("f" * 64) is None
    assert store.stats()["duplicates"] == 1


def test_articles_come_back_in_ingest_order(store: Store) -> None:
    ids = ["zeta", "alpha", "mid"]
    for article_id in ids:
        store.write_article(article(article_id, text=f"Text of {article_id}."))
    assert [a.id for a in store.articles()] == ids


def test_reading_pages_through_more_than_one_page(store: Store) -> None:
    many = 1_100  # more than two pages of 500
    for n in range(many):
        store.write_article(article(f"p{n:04d}", text=f"Article number {n}.", published=None))
    assert [a.id for a in store.articles()] == [f"p{n:04d}" for n in range(many)]


def test_iterating_while_writing_is_allowed(store: Store) -> None:
    for n in range(3):
        store.write_article(article(f"a{n}", text=f"Text {n}."))
    seen = []
    for stored in store.articles():
        seen.append(stored.id)
        store.write_article(article(f"copy-{stored.id}", text=stored.text + " copy"))
    assert seen[:3] == ["a0", "a1", "a2"]
    assert store.stats()["articles"] == 6


def test_statements_filter_by_article_and_keep_written_order(store: Store) -> None:
    store.write_article(article("b"), statements("b"))
    store.write_article(article("a"), statements("a"))
    assert [s.id for s in store.statements("a")] == ["a:0", "a:1", "a:2"]
    assert [s.id for s in store.statements()] == ["b:0", "b:1", "b:2", "a:0", "a:1", "a:2"]
    assert list(store.statements("nobody")) == []


@pytest.mark.parametrize(
    "published",
    [
        datetime(2024, 3, 4, 9, 30, tzinfo=timezone(timedelta(hours=2))),
        datetime(
            2024, 3, 4, 23, 59, 59, 999_999, tzinfo=timezone(timedelta(hours=-9, minutes=-30))
        ),
        datetime(2023, 7, 1, 12, tzinfo=ZoneInfo("Asia/Kathmandu")),
        datetime(1999, 12, 31, 23, 0, tzinfo=UTC),
        None,
    ],
)
def test_published_keeps_its_instant_and_utc_offset(
    store: Store, published: datetime | None
) -> None:
    store.write_article(article(published=published))
    restored = store.get_article("a1")
    assert restored is not None
    assert restored.published == published
    if published is not None:
        assert restored.published is not None
        assert restored.published.utcoffset() == published.utcoffset()
        assert restored.published.date() == published.date()


def test_naive_published_time_is_refused(store: Store) -> None:
    with pytest.raises(StoreError, match="no time zone"):
        store.write_article(article(published=datetime(2024, 3, 4, 9, 30)))


def test_replace_statements_updates_resolution_fields_only(store: Store) -> None:
    store.write_article(article(), statements())
    changed = [
        dataclasses.replace(
            s,
            speaker_id=f"e{n}",
            said_on=date(2024, 3, n + 1),
            said_on_basis="publication",
            time_expression=None,
            via_id="e-wire",
            group="g1",
            attribution=dataclasses.replace(s.attribution, confidence=0.01),
        )
        for n, s in enumerate(statements())
    ]
    store.replace_statements(changed)
    expected = [
        dataclasses.replace(c, attribution=s.attribution)
        for c, s in zip(changed, statements(), strict=True)
    ]
    assert list(store.statements()) == expected
    assert store.stats()["speakers"] == 3


def test_replace_statements_with_an_unknown_id_changes_nothing(store: Store) -> None:
    store.write_article(article(), statements())
    first, *_ = statements()
    updates = [
        dataclasses.replace(first, speaker_id="someone-else"),
        dataclasses.replace(first, id="ghost"),
    ]
    with pytest.raises(StoreError, match="ghost"):
        store.replace_statements(updates)
    assert list(store.statements()) == statements()


def test_text_with_nul_is_kept_by_sqlite_and_refused_by_postgres(store: Store) -> None:
    """PostgreSQL text cannot hold NUL; the store says so instead of altering the text."""
    with_nul = article(text="before\x00after")
    if store.url.startswith("sqlite"):
        store.write_article(with_nul)
        assert store.get_article("a1") == with_nul
    else:
        with pytest.raises(StoreError, match="NUL"):
            store.write_article(with_nul)
        assert store.get_article("a1") is None


def test_text_with_a_lone_surrogate_raises_store_error(store: Store) -> None:
    with pytest.raises(StoreError):
        store.write_article(article(text="broken \udc80 text"))
    assert store.stats()["articles"] == 0


def test_closed_store_raises_store_error(store: Store) -> None:
    store.close()
    with pytest.raises(StoreError):
        store.stats()
