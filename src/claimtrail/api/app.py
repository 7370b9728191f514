"""The ASGI app: the REST API under /api/, the web pages, their static files and /docs.

`create_app` takes an open store and the write token. One guard wraps everything: security
headers on every response (a strict Content-Security-Policy: no inline script, no framing),
a request body limit, and a generic 500 for any unexpected error (logged here, never shown).
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from claimtrail.api import articles, discrepancies, docs, entities, ingest, statements, stories
from claimtrail.api.auth import TokenCheck
from claimtrail.pipeline import PipelineOptions
from claimtrail.store.base import Store
from claimtrail.web import pages, render

log = logging.getLogger(__name__)

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
    " form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
)


@dataclass(frozen=True, slots=True)
class Limits:
    """Request limits; the upload limit matches ingest's largest input file (20 MB)."""

    max_upload_bytes: int = 20_000_000
    max_body_bytes: int = 21_000_000  # the uploads plus multipart framing and form fields
    max_files: int = 50


class BodyTooLargeError(StarletteHTTPException):
    def __init__(self, max_bytes: int) -> None:
        super().__init__(413, f"the request body is over {max_bytes} bytes")


class Guard:
    """Security headers, the body limit and a generic 500, around the whole app."""

    def __init__(self, app: ASGIApp, max_body_bytes: int) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        is_started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal is_started
            if message["type"] == "http.response.start":
                is_started = True
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_body_bytes):
            await _plain_error(send_with_headers, 413, "the request body is too large")
            return
        received = 0

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.max_body_bytes:  # a chunked body with no Content-Length
                raise BodyTooLargeError(self.max_body_bytes)
            return message

        try:
            await self.app(scope, counted, send_with_headers)
        except Exception:
            log.exception("unexpected error serving %s %s", scope.get("method"), scope.get("path"))
            if not is_started:
                await _plain_error(send_with_headers, 500, "internal error")


async def _plain_error(send: Send, status: int, message: str) -> None:
    response = JSONResponse({"error": message}, status_code=status)
    await send({"type": "http.response.start", "status": status, "headers": response.raw_headers})
    await send({"type": "http.response.body", "body": response.body})


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    if _is_api(request):
        return JSONResponse(
            {"error": str(exc.detail)}, status_code=exc.status_code, headers=exc.headers
        )
    return render.error_page(request, exc.status_code, str(exc.detail))


async def _invalid(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    # The offending input is not echoed back: only where it was and what was wrong.
    problems: list[dict[str, Any]] = [
        {"where": [str(part) for part in error.get("loc", ())], "problem": error.get("msg", "")}
        for error in exc.errors()
    ]
    if _is_api(request):
        return JSONResponse({"error": "invalid request", "problems": problems}, status_code=422)
    return render.error_page(request, 422, "The address has an invalid parameter.")


def _static_dir() -> Path:
    return Path(str(resources.files("claimtrail.web") / "static"))


def create_app(
    store: Store,
    token: str,
    *,
    writer_label: str = "token",
    limits: Limits | None = None,
    pipeline: PipelineOptions | None = None,
) -> FastAPI:
    """The app over `store`; writes need `Authorization: Bearer <token>`."""
    chosen = limits or Limits()
    app = FastAPI(
        title="claimtrail",
        summary="Who said what, when, across news outlets: stories, statements, discrepancies.",
        version="1",
        docs_url=None,  # our own /docs page: the stock one loads its script from a CDN
        redoc_url=None,
    )
    app.state.store = store
    app.state.token_check = TokenCheck.of(token, writer_label)
    app.state.limits = chosen
    app.state.pipeline_options = pipeline or PipelineOptions()
    app.state.ingest_lock = threading.Lock()
    app.state.engine = None
    for module in (articles, statements, entities, stories, discrepancies, ingest, docs, pages):
        app.include_router(module.router)
    app.mount("/static", StaticFiles(directory=_static_dir()), name="static")
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _invalid)
    app.add_middleware(Guard, max_body_bytes=chosen.max_body_bytes)
    return app
