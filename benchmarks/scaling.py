"""Scaling: the same corpus on 1 and 2 Dask workers, then on a loopback multi-process cluster.

    .venv/bin/python benchmarks/scaling.py [--articles 120]

Each LocalCluster is started, and each worker loads its models on a warm-up batch, before the
clock starts; the timed part is `DaskEngine.run` (read on the driver, analyse on the workers,
admit and store on the driver, linking off). Then it starts `dask scheduler` and two
`dask worker` processes on 127.0.0.1, runs the same corpus through them and checks the store
holds exactly what the LocalCluster run stored. Peak RSS of every worker is reported.
Target: 2 workers at least 1.7x as fast as 1 (on a 2-core machine that also runs the driver).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from common import REPO, machine, timed, train_files, words_in

from claimtrail import ingest
from claimtrail.engine.dask import DaskEngine, analyse_on_worker
from claimtrail.export import export_document
from claimtrail.model import RawDocument
from claimtrail.pipeline import PipelineOptions
from claimtrail.store import open_store

NOW = datetime(2026, 1, 1, tzinfo=UTC)
OPTIONS = PipelineOptions(is_linking=False)
TARGET = 1.7


def warm_up(client: Any, files: list[Path]) -> None:
    """Every worker loads its analyzer (the models) on one document, before timing."""
    document = next(
        item
        for item in next(iter(ingest.partitions([str(files[0])]))).read()
        if isinstance(item, RawDocument)
    )
    futures = [
        client.submit(analyse_on_worker, OPTIONS, NOW, (document,), pure=False, workers=[w])
        for w in client.scheduler_info()["workers"]
    ]
    client.gather(futures)


def timed_run(scheduler: str, files: list[Path], db: Path) -> tuple[float, dict[str, int]]:
    timings: dict[str, float] = {}
    with open_store(f"sqlite:///{db}") as store:
        engine = DaskEngine(store, OPTIONS, NOW, scheduler=scheduler)
        with timed(timings, "run"):
            report = engine.run([str(f) for f in files])
    assert not report.failures, report.failures
    return timings["run"], engine.worker_peak_rss_bytes


def local_cluster_run(workers: int, files: list[Path], db: Path) -> tuple[float, dict[str, int]]:
    import distributed

    dist: Any = distributed  # its constructors carry no annotations
    with (
        dist.LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address="127.0.0.1:0",
        ) as cluster,
        dist.Client(cluster) as client,
    ):
        warm_up(client, files)
        return timed_run(cluster.scheduler_address, files, db)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextlib.contextmanager
def loopback_cluster(workers: int) -> Iterator[str]:
    """`dask scheduler` and `dask worker` processes on 127.0.0.1; stopped (by pid) at the end."""
    dask = str(Path(sys.executable).with_name("dask"))
    address = f"tcp://127.0.0.1:{_free_port()}"
    port = address.rsplit(":", 1)[1]
    log = Path(tempfile.mkdtemp(prefix="claimtrail-bench-")) / "cluster.log"
    processes: list[subprocess.Popen[bytes]] = []
    with log.open("wb") as out:
        try:
            processes.append(
                subprocess.Popen(
                    [dask, "scheduler", "--host", "127.0.0.1", "--port", port,
                     "--no-dashboard"],
                    stdout=out, stderr=subprocess.STDOUT, cwd=REPO,
                )
            )  # fmt: skip
            for _ in range(workers):
                processes.append(
                    subprocess.Popen(
                        [dask, "worker", address, "--nthreads", "1", "--nworkers", "1",
                         "--host", "127.0.0.1", "--no-dashboard"],
                        stdout=out, stderr=subprocess.STDOUT, cwd=REPO,
                    )
                )  # fmt: skip
            yield address
        finally:
            for process in reversed(processes):
                with contextlib.suppress(ProcessLookupError):
                    os.kill(process.pid, signal.SIGTERM)
            for process in processes:
                try:
                    process.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    os.kill(process.pid, signal.SIGKILL)


def loopback_run(files: list[Path], db: Path) -> tuple[float, dict[str, int]]:
    import distributed

    dist: Any = distributed
    with loopback_cluster(2) as address:
        with dist.Client(address, timeout="60s") as client:
            client.wait_for_workers(2, timeout=120)
            warm_up(client, files)
        return timed_run(address, files, db)


def _mib(rss: dict[str, int]) -> str:
    return ", ".join(f"{v / 2**20:.0f}" for v in sorted(rss.values())) + " MiB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=120, help="PolNeAR train texts used")
    args = parser.parse_args()
    files = train_files(args.articles)
    words = words_in(files)
    print(f"machine: {machine()}")
    print(f"corpus: {len(files)} PolNeAR train texts, {words:,} words")
    with tempfile.TemporaryDirectory() as tmp:
        dbs = {name: Path(tmp) / f"{name}.db" for name in ("one", "two", "loopback")}
        one_s, one_rss = local_cluster_run(1, files, dbs["one"])
        print(f"1 worker:  {one_s:6.1f}s  {words / one_s:7,.0f} words/s  peak RSS {_mib(one_rss)}")
        two_s, two_rss = local_cluster_run(2, files, dbs["two"])
        print(f"2 workers: {two_s:6.1f}s  {words / two_s:7,.0f} words/s  peak RSS {_mib(two_rss)}")
        speedup = one_s / two_s
        verdict = "meets" if speedup >= TARGET else "misses"
        print(f"speed-up 2 vs 1 workers: {speedup:.2f}x ({verdict} the {TARGET}x target)")
        started = time.perf_counter()
        loop_s, loop_rss = loopback_run(files, dbs["loopback"])
        print(
            f"loopback cluster (dask scheduler + 2 dask worker processes): {loop_s:6.1f}s"
            f" ({time.perf_counter() - started:.0f}s with start-up)  peak RSS {_mib(loop_rss)}"
        )
        documents = {}
        for name, db in dbs.items():
            with open_store(f"sqlite:///{db}") as store:
                documents[name] = export_document(store)
        same = documents["one"] == documents["two"] == documents["loopback"]
        print(
            f"stores of the three runs identical: {same}"
            f" ({len(documents['loopback']['articles'])} articles,"
            f" {len(documents['loopback']['statements'])} statements)"
        )
        peak = max([*one_rss.values(), *two_rss.values(), *loop_rss.values()]) / 2**20
        print(f"largest worker peak RSS: {peak:.0f} MiB (limit 2048 MiB)")
    print(f"machine after: {machine()}")


if __name__ == "__main__":
    main()
