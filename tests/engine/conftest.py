"""Engine fixtures: a corpus of many small files (PolNeAR dev texts read in place) and store
snapshots to compare runs by."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from claimtrail.export import export_document
from claimtrail.pipeline import PipelineOptions
from claimtrail.store import open_store

# One clock for every run compared here: `now` bounds publication dates.
NOW = datetime(2026, 1, 1, tzinfo=UTC)
# What `claimtrail run` does, linking included (stories, same-statement groups, discrepancies).
OPTIONS = PipelineOptions()
# The per-article and admission stages only: the embedder that linking loads costs ~25 s a run.
UNLINKED = PipelineOptions(is_linking=False)


@dataclass(frozen=True)
class Snapshot:
    """What a run stored, in the form the comparisons need."""

    articles: list[dict[str, Any]]
    statements: list[dict[str, Any]]
    entities: list[dict[str, Any]]
    failures: list[tuple[str, str]]
    stats: dict[str, int]

    @property
    def article_ids(self) -> list[str]:
        return [a["id"] for a in self.articles]


def snapshot(url: str) -> Snapshot:
    with open_store(url) as store:
        document = export_document(store)
        return Snapshot(
            articles=document["articles"],
            statements=document["statements"],
            entities=document["entities"],
            failures=[(f.origin, f.reason) for f in store.failures()],
            stats=store.stats(),
        )


def dev_texts(shared_dir: Path) -> list[Path]:
    return sorted((shared_dir / "data" / "polnear" / "dev" / "text").glob("*.txt"))


def copy_corpus(files: list[Path], directory: Path) -> Path:
    """One small file per article, so each is a partition of its own."""
    directory.mkdir(parents=True, exist_ok=True)
    for file in files:
        shutil.copyfile(file, directory / file.name)
    return directory


@pytest.fixture(scope="session")
def small_corpus(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Twelve dev texts plus a copy of one (a duplicate) and a file that cannot be read."""
    files = dev_texts(shared_dir)[:12]
    corpus = copy_corpus(files, tmp_path_factory.mktemp("small") / "corpus")
    shutil.copyfile(files[0], corpus / "zz-copy-of-first.txt")
    (corpus / "zz-broken.txt").write_bytes(b"\x00\x01\x02\xff" * 500)
    return corpus
