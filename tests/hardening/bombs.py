"""Small inputs that expand enormously: gzip, WARC and HTTP-encoding bombs, built in memory."""

from __future__ import annotations

import gzip
import io
import zlib

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

MB = 1_000_000
_CHUNK = b"\x00" * MB


def gzip_of_zeros(size: int, prefix: bytes = b"") -> bytes:
    """`prefix` then `size` zero bytes, gzipped: 50 MB comes out at about 50 KB."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)  # 31: a gzip header and trailer
    parts = [compressor.compress(prefix)]
    for _ in range(size // MB):
        parts.append(compressor.compress(_CHUNK))
    parts.append(compressor.compress(b"\x00" * (size % MB)))
    parts.append(compressor.flush())
    return b"".join(parts)


def html_of_spaces(size: int) -> bytes:
    """A page whose body is `size` spaces: text-like, so only a size limit stops it."""
    return b"<html><body><p>" + b" " * size + b"</p></body></html>"


def warc_record(payload: bytes, *, headers: list[tuple[str, str]], is_gzip: bool) -> bytes:
    """One 200 text/html response record holding `payload` as its HTTP body."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=is_gzip)
    http = StatusAndHeaders(
        "200 OK", [("Content-Type", "text/html; charset=utf-8"), *headers], protocol="HTTP/1.1"
    )
    record = writer.create_warc_record(
        "https://bomb.example/", "response", payload=io.BytesIO(payload), http_headers=http
    )
    writer.write_record(record)
    return out.getvalue()


def warc_bomb(size: int) -> bytes:
    """A WARC.gz whose one record inflates to `size` bytes of page."""
    return warc_record(html_of_spaces(size), headers=[], is_gzip=True)


def http_encoding_bomb(size: int) -> bytes:
    """A plain WARC whose record is small, but whose body is `Content-Encoding: gzip` of a huge
    page: warcio inflates it while reading the record's content."""
    body = gzip.compress(html_of_spaces(size), compresslevel=9)
    return warc_record(body, headers=[("Content-Encoding", "gzip")], is_gzip=False)


def jsonl_bomb(size: int) -> bytes:
    """A JSONL.gz with one line of `size` bytes, then a good line."""
    line = b'{"id": "big", "text": "' + b" " * size + b'"}\n'
    good = b'{"id": "ok", "text": "The mayor said the pier would reopen."}\n'
    return gzip.compress(line + good, compresslevel=6)
