"""Curation writes (discrepancy reviews, entity merges and splits), each in one transaction
with its audit entry."""

from __future__ import annotations

from datetime import UTC, datetime

from claimtrail.errors import StoreError
from claimtrail.model import Entity, Statement
from claimtrail.store import rows
from claimtrail.store.base import Store
from claimtrail.store.queries import audit
from claimtrail.store.queries.discrepancies import ReviewedDiscrepancy, ReviewStatus, discrepancy
from claimtrail.store.queries.statements import source_text
from claimtrail.store.sql import _SELECT_ENTITIES, _SELECT_STATEMENTS, chunks, sql_store, where_in


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
            (discrepancy_id, status, note, actor, rows.utc_text(datetime.now(UTC))),
        )
        audit.append(db, actor, "review", discrepancy_id, {"status": status, "note": note})
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
    pair = (source_id, target_id)
    with db._write("cannot merge entities"):
        found = {
            r[0]: rows.entity_from(r)
            for r in db._fetch(where_in(_SELECT_ENTITIES, "id", pair), pair)
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
        audit.append(
            db, actor, "merge", target_id, {"merged": source_id, "statements_moved": moved}
        )
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
        texts: dict[str, str] = {}
        for part in chunks(sorted({s.article_id for s in spoken})):
            texts.update(db._fetch(where_in("SELECT id, text FROM articles", "id", part), part))
        moved = [s.id for s in spoken if _said_as(s, texts, wanted)]
        for statement_id in moved:
            db._execute("UPDATE statements SET speaker_id = ? WHERE id = ?", (new_id, statement_id))
        audit.append(
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
