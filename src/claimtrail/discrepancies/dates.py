"""date_conflict: one utterance that the articles' own wording places on different days.

A report's own date is its `said_on` when that came from the article's time expression
(basis "explicit" or "relative"); otherwise, when the statement keeps its time expression,
the expression is read again against the article's publication date. Dates that only fall
back on the publication date or on the story's chronology are not the article's claim.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from functools import cache

from claimtrail.discrepancies.evidence import (
    build,
    outlet,
    quoted,
    short_day,
    span_evidence,
    utterance_label,
)
from claimtrail.discrepancies.inputs import DiscrepancyOptions
from claimtrail.discrepancies.reports import Context, Report
from claimtrail.model import Discrepancy

Resolver = Callable[[str, str | None, date | None], date | None]


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
    if statement.said_on_basis in ("explicit", "relative") and statement.said_on:
        return statement.said_on
    if statement.time_expression is None:
        return None
    resolve = _resolver()
    if resolve is None:
        return None
    published = report.article.published
    phrase = statement.time_expression.text_of(report.article.text)
    return resolve(phrase, report.article.language, published.date() if published else None)


def date_conflicts(ctx: Context, options: DiscrepancyOptions) -> Iterator[Discrepancy]:
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
