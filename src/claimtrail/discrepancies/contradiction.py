"""self_contradiction: one speaker's separate utterances that take opposite sides.

Only a speaker's own groups are compared (blocked by speaker, then by shared stems), so the
cost is O(sum over speakers of g_s * k) pairs for g_s groups of that speaker.
"""

from __future__ import annotations

from collections.abc import Iterator

from claimtrail.discrepancies.evidence import build, outlet, quoted, short_day, speaker_name
from claimtrail.discrepancies.inputs import DiscrepancyOptions
from claimtrail.discrepancies.pairs import neighbours
from claimtrail.discrepancies.polarity import flip
from claimtrail.discrepancies.reports import Context, Report
from claimtrail.model import Discrepancy

# Two utterances must share this much weighted vocabulary to be about one proposition;
# a concept conflict ("talks are over" / "talks will begin") needs less than a bare negation.
_MIN_SIM = {"concept": 0.2, "negation": 0.25}


def self_contradictions(ctx: Context, options: DiscrepancyOptions) -> Iterator[Discrepancy]:
    for speaker, reports in sorted(ctx.by_speaker.items()):
        groups = {r.group for r in reports}
        if len(groups) < 2:
            continue
        for g1, g2, _ in neighbours(ctx, groups, options.max_neighbours):
            best = _best_pair(ctx, speaker, g1, g2)
            if best is None:
                continue
            score, a, b = best
            when_a, when_b = a.statement.said_on, b.statement.said_on
            dated = f" on {short_day(when_a)}" if when_a else ""
            later = f" on {short_day(when_b)}" if when_b else ""
            text = (
                f"{speaker_name(ctx, speaker)} said {quoted(a.content)}{dated} ({outlet(a)}) "
                f"but {quoted(b.content)}{later} ({outlet(b)})."
            )
            side_a = [a] + [r for r in ctx.groups[g1] if r is not a and r.speaker == speaker]
            side_b = [b] + [r for r in ctx.groups[g2] if r is not b and r.speaker == speaker]
            yield build(
                "self_contradiction",
                (side_a, side_b),
                text,
                score,
                max_side=options.max_side_statements,
            )


def _best_pair(ctx: Context, speaker: str, g1: str, g2: str) -> tuple[float, Report, Report] | None:
    best: tuple[float, Report, Report] | None = None
    for a in ctx.groups[g1]:
        if a.speaker != speaker:
            continue
        for b in ctx.groups[g2]:
            if b.speaker != speaker:
                continue
            kind = flip(a, b)
            if kind is None:
                continue
            # The mean with Dice: a three-word fragment ("the pope's comments") lies wholly
            # inside a long quote, which alone would make them one proposition.
            sim = (ctx.similarity(a.stems, b.stems) + ctx.dice(a.stems, b.stems)) / 2
            if sim < _MIN_SIM[kind]:
                continue
            score = (0.5 if kind == "concept" else 0.35) + 0.45 * sim
            if best is None or score > best[0]:
                best = (score, a, b)
    if best is None:
        return None
    score, a, b = best
    if a.statement.said_on and b.statement.said_on and b.statement.said_on < a.statement.said_on:
        a, b = b, a  # earlier first
    return score, a, b
