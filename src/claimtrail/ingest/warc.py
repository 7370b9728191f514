"""WARC and WARC.gz (warcio): every 200 HTML response record becomes a document via html.py."""

from __future__ import annotations

import io
import zlib
from collections.abc import Iterator
from email.message import Message
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeadersParserException

from claimtrail.errors import InputError
from claimtrail.ingest.html import html_document
from claimtrail.ingest.options import IngestOptions
from claimtrail.ingest.sniff import BoundedGunzip, buffered, is_gzip
from claimtrail.model import Failure, RawDocument

_HTML_TYPES = ("text/html", "application/xhtml+xml")
# warcio reports malformed input in many ways: a header block cut before WARC-Target-URI,
# for one, ends in AttributeError deep inside its record loader.
_WARCIO_ERRORS = (
    ArchiveLoadFailed,
    StatusAndHeadersParserException,
    ValueError,
    OSError,
    EOFError,
    AttributeError,
    TypeError,
    IndexError,
    KeyError,
    zlib.error,
)


def _content_type(record: Any) -> tuple[str, str | None]:
    """The media type and charset of an HTTP response record."""
    header = record.http_headers.get_header("Content-Type") if record.http_headers else None
    if not header:
        return "", None
    message = Message()
    message["Content-Type"] = header
    charset = message.get_param("charset")
    return message.get_content_type(), charset if isinstance(charset, str) else None


def _is_html_ok(record: Any) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    return record.http_headers.get_statuscode() == "200" and _content_type(record)[0] in _HTML_TYPES


def _is_cut(archive: Any) -> bool:
    """Whether the input ended inside a record, which warcio takes for a clean end.

    Bytes read past the last whole record (a cut header block) or a last record shorter
    than its Content-Length both mean the file was truncated.
    """
    last = getattr(archive, "record", None)
    if last is not None and getattr(last.raw_stream, "limit", 0) > 0:
        return True
    try:
        return bool(archive.offset < archive.fh.tell())
    except (AttributeError, OSError, ValueError):
        return False


def warc_documents(
    raw: BinaryIO, *, stem: str, origin: str, options: IngestOptions
) -> Iterator[RawDocument | Failure]:
    """One document per 200 HTML response, id `<stem>-<n>` (n counts those responses from 1).

    `url` is the WARC-Target-URI; `published` comes from the page only, never the crawl date.
    A truncated file yields the records read so far, then a Failure saying where it broke.
    """
    stream_in = buffered(raw)
    gunzip: BoundedGunzip | None = None
    stream: BinaryIO = stream_in
    if is_gzip(stream_in.peek(2)[:2]):
        gunzip = BoundedGunzip(stream_in, options.max_decompressed_bytes, is_truncation_eof=True)
        stream = io.BufferedReader(gunzip)
    records = 0
    number = 0
    archive: Any = None
    try:
        archive = ArchiveIterator(stream)
        for record in archive:
            if not record.rec_type:
                yield Failure(
                    origin, f"not a valid WARC after {records} records: a record has no WARC-Type"
                )
                return
            if not _is_html_ok(record):
                records += 1
                continue
            number += 1
            where = f"{origin}#{number}"
            payload = record.content_stream().read(options.max_file_bytes + 1)
            if len(payload) > options.max_file_bytes:
                records += 1
                yield Failure(where, f"record is over the {options.max_file_bytes:,}-byte limit")
                continue
            if record.raw_stream.limit > 0:  # the record ended before its Content-Length
                what = "gzip stream" if gunzip is not None and gunzip.is_truncated else "WARC file"
                yield Failure(origin, f"truncated {what} after {records} records")
                return
            records += 1
            uri = record.rec_headers.get_header("WARC-Target-URI")
            try:
                yield html_document(
                    payload,
                    doc_id=f"{stem}-{number}",
                    origin=where,
                    options=options,
                    url=uri or None,
                    input_format="warc",
                    encoding=_content_type(record)[1],
                )
            except InputError as error:
                yield Failure(where, str(error))
    except InputError as error:  # the decompression limit
        yield Failure(origin, f"{error} (after {records} records)")
        return
    except _WARCIO_ERRORS as error:
        if gunzip is not None and gunzip.is_truncated:
            yield Failure(origin, f"truncated gzip stream after {records} records")
            return
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        yield Failure(origin, f"not a valid WARC after {records} records: {reason}")
        return
    if gunzip is not None and gunzip.is_truncated:
        yield Failure(origin, f"truncated gzip stream after {records} records")
    elif _is_cut(archive):
        yield Failure(origin, f"truncated WARC file after {records} records")
    elif records == 0:
        yield Failure(origin, "no WARC records found")
