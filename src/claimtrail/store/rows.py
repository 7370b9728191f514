"""Records to table rows and back, the same for every back end.

Timestamps go in as fixed-width UTC ISO 8601 text (PostgreSQL casts it to timestamptz, SQLite
keeps it as text that sorts by time) and come back as `datetime` or text; the published time's
UTC offset is kept in its own column so an article reads back with the offset it came with.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any, cast, get_args

from claimtrail.errors import StoreError
from claimtrail.model import (
    Article,
    Attribution,
    DateBasis,
    Discrepancy,
    DiscrepancyKind,
    Entity,
    EntityProfile,
    EntityType,
    Evidence,
    Failure,
    QuoteKind,
    Span,
    Statement,
)

# Rows are tuples in the column order of the queries in sql.py.
Row = tuple[Any, ...]


def utc_text(moment: datetime) -> str:
    """Fixed-width UTC text, so that text order is time order."""
    try:
        return moment.astimezone(UTC).isoformat(timespec="microseconds")
    except OverflowError as error:
        raise StoreError(f"time {moment!r} is out of range in UTC") from error


def _datetime(value: object) -> datetime:
    return datetime.fromisoformat(value) if isinstance(value, str) else cast(datetime, value)


def _date(value: object) -> date:
    return date.fromisoformat(value) if isinstance(value, str) else cast(date, value)


def moment_from(value: object, offset_s: object = None) -> datetime | None:
    """A stored time (text or datetime), in the UTC offset of `offset_s` seconds when given."""
    if value is None:
        return None
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    if not isinstance(moment, datetime):
        return None
    if offset_s is None:
        return moment
    return moment.astimezone(timezone(timedelta(seconds=int(str(offset_s)))))


def day_from(value: object) -> date | None:
    """A stored date (text, date or datetime); None stays None."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    return date.fromisoformat(value) if isinstance(value, str) else value  # type: ignore[return-value]


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _choice(value: object, allowed: tuple[str, ...], what: str) -> str:
    if value not in allowed:
        raise StoreError(f"stored {what} {value!r} is not one of {', '.join(allowed)}")
    return str(value)


def spans_json(spans: Sequence[Span]) -> str:
    return _json([[span.start, span.end] for span in spans])


def spans_from(value: str) -> tuple[Span, ...]:
    return tuple(Span(int(start), int(end)) for start, end in json.loads(value))


def check_article(article: Article, statements: Sequence[Statement]) -> None:
    """Refuse what would break offsets or the article link before anything is written."""
    size = len(article.text)
    for statement in statements:
        if statement.article_id != article.id:
            raise StoreError(
                f"statement {statement.id!r} belongs to article {statement.article_id!r},"
                f" not {article.id!r}"
            )
        attribution = statement.attribution
        spans = [*attribution.source, *attribution.cue, *attribution.content, *attribution.via]
        if statement.time_expression is not None:
            spans.append(statement.time_expression)
        for span in spans:
            if span.end > size:
                raise StoreError(
                    f"statement {statement.id!r} has span [{span.start}, {span.end}) beyond"
                    f" the {size} characters of article {article.id!r}"
                )


def article_values(article: Article) -> Row:
    published: str | None = None
    offset_s: int | None = None
    if article.published is not None:
        offset = article.published.utcoffset()
        if offset is None:
            raise StoreError(f"article {article.id!r}: published time has no time zone")
        if offset.microseconds:
            raise StoreError(f"article {article.id!r}: UTC offset {offset} is not whole seconds")
        published, offset_s = utc_text(article.published), int(offset.total_seconds())
    return (
        article.id,
        article.text,
        article.content_hash,
        article.origin,
        article.url,
        article.outlet,
        article.title,
        article.author,
        published,
        offset_s,
        article.published_basis,
        article.language,
        article.duplicate_of,
        article.duplicate_similarity,
    )


def article_from(row: Row) -> Article:
    published: datetime | None = None
    if row[8] is not None:
        zone = timezone(timedelta(seconds=int(row[9] or 0)))
        published = _datetime(row[8]).astimezone(zone)
    return Article(
        id=row[0],
        text=row[1],
        content_hash=row[2],
        origin=row[3],
        url=row[4],
        outlet=row[5],
        title=row[6],
        author=row[7],
        published=published,
        published_basis=row[10],
        language=row[11],
        duplicate_of=row[12],
        duplicate_similarity=None if row[13] is None else float(row[13]),
    )


def resolution_values(statement: Statement) -> Row:
    """The fields `replace_statements` updates, in its column order."""
    expression = statement.time_expression
    return (
        statement.speaker_id,
        None if statement.said_on is None else statement.said_on.isoformat(),
        statement.said_on_basis,
        None if expression is None else _json([expression.start, expression.end]),
        statement.via_id,
        statement.group,
    )


def statement_values(statement: Statement) -> Row:
    attribution = statement.attribution
    speaker, said_on, basis, expression, via_id, group = resolution_values(statement)
    return (
        statement.id,
        attribution.article_id,
        spans_json(attribution.source),
        spans_json(attribution.cue),
        spans_json(attribution.content),
        spans_json(attribution.via),
        attribution.kind,
        attribution.confidence,
        speaker,
        said_on,
        basis,
        expression,
        via_id,
        group,
    )


def statement_from(row: Row) -> Statement:
    attribution = Attribution(
        article_id=row[1],
        source=spans_from(row[2]),
        cue=spans_from(row[3]),
        content=spans_from(row[4]),
        kind=cast(QuoteKind, _choice(row[6], get_args(QuoteKind), "quote kind")),
        confidence=float(row[7]),
        via=spans_from(row[5]),
    )
    expression = None if row[11] is None else Span(*json.loads(row[11]))
    basis = None if row[10] is None else _choice(row[10], get_args(DateBasis), "date basis")
    return Statement(
        id=row[0],
        attribution=attribution,
        speaker_id=row[8],
        said_on=None if row[9] is None else _date(row[9]),
        said_on_basis=cast(DateBasis | None, basis),
        time_expression=expression,
        via_id=row[12],
        group=row[13],
    )


def entity_values(entity: Entity) -> Row:
    return (entity.id, entity.name, entity.type, _json(list(entity.aliases)))


def entity_from(row: Row) -> Entity:
    kind = cast(EntityType, _choice(row[2], get_args(EntityType), "entity type"))
    return Entity(id=row[0], name=row[1], type=kind, aliases=tuple(json.loads(row[3])))


def profile_values(profile: EntityProfile) -> Row:
    return (
        profile.entity_id,
        _json(list(profile.office_classes)),
        _json(list(profile.office_qualifiers)),
        _json(list(profile.office_owners)),
        profile.mentions,
        _json([list(pair) for pair in profile.context]),
        profile.last_seen,
    )


def profile_from(row: Row) -> EntityProfile:
    return EntityProfile(
        entity_id=str(row[0]),
        office_classes=tuple(json.loads(row[1])),
        office_qualifiers=tuple(json.loads(row[2])),
        office_owners=tuple(json.loads(row[3])),
        mentions=int(row[4]),
        context=tuple((str(key), int(n)) for key, n in json.loads(row[5])),
        last_seen=int(row[6]),
    )


def discrepancy_values(item: Discrepancy) -> Row:
    evidence = [
        {"article": e.article_id, "start": e.span.start, "end": e.span.end, "text": e.text}
        for e in item.evidence
    ]
    return (
        item.id,
        item.kind,
        _json(list(item.statement_ids)),
        _json(list(item.article_ids)),
        _json(evidence),
        item.explanation,
        item.score,
        item.story_id,
    )


def discrepancy_from(row: Row) -> Discrepancy:
    evidence = tuple(
        Evidence(article_id=e["article"], span=Span(e["start"], e["end"]), text=e["text"])
        for e in json.loads(row[4])
    )
    return Discrepancy(
        id=row[0],
        kind=cast(DiscrepancyKind, _choice(row[1], get_args(DiscrepancyKind), "discrepancy")),
        statement_ids=tuple(json.loads(row[2])),
        evidence=evidence,
        explanation=row[5],
        score=float(row[6]),
        article_ids=tuple(json.loads(row[3])),
        story_id=None if row[7] is None else str(row[7]),
    )


def failure_key(failure: Failure) -> str:
    """One key per (origin, reason), so a rerun that fails the same way adds no row."""
    joined = f"{failure.origin}\x00{failure.reason}".encode("utf-8", "surrogatepass")
    return hashlib.sha256(joined).hexdigest()
