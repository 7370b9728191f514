"""Story reads for the API and web pages: one story, and the story an article is in."""

from __future__ import annotations

from claimtrail.model import Story
from claimtrail.store.base import Store
from claimtrail.store.sql import sql_store


def story(store: Store, story_id: str) -> Story | None:
    db = sql_store(store)
    found = db._read(
        "cannot read a story", "SELECT id, title FROM stories WHERE id = ?", (story_id,)
    )
    if not found:
        return None
    members = db._read(
        "cannot read a story",
        "SELECT article_id FROM story_articles WHERE story_id = ? ORDER BY position",
        (story_id,),
    )
    return Story(found[0][0], found[0][1], tuple(r[0] for r in members))


def story_of_article(store: Store, article_id: str) -> str | None:
    found = sql_store(store)._read(
        "cannot read a story",
        "SELECT story_id FROM story_articles WHERE article_id = ?",
        (article_id,),
    )
    return str(found[0][0]) if found else None
