"""Plain text: robust decoding of bytes, declared metadata (meta.jsonl) and text documents."""

from __future__ import annotations

import codecs
import json
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime

import charset_normalizer

from claimtrail.errors import InputError, LimitExceededError
from claimtrail.ingest.options import IngestOptions
from claimtrail.model import Failure, RawDocument

# Encodings met on news sites; DOS and EBCDIC code pages are left out because
# charset_normalizer otherwise picks cp775/cp850 for short Latin-1 texts.
WEB_ENCODINGS = [
    "utf_8", "utf_16", "utf_32", "cp1250", "cp1251", "cp1252", "cp1253", "cp1254", "cp1255",
    "cp1256", "cp1257", "cp1258", "latin_1", "iso8859_2", "iso8859_5", "iso8859_6", "iso8859_7",
    "iso8859_8", "iso8859_9", "iso8859_13", "iso8859_15", "koi8_r", "koi8_u", "cp866", "big5",
    "gb18030", "shift_jis", "euc_jp", "iso2022_jp", "euc_kr", "cp949", "tis_620", "cp874",
]  # fmt: skip
_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]
# Real text has almost no control characters besides whitespace; random bytes decoded as a
# single-byte code page give about 12 %.
_MAX_CONTROL_RATIO = 0.02
_ALLOWED_CONTROLS = set("\t\n\r\f\v\x1b")


@dataclass(frozen=True, slots=True)
class DeclaredMeta:
    """Metadata an input declares for one document (a meta.jsonl line, a JSONL record)."""

    id: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    author: str | None = None
    published: datetime | None = None
    language: str | None = None


def _guess_utf16(data: bytes) -> str | None:
    """`utf-16-le`/`-be` when NULs sit on one byte parity, as in BOM-less UTF-16 of Latin text."""
    even, odd = data[0::2].count(0), data[1::2].count(0)
    pairs = len(data) // 2
    if pairs and odd > 0.4 * pairs and even < 0.05 * pairs:
        return "utf-16-le"
    if pairs and even > 0.4 * pairs and odd < 0.05 * pairs:
        return "utf-16-be"
    return None


def _detect(data: bytes) -> str:
    matches = charset_normalizer.from_bytes(data, cp_isolation=WEB_ENCODINGS)
    best = matches.best()
    if best is None:
        raise InputError("binary data, not text")
    # Ties between Western code pages are common on short texts; cp1252 is by far the most
    # used of them on the web, so it wins a tie.
    for match in matches:
        if (
            match.encoding == "cp1252"
            and match.chaos <= best.chaos
            and match.coherence >= best.coherence - 0.05
        ):
            return "cp1252"
    return best.encoding


def _cp1252_byte(error: UnicodeError) -> tuple[str, int]:
    """Decodes the bytes UTF-8 rejected as cp1252 (Latin-1 where cp1252 has a hole)."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start : error.end]
    chars = "".join(bytes([byte]).decode("cp1252", errors="ignore") or chr(byte) for byte in bad)
    return chars, error.end


codecs.register_error("claimtrail-cp1252", _cp1252_byte)


def _mixed_utf8(data: bytes) -> str | None:
    """UTF-8 text with a few stray cp1252 bytes (pasted from an older page), or None.

    Mostly-UTF-8 means at least two well-formed multi-byte characters and no more than two
    rejected bytes for each; text in a single-byte encoding such as cp1251 rejects far more
    bytes than it accidentally forms.
    """
    good = sum(1 for ch in data.decode("utf-8", errors="ignore") if ord(ch) > 0x7F)
    bad = data.decode("utf-8", errors="replace").count("\ufffd") - data.count("\ufffd".encode())
    if good < 2 or bad > 2 * good:
        return None
    return data.decode("utf-8", errors="claimtrail-cp1252")


def _check_controls(text: str) -> None:
    controls = sum(
        1 for ch in text if ch not in _ALLOWED_CONTROLS and unicodedata.category(ch) == "Cc"
    )
    if controls > _MAX_CONTROL_RATIO * len(text):
        raise InputError("binary data, not text")


def decode(data: bytes, declared_encoding: str | None = None) -> str:
    """The text of `data`: BOM, then UTF-8, then a declared encoding, then detection.

    Raises InputError for empty input and for binary data (NUL bytes, control characters).
    """
    if not data:
        raise InputError("empty file")
    text: str | None = None
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as error:
                raise InputError(f"invalid {encoding} after its byte-order mark") from error
            break
    if text is None and b"\x00" in data:
        utf16 = _guess_utf16(data)
        try:
            text = data.decode(utf16) if utf16 else None
        except UnicodeDecodeError:
            text = None
        if text is None:
            raise InputError("binary data, not text (NUL bytes)")
    if text is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _mixed_utf8(data)
    if text is None and declared_encoding:
        try:
            text = data.decode(declared_encoding)
        except (LookupError, UnicodeDecodeError):
            text = None
    if text is None:
        text = data.decode(_detect(data), errors="replace")
    _check_controls(text)
    return text


def check_doc_chars(text: str, options: IngestOptions) -> str:
    """`text` itself, or LimitExceededError when it is over max_doc_chars."""
    if len(text) > options.max_doc_chars:
        raise LimitExceededError(
            f"document is {len(text):,} characters, over the {options.max_doc_chars:,}-character"
            " limit"
        )
    return text


def parse_published(value: object) -> datetime | None:
    """A timezone-aware datetime from an ISO 8601 or RFC 2822 string; a bare date is midnight UTC.

    Naive times are taken as UTC; anything unparsable gives None.
    """
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, date):
        parsed = datetime(value.year, value.month, value.day)
    elif isinstance(value, str) and value.strip():
        raw = value.strip()
        try:
            parsed = datetime.fromisoformat(raw.replace("Z", "+00:00").replace("z", "+00:00"))
        except ValueError:
            try:
                parsed = parsedate_to_datetime(raw)
            except (TypeError, ValueError, IndexError):
                return None
    else:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def optional_str(record: Mapping[str, object], key: str) -> str | None:
    """A stripped non-empty string field, or None (numbers are turned into strings)."""
    value = record.get(key)
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        value = str(value)
    if not isinstance(value, str):
        raise InputError(f"field {key!r} is not a string")
    return value.strip() or None


def declared_meta(record: Mapping[str, object], default_id: str) -> DeclaredMeta:
    """The metadata fields of one JSON record; `id` falls back to `default_id`."""
    return DeclaredMeta(
        id=optional_str(record, "id") or default_id,
        url=optional_str(record, "url"),
        outlet=optional_str(record, "outlet"),
        title=optional_str(record, "title"),
        author=optional_str(record, "author"),
        published=parse_published(record.get("published")),
        language=optional_str(record, "language"),
    )


def meta_records(data: bytes, origin: str) -> Iterator[DeclaredMeta | Failure]:
    """The lines of a meta.jsonl file; a bad line is a Failure and the rest still come."""
    try:
        text = decode(data)
    except InputError as error:
        yield Failure(origin, str(error))
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield Failure(where, f"invalid JSON: {error.msg}")
            continue
        if not isinstance(record, dict) or optional_str_safe(record, "id") is None:
            yield Failure(where, "not a JSON object with an 'id'")
            continue
        try:
            yield declared_meta(record, default_id="")
        except InputError as error:
            yield Failure(where, str(error))


def optional_str_safe(record: Mapping[str, object], key: str) -> str | None:
    try:
        return optional_str(record, key)
    except InputError:
        return None


def text_document(
    data: bytes,
    *,
    doc_id: str,
    origin: str,
    options: IngestOptions,
    meta: DeclaredMeta | None = None,
) -> RawDocument:
    """One plain-text document, with the metadata its meta.jsonl line declares."""
    body = check_doc_chars(decode(data), options)
    if not body.strip():
        raise InputError("no text (only whitespace)")
    meta = meta or DeclaredMeta(id=doc_id)
    return RawDocument(
        id=doc_id,
        body=body,
        origin=origin,
        format="text",
        url=meta.url,
        outlet=meta.outlet,
        title=meta.title,
        author=meta.author,
        published=meta.published,
        language=meta.language,
    )
