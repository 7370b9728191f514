"""The `Store` protocol: what the engine, CLI, API and exports call, whatever the back end."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from types import TracebackType
from typing import Protocol, Self, runtime_checkable

from claimtrail.model import (
    Article,
    Discrepancy,
    Entity,
    EntityProfile,
    Failure,
    Statement,
    Story,
)


@runtime_checkable
class Store(Protocol):
    """Persistent records of a claimtrail run; every method raises only `StoreError`."""

    @property
    def url(self) -> str:
        """Where the store lives, with any password replaced by `***`."""
        ...

    def write_article(self, article: Article, statements: Sequence[Statement] = ()) -> bool:
        """Store an article and its statements in one transaction; False if already stored.

        An article with the same id and content hash is left alone (nothing is written); the
        same id with another hash raises `StoreError`, as does a span outside `article.text`.
        """
        ...

    def article_hash(self, article_id: str) -> str | None: ...

    def find_by_hash(self, content_hash: str) -> str | None:
        """The id of a stored article with this content hash (the earliest stored), or None."""
        ...

    def articles(self) -> Iterator[Article]:
        """Every article in ingest order, then by id; read in pages, never all at once."""
        ...

    def get_article(self, article_id: str) -> Article | None: ...

    def statements(self, article_id: str | None = None) -> Iterator[Statement]:
        """Statements in ingest order (an article's in the order they were written)."""
        ...

    def replace_statements(self, statements: Sequence[Statement]) -> None:
        """Update speaker, said_on (with basis and time expression), via and group by id.

        One transaction; an id that is not stored raises `StoreError` and changes nothing.
        """
        ...

    def write_entities(
        self, entities: Sequence[Entity], profiles: Sequence[EntityProfile] = ()
    ) -> None:
        """Upsert entities and what the resolver learnt of them (one transaction)."""
        ...

    def entities(self) -> Iterator[Entity]: ...

    def entity_profiles(self) -> Iterator[EntityProfile]: ...

    def write_stories(self, stories: Sequence[Story]) -> None:
        """Upsert stories; an article moves to the story that lists it last.

        A story left with no articles by such a move is deleted.
        """
        ...

    def stories(self) -> Iterator[Story]: ...

    def write_discrepancies(self, items: Sequence[Discrepancy]) -> None: ...

    def replace_story_discrepancies(self, story_id: str, items: Sequence[Discrepancy]) -> None:
        """What a story's check found, in place of what its earlier checks found (one
        transaction; reviews are keyed by discrepancy id and outlive the rewrite)."""
        ...

    def discrepancies(self) -> Iterator[Discrepancy]: ...

    def is_partition_done(self, key: str, fingerprint: str) -> bool: ...

    def mark_partition_done(self, key: str, fingerprint: str) -> None: ...

    def record_failure(self, failure: Failure) -> None:
        """Record a failure once: the same origin and reason again only updates its time."""
        ...

    def failures(self) -> Iterator[Failure]: ...

    def stats(self) -> dict[str, int]:
        """Row counts: articles, statements, speakers, entities, stories, discrepancies,
        duplicates, failures."""
        ...

    def close(self) -> None: ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...
