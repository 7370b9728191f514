"""source_disagreement within one group: renderings of one utterance that disagree.

Different numbers for the same unit, a polarity flip, or certainty against hedging, between
reports of the utterance in different articles.
"""

from __future__ import annotations

from collections.abc import Iterator

from claimtrail.discrepancies.evidence import build, outlet, quoted, utterance_label
from claimtrail.discrepancies.inputs import DiscrepancyOptions
from claimtrail.discrepancies.numbers import Quantity
from claimtrail.discrepancies.numbers import conflicting as conflicting_quantities
from claimtrail.discrepancies.polarity import concept_conflict, flip, hedge_gap, negation_flip
from claimtrail.discrepancies.reports import Context, Report
from claimtrail.model import Discrepancy

# Measured on the dev corpora: a bare negation flip between two renderings of one utterance
# is a real disagreement only when the two share at least this much weighted vocabulary.
_SAME_GROUP_NEGATION_SIM = 0.35


def _phrase(report: Report, quantity: Quantity) -> str:
    """The number and the word it counts: "40 trucks"."""
    rest = report.content[quantity.end :].split()
    return f"{quantity.surface} {rest[0].strip('.,;:')}" if rest else quantity.surface


def _cross_article_pairs(members: tuple[Report, ...]) -> Iterator[tuple[Report, Report]]:
    for i, a in enumerate(members):
        for b in members[i + 1 :]:
            if a.article.id != b.article.id:
                yield a, b


def within_group(ctx: Context, options: DiscrepancyOptions) -> list[Discrepancy]:
    """Renderings of one utterance that disagree with each other."""
    found = []
    for members in ctx.groups.values():
        if len({r.article.id for r in members}) < 2:
            continue
        found.extend(_numbers(ctx, members, options))
        found.extend(_polarity(ctx, members, options))
        found.extend(_hedging(ctx, members, options))
    return found


def _numbers(
    ctx: Context, members: tuple[Report, ...], options: DiscrepancyOptions
) -> list[Discrepancy]:
    for a, b in _cross_article_pairs(members):
        pair = conflicting_quantities(list(a.quantities), list(b.quantities))
        if pair is None:
            continue
        qa, qb = pair
        side_a = [
            r
            for r in members
            if any(q.unit == qa.unit and q.value == qa.value for q in r.quantities)
        ]
        side_b = [
            r
            for r in members
            if any(q.unit == qb.unit and q.value == qb.value for q in r.quantities)
        ]
        text = (
            f"{outlet(a)} reports {_phrase(a, qa)}; {outlet(b)} reports {_phrase(b, qb)} "
            f"({utterance_label(ctx, a)})."
        )
        return [
            build(
                "source_disagreement",
                (side_a, side_b),
                text,
                0.9,
                max_side=options.max_side_statements,
            )
        ]
    return []


def _polarity(
    ctx: Context, members: tuple[Report, ...], options: DiscrepancyOptions
) -> list[Discrepancy]:
    best: tuple[float, Report, Report] | None = None
    for a, b in _cross_article_pairs(members):
        kind = flip(a, b)
        if kind is None:
            continue
        sim = ctx.similarity(a.stems, b.stems)
        if kind == "negation" and sim < _SAME_GROUP_NEGATION_SIM:
            continue
        score = (0.75 if kind == "concept" else 0.45) + 0.2 * sim
        if best is None or score > best[0]:
            best = (score, a, b)
    if best is None:
        return []
    score, a, b = best
    concept = concept_conflict(a, b)
    if concept is None:
        negative, positive = (a, b) if negation_flip(a, b) else (b, a)
        words = negation_flip(negative, positive)
        side_a = [r for r in members if r.negated_stems & words]
        side_b = [r for r in members if (r.stems - r.negated_stems) & words]
    else:
        side_a = [r for r in members if concept_conflict(r, b) == concept]
        side_b = [r for r in members if concept_conflict(r, a) == concept]
        negative, positive = a, b
    text = (
        f"{outlet(negative)} reports {quoted(negative.content)}; {outlet(positive)} reports "
        f"{quoted(positive.content)} ({utterance_label(ctx, a)})."
    )
    return [
        build(
            "source_disagreement",
            (side_a, side_b),
            text,
            score,
            max_side=options.max_side_statements,
        )
    ]


def _hedging(
    ctx: Context, members: tuple[Report, ...], options: DiscrepancyOptions
) -> list[Discrepancy]:
    certain = [r for r in members if r.is_certain and not r.is_hedged]
    hedged = [r for r in members if r.is_hedged and not r.is_certain]
    for a in certain:
        for b in hedged:
            if a.article.id != b.article.id and hedge_gap(a, b):
                text = (
                    f"{outlet(a)} has it as certain, {quoted(a.content)}; {outlet(b)} hedges, "
                    f"{quoted(b.content)} ({utterance_label(ctx, a)})."
                )
                return [
                    build(
                        "source_disagreement",
                        (certain, hedged),
                        text,
                        0.65,
                        max_side=options.max_side_statements,
                    )
                ]
    return []
