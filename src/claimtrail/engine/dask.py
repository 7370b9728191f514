"""Runs the pipeline on a Dask cluster: a LocalCluster of worker processes, or an existing one.

Workers run the per-article stages on batches of documents (each worker loads the models once);
the driver reads the inputs and admits the results in input order exactly as the local engine
does, so both engines store the same records. Dask is imported only here (`claimtrail[dask]`).
"""

from __future__ import annotations

import logging
import resource
import sys
import threading
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from claimtrail.engine.local import Batch, LocalEngine, Outcomes
from claimtrail.errors import ClaimtrailError
from claimtrail.model import Failure, RawDocument
from claimtrail.pipeline import Analyzer, PipelineOptions, describe
from claimtrail.store.base import Store

log = logging.getLogger(__name__)

# Batches in flight per worker thread. Results are admitted in input order, so a long article
# holds back the batches after it: with 2 per thread the other worker ran dry behind every long
# one (1.58x on 2 workers); 8 keeps it busy (memory: 8 batches of documents per thread).
IN_FLIGHT_PER_THREAD = 8


class DaskEngine(LocalEngine):
    """The pipeline on dask.distributed workers, storing into `store` from the driver.

    Without `scheduler` a LocalCluster of `workers` processes (one thread each) is started for
    the run; with `scheduler` ("tcp://host:port") the run joins that cluster and `workers` is
    ignored. A killed worker's batch is rerun elsewhere by Dask; a batch that keeps killing
    workers is retried document by document, and the documents that still kill one are
    recorded as failures.
    """

    def __init__(
        self,
        store: Store,
        options: PipelineOptions,
        now: datetime | None = None,
        workers: int = 2,
        scheduler: str | None = None,
        connect_timeout_s: float = 30.0,
    ) -> None:
        super().__init__(store, options, now or datetime.now(UTC), workers)
        self.scheduler = scheduler
        self.connect_timeout_s = connect_timeout_s
        # Peak resident memory of each worker process at the end of the last run (bytes).
        self.worker_peak_rss_bytes: dict[str, int] = {}

    def _analysed(self, batches: Iterator[Batch]) -> Iterator[tuple[Batch, Outcomes]]:
        """Batches analysed on the cluster's workers, yielded in input order."""
        with self._client() as client:
            threads = max(1, sum(client.nthreads().values()))
            yield from self._ordered(client, batches, threads)
            self.worker_peak_rss_bytes = dict(client.run(peak_rss_bytes))

    @contextmanager
    def _client(self) -> Iterator[Any]:
        """A client of the given scheduler, or of a LocalCluster that lives for the run."""
        try:
            import distributed
        except ImportError as error:
            raise ClaimtrailError(
                "the dask engine needs dask.distributed: pip install 'claimtrail[dask]'"
            ) from error
        dist: Any = distributed  # its constructors carry no annotations
        timeout = f"{self.connect_timeout_s}s"
        if self.scheduler is not None:
            try:
                client = dist.Client(self.scheduler, timeout=timeout)
            except (OSError, TimeoutError) as error:
                raise ClaimtrailError(
                    f"cannot reach the Dask scheduler at {self.scheduler}: {error}"
                ) from error
            with client:
                yield client
            return
        # Loopback only, on free ports (8787 may be another run's dashboard).
        with (
            dist.LocalCluster(
                n_workers=self.workers,
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                scheduler_port=0,
                dashboard_address="127.0.0.1:0",
                silence_logs=logging.ERROR,
            ) as cluster,
            dist.Client(cluster, timeout=timeout) as client,
        ):
            yield client

    def _ordered(
        self, client: Any, batches: Iterator[Batch], threads: int
    ) -> Iterator[tuple[Batch, Outcomes]]:
        """Batches analysed on the cluster, a bounded number in flight, yielded in input order."""
        window = IN_FLIGHT_PER_THREAD * threads
        pending: deque[tuple[Batch, Any]] = deque()
        for batch in batches:
            pending.append((batch, self._submit(client, batch.documents)))
            if len(pending) >= window:
                done, future = pending.popleft()
                yield done, self._result(client, done, future)
        while pending:
            done, future = pending.popleft()
            yield done, self._result(client, done, future)

    def _submit(self, client: Any, documents: tuple[RawDocument, ...]) -> Any:
        # pure=False: two batches with equal documents are still two tasks, and hashing every
        # document to build a task key would cost the driver more than it saves.
        return client.submit(analyse_on_worker, self.options, self.now, documents, pure=False)

    def _result(self, client: Any, batch: Batch, future: Any) -> Outcomes:
        from distributed import KilledWorker

        try:
            outcomes: Outcomes = future.result()
        except KilledWorker:
            log.warning(
                "a batch of %s kept killing workers: retried document by document",
                batch.partition.origin,
            )
            return self._one_by_one(client, batch.documents)
        except Exception as error:  # the cluster itself failed: scheduler gone, comms closed
            raise ClaimtrailError(
                f"the Dask cluster failed while analysing {batch.partition.origin}:"
                f" {describe(error)}; stored inputs are kept, run again to resume"
            ) from error
        return outcomes

    def _one_by_one(self, client: Any, documents: tuple[RawDocument, ...]) -> Outcomes:
        """Each document alone, so one that kills its worker sinks only itself."""
        from distributed import KilledWorker

        futures = [self._submit(client, (document,)) for document in documents]
        outcomes: Outcomes = []
        for document, future in zip(documents, futures, strict=True):
            try:
                outcomes.extend(future.result())
            except KilledWorker:
                outcomes.append(Failure(document.origin, "the worker analysing it died"))
        return outcomes


# ---- on the workers

_analyzers: dict[tuple[PipelineOptions, datetime | None], Analyzer] = {}
_analyzers_lock = threading.Lock()


def analyse_on_worker(
    options: PipelineOptions, now: datetime | None, documents: tuple[RawDocument, ...]
) -> Outcomes:
    """The per-article stages on a batch, with this worker's analyzer for `options`.

    The analyzer (and its models) is made on the first batch and kept for later ones; the
    lock keeps a worker with several threads from running spaCy on two batches at once.
    """
    with _analyzers_lock:
        key = (options, now)
        analyzer = _analyzers.get(key)
        if analyzer is None:
            _analyzers.clear()  # a long-lived worker keeps only the current run's models
            analyzer = _analyzers[key] = Analyzer(options, now)
        return analyzer.analyse(documents)


def peak_rss_bytes() -> int:
    """This process's peak resident memory (ru_maxrss is KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return int(peak if sys.platform == "darwin" else peak * 1024)
