"""kill -9 during ingest, during a stage and during export, on SQLite and PostgreSQL: after
each kill no partial article, no duplicate and no orphan statement; the rerun skips the finished
partitions and ends with exactly what an uninterrupted run stores.

tests/engine/test_resume.py compares whole stores after a driver or worker kill of `run` on
SQLite (stories included); these tests cover `ingest`, PostgreSQL, repeated kills, the state
right after each kill, and export.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from claimtrail.engine.local import LocalEngine
from claimtrail.export import export_json
from claimtrail.pipeline import PipelineOptions
from claimtrail.store import open_store
from store.conftest import postgres_server, postgres_url  # noqa: F401 -- fixtures, by name

from .runs import (
    Contents,
    already_done,
    cli,
    contents,
    copy_files,
    finished,
    integrity,
    kill_when,
    partitions_done,
    started,
)

INGEST_FILES = 60
RUN_FILES = 10
INGEST_ONLY = PipelineOptions(is_extracting=False, is_linking=False)
UNLINKED = PipelineOptions(is_linking=False)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'killed.db'}"
    url: str = request.getfixturevalue("postgres_url")
    return url


def _dev_texts(shared_dir: Path, count: int) -> list[Path]:
    return sorted((shared_dir / "data" / "polnear" / "dev" / "text").glob("*.txt"))[:count]


def _corpus(files: list[Path], directory: Path) -> Path:
    copy_files(files, directory)
    # A copy of the first text, read last: the rerun must still link it as a duplicate.
    shutil.copyfile(files[0], directory / "zz-copy-of-first.txt")
    return directory


def _reference(corpus: Path, db: Path, options: PipelineOptions) -> Contents:
    url = f"sqlite:///{db}"
    with open_store(url) as store:
        report = LocalEngine(store, options).run([str(corpus)])
    assert not report.failures, report.failures
    return contents(url)


@pytest.fixture(scope="module")
def ingest_case(
    shared_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, Contents]:
    root = tmp_path_factory.mktemp("ingest")
    corpus = _corpus(_dev_texts(shared_dir, INGEST_FILES), root / "corpus")
    return corpus, _reference(corpus, root / "reference.db", INGEST_ONLY)


@pytest.fixture(scope="module")
def run_case(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Contents]:
    root = tmp_path_factory.mktemp("run")
    corpus = _corpus(_dev_texts(shared_dir, RUN_FILES), root / "corpus")
    return corpus, _reference(corpus, root / "reference.db", UNLINKED)


def _assert_consistent_after_kill(url: str, expected: Contents) -> Contents:
    """No orphan statement, no duplicate, nothing skipped, and no article stored in part."""
    got = contents(url)
    if url.startswith("sqlite:///"):
        assert integrity(Path(url.removeprefix("sqlite:///"))) == "ok"
    assert got.orphan_statements == 0
    assert len(set(got.article_ids)) == len(got.article_ids), "an article was stored twice"
    # One worker stores in input order: what survived is the reference's first articles.
    assert got.article_ids == expected.article_ids[: len(got.article_ids)]
    for article_id in got.article_ids:
        assert got.statements[article_id] == expected.statements[article_id], article_id
    return got


def _kill_cycles(
    url: str, command: list[str], expected: Contents, fractions: tuple[float, ...], logs: Path
) -> list[int]:
    """Kill the command once per fraction of partitions done; the partitions done at each kill."""
    total = len(expected.article_ids)
    done_at_kill: list[int] = []
    for n, fraction in enumerate(fractions):
        floor = max(int(total * fraction), (done_at_kill[-1] + 1) if done_at_kill else 1)
        with started(command, logs / f"killed-{n}.log") as process:
            kill_when(process, lambda floor=floor: partitions_done(url) >= floor)  # type: ignore[misc]
        got = _assert_consistent_after_kill(url, expected)
        assert got.partitions < total + 1, "the kill came too late to interrupt the run"
        done_at_kill.append(got.partitions)
    return done_at_kill


def _assert_resumed(url: str, command: list[str], expected: Contents, done: int, log: Path) -> None:
    code, output = finished(command, log)
    assert code == 0, output
    assert already_done(output) >= done, output
    got = contents(url)
    assert got.orphan_statements == 0
    assert got.article_ids == expected.article_ids
    assert got.statements == expected.statements
    assert got.partitions == len(expected.article_ids)


def test_ingest_killed_twice_then_rerun_stores_every_article_once(
    store_url: str, ingest_case: tuple[Path, Contents], tmp_path: Path
) -> None:
    corpus, expected = ingest_case
    command = cli(store_url, "ingest", str(corpus))
    done = _kill_cycles(store_url, command, expected, (0.25, 0.6), tmp_path)
    assert 0 < done[0] < done[1] < len(expected.article_ids)
    _assert_resumed(store_url, command, expected, done[-1], tmp_path / "rerun.log")


def _run_killed_during_extraction(url: str, case: tuple[Path, Contents], tmp_path: Path) -> None:
    corpus, expected = case
    command = cli(url, "run", str(corpus))
    done = _kill_cycles(url, command, expected, (0.3,), tmp_path)
    assert any(expected.statements[a] for a in expected.article_ids[: done[0]])
    _assert_resumed(url, command, expected, done[-1], tmp_path / "rerun.log")


@pytest.mark.postgres
def test_run_killed_during_extraction_on_postgres_then_rerun_matches_an_uninterrupted_run(
    postgres_url: str,  # noqa: F811 -- the fixture imported above
    run_case: tuple[Path, Contents],
    tmp_path: Path,
) -> None:
    _run_killed_during_extraction(postgres_url, run_case, tmp_path)


@pytest.mark.slow
def test_run_killed_during_extraction_on_sqlite_then_rerun_matches_an_uninterrupted_run(
    run_case: tuple[Path, Contents], tmp_path: Path
) -> None:
    _run_killed_during_extraction(f"sqlite:///{tmp_path / 'run.db'}", run_case, tmp_path)


def _temporary_exports(directory: Path) -> list[Path]:
    return sorted(directory.glob(".export.json.*.tmp"))


def test_export_killed_mid_write_leaves_the_previous_export_whole(
    ingest_case: tuple[Path, Contents], store_url: str, tmp_path: Path
) -> None:
    corpus, expected = ingest_case
    url = store_url
    files = sorted(corpus.iterdir())
    out = tmp_path / "out"
    target = out / "export.json"
    with open_store(url) as store:
        LocalEngine(store, INGEST_ONLY).run([str(f) for f in files[:5]])
        export_json(store, target)
        previous = target.read_bytes()
        LocalEngine(store, INGEST_ONLY).run([str(corpus)])  # the next export holds more
    kills = 0
    for n in range(6):
        with started(cli(url, "export", "-o", str(target)), tmp_path / f"export-{n}.log") as p:
            # Kill as soon as the temporary file beside the target exists: mid-write.
            kill_when(p, lambda: bool(_temporary_exports(out)), poll_s=0.001)
        kills += 1
        assert target.read_bytes() == previous
        json.loads(previous)
    assert kills == 6
    code, output = finished(cli(url, "export", "-o", str(target)), tmp_path / "last.log")
    assert code == 0, output
    document = json.loads(target.read_text(encoding="utf-8"))
    assert [a["id"] for a in document["articles"]] == expected.article_ids
