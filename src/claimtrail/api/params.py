"""What every API route shares: the store behind the app and the pagination parameters."""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any

from fastapi import HTTPException, Query, Request
from pydantic import BeforeValidator

from claimtrail.api.schemas import ErrorOut
from claimtrail.store import queries
from claimtrail.store.base import Store

Limit = Annotated[int, Query(ge=1, le=queries.MAX_LIMIT, description="rows per page")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="rows to skip")]
Text = Annotated[str | None, Query(max_length=200)]
DEFAULT_LIMIT = 50


def _iso_date(value: object) -> object:
    # pydantic also reads a number as a Unix time (`date_to=0` was 1970-01-01): the schema
    # promises an ISO date, so only YYYY-MM-DD is one.
    if isinstance(value, str) and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise ValueError("a date is written YYYY-MM-DD")
    return value


IsoDate = Annotated[date, BeforeValidator(_iso_date)]
_ERROR_MEANINGS = {
    400: "a body that cannot be parsed, or that contradicts itself",
    401: "no bearer token (writes only)",
    403: "a wrong bearer token",
    404: "no such record",
    409: "the record already exists",
    413: "the request body is too large",
    422: "an invalid parameter or body",
}


def errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses` for the error statuses a route can answer, each with an ErrorOut."""
    # 413 (the body limit in the app's guard) and 422 can answer any route.
    chosen = sorted({*statuses, 413, 422})
    return {s: {"model": ErrorOut, "description": _ERROR_MEANINGS[s]} for s in chosen}


def store_of(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def not_found(what: str) -> HTTPException:
    return HTTPException(404, f"no such {what}")
