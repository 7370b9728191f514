"""What every API route shares: the store behind the app and the pagination parameters."""

from __future__ import annotations

from typing import Annotated

from fastapi import HTTPException, Query, Request

from claimtrail.store import queries
from claimtrail.store.base import Store

Limit = Annotated[int, Query(ge=1, le=queries.MAX_LIMIT, description="rows per page")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="rows to skip")]
Text = Annotated[str | None, Query(max_length=200)]
DEFAULT_LIMIT = 50


def store_of(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def not_found(what: str) -> HTTPException:
    return HTTPException(404, f"no such {what}")
