"""The real CLI in a subprocess, for the end-to-end tests here and the pipeline tests beside
tests/discrepancies (the tests dir is on sys.path: `from e2e.runs import exported_run`)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]


def claimtrail(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    """`python -m claimtrail ARGS`, its output captured; a full run loads models (minutes)."""
    return subprocess.run(
        [sys.executable, "-m", "claimtrail", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )


def exported_run(inputs: str | Path, work: Path) -> dict[str, Any]:
    """The export of `claimtrail run INPUTS` into a new SQLite store in `work`."""
    out = work / "export.json"
    db = f"sqlite:///{work / 'run.db'}"
    done = claimtrail("--db", db, "--quiet", "run", str(inputs), "--export", str(out))
    assert done.returncode == 0, done.stderr
    document: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return document
