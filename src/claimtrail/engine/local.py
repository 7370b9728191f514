"""Runs the pipeline on this machine: in-process, or with worker processes (`--workers N`).

The driver reads the inputs, workers run the per-article stages on batches of documents, and
the driver admits the results in input order (engine/corpus.py), one transaction per article.
A partition (one input file or URL) is recorded as finished once all its articles are stored,
so a rerun after a crash skips it.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Protocol

from claimtrail import ingest
from claimtrail.engine.corpus import Corpus
from claimtrail.errors import ClaimtrailError, StoreError
from claimtrail.ingest.walk import Partition
from claimtrail.model import Failure, RawDocument
from claimtrail.pipeline import Analyzer, ArticleResult, PipelineOptions, describe
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


@dataclass(frozen=True, slots=True)
class Batch:
    """Documents of one partition to analyse together; `is_last` closes the partition."""

    partition: Partition
    documents: tuple[RawDocument, ...]
    failures: tuple[Failure, ...]
    is_last: bool


Outcomes = list[ArticleResult | Failure]
Analyse = Callable[[tuple[RawDocument, ...]], Outcomes]


class LocalEngine:
    """The pipeline on this machine, storing into `store`."""

    def __init__(
        self,
        store: Store,
        options: PipelineOptions,
        now: datetime | None = None,
        workers: int = 1,
    ) -> None:
        self.store = store
        self.options = options
        self.now = now or datetime.now(UTC)
        self.workers = max(1, workers)

    def run(self, inputs: Sequence[str], progress: Progress | None = None) -> RunReport:
        """Ingest and analyse every input; failures are recorded, never raised."""
        progress = progress or _Silent()
        report = RunReport()
        partitions = list(ingest.partitions(inputs, self.options.ingest))
        report.partitions = len(partitions)
        progress.start(len(partitions))
        todo = []
        for partition in partitions:
            if self.store.is_partition_done(partition.key, partition.fingerprint):
                report.partitions_skipped += 1
                progress.advance(f"skipped {partition.origin} (done before)")
            else:
                todo.append(partition)
        corpus = Corpus(self.store, self.options)
        if todo:
            for batch, outcomes in self._analysed(batched(todo, self.options.batch_size)):
                self._admit(batch, outcomes, corpus, report, progress)
        if self.options.is_linking:
            self._link(report)
        return report

    def _analysed(self, batches: Iterator[Batch]) -> Iterator[tuple[Batch, Outcomes]]:
        """Each batch with its outcomes, in input order; other engines override only this."""
        if self.workers == 1:
            analyzer = Analyzer(self.options, self.now)
            for batch in batches:
                yield batch, analyzer.analyse(batch.documents)
            return
        with ProcessPoolExecutor(
            self.workers, initializer=_start_worker, initargs=(self.options, self.now)
        ) as pool:
            # as in engine/dask.py: enough in flight that one long article idles no worker
            yield from ordered(pool.submit, batches, 8 * self.workers)

    def _link(self, report: RunReport) -> None:
        """The corpus stages on every article in no story yet (a killed run's included)."""
        # Imported here: the embedding model behind linking is not needed to ingest.
        from claimtrail.engine.linking import link_new_articles

        try:
            link_new_articles(self.store)
        except Exception as exc:  # articles are stored; the stages rerun on the next run
            log.warning("corpus stages failed", exc_info=True)
            self._fail(
                Failure("corpus stages (stories, groups, discrepancies)", describe(exc)), report
            )

    def _admit(
        self,
        batch: Batch,
        outcomes: Outcomes,
        corpus: Corpus,
        report: RunReport,
        progress: Progress,
    ) -> None:
        report.documents += len(batch.documents)
        for failure in batch.failures:
            self._fail(failure, report)
        for outcome in outcomes:
            if isinstance(outcome, Failure):
                self._fail(outcome, report)
                continue
            try:
                admission = corpus.admit(outcome)
            except StoreError:
                # the store could not write (a full disk, a lost server): not this article's
                # fault, and recording it as a failure would mark its partition done and lose it
                raise
            except ClaimtrailError as exc:
                self._fail(Failure(outcome.article.origin, str(exc)), report)
                continue
            if admission.is_new:
                report.stored += 1
                report.statements += admission.statements
            else:
                report.unchanged += 1
        if batch.is_last:
            self.store.mark_partition_done(batch.partition.key, batch.partition.fingerprint)
            progress.advance(batch.partition.origin)

    def _fail(self, failure: Failure, report: RunReport) -> None:
        report.failures.append(failure)
        try:
            self.store.record_failure(failure)
        except StoreError as error:  # e.g. a full disk: say which input it happened on
            raise StoreError(f"{failure.origin}: {failure.reason}; then {error}") from error


def batched(partitions: Sequence[Partition], size: int) -> Iterator[Batch]:
    """Each partition's documents in batches of `size`; every partition ends with is_last."""
    for partition in partitions:
        documents: list[RawDocument] = []
        failures: list[Failure] = []
        for item in partition.read():
            if isinstance(item, Failure):
                failures.append(item)
                continue
            documents.append(item)
            if len(documents) >= size:
                yield Batch(partition, tuple(documents), tuple(failures), is_last=False)
                documents, failures = [], []
        yield Batch(partition, tuple(documents), tuple(failures), is_last=True)


def ordered(
    submit: Callable[..., Future[Outcomes]], batches: Iterator[Batch], window: int
) -> Iterator[tuple[Batch, Outcomes]]:
    """Batches analysed by workers, at most `window` in flight, yielded in input order."""
    pending: deque[tuple[Batch, Future[Outcomes]]] = deque()
    for batch in batches:
        pending.append((batch, submit(_analyse_in_worker, batch.documents)))
        if len(pending) >= window:
            done, future = pending.popleft()
            yield done, future.result()
    while pending:
        done, future = pending.popleft()
        yield done, future.result()


_worker_analyzer: Analyzer | None = None


def _start_worker(options: PipelineOptions, now: datetime) -> None:
    global _worker_analyzer  # one analyzer per worker process, models loaded once
    _worker_analyzer = Analyzer(options, now)


def _analyse_in_worker(documents: tuple[RawDocument, ...]) -> Outcomes:
    if _worker_analyzer is None:
        raise ClaimtrailError("worker used before it was started")
    return _worker_analyzer.analyse(documents)
