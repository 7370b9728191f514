"""One fuzz target per input format and stage boundary: bytes in, an assertion or silence out.

A target passes when the code under test returns records that keep their invariants or raises
a ClaimtrailError; any other exception, or a broken invariant, is a crash. The same functions
run under hypothesis (tests/fuzz), under atheris (fuzz/run.py) and on the saved crash corpus.
"""

from __future__ import annotations

import io
import tempfile
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path

from claimtrail import clean
from claimtrail.errors import ClaimtrailError
from claimtrail.extract.rules import rule_attributions
from claimtrail.ingest import partitions
from claimtrail.ingest.feeds import feed_documents
from claimtrail.ingest.html import html_document
from claimtrail.ingest.jsonl import json_documents, jsonl_documents
from claimtrail.ingest.options import IngestOptions
from claimtrail.ingest.text import text_document
from claimtrail.ingest.walk import is_url
from claimtrail.ingest.warc import warc_documents
from claimtrail.model import Article, Attribution, Failure, RawDocument, Span

# Small limits keep one execution fast; the limits themselves are tested in tests/hardening.
OPTIONS = IngestOptions(
    max_file_bytes=200_000, max_doc_chars=100_000, max_decompressed_bytes=400_000
)
NOW = datetime(2026, 1, 1, tzinfo=UTC)
# The rule-based extractor's languages (extract/lexicons), picked by the input's first byte.
RULE_LANGUAGES = (
    "ar", "bn", "cs", "de", "es", "fr", "gu", "it", "lv", "mk", "pl", "pt", "ro", "ru", "tr",
    "uk", "zh", "en", "xx",
)  # fmt: skip
# File names for `documents`: the sniffer reads content first, the extension second.
FILE_NAMES = (
    "a.txt", "a.html", "a.xml", "a.warc", "a.jsonl", "a.json", "a.txt.gz", "a.warc.gz", "a",
    "a.rss",
)  # fmt: skip
# The engine's safety net (ingest/walk.py `_guarded`) words an exception it did not expect so.
UNEXPECTED = "unexpected "

Target = Callable[[bytes], None]


def check_span(span: Span, text: str) -> None:
    assert 0 <= span.start <= span.end <= len(text), (span, len(text))


def check_attribution(attribution: Attribution, text: str, article_id: str) -> None:
    """Every span indexes `text`; the record is one the store and the exports accept."""
    assert attribution.article_id == article_id
    assert attribution.kind in ("direct", "indirect", "mixed")
    assert 0.0 <= attribution.confidence <= 1.0
    for spans in (attribution.source, attribution.cue, attribution.content, attribution.via):
        for span in spans:
            check_span(span, text)


def check_article(article: Article) -> None:
    assert article.text, "an Article with no text"
    assert article.text == article.text.strip()
    assert article.published is None or article.published.tzinfo is not None
    assert article.published is None or article.published <= NOW
    assert article.language is None or (len(article.language) == 2 and article.language.isalpha())


def check_cleaned(raw: RawDocument) -> Article | None:
    """The Article cleaned from `raw`, or None when cleaning refused it with a ClaimtrailError."""
    try:
        cleaned = clean.article(raw, now=NOW)
    except ClaimtrailError:
        return None
    check_article(cleaned)
    return cleaned


def check_raw(raw: RawDocument) -> None:
    assert raw.body.strip(), "a RawDocument with no text"
    assert len(raw.body) <= OPTIONS.max_doc_chars
    assert raw.published is None or raw.published.tzinfo is not None
    check_cleaned(raw)


def check_items(items: Iterable[RawDocument | Failure], *, is_guarded: bool = False) -> int:
    """Checks every item a reader yields; `is_guarded`: the reader hides exceptions as Failures."""
    count = 0
    for item in items:
        count += 1
        if isinstance(item, Failure):
            assert item.reason, item
            assert "\n" not in item.reason.strip(), item
            if is_guarded:
                assert not item.reason.startswith(UNEXPECTED), item
            continue
        assert isinstance(item, RawDocument), type(item)
        check_raw(item)
    return count


def _refused(read: Callable[[], RawDocument]) -> None:
    try:
        raw = read()
    except ClaimtrailError:
        return
    check_raw(raw)


def fuzz_text(data: bytes) -> None:
    _refused(lambda: text_document(data, doc_id="x", origin="x.txt", options=OPTIONS))


def fuzz_html(data: bytes) -> None:
    _refused(lambda: html_document(data, doc_id="x", origin="x.html", options=OPTIONS))


def fuzz_feed(data: bytes) -> None:
    check_items(feed_documents(data, stem="x", origin="x.xml", options=OPTIONS))


def fuzz_warc(data: bytes) -> None:
    check_items(warc_documents(io.BytesIO(data), stem="x", origin="x.warc", options=OPTIONS))


def fuzz_jsonl(data: bytes) -> None:
    check_items(jsonl_documents(io.BytesIO(data), stem="x", origin="x.jsonl", options=OPTIONS))
    check_items(json_documents(data, stem="x", origin="x.json", options=OPTIONS))


def fuzz_documents(data: bytes) -> None:
    """The whole reader stack on a file: the first byte picks its name, the rest is its content.

    Only a URL list is passed over: its lines would be fetched.
    """
    if not data:
        return
    name = FILE_NAMES[data[0] % len(FILE_NAMES)]
    with tempfile.TemporaryDirectory(prefix="claimtrail-fuzz-") as directory:
        path = Path(directory) / name
        path.write_bytes(data[1:])
        for partition in partitions([str(path)], OPTIONS):
            if is_url(partition.key):  # a file of URLs: fetching is tested offline elsewhere
                continue
            check_items(partition.read(), is_guarded=True)


def text_of(data: bytes) -> str:
    """Bytes as text, keeping every code point UTF-8 can hold (lone surrogates included)."""
    return (
        data.decode("utf-8", errors="surrogateescape")
        .encode("utf-8", errors="surrogatepass")
        .decode("utf-8", errors="replace")
    )


def fuzz_clean(data: bytes) -> None:
    """Any body and title through the cleaner; the offset map stays inside the raw body."""
    body, _, title = text_of(data).partition("\x1e")
    raw = RawDocument(id="x", body=body, origin="x", format="text", title=title or None)
    try:
        cleaned = clean.clean_text(raw.body, raw.title)
    except ClaimtrailError:
        return
    offsets = cleaned.offsets
    assert len(offsets.ends) == len(cleaned.text)
    assert list(offsets.starts) == sorted(offsets.starts)
    assert all(0 <= start <= len(body) for start in offsets.starts)
    assert all(0 <= end <= len(body) for end in offsets.ends)
    check_cleaned(raw)


def fuzz_rules(data: bytes) -> None:
    """The rule-based extractor on any text, in the language the first byte picks."""
    if not data:
        return
    language = RULE_LANGUAGES[data[0] % len(RULE_LANGUAGES)]
    text = text_of(data[1:])
    try:
        found = rule_attributions(text, language, "x")
    except ClaimtrailError:
        return
    for attribution in found:
        check_attribution(attribution, text, "x")


TARGETS: dict[str, Target] = {
    "text": fuzz_text,
    "html": fuzz_html,
    "feed": fuzz_feed,
    "warc": fuzz_warc,
    "jsonl": fuzz_jsonl,
    "documents": fuzz_documents,
    "clean": fuzz_clean,
    "rules": fuzz_rules,
}
