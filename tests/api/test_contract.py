"""Contract fuzzing: schemathesis sends every operation of /openapi.json, in-process, to an app
over a temporary SQLite store holding the demo records.

Each answer must keep the schema's promises: no 5xx, a documented status code, content type,
headers and body, invalid input refused, and no write (nor the audit log) without the token.
Examples are bounded so the file runs in CI; `CLAIMTRAIL_CONTRACT_EXAMPLES` raises the bound
for the `slow` run.
"""

from __future__ import annotations

import os
from typing import Any

import httpx
import pytest
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, assume, settings
from schemathesis import APIOperation, GenerationMode, Response
from schemathesis.core.result import Ok

from claimtrail.api.app import create_app
from claimtrail.ingest import url as url_module
from claimtrail.store import Store, open_store, queries

from .conftest import AUTH, TOKEN, TestClient

CONTRACT = {
    # schemathesis sends the token where the schema asks for it, and drops it on purpose in
    # some cases to check that the operation then refuses (its `ignored_auth` check).
    "auth": {"openapi": {"token": {"bearer": TOKEN}}},
    # The first ingest loads the pipeline's models: over schemathesis' 10 s on a busy machine.
    "request-timeout": 120,
    # Unknown query parameters are ignored, as HTTP APIs usually do, not refused.
    "generation": {"allow-extra-parameters": False},
    "checks": {
        # Valid JSON can still break a rule the schema cannot state: merging an entity into
        # itself is a 400.
        "positive_data_acceptance": {
            "expected-statuses": ["2xx", "400", "401", "403", "404", "409"]
        }
    },
}


Case = schemathesis.Case[APIOperation[Any, Any, Any, Any]]


def _schema(config: dict[str, Any]) -> schemathesis.BaseSchema:
    """The schema, read from an app over an empty store (the records do not change it)."""
    with open_store("sqlite:///:memory:") as empty:
        return schemathesis.openapi.from_asgi(
            "/openapi.json", create_app(empty, TOKEN), config=schemathesis.Config.from_dict(config)
        )


def _is_guarded(ctx: Any) -> bool:
    return bool(ctx.operation.definition.raw.get("security"))


# Each test calls its own app over a fresh store (`case.call(app=...)`).
SCHEMA = _schema(CONTRACT)
# Without the auth section: these tests choose the Authorization header themselves.
GUARDED = _schema({k: v for k, v in CONTRACT.items() if k != "auth"}).include(_is_guarded)
BOUNDED_EXAMPLES = 25  # about 40 s for the whole file on the shared 2-core machine
LONG_EXAMPLES = int(os.environ.get("CLAIMTRAIL_CONTRACT_EXAMPLES", "300"))
# The store is per test, shared by one operation's examples (writes pile up, as in real use).
SHARED_STORE = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
CANNED_PAGE = (
    b"<html><head><title>Ferry strike ends</title></head><body><article><p>Harbour, 2 May -"
    b" The union leader, Maret Ilves, said on Friday that the ferries would sail again."
    b' "We have a deal," she said.</p></article></body></html>'
)


@pytest.fixture
def offline(monkeypatch: pytest.MonkeyPatch) -> None:
    """URLs the fuzzer sends to /api/ingest resolve to a public address and get a canned page.

    The real `fetch` still runs (URL parsing, address checks, redirects, size limits), only the
    resolver and the transport are replaced, so the test never leaves the machine.
    """
    real_fetch = url_module.fetch

    def canned(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=CANNED_PAGE, headers={"content-type": "text/html"})

    def fetch(address: str, options: Any, **kwargs: Any) -> url_module.Page:
        kwargs["transport"] = httpx.MockTransport(canned)
        kwargs["resolver"] = lambda host, port: ["93.184.215.14"]
        return real_fetch(address, options, **kwargs)

    monkeypatch.setattr(url_module, "fetch", fetch)


@pytest.fixture
def contract_app(app: FastAPI, offline: None) -> FastAPI:
    return app


def _keeps_the_contract(case: Case, app: FastAPI) -> None:
    response = case.call_and_validate(app=app)
    assert response.status_code < 500


@SCHEMA.parametrize()
@settings(max_examples=BOUNDED_EXAMPLES, deadline=None, suppress_health_check=SHARED_STORE)
def test_every_operation_keeps_its_contract_with_the_token(
    case: Case, contract_app: FastAPI
) -> None:
    _keeps_the_contract(case, contract_app)


@pytest.mark.slow
@SCHEMA.parametrize()
@settings(max_examples=LONG_EXAMPLES, deadline=None, suppress_health_check=SHARED_STORE)
def test_every_operation_keeps_its_contract_over_many_examples(
    case: Case, contract_app: FastAPI
) -> None:
    _keeps_the_contract(case, contract_app)


def _refusal(case: Case, app: FastAPI, store: Store, token: str | None) -> Response:
    """The answer to `case` sent with `token` (or none), after checking that nothing was written."""
    # The coverage phase also sends other methods; those answer 405 with or without a token.
    assume(case.method.upper() == case.operation.method.upper())
    if case.headers is not None:
        case.headers.pop("Authorization", None)
    headers = {} if token is None else {"Authorization": f"Bearer {token}"}
    response = case.call(headers=headers, app=app)
    case.validate_response(response, headers=headers)
    # Every accepted write is audited, so an empty audit log means nothing was written.
    assert queries.audit_page(store, 1, 0).total == 0
    return response


def _is_unrouted(response: Response) -> bool:
    """A 404 from the router itself: no handler ran, so there was no write to guard.

    Starlette's `{id:path}` matches `.*`, which stops at a newline: an id holding one reaches
    no route at all.
    """
    return response.status_code == 404 and response.json() == {"error": "Not Found"}


def _is_valid(case: Case) -> bool:
    return case.meta is not None and case.meta.generation.mode == GenerationMode.POSITIVE


@GUARDED.parametrize()
@settings(max_examples=BOUNDED_EXAMPLES, deadline=None, suppress_health_check=SHARED_STORE)
def test_every_guarded_operation_refuses_a_request_without_a_token(
    case: Case, contract_app: FastAPI, store: Store
) -> None:
    response = _refusal(case, contract_app, store, None)
    # FastAPI reads a JSON or form body before the token check, so a body it cannot parse is
    # refused as such (400 or 422); everything else must meet the token check first.
    expected = {401} if _is_valid(case) else {400, 401, 422}
    assert response.status_code in expected or _is_unrouted(response)


@GUARDED.parametrize()
@settings(max_examples=BOUNDED_EXAMPLES, deadline=None, suppress_health_check=SHARED_STORE)
def test_every_guarded_operation_refuses_a_wrong_token(
    case: Case, contract_app: FastAPI, store: Store
) -> None:
    response = _refusal(case, contract_app, store, TOKEN[::-1])
    # Cases that test a missing header have it removed by schemathesis after ours is added.
    is_sent = "authorization" in {name.lower() for name in response.request.headers}
    expected = {403} if is_sent else {401}
    if not _is_unrouted(response):
        assert response.status_code in (expected if _is_valid(case) else expected | {400, 422})


def test_the_schema_has_every_api_route_and_guards_exactly_the_writes() -> None:
    found = list(SCHEMA.get_all_operations())
    assert all(isinstance(result, Ok) for result in found)  # every operation's schema parses
    operations = {
        (op.method.upper(), op.path): op
        for op in (result.ok() for result in found if isinstance(result, Ok))
    }
    guarded = {key for key, op in operations.items() if op.definition.raw.get("security")}
    writes = {key for key in operations if key[0] != "GET"}
    assert len(operations) == 17
    assert guarded == writes | {("GET", "/api/audit")}


# Regressions for what the fuzzing found, each as the smallest request that showed it.


@pytest.mark.parametrize("value", ["0", "1700000000", "2025-3-1", "20250301"])
def test_a_date_filter_that_is_not_an_iso_date_is_refused(client: TestClient, value: str) -> None:
    answer = client.get("/api/statements", params={"date_to": value})
    assert answer.status_code == 422
    assert answer.json()["problems"][0]["where"] == ["query", "date_to"]


def test_an_iso_date_filter_is_still_read(client: TestClient) -> None:
    answer = client.get("/api/statements", params={"date_from": "2025-03-12"})
    assert answer.status_code == 200
    assert {s["said_on"] for s in answer.json()["items"]} == {
        "2025-03-12",
        "2025-03-13",
        "2025-04-01",
    }


@pytest.mark.parametrize(
    "path",
    ["/api/entities/merge", "/api/entities/marand/split", "/api/discrepancies/d1/review"],
)
def test_another_method_on_a_write_route_names_the_write_method(
    client: TestClient, path: str
) -> None:
    answer = client.request("OPTIONS", path)
    assert answer.status_code == 405
    assert answer.headers["allow"] == "POST"


@pytest.mark.parametrize(
    ("data", "files"),
    [
        ({"files": "{}"}, None),  # a text field, not an upload
        ({"url": ""}, [("files", ("a.txt", b"The mayor said it.", "text/plain"))]),
        ({"url": " https://example.org/a"}, None),
        ({"url": "httpſ://example.org/a"}, None),  # folds to "https" unless matched as ASCII
        ({"note": "x"}, [("files", ("a.txt", b"The mayor said it.", "text/plain"))]),
    ],
)
def test_ingest_refuses_a_form_its_schema_refuses(
    client: TestClient, store: Store, data: dict[str, str], files: Any
) -> None:
    answer = client.post("/api/ingest", headers=AUTH, data=data, files=files)
    assert answer.status_code == 422
    assert set(answer.json()) == {"error"}
    assert queries.audit_page(store, 1, 0).total == 0


def test_every_error_status_is_documented_with_the_error_schema(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    error_ref = "#/components/schemas/ErrorOut"
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            for status, response in operation["responses"].items():
                if status.startswith("4"):
                    content = response["content"]["application/json"]["schema"]
                    assert content == {"$ref": error_ref}, (method, path, status)
