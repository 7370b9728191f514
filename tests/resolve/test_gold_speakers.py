"""Speaker resolution measured on the shared story corpus (read in place, never copied).

Run with `pytest -s` to see the figures. Floors are what the code reaches today (dev set).
"""

from __future__ import annotations

import importlib.util
import json
import os
from collections import defaultdict
from itertools import combinations
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from claimtrail.model import Attribution, Span
from claimtrail.resolve.across import EntityIndex
from claimtrail.resolve.within import Speaker, speakers

REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("CLAIMTRAIL_SHARED", REPO / ".." / "shared")).resolve()
STORIES = SHARED / "data" / "stories"
SCORER = SHARED / "tools" / "storyscore.py"

ACROSS_F1_FLOOR = 0.95
SPEAKER_ACC_FLOOR = 0.98
SPEAKER_PAIR_F1_FLOOR = 0.95

pytestmark = pytest.mark.skipif(
    not (STORIES / "gold.json").is_file(), reason=f"story corpus not found under {SHARED}"
)


def _storyscore() -> ModuleType:
    spec = importlib.util.spec_from_file_location("storyscore", SCORER)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _gold() -> tuple[dict[str, Any], dict[str, dict[str, Any]], dict[str, str]]:
    gold = json.loads((STORIES / "gold.json").read_text(encoding="utf-8"))
    meta = {}
    for line in (STORIES / "meta.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            meta[record["id"]] = record
    docs = {}
    for doc_id in meta:
        with (STORIES / "docs" / f"{doc_id}.txt").open(encoding="utf-8", newline="") as handle:
            docs[doc_id] = handle.read()
    return gold, meta, docs


def _pair_prf(items: list[tuple[str, str]]) -> tuple[float, float, float]:
    tp = fp = fn = 0
    for (g1, p1), (g2, p2) in combinations(items, 2):
        tp += g1 == g2 and p1 == p2
        fp += g1 != g2 and p1 == p2
        fn += g1 == g2 and p1 != p2
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, 2 * precision * recall / (precision + recall)


def test_gold_aliases_group_into_gold_entities() -> None:
    gold, _, _ = _gold()
    index = EntityIndex()
    items: list[tuple[str, str]] = []
    for entity in gold["entities"]:
        for alias in entity["aliases"]:
            docs = entity.get("docs_with_alias") or ["?"]
            found = index.resolve(Speaker(alias, entity["type"], None, (alias,)), docs[0])
            items.append((entity["id"], found.id))
    precision, recall, f1 = _pair_prf(items)
    print(f"\nacross: {len(items)} aliases  P={precision:.3f} R={recall:.3f} F1={f1:.3f}")
    assert f1 >= ACROSS_F1_FLOOR


def _speaker_pairs(with_unsourced: bool) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(gold, predicted) statement pairs as storyscore's speaker_metrics expects them."""
    gold, meta, docs = _gold()
    by_doc: defaultdict[str, list[dict[str, Any]]] = defaultdict(list)
    for statement in gold["statements"]:
        if statement["speaker_text"] or with_unsourced:
            by_doc[statement["doc"]].append(statement)
    index = EntityIndex()
    pairs = []
    for doc_id, statements in sorted(by_doc.items()):
        atts = []
        for s in statements:
            st, cue, content = s["speaker_text"], s["cue"], s["content"]
            atts.append(
                Attribution(
                    doc_id,
                    (Span(st["start"], st["end"]),) if st else (),
                    (Span(cue["start"], cue["end"]),) if cue else (),
                    (Span(content["start"], content["end"]),),
                    s["quote_type"],
                )
            )
        resolved = speakers(docs[doc_id], atts, meta[doc_id]["language"])
        context = [sp.name for sp in resolved if sp is not None and sp.type == "person"]
        for statement, speaker in zip(statements, resolved, strict=True):
            entity = None
            if speaker is not None:
                others = [c for c in context if c != speaker.name]
                entity = index.resolve(speaker, doc_id, others).id
            gold_side = {"id": statement["id"], "speaker": statement["speaker"], "doc": doc_id}
            pairs.append((gold_side, {"speaker": entity}))
    return pairs


def test_speakers_match_gold_as_storyscore_scores_them() -> None:
    scorer = _storyscore()
    errors: list[tuple[str, str]] = []
    metrics = scorer.speaker_metrics(_speaker_pairs(False), lambda d, s: errors.append((d, s)))
    everything = scorer.speaker_metrics(_speaker_pairs(True), lambda d, s: None)
    print(
        f"\nwithin+across (statements with a speaker_text): speaker_acc="
        f"{metrics['speaker_acc']:.3f} speaker_pair_f1={metrics['speaker_pair_f1']:.3f}"
        f"\nall gold statements (no source -> no speaker): speaker_acc="
        f"{everything['speaker_acc']:.3f} speaker_pair_f1={everything['speaker_pair_f1']:.3f}"
    )
    for doc_id, message in errors:
        print(f"  {doc_id}: {message}")
    assert metrics["speaker_acc"] >= SPEAKER_ACC_FLOOR
    assert metrics["speaker_pair_f1"] >= SPEAKER_PAIR_F1_FLOOR
