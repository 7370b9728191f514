"""HTML pages through trafilatura and htmldate, offline."""

from __future__ import annotations

import socket
from datetime import UTC, datetime, timedelta, timezone

import pytest

from claimtrail.errors import InputError
from claimtrail.ingest.html import fragment_text, html_document
from claimtrail.ingest.options import IngestOptions
from claimtrail.ingest.text import DeclaredMeta

from .samples import EMPTY_HTML, PARAGRAPHS, article_html

OPTIONS = IngestOptions()
DATES = """
<link rel="canonical" href="https://www.gazette.example/news/pier">
<meta property="article:published_time" content="2023-05-15T09:30:00+02:00">
<meta property="article:modified_time" content="2023-06-01T18:00:00+02:00">
"""


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """trafilatura and htmldate must never open a connection while reading a page."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_main_text_excludes_navigation_and_footer() -> None:
    document = html_document(article_html().encode(), doc_id="p", origin="p.html", options=OPTIONS)
    assert all(paragraph in document.body for paragraph in PARAGRAPHS)
    assert "Sport" not in document.body
    assert "Copyright" not in document.body


def test_page_metadata_is_extracted() -> None:
    page = article_html(head_extra=DATES, lang="en-GB")
    document = html_document(page, doc_id="p", origin="p.html", options=OPTIONS)
    assert document.title == "Pier to reopen in May"
    assert document.author == "Mara Quint"
    assert document.outlet == "Harbour Gazette"
    assert document.url == "https://www.gazette.example/news/pier"
    assert document.language == "en"
    assert document.format == "html"
    assert document.html == page


def test_published_is_the_original_date_with_its_declared_offset() -> None:
    page = article_html(head_extra=DATES)
    document = html_document(page, doc_id="p", origin="p.html", options=OPTIONS)
    assert document.published == datetime(2023, 5, 15, 9, 30, tzinfo=timezone(timedelta(hours=2)))


def test_page_without_a_date_has_no_published() -> None:
    document = html_document(article_html(), doc_id="p", origin="p.html", options=OPTIONS)
    assert document.published is None


def test_given_url_wins_over_the_canonical_one() -> None:
    page = article_html(head_extra=DATES)
    document = html_document(
        page, doc_id="p", origin="x", options=OPTIONS, url="https://crawl.example/p"
    )
    assert document.url == "https://crawl.example/p"


def test_declared_metadata_wins_over_the_page() -> None:
    meta = DeclaredMeta(
        id="p", outlet="gazette.example", published=datetime(2020, 1, 1, tzinfo=UTC)
    )
    document = html_document(
        article_html(head_extra=DATES), doc_id="p", origin="x", options=OPTIONS, meta=meta
    )
    assert (document.outlet, document.published) == ("gazette.example", meta.published)


def test_legacy_charset_declared_in_meta_is_honoured() -> None:
    paragraphs = ["Президент заявил, что переговоры продолжатся на следующей неделе в Минске."]
    page = article_html("Переговоры", paragraphs=paragraphs, charset="windows-1251", lang="ru")
    document = html_document(page.encode("cp1251"), doc_id="p", origin="x", options=OPTIONS)
    assert paragraphs[0] in document.body
    assert document.title == "Переговоры"


def test_page_with_no_text_is_refused() -> None:
    with pytest.raises(InputError, match="no article text found"):
        html_document(EMPTY_HTML, doc_id="p", origin="x", options=OPTIONS)


def test_string_that_looks_like_a_url_is_not_fetched() -> None:
    with pytest.raises(InputError):
        html_document("https://example.com/", doc_id="p", origin="x", options=OPTIONS)


def test_fragment_text_keeps_one_line_per_block() -> None:
    fragment = "<p>First <b>bold</b> words.</p><p>Second</p>tail<script>bad()</script>"
    assert fragment_text(fragment) == "First bold words.\nSecond\ntail"
