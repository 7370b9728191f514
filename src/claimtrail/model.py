"""Frozen records shared by every stage; this module imports nothing else from claimtrail.

All `Span` offsets are Unicode code-point offsets into `Article.text` (the cleaned text).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

QuoteKind = Literal["direct", "indirect", "mixed"]
EntityType = Literal["person", "org", "place", "other"]
DateBasis = Literal["explicit", "relative", "publication", "story"]
DiscrepancyKind = Literal[
    "source_disagreement", "attribution_mismatch", "self_contradiction", "date_conflict"
]
InputFormat = Literal["text", "html", "feed", "warc", "jsonl", "url"]


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A half-open character range `[start, end)` of an article's text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span [{self.start}, {self.end})")

    def text_of(self, text: str) -> str:
        return text[self.start : self.end]


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One document as read from an input, before cleaning.

    `body` is the decoded text (for HTML: the main text found by the extractor). Metadata
    fields are whatever the input itself declared; cleaning fills in what is missing.
    """

    id: str
    body: str
    origin: str  # file path, URL or "path#line" where the document came from
    format: InputFormat
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    author: str | None = None
    published: datetime | None = None  # timezone-aware when known
    language: str | None = None
    html: str | None = None  # the raw page, kept for date and metadata finders


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article: every span claimtrail reports indexes `text`."""

    id: str
    text: str
    content_hash: str  # sha256 of the normalised text, for exact-duplicate detection
    origin: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    author: str | None = None
    published: datetime | None = None  # timezone-aware
    published_basis: str | None = None  # "metadata" | "url" | "text" | None
    language: str | None = None  # ISO 639-1
    duplicate_of: str | None = None  # id of the earlier article this one copies
    duplicate_similarity: float | None = None  # estimated Jaccard with that article


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who (source) said (cue) what (content) in one article.

    `source` is empty for agentless passives ("it was reported that"). `via` holds the outer
    source of a chain ("Belta quoted Lukashenko as saying": source Lukashenko, via Belta).
    """

    article_id: str
    source: tuple[Span, ...]
    cue: tuple[Span, ...]
    content: tuple[Span, ...]
    kind: QuoteKind
    confidence: float = 1.0
    via: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Entity:
    """One real person, organisation or place across spellings and articles."""

    id: str
    name: str
    type: EntityType
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class EntityProfile:
    """What the resolver learnt of an entity beyond its names, stored so that a later run
    resolves as one long run would: the office it holds ("spokes" of "zelensk"), how often it
    was quoted and the surnames quoted beside it (which tell namesakes apart)."""

    entity_id: str
    office_classes: tuple[str, ...] = ()
    office_qualifiers: tuple[str, ...] = ()
    office_owners: tuple[str, ...] = ()
    mentions: int = 0
    context: tuple[tuple[str, int], ...] = ()  # (surname stem, articles quoted beside it)
    last_seen: int = 0  # when it was last resolved, in resolutions: breaks ties by recency


@dataclass(frozen=True, slots=True)
class Statement:
    """An attribution with its speaker resolved, dated and linked to its same-utterance group."""

    id: str
    attribution: Attribution
    speaker_id: str | None = None
    said_on: date | None = None
    said_on_basis: DateBasis | None = None
    time_expression: Span | None = None
    via_id: str | None = None
    group: str | None = None

    @property
    def article_id(self) -> str:
        return self.attribution.article_id


@dataclass(frozen=True, slots=True)
class Story:
    """Articles about one event."""

    id: str
    title: str
    article_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Evidence:
    """A span of one article that supports a discrepancy."""

    article_id: str
    span: Span
    text: str


@dataclass(frozen=True, slots=True)
class Discrepancy:
    """Two or more accounts that do not agree, with the spans that show it."""

    id: str
    kind: DiscrepancyKind
    statement_ids: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    explanation: str
    score: float
    article_ids: tuple[str, ...] = field(default=())
    # the story it was found in: a story checked again replaces what was found in it before
    story_id: str | None = None


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that could not be processed, and why (one line for the run summary)."""

    origin: str
    reason: str
