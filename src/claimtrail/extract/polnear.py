"""Reads and writes the PolNeAR attribution JSON format (`{"attributions": [...]}`)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from claimtrail.errors import InputError
from claimtrail.model import Attribution, Span

ROLES = ("source", "cue", "content")


def read_text(path: Path) -> str:
    """An article text exactly as the offsets index it: UTF-8, no newline translation."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            return handle.read()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read {path}: {exc}") from exc


def _span_json(span: Span, text: str) -> dict[str, Any]:
    return {"start": span.start, "end": span.end, "text": span.text_of(text)}


def attribution_json(attribution: Attribution, text: str) -> dict[str, Any]:
    """One attribution in the PolNeAR layout plus `kind`, `confidence` and `via`."""
    out: dict[str, Any] = {
        role: [_span_json(s, text) for s in getattr(attribution, role)] for role in ROLES
    }
    out["kind"] = attribution.kind
    out["confidence"] = round(attribution.confidence, 4)
    if attribution.via:
        out["via"] = [_span_json(s, text) for s in attribution.via]
    return out


def write_polnear_json(attributions: Sequence[Attribution], text: str, path: Path) -> None:
    """Writes `{"attributions": [...]}` with spans `{start, end, text}` indexing `text`."""
    payload = {"attributions": [attribution_json(a, text) for a in attributions]}
    path.write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8")


def read_gold(path: Path) -> list[dict[str, list[tuple[int, int]]]]:
    """Role -> [(start, end)] for every attribution of a PolNeAR JSON file ([] if absent)."""
    if not path.exists():
        return []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return [
            {role: [(int(s["start"]), int(s["end"])) for s in a.get(role, [])] for role in ROLES}
            for a in data.get("attributions", [])
        ]
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise InputError(f"bad attribution JSON {path}: {exc}") from exc
