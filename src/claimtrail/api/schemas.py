"""The JSON the API reads and writes: pydantic models, built from the store's records here only.

Spans are `{"text", "start", "end"}` with code-point offsets into the article's `text`, as in
exports.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from claimtrail.model import Article, Entity, Span, Statement
from claimtrail.store import queries

T = TypeVar("T")
U = TypeVar("U")


class Schema(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Page(Schema, Generic[T]):
    items: list[T]
    total: int = Field(description="rows matching the filters, over every page")
    limit: int
    offset: int
    next_offset: int | None = Field(description="offset of the next page; null on the last")


class SpanOut(Schema):
    text: str
    start: int
    end: int


class ArticleSummaryOut(Schema):
    id: str
    title: str | None
    outlet: str | None
    url: str | None
    language: str | None
    published: datetime | None
    story: str | None
    statement_count: int


class StatementOut(Schema):
    id: str
    article: str
    speaker: str | None
    source: list[SpanOut]
    cue: list[SpanOut]
    content: list[SpanOut]
    via: list[SpanOut]
    kind: str
    confidence: float
    said_on: date | None
    said_on_basis: str | None
    via_entity: str | None
    group: str | None


class ArticleOut(ArticleSummaryOut):
    text: str
    author: str | None
    origin: str
    published_basis: str | None
    duplicate_of: str | None
    statements: list[StatementOut]


class EntityOut(Schema):
    id: str
    name: str
    type: str
    aliases: list[str]
    statement_count: int | None = None


class EntityDetailOut(EntityOut):
    statements: Page[StatementOut]


class StorySummaryOut(Schema):
    id: str
    title: str
    article_count: int
    statement_count: int
    discrepancy_count: int
    open_discrepancy_count: int
    first_published: datetime | None
    last_published: datetime | None


class StoryOut(Schema):
    id: str
    title: str
    articles: list[ArticleSummaryOut]


class GroupSummaryOut(Schema):
    id: str
    statement_count: int
    article_count: int
    language_count: int
    first_said_on: date | None


class GroupOut(Schema):
    id: str
    statements: list[StatementOut]


class EvidenceOut(Schema):
    article: str
    start: int
    end: int
    text: str


class ReviewOut(Schema):
    status: str
    note: str
    actor: str
    at: datetime


class DiscrepancyOut(Schema):
    id: str
    kind: str
    statements: list[str]
    articles: list[str]
    evidence: list[EvidenceOut]
    explanation: str
    score: float
    status: str
    review: ReviewOut | None


class AuditOut(Schema):
    actor: str
    action: str
    target: str
    detail: dict[str, object]
    at: datetime


# ---- request bodies


class ReviewIn(Schema):
    status: Literal["open", "reviewed", "dismissed"]
    note: str = Field(default="", max_length=2_000)


class MergeIn(Schema):
    source: str = Field(min_length=1, max_length=200, description="entity folded away")
    target: str = Field(min_length=1, max_length=200, description="entity that remains")


class SplitIn(Schema):
    alias: str = Field(min_length=1, max_length=500)
    new_id: str | None = Field(default=None, min_length=1, max_length=200)


class SplitOut(Schema):
    kept: EntityOut
    split: EntityOut


class IngestOut(Schema):
    inputs: int
    documents: int
    stored: int
    unchanged: int
    statements: int
    failures: list[str]


class ProblemOut(Schema):
    where: list[str] = Field(description="the parameter's location, such as ['query', 'limit']")
    problem: str


class ErrorOut(Schema):
    """Every 4xx answer of the API; `problems` only on a 422 from parameter validation."""

    error: str
    problems: list[ProblemOut] | None = None


# ---- records to schemas


def _spans(spans: tuple[Span, ...], text: str) -> list[SpanOut]:
    return [SpanOut(text=s.text_of(text), start=s.start, end=s.end) for s in spans]


def statement_out(statement: Statement, text: str) -> StatementOut:
    a = statement.attribution
    return StatementOut(
        id=statement.id,
        article=a.article_id,
        speaker=statement.speaker_id,
        source=_spans(a.source, text),
        cue=_spans(a.cue, text),
        content=_spans(a.content, text),
        via=_spans(a.via, text),
        kind=a.kind,
        confidence=a.confidence,
        said_on=statement.said_on,
        said_on_basis=statement.said_on_basis,
        via_entity=statement.via_id,
        group=statement.group,
    )


def article_summary_out(item: queries.ArticleSummary) -> ArticleSummaryOut:
    return ArticleSummaryOut(
        id=item.id,
        title=item.title,
        outlet=item.outlet,
        url=item.url,
        language=item.language,
        published=item.published,
        story=item.story_id,
        statement_count=item.statement_count,
    )


def article_out(article: Article, story_id: str | None, statements: list[Statement]) -> ArticleOut:
    return ArticleOut(
        id=article.id,
        title=article.title,
        outlet=article.outlet,
        url=article.url,
        language=article.language,
        published=article.published,
        story=story_id,
        statement_count=len(statements),
        text=article.text,
        author=article.author,
        origin=article.origin,
        published_basis=article.published_basis,
        duplicate_of=article.duplicate_of,
        statements=[statement_out(s, article.text) for s in statements],
    )


def entity_out(entity: Entity, statement_count: int | None = None) -> EntityOut:
    return EntityOut(
        id=entity.id,
        name=entity.name,
        type=entity.type,
        aliases=list(entity.aliases),
        statement_count=statement_count,
    )


def story_summary_out(item: queries.StorySummary) -> StorySummaryOut:
    return StorySummaryOut(
        id=item.id,
        title=item.title,
        article_count=item.article_count,
        statement_count=item.statement_count,
        discrepancy_count=item.discrepancy_count,
        open_discrepancy_count=item.open_discrepancy_count,
        first_published=item.first_published,
        last_published=item.last_published,
    )


def group_summary_out(item: queries.GroupSummary) -> GroupSummaryOut:
    return GroupSummaryOut(
        id=item.id,
        statement_count=item.statement_count,
        article_count=item.article_count,
        language_count=item.language_count,
        first_said_on=item.first_said_on,
    )


def discrepancy_out(item: queries.ReviewedDiscrepancy) -> DiscrepancyOut:
    d, review = item.discrepancy, item.review
    return DiscrepancyOut(
        id=d.id,
        kind=d.kind,
        statements=list(d.statement_ids),
        articles=list(d.article_ids),
        evidence=[
            EvidenceOut(article=e.article_id, start=e.span.start, end=e.span.end, text=e.text)
            for e in d.evidence
        ],
        explanation=d.explanation,
        score=d.score,
        status=item.status,
        review=None
        if review is None
        else ReviewOut(status=review.status, note=review.note, actor=review.actor, at=review.at),
    )


def audit_out(item: queries.AuditEntry) -> AuditOut:
    return AuditOut(
        actor=item.actor, action=item.action, target=item.target, detail=item.detail, at=item.at
    )


def page_of(page: queries.Page[U], items: list[T]) -> Page[T]:
    """`items` (built from `page.items`) with the page's counts."""
    following = page.offset + page.limit
    return Page[T](
        items=items,
        total=page.total,
        limit=page.limit,
        offset=page.offset,
        next_offset=following if following < page.total else None,
    )
