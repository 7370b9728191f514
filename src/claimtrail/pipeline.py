"""The stage order, written once: what happens to each article, then across the corpus.

Per article: clean -> deduplicate -> extract attributions -> anchor each in time -> statements.
The engine (engine/local.py) feeds documents in, stores each article's results in one
transaction and records finished partitions so an interrupted run resumes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from claimtrail import clean
from claimtrail.ingest.dedup import DuplicateIndex
from claimtrail.ingest.options import IngestOptions
from claimtrail.model import Article, Attribution, RawDocument, Statement
from claimtrail.temporal.anchor import anchors

if TYPE_CHECKING:
    from claimtrail.extract import Extractor

# Stage names in the order they run; `claimtrail ingest` stops after "deduplicate".
ARTICLE_STAGES = ("clean", "deduplicate", "extract", "anchor")


@dataclass(frozen=True, slots=True)
class PipelineOptions:
    """What a run does; the defaults are what `claimtrail run` does."""

    ingest: IngestOptions = field(default_factory=IngestOptions)
    is_extracting: bool = True
    model_path: Path | None = None
    spacy_model: str | None = None
    batch_size: int = 16
    duplicate_threshold: float = 0.8


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """One article and the statements found in it, ready to be stored together."""

    article: Article
    statements: tuple[Statement, ...]


class Pipeline:
    """The per-article stages, with their models and indexes loaded once."""

    def __init__(
        self,
        options: PipelineOptions,
        known_articles: Iterable[Article] = (),
        now: datetime | None = None,
    ) -> None:
        self.options = options
        self.now = now
        self.duplicates = DuplicateIndex.from_articles(
            known_articles, threshold=options.duplicate_threshold
        )
        self._extractor: Extractor | None = None

    @property
    def extractor(self) -> Extractor:
        if self._extractor is None:
            from claimtrail.extract import Extractor

            self._extractor = Extractor.load(self.options.model_path, self.options.spacy_model)
        return self._extractor

    def clean(self, raw: RawDocument) -> Article:
        """Clean a raw document: boilerplate, encoding, language and publication date."""
        return clean.article(raw, now=self.now)

    def link_duplicates(self, article: Article) -> Article:
        """The article, linked to the earlier article it copies (exactly or nearly), if any."""
        return self.duplicates.add(article)

    def analyse(self, articles: Sequence[Article]) -> list[ArticleResult]:
        """Extract and date the statements of a batch of articles (one parse per article)."""
        if not self.options.is_extracting:
            return [ArticleResult(a, ()) for a in articles]
        items = ((a.text, a.id, a.language) for a in articles)
        found = self.extractor.pipe(items, batch_size=self.options.batch_size)
        return [
            ArticleResult(article, statements(article, attributions))
            for article, attributions in zip(articles, found, strict=True)
        ]


def statements(article: Article, attributions: Sequence[Attribution]) -> tuple[Statement, ...]:
    """One statement per attribution, dated; speakers and groups come from corpus stages."""
    ordered = sorted(attributions, key=_first_offset)
    dated = anchors(article.text, ordered, article.published, article.language)
    return tuple(
        Statement(
            id=f"{article.id}-s{n}",
            attribution=attribution,
            said_on=anchor.said_on,
            said_on_basis=anchor.basis,
            time_expression=anchor.expression,
        )
        for n, (attribution, anchor) in enumerate(zip(ordered, dated, strict=True), start=1)
    )


def _first_offset(attribution: Attribution) -> int:
    spans = attribution.content or attribution.cue or attribution.source
    return min((s.start for s in spans), default=0)
