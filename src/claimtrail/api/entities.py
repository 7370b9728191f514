"""/api/entities: speakers and other entities with their aliases and statements; merge, split."""

from __future__ import annotations

import re

from fastapi import APIRouter, HTTPException, Request

from claimtrail.api import schemas
from claimtrail.api.auth import Writer
from claimtrail.api.params import DEFAULT_LIMIT, Limit, Offset, Text, errors, not_found, store_of
from claimtrail.api.statements import statements_out
from claimtrail.store import queries

router = APIRouter(prefix="/api/entities", tags=["entities"])


@router.get("", response_model=schemas.Page[schemas.EntityOut], responses=errors())
def list_entities(
    request: Request,
    q: Text = None,
    type: Text = None,
    limit: Limit = DEFAULT_LIMIT,
    offset: Offset = 0,
) -> schemas.Page[schemas.EntityOut]:
    """Entities by name; `q` searches names and aliases."""
    page = queries.entities_page(store_of(request), q, type, limit, offset)
    return schemas.page_of(
        page, [schemas.entity_out(e.entity, e.statement_count) for e in page.items]
    )


@router.post("/merge", response_model=schemas.EntityOut, responses=errors(400, 401, 403, 404))
def merge_entities(request: Request, body: schemas.MergeIn, actor: Writer) -> schemas.EntityOut:
    """Fold `source` into `target`: its names become aliases and its statements move."""
    if body.source == body.target:
        raise HTTPException(400, "cannot merge an entity into itself")
    merged = queries.merge_entities(store_of(request), body.source, body.target, actor)
    if merged is None:
        raise not_found("entity")
    return schemas.entity_out(merged)


def _new_id(entity_id: str, alias: str) -> str:
    slug = re.sub(r"[^\w]+", "-", alias.casefold()).strip("-")[:60] or "alias"
    return f"{entity_id}-{slug}"


@router.post(
    "/{entity_id:path}/split",
    response_model=schemas.SplitOut,
    responses=errors(400, 401, 403, 404, 409),
)
def split_entity(
    request: Request, entity_id: str, body: schemas.SplitIn, actor: Writer
) -> schemas.SplitOut:
    """Split one alias off into a new entity, with the statements that name the speaker so."""
    store = store_of(request)
    new_id = body.new_id or _new_id(entity_id, body.alias)
    if queries.entity(store, new_id) is not None:
        raise HTTPException(409, "the new entity id is already taken")
    done = queries.split_alias(store, entity_id, body.alias, new_id, actor)
    if done is None:
        raise not_found("entity with that alias")
    kept, split = done
    return schemas.SplitOut(kept=schemas.entity_out(kept), split=schemas.entity_out(split))


# After the writes: their paths also match `{entity_id:path}`, and Starlette answers another
# method on them with the first route that matches the path (its `Allow` header included).
@router.get("/{entity_id:path}", response_model=schemas.EntityDetailOut, responses=errors(404))
def get_entity(
    request: Request, entity_id: str, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0
) -> schemas.EntityDetailOut:
    """One entity, its aliases and its statements by date (paged with limit and offset)."""
    store = store_of(request)
    found = queries.entity(store, entity_id)
    if found is None:
        raise not_found("entity")
    where = queries.StatementFilter(speaker=entity_id, by_date=True)
    page = queries.statements_page(store, where, limit, offset)
    said = schemas.page_of(page, statements_out(store, page.items))
    base = schemas.entity_out(found, page.total)
    return schemas.EntityDetailOut(**base.model_dump(), statements=said)
