"""Reads for the corpus stages, bounded by time or by ids rather than by the store's size.

Linking a batch of new articles needs the articles in no story yet, the stories active around
their dates, a sample of those stories' members and the statements of the stories that change.
Each query here uses an index (articles_published, story_articles_story, statements_article),
so linking costs what the new articles touch, however much the store holds.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import datetime

from claimtrail.model import Article, Statement, Story
from claimtrail.store import rows
from claimtrail.store.base import Store
from claimtrail.store.queries import articles_by_id
from claimtrail.store.sql import _SELECT_ARTICLES, _SELECT_STATEMENTS, sql_store

_NOT_IN_STORY = (
    " WHERE NOT EXISTS (SELECT 1 FROM story_articles sa WHERE sa.article_id = articles.id)"
    " ORDER BY seq, id"
)


def unclustered_articles(store: Store) -> list[Article]:
    """Articles in no story, in ingest order: new ones, and those a killed run left behind."""
    found = sql_store(store)._read(
        "cannot read articles in no story",
        _SELECT_ARTICLES + _NOT_IN_STORY,
    )
    return [rows.article_from(r) for r in found]


def stories_active(store: Store, first: datetime, last: datetime) -> set[str]:
    """Ids of the stories with an article published between `first` and `last` (inclusive)."""
    found = sql_store(store)._read(
        "cannot read active stories",
        "SELECT DISTINCT sa.story_id FROM articles a"
        " JOIN story_articles sa ON sa.article_id = a.id"
        " WHERE a.published >= ? AND a.published <= ?",
        (rows.utc_text(first), rows.utc_text(last)),
    )
    return {str(r[0]) for r in found}


def stories_recent(store: Store, articles: int) -> set[str]:
    """Ids of the stories of the last `articles` articles stored (in a story)."""
    found = sql_store(store)._read(
        "cannot read recent stories",
        "SELECT sa.story_id FROM articles a JOIN story_articles sa ON sa.article_id = a.id"
        " ORDER BY a.seq DESC, a.id DESC LIMIT ?",
        (articles,),
    )
    return {str(r[0]) for r in found}


def stories_of_articles(store: Store, article_ids: Iterable[str]) -> set[str]:
    """Ids of the stories holding any of `article_ids`."""
    found = sql_store(store)._read_in(
        "cannot read stories of articles",
        "SELECT DISTINCT story_id FROM story_articles",
        "article_id",
        sorted(set(article_ids)),
    )
    return {str(r[0]) for r in found}


def stories_by_id(store: Store, story_ids: Iterable[str]) -> list[Story]:
    """The stories with these ids, in id order, members in story order."""
    db = sql_store(store)
    wanted = sorted(set(story_ids))
    titles: dict[str, str] = dict(
        db._read_in("cannot read stories", "SELECT id, title FROM stories", "id", wanted)
    )
    members: dict[str, list[str]] = defaultdict(list)
    # a story's members all fall in its id's chunk, so the order within each chunk holds
    for story_id, article_id in db._read_in(
        "cannot read stories",
        "SELECT story_id, article_id FROM story_articles",
        "story_id",
        wanted,
        " ORDER BY story_id, position",
    ):
        members[story_id].append(article_id)
    return [Story(i, titles[i], tuple(members[i])) for i in sorted(titles)]


def newest_members(store: Store, stories: Sequence[Story], per_story: int) -> list[Article]:
    """Up to `per_story` most recently published articles of each story (undated last)."""
    ids = [a for story in stories for a in story.article_ids]
    published = {
        str(article_id): "" if moment is None else str(moment)
        for article_id, moment in sql_store(store)._read_in(
            "cannot read story members", "SELECT id, published FROM articles", "id", ids
        )
    }
    wanted: list[str] = []
    for story in stories:
        dated = sorted(story.article_ids, key=lambda a: published.get(a, ""))
        wanted.extend(dated[-per_story:])
    found = articles_by_id(store, wanted)
    return [found[a] for a in wanted if a in found]


def articles_of(store: Store, article_ids: Sequence[str]) -> dict[str, Article]:
    """Whole articles by id, read in chunks."""
    return articles_by_id(store, article_ids)


def statements_of(store: Store, article_ids: Sequence[str]) -> dict[str, list[Statement]]:
    """Each article's statements, in the order they were written."""
    found: dict[str, list[Statement]] = defaultdict(list)
    # an article's statements all fall in its id's chunk, so the order within each chunk holds
    for row in sql_store(store)._read_in(
        "cannot read statements",
        _SELECT_STATEMENTS,
        "article_id",
        sorted(set(article_ids)),
        " ORDER BY seq, id",
    ):
        statement = rows.statement_from(row)
        found[statement.article_id].append(statement)
    return found
