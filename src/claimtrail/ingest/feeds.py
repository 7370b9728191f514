"""RSS and Atom feeds (feedparser): one document per entry, from its content or summary."""

from __future__ import annotations

import io
import time
from collections.abc import Callable, Iterator, Mapping
from datetime import UTC, datetime
from typing import Any

import feedparser

from claimtrail.errors import InputError
from claimtrail.ingest.html import fragment_text, host_of
from claimtrail.ingest.options import IngestOptions
from claimtrail.ingest.text import check_doc_chars
from claimtrail.limits import time_budget
from claimtrail.model import Failure, RawDocument

# Fetches a linked page as a document (url.py); passed in so this module stays offline.
PageFetcher = Callable[[str, str, str], RawDocument]  # (url, doc_id, origin) -> document


def _text(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _entry_text(entry: Mapping[str, Any]) -> str:
    """The longest content block, else the summary, as plain text."""
    blocks = [block.get("value") for block in entry.get("content") or () if isinstance(block, dict)]
    candidates = [fragment_text(block) for block in blocks if isinstance(block, str)]
    best = max(candidates, key=len, default="")
    if best.strip():
        return best
    summary = entry.get("summary")
    return fragment_text(summary) if isinstance(summary, str) else ""


def _entry_published(entry: Mapping[str, Any]) -> datetime | None:
    # feedparser normalises every date it understands to a UTC struct_time.
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if isinstance(parsed, time.struct_time):
            return datetime(*parsed[:6], tzinfo=UTC)
    return None


def _entry_author(entry: Mapping[str, Any]) -> str | None:
    author = _text(entry.get("author"))
    if author:
        return author
    names = [_text(a.get("name")) for a in entry.get("authors") or () if isinstance(a, dict)]
    return ", ".join(name for name in names if name) or None


def _title(value: object) -> str | None:
    title = _text(value)
    return fragment_text(title) or None if title and "<" in title else title


def parse_feed(data: bytes) -> Any:
    """feedparser's result; the bytes are wrapped so feedparser never treats them as a URL."""
    try:
        return feedparser.parse(io.BytesIO(data), sanitize_html=True, resolve_relative_uris=False)
    except (ValueError, TypeError, LookupError, UnicodeError, RecursionError) as error:
        raise InputError(f"unparseable feed: {error}") from error


def feed_documents(
    data: bytes,
    *,
    stem: str,
    origin: str,
    options: IngestOptions,
    fetch_page: PageFetcher | None = None,
) -> Iterator[RawDocument | Failure]:
    """One document per entry, id `<stem>-<n>` (1-based); a feed with no entries is a Failure.

    An entry with neither content nor summary fetches its link when `options.fetch_linked`
    is set and `fetch_page` is given, else it is a Failure.
    """
    if not data.strip():
        yield Failure(origin, "empty file")
        return
    try:
        with time_budget(options.time_budget_s, "feed"):
            parsed = parse_feed(data)
    except InputError as error:
        yield Failure(origin, str(error))
        return
    entries = list(parsed.get("entries") or ())
    if not entries:
        problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
        why = f" ({str(problem).splitlines()[0]})" if problem and str(problem) else ""
        yield Failure(origin, f"feed has no entries{why}")
        return
    feed = parsed.get("feed") or {}
    outlet = _title(feed.get("title")) or host_of(_text(feed.get("link")))
    for number, entry in enumerate(entries[: options.max_feed_entries], start=1):
        doc_id = f"{stem}-{number}"
        where = f"{origin}#{number}"
        link = _text(entry.get("link"))
        try:
            body = _entry_text(entry)
            if not body.strip():
                if not (options.fetch_linked and fetch_page and link):
                    raise InputError("entry has no content or summary")
                page = fetch_page(link, doc_id, where)
                yield RawDocument(
                    id=doc_id,
                    body=page.body,
                    origin=where,
                    format="feed",
                    url=page.url or link,
                    outlet=outlet or page.outlet,
                    title=_title(entry.get("title")) or page.title,
                    author=_entry_author(entry) or page.author,
                    published=_entry_published(entry) or page.published,
                    language=page.language,
                    html=page.html,
                )
                continue
            yield RawDocument(
                id=doc_id,
                body=check_doc_chars(body, options),
                origin=where,
                format="feed",
                url=link,
                outlet=outlet or host_of(link),
                title=_title(entry.get("title")),
                author=_entry_author(entry),
                published=_entry_published(entry),
                language=_text(entry.get("language")) or _text(feed.get("language")),
            )
        except InputError as error:
            yield Failure(where, str(error))
    if len(entries) > options.max_feed_entries:
        yield Failure(
            origin,
            f"feed has {len(entries):,} entries, over the {options.max_feed_entries:,}-entry limit;"
            " the rest were skipped",
        )
