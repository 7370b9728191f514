"""Bulk loading into PostgreSQL with COPY: a whole store (say, SQLite files made by separate
runs) copied in a few round trips instead of one transaction per article.

Each chunk is COPYed into a temporary table and inserted from there with ON CONFLICT DO
NOTHING, in one transaction, so a load interrupted half-way is simply run again: what is
already there is skipped, nothing is stored twice. Order (`seq`) follows the source's order
after what the target already holds. Run bookkeeping (finished partitions) is not copied.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import islice
from typing import Any

from claimtrail.errors import StoreError
from claimtrail.store import rows, urls
from claimtrail.store.base import Store
from claimtrail.store.rows import Row

CHUNK_ROWS = 10_000  # rows per COPY and transaction: ~10 MB of article text, one round trip


@dataclass(frozen=True, slots=True)
class _Table:
    name: str
    columns: tuple[str, ...]
    key: str  # the primary key, for ON CONFLICT
    sequenced: bool = False  # whether a `seq` column (appended last) orders it


_ARTICLES = _Table(
    "articles",
    ("id", "text", "content_hash", "origin", "url", "outlet", "title", "author", "published",
     "published_offset_s", "published_basis", "language", "duplicate_of",
     "duplicate_similarity", "ingested_at"),
    "id",
    sequenced=True,
)  # fmt: skip
_STATEMENTS = _Table(
    "statements",
    ("id", "article_id", "source", "cue", "content", "via", "kind", "confidence", "speaker_id",
     "said_on", "said_on_basis", "time_expression", "via_id", "grp"),
    "id",
    sequenced=True,
)  # fmt: skip
_ENTITIES = _Table("entities", ("id", "name", "type", "aliases"), "id")
_PROFILES = _Table(
    "entity_profiles",
    (
        "entity_id",
        "office_classes",
        "office_qualifiers",
        "office_owners",
        "mentions",
        "context",
        "last_seen",
    ),
    "entity_id",
)
_STORIES = _Table("stories", ("id", "title"), "id")
_STORY_ARTICLES = _Table("story_articles", ("article_id", "story_id", "position"), "article_id")
_DISCREPANCIES = _Table(
    "discrepancies",
    ("id", "kind", "statement_ids", "article_ids", "evidence", "explanation", "score", "story_id"),
    "id",
)
_FAILURES = _Table("failures", ("key", "origin", "reason", "at"), "key", sequenced=True)


def copy_store(source: Store, url: str, chunk_rows: int = CHUNK_ROWS) -> dict[str, int]:
    """Copy every record of `source` into the PostgreSQL store at `url` (created if needed).

    Returns the rows inserted per table; rows whose key the target already holds are skipped,
    but an article id stored there with another content hash raises `StoreError`.
    """
    from claimtrail.store.postgres import PostgresStore

    PostgresStore(url).close()  # creates or migrates the schema
    import psycopg

    try:
        connection = psycopg.connect(url, autocommit=True)
    except psycopg.Error as error:
        raise StoreError(f"cannot connect to PostgreSQL at {urls.redact(url)}") from error
    now = rows.utc_text(datetime.now(UTC))
    try:
        with connection:
            connection.execute("SET TIME ZONE 'UTC'")
            loader = _Loader(connection, chunk_rows)
            return {
                "articles": loader.load(
                    _ARTICLES, ((*rows.article_values(a), now) for a in source.articles())
                ),
                "statements": loader.load(
                    _STATEMENTS, (rows.statement_values(s) for s in source.statements())
                ),
                "entities": loader.load(
                    _ENTITIES, (rows.entity_values(e) for e in source.entities())
                ),
                "entity_profiles": loader.load(
                    _PROFILES, (rows.profile_values(p) for p in source.entity_profiles())
                ),
                "stories": loader.load(_STORIES, ((s.id, s.title) for s in source.stories())),
                "story_articles": loader.load(
                    _STORY_ARTICLES,
                    (
                        (article_id, story.id, position)
                        for story in source.stories()
                        for position, article_id in enumerate(story.article_ids)
                    ),
                ),
                "discrepancies": loader.load(
                    _DISCREPANCIES, (rows.discrepancy_values(d) for d in source.discrepancies())
                ),
                "failures": loader.load(
                    _FAILURES,
                    ((rows.failure_key(f), f.origin, f.reason, now) for f in source.failures()),
                ),
            }
    except psycopg.Error as error:
        message = urls.scrub(str(error).strip().splitlines()[0] if str(error).strip() else "", url)
        raise StoreError(f"cannot bulk-load into {urls.redact(url)}: {message}") from error


class _Loader:
    def __init__(self, connection: Any, chunk_rows: int) -> None:
        self.connection = connection
        self.chunk_rows = chunk_rows

    def load(self, table: _Table, values: Iterable[Row]) -> int:
        inserted = 0
        for chunk in _chunks(iter(values), self.chunk_rows):
            inserted += self._load_chunk(table, chunk)
        return inserted

    def _load_chunk(self, table: _Table, chunk: list[Row]) -> int:
        from psycopg import sql

        columns = table.columns + (("seq",) if table.sequenced else ())
        names = sql.SQL(", ").join(map(sql.Identifier, columns))
        target, stage = sql.Identifier(table.name), sql.Identifier(f"stage_{table.name}")
        key = sql.Identifier(table.key)
        with self.connection.transaction(), self.connection.cursor() as cursor:
            cursor.execute(
                sql.SQL("CREATE TEMP TABLE {} (LIKE {} INCLUDING DEFAULTS) ON COMMIT DROP").format(
                    stage, target
                )
            )
            base = 0
            if table.sequenced:
                cursor.execute(sql.SQL("SELECT COALESCE(MAX(seq), 0) FROM {}").format(target))
                base = int(cursor.fetchone()[0])
            with cursor.copy(sql.SQL("COPY {} ({}) FROM STDIN").format(stage, names)) as copy:
                for n, row in enumerate(chunk, start=1):
                    copy.write_row((*row, base + n) if table.sequenced else row)
            if table is _ARTICLES:
                _refuse_changed_articles(cursor, stage)
            order = sql.Identifier("seq") if table.sequenced else key
            cursor.execute(
                sql.SQL(
                    "INSERT INTO {target} ({names}) SELECT {names} FROM {stage} ORDER BY {order}"
                    " ON CONFLICT ({key}) DO NOTHING"
                ).format(target=target, names=names, stage=stage, order=order, key=key)
            )
            inserted: int = cursor.rowcount
            if table.sequenced:
                # Skipped rows left gaps in `seq`: close them so order stays dense and stable.
                cursor.execute(
                    sql.SQL(
                        "UPDATE {target} t SET seq = r.n FROM (SELECT {key} AS k,"
                        " %s + ROW_NUMBER() OVER (ORDER BY seq) AS n FROM {target}"
                        " WHERE seq > %s) r WHERE t.{key} = r.k AND t.seq <> r.n"
                    ).format(target=target, key=key),
                    (base, base),
                )
            return inserted


def _refuse_changed_articles(cursor: Any, stage: Any) -> None:
    from psycopg import sql

    cursor.execute(
        sql.SQL(
            "SELECT s.id FROM {} s JOIN articles a ON a.id = s.id"
            " WHERE a.content_hash <> s.content_hash LIMIT 1"
        ).format(stage)
    )
    clash = cursor.fetchone()
    if clash is not None:
        raise StoreError(f"article {clash[0]!r} is already stored with another content hash")


def _chunks(values: Iterator[Row], size: int) -> Iterator[list[Row]]:
    while chunk := list(islice(values, size)):
        yield chunk
