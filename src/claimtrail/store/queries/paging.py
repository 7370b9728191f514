"""Pages of a stably ordered result, and the filter pieces the page queries share."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")
MAX_LIMIT = 200


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page of a stably ordered result; `total` counts every matching row."""

    items: tuple[T, ...]
    total: int
    limit: int
    offset: int


def clamp(limit: int, offset: int) -> tuple[int, int]:
    """A limit within 1..MAX_LIMIT and a non-negative offset."""
    return max(1, min(limit, MAX_LIMIT)), max(0, offset)


def page_of(items: Sequence[T], limit: int, offset: int) -> Page[T]:
    """One page of items already filtered and ordered in Python."""
    limit, offset = clamp(limit, offset)
    return Page(tuple(items[offset : offset + limit]), len(items), limit, offset)


def like_pattern(q: str) -> str:
    """A LIKE pattern matching `q` anywhere, its wildcards escaped (ESCAPE '\\')."""
    escaped = q.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def equal_to(pairs: Sequence[tuple[str, object]]) -> tuple[list[str], list[object]]:
    """`column = ?` for each (column, value) pair whose value is given, and those values."""
    chosen = [(column, value) for column, value in pairs if value is not None]
    return [f"{column} = ?" for column, _ in chosen], [value for _, value in chosen]


def where_clause(conditions: Sequence[str]) -> str:
    """A WHERE clause joining fixed conditions with AND ('' for none)."""
    return " WHERE " + " AND ".join(conditions) if conditions else ""
