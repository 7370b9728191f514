"""JSONL: one article a line; a bad line fails alone."""

from __future__ import annotations

import gzip
import io
import json
from datetime import UTC, datetime

from claimtrail.ingest.jsonl import jsonl_documents
from claimtrail.ingest.options import IngestOptions
from claimtrail.ingest.sniff import open_decoded
from claimtrail.model import Failure, RawDocument

from .samples import TEXT, article_html


def _read(data: bytes, options: IngestOptions | None = None) -> list[RawDocument | Failure]:
    options = options or IngestOptions()
    stream = open_decoded(io.BytesIO(data), options.max_decompressed_bytes)
    return list(jsonl_documents(stream, stem="batch", origin="batch.jsonl", options=options))


def _lines(*records: object) -> bytes:
    return "".join(json.dumps(record) + "\n" for record in records).encode()


def test_text_lines_keep_their_declared_metadata() -> None:
    record = {
        "id": "a1",
        "text": TEXT,
        "url": "https://gazette.example/a1",
        "outlet": "gazette.example",
        "title": "Pier",
        "published": "2023-05-15",
        "author": "Mara Quint",
        "language": "en",
    }
    (document,) = _read(_lines(record))
    assert document == RawDocument(
        id="a1",
        body=TEXT,
        origin="batch.jsonl#1",
        format="jsonl",
        url="https://gazette.example/a1",
        outlet="gazette.example",
        title="Pier",
        author="Mara Quint",
        published=datetime(2023, 5, 15, tzinfo=UTC),
        language="en",
    )


def test_lines_without_an_id_are_numbered_by_line() -> None:
    documents = _read(_lines({"text": "one"}, {"text": "two"}))
    assert [d.id if isinstance(d, RawDocument) else d for d in documents] == ["batch-1", "batch-2"]


def test_html_lines_go_through_the_html_extractor() -> None:
    (document,) = _read(_lines({"id": "h", "html": article_html(), "outlet": "Declared"}))
    assert isinstance(document, RawDocument)
    assert "north pier would reopen" in document.body
    assert "Sport" not in document.body
    assert document.outlet == "Declared"
    assert document.html is not None


def test_bad_lines_fail_with_their_line_number_and_the_rest_still_come() -> None:
    data = (
        _lines({"id": "ok1", "text": "fine"})
        + b"{not json\n"
        + b"\n"
        + _lines([1, 2], {"id": "no-body"}, {"id": "x", "text": 5})
        + b"\xff\xfe bad bytes\n"
        + _lines({"id": "ok2", "text": "also fine"})
    )
    documents = _read(data)
    assert [d.id for d in documents if isinstance(d, RawDocument)] == ["ok1", "x", "ok2"]
    failures = [d for d in documents if isinstance(d, Failure)]
    assert [f.origin for f in failures] == [
        "batch.jsonl:2",
        "batch.jsonl:4",
        "batch.jsonl:5",
        "batch.jsonl:7",
    ]
    assert failures[0].reason.startswith("invalid JSON")
    assert failures[2].reason == "no 'text' or 'html' field"


def test_truncated_gzip_jsonl_keeps_the_lines_before_the_cut() -> None:
    data = gzip.compress(_lines(*({"text": f"article {n} " * 50} for n in range(200))))
    documents = _read(data[: len(data) // 2])
    assert len([d for d in documents if isinstance(d, RawDocument)]) > 10
    assert isinstance(documents[-1], Failure)
    assert "truncated gzip stream" in documents[-1].reason


def test_overlong_line_is_refused_and_reading_goes_on() -> None:
    data = _lines({"text": "x" * 500}, {"text": "short"})
    documents = _read(data, IngestOptions(max_file_bytes=100))
    assert isinstance(documents[0], Failure)
    assert documents[0].origin == "batch.jsonl:1"
    assert isinstance(documents[1], RawDocument)
    assert documents[1].body == "short"


def test_empty_file_is_a_failure() -> None:
    assert _read(b"") == [Failure("batch.jsonl", "empty file")]
