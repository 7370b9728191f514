"""Resource limits: a bomb, an oversized or over-long input is a reported, skipped input, refused
within its bound in time and memory, never a hang or an out-of-memory."""

from __future__ import annotations

import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest

from claimtrail.ingest import documents
from claimtrail.ingest.options import IngestOptions
from claimtrail.model import Failure, RawDocument

from .bombs import MB, gzip_of_zeros, html_of_spaces, http_encoding_bomb, jsonl_bomb, warc_bomb

SMALL = IngestOptions(max_file_bytes=1 * MB, max_decompressed_bytes=5 * MB, max_doc_chars=MB)
BOMB_BYTES = 50 * MB
# warcio inflates a `Content-Encoding: gzip` body one 16 KB compressed block at a time, with no
# bound on the output: a block of zeros gives about 16 MB, and ~48 MB peak was measured whatever
# the bomb's size (50 MB or 400 MB) before `max_file_bytes` stops the read.
PEAK_BYTES = {"encoded.warc": 64 * MB}


def _read(path: Path, options: IngestOptions) -> tuple[list[RawDocument | Failure], float, int]:
    """Every item read from `path`, the seconds it took and the peak of Python allocations."""
    tracemalloc.start()
    started = time.monotonic()
    try:
        items = list(documents([str(path)], options))
        return items, time.monotonic() - started, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _failures(items: list[RawDocument | Failure]) -> list[str]:
    return [item.reason for item in items if isinstance(item, Failure)]


BOMBS = {
    "bomb.txt.gz": lambda: gzip_of_zeros(BOMB_BYTES, prefix=b"The mayor said "),
    "bomb.html.gz": lambda: gzip_of_zeros(BOMB_BYTES, prefix=b"<!DOCTYPE html><html><body><p>"),
    "bomb.warc.gz": lambda: warc_bomb(BOMB_BYTES),
    "encoded.warc": lambda: http_encoding_bomb(BOMB_BYTES),
    "bomb.jsonl.gz": lambda: jsonl_bomb(BOMB_BYTES),
}


@pytest.mark.parametrize("name", sorted(BOMBS))
def test_fifty_megabyte_bomb_is_refused_within_the_limits(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(BOMBS[name]())
    assert path.stat().st_size < 100_000  # the bomb is small on disk
    items, seconds, peak = _read(path, SMALL)
    reasons = _failures(items)
    assert reasons, f"nothing refused: {items}"
    assert any("limit" in reason for reason in reasons), reasons
    assert not any(reason.startswith("unexpected") for reason in reasons), reasons
    assert seconds < 10
    # Holding the inflated 50 MB would show; the limits allow a few MB of buffers.
    assert peak < PEAK_BYTES.get(name, 4 * SMALL.max_decompressed_bytes), f"peak {peak:,} bytes"


def test_http_encoding_bomb_costs_the_same_memory_whatever_its_size(tmp_path: Path) -> None:
    peaks = []
    for size in (BOMB_BYTES, 8 * BOMB_BYTES):
        path = tmp_path / f"encoded-{size}.warc"
        path.write_bytes(http_encoding_bomb(size))
        items, _, peak = _read(path, SMALL)
        assert any("limit" in reason for reason in _failures(items))
        peaks.append(peak)
    assert peaks[1] < 1.2 * peaks[0], peaks


def test_a_good_line_after_a_bomb_line_in_jsonl_is_still_read(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl.gz"
    path.write_bytes(jsonl_bomb(2 * SMALL.max_file_bytes))
    items, _, _ = _read(path, SMALL)
    assert [item.id for item in items if isinstance(item, RawDocument)] == ["ok"]
    assert any("over the" in reason for reason in _failures(items))


def test_bomb_past_the_default_decompression_limit_is_refused_with_default_options(
    tmp_path: Path,
) -> None:
    defaults = IngestOptions()
    size = defaults.max_decompressed_bytes + 50 * MB
    path = tmp_path / "huge.txt.gz"
    path.write_bytes(gzip_of_zeros(size, prefix=b"The mayor said "))
    items, seconds, peak = _read(path, defaults)
    assert _failures(items), items
    assert seconds < 30
    # The refused read holds max_file_bytes once, plus the buffered reader's copy: 62 MB measured.
    assert peak < 4 * defaults.max_file_bytes, f"peak {peak:,} bytes"


def test_file_over_max_file_bytes_is_refused_without_being_held_in_memory(tmp_path: Path) -> None:
    path = tmp_path / "big.html"
    path.write_bytes(html_of_spaces(20 * SMALL.max_file_bytes))
    items, _, peak = _read(path, SMALL)
    [reason] = _failures(items)
    assert f"{SMALL.max_file_bytes:,}-byte limit" in reason
    assert peak < 4 * MB  # only its fingerprint is taken, in 1 MiB chunks


def test_document_over_max_doc_chars_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("The mayor said no. " * (SMALL.max_doc_chars // 19 + 1), encoding="utf-8")
    options = IngestOptions(max_doc_chars=SMALL.max_doc_chars)
    items, _, _ = _read(path, options)
    [reason] = _failures(items)
    assert f"{SMALL.max_doc_chars:,}-character limit" in reason


def test_feed_over_max_feed_entries_yields_the_first_entries_and_reports_the_rest(
    tmp_path: Path,
) -> None:
    entries = "".join(
        f"<item><title>T{n}</title><description>The mayor said {n}.</description></item>"
        for n in range(30)
    )
    path = tmp_path / "feed.xml"
    path.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel>{entries}</channel></rss>')
    items, _, _ = _read(path, IngestOptions(max_feed_entries=10))
    assert len([item for item in items if isinstance(item, RawDocument)]) == 10
    assert any("10-entry limit" in reason for reason in _failures(items))


def _nested(depth: int) -> Iterator[tuple[str, bytes]]:
    yield (
        "deep.html",
        b"<html><body>" + b"<div>" * depth + b"The mayor said so." + b"</div>" * depth,
    )
    yield "deep.json", b'{"text": ' + b"[" * depth + b"]" * depth + b"}"
    yield "deep.xml", b'<?xml version="1.0"?><rss><channel><item>' + b"<a>" * depth + b"</rss>"


@pytest.mark.parametrize(("name", "data"), list(_nested(100_000)), ids=lambda v: str(v)[:12])
def test_deeply_nested_input_is_read_or_refused_quickly(
    tmp_path: Path, name: str, data: bytes
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    started = time.monotonic()  # not _read: tracing allocations slows parsers tenfold
    items = list(documents([str(path)], IngestOptions()))
    seconds = time.monotonic() - started
    assert items
    assert not any(reason.startswith("unexpected") for reason in _failures(items))
    assert seconds < 20
