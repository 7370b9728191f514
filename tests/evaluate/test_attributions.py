"""`claimtrail eval attributions` agrees with attrscore.py, and dev scores hold their floors."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from claimtrail.evaluate.attributions import evaluate_attributions, format_attribution_report
from claimtrail.evaluate.attrscore import score_directory
from claimtrail.extract import Extractor

FLOORS = Path(__file__).resolve().parents[1] / "eval_floors.json"
TOLERANCE = 0.01  # run-to-run noise is nil (deterministic), but floors are rounded
ROLES = ("source_tok", "cue_tok", "content_tok", "content", "content_exact", "attr", "attr_exact")


def corpus_sha256(split: Path) -> str:
    """Hash of the split's texts and gold, pinned with the floors."""
    digest = hashlib.sha256()
    for folder in ("text", "gold"):
        for path in sorted((split / folder).iterdir()):
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


@pytest.fixture(scope="module")
def dev(shared_dir: Path) -> Path:
    return shared_dir / "data" / "polnear" / "dev"


@pytest.fixture(scope="module")
def dev_run(dev: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, float], Path]:
    pred_dir = tmp_path_factory.mktemp("pred")
    return evaluate_attributions(dev, Extractor.load(), pred_dir), pred_dir


def attrscore(shared_dir: Path, gold: Path, pred: Path, out: Path) -> tuple[dict[str, Any], str]:
    script = shared_dir / "tools" / "attrscore.py"
    result = subprocess.run(
        [sys.executable, str(script), str(gold), str(pred), "--json", str(out)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.read_text(encoding="utf-8")), result.stdout


def assert_same(ours: dict[str, float], reference: dict[str, Any]) -> None:
    for key in ("docs", "missing_pred", "gold", "pred"):
        assert ours[f"counts_{key}"] == reference["counts"][key], key
    for metric in ROLES:
        for part in ("p", "r", "f1"):
            assert ours[f"{metric}_{part}"] == reference[metric][part], (metric, part)


def test_dev_evaluation_agrees_with_attrscore(
    shared_dir: Path, dev: Path, dev_run: tuple[dict[str, float], Path], tmp_path: Path
) -> None:
    metrics, pred_dir = dev_run
    reference, stdout = attrscore(shared_dir, dev, pred_dir, tmp_path / "m.json")
    assert_same(metrics, reference)
    assert format_attribution_report(metrics) == stdout.rstrip("\n")


def test_missing_predictions_score_like_attrscore(
    shared_dir: Path, dev: Path, tmp_path: Path
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    reference, stdout = attrscore(shared_dir, dev, empty, tmp_path / "m.json")
    ours = score_directory(dev, empty)
    assert_same(ours, reference)
    assert format_attribution_report(ours) == stdout.rstrip("\n")


def test_dev_scores_hold_their_floors(dev: Path, dev_run: tuple[dict[str, float], Path]) -> None:
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))["polnear_dev_attributions"]
    assert corpus_sha256(dev) == floors["corpus_sha256"], "dev corpus changed: re-pin the floors"
    metrics, _ = dev_run
    drops = {
        name: (metrics[name], floor)
        for name, floor in floors["floors"].items()
        if metrics[name] < floor - TOLERANCE
    }
    assert not drops, f"below floor by more than {TOLERANCE}: {drops}"
