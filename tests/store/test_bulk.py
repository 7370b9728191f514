"""COPY bulk loads into PostgreSQL store what the source holds, once, in the source's order."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from claimtrail.errors import StoreError
from claimtrail.export import export_document
from claimtrail.model import Discrepancy, Entity, EntityProfile, Evidence, Failure, Story
from claimtrail.store import Store, open_store
from claimtrail.store.bulk import copy_store

from .samples import TEXT, article, span_of, statements

pytestmark = pytest.mark.postgres


def _texts(n: int) -> list[str]:
    return [f"{TEXT} Update {i}." for i in range(n)]


@pytest.fixture
def source(tmp_path: Path) -> Iterator[Store]:
    """A SQLite store with every kind of record: 25 articles, 75 statements and the rest."""
    with open_store(f"sqlite:///{tmp_path / 'source.db'}") as store:
        for i, text in enumerate(_texts(25)):
            store.write_article(article(f"a{i:02}", text=text), statements(f"a{i:02}", text=text))
        store.write_entities(
            [Entity("mayor", "The mayor", "person", ("Mayor", "the mayor"))],
            [EntityProfile("mayor", ("mayor",), ("city",), (), 2, (("keller", 1),))],
        )
        store.write_stories(
            [Story("s1", "Bridge", ("a03", "a01")), Story("s2", "Keller", ("a07",))]
        )
        cost = span_of(TEXT, "4 million euros")
        store.write_discrepancies(
            [
                Discrepancy(
                    id="d1",
                    kind="source_disagreement",
                    statement_ids=("a01-s2", "a03-s2"),
                    evidence=(Evidence("a01", cost, cost.text_of(TEXT)),),
                    explanation="Different costs.",
                    score=0.7,
                    article_ids=("a01", "a03"),
                    story_id="s1",
                )
            ]
        )
        store.record_failure(Failure("in/broken.txt", "not text"))
        yield store


def test_copy_stores_what_the_source_holds(source: Store, postgres_url: str) -> None:
    counts = copy_store(source, postgres_url, chunk_rows=10)
    assert counts == {
        "articles": 25, "statements": 75, "entities": 1, "entity_profiles": 1, "stories": 2,
        "story_articles": 3, "discrepancies": 1, "failures": 1,
    }  # fmt: skip
    with open_store(postgres_url) as target:
        assert export_document(target) == export_document(source)
        assert target.stats() == source.stats()
        assert list(target.failures()) == list(source.failures())
        assert list(target.entity_profiles()) == list(source.entity_profiles())
        assert list(target.discrepancies()) == list(source.discrepancies())


def test_copying_again_adds_nothing(source: Store, postgres_url: str) -> None:
    copy_store(source, postgres_url)
    again = copy_store(source, postgres_url, chunk_rows=7)
    assert set(again.values()) == {0}
    with open_store(postgres_url) as target:
        assert export_document(target) == export_document(source)


def test_copied_articles_follow_those_already_stored(source: Store, postgres_url: str) -> None:
    with open_store(postgres_url) as target:
        target.write_article(article("first", text="Stored before the copy."))
        target.write_article(article("a05", text=_texts(25)[5]))  # also in the source
    counts = copy_store(source, postgres_url, chunk_rows=4)
    assert counts["articles"] == 24
    with open_store(postgres_url) as target:
        ids = [a.id for a in target.articles()]
        assert ids == ["first", "a05"] + [f"a{i:02}" for i in range(25) if i != 5]
        seqs = [row[0] for row in target._fetch("SELECT seq FROM articles ORDER BY seq")]  # type: ignore[attr-defined]
        assert seqs == list(range(1, 27))


def test_an_article_stored_with_other_text_stops_the_copy(source: Store, postgres_url: str) -> None:
    with open_store(postgres_url) as target:
        target.write_article(article("a02", text="Other text under the same id."))
    with pytest.raises(StoreError, match="'a02' is already stored with another content hash"):
        copy_store(source, postgres_url, chunk_rows=100)
    with open_store(postgres_url) as target:
        assert [a.id for a in target.articles()] == ["a02"]
