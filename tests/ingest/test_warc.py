"""WARC and WARC.gz: HTML responses become documents; truncation keeps what came before."""

from __future__ import annotations

import io

from claimtrail.ingest.options import IngestOptions
from claimtrail.ingest.warc import warc_documents
from claimtrail.model import Failure, RawDocument

from .samples import article_html, warc_bytes

HTML = "text/html; charset=utf-8"


def _pages(count: int) -> list[tuple[str, bytes, str, str]]:
    return [
        (f"https://gazette.example/{n}", article_html(f"Story number {n}").encode(), HTML, "200 OK")
        for n in range(1, count + 1)
    ]


def _read(data: bytes, options: IngestOptions | None = None) -> list[RawDocument | Failure]:
    return list(
        warc_documents(
            io.BytesIO(data), stem="crawl", origin="crawl.warc", options=options or IngestOptions()
        )
    )


def test_html_responses_become_documents_with_the_target_uri() -> None:
    for is_gzip in (False, True):
        documents = _read(warc_bytes(_pages(3), is_gzip=is_gzip))
        assert [d.id if isinstance(d, RawDocument) else d for d in documents] == [
            "crawl-1",
            "crawl-2",
            "crawl-3",
        ]
        first = documents[0]
        assert isinstance(first, RawDocument)
        assert first.url == "https://gazette.example/1"
        assert first.title == "Story number 1"
        assert first.format == "warc"
        assert first.published is None  # the crawl date is not a publication date


def test_non_html_and_non_200_records_are_skipped() -> None:
    pages = [
        ("https://g.example/img", b"\x89PNG", "image/png", "200 OK"),
        ("https://g.example/gone", article_html().encode(), HTML, "404 Not Found"),
        ("https://g.example/ok", article_html().encode(), HTML, "200 OK"),
    ]
    documents = _read(warc_bytes(pages, is_gzip=True))
    assert [(d.id, d.url) if isinstance(d, RawDocument) else d for d in documents] == [
        ("crawl-1", "https://g.example/ok")
    ]


def test_truncated_warc_gz_yields_earlier_records_then_a_failure() -> None:
    data = warc_bytes(_pages(4), is_gzip=True)
    documents = _read(data[: int(len(data) * 0.8)])
    assert [d.id for d in documents if isinstance(d, RawDocument)] == [
        "crawl-1",
        "crawl-2",
        "crawl-3",
    ]
    assert isinstance(documents[-1], Failure)
    assert documents[-1].reason.startswith("truncated gzip stream after")


def test_truncated_plain_warc_yields_earlier_records_then_a_failure() -> None:
    data = warc_bytes(_pages(4), is_gzip=False)
    documents = _read(data[: int(len(data) * 0.8)])
    assert [d.id for d in documents if isinstance(d, RawDocument)] == [
        "crawl-1",
        "crawl-2",
        "crawl-3",
    ]
    assert documents[-1] == Failure("crawl.warc", "truncated WARC file after 4 records")


def test_decompression_limit_stops_a_warc_bomb() -> None:
    documents = _read(
        warc_bytes(_pages(4), is_gzip=True), IngestOptions(max_decompressed_bytes=3000)
    )
    assert isinstance(documents[-1], Failure)
    assert "decompresses to over 3,000 bytes" in documents[-1].reason


def test_page_with_no_text_fails_alone() -> None:
    pages = [*_pages(1), ("https://g.example/e", b"<html><body></body></html>", HTML, "200 OK")]
    documents = _read(warc_bytes(pages, is_gzip=True))
    assert isinstance(documents[0], RawDocument)
    assert documents[1] == Failure("crawl.warc#2", "no article text found")


def test_garbage_is_not_a_valid_warc() -> None:
    (failure,) = _read(b"WARC/1.0\r\nthis is not a header block\r\n\r\n")
    assert isinstance(failure, Failure)


def test_record_over_the_size_limit_fails_alone() -> None:
    pages = [*_pages(1), ("https://g.example/big", b"<p>" + b"x" * 5000 + b"</p>", HTML, "200 OK")]
    documents = _read(warc_bytes(pages, is_gzip=False), IngestOptions(max_file_bytes=4000))
    assert isinstance(documents[0], RawDocument)
    assert documents[1] == Failure("crawl.warc#2", "record is over the 4,000-byte limit")
    assert len(documents) == 2
