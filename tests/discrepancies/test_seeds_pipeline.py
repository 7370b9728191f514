"""Seeds 000 and 003 through the real pipeline (`claimtrail run`): the statements, speakers,
groups and dates are the pipeline's own, not hand-written ones as in test_seeds.py."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from e2e.runs import REPO, exported_run  # the tests dir is on sys.path (rootdir)

SEEDS = (
    Path(os.environ.get("CLAIMTRAIL_SHARED", REPO.parent / "shared")).resolve() / "data" / "seeds"
)


@pytest.fixture(scope="module")
def export(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    if not SEEDS.is_dir():
        pytest.fail(f"seeds not found at {SEEDS} (set CLAIMTRAIL_SHARED)")
    return exported_run(SEEDS, tmp_path_factory.mktemp("seeds"))


def _article(document: dict[str, Any], prefix: str) -> str:
    (found,) = [a["id"] for a in document["articles"] if a["id"].startswith(prefix)]
    return str(found)


def _content(statement: dict[str, Any]) -> str:
    content = statement["content"]
    spans = content if isinstance(content, list) else [content]
    return " ".join(span["text"] for span in spans)


def test_lavrovs_senselessness_claim_is_an_attribution_mismatch_with_both_sides(
    export: dict[str, Any],
) -> None:
    seed000, seed003 = _article(export, "000"), _article(export, "003")
    mismatches = [
        d
        for d in export["discrepancies"]
        if d["type"] == "attribution_mismatch"
        and any("senselessness" in e["text"] for e in d["evidence"] if e["article"] == seed003)
    ]
    assert mismatches, [(d["type"], d["explanation"]) for d in export["discrepancies"]]
    evidence = mismatches[0]["evidence"]
    texts: dict[str, list[str]] = {e["article"]: [] for e in evidence}
    for e in evidence:
        texts[e["article"]].append(e["text"])
    # the other side: Lukashenka's own 24 January words, as seed 000 reports them
    assert any("non-aggression" in t or "Ukrainians" in t for t in texts.get(seed000, []))


def test_mismatch_evidence_spans_index_the_exported_texts(export: dict[str, Any]) -> None:
    texts = {a["id"]: a["text"] for a in export["articles"]}
    for d in export["discrepancies"]:
        for e in d["evidence"]:
            assert texts[e["article"]][e["start"] : e["end"]] == e["text"]


def test_lukashenkas_24_january_question_is_one_group_across_both_seeds(
    export: dict[str, Any],
) -> None:
    seed000, seed003 = _article(export, "000"), _article(export, "003")
    groups: dict[str, set[str]] = {}
    for statement in export["statements"]:
        if "know why Ukrainians" in _content(statement) and statement["group"]:
            groups.setdefault(statement["group"], set()).add(statement["article"])
    assert any({seed000, seed003} <= articles for articles in groups.values()), groups
