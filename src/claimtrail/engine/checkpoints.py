"""What a crashed or partial run left undone, read back from the store.

Finished partitions are skipped on rerun (the engines ask `store.is_partition_done`); the
articles a killed run stored but never linked are found here, so the rerun links them too.
"""

from __future__ import annotations

from claimtrail.store.base import Store


def unlinked_article_ids(store: Store) -> list[str]:
    """Stored articles in no story, in store order: linking puts every article it sees in one,
    so these are the articles whose cross-article stages have not run yet."""
    in_stories = {article_id for story in store.stories() for article_id in story.article_ids}
    return [article.id for article in store.articles() if article.id not in in_stories]
