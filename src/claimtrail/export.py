"""Exports of a whole store: one JSON document (the schema tools/storyscore.py reads), or one
CSV or Parquet table per list. Every file is written beside its target and renamed into place,
so a crash never leaves a half-written export.
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import IO, Any, Literal

from claimtrail.errors import ExportError
from claimtrail.model import Article, Discrepancy, Entity, Span, Statement, Story
from claimtrail.store.base import Store

Item = dict[str, Any]
Kind = Literal["str", "int", "float", "json", "date", "timestamp"]

# The fields of each list and how flat tables hold them ("json": a JSON string). The first
# fields of each list are storyscore's schema; the rest are extras it ignores.
COLUMNS: dict[str, tuple[tuple[str, Kind], ...]] = {
    "articles": (
        ("id", "str"),
        ("url", "str"),
        ("outlet", "str"),
        ("title", "str"),
        ("published", "date"),  # the outlet's local date
        ("language", "str"),
        ("story", "str"),
        ("text", "str"),
        ("published_at", "timestamp"),
        ("published_basis", "str"),
        ("author", "str"),
        ("origin", "str"),
        ("content_hash", "str"),
        ("duplicate_of", "str"),
        ("duplicate_similarity", "float"),
    ),
    "entities": (("id", "str"), ("name", "str"), ("type", "str"), ("aliases", "json")),
    "statements": (
        ("id", "str"),
        ("article", "str"),
        ("speaker", "str"),
        ("speaker_text", "json"),
        ("cue", "json"),
        ("content", "json"),
        ("kind", "str"),
        ("said_on", "date"),
        ("via", "str"),
        ("group", "str"),
        ("confidence", "float"),
        ("said_on_basis", "str"),
        ("source", "json"),
        ("via_text", "json"),
        ("time_expression", "json"),
    ),
    "stories": (("id", "str"), ("title", "str"), ("articles", "json")),
    "discrepancies": (
        ("id", "str"),
        ("type", "str"),
        ("statements", "json"),
        ("articles", "json"),
        ("evidence", "json"),
        ("explanation", "str"),
        ("score", "float"),
    ),
}
_PARQUET_BATCH_ROWS = 5_000


# ---- the items


def _span(text: str, span: Span) -> Item:
    return {"text": span.text_of(text), "start": span.start, "end": span.end}


def _covering(text: str, spans: Sequence[Span]) -> Item | None:
    """Several cue spans ("said ... adding") as the one span from the first to the last."""
    if not spans:
        return None
    return _span(text, Span(min(s.start for s in spans), max(s.end for s in spans)))


def article_item(article: Article, story_id: str | None) -> Item:
    published = article.published
    return {
        "id": article.id,
        "url": article.url,
        "outlet": article.outlet,
        "title": article.title,
        "published": None if published is None else published.date().isoformat(),
        "language": article.language,
        "story": story_id,
        "text": article.text,
        "published_at": None if published is None else published.isoformat(),
        "published_basis": article.published_basis,
        "author": article.author,
        "origin": article.origin,
        "content_hash": article.content_hash,
        "duplicate_of": article.duplicate_of,
        "duplicate_similarity": article.duplicate_similarity,
    }


def statement_item(statement: Statement, text: str) -> Item:
    """A statement with every span as {"text", "start", "end"} into its article's `text`."""
    attribution = statement.attribution
    content = [_span(text, s) for s in attribution.content]
    expression = statement.time_expression
    return {
        "id": statement.id,
        "article": attribution.article_id,
        "speaker": statement.speaker_id,
        "speaker_text": _span(text, attribution.source[0]) if attribution.source else None,
        "cue": _covering(text, attribution.cue),
        "content": content[0] if len(content) == 1 else content,
        "kind": attribution.kind,
        "said_on": None if statement.said_on is None else statement.said_on.isoformat(),
        "via": statement.via_id,
        "group": statement.group,
        "confidence": attribution.confidence,
        "said_on_basis": statement.said_on_basis,
        "source": [_span(text, s) for s in attribution.source],
        "via_text": _span(text, attribution.via[0]) if attribution.via else None,
        "time_expression": None if expression is None else _span(text, expression),
    }


def entity_item(entity: Entity) -> Item:
    return {
        "id": entity.id,
        "name": entity.name,
        "type": entity.type,
        "aliases": list(entity.aliases),
    }


def story_item(story: Story) -> Item:
    return {"id": story.id, "title": story.title, "articles": list(story.article_ids)}


def discrepancy_item(discrepancy: Discrepancy) -> Item:
    evidence = [
        {"article": e.article_id, "start": e.span.start, "end": e.span.end, "text": e.text}
        for e in discrepancy.evidence
    ]
    return {
        "id": discrepancy.id,
        "type": discrepancy.kind,
        "statements": list(discrepancy.statement_ids),
        "articles": list(discrepancy.article_ids),
        "evidence": evidence,
        "explanation": discrepancy.explanation,
        "score": discrepancy.score,
    }


def _items(store: Store) -> dict[str, Iterator[Item]]:
    """Each list as a lazy stream, so a large store is never held in memory at once."""
    story_of = {a: story.id for story in store.stories() for a in story.article_ids}

    def articles() -> Iterator[Item]:
        for article in store.articles():
            yield article_item(article, story_of.get(article.id))

    def statements() -> Iterator[Item]:
        for article in store.articles():
            for statement in store.statements(article.id):
                yield statement_item(statement, article.text)

    return {
        "articles": articles(),
        "entities": map(entity_item, store.entities()),
        "statements": statements(),
        "stories": map(story_item, store.stories()),
        "discrepancies": map(discrepancy_item, store.discrepancies()),
    }


def export_document(store: Store) -> dict[str, list[Item]]:
    """The whole store as storyscore's JSON document (held in memory: prefer export_json)."""
    return {name: list(items) for name, items in _items(store).items()}


# ---- writing files


def _write_atomically(path: Path, write: Callable[[Path], int]) -> int:
    """Write through `write` to a temporary file beside `path`, then rename it over `path`."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        os.close(handle)
    except OSError as error:
        raise ExportError(f"cannot write export {path}: {error}") from error
    temporary = Path(name)
    try:
        count = write(temporary)
        with temporary.open("rb") as written:
            os.fsync(written.fileno())
        temporary.chmod(0o644)  # mkstemp makes it private; an export is for sharing
        temporary.replace(path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise ExportError(f"cannot write export {path}: {error}") from error
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return count


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def export_json(store: Store, path: Path) -> dict[str, int]:
    """Write storyscore's JSON document to `path`, streaming; the number of items per list."""
    counts: dict[str, int] = {}

    def write(temporary: Path) -> int:
        with temporary.open("w", encoding="utf-8", newline="\n") as out:
            out.write("{")
            for n, (name, items) in enumerate(_items(store).items()):
                out.write(f"{',' if n else ''}\n{_json(name)}: [")
                counts[name] = _write_json_items(out, items)
                out.write("]")
            out.write("\n}\n")
        return sum(counts.values())

    _write_atomically(path, write)
    return counts


def _write_json_items(out: IO[str], items: Iterable[Item]) -> int:
    count = 0
    for count, item in enumerate(items, start=1):
        out.write(f"{',' if count > 1 else ''}\n  {_json(item)}")
    if count:
        out.write("\n")
    return count


def _cell(value: object, kind: Kind) -> object:
    """A value as a CSV cell: nested values as JSON, None as an empty cell."""
    if value is None:
        return ""
    return _json(value) if kind == "json" else value


def _write_csv(temporary: Path, name: str, items: Iterable[Item]) -> int:
    columns = COLUMNS[name]
    count = 0
    with temporary.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow([field for field, _ in columns])
        for item in items:
            writer.writerow([_cell(item[field], kind) for field, kind in columns])
            count += 1
    return count


def export_csv(store: Store, directory: Path) -> dict[str, int]:
    """One `<list>.csv` per list in `directory` (nested values as JSON strings); row counts."""
    return {
        name: _write_atomically(
            directory / f"{name}.csv", partial(_write_csv, name=name, items=items)
        )
        for name, items in _items(store).items()
    }


def _typed(value: object, kind: Kind) -> object:
    """A value as Parquet holds it: dates and times typed, nested values as JSON strings."""
    if value is None:
        return None
    if kind == "json":
        return _json(value)
    if kind == "date":
        return date.fromisoformat(str(value))
    if kind == "timestamp":
        return datetime.fromisoformat(str(value))
    return value


def _write_parquet(temporary: Path, name: str, items: Iterator[Item]) -> int:
    import pyarrow as pa  # imported on use: `import claimtrail.export` stays quick
    import pyarrow.parquet as pq

    arrow_types = {
        "str": pa.string(),
        "int": pa.int64(),
        "float": pa.float64(),
        "json": pa.string(),
        "date": pa.date32(),
        "timestamp": pa.timestamp("us", tz="UTC"),
    }
    columns = COLUMNS[name]
    schema = pa.schema([(field, arrow_types[kind]) for field, kind in columns])
    count = 0
    with pq.ParquetWriter(str(temporary), schema) as writer:
        for batch in _batches(items, _PARQUET_BATCH_ROWS):
            rows = [{f: _typed(item[f], kind) for f, kind in columns} for item in batch]
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
            count += len(rows)
        if not count:
            writer.write_table(schema.empty_table())
    return count


def export_parquet(store: Store, directory: Path) -> dict[str, int]:
    """One `<list>.parquet` per list in `directory` (nested values as JSON strings); row counts."""
    return {
        name: _write_atomically(
            directory / f"{name}.parquet", partial(_write_parquet, name=name, items=items)
        )
        for name, items in _items(store).items()
    }


def _batches(items: Iterator[Item], size: int) -> Iterator[list[Item]]:
    batch: list[Item] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
