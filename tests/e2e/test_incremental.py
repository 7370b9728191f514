"""Running a corpus in two batches stores what one run over all of it stores: speakers resolve
against what the first run learnt, statement groups are redone with the newcomers, and a story
checked again keeps only what still holds."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from .runs import REPO, claimtrail, exported_run

EXAMPLES = REPO / "examples" / "corpus"


def _batch(directory: Path, names: list[str]) -> Path:
    directory.mkdir()
    for name in [*names, "meta.jsonl"]:
        shutil.copyfile(EXAMPLES / name, directory / name)
    return directory


def _partition(statements: list[dict[str, Any]], key: str) -> set[frozenset[str]]:
    members: dict[str, set[str]] = {}
    for statement in statements:
        if statement[key] is not None:
            members.setdefault(statement[key], set()).add(statement["id"])
    return {frozenset(m) for m in members.values()}


def _findings(document: dict[str, Any]) -> set[tuple[str, frozenset[str]]]:
    return {(d["type"], frozenset(d["statements"])) for d in document["discrepancies"]}


def test_two_batches_store_what_one_run_stores(tmp_path: Path) -> None:
    names = sorted(p.name for p in EXAMPLES.iterdir() if p.name != "meta.jsonl")
    half = len(names) // 2
    whole = exported_run(_batch(tmp_path / "all", names), tmp_path)

    db = f"sqlite:///{tmp_path / 'batches.db'}"
    for batch, part in (("first", names[:half]), ("second", names[half:])):
        done = claimtrail("--db", db, "--quiet", "run", str(_batch(tmp_path / batch, part)))
        assert done.returncode == 0, done.stderr
    out = tmp_path / "batches.json"
    done = claimtrail("--db", db, "export", "--format", "json", "--output", str(out))
    assert done.returncode == 0, done.stderr
    batches = json.loads(out.read_text(encoding="utf-8"))

    assert [s["id"] for s in batches["statements"]] == [s["id"] for s in whole["statements"]]
    assert _partition(batches["statements"], "speaker") == _partition(
        whole["statements"], "speaker"
    )
    assert _partition(batches["statements"], "group") == _partition(whole["statements"], "group")
    assert _findings(batches) == _findings(whole)
