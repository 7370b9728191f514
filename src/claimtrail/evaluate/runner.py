"""Runs the whole pipeline on a gold story corpus given in the evaluation input format.

The input is what a user would have: the documents plus a meta.jsonl keeping only `id`, `url`
and `outlet`, so language and dates must be found by claimtrail itself.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from claimtrail.engine.local import LocalEngine, Progress
from claimtrail.export import export_document
from claimtrail.pipeline import PipelineOptions
from claimtrail.store import open_store

INPUT_FIELDS = ("id", "url", "outlet")


def build_input(gold_dir: Path, input_dir: Path) -> int:
    """Copy gold_dir/docs/*.txt into input_dir with a reduced meta.jsonl; the doc count."""
    input_dir.mkdir(parents=True, exist_ok=True)
    lines = (gold_dir / "meta.jsonl").read_text(encoding="utf-8").splitlines()
    metas = [json.loads(line) for line in lines if line.strip()]
    for meta in metas:
        shutil.copyfile(gold_dir / "docs" / f"{meta['id']}.txt", input_dir / f"{meta['id']}.txt")
    reduced = (json.dumps({k: m.get(k) for k in INPUT_FIELDS}, ensure_ascii=False) for m in metas)
    (input_dir / "meta.jsonl").write_text("\n".join(reduced) + "\n", encoding="utf-8")
    return len(metas)


def run_on_gold(
    gold_dir: Path, work_dir: Path, options: PipelineOptions, progress: Progress | None = None
) -> dict[str, Any]:
    """The JSON export of a fresh store holding the pipeline's results on gold_dir's docs."""
    input_dir = work_dir / "input"
    build_input(gold_dir, input_dir)
    # a kept store from an earlier run would skip its finished inputs and re-score old results
    for leftover in work_dir.glob("eval.db*"):
        leftover.unlink()
    with open_store(f"sqlite:///{work_dir / 'eval.db'}") as store:
        LocalEngine(store, options).run([str(input_dir)], progress)
        return export_document(store)
