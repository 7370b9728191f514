"""Entity reads for the API and web pages: a searchable page and lookups by id."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from claimtrail.model import Entity
from claimtrail.store import rows
from claimtrail.store.base import Store
from claimtrail.store.queries.paging import Page, clamp, like_pattern, where_clause
from claimtrail.store.sql import _SELECT_ENTITIES, sql_store


@dataclass(frozen=True, slots=True)
class EntitySummary:
    entity: Entity
    statement_count: int


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
        params += [like_pattern(q), like_pattern(q)]
    if entity_type is not None:
        conditions.append("type = ?")
        params.append(entity_type)
    found = where_clause(conditions)
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
    found = sql_store(store)._read_in("cannot read entities", _SELECT_ENTITIES, "id", wanted)
    return {r[0]: rows.entity_from(r) for r in found}
