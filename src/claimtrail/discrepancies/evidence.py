"""Discrepancy records built from two sides of reports: ids, evidence spans, explanations.

Every explanation is assembled from the evidence itself (outlets, quoted words, speakers,
dates), so it never says more than the spans show.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from datetime import date

from claimtrail.discrepancies.reports import Context, Report
from claimtrail.model import Discrepancy, DiscrepancyKind, Evidence, Span

_QUOTE_CHARS = 90
_QUOTE_MARKS = "\"'“”«»„‘’ "


def discrepancy_id(kind: str, statement_ids: Sequence[str]) -> str:
    """Stable for the same kind and statements, whatever their order."""
    key = kind + "|" + ",".join(sorted(set(statement_ids)))
    return "disc_" + hashlib.sha256(key.encode()).hexdigest()[:16]


def outlet(report: Report) -> str:
    return report.article.outlet or report.article.id


def speaker_name(ctx: Context, entity_id: str | None) -> str:
    if entity_id is None:
        return "an unnamed speaker"
    entity = ctx.data.entities.get(entity_id)
    return entity.name if entity else entity_id


def short_day(day: date | None) -> str:
    return f"{day.day} {day.strftime('%b')}" if day else "undated"


def quoted(text: str, limit: int = _QUOTE_CHARS) -> str:
    """The text as a short quotation, cut at a word boundary."""
    flat = " ".join(text.split()).strip(_QUOTE_MARKS)
    if len(flat) > limit:
        flat = flat[:limit].rsplit(" ", 1)[0] + "…"
    return f"“{flat}”"


def content_evidence(report: Report) -> Evidence:
    return Evidence(report.article.id, report.span, report.span.text_of(report.article.text))


def span_evidence(report: Report, span: Span) -> Evidence:
    return Evidence(report.article.id, span, span.text_of(report.article.text))


def build(
    kind: DiscrepancyKind,
    sides: tuple[Sequence[Report], Sequence[Report]],
    explanation: str,
    score: float,
    extra_evidence: Sequence[Evidence] = (),
    max_side: int = 8,
) -> Discrepancy:
    """A discrepancy between two sides; each side's first report is its representative."""
    side_a = list(dict.fromkeys(sides[0]))[:max_side]
    side_b = [r for r in dict.fromkeys(sides[1]) if r not in side_a][:max_side]
    ordered = side_a + side_b
    ids = tuple(r.id for r in ordered)
    evidence = list(extra_evidence)
    for report in ordered:
        item = content_evidence(report)
        if item not in evidence:
            evidence.append(item)
    articles = tuple(dict.fromkeys(r.article.id for r in ordered))
    return Discrepancy(
        id=discrepancy_id(kind, ids),
        kind=kind,
        statement_ids=ids,
        evidence=tuple(evidence),
        explanation=explanation,
        score=round(min(1.0, max(0.0, score)), 4),
        article_ids=articles,
    )


def side(
    ctx: Context,
    representative: Report,
    near: Report | None = None,
    carries: Callable[[Report], bool | None] | None = None,
) -> list[Report]:
    """The reports of one utterance, its representative first, then those in `near`'s article.

    A discrepancy between two utterances lists every report of each (up to the cap): the
    same words carried by other outlets stand on the same side. With `carries`, the reports
    that state the conflicting fact (True) come before those that are silent on it (None),
    and those that state the opposite (False) are left out: a group the linker merged too
    widely must not put both sides of the conflict on one side.
    """
    members = [r for r in ctx.groups.get(representative.group, ()) if r is not representative]
    if carries is not None:
        members = [r for r in members if carries(r) is not False]
    members.sort(
        key=lambda r: (
            carries is not None and carries(r) is not True,
            near is not None and r.article.id != near.article.id,
            r.article.id,
            r.span.start,
        )
    )
    return [representative, *members]


def utterance_label(ctx: Context, report: Report) -> str:
    """ "same statement by Zhuravlyov, 11 Mar" for the explanation's closing brackets."""
    name = speaker_name(ctx, report.speaker)
    said_on = report.statement.said_on
    return (
        f"same statement by {name}, {short_day(said_on)}"
        if said_on
        else f"same statement by {name}"
    )
