"""The audit log: who changed what, appended in the same transaction as the change."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from claimtrail.store import rows
from claimtrail.store.base import Store
from claimtrail.store.queries.paging import Page, clamp
from claimtrail.store.sql import SqlStore, sql_store


@dataclass(frozen=True, slots=True)
class AuditEntry:
    actor: str
    action: str
    target: str
    detail: dict[str, object]
    at: datetime


def append(db: SqlStore, actor: str, action: str, target: str, detail: dict[str, object]) -> None:
    """Add one entry inside the caller's open transaction."""
    db._execute(
        "INSERT INTO audit_log (id, seq, actor, action, target, detail, at) VALUES"
        " (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM audit_log), ?, ?, ?, ?, ?)",
        (
            uuid.uuid4().hex,
            actor,
            action,
            target,
            json.dumps(detail, ensure_ascii=False),
            rows.utc_text(datetime.now(UTC)),
        ),
    )


def record_audit(
    store: Store, actor: str, action: str, target: str, detail: dict[str, object]
) -> None:
    """Append one entry to the audit log (for writes that are not made here, such as ingest)."""
    db = sql_store(store)
    with db._write("cannot write the audit log"):
        append(db, actor, action, target, detail)


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
        AuditEntry(r[0], r[1], r[2], json.loads(r[3]), rows.moment_from(r[4]) or datetime.now(UTC))
        for r in page
    )
    return Page(items, int(total), limit, offset)
