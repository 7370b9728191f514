"""POST /api/ingest: run the real pipeline on a URL or on uploaded files (token required).

Uploads are saved under fresh names in a temporary directory (no client path is ever used, so
no traversal), each bounded by the upload limit, and ingested like a directory on the command
line. One ingest runs at a time; the engine and its models are loaded once per app.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from claimtrail.api import schemas
from claimtrail.api.auth import Writer
from claimtrail.api.params import errors, store_of
from claimtrail.engine.local import LocalEngine, RunReport
from claimtrail.store import queries

router = APIRouter(prefix="/api", tags=["ingest"])
_CHUNK_BYTES = 1 << 16
_FORM_SCHEMA: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "properties": {
                        "url": {
                            "type": "string",
                            "pattern": "^[Hh][Tt][Tt][Pp][Ss]?://",
                            "description": "an http(s) URL to fetch",
                        },
                        "files": {
                            "type": "array",
                            "items": {"type": "string", "format": "binary"},
                            "minItems": 1,
                            "description": "article files: text, HTML, RSS/Atom, WARC, JSONL",
                        },
                    },
                    # One of the two, or both; any other field is refused. (Not an anyOf of
                    # two `required`: schemathesis then calls a valid form invalid.)
                    "minProperties": 1,
                    "additionalProperties": False,
                }
            }
        },
    }
}


def upload_name(filename: str | None, n: int) -> str:
    """A safe local name: the client's base name reduced to [A-Za-z0-9._-], numbered."""
    base = re.split(r"[\\/]", filename or "")[-1]
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "_", base).lstrip(".")[-100:] or "upload"
    return f"{n:03d}-{cleaned}"


async def _save(upload: UploadFile, target: Path, max_bytes: int) -> int:
    size = 0
    with target.open("wb") as out:
        while chunk := await upload.read(_CHUNK_BYTES):
            size += len(chunk)
            if size > max_bytes:
                raise HTTPException(413, f"an uploaded file is over {max_bytes} bytes")
            out.write(chunk)
    return size


def _run(request: Request, inputs: list[str]) -> RunReport:
    state = request.app.state
    with state.ingest_lock:
        if state.engine is None:
            state.engine = LocalEngine(store_of(request), state.pipeline_options)
        engine: LocalEngine = state.engine
        return engine.run(inputs)


@router.post(
    "/ingest",
    response_model=schemas.IngestOut,
    responses=errors(400, 401, 403),
    openapi_extra=_FORM_SCHEMA,
)
async def ingest(request: Request, actor: Writer) -> schemas.IngestOut:
    """Ingest and analyse a URL (`url`) and/or uploaded files (`files`), as `claimtrail run`."""
    limits = request.app.state.limits
    form = await request.form(max_files=limits.max_files, max_fields=10)
    url = form.get("url")
    uploads = [f for f in form.getlist("files") if isinstance(f, UploadFile)]
    if url is not None and not isinstance(url, str):
        raise HTTPException(422, "url must be a text field")
    # Each of these was silently ignored before: a text field named `files`, an unknown field.
    if len(uploads) < len(form.getlist("files")):
        raise HTTPException(422, "files must be uploaded files")
    if set(form.keys()) - {"url", "files"}:
        raise HTTPException(422, "only the fields url and files are read")
    # Not stripped, and ASCII only ("httpſ://" folds to "https://" otherwise): exactly the
    # schema's pattern, so what the schema refuses is refused here too, an empty url included.
    if url is not None and not re.match(r"^https?://", url, re.IGNORECASE | re.ASCII):
        raise HTTPException(422, "url must start with http:// or https://")
    url = url or ""
    if not url and not uploads:
        raise HTTPException(422, "give a url or upload files")
    with tempfile.TemporaryDirectory(prefix="claimtrail-upload-") as temp:
        inputs = [url] if url else []
        total = 0
        for n, upload in enumerate(uploads, start=1):
            total += await _save(
                upload,
                Path(temp) / upload_name(upload.filename, n),
                limits.max_upload_bytes - total,
            )
        if uploads:
            inputs.append(temp)
        report = await run_in_threadpool(_run, request, inputs)
    failures = [f"{Path(f.origin).name}: {f.reason}" for f in report.failures]
    detail: dict[str, object] = {
        "url": url or None,
        "files": [upload_name(u.filename, n) for n, u in enumerate(uploads, start=1)],
        "stored": report.stored,
    }
    await run_in_threadpool(
        queries.record_audit, store_of(request), actor, "ingest", url or "upload", detail
    )
    return schemas.IngestOut(
        inputs=len(uploads) + (1 if url else 0),
        documents=report.documents,
        stored=report.stored,
        unchanged=report.unchanged,
        statements=report.statements,
        failures=failures,
    )
