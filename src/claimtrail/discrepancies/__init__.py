"""Discrepancies in one story: conflicting accounts, misattributions, U-turns, date clashes.

`find` is pure: the story's articles, statements and speaker entities in, ranked
`Discrepancy` records out, each with the evidence spans of both sides. One module per kind:
facts.py (source_disagreement), misquote.py (attribution_mismatch), contradiction.py
(self_contradiction), dates.py (date_conflict).

Cost for n statements in g groups: preparing (role words included) is linear in the content
length; each group's reports (at most 100) are compared pairwise; groups meet other groups only
through an inverted index on rare stems (each group with its 12 nearest, postings over 200
skipped), so O(g * 12) group pairs, and self-contradictions and split, differently dated
utterances the same per speaker; rebuttals, paraphrases and concept poles look at bounded
candidate lists (500, 500, 200 x 200). 5,000 random statements in one
story take ~15 s on one shared core, a gold story of ~100 statements ~0.2 s.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import cache

import numpy as np

from claimtrail.discrepancies.contradiction import self_contradictions
from claimtrail.discrepancies.dates import date_conflicts
from claimtrail.discrepancies.facts import across_groups, within_group
from claimtrail.discrepancies.inputs import DiscrepancyInput, DiscrepancyOptions, Embed, Embedder
from claimtrail.discrepancies.misquote import (
    credited_differently,
    paraphrases,
    promoted_titles,
    questions_as_claims,
)
from claimtrail.discrepancies.reports import prepare
from claimtrail.errors import ModelError
from claimtrail.model import Discrepancy

__all__ = ["DiscrepancyInput", "DiscrepancyOptions", "Embedder", "find"]


@cache
def _stories_embedder() -> Embedder | None:
    """The stories stage's sentence embedder, loaded once; None when it cannot be."""
    try:
        from claimtrail.stories.embed import load_embedder

        return load_embedder()
    except (ImportError, ModelError):
        return None


def _embedder(options: DiscrepancyOptions) -> Embed | None:
    """The sentence embedder to use, or None (lexical measures only)."""
    model = options.embedder
    if model is None and options.use_embeddings:
        model = _stories_embedder()
    if model is None:
        return None

    def embed(texts: Sequence[str]) -> np.ndarray:
        try:
            vectors: np.ndarray = model.embed(texts)
        except ModelError:
            return np.zeros((len(texts), 1), dtype=np.float32)
        return vectors

    return embed


_DEFAULTS = DiscrepancyOptions()


def find(data: DiscrepancyInput, options: DiscrepancyOptions = _DEFAULTS) -> list[Discrepancy]:
    """The story's discrepancies, highest score first; ids are stable for the same input."""
    ctx = prepare(data)
    if len(ctx.reports) < 2:
        return []
    embed = _embedder(options)
    candidates: list[Discrepancy] = []
    candidates.extend(within_group(ctx, options))
    candidates.extend(across_groups(ctx, options, embed))
    candidates.extend(paraphrases(ctx, options, embed))
    candidates.extend(credited_differently(ctx, options))
    candidates.extend(promoted_titles(ctx, options))
    candidates.extend(questions_as_claims(ctx, options))
    candidates.extend(self_contradictions(ctx, options))
    candidates.extend(date_conflicts(ctx, options))
    # Two detectors may flag the same utterances (a rebuttal is also an opposite claim): the
    # higher score speaks for both. Utterances are compared as groups, so one pair of groups
    # read through different reports is still one discrepancy of a kind; within one group
    # (two channels, two numbers) the reports on each side tell the findings apart.
    group_of = {r.id: r.group for r in ctx.reports}
    best: dict[tuple[str, frozenset[str]], Discrepancy] = {}
    for d in candidates:
        groups = frozenset(group_of.get(i, i) for i in d.statement_ids)
        key = (d.kind, groups if len(groups) > 1 else frozenset(d.statement_ids))
        if d.score >= options.min_score and (key not in best or d.score > best[key].score):
            best[key] = d
    ranked = sorted(best.values(), key=lambda d: (-d.score, d.id))
    return [replace(d, story_id=data.story_id) for d in ranked[: options.max_results]]
