"""RSS and Atom feeds: one document per entry."""

from __future__ import annotations

from datetime import UTC, datetime

from claimtrail.ingest.feeds import feed_documents
from claimtrail.ingest.options import IngestOptions
from claimtrail.model import Failure, RawDocument

from .samples import rss

OPTIONS = IngestOptions()
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Quay Post</title><link href="https://quay.example/"/>
  <entry><title>Ferry strike ends</title><link href="https://quay.example/ferry"/>
    <id>urn:1</id><updated>2023-05-16T10:00:00Z</updated><published>2023-05-15T08:00:00+02:00</published>
    <author><name>Ola Berg</name></author>
    <content type="html">&lt;p&gt;The union said the strike was over.&lt;/p&gt;
      &lt;p&gt;Ferries run again.&lt;/p&gt;</content>
  </entry>
</feed>"""


def _read(data: str) -> list[RawDocument | Failure]:
    return list(feed_documents(data.encode(), stem="news", origin="news.xml", options=OPTIONS))


def test_every_rss_item_becomes_a_document_numbered_from_one() -> None:
    items = [
        ("Pier reopens", "https://gazette.example/pier", "<p>The harbour master said so.</p>"),
        ("Ferry late", "https://gazette.example/ferry", "Delays of an hour, the operator said."),
    ]
    documents = _read(rss(items))
    assert [d.id for d in documents if isinstance(d, RawDocument)] == ["news-1", "news-2"]
    first = documents[0]
    assert isinstance(first, RawDocument)
    assert first.body == "The harbour master said so."
    assert (first.title, first.url, first.outlet) == (
        "Pier reopens",
        "https://gazette.example/pier",
        "Harbour Gazette",
    )
    assert first.published == datetime(2023, 5, 15, 7, 30, tzinfo=UTC)
    assert first.format == "feed"
    assert first.origin == "news.xml#1"


def test_atom_content_wins_over_summary_and_published_over_updated() -> None:
    (document,) = _read(ATOM)
    assert isinstance(document, RawDocument)
    assert document.body == "The union said the strike was over.\nFerries run again."
    assert document.author == "Ola Berg"
    assert document.outlet == "Quay Post"
    assert document.published == datetime(2023, 5, 15, 6, 0, tzinfo=UTC)


def test_feed_without_entries_is_a_failure() -> None:
    (failure,) = _read(rss([]))
    assert failure == Failure("news.xml", "feed has no entries")


def test_entry_without_content_fetches_its_link_when_asked() -> None:
    feed = rss([("Pier", "https://gazette.example/pier", "")])
    fetched: list[str] = []

    def fetch_page(url: str, doc_id: str, origin: str) -> RawDocument:
        fetched.append(url)
        return RawDocument(id=doc_id, body="Linked body.", origin=origin, format="url", url=url)

    options = IngestOptions(fetch_linked=True)
    (document,) = feed_documents(
        feed.encode(), stem="n", origin="n.xml", options=options, fetch_page=fetch_page
    )
    assert isinstance(document, RawDocument)
    assert (document.body, document.id, document.title) == ("Linked body.", "n-1", "Pier")
    assert fetched == ["https://gazette.example/pier"]


def test_entry_without_content_is_a_failure_when_links_are_not_fetched() -> None:
    (failure,) = _read(rss([("Pier", "https://gazette.example/pier", "")]))
    assert failure == Failure("news.xml#1", "entry has no content or summary")


def test_bozo_feed_with_entries_still_yields_them() -> None:
    broken = rss([("A & B", "https://g.example/a", "Text &nbsp; with a bad entity")])
    documents = _read(broken)
    assert any(isinstance(d, RawDocument) and "Text" in d.body for d in documents)


def test_entries_over_the_limit_are_skipped_with_a_failure() -> None:
    items = [(f"t{n}", f"https://g.example/{n}", f"body {n}") for n in range(5)]
    documents = list(
        feed_documents(
            rss(items).encode(),
            stem="n",
            origin="n.xml",
            options=IngestOptions(max_feed_entries=3),
        )
    )
    assert [d.id for d in documents if isinstance(d, RawDocument)] == ["n-1", "n-2", "n-3"]
    assert isinstance(documents[-1], Failure)
    assert "5 entries, over the 3-entry limit" in documents[-1].reason
