"""The limits and switches every input reader takes, in one record."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class IngestOptions:
    """Limits for reading untrusted inputs; the defaults suit news articles."""

    # Single-document files (text, HTML, feeds) and fetched pages over this are refused.
    # WARC and JSONL files are streamed, so for them the limit applies per record or line.
    max_file_bytes: int = 20_000_000
    max_doc_chars: int = 2_000_000  # one document's decoded text
    max_decompressed_bytes: int = 200_000_000  # gzip/WARC bomb guard, per input
    allow_private: bool = False  # URL fetching: allow loopback/private/reserved addresses
    fetch_linked: bool = False  # feeds: fetch the linked page when an entry has no content
    timeout_s: float = 15.0  # connect and read, per request
    max_redirects: int = 5
    max_feed_entries: int = 10_000
    # feedparser needs ~11 µs per byte of deeply nested markup (7 s for 600 KB): a page or feed
    # that takes longer than this to parse is refused instead of stalling the run.
    time_budget_s: float | None = 60.0
