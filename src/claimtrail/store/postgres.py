"""The PostgreSQL store (`claimtrail[postgres]`): psycopg 3 is imported only when one is opened.

PostgreSQL text cannot hold NUL characters: an article or record containing one is refused
with `StoreError` (the cleaner drops control characters, so real articles have none).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, ClassVar

from claimtrail.errors import StoreError
from claimtrail.store import urls
from claimtrail.store.rows import Row
from claimtrail.store.sql import SqlStore

if TYPE_CHECKING:
    import psycopg

# Any fixed number: the advisory lock that serialises schema migrations across processes.
_MIGRATION_LOCK = 7_244_133_781


@functools.lru_cache(maxsize=256)
def _placeholders(query: str) -> str:
    """Our `?` placeholders as psycopg's `%s` (our queries hold no literal `?`)."""
    return query.replace("%", "%%").replace("?", "%s")


class PostgresStore(SqlStore):
    """A store in a PostgreSQL database, reached through one connection."""

    dialect: ClassVar[str] = "postgres"

    def __init__(self, url: str, *, connect_timeout_s: int = 10) -> None:
        super().__init__(urls.redact(url))
        self._secret_url = url
        try:
            import psycopg  # the extra is optional: imported only here
        except ImportError as error:
            raise StoreError(
                "PostgreSQL support needs psycopg: pip install 'claimtrail[postgres]'"
            ) from error
        self._driver_errors = (psycopg.Error,)
        try:
            self._connection: psycopg.Connection[tuple[Any, ...]] = psycopg.connect(
                url, autocommit=True, connect_timeout=connect_timeout_s
            )
        except psycopg.Error as error:
            raise StoreError(
                f"cannot connect to PostgreSQL at {self.url}: {self._message(error)}"
            ) from error
        try:
            # Read timestamps in UTC: any session zone works, but UTC never overflows.
            self._connection.execute("SET TIME ZONE 'UTC'")
            self._migrate()
        except psycopg.Error as error:
            self._connection.close()
            raise StoreError(
                f"cannot open PostgreSQL store {self.url}: {self._message(error)}"
            ) from error
        except StoreError:
            self._connection.close()
            raise

    def _message(self, error: Exception) -> str:
        return urls.scrub(super()._message(error), self._secret_url)

    def _execute(self, query: str, params: Sequence[object] = ()) -> int:
        return self._connection.execute(_placeholders(query), params).rowcount

    def _execute_many(self, query: str, params: Sequence[Sequence[object]]) -> int:
        with self._connection.cursor() as cursor:
            cursor.executemany(_placeholders(query), params)
            return cursor.rowcount

    def _fetch(self, query: str, params: Sequence[object] = ()) -> list[Row]:
        return self._connection.execute(_placeholders(query), params).fetchall()

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        with self._connection.transaction():
            yield

    def _lock_schema(self) -> None:
        self._execute("SELECT pg_advisory_xact_lock(?)", (_MIGRATION_LOCK,))

    def close(self) -> None:
        with self._lock:
            self._connection.close()
