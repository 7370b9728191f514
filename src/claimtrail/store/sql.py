"""The queries both back ends share; `SqliteStore` and `PostgresStore` only connect and run them.

Queries use `?` placeholders (the PostgreSQL store translates them) and every value travels as
a parameter. Reads go page by page on the key they are ordered by, so no cursor stays open
between the pages a caller consumes, and a caller may write while it iterates.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from datetime import UTC, datetime
from importlib.abc import Traversable
from types import TracebackType
from typing import ClassVar, Self

from claimtrail.errors import StoreError
from claimtrail.model import (
    Article,
    Discrepancy,
    Entity,
    EntityProfile,
    Failure,
    Statement,
    Story,
)
from claimtrail.store import migrate, rows
from claimtrail.store.base import Store
from claimtrail.store.rows import Row

_PAGE_ROWS = 500
# ids per IN (...) list: under SQLite's oldest limit of 999 bound parameters
_IN_CHUNK = 500


def chunks(items: Sequence[str], size: int = _IN_CHUNK) -> Iterator[Sequence[str]]:
    """`items` in slices short enough for one IN (...) list."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def where_in(select: str, column: str, ids: Sequence[str], tail: str = "") -> str:
    """`select` restricted to rows whose `column` is one of `ids`, as `?` parameters."""
    return f"{select} WHERE {column} IN ({', '.join('?' * len(ids))}){tail}"


# Column lists are spelled out in each query (no formatting); the tuples in rows.py follow
# these orders.
_INSERT_ARTICLE = (
    "INSERT INTO articles (id, text, content_hash, origin, url, outlet, title, author,"
    " published, published_offset_s, published_basis, language, duplicate_of,"
    " duplicate_similarity, ingested_at, seq)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
    " (SELECT COALESCE(MAX(seq), 0) + 1 FROM articles))"
    " ON CONFLICT (id) DO NOTHING"
)
_SELECT_ARTICLES = (
    "SELECT id, text, content_hash, origin, url, outlet, title, author, published,"
    " published_offset_s, published_basis, language, duplicate_of, duplicate_similarity,"
    " seq, id FROM articles"
)
_INSERT_STATEMENT = (
    "INSERT INTO statements (id, article_id, source, cue, content, via, kind, confidence,"
    " speaker_id, said_on, said_on_basis, time_expression, via_id, grp, seq)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_SELECT_STATEMENTS = (
    "SELECT id, article_id, source, cue, content, via, kind, confidence, speaker_id, said_on,"
    " said_on_basis, time_expression, via_id, grp, seq, id FROM statements"
)
_UPDATE_STATEMENT = (
    "UPDATE statements SET speaker_id = ?, said_on = ?, said_on_basis = ?, time_expression = ?,"
    " via_id = ?, grp = ? WHERE id = ?"
)
_UPSERT_ENTITY = (
    "INSERT INTO entities (id, name, type, aliases) VALUES (?, ?, ?, ?) ON CONFLICT (id)"
    " DO UPDATE SET name = excluded.name, type = excluded.type, aliases = excluded.aliases"
)
_SELECT_ENTITIES = "SELECT id, name, type, aliases, id FROM entities"
_UPSERT_PROFILE = (
    "INSERT INTO entity_profiles (entity_id, office_classes, office_qualifiers, office_owners,"
    " mentions, context, last_seen) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (entity_id)"
    " DO UPDATE SET office_classes = excluded.office_classes,"
    " office_qualifiers = excluded.office_qualifiers, office_owners = excluded.office_owners,"
    " mentions = excluded.mentions, context = excluded.context, last_seen = excluded.last_seen"
)
_SELECT_PROFILES = (
    "SELECT entity_id, office_classes, office_qualifiers, office_owners, mentions, context,"
    " last_seen, entity_id FROM entity_profiles"
)
_UPSERT_DISCREPANCY = (
    "INSERT INTO discrepancies (id, kind, statement_ids, article_ids, evidence, explanation,"
    " score, story_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (id) DO UPDATE SET kind = excluded.kind,"
    " statement_ids = excluded.statement_ids, article_ids = excluded.article_ids,"
    " evidence = excluded.evidence, explanation = excluded.explanation, score = excluded.score,"
    " story_id = excluded.story_id"
)
_SELECT_DISCREPANCIES = (
    "SELECT id, kind, statement_ids, article_ids, evidence, explanation, score, story_id, id"
    " FROM discrepancies"
)
_STATS = {
    "articles": "SELECT COUNT(*) FROM articles",
    "statements": "SELECT COUNT(*) FROM statements",
    "speakers": "SELECT COUNT(DISTINCT speaker_id) FROM statements",
    "entities": "SELECT COUNT(*) FROM entities",
    "stories": "SELECT COUNT(*) FROM stories",
    "discrepancies": "SELECT COUNT(*) FROM discrepancies",
    "duplicates": "SELECT COUNT(*) FROM articles WHERE duplicate_of IS NOT NULL",
    "failures": "SELECT COUNT(*) FROM failures",
}


class SqlStore:
    """A `Store` over a DB-API connection; subclasses supply the five hooks below."""

    dialect: ClassVar[str]
    _driver_errors: tuple[type[Exception], ...] = ()

    def __init__(self, url: str) -> None:
        self._url = url
        self._lock = threading.RLock()  # one connection: one statement or transaction at a time

    # ---- back-end hooks

    def _execute(self, query: str, params: Sequence[object] = ()) -> int:
        """Run one statement; the number of rows it changed."""
        raise NotImplementedError

    def _execute_many(self, query: str, params: Sequence[Sequence[object]]) -> int:
        raise NotImplementedError

    def _fetch(self, query: str, params: Sequence[object] = ()) -> list[Row]:
        raise NotImplementedError

    def _transaction(self) -> AbstractContextManager[None]:
        raise NotImplementedError

    def _message(self, error: Exception) -> str:
        """A driver error as one line that is safe to show (no password)."""
        return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__

    def _lock_schema(self) -> None:
        """Keep two processes from migrating at once (SQLite's write lock already does)."""

    def close(self) -> None:
        raise NotImplementedError

    # ---- plumbing

    @property
    def url(self) -> str:
        return self._url

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._url!r})"

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @contextmanager
    def _guard(self, action: str) -> Iterator[None]:
        try:
            yield
        except StoreError:
            raise
        except UnicodeError as error:
            raise StoreError(f"{action}: text the database cannot encode ({error})") from error
        except self._driver_errors as error:
            raise StoreError(f"{action}: {self._message(error)}") from error

    def _read(self, action: str, query: str, params: Sequence[object] = ()) -> list[Row]:
        with self._lock, self._guard(action):
            return self._fetch(query, params)

    def _read_in(
        self, action: str, select: str, column: str, ids: Sequence[str], tail: str = ""
    ) -> list[Row]:
        """Rows of `select` whose `column` is one of `ids`, read a chunk of ids at a time
        (`tail`, such as an ORDER BY, applies within each chunk)."""
        found: list[Row] = []
        for part in chunks(ids):
            found.extend(self._read(action, where_in(select, column, part, tail), part))
        return found

    @contextmanager
    def _write(self, action: str) -> Iterator[None]:
        """One transaction: committed when the block ends, rolled back on any exception."""
        with self._lock, self._guard(action), self._transaction():
            yield

    def _pages(
        self, action: str, select: str, order: Sequence[str], where: str = "", params: Row = ()
    ) -> Iterator[Row]:
        """Rows of `select` (whose last columns are `order`, a unique key) in key order."""
        key: Row | None = None
        columns = ", ".join(order)
        while True:
            conditions = [where] if where else []
            if key is not None:
                conditions.append(f"({columns}) > ({', '.join('?' * len(order))})")
            query = select
            if conditions:
                query += " WHERE " + " AND ".join(conditions)
            query += f" ORDER BY {columns} LIMIT ?"
            page = self._read(action, query, (*params, *(key or ()), _PAGE_ROWS))
            yield from page
            if len(page) < _PAGE_ROWS:
                return
            key = page[-1][-len(order) :]

    def _migrate(self, directory: Traversable | None = None) -> None:
        wanted = migrate.migrations(self.dialect, directory)
        with self._write("cannot migrate the schema"):
            self._lock_schema()
            self._execute(migrate.CREATE_MIGRATIONS_TABLE)
            applied = {int(row[0]) for row in self._fetch("SELECT version FROM schema_migrations")}
            newest = max((m.version for m in wanted), default=0)
            if applied and max(applied) > newest:
                raise StoreError(
                    f"the database has schema version {max(applied)}, newer than this"
                    f" claimtrail knows ({newest}): upgrade claimtrail"
                )
            now = rows.utc_text(datetime.now(UTC))
            for migration in wanted:
                if migration.version in applied:
                    continue
                for statement in migration.statements:
                    self._execute(statement)
                self._execute(
                    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                    (migration.version, migration.name, now),
                )

    # ---- articles and statements

    def write_article(self, article: Article, statements: Sequence[Statement] = ()) -> bool:
        rows.check_article(article, statements)
        values = rows.article_values(article)
        now = rows.utc_text(datetime.now(UTC))
        with self._write(f"cannot write article {article.id!r}"):
            if not self._execute(_INSERT_ARTICLE, (*values, now)):
                stored = self._fetch(
                    "SELECT content_hash FROM articles WHERE id = ?", (article.id,)
                )
                if stored and stored[0][0] == article.content_hash:
                    return False
                raise StoreError(
                    f"article {article.id!r} is already stored with another content hash"
                )
            if statements:
                base = int(self._fetch("SELECT COALESCE(MAX(seq), 0) FROM statements")[0][0])
                self._execute_many(
                    _INSERT_STATEMENT,
                    [
                        (*rows.statement_values(s), base + n)
                        for n, s in enumerate(statements, start=1)
                    ],
                )
        return True

    def article_hash(self, article_id: str) -> str | None:
        found = self._read(
            "cannot read an article hash",
            "SELECT content_hash FROM articles WHERE id = ?",
            (article_id,),
        )
        return str(found[0][0]) if found else None

    def find_by_hash(self, content_hash: str) -> str | None:
        found = self._read(
            "cannot look up a content hash",
            "SELECT id FROM articles WHERE content_hash = ? ORDER BY seq, id LIMIT 1",
            (content_hash,),
        )
        return str(found[0][0]) if found else None

    def articles(self) -> Iterator[Article]:
        for row in self._pages("cannot read articles", _SELECT_ARTICLES, ("seq", "id")):
            yield rows.article_from(row)

    def get_article(self, article_id: str) -> Article | None:
        found = self._read(
            "cannot read an article",
            _SELECT_ARTICLES + " WHERE id = ?",
            (article_id,),
        )
        return rows.article_from(found[0]) if found else None

    def statements(self, article_id: str | None = None) -> Iterator[Statement]:
        where, params = ("article_id = ?", (article_id,)) if article_id is not None else ("", ())
        for row in self._pages(
            "cannot read statements", _SELECT_STATEMENTS, ("seq", "id"), where, params
        ):
            yield rows.statement_from(row)

    def replace_statements(self, statements: Sequence[Statement]) -> None:
        if not statements:
            return
        params = [(*rows.resolution_values(s), s.id) for s in statements]
        with self._write("cannot update statements"):
            if self._execute_many(_UPDATE_STATEMENT, params) != len(params):
                for statement in statements:
                    if not self._fetch("SELECT 1 FROM statements WHERE id = ?", (statement.id,)):
                        raise StoreError(f"no stored statement has id {statement.id!r}")

    # ---- entities, stories, discrepancies

    def write_entities(
        self, entities: Sequence[Entity], profiles: Sequence[EntityProfile] = ()
    ) -> None:
        if entities or profiles:
            with self._write("cannot write entities"):
                if entities:
                    self._execute_many(_UPSERT_ENTITY, [rows.entity_values(e) for e in entities])
                if profiles:  # after the entities: a profile refers to its entity
                    self._execute_many(_UPSERT_PROFILE, [rows.profile_values(p) for p in profiles])

    def entities(self) -> Iterator[Entity]:
        for row in self._pages("cannot read entities", _SELECT_ENTITIES, ("id",)):
            yield rows.entity_from(row)

    def entity_profiles(self) -> Iterator[EntityProfile]:
        for row in self._pages("cannot read entity profiles", _SELECT_PROFILES, ("entity_id",)):
            yield rows.profile_from(row)

    def write_stories(self, stories: Sequence[Story]) -> None:
        claimed: dict[str, str] = {}
        for story in stories:
            for article_id in story.article_ids:
                if claimed.setdefault(article_id, story.id) != story.id:
                    raise StoreError(
                        f"article {article_id!r} is in two stories:"
                        f" {claimed[article_id]!r} and {story.id!r}"
                    )
        if not stories:
            return
        written = {story.id for story in stories}
        with self._write("cannot write stories"):
            # only the moved articles' old stories: reading every row grew with the store
            before: dict[str, str] = {}
            for part in chunks(sorted(claimed)):
                before.update(
                    self._fetch(
                        where_in(
                            "SELECT article_id, story_id FROM story_articles", "article_id", part
                        ),
                        part,
                    )
                )
            self._execute_many(
                "INSERT INTO stories (id, title) VALUES (?, ?)"
                " ON CONFLICT (id) DO UPDATE SET title = excluded.title",
                [(story.id, story.title) for story in stories],
            )
            self._execute_many(
                "DELETE FROM story_articles WHERE story_id = ?", [(s,) for s in written]
            )
            self._execute_many(
                "INSERT INTO story_articles (article_id, story_id, position) VALUES (?, ?, ?)"
                " ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id,"
                " position = excluded.position",
                [
                    (article_id, story.id, position)
                    for story in stories
                    for position, article_id in enumerate(story.article_ids)
                ],
            )
            left = {before[a] for a in claimed if a in before} - written
            emptied = [(story_id, story_id) for story_id in sorted(left)]
            # what was found in a story that lost all its articles went with it
            self._execute_many(
                "DELETE FROM discrepancies WHERE story_id = ?"
                " AND NOT EXISTS (SELECT 1 FROM story_articles WHERE story_id = ?)",
                emptied,
            )
            self._execute_many(
                "DELETE FROM stories WHERE id = ?"
                " AND NOT EXISTS (SELECT 1 FROM story_articles WHERE story_id = ?)",
                emptied,
            )

    def stories(self) -> Iterator[Story]:
        page: list[Row] = []
        for row in self._pages("cannot read stories", "SELECT id, title, id FROM stories", ("id",)):
            page.append(row)
            if len(page) == _PAGE_ROWS:
                yield from self._stories_of(page)
                page = []
        yield from self._stories_of(page)

    def _stories_of(self, page: list[Row]) -> Iterator[Story]:
        if not page:
            return
        members: dict[str, list[str]] = {}
        for story_id, article_id in self._read(
            "cannot read stories",
            "SELECT story_id, article_id FROM story_articles"
            " WHERE story_id >= ? AND story_id <= ? ORDER BY story_id, position",
            (page[0][0], page[-1][0]),
        ):
            members.setdefault(story_id, []).append(article_id)
        for story_id, title, _ in page:
            yield Story(id=story_id, title=title, article_ids=tuple(members.get(story_id, ())))

    def write_discrepancies(self, items: Sequence[Discrepancy]) -> None:
        if items:
            with self._write("cannot write discrepancies"):
                self._execute_many(
                    _UPSERT_DISCREPANCY, [rows.discrepancy_values(item) for item in items]
                )

    def replace_story_discrepancies(self, story_id: str, items: Sequence[Discrepancy]) -> None:
        with self._write("cannot write discrepancies"):
            self._execute("DELETE FROM discrepancies WHERE story_id = ?", (story_id,))
            if items:
                self._execute_many(
                    _UPSERT_DISCREPANCY, [rows.discrepancy_values(item) for item in items]
                )

    def discrepancies(self) -> Iterator[Discrepancy]:
        for row in self._pages("cannot read discrepancies", _SELECT_DISCREPANCIES, ("id",)):
            yield rows.discrepancy_from(row)

    # ---- run bookkeeping

    def is_partition_done(self, key: str, fingerprint: str) -> bool:
        return bool(
            self._read(
                "cannot read partitions",
                "SELECT 1 FROM partitions WHERE key = ? AND fingerprint = ?",
                (key, fingerprint),
            )
        )

    def mark_partition_done(self, key: str, fingerprint: str) -> None:
        with self._write(f"cannot mark partition {key!r} done"):
            self._execute(
                "INSERT INTO partitions (key, fingerprint, finished_at) VALUES (?, ?, ?)"
                " ON CONFLICT (key) DO UPDATE SET fingerprint = excluded.fingerprint,"
                " finished_at = excluded.finished_at",
                (key, fingerprint, rows.utc_text(datetime.now(UTC))),
            )

    def record_failure(self, failure: Failure) -> None:
        with self._write("cannot record a failure"):
            self._execute(
                "INSERT INTO failures (key, seq, origin, reason, at) VALUES"
                " (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM failures), ?, ?, ?)"
                " ON CONFLICT (key) DO UPDATE SET at = excluded.at",
                (
                    rows.failure_key(failure),
                    failure.origin,
                    failure.reason,
                    rows.utc_text(datetime.now(UTC)),
                ),
            )

    def failures(self) -> Iterator[Failure]:
        select = "SELECT origin, reason, seq, key FROM failures"
        for row in self._pages("cannot read failures", select, ("seq", "key")):
            yield Failure(origin=row[0], reason=row[1])

    def stats(self) -> dict[str, int]:
        query = "SELECT " + ", ".join(f"({count})" for count in _STATS.values())
        (counts,) = self._read("cannot count rows", query)
        return {name: int(count) for name, count in zip(_STATS, counts, strict=True)}


def sql_store(store: Store) -> SqlStore:
    """The SQL store behind `store`; queries beyond the `Store` protocol need one."""
    if not isinstance(store, SqlStore):
        raise StoreError(f"queries need a SQL store, not {type(store).__name__}")
    return store
