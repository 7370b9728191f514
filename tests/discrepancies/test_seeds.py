"""Seeds 000 and 003: Lavrov says Lukashenka "sees absolute senselessness" in the pact proposal,
while Lukashenka's own 24 January words (seed 000, and the passage seed 003 quotes) say
nothing of the kind. Statements are written by hand; their spans are found in the real files,
read in place."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from claimtrail.discrepancies import DiscrepancyInput, find
from claimtrail.model import Discrepancy

from .builders import StoryBuilder

REPO = Path(__file__).resolve().parents[2]
SEEDS = (
    Path(os.environ.get("CLAIMTRAIL_SHARED", REPO.parent / "shared")).resolve() / "data" / "seeds"
)


def _read(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    with path.open(encoding="utf-8", newline="") as f:
        return f.read()


@pytest.fixture(scope="module")
def seed_story() -> DiscrepancyInput:
    if not SEEDS.is_dir():
        pytest.fail(f"seeds not found at {SEEDS} (set CLAIMTRAIL_SHARED)")
    story = (
        StoryBuilder()
        .person(
            "lukashenka", "Alexander Lukashenka", "Lukashenko", "Alexander Lukashenko", "Lukashenka"
        )
        .person("lavrov", "Sergei Lavrov", "Lavrov")
        .article("seed000", _read("000"), "azerbaijan.example")
        .article("seed003", _read("003"), "svaboda.example")
    )
    jan24, feb2 = date(2023, 1, 24), date(2023, 2, 2)
    story.say(
        "luk_pact_000",
        "seed000",
        "They say that under no circumstances Ukraine let’s not go to war with, let’s not send "
        "troops there. They are offer they are doing so that we sign a non-aggression pact.",
        "lukashenka",
        group="LUK_PACT",
        said_on=jan24,
        basis="explicit",
        when="on January 24",
    )
    story.say(
        "luk_why_000",
        "seed000",
        "I don’t know why Ukrainians need this?",
        "lukashenka",
        group="LUK_WHY",
    )
    story.say(
        "lav_headline_003",
        "seed003",
        "Alexander Lukashenko sees absolute senselessness in Kiev's proposal to conclude a "
        "non-aggression pact.",
        "lavrov",
        group="LAV_SENSELESS",
        said_on=feb2,
        basis="explicit",
        kind="indirect",
    )
    story.say(
        "lav_quote_003",
        "seed003",
        "He perfectly sees the absolute senselessness, not even just senselessness, "
        "but the sincere provocation of such measures",
        "lavrov",
        group="LAV_SENSELESS",
        said_on=feb2,
        basis="explicit",
        when="on February 2",
    )
    story.say(
        "lav_amusing_003",
        "seed003",
        "Kiev's proposals to conclude a non-aggression pact with Minsk are amusing and show the "
        "imagination of the Ukrainian authorities.",
        "lavrov",
        group="LAV_AMUSING",
        said_on=feb2,
    )
    story.say(
        "luk_pact_003",
        "seed003",
        "On the one hand, they ask us not to go to war with Ukraine under any circumstances, so "
        "that our troops do not move there.\n\nThey propose to conclude a non-aggression pact.",
        "lukashenka",
        group="LUK_PACT",
        said_on=jan24,
        basis="explicit",
    )
    return story.build("pact")


def _mismatch(found: list[Discrepancy]) -> Discrepancy:
    hits = [
        d
        for d in found
        if d.kind == "attribution_mismatch" and "lav_headline_003" in d.statement_ids
    ]
    assert hits, [(d.kind, d.statement_ids) for d in found]
    return hits[0]


def test_lavrov_paraphrase_of_lukashenka_is_flagged_as_attribution_mismatch(
    seed_story: DiscrepancyInput,
) -> None:
    mismatch = _mismatch(find(seed_story))
    assert {"luk_pact_000", "luk_pact_003"} & set(mismatch.statement_ids)
    assert mismatch.score >= 0.6


def test_mismatch_evidence_holds_both_sides_spans_in_both_seeds(
    seed_story: DiscrepancyInput,
) -> None:
    mismatch = _mismatch(find(seed_story))
    texts: dict[str, list[str]] = {e.article_id: [] for e in mismatch.evidence}
    for e in mismatch.evidence:
        assert seed_story.articles[e.article_id].text[e.span.start : e.span.end] == e.text
        texts[e.article_id].append(e.text)
    assert any("absolute senselessness" in t for t in texts["seed003"])
    assert any("non-aggression pact" in t for t in texts["seed000"])


def test_mismatch_explanation_names_both_speakers_and_the_missing_words(
    seed_story: DiscrepancyInput,
) -> None:
    explanation = _mismatch(find(seed_story)).explanation
    print(explanation)
    assert "Sergei Lavrov" in explanation
    assert "Alexander Lukashenka" in explanation
    assert "senselessness" in explanation


def test_lukashenkas_own_words_reported_twice_are_not_flagged_against_each_other(
    seed_story: DiscrepancyInput,
) -> None:
    pairs = [set(d.statement_ids) for d in find(seed_story)]
    assert {"luk_pact_000", "luk_pact_003"} not in pairs
