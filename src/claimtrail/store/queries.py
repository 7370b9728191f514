"""Read queries for the API and web pages (search, filter, paginate) and the curation writes
(discrepancy reviews, entity merges and splits) that record who did what in the audit log.

They run on both back ends through `SqlStore`'s own connection. Every value is a parameter;
the only SQL built at run time is a fixed list of conditions and `?` placeholders. Pages are
ordered by a unique key, so the same query with the same offset gives the same rows.
Text search (`q`) is case-insensitive for ASCII letters on SQLite (its LOWER is ASCII-only)
and for every letter on PostgreSQL.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Generic, Literal, TypeVar

from claimtrail.errors import StoreError
from claimtrail.model import Article, Discrepancy, Entity, Statement, Story
from claimtrail.store import rows
from claimtrail.store.base import Store
from claimtrail.store.sql import (
    _SELECT_ARTICLES,
    _SELECT_ENTITIES,
    _SELECT_STATEMENTS,
    SqlStore,
)

T = TypeVar("T")
ReviewStatus = Literal["open", "reviewed", "dismissed"]
REVIEW_STATUSES: tuple[ReviewStatus, ...] = ("open", "reviewed", "dismissed")
MAX_LIMIT = 200

_ARTICLE_SUMMARY = (
    "SELECT a.id, a.title, a.outlet, a.url, a.language, a.published, a.published_offset_s,"
    " sa.story_id, (SELECT COUNT(*) FROM statements st WHERE st.article_id = a.id)"
    " FROM articles a LEFT JOIN story_articles sa ON sa.article_id = a.id"
)
_IN_STORY = "article_id IN (SELECT article_id FROM story_articles WHERE story_id = ?)"


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page of a stably ordered result; `total` counts every matching row."""

    items: tuple[T, ...]
    total: int
    limit: int
    offset: int


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


@dataclass(frozen=True, slots=True)
class EntitySummary:
    entity: Entity
    statement_count: int


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


@dataclass(frozen=True, slots=True)
class GroupSummary:
    id: str
    statement_count: int
    article_count: int
    language_count: int
    first_said_on: date | None


@dataclass(frozen=True, slots=True)
class Review:
    status: ReviewStatus
    note: str
    actor: str
    at: datetime


@dataclass(frozen=True, slots=True)
class ReviewedDiscrepancy:
    discrepancy: Discrepancy
    review: Review | None

    @property
    def status(self) -> ReviewStatus:
        return "open" if self.review is None else self.review.status


@dataclass(frozen=True, slots=True)
class AuditEntry:
    actor: str
    action: str
    target: str
    detail: dict[str, object]
    at: datetime


# ---- plumbing


def sql_store(store: Store) -> SqlStore:
    """The SQL store behind `store`; these queries need one."""
    if not isinstance(store, SqlStore):
        raise StoreError(f"queries need a SQL store, not {type(store).__name__}")
    return store


def clamp(limit: int, offset: int) -> tuple[int, int]:
    """A limit within 1..MAX_LIMIT and a non-negative offset."""
    return max(1, min(limit, MAX_LIMIT)), max(0, offset)


def _like(q: str) -> str:
    """A LIKE pattern matching `q` anywhere, its wildcards escaped (ESCAPE '\\')."""
    escaped = q.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _marks(values: Sequence[object]) -> str:
    return ", ".join("?" for _ in values)


def _moment(value: object, offset_s: object = None) -> datetime | None:
    if value is None:
        return None
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    if not isinstance(moment, datetime):
        return None
    if offset_s is None:
        return moment
    return moment.astimezone(timezone(timedelta(seconds=int(str(offset_s)))))


def _day(value: object) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    return date.fromisoformat(value) if isinstance(value, str) else value  # type: ignore[return-value]


def _where(conditions: Sequence[str]) -> str:
    return " WHERE " + " AND ".join(conditions) if conditions else ""


def _slice(items: Sequence[T], limit: int, offset: int) -> Page[T]:
    limit, offset = clamp(limit, offset)
    return Page(tuple(items[offset : offset + limit]), len(items), limit, offset)


def _now() -> str:
    return rows.utc_text(datetime.now(UTC))


# ---- articles


def articles_page(
    store: Store, where: ArticleFilter, limit: int, offset: int
) -> Page[ArticleSummary]:
    """Articles in ingest order, without their text."""
    db = sql_store(store)
    limit, offset = clamp(limit, offset)
    conditions: list[str] = []
    params: list[object] = []
    if where.q:
        conditions.append(
            "(LOWER(a.title) LIKE ? ESCAPE '\\' OR LOWER(a.outlet) LIKE ? ESCAPE '\\'"
            " OR LOWER(a.text) LIKE ? ESCAPE '\\')"
        )
        params += [_like(where.q)] * 3
    for column, value in (
        ("a.language", where.language),
        ("a.outlet", where.outlet),
        ("sa.story_id", where.story),
    ):
        if value is not None:
            conditions.append(f"{column} = ?")
            params.append(value)
    found = _where(conditions)
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
    items = tuple(
        ArticleSummary(r[0], r[1], r[2], r[3], r[4], _moment(r[5], r[6]), r[7], int(r[8]))
        for r in page
    )
    return Page(items, int(total), limit, offset)


def article_summaries(store: Store, article_ids: Sequence[str]) -> list[ArticleSummary]:
    """Summaries of these articles, in ingest order (unknown ids are skipped)."""
    if not article_ids:
        return []
    found = sql_store(store)._read(
        "cannot read articles",
        _ARTICLE_SUMMARY + f" WHERE a.id IN ({_marks(article_ids)}) ORDER BY a.seq, a.id",
        tuple(article_ids),
    )
    return [
        ArticleSummary(r[0], r[1], r[2], r[3], r[4], _moment(r[5], r[6]), r[7], int(r[8]))
        for r in found
    ]


def articles_by_id(store: Store, article_ids: Sequence[str]) -> dict[str, Article]:
    """Whole articles (with text) by id; unknown ids are missing from the answer."""
    wanted = sorted(set(article_ids))
    if not wanted:
        return {}
    found = sql_store(store)._read(
        "cannot read articles", _SELECT_ARTICLES + f" WHERE id IN ({_marks(wanted)})", wanted
    )
    return {r[0]: rows.article_from(r) for r in found}


# ---- statements


def _statement_conditions(where: StatementFilter) -> tuple[list[str], list[object]]:
    conditions: list[str] = []
    params: list[object] = []
    for column, value in (
        ("speaker_id", where.speaker),
        ("article_id", where.article),
        ("grp", where.group),
        ("kind", where.kind),
    ):
        if value is not None:
            conditions.append(f"{column} = ?")
            params.append(value)
    if where.story is not None:
        conditions.append(_IN_STORY)
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
        params.append(_like(where.q))
    return conditions, params


def statements_page(
    store: Store, where: StatementFilter, limit: int, offset: int
) -> Page[Statement]:
    """Statements matching every given filter, in ingest (or said_on) order."""
    db = sql_store(store)
    limit, offset = clamp(limit, offset)
    conditions, params = _statement_conditions(where)
    order = " ORDER BY said_on IS NULL, said_on, seq, id" if where.by_date else " ORDER BY seq, id"
    query = _SELECT_STATEMENTS + _where(conditions) + order
    if not where.q:
        (total,) = db._read(
            "cannot count statements",
            "SELECT COUNT(*) FROM statements" + _where(conditions),  # noqa: S608 - fixed SQL, values are parameters
            params,
        )[0]
        page = db._read(
            "cannot read statements", query + " LIMIT ? OFFSET ?", (*params, limit, offset)
        )
        return Page(tuple(rows.statement_from(r) for r in page), int(total), limit, offset)
    candidates = [rows.statement_from(r) for r in db._read("cannot read statements", query, params)]
    return _slice(_text_filtered(store, candidates, where.q), limit, offset)


def _text_filtered(store: Store, items: list[Statement], q: str) -> list[Statement]:
    texts = {a.id: a.text for a in articles_by_id(store, [s.article_id for s in items]).values()}
    needle = q.casefold()
    return [s for s in items if needle in content_text(s, texts[s.article_id]).casefold()]


def statements_all(store: Store, where: StatementFilter) -> list[Statement]:
    """Every statement matching `where` (for pages that show a whole story or group)."""
    db = sql_store(store)
    conditions, params = _statement_conditions(where)
    order = " ORDER BY said_on IS NULL, said_on, seq, id" if where.by_date else " ORDER BY seq, id"
    found = db._read(
        "cannot read statements", _SELECT_STATEMENTS + _where(conditions) + order, params
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
    wanted = sorted(set(statement_ids))
    if not wanted:
        return {}
    found = sql_store(store)._read(
        "cannot read statements", _SELECT_STATEMENTS + f" WHERE id IN ({_marks(wanted)})", wanted
    )
    return {r[0]: rows.statement_from(r) for r in found}


# ---- entities


def entities_page(
    store: Store, q: str | None, entity_type: str | None, limit: int, offset: int
) -> Page[EntitySummary]:
    """Entities by name (then id), each with its number of statements."""
    db = sql_store(store)
    limit, offset = clamp(limit, offset)
    conditions: list[str] = []
    params: list[object] = []
    if q:
        conditions.append("(LOWER(name) LIKE ? ESCAPE '\\' OR LOWER(aliases) LIKE ? ESCAPE '\\')")
        params += [_like(q), _like(q)]
    if entity_type is not None:
        conditions.append("type = ?")
        params.append(entity_type)
    found = _where(conditions)
    (total,) = db._read("cannot count entities", "SELECT COUNT(*) FROM entities" + found, params)[0]  # noqa: S608 - fixed SQL, values are parameters
    page = db._read(
        "cannot read entities",
        "SELECT id, name, type, aliases,"  # noqa: S608 - fixed SQL, values are parameters
        " (SELECT COUNT(*) FROM statements WHERE speaker_id = entities.id) FROM entities"
        + found
        + " ORDER BY name, id LIMIT ? OFFSET ?",
        (*params, limit, offset),
    )
    items = tuple(EntitySummary(rows.entity_from(r[:4]), int(r[4])) for r in page)
    return Page(items, int(total), limit, offset)


def entity(store: Store, entity_id: str) -> Entity | None:
    found = sql_store(store)._read(
        "cannot read an entity", _SELECT_ENTITIES + " WHERE id = ?", (entity_id,)
    )
    return rows.entity_from(found[0]) if found else None


def entities_by_id(store: Store, entity_ids: Sequence[str | None]) -> dict[str, Entity]:
    wanted = sorted({e for e in entity_ids if e is not None})
    if not wanted:
        return {}
    found = sql_store(store)._read(
        "cannot read entities", _SELECT_ENTITIES + f" WHERE id IN ({_marks(wanted)})", wanted
    )
    return {r[0]: rows.entity_from(r) for r in found}


# ---- stories and groups


def story(store: Store, story_id: str) -> Story | None:
    db = sql_store(store)
    found = db._read(
        "cannot read a story", "SELECT id, title FROM stories WHERE id = ?", (story_id,)
    )
    if not found:
        return None
    members = db._read(
        "cannot read a story",
        "SELECT article_id FROM story_articles WHERE story_id = ? ORDER BY position",
        (story_id,),
    )
    return Story(found[0][0], found[0][1], tuple(r[0] for r in members))


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
        for story_id in {story_of[a] for a in _articles_of(item.discrepancy) if a in story_of}:
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
            first_published=_moment(r[4]),
            last_published=_moment(r[5]),
        )
        for r in counted
    ]
    summaries.sort(
        key=lambda s: (-s.open_discrepancy_count, -s.statement_count, -s.article_count, s.id)
    )
    return _slice(summaries, limit, offset)


def story_of_article(store: Store, article_id: str) -> str | None:
    found = sql_store(store)._read(
        "cannot read a story",
        "SELECT story_id FROM story_articles WHERE article_id = ?",
        (article_id,),
    )
    return str(found[0][0]) if found else None


def groups_page(store: Store, story_id: str | None, limit: int, offset: int) -> Page[GroupSummary]:
    """Same-statement groups by id, with their sizes and first date."""
    db = sql_store(store)
    limit, offset = clamp(limit, offset)
    conditions = ["grp IS NOT NULL"]
    params: list[object] = []
    if story_id is not None:
        conditions.append(_IN_STORY)
        params.append(story_id)
    found = _where(conditions)
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
    items = tuple(GroupSummary(r[0], int(r[1]), int(r[2]), int(r[3]), _day(r[4])) for r in page)
    return Page(items, int(total), limit, offset)


# ---- discrepancies and reviews


def _articles_of(item: Discrepancy) -> set[str]:
    return {*item.article_ids, *(e.article_id for e in item.evidence)}


def _review_from(row: Sequence[object]) -> Review | None:
    if row[0] is None:
        return None
    status = str(row[0])
    if status not in REVIEW_STATUSES:
        raise StoreError(f"stored review status {status!r} is not one of {REVIEW_STATUSES}")
    at = _moment(row[3])
    return Review(status, str(row[1]), str(row[2]), at or datetime.now(UTC))


_REVIEWED = (
    "SELECT d.id, d.kind, d.statement_ids, d.article_ids, d.evidence, d.explanation, d.score,"
    " d.id, r.status, r.note, r.actor, r.at"
    " FROM discrepancies d LEFT JOIN reviews r ON r.discrepancy_id = d.id"
)


def _reviewed(row: Sequence[object]) -> ReviewedDiscrepancy:
    return ReviewedDiscrepancy(rows.discrepancy_from(tuple(row[:8])), _review_from(row[8:]))


def discrepancies_all(store: Store, kind: str | None = None) -> list[ReviewedDiscrepancy]:
    """Every discrepancy (of one kind), by id, with its review."""
    where, params = (" WHERE d.kind = ?", (kind,)) if kind is not None else ("", ())
    found = sql_store(store)._read(
        "cannot read discrepancies", _REVIEWED + where + " ORDER BY d.id", params
    )
    return [_reviewed(r) for r in found]


def discrepancies_page(
    store: Store,
    kind: str | None,
    story_id: str | None,
    status: ReviewStatus | None,
    limit: int,
    offset: int,
) -> Page[ReviewedDiscrepancy]:
    """Discrepancies by id; `story_id` keeps those with evidence or articles in that story."""
    items = discrepancies_all(store, kind)
    if story_id is not None:
        found = story(store, story_id)
        members = set(found.article_ids) if found else set()
        items = [i for i in items if _articles_of(i.discrepancy) & members]
    if status is not None:
        items = [i for i in items if i.status == status]
    return _slice(items, limit, offset)


def discrepancy(store: Store, discrepancy_id: str) -> ReviewedDiscrepancy | None:
    found = sql_store(store)._read(
        "cannot read a discrepancy", _REVIEWED + " WHERE d.id = ?", (discrepancy_id,)
    )
    return _reviewed(found[0]) if found else None


# ---- curation writes, each in one transaction with its audit entry


def _audit(db: SqlStore, actor: str, action: str, target: str, detail: dict[str, object]) -> None:
    db._execute(
        "INSERT INTO audit_log (id, seq, actor, action, target, detail, at) VALUES"
        " (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM audit_log), ?, ?, ?, ?, ?)",
        (uuid.uuid4().hex, actor, action, target, json.dumps(detail, ensure_ascii=False), _now()),
    )


def record_audit(
    store: Store, actor: str, action: str, target: str, detail: dict[str, object]
) -> None:
    """Append one entry to the audit log (for writes that are not made here, such as ingest)."""
    db = sql_store(store)
    with db._write("cannot write the audit log"):
        _audit(db, actor, action, target, detail)


def audit_page(store: Store, limit: int, offset: int) -> Page[AuditEntry]:
    """The audit log, newest first."""
    db = sql_store(store)
    limit, offset = clamp(limit, offset)
    (total,) = db._read("cannot count the audit log", "SELECT COUNT(*) FROM audit_log")[0]
    page = db._read(
        "cannot read the audit log",
        "SELECT actor, action, target, detail, at FROM audit_log"
        " ORDER BY seq DESC, id DESC LIMIT ? OFFSET ?",
        (limit, offset),
    )
    items = tuple(
        AuditEntry(r[0], r[1], r[2], json.loads(r[3]), _moment(r[4]) or datetime.now(UTC))
        for r in page
    )
    return Page(items, int(total), limit, offset)


def review_discrepancy(
    store: Store, discrepancy_id: str, status: ReviewStatus, note: str, actor: str
) -> ReviewedDiscrepancy | None:
    """Set a discrepancy's review status; None when no such discrepancy is stored."""
    db = sql_store(store)
    with db._write("cannot review a discrepancy"):
        if not db._fetch("SELECT 1 FROM discrepancies WHERE id = ?", (discrepancy_id,)):
            return None
        db._execute(
            "INSERT INTO reviews (discrepancy_id, status, note, actor, at) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT (discrepancy_id) DO UPDATE SET status = excluded.status,"
            " note = excluded.note, actor = excluded.actor, at = excluded.at",
            (discrepancy_id, status, note, actor, _now()),
        )
        _audit(db, actor, "review", discrepancy_id, {"status": status, "note": note})
    return discrepancy(store, discrepancy_id)


def _merged_aliases(*names: str) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(name.casefold(), name)
    return tuple(seen.values())


def merge_entities(store: Store, source_id: str, target_id: str, actor: str) -> Entity | None:
    """Fold `source_id` into `target_id`: its names become aliases, its statements move.

    None when either entity is missing; merging an entity into itself raises `StoreError`.
    """
    if source_id == target_id:
        raise StoreError("cannot merge an entity into itself")
    db = sql_store(store)
    with db._write("cannot merge entities"):
        found = {
            r[0]: rows.entity_from(r)
            for r in db._fetch(_SELECT_ENTITIES + " WHERE id IN (?, ?)", (source_id, target_id))
        }
        if source_id not in found or target_id not in found:
            return None
        source, target = found[source_id], found[target_id]
        aliases = _merged_aliases(*target.aliases, source.name, *source.aliases)
        aliases = tuple(a for a in aliases if a.casefold() != target.name.casefold())
        merged = Entity(target.id, target.name, target.type, aliases)
        db._execute(
            "UPDATE entities SET aliases = ? WHERE id = ?",
            (rows.entity_values(merged)[3], target_id),
        )
        moved = db._execute(
            "UPDATE statements SET speaker_id = ? WHERE speaker_id = ?", (target_id, source_id)
        )
        db._execute("UPDATE statements SET via_id = ? WHERE via_id = ?", (target_id, source_id))
        db._execute("DELETE FROM entities WHERE id = ?", (source_id,))
        _audit(db, actor, "merge", target_id, {"merged": source_id, "statements_moved": moved})
    return merged


def split_alias(
    store: Store, entity_id: str, alias: str, new_id: str, actor: str
) -> tuple[Entity, Entity] | None:
    """Split `alias` off `entity_id` into a new entity `new_id` (same type, named `alias`).

    Statements whose source text is that alias (ignoring case) move to the new entity. None
    when the entity is missing or lacks the alias; a taken `new_id` raises `StoreError`.
    """
    db = sql_store(store)
    with db._write("cannot split an entity"):
        found = db._fetch(_SELECT_ENTITIES + " WHERE id = ?", (entity_id,))
        if not found:
            return None
        old = rows.entity_from(found[0])
        wanted = alias.casefold()
        if wanted not in {a.casefold() for a in old.aliases}:
            return None
        if db._fetch("SELECT 1 FROM entities WHERE id = ?", (new_id,)):
            raise StoreError(f"entity id {new_id!r} is already taken")
        kept = Entity(
            old.id, old.name, old.type, tuple(a for a in old.aliases if a.casefold() != wanted)
        )
        split = Entity(new_id, alias, old.type, ())
        db._execute(
            "UPDATE entities SET aliases = ? WHERE id = ?", (rows.entity_values(kept)[3], old.id)
        )
        db._execute(
            "INSERT INTO entities (id, name, type, aliases) VALUES (?, ?, ?, ?)",
            rows.entity_values(split),
        )
        spoken = [
            rows.statement_from(r)
            for r in db._fetch(_SELECT_STATEMENTS + " WHERE speaker_id = ?", (entity_id,))
        ]
        texts: dict[str, str] = (
            dict(
                db._fetch(
                    f"SELECT id, text FROM articles WHERE id IN ({_marks(spoken)})",  # noqa: S608 - fixed SQL, values are parameters
                    [s.article_id for s in spoken],
                )
            )
            if spoken
            else {}
        )
        moved = [s.id for s in spoken if _said_as(s, texts, wanted)]
        for statement_id in moved:
            db._execute("UPDATE statements SET speaker_id = ? WHERE id = ?", (new_id, statement_id))
        _audit(
            db,
            actor,
            "split",
            entity_id,
            {"alias": alias, "new": new_id, "statements_moved": len(moved)},
        )
    return kept, split


def _said_as(item: Statement, texts: dict[str, str], wanted: str) -> bool:
    text = texts.get(item.article_id)
    return text is not None and source_text(item, text).casefold() == wanted
