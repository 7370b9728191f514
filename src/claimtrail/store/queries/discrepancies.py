"""Discrepancy reads for the API and web pages, each with its review (open until reviewed)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

from claimtrail.errors import StoreError
from claimtrail.model import Discrepancy
from claimtrail.store import rows
from claimtrail.store.base import Store
from claimtrail.store.queries.paging import Page, page_of
from claimtrail.store.queries.stories import story
from claimtrail.store.sql import sql_store

ReviewStatus = Literal["open", "reviewed", "dismissed"]
REVIEW_STATUSES: tuple[ReviewStatus, ...] = ("open", "reviewed", "dismissed")

_REVIEWED = (
    "SELECT d.id, d.kind, d.statement_ids, d.article_ids, d.evidence, d.explanation, d.score,"
    " d.story_id, r.status, r.note, r.actor, r.at"
    " FROM discrepancies d LEFT JOIN reviews r ON r.discrepancy_id = d.id"
)


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


def articles_of(item: Discrepancy) -> set[str]:
    """The articles a discrepancy names or quotes as evidence."""
    return {*item.article_ids, *(e.article_id for e in item.evidence)}


def _review_from(row: Sequence[object]) -> Review | None:
    if row[0] is None:
        return None
    status = str(row[0])
    if status not in REVIEW_STATUSES:
        raise StoreError(f"stored review status {status!r} is not one of {REVIEW_STATUSES}")
    at = rows.moment_from(row[3])
    return Review(status, str(row[1]), str(row[2]), at or datetime.now(UTC))


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
        items = [i for i in items if articles_of(i.discrepancy) & members]
    if status is not None:
        items = [i for i in items if i.status == status]
    return page_of(items, limit, offset)


def discrepancy(store: Store, discrepancy_id: str) -> ReviewedDiscrepancy | None:
    found = sql_store(store)._read(
        "cannot read a discrepancy", _REVIEWED + " WHERE d.id = ?", (discrepancy_id,)
    )
    return _reviewed(found[0]) if found else None
