"""date_conflict: one utterance that the articles' own wording places on different days.

A report's own date comes from its own time expression: its `said_on` when that was read from
the phrase (basis "explicit" or "relative"), else the phrase read again against the article's
publication date. Dates that fall back on the publication date, on the day of the article's
other statements or on the story's chronology are not the article's claim about this one.

The linker never puts reports dated more than a day apart into one group, so an utterance that
two outlets date differently is usually split in two. Two groups are therefore also compared
when a pair of their reports by one speaker carries the same words (a bridge) while each
group's own dates point to a different day, one to three days apart: further apart, a repeated
claim is likelier than a misdated one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date
from functools import cache

from claimtrail.discrepancies.evidence import (
    build,
    outlet,
    quoted,
    short_day,
    span_evidence,
    speaker_name,
    utterance_label,
)
from claimtrail.discrepancies.inputs import DiscrepancyOptions
from claimtrail.discrepancies.pairs import neighbours
from claimtrail.discrepancies.polarity import flip
from claimtrail.discrepancies.reports import Context, Report
from claimtrail.model import Discrepancy

Resolver = Callable[[str, str | None, date | None], date | None]

# Two groups dated this many days apart may hold one misdated utterance.
_MIN_SPLIT_GAP_DAYS = 1
_MAX_SPLIT_GAP_DAYS = 3
# Weighted Dice at or above which two reports carry the same words. On the example corpus
# "Talks with the organisers of the blockade are over" and its indirect rendering score 0.57,
# a long quote and a three-word fragment of it under 0.2.
_SAME_WORDS_DICE = 0.5


@cache
def _resolver() -> Resolver | None:
    """The temporal stage's expression reader, when it is installed beside this one."""
    try:
        from claimtrail.temporal.expressions import time_expressions
    except ImportError:
        return None

    def resolve(text: str, language: str | None, reference: date | None) -> date | None:
        for expression in time_expressions(text, language, reference):
            if expression.value is not None and expression.granularity == "day":
                return expression.value
        return None

    return resolve


def own_date(report: Report) -> date | None:
    """The day the report's own article gives for the utterance, or None."""
    statement = report.statement
    # The temporal stage also gives a phrase-less statement the day of its article's other
    # statements, with their basis: without a phrase of its own that day is inherited.
    if statement.time_expression is None:
        return None
    if statement.said_on_basis in ("explicit", "relative") and statement.said_on:
        return statement.said_on
    resolve = _resolver()
    if resolve is None:
        return None
    published = report.article.published
    phrase = statement.time_expression.text_of(report.article.text)
    return resolve(phrase, report.article.language, published.date() if published else None)


def date_conflicts(ctx: Context, options: DiscrepancyOptions) -> Iterator[Discrepancy]:
    yield from _within_groups(ctx, options)
    yield from _across_groups(ctx, options)


def _within_groups(ctx: Context, options: DiscrepancyOptions) -> Iterator[Discrepancy]:
    for members in ctx.groups.values():
        if len({r.article.id for r in members}) < 2:
            continue
        dated = [(r, d) for r in members if (d := own_date(r)) is not None]
        days = sorted({d for _, d in dated})
        if len(days) < 2:
            continue
        first = [r for r, d in dated if d == days[0]]
        last = [r for r, d in dated if d == days[-1]]
        a, b = first[0], next((r for r in last if r.article.id != first[0].article.id), last[0])
        if a.article.id == b.article.id:
            continue
        extra = [
            span_evidence(r, r.statement.time_expression)
            for r in (a, b)
            if r.statement.time_expression is not None
        ]
        phrase_a = _phrase(a)
        phrase_b = _phrase(b)
        text = (
            f"{outlet(a)} dates {quoted(a.content, 60)} to {short_day(days[0])}{phrase_a}; "
            f"{outlet(b)} dates it to {short_day(days[-1])}{phrase_b} ({utterance_label(ctx, a)})."
        )
        gap_days = (days[-1] - days[0]).days
        score = 0.7 + 0.2 * min(1.0, gap_days / 2)
        yield build(
            "date_conflict", (first, last), text, score, extra, max_side=options.max_side_statements
        )


def _phrase(report: Report) -> str:
    span = report.statement.time_expression
    return f" ({quoted(span.text_of(report.article.text), 40)})" if span else ""


def _group_day(members: tuple[Report, ...]) -> tuple[date, list[Report]] | None:
    """The day most of a group's own-dated reports give (earliest on a tie), and those reports."""
    dated = [(r, d) for r in members if (d := own_date(r)) is not None]
    if not dated:
        return None
    counts = Counter(d for _, d in dated)
    day = min(counts, key=lambda d: (-counts[d], d))
    # A date written out ("am 12. März") is the article's plainest claim: it leads the side.
    on_day = [r for r, d in dated if d == day]
    on_day.sort(key=lambda r: r.statement.said_on_basis != "explicit")
    return day, on_day


def _bridge(ctx: Context, speaker: str, g1: str, g2: str) -> tuple[Report, Report] | None:
    """The most alike pair of the speaker's reports in two groups, if they carry the same words."""
    best: tuple[float, Report, Report] | None = None
    for a in ctx.groups[g1]:
        if a.speaker != speaker:
            continue
        for b in ctx.groups[g2]:
            if b.speaker != speaker or a.article.id == b.article.id:
                continue
            sim = ctx.dice(a.stems, b.stems)
            if sim < _SAME_WORDS_DICE or flip(a, b) is not None:
                continue
            if best is None or sim > best[0]:
                best = (sim, a, b)
    return None if best is None else (best[1], best[2])


def _across_groups(ctx: Context, options: DiscrepancyOptions) -> Iterator[Discrepancy]:
    """One speaker's utterance split into two groups that the articles date differently."""
    days: dict[str, tuple[date, list[Report]] | None] = {}
    for speaker, reports in sorted(ctx.by_speaker.items()):
        groups = {r.group for r in reports}
        if len(groups) < 2:
            continue
        for g in groups - days.keys():
            days[g] = _group_day(ctx.groups[g])
        for g1, g2, _ in neighbours(ctx, groups, options.max_neighbours):
            first, second = days[g1], days[g2]
            if first is None or second is None:
                continue
            if first[0] > second[0]:
                first, second = second, first
            gap_days = (second[0] - first[0]).days
            if not _MIN_SPLIT_GAP_DAYS <= gap_days <= _MAX_SPLIT_GAP_DAYS:
                continue
            # An article that gives both days reports two occasions, not a disagreement.
            if {r.article.id for r in first[1]} & {r.article.id for r in second[1]}:
                continue
            bridge = _bridge(ctx, speaker, g1, g2)
            if bridge is None:
                continue
            a, b = first[1][0], second[1][0]
            extra = [
                span_evidence(r, r.statement.time_expression)
                for r in (a, b)
                if r.statement.time_expression is not None
            ]
            text = (
                f"{outlet(a)} dates {quoted(a.content, 60)} to {short_day(first[0])}{_phrase(a)}; "
                f"{outlet(b)} dates {quoted(b.content, 60)} to {short_day(second[0])}"
                f"{_phrase(b)}, and {outlet(bridge[0])} and {outlet(bridge[1])} carry the same "
                f"words by {speaker_name(ctx, speaker)}: {quoted(bridge[0].content, 60)}."
            )
            score = 0.55 + 0.1 * min(1.0, gap_days / 2)
            sides = ([*first[1], bridge[0]], [*second[1], bridge[1]])
            yield build(
                "date_conflict", sides, text, score, extra, max_side=options.max_side_statements
            )
