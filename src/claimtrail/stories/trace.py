"""Provenance of one same-statement group: the first report, who passed it on, who copied whom."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from claimtrail.model import Article
from claimtrail.stories.link import LinkItem


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where a group's reports come from; every id refers to the inputs of `provenance`."""

    group: str
    earliest_statement: str
    earliest_article: str
    # intermediaries in order of first appearance: agency -> wire -> local outlet (entity ids
    # from `via`, else outlet names); a report adds its credited source, then its own outlet
    chain: tuple[str, ...]
    copies: tuple[tuple[str, str], ...]  # (article, original) near-duplicate pairs


def _report_order(item: LinkItem, articles: Mapping[str, Article]) -> tuple[int, str, str]:
    article = articles.get(item.article_id)
    published = item.published or (article.published if article else None)
    # undated reports go last: nothing shows they came first
    return (
        (0, published.isoformat(), item.statement_id) if published else (1, "", item.statement_id)
    )


def provenance(
    group: str,
    items: Sequence[LinkItem],
    articles: Mapping[str, Article],
    via: Mapping[str, str | None],
) -> Provenance:
    """The group's earliest report, chain of intermediaries and copied articles.

    `items` may hold other groups' statements too: an item counts when its `group` is `group`
    (or it is the group's own id). `via` maps statement id -> the credited intermediary.
    A group with no member yields empty fields rather than an error.
    """
    ordered = reports(group, items, articles)
    if not ordered:
        return Provenance(group, "", "", (), ())
    chain: list[str] = []
    for item in ordered:
        article = articles.get(item.article_id)
        for name in (via.get(item.statement_id), article.outlet if article else None):
            if name and name not in chain:
                chain.append(name)
    member_articles = list(dict.fromkeys(item.article_id for item in ordered))
    copies = tuple(
        (aid, original)
        for aid in member_articles
        if (article := articles.get(aid)) is not None
        and (original := article.duplicate_of) is not None
    )
    first = ordered[0]
    return Provenance(group, first.statement_id, first.article_id, tuple(chain), copies)


def reports(
    group: str, items: Sequence[LinkItem], articles: Mapping[str, Article]
) -> list[LinkItem]:
    """The group's reports, earliest first: who repeated it, and in what words."""
    members = [
        item
        for item in items
        if item.group == group or (item.group is None and item.statement_id == group)
    ]
    return sorted(members, key=lambda item: _report_order(item, articles))
