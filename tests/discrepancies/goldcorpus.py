"""Gold story corpora as DiscrepancyInput, and storyscore's discrepancy metrics for a run.

The gold statements stand in for the pipeline's: content spans, speaker entity ids, said_on
("doc" becomes "relative"/"explicit" when the doc has a time expression for it, else
"publication"; "story" stays "story"), time expressions, `reported_via` and `cluster` as group.
Entities keep their aliases plus the gold role descriptors ("the pope"), which is what the
resolver's alias table holds after within-document resolution.
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

from claimtrail.discrepancies import DiscrepancyInput, DiscrepancyOptions, find
from claimtrail.model import Article, Attribution, Discrepancy, Entity, Span, Statement

REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("CLAIMTRAIL_SHARED", REPO.parent / "shared")).resolve()
STORIES_DIR = SHARED / "data" / "stories"
EXAMPLES_DIR = REPO / "examples" / "gold"
SCORER = SHARED / "tools" / "storyscore.py"


def storyscore() -> ModuleType:
    spec = importlib.util.spec_from_file_location("storyscore", SCORER)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["storyscore"] = module
    spec.loader.exec_module(module)
    return module


@dataclass
class GoldCorpus:
    root: Path
    gold: dict[str, Any]
    meta: dict[str, dict[str, Any]]
    docs: dict[str, str]


def load(root: Path) -> GoldCorpus:
    gold = json.loads((root / "gold.json").read_text(encoding="utf-8"))
    lines = (root / "meta.jsonl").read_text(encoding="utf-8").splitlines()
    meta = {m["id"]: m for m in (json.loads(x) for x in lines if x.strip())}
    docs = {}
    for doc_id in meta:
        with (root / "docs" / f"{doc_id}.txt").open(encoding="utf-8", newline="") as f:
            docs[doc_id] = f.read()
    return GoldCorpus(root, gold, meta, docs)


def _span(record: dict[str, Any] | None) -> Span | None:
    return Span(record["start"], record["end"]) if record else None


def _published(value: str | None) -> datetime | None:
    if not value:
        return None
    day = date.fromisoformat(value[:10])
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def _basis(s: dict[str, Any]) -> Any:
    if s.get("said_on_basis") == "doc":
        return "relative" if s.get("time_expr") else "publication"
    return s.get("said_on_basis")


def articles(corpus: GoldCorpus) -> dict[str, Article]:
    return {
        d: Article(
            id=d,
            text=text,
            content_hash=d,
            origin=str(corpus.root / "docs" / f"{d}.txt"),
            url=corpus.meta[d].get("url"),
            outlet=corpus.meta[d].get("outlet"),
            published=_published(corpus.meta[d].get("published")),
            language=corpus.meta[d].get("language"),
        )
        for d, text in corpus.docs.items()
    }


def statements(corpus: GoldCorpus) -> list[Statement]:
    out = []
    for s in corpus.gold["statements"]:
        attribution = Attribution(
            article_id=s["doc"],
            source=tuple(x for x in [_span(s.get("speaker_text"))] if x),
            cue=tuple(x for x in [_span(s.get("cue"))] if x),
            content=(Span(s["content"]["start"], s["content"]["end"]),),
            kind=s.get("quote_type") or "direct",
        )
        out.append(
            Statement(
                id=s["id"],
                attribution=attribution,
                speaker_id=s.get("speaker"),
                said_on=date.fromisoformat(s["said_on"]) if s.get("said_on") else None,
                said_on_basis=_basis(s),
                time_expression=_span(s.get("time_expr")),
                via_id=s.get("reported_via"),
                group=s.get("cluster"),
            )
        )
    return out


def entities(corpus: GoldCorpus) -> dict[str, Entity]:
    return {
        e["id"]: Entity(
            id=e["id"],
            name=e["name"],
            type=e["type"],
            aliases=tuple(dict.fromkeys([*e.get("aliases", []), *e.get("descriptors", [])])),
        )
        for e in corpus.gold["entities"]
    }


def inputs(corpus: GoldCorpus) -> list[DiscrepancyInput]:
    """One input per gold story; distractor docs each form a story of their own."""
    story_of: dict[str, str] = {}
    for story in corpus.gold["stories"]:
        for d in story["doc_ids"]:
            story_of[d] = story["id"]
    for d in corpus.docs:
        story_of.setdefault(d, f"alone_{d}")
    arts = articles(corpus)
    ents = entities(corpus)
    by_story: dict[str, list[Statement]] = defaultdict(list)
    for statement in statements(corpus):
        by_story[story_of[statement.article_id]].append(statement)
    return [
        DiscrepancyInput(
            story_id=story,
            articles={d: a for d, a in arts.items() if story_of[d] == story},
            statements=stmts,
            entities=ents,
        )
        for story, stmts in sorted(by_story.items())
    ]


def export(corpus: GoldCorpus, found: list[Discrepancy]) -> dict[str, Any]:
    """A storyscore export: the gold docs and statements plus the predicted discrepancies."""
    arts = [{"id": d, "url": m.get("url"), "text": corpus.docs[d]} for d, m in corpus.meta.items()]
    stmts = [
        {"id": s["id"], "article": s["doc"], "content": s["content"], "speaker": s.get("speaker")}
        for s in corpus.gold["statements"]
    ]
    discs = [
        {
            "id": d.id,
            "type": d.kind,
            "statements": list(d.statement_ids),
            "articles": list(d.article_ids),
            "evidence": [
                {"article": e.article_id, "start": e.span.start, "end": e.span.end, "text": e.text}
                for e in d.evidence
            ],
            "explanation": d.explanation,
            "score": d.score,
        }
        for d in found
    ]
    return {
        "articles": arts,
        "entities": [],
        "statements": stmts,
        "stories": [],
        "discrepancies": discs,
    }


@dataclass
class Measurement:
    disc_recall: float
    disc_type_acc: float
    disc_predicted: int
    unmatched: int  # predicted discrepancies that cover no gold one
    gold_count: int
    found: list[Discrepancy]
    missed: list[str]


def measure(root: Path, options: DiscrepancyOptions | None = None) -> Measurement:
    scorer = storyscore()
    corpus = load(root)
    found = [d for data in inputs(corpus) for d in find(data, options or DiscrepancyOptions())]
    ex = export(corpus, found)
    gold = scorer.Gold(str(root))
    details: list[tuple[str, str]] = []
    metrics = scorer.score(gold, ex, details)
    # Which predictions cover some gold discrepancy: the scorer's own discrepancy metric run on
    # each prediction alone (articles and statements matched once).
    art_doc, _, mappers = scorer.match_articles(gold, ex)
    preds, pairs = scorer.match_statements(gold, ex, art_doc, mappers, lambda d, s: None)
    unmatched = 0
    for item in ex["discrepancies"]:
        alone = dict(ex, discrepancies=[item])
        one = scorer.discrepancy_metrics(
            gold, alone, preds, pairs, art_doc, mappers, lambda d, s: None
        )
        if one["disc_recall"] == 0:
            unmatched += 1
    missed = [msg for doc, msg in details if doc == "~discrepancies"]
    return Measurement(
        disc_recall=metrics["disc_recall"],
        disc_type_acc=metrics["disc_type_acc"],
        disc_predicted=int(metrics["disc_predicted"]),
        unmatched=unmatched,
        gold_count=len(gold.discrepancies),
        found=found,
        missed=missed,
    )
