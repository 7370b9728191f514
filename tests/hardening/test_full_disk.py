"""A full disk gives a clear error and exit 1, never a corrupt store or a broken export.

The disk is a small tmpfs when this process may mount one (root in most CI containers), else a
per-file size limit (RLIMIT_FSIZE, with SIGXFSZ ignored so that writes fail with EFBIG, which
SQLite and Python report like a full disk; CLAIMTRAIL_TEST_NO_TMPFS=1 forces it). A size-capped
SQLite (PRAGMA max_page_count) covers the store on any machine.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import resource
import shutil
import signal
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from claimtrail.engine.local import LocalEngine
from claimtrail.errors import StoreError
from claimtrail.export import export_json
from claimtrail.model import Article, Attribution, Span, Statement
from claimtrail.pipeline import PipelineOptions
from claimtrail.store import SqliteStore, open_store

from .runs import Contents, cli, contents, copy_files, finished, integrity

INGEST_ONLY = PipelineOptions(is_extracting=False, is_linking=False)
# room for the schema and a few articles, not for all 60 (nor for their 300 KB export)
DISK_BYTES = 384 * 1024
EXPORT_DISK_BYTES = 256 * 1024


@dataclass(frozen=True)
class Disk:
    path: Path
    kind: str  # "tmpfs" or "rlimit"
    size: int

    def preexec(self) -> None:
        """In the child: cap each file it writes when the disk is not a real small one."""
        if self.kind == "rlimit":
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (self.size, self.size))


@contextlib.contextmanager
def small_disk(directory: Path, size: int) -> Iterator[Disk]:
    directory.mkdir(parents=True, exist_ok=True)
    if os.environ.get("CLAIMTRAIL_TEST_NO_TMPFS"):  # to test the fallback where mount works
        yield Disk(directory, "rlimit", size)
        return
    mount = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(directory)],
        capture_output=True,
        check=False,
    )
    if mount.returncode:
        yield Disk(directory, "rlimit", size)
        return
    try:
        yield Disk(directory, "tmpfs", size)
    finally:
        subprocess.run(["umount", "-l", str(directory)], capture_output=True, check=False)


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Disk]:
    with small_disk(tmp_path / "disk", DISK_BYTES) as found:
        yield found


@pytest.fixture(scope="module")
def corpus(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    files = sorted((shared_dir / "data" / "polnear" / "dev" / "text").glob("*.txt"))[:60]
    return copy_files(files, tmp_path_factory.mktemp("full") / "corpus")


@pytest.fixture(scope="module")
def reference(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Contents:
    url = f"sqlite:///{tmp_path_factory.mktemp('reference') / 'reference.db'}"
    with open_store(url) as store:
        LocalEngine(store, INGEST_ONLY).run([str(corpus)])
    return contents(url)


def _assert_clear_error(code: int, output: str, *words: str) -> None:
    assert code == 1, output
    assert "Traceback" not in output, output
    assert any(line.startswith("error: ") for line in output.splitlines()), output
    assert all(word in output for word in words), output


def test_ingest_onto_a_full_disk_stops_with_a_clear_error_and_resumes_elsewhere(
    disk: Disk, corpus: Path, reference: Contents, tmp_path: Path
) -> None:
    db = disk.path / "store.db"
    code, output = finished(
        cli(f"sqlite:///{db}", "ingest", str(corpus)), tmp_path / "full.log", disk.preexec
    )
    # tmpfs: "database or disk is full"; EFBIG under RLIMIT_FSIZE: SQLite's "disk I/O error".
    _assert_clear_error(code, output, "full" if disk.kind == "tmpfs" else "I/O error")
    # Moved to a disk with room (the WAL holds committed work too), the store is whole...
    roomy = tmp_path / "roomy"
    roomy.mkdir()
    for part in disk.path.glob("store.db*"):
        shutil.copyfile(part, roomy / part.name)
    assert integrity(roomy / "store.db") == "ok"
    url = f"sqlite:///{roomy / 'store.db'}"
    stored = contents(url)
    assert 0 < len(stored.article_ids) < len(reference.article_ids)
    assert stored.article_ids == reference.article_ids[: len(stored.article_ids)]
    assert stored.orphan_statements == 0
    # ...and the rerun finishes it without storing anything twice.
    code, output = finished(cli(url, "ingest", str(corpus)), tmp_path / "rerun.log")
    assert code == 0, output
    assert contents(url).article_ids == reference.article_ids


def test_export_onto_a_full_disk_fails_clearly_and_keeps_the_previous_export(
    corpus: Path, tmp_path: Path
) -> None:
    with small_disk(tmp_path / "disk", EXPORT_DISK_BYTES) as disk:
        url = f"sqlite:///{tmp_path / 'export.db'}"
        target = disk.path / "export.json"
        with open_store(url) as store:
            LocalEngine(store, INGEST_ONLY).run([str(sorted(corpus.iterdir())[0])])
            export_json(store, target)
            previous = target.read_bytes()
            LocalEngine(store, INGEST_ONLY).run([str(corpus)])  # now bigger than the disk
        code, output = finished(
            cli(url, "export", "-o", str(target)), tmp_path / "export.log", disk.preexec
        )
        _assert_clear_error(code, output, "cannot write export")
        assert target.read_bytes() == previous
        json.loads(previous)
        assert sorted(p.name for p in disk.path.iterdir()) == ["export.json"], "a temporary file"


def _article(n: int, size: int) -> tuple[Article, list[Statement]]:
    text = f"Article {n}: " + "The mayor said the pier would reopen. " * (size // 38)
    article = Article(
        id=f"a{n}",
        text=text,
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
        origin=f"a{n}.txt",
    )
    statements = [
        Statement(
            id=f"a{n}-s{k}",
            attribution=Attribution(
                article_id=article.id,
                source=(Span(0, 9),),
                cue=(Span(10, 14),),
                content=(Span(15, 40),),
                kind="indirect",
            ),
        )
        for k in range(1, 40)
    ]
    return article, statements


def test_size_capped_sqlite_refuses_the_article_that_does_not_fit_whole(tmp_path: Path) -> None:
    path = tmp_path / "capped.db"
    with SqliteStore(str(path)) as store:
        pages = store._connection.execute("PRAGMA page_count").fetchone()[0]
        store._connection.execute(f"PRAGMA max_page_count = {pages + 40}")
        written: list[str] = []
        refused: StoreError | None = None
        for n in range(1000):
            article, statements = _article(n, 6_000)
            try:
                store.write_article(article, statements)
            except StoreError as error:
                refused = error
                break
            written.append(article.id)
        assert refused is not None, "the capped store never filled up"
        assert "full" in str(refused)
        assert "\n" not in str(refused)
        assert written, "nothing fitted at all"
        failed = f"a{len(written)}"
        # The refused article left nothing behind, and what was stored before is intact.
        assert store.get_article(failed) is None
        assert list(store.statements(failed)) == []
        assert [a.id for a in store.articles()] == written
        assert all(len(list(store.statements(a))) == 39 for a in written)
    assert integrity(path) == "ok"
    with open_store(f"sqlite:///{path}") as reopened:
        article, statements = _article(len(written), 6_000)
        assert reopened.write_article(article, statements)
