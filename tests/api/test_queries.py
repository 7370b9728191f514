"""store/queries/ on both back ends: the same pages, filters and curation writes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from claimtrail.store import Store, open_store, queries

# The store tests' throwaway PostgreSQL server (skipped without its binaries, failed under CI).
from store.conftest import postgres_server, postgres_url  # noqa: F401 - fixtures, by name

from .records import SCRIPT, build


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'q.db'}"
    else:
        url = request.getfixturevalue("postgres_url")
    with open_store(url) as opened:
        build(opened)
        yield opened


def test_pages_and_filters_agree_on_both_back_ends(any_store: Store) -> None:
    articles = queries.articles_page(any_store, queries.ArticleFilter(q="TRUCKS"), 2, 0)
    assert articles.total == 3
    assert [a.id for a in articles.items] == ["bnw", "courier"]
    assert articles.items[0].published is not None
    assert articles.items[0].published.utcoffset() is not None
    dated = queries.StatementFilter(said_from=date(2025, 3, 12), said_to=date(2025, 3, 13))
    assert {s.id for s in queries.statements_page(any_store, dated, 50, 0).items} == {
        "rundschau-s1",
        "rundschau-s2",
    }
    german = queries.StatementFilter(language="de", by_date=True)
    ordered = queries.statements_page(any_store, german, 50, 0).items
    assert [s.id for s in ordered] == ["rundschau-s1", "rundschau-s2", "rundschau-s3"]
    groups = queries.groups_page(any_store, "blockade", 50, 0)
    assert [(g.id, g.statement_count, g.language_count) for g in groups.items] == [
        ("g-talks", 4, 2),
        ("g-trucks", 2, 1),
    ]
    assert groups.items[0].first_said_on == date(2025, 3, 11)
    ranked = queries.stories_ranked(any_store, 10, 0).items
    assert [(s.id, s.open_discrepancy_count) for s in ranked] == [
        ("blockade", 3),
        ("hostile-story", 1),
    ]
    entities = queries.entities_page(any_store, "schurawljow", None, 10, 0).items
    assert [(e.entity.id, e.statement_count) for e in entities] == [("zhuravlyov", 5)]


def test_wildcards_and_quotes_are_literal_on_both_back_ends(any_store: Store) -> None:
    for q in ["%", "_", "'", "\\", "' OR '1'='1", "?", "%s"]:
        assert queries.articles_page(any_store, queries.ArticleFilter(q=q), 10, 0).total == 0
    assert queries.articles_page(any_store, queries.ArticleFilter(q=SCRIPT), 10, 0).total == 1


def test_curation_writes_on_both_back_ends(any_store: Store) -> None:
    reviewed = queries.review_discrepancy(any_store, "d4", "reviewed", "ok", "me@here")
    assert reviewed is not None
    assert reviewed.status == "reviewed"
    assert reviewed.review is not None
    assert reviewed.review.actor == "me@here"
    merged = queries.merge_entities(any_store, "reimers", "marand", "me@here")
    assert merged is not None
    assert "Dana Reimers" in merged.aliases
    split = queries.split_alias(any_store, "zhuravlyov", "Arkadi Schurawljow", "z2", "me@here")
    assert split is not None
    moved = queries.statement(any_store, "rundschau-s1")
    assert moved is not None
    assert moved.speaker_id == "z2"
    log = queries.audit_page(any_store, 10, 0)
    assert [e.action for e in log.items] == ["split", "merge", "review"]
    assert log.items[0].detail["statements_moved"] == 1


def test_id_lists_over_the_parameter_limits_are_read_on_both_back_ends(any_store: Store) -> None:
    # PostgreSQL takes at most 65535 parameters a query; the known ids fall in different chunks
    unknown = [f"{prefix}-{n:05d}" for prefix in "abchr" for n in range(14_000)]
    articles = ["rundschau", "hostile", "bnw", "headlines24", "courier"]
    summaries = queries.article_summaries(any_store, [*unknown, *articles])
    assert [a.id for a in summaries] == ["bnw", "courier", "headlines24", "rundschau", "hostile"]
    assert sorted(queries.articles_by_id(any_store, [*unknown, *articles])) == sorted(articles)
    said = queries.statements_by_id(any_store, [*unknown, "rundschau-s1", "bnw-s2"])
    assert sorted(said) == ["bnw-s2", "rundschau-s1"]
    found = queries.entities_by_id(any_store, [*unknown, None, "marand", "zhuravlyov"])
    assert sorted(found) == ["marand", "zhuravlyov"]
