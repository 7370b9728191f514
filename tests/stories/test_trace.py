"""Provenance: the first report of a statement, who passed it on, and who copied whom."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from claimtrail.model import Article
from claimtrail.stories.link import LinkItem
from claimtrail.stories.trace import Provenance, provenance, reports

START = datetime(2024, 2, 25, 9, tzinfo=UTC)


def article(
    article_id: str, outlet: str, hours: int | None, duplicate_of: str | None = None
) -> Article:
    return Article(
        id=article_id,
        text="text",
        content_hash=article_id,
        origin="test",
        outlet=outlet,
        published=None if hours is None else START + timedelta(hours=hours),
        duplicate_of=duplicate_of,
    )


def report(statement_id: str, art: Article, group: str | None = "G") -> LinkItem:
    return LinkItem(
        statement_id=statement_id,
        article_id=art.id,
        story_id="s",
        speaker_id="budanov",
        said_on=date(2024, 2, 25),
        content=f"words of {statement_id}",
        language="en",
        published=art.published,
        group=group,
    )


ARTICLES = {
    a.id: a
    for a in (
        article("wire", "reuters.com", 2),
        article("paper", "kyivindependent.com", 5),
        article("local", "localnews.example", 9),
        article("farm", "pledgetimes.com", 10, duplicate_of="paper"),
        article("undated", "blog.example", None),
    )
}


def test_the_earliest_report_is_found_whatever_the_input_order() -> None:
    items = [report(f"s-{a}", ARTICLES[a]) for a in ("local", "paper", "undated", "wire")]
    result = provenance("G", items, ARTICLES, {})
    assert (result.earliest_statement, result.earliest_article) == ("s-wire", "wire")


def test_the_chain_runs_from_agency_through_wire_to_local_outlets() -> None:
    items = [report(f"s-{a}", ARTICLES[a]) for a in ("local", "paper", "wire")]
    via = {"s-wire": "ukrinform", "s-paper": "reuters", "s-local": "reuters"}
    result = provenance("G", items, ARTICLES, via)
    assert result.chain == (
        "ukrinform",
        "reuters.com",
        "reuters",
        "kyivindependent.com",
        "localnews.example",
    )


def test_near_duplicate_articles_are_listed_as_copies_of_their_originals() -> None:
    items = [report(f"s-{a}", ARTICLES[a]) for a in ("paper", "farm")]
    assert provenance("G", items, ARTICLES, {}).copies == (("farm", "paper"),)


def test_other_groups_reports_are_ignored() -> None:
    items = [
        report("s-wire", ARTICLES["wire"], group="OTHER"),
        report("s-local", ARTICLES["local"]),
    ]
    result = provenance("G", items, ARTICLES, {})
    assert result.earliest_statement == "s-local"


def test_a_singleton_group_named_after_its_statement_is_traced() -> None:
    items = [report("alone", ARTICLES["paper"], group=None)]
    assert provenance("alone", items, ARTICLES, {}).earliest_article == "paper"


def test_an_empty_group_gives_empty_provenance() -> None:
    assert provenance("G", [], ARTICLES, {}) == Provenance("G", "", "", (), ())


def test_a_report_whose_article_is_unknown_still_counts() -> None:
    items = [report("s-x", article("gone", "x.example", 1))]
    assert provenance("G", items, {}, {}).earliest_article == "gone"


def test_reports_list_who_repeated_it_in_what_words_earliest_first() -> None:
    items = [report(f"s-{a}", ARTICLES[a]) for a in ("local", "undated", "wire")]
    ordered = reports("G", items, ARTICLES)
    assert [(r.article_id, r.content) for r in ordered] == [
        ("wire", "words of s-wire"),
        ("local", "words of s-local"),
        ("undated", "words of s-undated"),
    ]
