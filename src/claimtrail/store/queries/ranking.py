"""The stories an analyst should look at first: most open discrepancies, then most statements."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from claimtrail.store import rows
from claimtrail.store.base import Store
from claimtrail.store.queries.discrepancies import articles_of, discrepancies_all
from claimtrail.store.queries.paging import Page, page_of
from claimtrail.store.sql import sql_store


@dataclass(frozen=True, slots=True)
class StorySummary:
    id: str
    title: str
    article_count: int
    statement_count: int
    discrepancy_count: int
    open_discrepancy_count: int
    first_published: datetime | None
    last_published: datetime | None


def stories_ranked(store: Store, limit: int, offset: int) -> Page[StorySummary]:
    """Stories by open discrepancies, then statements, then articles (most first), then id."""
    db = sql_store(store)
    counted = db._read(
        "cannot rank stories",
        "SELECT s.id, s.title, COUNT(DISTINCT sa.article_id), COUNT(st.id),"
        " MIN(a.published), MAX(a.published)"
        " FROM stories s LEFT JOIN story_articles sa ON sa.story_id = s.id"
        " LEFT JOIN articles a ON a.id = sa.article_id"
        " LEFT JOIN statements st ON st.article_id = sa.article_id"
        " GROUP BY s.id, s.title",
    )
    story_of: dict[str, str] = dict(
        db._read("cannot rank stories", "SELECT article_id, story_id FROM story_articles")
    )
    every: dict[str, int] = {}
    still_open: dict[str, int] = {}
    for item in discrepancies_all(store):
        for story_id in {story_of[a] for a in articles_of(item.discrepancy) if a in story_of}:
            every[story_id] = every.get(story_id, 0) + 1
            if item.status == "open":
                still_open[story_id] = still_open.get(story_id, 0) + 1
    summaries = [
        StorySummary(
            id=r[0],
            title=r[1],
            article_count=int(r[2]),
            statement_count=int(r[3]),
            discrepancy_count=every.get(r[0], 0),
            open_discrepancy_count=still_open.get(r[0], 0),
            first_published=rows.moment_from(r[4]),
            last_published=rows.moment_from(r[5]),
        )
        for r in counted
    ]
    summaries.sort(
        key=lambda s: (-s.open_discrepancy_count, -s.statement_count, -s.article_count, s.id)
    )
    return page_of(summaries, limit, offset)
