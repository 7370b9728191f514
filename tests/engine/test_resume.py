"""A run killed mid-way (kill -9 of the driver or of a worker), then rerun, stores exactly what an
uninterrupted run stores: the same articles in the same order, the same statements, no
duplicates and nothing lost."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import Snapshot, copy_corpus, dev_texts, snapshot

psutil = pytest.importorskip("psutil")

BOUNDED_FILES = 16  # CI: three runs of about 30 s per scenario on two cores
RUN_TIMEOUT_S = 600

# The Dask engine through `python -c`, for as long as the CLI has no `--engine dask`.
DASK_RUNNER = """
import sys
from claimtrail.engine.dask import DaskEngine
from claimtrail.pipeline import PipelineOptions
from claimtrail.store import open_store
with open_store(sys.argv[1]) as store:
    report = DaskEngine(store, PipelineOptions(), workers=2).run(sys.argv[2:])
print(f"{report.partitions_skipped} already done")
"""


@pytest.fixture(scope="module")
def bounded(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _corpus(dev_texts(shared_dir)[:BOUNDED_FILES], tmp_path_factory.mktemp("bounded"))


@pytest.fixture(scope="module")
def whole_dev(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _corpus(dev_texts(shared_dir), tmp_path_factory.mktemp("dev"))


def _corpus(files: list[Path], root: Path) -> Path:
    directory = copy_corpus(files, root / "corpus")
    # A copy of the first article, read last: after a resume it must still be linked to it.
    shutil.copyfile(files[0], directory / "zz-copy-of-first.txt")
    return directory


def _command(db: Path, corpus: Path, engine: str) -> list[str]:
    url = f"sqlite:///{db}"
    if engine == "dask":
        return [sys.executable, "-c", DASK_RUNNER, url, str(corpus)]
    workers = "2" if engine == "local-2" else "1"
    return [
        sys.executable, "-m", "claimtrail", "--db", url, "--quiet",
        "run", str(corpus), "--workers", workers,
    ]  # fmt: skip


@contextlib.contextmanager
def _started(command: list[str], log: Path) -> Iterator[subprocess.Popen[bytes]]:
    """The command in a session of its own, so nothing it started outlives the test."""
    with log.open("wb") as out:
        process = subprocess.Popen(
            command, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
        try:
            yield process
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=60)


def _partitions_done(db: Path) -> int:
    try:
        with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as connection:
            return int(connection.execute("SELECT COUNT(*) FROM partitions").fetchone()[0])
    except sqlite3.Error:  # not created or migrated yet
        return 0


def _wait_for_partitions(db: Path, count: int, process: subprocess.Popen[bytes]) -> int:
    deadline = time.monotonic() + RUN_TIMEOUT_S
    while time.monotonic() < deadline:
        done = _partitions_done(db)
        if done >= count:
            return done
        assert process.poll() is None, f"the run ended before {count} partitions were done"
        time.sleep(0.1)
    pytest.fail(f"fewer than {count} partitions done after {RUN_TIMEOUT_S}s")


def _workers_of(driver: int) -> list[int]:
    """The driver's analysing processes (forked pool workers or spawned Dask workers)."""
    found = []
    for child in psutil.Process(driver).children(recursive=True):
        with contextlib.suppress(psutil.Error):
            command = " ".join(child.cmdline())
            if "resource_tracker" not in command and "forkserver" not in command:
                found.append(child.pid)
    return found


def _rerun(db: Path, corpus: Path, engine: str, log: Path) -> str:
    with _started(_command(db, corpus, engine), log) as process:
        assert process.wait(timeout=RUN_TIMEOUT_S) == 0, log.read_text(errors="replace")
    return log.read_text(errors="replace")


def _uninterrupted(corpus: Path, engine: str, tmp_path: Path) -> Snapshot:
    """The same run, not interrupted, in a fresh process like the runs it is compared with."""
    db = tmp_path / "uninterrupted.db"
    _rerun(db, corpus, engine, tmp_path / "uninterrupted.log")
    return snapshot(f"sqlite:///{db}")


def _assert_same_store(db: Path, expected: Snapshot) -> None:
    got = snapshot(f"sqlite:///{db}")
    assert len(set(got.article_ids)) == len(got.article_ids), "an article was stored twice"
    assert got.article_ids == expected.article_ids
    assert [s["id"] for s in got.statements] == [s["id"] for s in expected.statements]
    assert got.stats == expected.stats
    assert got == expected


def _kill_driver_then_rerun(corpus: Path, tmp_path: Path, engine: str) -> None:
    db = tmp_path / "killed.db"
    total = len(list(corpus.iterdir()))
    with _started(_command(db, corpus, engine), tmp_path / "first.log") as process:
        _wait_for_partitions(db, total // 3, process)
        os.killpg(process.pid, signal.SIGKILL)  # the driver and its workers, mid-run
        process.wait(timeout=60)
    assert 0 < _partitions_done(db) < total, "the kill came too late to interrupt the run"
    out = _rerun(db, corpus, engine, tmp_path / "second.log")
    assert "already done" in out
    _assert_same_store(db, _uninterrupted(corpus, engine, tmp_path))


def _kill_a_worker_then_finish(corpus: Path, tmp_path: Path, engine: str) -> None:
    db = tmp_path / "killed.db"
    total = len(list(corpus.iterdir()))
    with _started(_command(db, corpus, engine), tmp_path / "first.log") as process:
        _wait_for_partitions(db, total // 3, process)
        workers = _workers_of(process.pid)
        assert workers, "no worker process found"
        os.kill(workers[0], signal.SIGKILL)
        code = process.wait(timeout=RUN_TIMEOUT_S)
    if engine == "dask":
        # Dask's nanny restarts the worker and the scheduler reruns its batch: no rerun needed.
        assert code == 0, (tmp_path / "first.log").read_text(errors="replace")
    else:
        # A broken process pool stops the local run; the rerun finishes it.
        assert _partitions_done(db) < total
        _rerun(db, corpus, engine, tmp_path / "second.log")
    _assert_same_store(db, _uninterrupted(corpus, engine, tmp_path))


@pytest.mark.parametrize("engine", ["local-1", pytest.param("local-2", marks=pytest.mark.slow)])
def test_driver_killed_mid_run_then_rerun_stores_what_an_uninterrupted_run_stores(
    bounded: Path, tmp_path: Path, engine: str
) -> None:
    _kill_driver_then_rerun(bounded, tmp_path, engine)


def test_local_worker_killed_mid_run_then_rerun_stores_what_an_uninterrupted_run_stores(
    bounded: Path, tmp_path: Path
) -> None:
    _kill_a_worker_then_finish(bounded, tmp_path, "local-2")


@pytest.mark.dask
def test_dask_worker_killed_mid_run_is_replaced_and_the_run_stores_everything(
    bounded: Path, tmp_path: Path
) -> None:
    pytest.importorskip("distributed")
    _kill_a_worker_then_finish(bounded, tmp_path, "dask")


@pytest.mark.dask
def test_dask_driver_killed_mid_run_then_rerun_stores_what_an_uninterrupted_run_stores(
    bounded: Path, tmp_path: Path
) -> None:
    pytest.importorskip("distributed")
    _kill_driver_then_rerun(bounded, tmp_path, "dask")


@pytest.mark.slow
@pytest.mark.dask
@pytest.mark.timeout(4 * RUN_TIMEOUT_S)  # six runs over the 84 dev articles, each <= RUN_TIMEOUT_S
def test_every_dev_article_survives_a_worker_kill_and_a_driver_kill(
    whole_dev: Path, tmp_path: Path
) -> None:
    pytest.importorskip("distributed")
    for scenario in ("worker", "driver"):
        (tmp_path / scenario).mkdir()
    _kill_a_worker_then_finish(whole_dev, tmp_path / "worker", "dask")
    _kill_driver_then_rerun(whole_dev, tmp_path / "driver", "dask")
