"""Runs the pipeline in this process: partition by partition, one transaction per article.

A partition (one input file or URL) is recorded as finished once all of its articles are
stored, so a rerun after a crash skips it; an article already stored with the same text is
never written twice.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Protocol

from claimtrail import ingest
from claimtrail.errors import ClaimtrailError
from claimtrail.model import Article, Failure, RawDocument
from claimtrail.pipeline import ArticleResult, Pipeline, PipelineOptions
from claimtrail.store.base import Store

log = logging.getLogger(__name__)


class Progress(Protocol):
    """What the engine reports while it runs (the CLI draws it as a progress bar)."""

    def start(self, total: int) -> None: ...

    def advance(self, note: str = "") -> None: ...


class _Silent:
    def start(self, total: int) -> None:
        return None

    def advance(self, note: str = "") -> None:
        return None


@dataclass(slots=True)
class RunReport:
    """Counts and failures of one run."""

    partitions: int = 0
    partitions_skipped: int = 0
    documents: int = 0
    stored: int = 0
    unchanged: int = 0
    statements: int = 0
    failures: list[Failure] = field(default_factory=list)


class LocalEngine:
    """The pipeline in-process, storing into `store`."""

    def __init__(self, store: Store, options: PipelineOptions, now: datetime | None = None) -> None:
        self.store = store
        self.options = options
        self.now = now or datetime.now(UTC)
        self.pipeline = Pipeline(options, store.articles(), now=self.now)

    def run(self, inputs: Sequence[str], progress: Progress | None = None) -> RunReport:
        """Ingest and analyse every input; failures are recorded, never raised."""
        progress = progress or _Silent()
        report = RunReport()
        partitions = list(ingest.partitions(inputs, self.options.ingest))
        report.partitions = len(partitions)
        progress.start(len(partitions))
        for partition in partitions:
            if self.store.is_partition_done(partition.key, partition.fingerprint):
                report.partitions_skipped += 1
                progress.advance(f"skipped {partition.origin} (done before)")
                continue
            self._run_partition(partition.read(), report)
            self.store.mark_partition_done(partition.key, partition.fingerprint)
            progress.advance(partition.origin)
        return report

    def _run_partition(self, items: Iterator[RawDocument | Failure], report: RunReport) -> None:
        batch: list[Article] = []
        pending: dict[str, str] = {}  # ids taken in this batch but not yet stored -> hash
        for item in items:
            if isinstance(item, Failure):
                self._fail(item, report)
                continue
            report.documents += 1
            article = self._prepare(item, pending, report)
            if article is None:
                continue
            batch.append(article)
            pending[article.id] = article.content_hash
            if len(batch) >= self.options.batch_size:
                self._store_batch(batch, report)
                batch, pending = [], {}
        self._store_batch(batch, report)

    def _prepare(
        self, raw: RawDocument, pending: dict[str, str], report: RunReport
    ) -> Article | None:
        try:
            article = self.pipeline.clean(raw)
        except ClaimtrailError as exc:
            self._fail(Failure(raw.origin, str(exc)), report)
            return None
        article_id, is_stored = self._unique_id(article, pending)
        if is_stored:
            report.unchanged += 1
            return None
        return self.pipeline.link_duplicates(replace(article, id=article_id))

    def _unique_id(self, article: Article, pending: dict[str, str]) -> tuple[str, bool]:
        """The article's id, suffixed when another text holds it; True when already stored."""
        for n in range(1, 10_000):
            candidate = article.id if n == 1 else f"{article.id}-{n}"
            known = pending.get(candidate) or self.store.article_hash(candidate)
            if known is None:
                return candidate, False
            if known == article.content_hash:
                return candidate, candidate not in pending
        raise ClaimtrailError(f"too many different articles share the id {article.id!r}")

    def _store_batch(self, batch: list[Article], report: RunReport) -> None:
        if not batch:
            return
        try:
            results = self.pipeline.analyse(batch)
        except Exception:  # one bad article must not sink its batch: retry them one by one
            log.debug("batch analysis failed; retrying article by article", exc_info=True)
            results = []
            for article in batch:
                try:
                    results.extend(self.pipeline.analyse([article]))
                except Exception as exc:  # recorded with its type, the run goes on
                    self._fail(Failure(article.origin, _describe(exc)), report)
        for result in results:
            self._write(result, report)

    def _write(self, result: ArticleResult, report: RunReport) -> None:
        try:
            is_new = self.store.write_article(result.article, result.statements)
        except ClaimtrailError as exc:
            self._fail(Failure(result.article.origin, str(exc)), report)
            return
        if is_new:
            report.stored += 1
            report.statements += len(result.statements)
        else:
            report.unchanged += 1

    def _fail(self, failure: Failure, report: RunReport) -> None:
        report.failures.append(failure)
        self.store.record_failure(failure)


def _describe(exc: Exception) -> str:
    if isinstance(exc, ClaimtrailError):
        return str(exc)
    return f"internal error ({type(exc).__name__}: {exc})"
