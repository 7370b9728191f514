"""`claimtrail eval stories` must print the figures ../shared/tools/storyscore.py prints."""

from __future__ import annotations

import copy
import importlib.util
import random
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from claimtrail.evaluate.stories import ORDER, score_stories, statement_scores_by_language
from claimtrail.evaluate.storygold import load_gold


def storyscore(shared_dir: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "storyscore", shared_dir / "tools" / "storyscore.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def variants(reference: ModuleType, gold: Any) -> dict[str, dict[str, Any]]:
    """A perfect export, the same with shifted text, and degraded ones (as the self-test does)."""
    perfect = reference.gold_to_export(gold)
    rnd = random.Random(7)
    out = {"perfect": perfect, "shifted": reference.shifted(perfect)}
    half = copy.deepcopy(perfect)
    half["statements"] = [s for i, s in enumerate(half["statements"]) if i % 2]
    out["half"] = half
    scrambled = copy.deepcopy(perfect)
    speakers = [s["speaker"] for s in scrambled["statements"]]
    rnd.shuffle(speakers)
    for statement, speaker in zip(scrambled["statements"], speakers, strict=True):
        statement["speaker"] = speaker
        statement["group"] = rnd.choice([None, statement["group"], "g0"])
        statement["said_on"] = rnd.choice([None, statement["said_on"]])
    scrambled["discrepancies"] = scrambled["discrepancies"][::2]
    scrambled["stories"] = [{"id": "all", "title": "", "articles": list(gold.docs)}]
    out["scrambled"] = scrambled
    no_text = reference.shifted(perfect)
    for article in no_text["articles"]:
        del article["text"]
    out["no_text"] = no_text
    return out


@pytest.mark.parametrize(
    "corpus", ["data/stories", "tools/storyscore_fixtures", "tools/storyscore_fixtures/single"]
)
def test_story_metrics_agree_with_storyscore(shared_dir: Path, corpus: str) -> None:
    reference = storyscore(shared_dir)
    gold_dir = shared_dir / corpus
    theirs_gold = reference.Gold(str(gold_dir))
    ours_gold = load_gold(gold_dir)
    for name, export in variants(reference, theirs_gold).items():
        theirs = reference.score(theirs_gold, copy.deepcopy(export))
        ours = score_stories(ours_gold, copy.deepcopy(export))
        assert list(ours) == list(ORDER)
        for key in ORDER:
            assert ours[key] == pytest.approx(theirs[key], abs=1e-9), (name, key)


def test_statement_scores_by_language_add_up_to_the_corpus(shared_dir: Path) -> None:
    reference = storyscore(shared_dir)
    gold_dir = shared_dir / "data" / "stories"
    ours_gold = load_gold(gold_dir)
    exports = variants(reference, reference.Gold(str(gold_dir)))
    perfect = statement_scores_by_language(ours_gold, exports["perfect"])
    assert all(s["stmt_f1"] == 1.0 for s in perfect.values())
    assert sum(s["gold"] for s in perfect.values()) == len(ours_gold.statements)
    half = statement_scores_by_language(ours_gold, exports["half"])
    overall = score_stories(ours_gold, exports["half"])
    matched = sum(s["stmt_r"] * s["gold"] for s in half.values())
    assert matched == pytest.approx(overall["stmt_r"] * len(ours_gold.statements))
