"""Numbered schema migrations: find the files in store/migrations/ and split them into statements.

`NNNN_name.sql` serves both back ends; `NNNN_name.sqlite.sql` or `NNNN_name.postgres.sql`, when
present, replaces it for that back end (for the rare statement the two cannot share).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from importlib.abc import Traversable

from claimtrail.errors import StoreError

_FILE_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)(?:\.(sqlite|postgres))?\.sql$")

# Created outside the numbered files: it must exist before we can tell what is applied.
CREATE_MIGRATIONS_TABLE = (
    "CREATE TABLE IF NOT EXISTS schema_migrations ("
    " version INTEGER PRIMARY KEY,"
    " name TEXT NOT NULL,"
    " applied_at TIMESTAMP WITH TIME ZONE NOT NULL)"
)


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    statements: tuple[str, ...]


def bundled() -> Traversable:
    """The migrations shipped inside the package."""
    return resources.files("claimtrail.store") / "migrations"


def migrations(dialect: str, directory: Traversable | None = None) -> list[Migration]:
    """The migrations for `dialect` ("sqlite" or "postgres"), in version order."""
    chosen: dict[int, tuple[str, str | None, Traversable]] = {}
    for entry in (directory or bundled()).iterdir():
        match = _FILE_NAME.match(entry.name)
        if match is None or match.group(3) not in (None, dialect):
            continue
        version, name, only_for = int(match.group(1)), match.group(2), match.group(3)
        earlier = chosen.get(version)
        if earlier is not None and earlier[0] != name:
            raise StoreError(f"two migrations numbered {version:04d}: {earlier[0]}, {name}")
        if earlier is None or only_for is not None:
            chosen[version] = (name, only_for, entry)
    return [
        Migration(version, name, split_statements(entry.read_text(encoding="utf-8")))
        for version, (name, _, entry) in sorted(chosen.items())
    ]


def split_statements(script: str) -> tuple[str, ...]:
    """The statements of a script: `--` comments dropped, split at semicolons.

    Enough for our own DDL files, which hold no string literals with `;` or `--`.
    """
    lines = (line.split("--", 1)[0] for line in script.splitlines())
    parts = (part.strip() for part in "\n".join(lines).split(";"))
    return tuple(part for part in parts if part)
