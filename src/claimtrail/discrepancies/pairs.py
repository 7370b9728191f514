"""Blocking: which groups of one story are worth comparing with which.

Comparing every group with every other is quadratic; instead an inverted index on stems finds,
for each group, the `k` groups sharing the most weighted stems. Stems found in more than
`max_postings` groups are skipped (they say "this story", not "this claim"), so the work is
O(g * max_postings) for g groups and the output O(g * k).
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Iterable

from claimtrail.discrepancies.reports import Context

_MAX_POSTINGS = 200


def neighbours(
    ctx: Context, groups: Iterable[str], k: int, max_postings: int = _MAX_POSTINGS
) -> list[tuple[str, str, float]]:
    """(group a, group b, similarity) for each group and its k most similar others; a < b."""
    chosen = sorted(set(groups))
    stems = {g: ctx.group_stems(g) for g in chosen}
    postings: dict[str, list[str]] = defaultdict(list)
    for g in chosen:
        for stem in stems[g]:
            postings[stem].append(g)
    found: dict[tuple[str, str], float] = {}
    for g in chosen:
        shared: dict[str, float] = defaultdict(float)
        for stem in stems[g]:
            posting = postings[stem]
            if len(posting) > max_postings:
                continue
            weight = ctx.weights.get(stem, 0.0)
            for other in posting:
                if other != g:
                    shared[other] += weight
        for other, _ in heapq.nlargest(k, shared.items(), key=lambda item: (item[1], item[0])):
            key = (g, other) if g < other else (other, g)
            if key not in found:
                found[key] = ctx.similarity(stems[key[0]], stems[key[1]])
    return [(a, b, sim) for (a, b), sim in sorted(found.items())]
