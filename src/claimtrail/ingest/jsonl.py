"""JSONL: one article a line, `text` or `html` plus declared metadata; bad lines fail alone."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import BinaryIO

from claimtrail.errors import InputError
from claimtrail.ingest.html import html_document
from claimtrail.ingest.options import IngestOptions
from claimtrail.ingest.text import check_doc_chars, declared_meta, optional_str
from claimtrail.model import Failure, RawDocument


def _parse(data: bytes) -> object:
    try:
        return json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        raise InputError(f"not UTF-8 at byte {error.start}") from error
    except json.JSONDecodeError as error:
        raise InputError(f"invalid JSON: {error.msg} at column {error.colno}") from error
    except RecursionError as error:
        raise InputError("invalid JSON: nested too deeply") from error


def record_document(
    record: object, *, number: int, stem: str, origin: str, options: IngestOptions
) -> RawDocument:
    """The article in one JSON record, the `number`-th (1-based) of its file."""
    if not isinstance(record, dict):
        raise InputError(f"expected a JSON object, got {type(record).__name__}")
    meta = declared_meta(record, default_id=f"{stem}-{number}")
    where = f"{origin}#{number}"
    text, html = optional_str(record, "text"), optional_str(record, "html")
    if text is not None:
        return RawDocument(
            id=meta.id,
            body=check_doc_chars(text, options),
            origin=where,
            format="jsonl",
            url=meta.url,
            outlet=meta.outlet,
            title=meta.title,
            author=meta.author,
            published=meta.published,
            language=meta.language,
            html=html,
        )
    if html is not None:
        return html_document(
            html, doc_id=meta.id, origin=where, options=options, input_format="jsonl", meta=meta
        )
    raise InputError("no 'text' or 'html' field")


def jsonl_document(
    line: bytes, *, number: int, stem: str, origin: str, options: IngestOptions
) -> RawDocument:
    """The article on one JSONL line (`number` is 1-based)."""
    return record_document(_parse(line), number=number, stem=stem, origin=origin, options=options)


def json_documents(
    data: bytes, *, stem: str, origin: str, options: IngestOptions
) -> Iterator[RawDocument | Failure]:
    """A whole-file JSON document: one article object, or an array of them."""
    try:
        parsed = _parse(data)
    except InputError as error:
        yield Failure(origin, str(error))
        return
    records = parsed if isinstance(parsed, list) else [parsed]
    if not any(isinstance(r, dict) and ("text" in r or "html" in r) for r in records):
        yield Failure(origin, "JSON without article records (objects with 'text' or 'html')")
        return
    for number, record in enumerate(records, start=1):
        try:
            yield record_document(record, number=number, stem=stem, origin=origin, options=options)
        except InputError as error:
            yield Failure(f"{origin}:{number}", str(error))


def jsonl_documents(
    stream: BinaryIO, *, stem: str, origin: str, options: IngestOptions
) -> Iterator[RawDocument | Failure]:
    """Every article in a JSONL stream; each bad line is a Failure `path:line` and reading goes on.

    Lines over max_file_bytes are refused; a broken stream (truncated gzip) ends with a Failure.
    """
    number = 0
    while True:
        try:
            line = stream.readline(options.max_file_bytes + 1)
        except InputError as error:
            yield Failure(origin, f"{error} (after {number} lines)")
            return
        if not line:
            break
        number += 1
        if len(line) > options.max_file_bytes:
            yield Failure(
                f"{origin}:{number}", f"line is over the {options.max_file_bytes:,}-byte limit"
            )
            # Skip the rest of the oversized line without holding it in memory.
            while line and not line.endswith(b"\n"):
                try:
                    line = stream.readline(options.max_file_bytes)
                except InputError as error:
                    yield Failure(origin, f"{error} (after {number} lines)")
                    return
            continue
        if not line.strip():
            continue
        try:
            yield jsonl_document(line, number=number, stem=stem, origin=origin, options=options)
        except InputError as error:
            yield Failure(f"{origin}:{number}", str(error))
    if number == 0:
        yield Failure(origin, "empty file")
