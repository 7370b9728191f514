"""/api/discrepancies: list, filter and review discrepancies; /api/audit: who wrote what."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request

from claimtrail.api import schemas
from claimtrail.api.auth import Writer
from claimtrail.api.params import DEFAULT_LIMIT, Limit, Offset, Text, errors, not_found, store_of
from claimtrail.store import queries

router = APIRouter(prefix="/api", tags=["discrepancies"])


@router.get(
    "/discrepancies", response_model=schemas.Page[schemas.DiscrepancyOut], responses=errors()
)
def list_discrepancies(
    request: Request,
    kind: Text = None,
    story: Text = None,
    status: Annotated[str | None, Query(pattern="^(open|reviewed|dismissed)$")] = None,
    limit: Limit = DEFAULT_LIMIT,
    offset: Offset = 0,
) -> schemas.Page[schemas.DiscrepancyOut]:
    """Discrepancies by id, with their evidence and review status."""
    chosen = next((s for s in queries.REVIEW_STATUSES if s == status), None)
    page = queries.discrepancies_page(store_of(request), kind, story, chosen, limit, offset)
    return schemas.page_of(page, [schemas.discrepancy_out(d) for d in page.items])


@router.post(
    "/discrepancies/{discrepancy_id:path}/review",
    response_model=schemas.DiscrepancyOut,
    responses=errors(400, 401, 403, 404),
)
def review_discrepancy(
    request: Request, discrepancy_id: str, body: schemas.ReviewIn, actor: Writer
) -> schemas.DiscrepancyOut:
    """Mark a discrepancy reviewed or dismissed (or open again); recorded with who and when."""
    done = queries.review_discrepancy(
        store_of(request), discrepancy_id, body.status, body.note, actor
    )
    if done is None:
        raise not_found("discrepancy")
    return schemas.discrepancy_out(done)


# After the review route, whose path it also matches (see entities.get_entity).
@router.get(
    "/discrepancies/{discrepancy_id:path}",
    response_model=schemas.DiscrepancyOut,
    responses=errors(404),
)
def get_discrepancy(request: Request, discrepancy_id: str) -> schemas.DiscrepancyOut:
    found = queries.discrepancy(store_of(request), discrepancy_id)
    if found is None:
        raise not_found("discrepancy")
    return schemas.discrepancy_out(found)


@router.get("/audit", response_model=schemas.Page[schemas.AuditOut], responses=errors(401, 403))
def list_audit(
    request: Request, actor: Writer, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0
) -> schemas.Page[schemas.AuditOut]:
    """Every write, newest first (needs the token: it names clients)."""
    page = queries.audit_page(store_of(request), limit, offset)
    return schemas.page_of(page, [schemas.audit_out(e) for e in page.items])
