"""source_disagreement: outlets or speakers giving incompatible accounts of one event.

Within one group (one utterance reported by several outlets): different numbers for the same
unit, a polarity flip, or certainty against hedging. Across groups: a rebuttal ("this is not
true", "distorting reality") aimed at another speaker's claim, two speakers' opposite claims
on the same proposition, and two speakers' diverging readings of what a third one meant.
"""

from __future__ import annotations

from collections.abc import Iterator

from claimtrail.discrepancies.evidence import (
    build,
    outlet,
    quoted,
    speaker_name,
    utterance_label,
)
from claimtrail.discrepancies.inputs import DiscrepancyOptions
from claimtrail.discrepancies.numbers import Quantity
from claimtrail.discrepancies.numbers import conflicting as conflicting_quantities
from claimtrail.discrepancies.pairs import neighbours
from claimtrail.discrepancies.polarity import concept_conflict, flip, hedge_gap
from claimtrail.discrepancies.reports import Context, Report
from claimtrail.model import Discrepancy

# Measured on the dev corpora: a bare negation flip between two renderings of one utterance
# is a real disagreement only when the two share at least this much weighted vocabulary.
_SAME_GROUP_NEGATION_SIM = 0.35
_CROSS_GROUP_FLIP_SIM = 0.45
_REBUTTAL_MIN_SIM = 0.15
_READING_MAX_SIM = 0.25
# Budgets that keep a 5,000-statement story bounded: candidates looked at per rebuttal, and
# reports per holder compared pairwise for diverging readings.
_MAX_REBUTTAL_TARGETS = 500
_MAX_READINGS_PER_HOLDER = 60


def _phrase(report: Report, quantity: Quantity) -> str:
    """"40 trucks": the number and the word it counts."""
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


def _numbers(ctx: Context, members: tuple[Report, ...], options: DiscrepancyOptions) -> list[Discrepancy]:
    for a, b in _cross_article_pairs(members):
        pair = conflicting_quantities(list(a.quantities), list(b.quantities))
        if pair is None:
            continue
        qa, qb = pair
        side_a = [r for r in members if any(q.unit == qa.unit and q.value == qa.value for q in r.quantities)]
        side_b = [r for r in members if any(q.unit == qb.unit and q.value == qb.value for q in r.quantities)]
        text = (
            f"{outlet(a)} reports {_phrase(a, qa)}; {outlet(b)} reports {_phrase(b, qb)} "
            f"({utterance_label(ctx, a)})."
        )
        return [build("source_disagreement", (side_a, side_b), text, 0.9, max_side=options.max_side_statements)]
    return []


def _polarity(ctx: Context, members: tuple[Report, ...], options: DiscrepancyOptions) -> list[Discrepancy]:
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
    negative, positive = (a, b) if a.is_negated else (b, a)
    concept = concept_conflict(a, b)
    if concept is None:
        side_a = [r for r in members if r.is_negated == negative.is_negated]
        side_b = [r for r in members if r.is_negated != negative.is_negated]
    else:
        side_a = [r for r in members if concept_conflict(r, b) == concept]
        side_b = [r for r in members if concept_conflict(r, a) == concept]
        negative, positive = a, b
    text = (
        f"{outlet(negative)} reports {quoted(negative.content)}; {outlet(positive)} reports "
        f"{quoted(positive.content)} ({utterance_label(ctx, a)})."
    )
    return [build("source_disagreement", (side_a, side_b), text, score, max_side=options.max_side_statements)]


def _hedging(ctx: Context, members: tuple[Report, ...], options: DiscrepancyOptions) -> list[Discrepancy]:
    certain = [r for r in members if r.is_certain and not r.is_hedged]
    hedged = [r for r in members if r.is_hedged and not r.is_certain]
    for a in certain:
        for b in hedged:
            if a.article.id != b.article.id and hedge_gap(a, b):
                text = (
                    f"{outlet(a)} has it as certain, {quoted(a.content)}; {outlet(b)} hedges, "
                    f"{quoted(b.content)} ({utterance_label(ctx, a)})."
                )
                return [build("source_disagreement", (certain, hedged), text, 0.65, max_side=options.max_side_statements)]
    return []


def across_groups(ctx: Context, options: DiscrepancyOptions) -> list[Discrepancy]:
    """Different speakers' claims that cannot all be true."""
    found = list(_rebuttals(ctx, options))
    for g1, g2, sim in neighbours(ctx, ctx.groups, options.max_neighbours):
        if sim < _CROSS_GROUP_FLIP_SIM:
            continue
        found.extend(_opposite_claims(ctx, ctx.groups[g1], ctx.groups[g2], sim, options))
    found.extend(_readings(ctx, options))
    return found


def _opposite_claims(
    ctx: Context, left: tuple[Report, ...], right: tuple[Report, ...], group_sim: float, options: DiscrepancyOptions
) -> list[Discrepancy]:
    best: tuple[float, Report, Report] | None = None
    for a in left:
        for b in right:
            if a.speaker is None or b.speaker is None or a.speaker == b.speaker:
                continue
            kind = flip(a, b)
            if kind is None:
                continue
            score = (0.45 if kind == "concept" else 0.3) + 0.4 * group_sim
            if best is None or score > best[0]:
                best = (score, a, b)
    if best is None:
        return []
    score, a, b = best
    text = (
        f"{speaker_name(ctx, a.speaker)} ({outlet(a)}): {quoted(a.content)}; "
        f"{speaker_name(ctx, b.speaker)} ({outlet(b)}): {quoted(b.content)}."
    )
    return [build("source_disagreement", (list(left), list(right)), text, score, max_side=options.max_side_statements)]


def _rebuttals(ctx: Context, options: DiscrepancyOptions) -> Iterator[Discrepancy]:
    by_article: dict[str, list[Report]] = {}
    for report in ctx.reports:
        by_article.setdefault(report.article.id, []).append(report)
    for r in ctx.reports:
        if not r.is_rebuttal:
            continue
        r_stems = ctx.group_stems(r.group)
        best: tuple[float, Report] | None = None
        candidates = list(by_article[r.article.id])
        for named in sorted(r.mentions):
            candidates.extend(ctx.by_speaker.get(named, ()))
        for t in candidates[:_MAX_REBUTTAL_TARGETS]:
            if t.group == r.group or t.speaker is None or t.speaker == r.speaker or t.is_rebuttal:
                continue
            is_named = t.speaker in r.mentions
            is_same_article = t.article.id == r.article.id
            if not (is_named or is_same_article):
                continue
            sim = ctx.similarity(r_stems, ctx.group_stems(t.group))
            if sim < _REBUTTAL_MIN_SIM and not is_named:
                continue
            score = 0.3 + 0.2 * is_named + 0.1 * is_same_article + 0.4 * sim
            if is_same_article and t.span.start < r.span.start:
                score += 0.05  # a rebuttal usually follows the claim it answers
            if best is None or score > best[0]:
                best = (score, t)
        if best is None:
            continue
        score, t = best
        text = (
            f"{speaker_name(ctx, r.speaker)} ({outlet(r)}) rejects it, {quoted(r.content)}, against "
            f"{speaker_name(ctx, t.speaker)} ({outlet(t)}): {quoted(t.content)}."
        )
        side_t = [t] + [m for m in ctx.groups[t.group] if m is not t]
        yield build("source_disagreement", ([r], side_t), text, min(score, 0.85), max_side=options.max_side_statements)


def _readings(ctx: Context, options: DiscrepancyOptions) -> Iterator[Discrepancy]:
    """Two speakers telling what the same third person meant, in words that do not meet."""
    by_holder: dict[str, list[Report]] = {}
    for r in ctx.reports:
        for holder in r.holders:
            by_holder.setdefault(holder, []).append(r)
    for holder, all_reports in sorted(by_holder.items()):
        reports = all_reports[:_MAX_READINGS_PER_HOLDER]
        best: tuple[float, Report, Report] | None = None
        for i, a in enumerate(reports):
            for b in reports[i + 1 :]:
                if a.speaker is None or b.speaker is None or a.speaker == b.speaker or holder in (a.speaker, b.speaker):
                    continue
                if a.group == b.group:
                    continue
                sim = ctx.similarity(a.stems, b.stems)
                if sim > _READING_MAX_SIM:
                    continue
                score = 0.4 + 0.2 * (1 - sim / _READING_MAX_SIM) + 0.1 * (a.article.id == b.article.id)
                if best is None or score > best[0]:
                    best = (score, a, b)
        if best is None:
            continue
        score, a, b = best
        text = (
            f"{speaker_name(ctx, a.speaker)} says {speaker_name(ctx, holder)} meant "
            f"{quoted(a.content)}; {speaker_name(ctx, b.speaker)} says {quoted(b.content)}."
        )
        yield build("source_disagreement", ([a], [b]), text, score, max_side=options.max_side_statements)
