"""The bad-input table: every refused or broken input is one clear Failure, never a crash."""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from claimtrail.ingest import IngestOptions, documents
from claimtrail.ingest.url import url_documents
from claimtrail.model import Failure, RawDocument

from .samples import EMPTY_HTML, TEXT, article_html, rss, warc_bytes

RUSSIAN = "Министр заявил, что переговоры продолжатся в Женеве на следующей неделе."
FRENCH = "Le ministre a déclaré que les négociations reprendraient à Genève."
GERMAN_UTF8 = "Der Bürgermeister sagte, die Brücke werde im Mai geöffnet."
Maker = Callable[[Path], Path]


def _file(name: str, data: bytes) -> Maker:
    def make(directory: Path) -> Path:
        path = directory / name
        path.write_bytes(data)
        return path

    return make


def _sparse(name: str, size: int) -> Maker:
    def make(directory: Path) -> Path:
        path = directory / name
        with path.open("wb") as stream:
            stream.write(TEXT.encode())
            stream.truncate(size)  # a hole: 50 MB on paper, no time or disk spent
        return path

    return make


def _truncated(data: bytes, keep: float = 0.6) -> bytes:
    return data[: int(len(data) * keep)]


LONG_TEXT = ("The minister said the talks would go on. " * 2000).encode()
PAGES = [
    (f"https://g.example/{n}", article_html(f"Story {n}").encode(), "text/html", "200 OK")
    for n in range(1, 5)
]

BAD_FILES: list[tuple[str, Maker, str]] = [
    ("empty file", _file("empty.txt", b""), "empty file"),
    ("binary named .txt", _file("noise.txt", bytes(range(256)) * 40), "binary data, not text"),
    (
        "truncated gzip",
        _file("a.txt.gz", _truncated(gzip.compress(LONG_TEXT))),
        "truncated gzip stream",
    ),
    (
        "truncated WARC.gz",
        _file("crawl.warc.gz", _truncated(warc_bytes(PAGES, is_gzip=True), 0.8)),
        "truncated gzip stream after",
    ),
    (
        "truncated WARC",
        _file("crawl.warc", _truncated(warc_bytes(PAGES, is_gzip=False), 0.8)),
        "truncated WARC file after",
    ),
    ("HTML with no text", _file("empty.html", EMPTY_HTML.encode()), "no article text found"),
    ("feed with no entries", _file("feed.xml", rss([]).encode()), "feed has no entries"),
    (
        "50 MB file",
        _sparse("huge.txt", 50 * 1024 * 1024),
        "file is 52,428,800 bytes, over the 20,000,000-byte limit",
    ),
    (
        "gzip bomb",
        _file("bomb.txt.gz", gzip.compress(b"a" * 30_000_000)),
        "decompressed content is over the 20,000,000-byte limit",
    ),
    ("bad JSONL line", _file("b.jsonl", b'{"text": "ok"}\n{oops\n'), "invalid JSON"),
]


@pytest.mark.parametrize(
    ("make", "reason"), [case[1:] for case in BAD_FILES], ids=[case[0] for case in BAD_FILES]
)
def test_bad_file_becomes_a_failure_with_a_clear_reason(
    tmp_path: Path, make: Maker, reason: str
) -> None:
    path = make(tmp_path)
    failures = [item for item in documents([str(path)]) if isinstance(item, Failure)]
    assert len(failures) == 1
    assert reason in failures[0].reason
    assert failures[0].origin.startswith(str(path))
    assert "\n" not in failures[0].reason


ENCODED: list[tuple[str, bytes, str]] = [
    ("latin-1", FRENCH.encode("latin-1"), FRENCH),
    ("cp1251", RUSSIAN.encode("cp1251"), RUSSIAN),
    ("utf-16 with BOM", RUSSIAN.encode("utf-16"), RUSSIAN),
    ("utf-8 with BOM", "\ufeff".encode() + FRENCH.encode(), FRENCH),
    (
        "utf-8 with stray cp1252 bytes",
        GERMAN_UTF8.encode() + b" \x93Stra\xdfe\x94",
        GERMAN_UTF8 + " “Straße”",
    ),
]


@pytest.mark.parametrize(
    ("data", "text"), [case[1:] for case in ENCODED], ids=[case[0] for case in ENCODED]
)
def test_text_in_legacy_or_mixed_encodings_is_decoded(
    tmp_path: Path, data: bytes, text: str
) -> None:
    (tmp_path / "doc.txt").write_bytes(data)
    (document,) = documents([str(tmp_path / "doc.txt")])
    assert isinstance(document, RawDocument)
    assert document.body == text


def test_url_that_times_out_is_a_failure(local_server: str) -> None:
    options = IngestOptions(allow_private=True, timeout_s=0.3)
    (failure,) = documents([f"{local_server}/slow"], options)
    assert failure == Failure(f"{local_server}/slow", f"timed out after 0.3 s: {local_server}/slow")


def test_url_that_redirects_to_loopback_is_refused() -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"Location": "http://127.0.0.1:8080/admin"})

    (failure,) = url_documents(
        "https://news.example/a",
        IngestOptions(),
        transport=httpx.MockTransport(handle),
        resolver=lambda host, port: ["93.184.216.34"],
    )
    assert failure == Failure(
        "https://news.example/a", "refused: 127.0.0.1 is a loopback address (use --allow-private)"
    )


def test_every_good_input_comes_out_of_a_batch_with_broken_ones(
    tmp_path: Path,
    local_server: str,
) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for _, make, _ in BAD_FILES:
        make(inputs)
    (inputs / "good.txt").write_text(TEXT, encoding="utf-8")
    (inputs / "good.html").write_text(article_html(), encoding="utf-8")
    (inputs / "good.xml").write_text(rss([("T", "https://g.example/t", "Feed body.")]))
    (inputs / "good.jsonl").write_text(json.dumps({"id": "j1", "text": "JSONL body."}) + "\n")
    (inputs / "good.warc.gz").write_bytes(warc_bytes(PAGES[:2], is_gzip=True))
    (inputs / "latin.txt").write_bytes(FRENCH.encode("latin-1"))
    missing = str(tmp_path / "missing.txt")
    batch = [missing, str(inputs), f"{local_server}/page", f"{local_server}/slow"]
    options = IngestOptions(allow_private=True, timeout_s=0.3)

    items = list(documents(batch, options))
    ids = sorted(item.id for item in items if isinstance(item, RawDocument))
    failed = {item.origin for item in items if isinstance(item, Failure)}

    assert {"good", "good-1", "j1", "latin", "b-1"} <= set(ids)
    assert {"crawl-1", "crawl-2", "crawl-3"} <= set(ids)  # before the truncations
    assert sum(item.id.startswith("good-") for item in items if isinstance(item, RawDocument)) == 3
    assert any(item.format == "url" for item in items if isinstance(item, RawDocument))
    assert missing in failed
    assert f"{local_server}/slow" in failed
    assert {str(inputs / name) for name in ("empty.txt", "noise.txt", "huge.txt")} <= failed
    assert items == list(documents(batch, options))  # a stable order
