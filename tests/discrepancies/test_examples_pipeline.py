"""The example corpus through the real pipeline (`claimtrail run`), as the demo runs it: the
statements, groups and dates are the pipeline's own, and every kind of discrepancy shows."""

from __future__ import annotations

from typing import Any

import pytest

from e2e.runs import exported_run  # the tests dir is on sys.path (rootdir)


@pytest.fixture(scope="module")
def export(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return exported_run("examples/corpus", tmp_path_factory.mktemp("examples"))


def test_the_demo_shows_every_kind_of_discrepancy(export: dict[str, Any]) -> None:
    kinds = {d["type"] for d in export["discrepancies"]}
    assert kinds == {
        "source_disagreement",
        "attribution_mismatch",
        "self_contradiction",
        "date_conflict",
    }


def test_the_demo_date_conflict_sets_the_wire_day_against_the_german_one(
    export: dict[str, Any],
) -> None:
    """BNW has the minister declare talks over "on Tuesday" (11 March), the Rundschau "am 12.
    März": the linker keeps the two days apart, and the flag bridges them."""
    by_id = {a["id"]: a for a in export["articles"]}
    conflicts = [d for d in export["discrepancies"] if d["type"] == "date_conflict"]
    assert conflicts
    articles = {by_id[a]["outlet"] or a for d in conflicts for a in d["articles"]}
    assert any("rundschau" in a.casefold() for a in articles)
    evidence = " ".join(e["text"] for d in conflicts for e in d["evidence"])
    assert "12. März" in evidence
    assert "Tuesday" in evidence
