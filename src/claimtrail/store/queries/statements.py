"""Statement reads for the API and web pages: filtered pages, whole lists and lookups by id."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from claimtrail.model import Statement
from claimtrail.store import rows
from claimtrail.store.base import Store
from claimtrail.store.queries.articles import articles_by_id
from claimtrail.store.queries.paging import (
    Page,
    clamp,
    equal_to,
    like_pattern,
    page_of,
    where_clause,
)
from claimtrail.store.sql import _SELECT_STATEMENTS, sql_store

IN_STORY = "article_id IN (SELECT article_id FROM story_articles WHERE story_id = ?)"
_BY_DATE = " ORDER BY said_on IS NULL, said_on, seq, id"
_BY_INGEST = " ORDER BY seq, id"


@dataclass(frozen=True, slots=True)
class StatementFilter:
    speaker: str | None = None
    story: str | None = None
    article: str | None = None
    group: str | None = None
    said_from: date | None = None  # inclusive
    said_to: date | None = None  # inclusive
    language: str | None = None
    kind: str | None = None
    q: str | None = None  # in the content spans' text
    by_date: bool = False  # order by said_on (undated last) rather than ingest order


def _statement_conditions(where: StatementFilter) -> tuple[list[str], list[object]]:
    conditions, params = equal_to(
        (
            ("speaker_id", where.speaker),
            ("article_id", where.article),
            ("grp", where.group),
            ("kind", where.kind),
        )
    )
    if where.story is not None:
        conditions.append(IN_STORY)
        params.append(where.story)
    if where.said_from is not None:
        conditions.append("said_on >= ?")
        params.append(where.said_from.isoformat())
    if where.said_to is not None:
        conditions.append("said_on <= ?")
        params.append(where.said_to.isoformat())
    if where.language is not None:
        conditions.append("article_id IN (SELECT id FROM articles WHERE language = ?)")
        params.append(where.language)
    if where.q:
        # A superset (the article holds the text); the exact test on content spans follows.
        conditions.append(
            "article_id IN (SELECT id FROM articles WHERE LOWER(text) LIKE ? ESCAPE '\\')"
        )
        params.append(like_pattern(where.q))
    return conditions, params


def statements_page(
    store: Store, where: StatementFilter, limit: int, offset: int
) -> Page[Statement]:
    """Statements matching every given filter, in ingest (or said_on) order."""
    db = sql_store(store)
    limit, offset = clamp(limit, offset)
    conditions, params = _statement_conditions(where)
    order = _BY_DATE if where.by_date else _BY_INGEST
    query = _SELECT_STATEMENTS + where_clause(conditions) + order
    if not where.q:
        (total,) = db._read(
            "cannot count statements",
            "SELECT COUNT(*) FROM statements" + where_clause(conditions),  # noqa: S608 - fixed SQL, values are parameters
            params,
        )[0]
        page = db._read(
            "cannot read statements", query + " LIMIT ? OFFSET ?", (*params, limit, offset)
        )
        return Page(tuple(rows.statement_from(r) for r in page), int(total), limit, offset)
    candidates = [rows.statement_from(r) for r in db._read("cannot read statements", query, params)]
    return page_of(_text_filtered(store, candidates, where.q), limit, offset)


def _text_filtered(store: Store, items: list[Statement], q: str) -> list[Statement]:
    texts = {a.id: a.text for a in articles_by_id(store, [s.article_id for s in items]).values()}
    needle = q.casefold()
    return [s for s in items if needle in content_text(s, texts[s.article_id]).casefold()]


def statements_all(store: Store, where: StatementFilter) -> list[Statement]:
    """Every statement matching `where` (for pages that show a whole story or group)."""
    db = sql_store(store)
    conditions, params = _statement_conditions(where)
    order = _BY_DATE if where.by_date else _BY_INGEST
    found = db._read(
        "cannot read statements", _SELECT_STATEMENTS + where_clause(conditions) + order, params
    )
    items = [rows.statement_from(r) for r in found]
    if where.q:
        return _text_filtered(store, items, where.q)
    return items


def content_text(statement: Statement, text: str) -> str:
    """The statement's content spans' text, joined by " … " where a cue interrupts them."""
    return " … ".join(span.text_of(text) for span in statement.attribution.content)


def source_text(statement: Statement, text: str) -> str:
    return " ".join(span.text_of(text) for span in statement.attribution.source)


def statement(store: Store, statement_id: str) -> Statement | None:
    found = sql_store(store)._read(
        "cannot read a statement", _SELECT_STATEMENTS + " WHERE id = ?", (statement_id,)
    )
    return rows.statement_from(found[0]) if found else None


def statements_by_id(store: Store, statement_ids: Sequence[str]) -> dict[str, Statement]:
    found = sql_store(store)._read_in(
        "cannot read statements", _SELECT_STATEMENTS, "id", sorted(set(statement_ids))
    )
    return {r[0]: rows.statement_from(r) for r in found}
