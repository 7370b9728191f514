"""The SQLite store: one file, WAL mode, foreign keys on, one writer at a time."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import ClassVar

from claimtrail.errors import StoreError
from claimtrail.store.rows import Row
from claimtrail.store.sql import SqlStore


class SqliteStore(SqlStore):
    """A store in one SQLite file (or `:memory:`).

    Writers take the database lock when their transaction begins (BEGIN IMMEDIATE), so two
    processes never deadlock upgrading a read lock; a busy database is retried for
    `busy_timeout_s` before `StoreError`.
    """

    dialect: ClassVar[str] = "sqlite"
    _driver_errors = (sqlite3.Error,)

    def __init__(self, path: str, *, busy_timeout_s: float = 30.0) -> None:
        super().__init__(f"sqlite:///{path}")
        self.path = path
        try:
            self._connection = sqlite3.connect(
                path,
                timeout=busy_timeout_s,  # sets SQLite's busy_timeout
                isolation_level=None,  # we issue BEGIN and COMMIT ourselves
                check_same_thread=False,  # the lock in SqlStore serialises threads
            )
        except sqlite3.Error as error:
            raise StoreError(f"cannot open SQLite database {path!r}: {error}") from error
        try:
            self._connection.execute("PRAGMA foreign_keys = ON")
            self._connection.execute("PRAGMA journal_mode = WAL")
            # NORMAL is durable across application crashes in WAL mode, and much faster.
            self._connection.execute("PRAGMA synchronous = NORMAL")
            self._migrate()
        except sqlite3.Error as error:
            self._connection.close()
            raise StoreError(f"cannot open SQLite database {path!r}: {error}") from error
        except StoreError:
            self._connection.close()
            raise

    def _execute(self, query: str, params: Sequence[object] = ()) -> int:
        return self._connection.execute(query, params).rowcount

    def _execute_many(self, query: str, params: Sequence[Sequence[object]]) -> int:
        return self._connection.executemany(query, params).rowcount

    def _fetch(self, query: str, params: Sequence[object] = ()) -> list[Row]:
        return self._connection.execute(query, params).fetchall()

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self._connection.execute("BEGIN IMMEDIATE")
        try:
            yield
            self._connection.execute("COMMIT")
        except BaseException:
            if self._connection.in_transaction:  # some errors already rolled it back
                self._connection.execute("ROLLBACK")
            raise

    def close(self) -> None:
        with self._lock:
            self._connection.close()
