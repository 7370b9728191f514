"""Property tests: arbitrary bytes give documents or ClaimtrailErrors, never another exception."""

from __future__ import annotations

import contextlib
import gzip
import io
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimtrail.errors import ClaimtrailError, InputError
from claimtrail.ingest.feeds import feed_documents
from claimtrail.ingest.html import html_document
from claimtrail.ingest.jsonl import jsonl_documents
from claimtrail.ingest.options import IngestOptions
from claimtrail.ingest.sniff import open_decoded, read_bounded, sniff
from claimtrail.ingest.text import decode, text_document
from claimtrail.ingest.warc import warc_documents
from claimtrail.model import Failure, RawDocument

OPTIONS = IngestOptions(max_file_bytes=100_000, max_decompressed_bytes=100_000)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

markup = st.lists(
    st.sampled_from(
        ["<html>", "<body>", "<p>", "</p>", "<div>", "</div>", "<script>", "<!--", "-->",
         "<?xml ?>", "<rss>", "<item>", "<title>", "&amp;", "&#0;", "\x00", "\ufeff", "é",
         "Привет", "word ", "http://x.example ", "{", '"text":', "}", "\n", "<meta charset=x>"]
    ),
    max_size=60,
).map("".join)  # fmt: skip
noisy = st.one_of(
    st.binary(max_size=3000),
    markup.map(lambda s: s.encode("utf-8", errors="surrogatepass")),
    markup.map(lambda s: s.encode("utf-16")),
)


@FAST
@given(noisy)
def test_text_reader_gives_a_document_or_an_input_error(data: bytes) -> None:
    try:
        document = text_document(data, doc_id="x", origin="x.txt", options=OPTIONS)
    except InputError:
        return
    assert isinstance(document, RawDocument)
    assert document.body.strip()


@FAST
@given(noisy)
def test_html_reader_gives_a_document_or_an_input_error(data: bytes) -> None:
    try:
        document = html_document(data, doc_id="x", origin="x.html", options=OPTIONS)
    except InputError:
        return
    assert document.body.strip()
    assert document.published is None or document.published.tzinfo is not None


json_values = st.one_of(
    st.text(max_size=30),
    st.integers(),
    st.none(),
    st.booleans(),
    st.lists(st.integers(), max_size=2),
)
json_lines = st.lists(
    st.dictionaries(st.sampled_from(["id", "text", "html", "url", "published"]), json_values),
    max_size=5,
).map(lambda rows: "\n".join(json.dumps(row) for row in rows).encode())


@FAST
@given(st.one_of(noisy, json_lines))
def test_jsonl_reader_yields_only_documents_and_failures(data: bytes) -> None:
    stream = open_decoded(io.BytesIO(data), OPTIONS.max_decompressed_bytes)
    for item in jsonl_documents(stream, stem="b", origin="b.jsonl", options=OPTIONS):
        assert isinstance(item, RawDocument | Failure)


@FAST
@given(noisy)
def test_feed_reader_yields_only_documents_and_failures(data: bytes) -> None:
    items = list(feed_documents(data, stem="f", origin="f.xml", options=OPTIONS))
    assert items
    assert all(isinstance(item, RawDocument | Failure) for item in items)


@FAST
@given(st.one_of(noisy, noisy.map(lambda d: b"WARC/1.0\r\n" + d), noisy.map(gzip.compress)))
def test_warc_reader_yields_only_documents_and_failures(data: bytes) -> None:
    items = list(warc_documents(io.BytesIO(data), stem="w", origin="w.warc", options=OPTIONS))
    assert all(isinstance(item, RawDocument | Failure) for item in items)


@FAST
@given(st.binary(max_size=2000), st.integers(min_value=0, max_value=2000))
def test_gunzip_of_cut_or_corrupt_streams_raises_only_claimtrail_errors(
    data: bytes, cut: int
) -> None:
    for candidate in (gzip.compress(data)[:cut], b"\x1f\x8b" + data):
        with contextlib.suppress(ClaimtrailError):
            read_bounded(open_decoded(io.BytesIO(candidate), 1000), 1000)


@FAST
@given(st.binary(max_size=9000), st.text(max_size=20))
def test_sniff_always_names_a_known_kind(head: bytes, name: str) -> None:
    assert sniff(head, name) in {"text", "html", "feed", "warc", "jsonl", "json", "urls"}


# A leading U+FEFF is a byte-order mark by definition, so it cannot round-trip.
printable = st.text(
    st.characters(blacklist_categories=["Cc", "Cs"]), min_size=1, max_size=300
).filter(lambda text: not text.startswith("\ufeff"))


@FAST
@given(printable)
def test_utf8_and_bom_marked_utf16_text_round_trip(text: str) -> None:
    assert decode(text.encode("utf-8")) == text
    assert decode(text.encode("utf-16")) == text
