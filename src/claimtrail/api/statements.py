"""/api/statements: statements filtered by speaker, story, date range, language, kind and text."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request

from claimtrail.api import schemas
from claimtrail.api.params import (
    DEFAULT_LIMIT,
    IsoDate,
    Limit,
    Offset,
    Text,
    errors,
    not_found,
    store_of,
)
from claimtrail.model import Statement
from claimtrail.store import queries
from claimtrail.store.base import Store

router = APIRouter(prefix="/api/statements", tags=["statements"])


def statements_out(
    store: Store, found: tuple[Statement, ...] | list[Statement]
) -> list[schemas.StatementOut]:
    """Statements with their spans' text (one read of the articles they come from)."""
    texts = queries.articles_by_id(store, [s.article_id for s in found])
    return [schemas.statement_out(s, texts[s.article_id].text) for s in found]


@router.get("", response_model=schemas.Page[schemas.StatementOut], responses=errors())
def list_statements(
    request: Request,
    speaker: Text = None,
    story: Text = None,
    article: Text = None,
    group: Text = None,
    date_from: Annotated[IsoDate | None, Query(description="said on or after")] = None,
    date_to: Annotated[IsoDate | None, Query(description="said on or before")] = None,
    language: Text = None,
    kind: Text = None,
    q: Text = None,
    order: Annotated[str, Query(pattern="^(ingest|said_on)$")] = "ingest",
    limit: Limit = DEFAULT_LIMIT,
    offset: Offset = 0,
) -> schemas.Page[schemas.StatementOut]:
    """Statements matching every filter given; `q` searches the content spans."""
    where = queries.StatementFilter(
        speaker=speaker,
        story=story,
        article=article,
        group=group,
        said_from=date_from,
        said_to=date_to,
        language=language,
        kind=kind,
        q=q,
        by_date=order == "said_on",
    )
    store = store_of(request)
    page = queries.statements_page(store, where, limit, offset)
    return schemas.page_of(page, statements_out(store, page.items))


@router.get("/{statement_id:path}", response_model=schemas.StatementOut, responses=errors(404))
def get_statement(request: Request, statement_id: str) -> schemas.StatementOut:
    store = store_of(request)
    found = queries.statement(store, statement_id)
    if found is None:
        raise not_found("statement")
    return statements_out(store, [found])[0]
