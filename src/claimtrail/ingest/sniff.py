"""What an input holds: transparent, bounded gunzip and format sniffing from the first bytes."""

from __future__ import annotations

import gzip
import io
import json
import re
import zlib
from pathlib import Path
from typing import BinaryIO, Literal, cast

from claimtrail.errors import InputError, LimitExceededError

Kind = Literal["text", "html", "feed", "warc", "jsonl", "json", "urls"]

GZIP_MAGIC = b"\x1f\x8b"
HEAD_BYTES = 8192  # enough to see past an XML prolog, a doctype and a long <head> start

_URL_LINE = re.compile(r"https?://[^\s/$.?#][^\s]*", re.IGNORECASE)
# The first element of a markup document, after prolog, comments and doctype.
_PROLOG = re.compile(r"\s*(?:<\?.*?\?>|<!--.*?-->|<!doctype[^>]*>|\s)*", re.IGNORECASE | re.DOTALL)
_FIRST_TAG = re.compile(r"<([a-zA-Z][\w:.-]*)")
_JSON_OPENING = re.compile(r'\{\s*"[^"\\]{1,100}"\s*:')
_FEED_ROOTS = {"rss", "feed", "rdf:rdf"}
_HTML_TAG = re.compile(
    r"<(?:p|div|span|a|br|body|head|title|meta|article|section|h[1-6]|ul|li|table|script)[\s>/]",
    re.IGNORECASE,
)
# Fewer tags than this in the first 8 KB reads as text that mentions markup, not a page.
_MIN_HTML_TAGS = 5


def format_bytes(n: int) -> str:
    return f"{n:,}"


class BoundedGunzip(io.RawIOBase):
    """A gzip stream (all members) that refuses to inflate past `max_bytes`."""

    def __init__(self, raw: BinaryIO, max_bytes: int, *, is_truncation_eof: bool = False) -> None:
        super().__init__()
        self._gzip = gzip.GzipFile(fileobj=raw, mode="rb")
        self._max_bytes = max_bytes
        # WARC readers want a truncated stream to end cleanly, so that the records before
        # the cut still parse; they check `is_truncated` afterwards.
        self._is_truncation_eof = is_truncation_eof
        self.is_truncated = False
        self.bytes_out = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        # Ask for one byte more than the budget so an exact fit is not mistaken for a bomb.
        want = min(len(buffer), self._max_bytes - self.bytes_out + 1)
        try:
            chunk = self._gzip.read1(want)
        except EOFError as error:
            self.is_truncated = True
            if self._is_truncation_eof:
                return 0
            raise InputError(f"truncated gzip stream after {self.bytes_out:,} bytes") from error
        except (OSError, zlib.error) as error:
            raise InputError(f"corrupt gzip stream: {error}") from error
        self.bytes_out += len(chunk)
        if self.bytes_out > self._max_bytes:
            raise LimitExceededError(
                f"decompresses to over {format_bytes(self._max_bytes)} bytes (the"
                " max_decompressed_bytes limit)"
            )
        buffer[: len(chunk)] = chunk
        return len(chunk)

    def close(self) -> None:
        self._gzip.close()
        super().close()


def is_gzip(head: bytes) -> bool:
    return head.startswith(GZIP_MAGIC)


def buffered(raw: BinaryIO) -> io.BufferedReader:
    """`raw` with `peek`, so the gzip magic can be seen without consuming it."""
    if isinstance(raw, io.BufferedReader):
        return raw
    return io.BufferedReader(cast("io.RawIOBase", raw))


def open_decoded(raw: BinaryIO, max_decompressed_bytes: int) -> BinaryIO:
    """`raw` itself, or its gunzipped content when it starts with the gzip magic bytes."""
    stream = buffered(raw)
    if not is_gzip(stream.peek(2)[:2]):
        return stream
    return io.BufferedReader(BoundedGunzip(stream, max_decompressed_bytes))


def read_bounded(stream: BinaryIO, max_bytes: int, what: str = "content") -> bytes:
    """All of `stream`, refusing more than `max_bytes` without reading much further."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise LimitExceededError(f"{what} is over the {format_bytes(max_bytes)}-byte limit")
    return data


def read_head(path: Path, max_decompressed_bytes: int) -> bytes:
    """The first HEAD_BYTES of a file, gunzipped when compressed."""
    try:
        with path.open("rb") as raw, open_decoded(raw, max_decompressed_bytes) as stream:
            return stream.read(HEAD_BYTES)
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}") from error


def base_name(name: str) -> str:
    """The file name without a trailing .gz, lowercased, for extension checks."""
    lowered = name.lower()
    return lowered.removesuffix(".gz") if lowered.endswith(".gz") else lowered


def stem_of(name: str) -> str:
    """The document id a file name gives: `001.txt.gz` -> `001`."""
    plain = name.removesuffix(".gz").removesuffix(".GZ")
    stem = Path(plain).stem
    return stem or plain


def head_text(head: bytes) -> str:
    """The head as text good enough to find ASCII markup, whatever the real encoding."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", errors="replace")
    return head.decode("latin-1").removeprefix("\xef\xbb\xbf")


def is_url_list(lines: list[str]) -> bool:
    """Whether every non-empty line is one http(s) URL (and there is at least one)."""
    urls = [line.strip() for line in lines if line.strip()]
    return bool(urls) and all(_URL_LINE.fullmatch(url) for url in urls)


def _is_json_object_line(text: str, *, is_cut: bool) -> bool:
    """Whether the first line is a whole JSON object, as in JSON Lines.

    A first line longer than the head cannot be parsed, so its opening (`{"key":`) decides.
    """
    if not text.startswith("{"):
        return False
    first, newline, _ = text.partition("\n")
    if not newline and is_cut:
        return _JSON_OPENING.match(first) is not None
    try:
        return isinstance(json.loads(first), dict)
    except (ValueError, RecursionError):
        return False


def sniff(head: bytes, name: str) -> Kind:
    """The format of an input from its first bytes (already gunzipped) and its name.

    Content decides; the extension only separates JSON and JSONL from text and keeps
    markup-looking `.txt` files as text. Anything else is `text`, and the text reader
    refuses binary data.
    """
    base = base_name(name)
    if head.startswith(b"WARC/"):
        return "warc"
    text = head_text(head)
    stripped = text.lstrip()
    if base.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    is_cut = len(head) >= HEAD_BYTES
    if not base.endswith(".txt") and _is_json_object_line(stripped, is_cut=is_cut):
        return "jsonl"
    if base.endswith(".json"):
        return "json"
    prolog = _PROLOG.match(text)
    rest = text[prolog.end() :] if prolog else text
    first = _FIRST_TAG.match(rest)
    root = first.group(1).lower() if first else ""
    if root in _FEED_ROOTS:
        return "feed"
    if root == "html" or stripped[:15].lower().startswith("<!doctype html"):
        return "html"
    if base.endswith((".html", ".htm", ".xhtml")):
        return "html"
    lines = text.splitlines()
    # The last line of a full head may be cut mid-URL, so judge the complete lines only.
    complete = lines[:-1] if is_cut and len(lines) > 1 else lines
    if not base.endswith((".jsonl", ".json", ".xml")) and is_url_list(complete):
        return "urls"
    if not base.endswith(".txt") and len(_HTML_TAG.findall(text)) >= _MIN_HTML_TAGS:
        return "html"
    return "text"
