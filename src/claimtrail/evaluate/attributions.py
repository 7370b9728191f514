"""`claimtrail eval attributions`: extract a PolNeAR-layout split and score it like attrscore."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from claimtrail.errors import InputError
from claimtrail.evaluate.attrscore import format_report, score_directory

if TYPE_CHECKING:
    from claimtrail.extract import Extractor


def evaluate_attributions(
    split_dir: Path, extractor: Extractor, pred_dir: Path | None = None
) -> dict[str, float]:
    """Metrics of `extractor` on split_dir/text against split_dir/gold (attrscore's definitions).

    Predictions go to `pred_dir` when given (kept), otherwise to a temporary folder.
    """
    from claimtrail.extract import extract_directory

    if not (split_dir / "text").is_dir() or not (split_dir / "gold").is_dir():
        raise InputError(f"{split_dir} needs text/ and gold/ folders")
    if pred_dir is not None:
        extract_directory(split_dir / "text", pred_dir, extractor)
        return score_directory(split_dir, pred_dir)
    with tempfile.TemporaryDirectory(prefix="claimtrail-eval-") as tmp:
        extract_directory(split_dir / "text", Path(tmp), extractor)
        return score_directory(split_dir, Path(tmp))


def format_attribution_report(metrics: dict[str, float]) -> str:
    """attrscore's table; the last line is `attr_f1=... content_f1=... ... content_tok_f1=...`."""
    return format_report(metrics)
