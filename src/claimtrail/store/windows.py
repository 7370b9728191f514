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
from claimtrail.store.queries import articles_by_id, sql_store
from claimtrail.store.sql import _SELECT_ARTICLES, _SELECT_STATEMENTS, chunks, where_in

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
    db = sql_store(store)
    found: set[str] = set()
    for part in chunks(sorted(set(article_ids))):
        found.update(
            str(r[0])
            for r in db._read(
                "cannot read stories of articles",
                where_in("SELECT DISTINCT story_id FROM story_articles", "article_id", part),
                part,
            )
        )
    return found


def stories_by_id(store: Store, story_ids: Iterable[str]) -> list[Story]:
    """The stories with these ids, in id order, members in story order."""
    db = sql_store(store)
    titles: dict[str, str] = {}
    members: dict[str, list[str]] = defaultdict(list)
    for part in chunks(sorted(set(story_ids))):
        for story_id, title in db._read(
            "cannot read stories", where_in("SELECT id, title FROM stories", "id", part), part
        ):
            titles[story_id] = title
        for story_id, article_id in db._read(
            "cannot read stories",
            where_in(
                "SELECT story_id, article_id FROM story_articles",
                "story_id",
                part,
                " ORDER BY story_id, position",
            ),
            part,
        ):
            members[story_id].append(article_id)
    return [Story(i, titles[i], tuple(members[i])) for i in sorted(titles)]


def newest_members(store: Store, stories: Sequence[Story], per_story: int) -> list[Article]:
    """Up to `per_story` most recently published articles of each story (undated last)."""
    db = sql_store(store)
    published: dict[str, str] = {}
    ids = [a for story in stories for a in story.article_ids]
    for part in chunks(ids):
        for article_id, moment in db._read(
            "cannot read story members",
            where_in("SELECT id, published FROM articles", "id", part),
            part,
        ):
            published[article_id] = "" if moment is None else str(moment)
    wanted: list[str] = []
    for story in stories:
        dated = sorted(story.article_ids, key=lambda a: published.get(a, ""))
        wanted.extend(dated[-per_story:])
    found: dict[str, Article] = {}
    for part in chunks(wanted):
        found.update(articles_by_id(store, part))
    return [found[a] for a in wanted if a in found]


def articles_of(store: Store, article_ids: Sequence[str]) -> dict[str, Article]:
    """Whole articles by id, read in chunks."""
    found: dict[str, Article] = {}
    for part in chunks(sorted(set(article_ids))):
        found.update(articles_by_id(store, part))
    return found


def statements_of(store: Store, article_ids: Sequence[str]) -> dict[str, list[Statement]]:
    """Each article's statements, in the order they were written."""
    db = sql_store(store)
    found: dict[str, list[Statement]] = defaultdict(list)
    for part in chunks(sorted(set(article_ids))):
        for row in db._read(
            "cannot read statements",
            where_in(_SELECT_STATEMENTS, "article_id", part, " ORDER BY seq, id"),
            part,
        ):
            statement = rows.statement_from(row)
            found[statement.article_id].append(statement)
    return found
