"""The corpus stages after storing: stories, same-statement groups, story dates, discrepancies.

Only the stories that received new articles are recomputed: a new article joins a story (or
starts one) incrementally, then that story's statements are regrouped, dated from their group
and checked for discrepancies. Cost grows with the size of the changed stories, not the store.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from claimtrail.discrepancies import DiscrepancyInput, find
from claimtrail.model import Article, Discrepancy, Entity, Statement, Story
from claimtrail.store.base import Store
from claimtrail.stories.cluster import StoryClusterer
from claimtrail.stories.embed import Embedder, load_embedder
from claimtrail.stories.link import LinkItem, StatementLinker
from claimtrail.temporal.story import story_dates

# Dates the article itself gives; a publication-date fallback is weaker than the group's date.
OWN_DATE_BASES = ("explicit", "relative")


@dataclass(frozen=True, slots=True)
class LinkReport:
    """What the corpus stages changed."""

    stories: int
    statements_regrouped: int
    discrepancies: int


def link_new_articles(store: Store, embedder: Embedder | None = None) -> LinkReport:
    """Cluster the articles in no story yet, then regroup, date and check the stories changed.

    An article stored by an interrupted run, or by `claimtrail ingest`, is in no story, so
    the next run links it: these stages resume like the per-article ones.
    """
    articles = {a.id: a for a in store.articles()}
    stories = list(store.stories())
    clustered = {i for s in stories for i in s.article_ids}
    new_article_ids = [a for a in articles if a not in clustered]
    if not new_article_ids:
        return LinkReport(0, 0, 0)
    embedder = embedder or load_embedder()
    clusterer = StoryClusterer(
        embedder, stories=stories, known=[articles[i] for i in clustered if i in articles]
    )
    by_article: dict[str, list[Statement]] = defaultdict(list)
    for statement in store.statements():
        by_article[statement.article_id].append(statement)
    entities = {e.id: e for e in store.entities()}
    for article_id in new_article_ids:
        clusterer.add(articles[article_id], by_article[article_id], entities)
    new = set(new_article_ids)
    changed = [s for s in clusterer.stories() if new & set(s.article_ids)]
    store.write_stories(changed)
    linker = StatementLinker(embedder)
    regrouped = flagged = 0
    for story in changed:
        statements = [s for a in story.article_ids for s in by_article.get(a, ())]
        updated = _grouped(linker, story, statements, articles)
        members = {a: articles[a] for a in story.article_ids if a in articles}
        updated = story_dates(updated, members)
        changed_statements = [u for u, s in zip(updated, statements, strict=True) if u != s]
        if changed_statements:
            store.replace_statements(changed_statements)
        regrouped += len(changed_statements)
        found = _discrepancies(story, updated, articles, entities)
        store.write_discrepancies(found)
        flagged += len(found)
    return LinkReport(len(changed), regrouped, flagged)


def _grouped(
    linker: StatementLinker,
    story: Story,
    statements: Sequence[Statement],
    articles: Mapping[str, Article],
) -> list[Statement]:
    items = [
        LinkItem(
            statement_id=s.id,
            article_id=s.article_id,
            story_id=story.id,
            speaker_id=s.speaker_id,
            said_on=s.said_on if s.said_on_basis in OWN_DATE_BASES else None,
            content=_content(s, articles[s.article_id]),
            language=articles[s.article_id].language,
            published=articles[s.article_id].published,
            group=s.group,
        )
        for s in statements
    ]
    groups = linker.link(items)
    return [replace(s, group=groups.get(s.id, s.group)) for s in statements]


def _discrepancies(
    story: Story,
    statements: Sequence[Statement],
    articles: Mapping[str, Article],
    entities: Mapping[str, Entity],
) -> list[Discrepancy]:
    members = {a: articles[a] for a in story.article_ids if a in articles}
    return find(DiscrepancyInput(story.id, members, statements, entities))


def _content(statement: Statement, article: Article) -> str:
    return " ".join(span.text_of(article.text) for span in statement.attribution.content)
