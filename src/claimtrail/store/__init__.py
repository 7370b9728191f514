"""Where claimtrail keeps its records: `open_store(url)` gives a `Store` on SQLite or PostgreSQL."""

from __future__ import annotations

import os

from claimtrail.errors import StoreError
from claimtrail.store import urls
from claimtrail.store.base import Store
from claimtrail.store.postgres import PostgresStore
from claimtrail.store.sqlite import SqliteStore

DEFAULT_URL = "sqlite:///./claimtrail.db"
ENV_VAR = "CLAIMTRAIL_DB"

__all__ = ["DEFAULT_URL", "ENV_VAR", "PostgresStore", "SqliteStore", "Store", "open_store"]


def open_store(url: str | None = None) -> Store:
    """Open (creating and migrating as needed) the store at `url`.

    `url` defaults to $CLAIMTRAIL_DB, then `sqlite:///./claimtrail.db`. Accepted:
    `sqlite:///relative.db`, `sqlite:////absolute.db`, `sqlite:///:memory:`, a bare file path,
    and `postgresql://` or `postgres://` URLs. Raises `StoreError` (never showing a password).
    """
    chosen = url if url is not None else os.environ.get(ENV_VAR) or DEFAULT_URL
    if not chosen.strip():
        raise StoreError("empty store URL")
    scheme = urls.scheme_of(chosen)
    if scheme is None:
        return SqliteStore(chosen)
    if scheme == "sqlite":
        path = urls.sqlite_path(chosen)
        if not path or "?" in path:
            raise StoreError(
                f"bad SQLite URL {urls.redact(chosen)!r}: use sqlite:///relative/path.db"
                " or sqlite:////absolute/path.db"
            )
        return SqliteStore(path)
    if scheme in ("postgresql", "postgres"):
        return PostgresStore(chosen)
    raise StoreError(
        f"unsupported store URL {urls.redact(chosen)!r}: use sqlite:///path.db,"
        " postgresql://... or a file path"
    )
