"""The foundation's acceptance check: the stories corpus in its evaluation input format."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path


def test_stories_input_is_stored_whole_with_languages_and_dates(
    tmp_path: Path, repo_dir: Path, shared_dir: Path
) -> None:
    inputs = tmp_path / "stories"
    subprocess.run(
        [
            sys.executable,
            "scripts/build_stories_input.py",
            str(inputs),
            "--shared",
            str(shared_dir),
        ],
        cwd=repo_dir,
        check=True,
    )
    db, export = f"sqlite:///{tmp_path / 's.db'}", tmp_path / "s.json"
    cli = [sys.executable, "-m", "claimtrail", "--db", db, "--quiet"]
    done = subprocess.run(
        [*cli, "ingest", str(inputs)], cwd=repo_dir, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    subprocess.run([*cli, "export", "--output", str(export)], cwd=repo_dir, check=True)
    scored = subprocess.run(
        [
            sys.executable,
            str(shared_dir / "tools" / "storyscore.py"),
            str(shared_dir / "data" / "stories"),
            str(export),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    ids = sorted(a["id"] for a in json.loads(export.read_text(encoding="utf-8"))["articles"])
    assert ids == [f"{n:03d}" for n in range(1, 59)]
    metrics = dict(re.findall(r"(\w+)=([\d.]+)", scored.stdout.strip().splitlines()[-1]))
    assert float(metrics["articles_found"]) == 1.0
    assert float(metrics["language_acc"]) >= 0.95
    assert float(metrics["published_acc"]) >= 0.90
