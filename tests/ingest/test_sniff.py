"""Format sniffing and bounded gunzip."""

from __future__ import annotations

import gzip
import io

import pytest

from claimtrail.errors import InputError, LimitExceededError
from claimtrail.ingest.sniff import open_decoded, read_bounded, sniff, stem_of

from .samples import EMPTY_HTML, article_html, rss


@pytest.mark.parametrize(
    ("head", "name", "kind"),
    [
        (article_html().encode(), "page.bin", "html"),
        (b"<html><body><p>x</p></body></html>", "noext", "html"),
        (EMPTY_HTML.encode(), "x.txt", "html"),
        (rss([("a", "https://g.example/a", "b")]).encode(), "news.xml", "feed"),
        (b'<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title></feed>', "a", "feed"),
        (b'<?xml version="1.0"?>\n<!-- c -->\n<rdf:RDF xmlns:rdf="x"></rdf:RDF>', "a", "feed"),
        (b"WARC/1.1\r\nWARC-Type: warcinfo\r\n", "crawl.warc", "warc"),
        (b'{"text": "hello"}\n{"text": "again"}\n', "batch.jsonl", "jsonl"),
        (b'{"text": "hello"}\n', "batch", "jsonl"),
        (b'{"text": "' + b"x" * 9000 + b'"}', "batch", "jsonl"),
        (b'{\n  "stories": []\n}\n', "gold.json", "json"),
        (b'[{"text": "a"}]', "batch.json", "json"),
        (b'{"text": "one line"}\n', "batch.json", "jsonl"),
        (b"{Braces} open this story.\n", "story", "text"),
        (b"https://a.example/1\n\nhttp://b.example/2?x=1\n", "list.txt", "urls"),
        (b"Just a sentence about <b>bold</b> things.", "note.txt", "text"),
        (b"Plain words only.", "story", "text"),
        (b"See https://a.example/1 for more.\n", "list.txt", "text"),
    ],
)
def test_sniff_names_the_format_from_content(head: bytes, name: str, kind: str) -> None:
    assert sniff(head, name) == kind


def test_html_fragment_with_many_tags_is_html_without_an_extension() -> None:
    head = b"<div><p>one</p><p>two</p><p>three</p><span>four</span><a href='x'>five</a></div>"
    assert sniff(head, "fragment") == "html"


def test_utf16_html_with_bom_is_sniffed_as_html() -> None:
    assert sniff(article_html().encode("utf-16"), "page") == "html"


@pytest.mark.parametrize(
    ("name", "stem"),
    [("001.txt", "001"), ("001.txt.gz", "001"), ("a.b.jsonl.GZ", "a.b"), ("README", "README")],
)
def test_stem_drops_gz_and_the_extension(name: str, stem: str) -> None:
    assert stem_of(name) == stem


def test_gzip_content_is_read_transparently() -> None:
    stream = open_decoded(io.BytesIO(gzip.compress(b"hello world")), 1000)
    assert stream.read() == b"hello world"


def test_plain_content_passes_through_unchanged() -> None:
    assert open_decoded(io.BytesIO(b"hello"), 1000).read() == b"hello"


def test_gzip_bomb_is_stopped_at_the_decompression_limit() -> None:
    bomb = gzip.compress(b"\0" * 1_000_000)
    with pytest.raises(LimitExceededError, match="decompresses to over 10,000 bytes"):
        open_decoded(io.BytesIO(bomb), 10_000).read()


def test_content_exactly_at_the_limit_is_accepted() -> None:
    assert len(open_decoded(io.BytesIO(gzip.compress(b"a" * 500)), 500).read()) == 500


def test_truncated_gzip_raises_input_error() -> None:
    data = gzip.compress(bytes(range(256)) * 400)
    with pytest.raises(InputError, match="truncated gzip stream"):
        open_decoded(io.BytesIO(data[: len(data) // 2]), 10**7).read()


def test_read_bounded_refuses_content_over_the_limit() -> None:
    with pytest.raises(LimitExceededError, match="over the 3-byte limit"):
        read_bounded(io.BytesIO(b"abcd"), 3)
