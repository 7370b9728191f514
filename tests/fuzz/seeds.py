"""Well-formed starting inputs per fuzz target, written here (no third-party text).

Mutating a valid page, feed or archive reaches far deeper into a parser than random bytes do.
"""

from __future__ import annotations

import functools
import gzip
import io
import json

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

SENTENCES = (
    "The port authority said on Monday that the east quay would reopen in June.",
    '"We inspected every pile twice," the engineer told reporters, adding that it was safe.',
    "Le maire a déclaré : « Nous ne fermerons pas l’école », selon l’agence.",
    "„Wir prüfen das“, sagte die Ministerin am Dienstag in Berlin.",
    "Министр заявил, что «решение будет принято завтра».",
    "According to officials, about 4.2 million euros were spent last year.",
    "外交部发言人表示：“我们反对任何形式的干涉。”",
)
TEXT = "\n\n".join(SENTENCES)


def page(title: str = "Quay to reopen", charset: str = "utf-8") -> str:
    body = "".join(f"<p>{s}</p>" for s in SENTENCES)
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="{charset}"><title>{title}</title>'
        '<meta property="article:published_time" content="2024-05-13T09:30:00+02:00">'
        '<meta property="og:site_name" content="Quay Courier"></head><body><nav>'
        '<a href="/">Home</a></nav><article><h1>'
        f"{title}</h1>{body}</article><footer>© Quay Courier</footer></body></html>"
    )


def rss() -> str:
    items = "".join(
        f"<item><title>Item {n}</title><link>https://courier.example/{n}</link>"
        f"<description><![CDATA[<p>{s}</p>]]></description>"
        "<pubDate>Mon, 13 May 2024 09:30:00 +0200</pubDate></item>"
        for n, s in enumerate(SENTENCES)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Quay Courier</title><link>https://courier.example/</link>{items}</channel></rss>"
    )


def atom() -> str:
    entries = "".join(
        f'<entry><title type="html">A &amp; B {n}</title><link href="https://c.example/{n}"/>'
        f'<updated>2024-05-13T09:30:00Z</updated><content type="html">&lt;p&gt;{s}&lt;/p&gt;'
        "</content><author><name>Desk</name></author></entry>"
        for n, s in enumerate(SENTENCES[:3])
    )
    return f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>C</title>{entries}</feed>'


def warc(*, is_gzip: bool, encoding: str | None = None) -> bytes:
    """Two HTML responses and a request record; `encoding` sets the HTTP Content-Encoding."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=is_gzip)
    for n in range(2):
        payload = page(f"Page {n}").encode("utf-8")
        headers = [("Content-Type", "text/html; charset=utf-8")]
        if encoding == "gzip":
            payload = gzip.compress(payload)
            headers.append(("Content-Encoding", "gzip"))
        http = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
        record = writer.create_warc_record(
            f"https://courier.example/{n}",
            "response",
            payload=io.BytesIO(payload),
            http_headers=http,
        )
        writer.write_record(record)
    request = writer.create_warc_record(
        "https://courier.example/0", "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")
    )
    writer.write_record(request)
    return out.getvalue()


def jsonl() -> bytes:
    lines = [
        {"id": "a1", "text": TEXT, "url": "https://c.example/a1", "published": "2024-05-13"},
        {"id": "a2", "html": page(), "outlet": "Courier", "title": "T", "language": "en"},
        {"id": 3, "text": SENTENCES[1], "published": "Mon, 13 May 2024 09:30:00 +0200"},
    ]
    return "\n".join(json.dumps(line, ensure_ascii=False) for line in lines).encode("utf-8")


@functools.cache
def seeds() -> dict[str, list[bytes]]:
    """Starting inputs for each target in tests/fuzz/targets.py (built once: WARC records carry
    a random id and the time, and hypothesis needs the same seeds on every draw)."""
    text = TEXT.encode("utf-8")
    html = page().encode("utf-8")
    return {
        "text": [text, TEXT.encode("utf-16"), TEXT.encode("cp1251", errors="replace")],
        "html": [html, page(charset="windows-1252").encode("cp1252", errors="replace")],
        "feed": [rss().encode("utf-8"), atom().encode("utf-8")],
        "warc": [warc(is_gzip=False), warc(is_gzip=True), warc(is_gzip=False, encoding="gzip")],
        "jsonl": [jsonl(), b"[" + jsonl().replace(b"\n", b",") + b"]"],
        # The first byte picks the file name (targets.FILE_NAMES).
        "documents": [
            b"\x00" + text,
            b"\x01" + html,
            b"\x02" + rss().encode("utf-8"),
            b"\x03" + warc(is_gzip=False),
            b"\x04" + jsonl(),
            b"\x06" + gzip.compress(text),
            b"\x07" + warc(is_gzip=True),
        ],
        "clean": [text, text + b"\x1eQuay to reopen", b"Share this\nSubscribe\n" + text],
        "rules": [bytes([n]) + text for n in range(19)],
    }
