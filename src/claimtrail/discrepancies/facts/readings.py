"""source_disagreement across groups: two speakers' diverging readings of what a third meant."""

from __future__ import annotations

from collections.abc import Iterator

from claimtrail.discrepancies.evidence import build, quoted, side, speaker_name
from claimtrail.discrepancies.inputs import DiscrepancyOptions
from claimtrail.discrepancies.reports import Context, Report
from claimtrail.model import Discrepancy

_READING_MAX_SIM = 0.25
# A budget that keeps a 5,000-statement story bounded: reports per holder compared pairwise.
_MAX_READINGS_PER_HOLDER = 60


def readings(ctx: Context, options: DiscrepancyOptions) -> Iterator[Discrepancy]:
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
                if (
                    a.speaker is None
                    or b.speaker is None
                    or a.speaker == b.speaker
                    or holder in (a.speaker, b.speaker)
                ):
                    continue
                if a.group == b.group:
                    continue
                sim = ctx.similarity(a.stems, b.stems)
                if sim > _READING_MAX_SIM:
                    continue
                score = (
                    0.4 + 0.1 * (1 - sim / _READING_MAX_SIM) + 0.2 * (a.article.id == b.article.id)
                )
                if best is None or score > best[0]:
                    best = (score, a, b)
        if best is None:
            continue
        score, a, b = best
        text = (
            f"{speaker_name(ctx, a.speaker)} says {speaker_name(ctx, holder)} meant "
            f"{quoted(a.content)}; {speaker_name(ctx, b.speaker)} says {quoted(b.content)}."
        )
        sides = (side(ctx, a, b), side(ctx, b, a))
        yield build("source_disagreement", sides, text, score, max_side=options.max_side_statements)
