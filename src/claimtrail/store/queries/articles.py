"""Article reads for the API and web pages: a filtered page, summaries and texts by id."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from claimtrail.model import Article
from claimtrail.store import rows
from claimtrail.store.base import Store
from claimtrail.store.queries.paging import Page, clamp, equal_to, like_pattern, where_clause
from claimtrail.store.rows import Row
from claimtrail.store.sql import _SELECT_ARTICLES, sql_store

# a.seq last: summaries read in chunks are put back in ingest order by it
_ARTICLE_SUMMARY = (
    "SELECT a.id, a.title, a.outlet, a.url, a.language, a.published, a.published_offset_s,"
    " sa.story_id, (SELECT COUNT(*) FROM statements st WHERE st.article_id = a.id), a.seq"
    " FROM articles a LEFT JOIN story_articles sa ON sa.article_id = a.id"
)


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    id: str
    title: str | None
    outlet: str | None
    url: str | None
    language: str | None
    published: datetime | None
    story_id: str | None
    statement_count: int


@dataclass(frozen=True, slots=True)
class ArticleFilter:
    q: str | None = None  # in the title, outlet or text
    language: str | None = None
    outlet: str | None = None
    story: str | None = None


def _summary(r: Row) -> ArticleSummary:
    return ArticleSummary(
        r[0], r[1], r[2], r[3], r[4], rows.moment_from(r[5], r[6]), r[7], int(r[8])
    )


def articles_page(
    store: Store, where: ArticleFilter, limit: int, offset: int
) -> Page[ArticleSummary]:
    """Articles in ingest order, without their text."""
    db = sql_store(store)
    limit, offset = clamp(limit, offset)
    conditions, params = equal_to(
        (("a.language", where.language), ("a.outlet", where.outlet), ("sa.story_id", where.story))
    )
    if where.q:
        conditions.append(
            "(LOWER(a.title) LIKE ? ESCAPE '\\' OR LOWER(a.outlet) LIKE ? ESCAPE '\\'"
            " OR LOWER(a.text) LIKE ? ESCAPE '\\')"
        )
        params += [like_pattern(where.q)] * 3
    found = where_clause(conditions)
    (total,) = db._read(
        "cannot count articles",
        "SELECT COUNT(*) FROM articles a LEFT JOIN story_articles sa ON sa.article_id = a.id"  # noqa: S608 - fixed SQL, values are parameters
        + found,
        params,
    )[0]
    page = db._read(
        "cannot read articles",
        _ARTICLE_SUMMARY + found + " ORDER BY a.seq, a.id LIMIT ? OFFSET ?",
        (*params, limit, offset),
    )
    return Page(tuple(_summary(r) for r in page), int(total), limit, offset)


def article_summaries(store: Store, article_ids: Sequence[str]) -> list[ArticleSummary]:
    """Summaries of these articles, in ingest order (unknown ids are skipped)."""
    found = sql_store(store)._read_in(
        "cannot read articles", _ARTICLE_SUMMARY, "a.id", sorted(set(article_ids))
    )
    found.sort(key=lambda r: (int(r[9]), str(r[0])))
    return [_summary(r) for r in found]


def articles_by_id(store: Store, article_ids: Sequence[str]) -> dict[str, Article]:
    """Whole articles (with text) by id; unknown ids are missing from the answer."""
    found = sql_store(store)._read_in(
        "cannot read articles", _SELECT_ARTICLES, "id", sorted(set(article_ids))
    )
    return {r[0]: rows.article_from(r) for r in found}
