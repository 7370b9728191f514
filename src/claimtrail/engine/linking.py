"""The corpus stages after storing: stories, same-statement groups, story dates, discrepancies.

Only the stories that received new articles are recomputed: a new article joins a story (or
starts one) incrementally, then that story's statements are regrouped, dated from their group
and checked for discrepancies. The reads are bounded too (store/windows.py): the articles in no
story, the stories active within the clusterer's window around their dates, a sample of those
stories' members, and the statements of the stories that change. So the cost grows with the new
articles and the stories they touch, not with the store.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import timedelta

from claimtrail.discrepancies import DiscrepancyInput, find
from claimtrail.model import Article, Discrepancy, Entity, Statement, Story
from claimtrail.store import windows
from claimtrail.store.base import Store
from claimtrail.store.queries import entities_by_id
from claimtrail.stories.cluster import StoryClusterer, StoryOptions, story_options_for
from claimtrail.stories.embed import Embedder, load_embedder
from claimtrail.stories.link import LinkItem, StatementLinker
from claimtrail.temporal.story import story_dates

# Dates the article itself gives; a publication-date fallback is weaker than the group's date.
OWN_DATE_BASES = ("explicit", "relative")
# An undated article may belong to any story: it is compared with the stories of this many
# most recently stored articles (undated news is usually fresh news).
RECENT_ARTICLES = 2000


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
    new_articles = windows.unclustered_articles(store)
    if not new_articles:
        return LinkReport(0, 0, 0)
    embedder = embedder or load_embedder()
    options = story_options_for(embedder)
    candidates = windows.stories_by_id(store, _candidate_story_ids(store, new_articles, options))
    known = windows.newest_members(store, candidates, options.sample_known)
    clusterer = StoryClusterer(embedder, options, stories=candidates, known=known)
    new_statements = windows.statements_of(store, [a.id for a in new_articles])
    for article in new_articles:
        clusterer.add(article, new_statements.get(article.id, ()))
    new_ids = {a.id for a in new_articles}
    changed = [s for s in clusterer.stories() if new_ids & set(s.article_ids)]
    store.write_stories(changed)

    members = [a for story in changed for a in story.article_ids]
    earlier = [a for a in members if a not in new_ids]
    articles = {a.id: a for a in new_articles} | windows.articles_of(store, earlier)
    by_article = new_statements | windows.statements_of(store, earlier)
    referenced = {i for ss in by_article.values() for s in ss for i in (s.speaker_id, s.via_id)}
    entities = entities_by_id(store, sorted(i for i in referenced if i is not None))
    linker = StatementLinker(embedder)
    regrouped = flagged = 0
    for story in changed:
        statements = [s for a in story.article_ids for s in by_article.get(a, ())]
        updated = _grouped(linker, story, statements, articles)
        story_articles = {a: articles[a] for a in story.article_ids if a in articles}
        updated = story_dates(updated, story_articles)
        changed_statements = [u for u, s in zip(updated, statements, strict=True) if u != s]
        if changed_statements:
            store.replace_statements(changed_statements)
        regrouped += len(changed_statements)
        found = _discrepancies(story, updated, articles, entities)
        store.replace_story_discrepancies(story.id, found)
        flagged += len(found)
    return LinkReport(len(changed), regrouped, flagged)


def _candidate_story_ids(
    store: Store, new_articles: Sequence[Article], options: StoryOptions
) -> set[str]:
    """The stories a new article could join: active within the window of its date, holding
    the original it copies, or (for an undated one) recent."""
    wanted = windows.stories_of_articles(
        store, [a.duplicate_of for a in new_articles if a.duplicate_of]
    )
    moments = [a.published for a in new_articles if a.published is not None]
    if moments:
        # one day more than the window: the clusterer compares calendar days
        margin = timedelta(days=options.window_days + 1)
        wanted |= windows.stories_active(store, min(moments) - margin, max(moments) + margin)
    if len(moments) < len(new_articles):
        wanted |= windows.stories_recent(store, RECENT_ARTICLES)
    return wanted


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
    # the story's own speakers and channels: the detectors index every name they are given,
    # so passing all the run's entities made each story cost what the whole run holds
    ids = {i for s in statements for i in (s.speaker_id, s.via_id) if i is not None}
    own = {i: entities[i] for i in ids if i in entities}
    return find(DiscrepancyInput(story.id, members, statements, own))


def _content(statement: Statement, article: Article) -> str:
    return " ".join(span.text_of(article.text) for span in statement.attribution.content)
