from __future__ import annotations

import schemathesis
from fastapi import FastAPI
from hypothesis import settings

from claimtrail.api.app import create_app
from claimtrail.store import open_store

from .conftest import AUTH, TOKEN

with open_store("sqlite:///:memory:") as _store:
    SCHEMA = schemathesis.openapi.from_asgi("/openapi.json", create_app(_store, TOKEN))

@SCHEMA.parametrize()
@settings(max_examples=25, deadline=None)
def test_explore(case: schemathesis.Case, app: FastAPI) -> None:
    case.call_and_validate(headers=AUTH, app=app)
