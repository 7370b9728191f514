"""The store's MinHash signatures and LSH buckets of article texts (migration 0003).

engine/duplicates.py finds near copies through these: the articles sharing a bucket with a new
text are its candidates, their signatures give the similarity. Lookups use the bucket index,
so they cost the same whatever the store holds.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from claimtrail.model import Article
from claimtrail.store import rows
from claimtrail.store.base import Store
from claimtrail.store.sql import _SELECT_ARTICLES, sql_store

_UNSIGNED = (
    " WHERE NOT EXISTS"
    " (SELECT 1 FROM article_signatures s WHERE s.article_id = articles.id)"
    " ORDER BY seq, id LIMIT ?"
)


@dataclass(frozen=True, slots=True)
class Signed:
    """A stored article as duplicate detection sees it."""

    article_id: str
    signature: str  # hex; '' when the text has no words
    duplicate_of: str | None
    seq: int


def write(
    store: Store, article_id: str, signature: str, buckets: Sequence[tuple[int, str]]
) -> None:
    """Record an article's signature and buckets in one transaction (again: nothing changes)."""
    db = sql_store(store)
    with db._write("cannot write a text signature"):
        if db._fetch("SELECT 1 FROM article_signatures WHERE article_id = ?", (article_id,)):
            return
        db._execute(
            "INSERT INTO article_signatures (article_id, signature) VALUES (?, ?)",
            (article_id, signature),
        )
        db._execute_many(
            "INSERT INTO article_buckets (band, bucket, article_id) VALUES (?, ?, ?)",
            [(band, bucket, article_id) for band, bucket in buckets],
        )


def unsigned(store: Store, page: int = 500) -> Iterator[Article]:
    """Stored articles with no signature yet, in ingest order (read a page at a time)."""
    db = sql_store(store)
    while True:
        found = db._read("cannot read unsigned articles", _SELECT_ARTICLES + _UNSIGNED, (page,))
        yield from (rows.article_from(r) for r in found)
        if len(found) < page:
            return


def candidates(store: Store, buckets: Sequence[tuple[int, str]]) -> list[Signed]:
    """The signed articles sharing at least one bucket with `buckets`."""
    db = sql_store(store)
    ids: set[str] = set()
    for band, bucket in buckets:
        ids.update(
            str(r[0])
            for r in db._read(
                "cannot look up text buckets",
                "SELECT article_id FROM article_buckets WHERE band = ? AND bucket = ?",
                (band, bucket),
            )
        )
    return signed(store, sorted(ids))


def signed(store: Store, article_ids: Sequence[str]) -> list[Signed]:
    """Signature, duplicate link and ingest position of each stored article in `article_ids`."""
    found = sql_store(store)._read_in(
        "cannot read text signatures",
        "SELECT a.id, s.signature, a.duplicate_of, a.seq FROM articles a"
        " LEFT JOIN article_signatures s ON s.article_id = a.id",
        "a.id",
        article_ids,
    )
    return [
        Signed(str(r[0]), str(r[1] or ""), None if r[2] is None else str(r[2]), int(str(r[3])))
        for r in found
    ]
