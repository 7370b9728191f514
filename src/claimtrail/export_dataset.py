"""Parquet datasets for large stores: articles and statements partitioned by publication month.

`directory/articles/year=2016/month=9/part-0.parquet` (hive partitioning, so pyarrow, DuckDB,
Spark and pandas read only the months a query asks for); a statement goes with its article's
month. Articles without a publication date land in the `__HIVE_DEFAULT_PARTITION__` folders.
Entities, stories and discrepancies are small and go to one file each. Rows stream in batches;
the dataset is written beside `directory` and swapped in at the end, as export.py does.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from claimtrail.errors import ExportError
from claimtrail.export import (
    COLUMNS,
    Item,
    Kind,
    article_item,
    discrepancy_item,
    entity_item,
    statement_item,
    story_item,
)
from claimtrail.store.base import Store

PARTITIONED = ("articles", "statements")
# Written last into every dataset: only a folder holding it (or an empty one) is replaced.
MARKER = "_claimtrail_dataset.json"
BATCH_ROWS = 5_000
# A year/month folder per month: 1,200 covers a century of news.
MAX_PARTITIONS = 1_200


def export_parquet_dataset(store: Store, directory: Path) -> dict[str, int]:
    """Write the store as a Parquet dataset under `directory`; the number of rows per list."""
    import pyarrow.dataset as ds  # imported on use, as in export.py

    directory = directory.resolve()
    if directory.exists() and not _is_replaceable(directory):
        raise ExportError(
            f"{directory} exists and is not a claimtrail dataset: choose a new or empty folder"
        )
    try:
        directory.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(dir=directory.parent, prefix=f".{directory.name}."))
    except OSError as error:
        raise ExportError(f"cannot write dataset {directory}: {error}") from error
    counts: dict[str, int] = {}
    try:
        story_of = {a: story.id for story in store.stories() for a in story.article_ids}
        for name, items in _streams(store, story_of).items():
            counted = _Counted(items)
            schema = _schema(name)
            batches = _record_batches(name, counted, schema)
            if name in PARTITIONED:
                ds.write_dataset(
                    batches,
                    staging / name,
                    schema=schema,
                    format="parquet",
                    partitioning=["year", "month"],
                    partitioning_flavor="hive",
                    basename_template="part-{i}.parquet",
                    max_partitions=MAX_PARTITIONS,
                    existing_data_behavior="error",
                )
                (staging / name).mkdir(exist_ok=True)  # an empty list is an empty folder
            else:
                _write_file(batches, staging / f"{name}.parquet", schema)
            counts[name] = counted.count
        (staging / MARKER).write_text(json.dumps({"rows": counts}) + "\n", encoding="utf-8")
        _swap(staging, directory)
    except OSError as error:
        shutil.rmtree(staging, ignore_errors=True)
        raise ExportError(f"cannot write dataset {directory}: {error}") from error
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return counts


class _Counted:
    """Items passed through, counted (the dataset writer does not say how many it wrote)."""

    def __init__(self, items: Iterator[Item]) -> None:
        self._items = items
        self.count = 0

    def __iter__(self) -> Iterator[Item]:
        for item in self._items:
            self.count += 1
            yield item


def _streams(store: Store, story_of: dict[str, str]) -> dict[str, Iterator[Item]]:
    def articles() -> Iterator[Item]:
        for article in store.articles():
            item = article_item(article, story_of.get(article.id))
            yield item | _month(article.published)

    def statements() -> Iterator[Item]:
        for article in store.articles():
            month = _month(article.published)
            for statement in store.statements(article.id):
                yield statement_item(statement, article.text) | month

    return {
        "articles": articles(),
        "statements": statements(),
        "entities": map(entity_item, store.entities()),
        "stories": map(story_item, store.stories()),
        "discrepancies": map(discrepancy_item, store.discrepancies()),
    }


def _month(published: datetime | None) -> Item:
    """The outlet's local year and month, the same date export.py gives as `published`."""
    if published is None:
        return {"year": None, "month": None}
    return {"year": published.year, "month": published.month}


def _schema(name: str) -> Any:
    import pyarrow as pa

    arrow_types = {
        "str": pa.string(),
        "int": pa.int64(),
        "float": pa.float64(),
        "json": pa.string(),
        "date": pa.date32(),
        "timestamp": pa.timestamp("us", tz="UTC"),
    }
    fields = [(field, arrow_types[kind]) for field, kind in COLUMNS[name]]
    if name in PARTITIONED:
        fields += [("year", pa.int16()), ("month", pa.int8())]
    return pa.schema(fields)


def _typed(value: object, kind: Kind) -> object:
    if value is None:
        return None
    if kind == "json":
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    if kind == "date":
        return date.fromisoformat(str(value))
    if kind == "timestamp":
        return datetime.fromisoformat(str(value))
    return value


def _record_batches(name: str, items: _Counted, schema: Any) -> Iterator[Any]:
    import pyarrow as pa

    columns: list[tuple[str, Kind]] = list(COLUMNS[name])
    if name in PARTITIONED:
        columns += [("year", "int"), ("month", "int")]
    rows: list[dict[str, object]] = []
    for item in items:
        rows.append({field: _typed(item[field], kind) for field, kind in columns})
        if len(rows) == BATCH_ROWS:
            yield pa.RecordBatch.from_pylist(rows, schema=schema)
            rows = []
    if rows:
        yield pa.RecordBatch.from_pylist(rows, schema=schema)


def _write_file(batches: Iterator[Any], path: Path, schema: Any) -> None:
    import pyarrow.parquet as pq

    with pq.ParquetWriter(str(path), schema) as writer:
        for batch in batches:
            writer.write_batch(batch)


def _is_replaceable(directory: Path) -> bool:
    return directory.is_dir() and ((directory / MARKER).is_file() or not any(directory.iterdir()))


def _swap(staging: Path, directory: Path) -> None:
    """Put the finished dataset at `directory`; a previous one is removed only after that."""
    previous: Path | None = None
    if directory.exists():
        previous = Path(tempfile.mkdtemp(dir=directory.parent, prefix=f".{directory.name}.old."))
        directory.replace(previous / directory.name)
    staging.chmod(0o755)  # mkdtemp makes it private; a dataset is for sharing
    staging.replace(directory)
    if previous is not None:
        shutil.rmtree(previous, ignore_errors=True)
