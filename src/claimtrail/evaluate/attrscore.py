"""The metrics of ../shared/tools/attrscore.py, reimplemented with types.

Tokens are regex \\w+ matches; a span covers every token it overlaps. Role token P/R/F1 compare
per-document token sets; attributions pair one-to-one greedily by content Dice >= 0.5, and a
pair counts for `attr` when the source token sets overlap or both are empty. Micro-averaged.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from claimtrail.extract.polnear import ROLES, read_gold, read_text

TOKEN_RE = re.compile(r"\w+")
MIN_DICE = 0.5
MATCH_METRICS = ("content", "content_exact", "attr", "attr_exact")
TOKEN_METRICS = ("source_tok", "cue_tok", "content_tok")

RoleSets = dict[str, set[int]]


@dataclass(slots=True)
class Counts:
    """Running totals over documents."""

    docs: int = 0
    missing_pred: int = 0
    gold: int = 0
    pred: int = 0
    matched: dict[str, int] = field(default_factory=lambda: dict.fromkeys(MATCH_METRICS, 0))
    tokens: dict[str, list[int]] = field(default_factory=lambda: {r: [0, 0, 0] for r in ROLES})


def _token_bounds(text: str) -> tuple[list[int], list[int]]:
    spans = [m.span() for m in TOKEN_RE.finditer(text)]
    return [s for s, _ in spans], [e for _, e in spans]


def _token_set(spans: Sequence[tuple[int, int]], starts: list[int], ends: list[int]) -> set[int]:
    out: set[int] = set()
    for start, end in spans:
        out.update(range(bisect.bisect_right(ends, start), bisect.bisect_left(starts, end)))
    return out


def _match(gold: list[RoleSets], pred: list[RoleSets]) -> list[tuple[RoleSets, RoleSets]]:
    candidates = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            a, b = g["content"], p["content"]
            if a and b:
                dice = 2 * len(a & b) / (len(a) + len(b))
                if dice >= MIN_DICE:
                    candidates.append((-dice, i, j))
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i not in used_gold and j not in used_pred:
            used_gold.add(i)
            used_pred.add(j)
            pairs.append((gold[i], pred[j]))
    return pairs


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_directory(gold_dir: Path, pred_dir: Path) -> dict[str, float]:
    """Flat metrics (`attr_f1`, `source_tok_p`, `counts_gold`, ...) of pred_dir against gold."""
    counts = Counts()
    names = sorted(p.name[:-5] for p in (gold_dir / "gold").iterdir() if p.name.endswith(".json"))
    for name in names:
        text = read_text(gold_dir / "text" / f"{name}.txt")
        starts, ends = _token_bounds(text)
        pred_path = pred_dir / f"{name}.json"
        counts.docs += 1
        counts.missing_pred += not pred_path.exists()
        gold = [
            {r: _token_set(a[r], starts, ends) for r in ROLES}
            for a in read_gold(gold_dir / "gold" / f"{name}.json")
        ]
        pred = [{r: _token_set(a[r], starts, ends) for r in ROLES} for a in read_gold(pred_path)]
        counts.gold += len(gold)
        counts.pred += len(pred)
        for role in ROLES:
            predicted = set().union(*(a[role] for a in pred))
            expected = set().union(*(a[role] for a in gold))
            totals = counts.tokens[role]
            totals[0] += len(predicted & expected)
            totals[1] += len(predicted)
            totals[2] += len(expected)
        for g, p in _match(gold, pred):
            exact = g["content"] == p["content"]
            counts.matched["content"] += 1
            counts.matched["content_exact"] += exact
            counts.matched["attr"] += bool(g["source"] & p["source"]) or not (
                g["source"] or p["source"]
            )
            counts.matched["attr_exact"] += exact and g["source"] == p["source"]
    return _metrics(counts)


def _metrics(counts: Counts) -> dict[str, float]:
    out: dict[str, float] = {
        "counts_docs": counts.docs,
        "counts_missing_pred": counts.missing_pred,
        "counts_gold": counts.gold,
        "counts_pred": counts.pred,
    }
    for role in ROLES:
        tp, n_pred, n_gold = counts.tokens[role]
        for key, value in zip(("p", "r", "f1"), _prf(tp, n_pred, n_gold), strict=True):
            out[f"{role}_tok_{key}"] = value
    for metric in MATCH_METRICS:
        prf = _prf(counts.matched[metric], counts.pred, counts.gold)
        for key, value in zip(("p", "r", "f1"), prf, strict=True):
            out[f"{metric}_{key}"] = value
    return out


def format_report(metrics: dict[str, float]) -> str:
    """A table like attrscore's; the last line is the machine-readable summary."""
    lines = [
        f"docs={int(metrics['counts_docs'])} (no pred file: {int(metrics['counts_missing_pred'])})"
        f"  gold attributions={int(metrics['counts_gold'])}"
        f"  predicted={int(metrics['counts_pred'])}",
        f"{'metric':<16}{'P':>8}{'R':>8}{'F1':>8}",
    ]
    for metric in (*TOKEN_METRICS, *MATCH_METRICS):
        values = (metrics[f"{metric}_{part}"] for part in ("p", "r", "f1"))
        lines.append(f"{metric:<16}" + "".join(f"{value:8.3f}" for value in values))
    lines.append(
        f"attr_f1={metrics['attr_f1']:.3f} content_f1={metrics['content_f1']:.3f} "
        f"source_tok_f1={metrics['source_tok_f1']:.3f} cue_tok_f1={metrics['cue_tok_f1']:.3f} "
        f"content_tok_f1={metrics['content_tok_f1']:.3f}"
    )
    return "\n".join(lines)
