"""source_disagreement: outlets or speakers giving incompatible accounts of one event.

Within one group (one utterance reported by several outlets): different numbers for the same
unit, a polarity flip, or certainty against hedging (within.py). Across groups: a rebuttal
("this is not true", "distorting reality") aimed at another speaker's claim (rebuttals.py),
two speakers' opposite claims on the same proposition (concepts.py), and two speakers'
diverging readings of what a third one meant (readings.py).

Each side lists the reports that carry its claim: the utterance's group (less any report that
holds the other pole), and for a rebuttal also the rebutting speaker's next words and what the
article reports of the target. A report that credits its words to someone else ("critics claim
he was murdered") relays a claim and takes no side.
"""

from __future__ import annotations

from claimtrail.discrepancies.facts.concepts import concept_clashes, opposite_claims
from claimtrail.discrepancies.facts.readings import readings
from claimtrail.discrepancies.facts.rebuttals import rebuttals
from claimtrail.discrepancies.facts.within import within_group
from claimtrail.discrepancies.inputs import DiscrepancyOptions, Embed
from claimtrail.discrepancies.pairs import neighbours
from claimtrail.discrepancies.reports import Context
from claimtrail.model import Discrepancy

__all__ = ["across_groups", "within_group"]


def across_groups(
    ctx: Context, options: DiscrepancyOptions, embed: Embed | None = None
) -> list[Discrepancy]:
    """Different speakers' claims that cannot all be true."""
    found = list(rebuttals(ctx, options))
    for g1, g2, _ in neighbours(ctx, ctx.groups, options.max_neighbours):
        found.extend(opposite_claims(ctx, ctx.groups[g1], ctx.groups[g2], options))
    found.extend(concept_clashes(ctx, options, embed))
    found.extend(readings(ctx, options))
    return found
