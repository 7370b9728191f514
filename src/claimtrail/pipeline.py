"""The stage order, written once: what happens to each article, then across the corpus.

Per article (pure, so any worker can run it): clean -> extract attributions -> anchor each in
time -> resolve speakers within the article.
Across the corpus (engine/corpus.py, on the driver, in arrival order): give the article a unique
id -> link it to the article it copies -> resolve speakers to entities -> store; then, for the
stories that changed: cluster -> group same statements -> date from the story -> discrepancies.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from claimtrail import clean
from claimtrail.assertions import assertions
from claimtrail.errors import ClaimtrailError
from claimtrail.ingest.dedup import text_signature
from claimtrail.ingest.options import IngestOptions
from claimtrail.limits import ArticleLimits, capped, time_budget
from claimtrail.model import Article, Attribution, Failure, RawDocument, Statement
from claimtrail.resolve.speaker import Speaker
from claimtrail.resolve.within import intermediaries, speakers
from claimtrail.temporal.anchor import anchors

if TYPE_CHECKING:
    from claimtrail.extract import Extractor

log = logging.getLogger(__name__)

ARTICLE_STAGES = ("clean", "extract", "anchor", "speakers")
CORPUS_STAGES = (
    "identify",
    "deduplicate",
    "entities",
    "store",
    "stories",
    "groups",
    "discrepancies",
)


@dataclass(frozen=True, slots=True)
class PipelineOptions:
    """What a run does; the defaults are what `claimtrail run` does."""

    ingest: IngestOptions = field(default_factory=IngestOptions)
    is_extracting: bool = True
    is_linking: bool = True  # the corpus stages after storing: stories, groups, discrepancies
    model_path: Path | None = None
    spacy_model: str | None = None
    batch_size: int = 16
    duplicate_threshold: float = 0.8
    limits: ArticleLimits = field(default_factory=ArticleLimits)


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """One article with its statements and, aligned with them, who spoke and via whom."""

    article: Article
    statements: tuple[Statement, ...]
    speakers: tuple[Speaker | None, ...] = ()
    intermediaries: tuple[Speaker | None, ...] = ()
    # the text's MinHash (ingest/dedup.py `text_signature`), made here so the driver, which
    # links duplicates one article at a time, does not shingle every text itself
    signature: str | None = None


class Analyzer:
    """The per-article stages, with their models loaded once per process."""

    def __init__(self, options: PipelineOptions, now: datetime | None = None) -> None:
        self.options = options
        self.now = now
        self._extractor: Extractor | None = None

    @property
    def extractor(self) -> Extractor:
        if self._extractor is None:
            from claimtrail.extract import Extractor

            self._extractor = Extractor.load(self.options.model_path, self.options.spacy_model)
        return self._extractor

    def clean(self, raw: RawDocument) -> Article:
        """Boilerplate, encoding, language and publication date."""
        with time_budget(self.options.limits.time_budget_s, f"cleaning {raw.origin}"):
            return clean.article(raw, now=self.now)

    def analyse(self, raws: Sequence[RawDocument]) -> list[ArticleResult | Failure]:
        """Every per-article stage on a batch; a document that fails becomes a Failure."""
        articles: list[Article] = []
        outcomes: list[ArticleResult | Failure] = []
        for raw in raws:
            try:
                articles.append(self.clean(raw))
            except ClaimtrailError as exc:
                outcomes.append(Failure(raw.origin, str(exc)))
        return outcomes + [
            replace(r, signature=text_signature(r.article.text))
            if isinstance(r, ArticleResult)
            else r
            for r in self.analyse_articles(articles)
        ]

    def analyse_articles(self, articles: Sequence[Article]) -> list[ArticleResult | Failure]:
        if not self.options.is_extracting or not articles:
            return [ArticleResult(a, ()) for a in articles]
        budget_s = self.options.limits.time_budget_s
        try:
            with time_budget(budget_s and budget_s * len(articles), "batch"):
                items = ((a.text, a.id, a.language) for a in articles)
                found = list(self.extractor.pipe(items, batch_size=self.options.batch_size))
                return [self._result(a, f) for a, f in zip(articles, found, strict=True)]
        except Exception:  # one bad article must not sink its batch: retry them one by one
            log.debug("batch analysis failed; retrying article by article", exc_info=True)
        outcomes: list[ArticleResult | Failure] = []
        for article in articles:
            try:
                with time_budget(budget_s, f"analysing {article.origin}"):
                    outcomes.append(self._result(article))
            except Exception as exc:  # recorded with its type; the run goes on
                outcomes.append(Failure(article.origin, describe(exc)))
        return outcomes

    def _result(
        self, article: Article, found: Sequence[Attribution] | None = None
    ) -> ArticleResult:
        if found is None:
            found = self.extractor.attributions(article.text, article.id, article.language)
        found = capped(found, self.options.limits.max_attributions)
        today = self.now.date() if self.now else None
        return article_result(article, found, today)


def article_result(
    article: Article, attributions: Sequence[Attribution], today: date | None = None
) -> ArticleResult:
    """Statements (the attributions that assert something, see assertions.py), dated and with
    their speakers resolved within the article."""
    kept = assertions(attributions, article.text, article.language)
    ordered = sorted(kept, key=_first_offset)
    dated = anchors(article.text, ordered, article.published, article.language, today=today)
    statements = tuple(
        Statement(
            id=f"{article.id}-s{n}",
            attribution=attribution,
            said_on=anchor.said_on,
            said_on_basis=anchor.basis,
            time_expression=anchor.expression,
        )
        for n, (attribution, anchor) in enumerate(zip(ordered, dated, strict=True), start=1)
    )
    return ArticleResult(
        article,
        statements,
        tuple(speakers(article.text, ordered, article.language)),
        tuple(intermediaries(article.text, ordered, article.language)),
    )


def describe(exc: Exception) -> str:
    """A one-line reason for the run summary."""
    if isinstance(exc, ClaimtrailError):
        return str(exc)
    return f"internal error ({type(exc).__name__}: {exc})"


def _first_offset(attribution: Attribution) -> int:
    spans = attribution.content or attribution.cue or attribution.source
    return min((s.start for s in spans), default=0)
