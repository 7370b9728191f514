"""Helpers for the crash tests: start `python -m claimtrail` in its own session, kill it with
SIGKILL at a chosen point, and read back what the store holds (SQLite or PostgreSQL)."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimtrail.store import open_store

RUN_TIMEOUT_S = 300
_DONE = re.compile(r"\((\d+) already done\)")

Preexec = Callable[[], None] | None


def cli(url: str, *args: str) -> list[str]:
    return [sys.executable, "-m", "claimtrail", "--db", url, "--quiet", *args]


@contextlib.contextmanager
def started(
    command: list[str], log: Path, preexec: Preexec = None
) -> Iterator[subprocess.Popen[bytes]]:
    """The command in a session of its own, so that nothing it started outlives the test."""
    with log.open("wb") as out:
        process = subprocess.Popen(  # preexec_fn only sets a resource limit
            command,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            preexec_fn=preexec,
        )
        try:
            yield process
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=60)


def finished(command: list[str], log: Path, preexec: Preexec = None) -> tuple[int, str]:
    """Exit code and output of the command, run to its end."""
    with started(command, log, preexec) as process:
        code = process.wait(timeout=RUN_TIMEOUT_S)
    return code, log.read_text(errors="replace")


def already_done(output: str) -> int:
    found = _DONE.search(output)
    assert found, f"no run summary in:\n{output}"
    return int(found.group(1))


def _rows(url: str, query: str) -> list[tuple[Any, ...]]:
    """Rows straight from the database, read-only, without migrating anything."""
    if url.startswith("sqlite:///"):
        path = url.removeprefix("sqlite:///")
        if not Path(path).exists():
            return []
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
            try:
                return db.execute(query).fetchall()
            except sqlite3.OperationalError:  # not created or migrated yet
                return []
    import psycopg

    with psycopg.connect(url, autocommit=True) as connection:
        try:
            return connection.execute(query).fetchall()
        except psycopg.errors.UndefinedTable:
            return []


def partitions_done(url: str) -> int:
    rows = _rows(url, "SELECT COUNT(*) FROM partitions")
    return int(rows[0][0]) if rows else 0


def kill_when(
    process: subprocess.Popen[bytes], is_time: Callable[[], bool], poll_s: float = 0.02
) -> None:
    """SIGKILL the process group as soon as `is_time()`; fails if the process ends first."""
    deadline = time.monotonic() + RUN_TIMEOUT_S
    while time.monotonic() < deadline:
        if is_time():
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=60)
            return
        assert process.poll() is None, "the process ended before the kill"
        time.sleep(poll_s)
    raise AssertionError(f"not killed within {RUN_TIMEOUT_S} s")


@dataclass(frozen=True)
class Contents:
    """What a store holds, in the terms the crash invariants use."""

    article_ids: list[str]
    statements: dict[str, list[tuple[Any, ...]]]  # article id -> its statements' key fields
    orphan_statements: int
    partitions: int


def contents(url: str) -> Contents:
    with open_store(url) as store:
        articles = [article.id for article in store.articles()]
        statements: dict[str, list[tuple[Any, ...]]] = {article_id: [] for article_id in articles}
        for statement in store.statements():
            attribution = statement.attribution
            statements.setdefault(statement.article_id, []).append(
                (
                    statement.id,
                    attribution.source,
                    attribution.cue,
                    attribution.content,
                    attribution.kind,
                    statement.speaker_id,
                )
            )
    orphans = _rows(
        url,
        "SELECT COUNT(*) FROM statements s LEFT JOIN articles a ON a.id = s.article_id"
        " WHERE a.id IS NULL",
    )
    return Contents(
        articles, statements, int(orphans[0][0]) if orphans else 0, partitions_done(url)
    )


def integrity(path: Path) -> str:
    with contextlib.closing(sqlite3.connect(path)) as db:
        return str(db.execute("PRAGMA integrity_check").fetchone()[0])


def copy_files(files: list[Path], directory: Path) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    for file in files:
        shutil.copyfile(file, directory / file.name)
    return directory
