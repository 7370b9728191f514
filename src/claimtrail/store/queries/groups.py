"""Same-statement groups for the API and web pages: a page of them, with their sizes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from claimtrail.store import rows
from claimtrail.store.base import Store
from claimtrail.store.queries.paging import Page, clamp, where_clause
from claimtrail.store.queries.statements import IN_STORY
from claimtrail.store.sql import sql_store


@dataclass(frozen=True, slots=True)
class GroupSummary:
    id: str
    statement_count: int
    article_count: int
    language_count: int
    first_said_on: date | None


def groups_page(store: Store, story_id: str | None, limit: int, offset: int) -> Page[GroupSummary]:
    """Same-statement groups by id, with their sizes and first date."""
    db = sql_store(store)
    limit, offset = clamp(limit, offset)
    conditions = ["grp IS NOT NULL"]
    params: list[object] = []
    if story_id is not None:
        conditions.append(IN_STORY)
        params.append(story_id)
    found = where_clause(conditions)
    (total,) = db._read(
        "cannot count groups",
        "SELECT COUNT(DISTINCT grp) FROM statements" + found,  # noqa: S608 - fixed SQL
        params,
    )[0]
    page = db._read(
        "cannot read groups",
        "SELECT grp, COUNT(*), COUNT(DISTINCT article_id),"  # noqa: S608 - fixed SQL, values are parameters
        " COUNT(DISTINCT (SELECT language FROM articles WHERE articles.id = article_id)),"
        " MIN(said_on) FROM statements" + found + " GROUP BY grp ORDER BY grp LIMIT ? OFFSET ?",
        (*params, limit, offset),
    )
    items = tuple(
        GroupSummary(r[0], int(r[1]), int(r[2]), int(r[3]), rows.day_from(r[4])) for r in page
    )
    return Page(items, int(total), limit, offset)
