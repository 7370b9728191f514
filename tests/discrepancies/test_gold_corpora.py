"""Discrepancy detection measured with storyscore on the gold story corpora.

Input is built from the gold statements (see goldcorpus.py), so these figures measure the
detectors alone, not extraction or linking. Run with `pytest -s` to see them. Floors are the
figures reached (stories: 15/21 found, 13 of them with the gold type, 35 unmatched flags out of
59; examples: 7/7 with their types, one unmatched), less a little room; they only rise.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimtrail.discrepancies import DiscrepancyOptions

from .goldcorpus import EXAMPLES_DIR, SCORER, STORIES_DIR, Measurement, measure


def _report(name: str, m: Measurement) -> None:
    per_gold = m.unmatched / m.gold_count
    print(
        f"\n{name}: disc_recall={m.disc_recall:.3f} disc_type_acc={m.disc_type_acc:.3f} "
        f"disc_predicted={m.disc_predicted} unmatched={m.unmatched} "
        f"({per_gold:.2f} per gold discrepancy, {m.gold_count} gold)"
    )
    for line in m.missed:
        print("   ", line)


def _need(path: Path) -> None:
    if not path.exists():
        pytest.fail(f"{path} not found (set CLAIMTRAIL_SHARED)")


@pytest.fixture(scope="module")
def stories() -> Measurement:
    _need(STORIES_DIR / "gold.json")
    _need(SCORER)
    return measure(STORIES_DIR)


@pytest.fixture(scope="module")
def examples() -> Measurement:
    _need(SCORER)
    return measure(EXAMPLES_DIR)


def test_stories_corpus_recall_reaches_the_issue_target(stories: Measurement) -> None:
    _report("stories", stories)
    assert stories.disc_recall >= 0.70


def test_stories_corpus_flags_at_most_three_unmatched_per_gold_discrepancy(
    stories: Measurement,
) -> None:
    assert stories.unmatched <= 3 * stories.gold_count
    assert stories.unmatched <= 38


def test_stories_corpus_found_discrepancies_mostly_have_the_gold_type(stories: Measurement) -> None:
    assert stories.disc_type_acc >= 0.85


def test_example_corpus_finds_every_kind_with_its_type(examples: Measurement) -> None:
    _report("examples", examples)
    assert examples.disc_recall >= 0.85
    assert examples.disc_type_acc == 1.0
    assert examples.unmatched <= 2
    assert {d.kind for d in examples.found} == {
        "source_disagreement",
        "attribution_mismatch",
        "self_contradiction",
        "date_conflict",
    }


def test_every_flag_explains_itself_with_evidence_from_its_articles(
    stories: Measurement, examples: Measurement
) -> None:
    for d in stories.found + examples.found:
        assert d.explanation.endswith(".")
        assert len(d.evidence) >= 2
        assert set(d.article_ids) >= {e.article_id for e in d.evidence}
        assert 0.0 <= d.score <= 1.0


def test_lexical_and_embedding_similarity_are_both_measured() -> None:
    """The embedder (multilingual USE via stories/embed.py) adds flags but no recall here."""
    _need(STORIES_DIR / "gold.json")
    lexical = measure(STORIES_DIR)
    embedded = measure(STORIES_DIR, DiscrepancyOptions(use_embeddings=True))
    _report("stories, lexical", lexical)
    _report("stories, with embeddings", embedded)
    assert embedded.disc_recall >= lexical.disc_recall - 1e-9
