"""The example corpus through the real pipeline (`claimtrail run`), as the demo runs it: the
statements, groups and dates are the pipeline's own, and every kind of discrepancy shows."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def export(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    work = tmp_path_factory.mktemp("examples")
    out = work / "examples.json"
    db = f"sqlite:///{work / 'examples.db'}"
    args = ["--db", db, "--quiet", "run", "examples/corpus", "--export", str(out)]
    done = subprocess.run(
        [sys.executable, "-m", "claimtrail", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    document: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return document


def test_the_demo_shows_every_kind_of_discrepancy(export: dict[str, Any]) -> None:
    kinds = {d["type"] for d in export["discrepancies"]}
    assert kinds == {
        "source_disagreement",
        "attribution_mismatch",
        "self_contradiction",
        "date_conflict",
    }


def test_the_demo_date_conflict_sets_the_wire_day_against_the_german_one(
    export: dict[str, Any],
) -> None:
    """BNW has the minister declare talks over "on Tuesday" (11 March), the Rundschau "am 12.
    März": the linker keeps the two days apart, and the flag bridges them."""
    by_id = {a["id"]: a for a in export["articles"]}
    conflicts = [d for d in export["discrepancies"] if d["type"] == "date_conflict"]
    assert conflicts
    articles = {by_id[a]["outlet"] or a for d in conflicts for a in d["articles"]}
    assert any("rundschau" in a.casefold() for a in articles)
    evidence = " ".join(e["text"] for d in conflicts for e in d["evidence"])
    assert "12. März" in evidence
    assert "Tuesday" in evidence
