"""Hand-written inputs for the reader tests (our own text, not third-party articles)."""

from __future__ import annotations

import gzip
import io
from collections.abc import Sequence

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

PARAGRAPHS = (
    "The harbour master said on Monday that the north pier would reopen in May.",
    '"We checked every beam twice," she told reporters, adding that the steel was sound.',
    "Council members said the repairs had cost about four million euros so far.",
)
TEXT = "\n".join(PARAGRAPHS)


def article_html(
    title: str = "Pier to reopen in May",
    *,
    paragraphs: Sequence[str] = PARAGRAPHS,
    lang: str = "en",
    charset: str = "utf-8",
    head_extra: str = "",
) -> str:
    body = "\n".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="{charset}"><title>{title} | Harbour Gazette</title>
<meta property="og:site_name" content="Harbour Gazette">
<meta name="author" content="Mara Quint">
{head_extra}
</head><body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
<article><h1>{title}</h1>
{body}
</article>
<footer>Copyright Harbour Gazette</footer>
</body></html>"""


EMPTY_HTML = "<!DOCTYPE html><html><head><title>Nothing</title></head><body></body></html>"


def rss(items: Sequence[tuple[str, str, str]], title: str = "Harbour Gazette") -> str:
    """An RSS 2.0 feed; each item is (title, link, description)."""
    entries = "".join(
        f"<item><title>{t}</title><link>{link}</link><description>{d}</description>"
        f"<pubDate>Mon, 15 May 2023 09:30:00 +0200</pubDate><author>desk@gazette.example"
        f" (News Desk)</author></item>"
        for t, link, d in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{title}</title><link>https://gazette.example/</link>{entries}</channel></rss>"
    )


def warc_bytes(pages: Sequence[tuple[str, bytes, str, str]], *, is_gzip: bool) -> bytes:
    """A WARC with one response record per (url, body, content type, status) and a request."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=is_gzip)
    writer.write_record(
        writer.create_warc_record("urn:warcinfo", "warcinfo", payload=io.BytesIO(b"software: test"))
    )
    for url, body, content_type, status in pages:
        headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), http_headers=headers
        )
        writer.write_record(record)
    return buffer.getvalue()


def gzipped(data: bytes) -> bytes:
    return gzip.compress(data)
