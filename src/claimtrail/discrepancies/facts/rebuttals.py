"""source_disagreement across groups: a rebuttal ("this is not true", "distorting reality")
aimed at another speaker's claim.

Each side lists the reports that carry its claim: for the rebuttal also the rebutting
speaker's next words, and for the target what the article reports of it.
"""

from __future__ import annotations

from collections.abc import Iterator

from claimtrail.discrepancies.evidence import build, outlet, quoted, side, speaker_name
from claimtrail.discrepancies.inputs import DiscrepancyOptions
from claimtrail.discrepancies.reports import Context, Report
from claimtrail.model import Discrepancy

_REBUTTAL_MIN_SIM = 0.15
# A budget that keeps a 5,000-statement story bounded: candidates looked at per rebuttal.
_MAX_REBUTTAL_TARGETS = 500
_REBUTTAL_REACH_CHARS = 600
# The speaker's next report this close after a rebuttal continues it (about two sentences).
_CONTINUATION_GAP_CHARS = 300


def rebuttals(ctx: Context, options: DiscrepancyOptions) -> Iterator[Discrepancy]:
    """Each rebuttal against the claim it answers: the nearest before it, and the likeliest."""
    by_article: dict[str, list[Report]] = {}
    for report in ctx.reports:
        by_article.setdefault(report.article.id, []).append(report)
    for r in ctx.reports:
        if not r.is_rebuttal:
            continue
        r_stems = ctx.group_stems(r.group)
        # Two readings of "which claim is answered": the nearest one before the rebuttal, and
        # the most similar one; each yields a discrepancy when they differ.
        by_place: tuple[float, Report] | None = None
        by_words: tuple[float, Report] | None = None
        # Someone named as the one who denies ("the president denied the capture") is not
        # the one rebutted.
        addressed = r.mentions - r.holders
        candidates = list(by_article[r.article.id])
        for named in sorted(addressed):
            candidates.extend(ctx.by_speaker.get(named, ()))
        for t in candidates[:_MAX_REBUTTAL_TARGETS]:
            if t.group == r.group or t.speaker is None or t.speaker == r.speaker or t.is_rebuttal:
                continue
            is_named = t.speaker in addressed
            is_same_article = t.article.id == r.article.id
            if not (is_named or is_same_article):
                continue
            sim = ctx.similarity(r_stems, ctx.group_stems(t.group))
            gap_chars = r.span.start - t.span.end if is_same_article else -1
            is_just_before = 0 <= gap_chars <= _REBUTTAL_REACH_CHARS
            if sim < _REBUTTAL_MIN_SIM and not (is_named or is_just_before):
                continue
            base = 0.3 + 0.2 * is_named + 0.1 * is_same_article
            # A rebuttal answers the claim just before it, seldom one further away.
            nearness = 1 - gap_chars / _REBUTTAL_REACH_CHARS if is_just_before else 0.0
            place_score = base + 0.15 * sim + 0.35 * nearness
            words_score = base + 0.4 * sim + 0.1 * nearness
            if by_place is None or place_score > by_place[0]:
                by_place = (place_score, t)
            if by_words is None or words_score > by_words[0]:
                by_words = (words_score, t)
        targets = [x for x in (by_place, by_words) if x is not None]
        if len(targets) == 2 and targets[0][1].group == targets[1][1].group:
            targets = targets[:1]
        for score, t in targets:
            text = (
                f"{speaker_name(ctx, r.speaker)} ({outlet(r)}) rejects it, {quoted(r.content)}, "
                f"against {speaker_name(ctx, t.speaker)} ({outlet(t)}): {quoted(t.content)}."
            )
            # What the rebuttal answers is what the target said as this article reports it,
            # and the rebutting speaker's next words in the article go on with the rebuttal
            # ("it rejects the comments ... 'Hamas is a terrorist organisation'").
            answered = [
                x
                for x in by_article[r.article.id]
                if x.speaker == t.speaker and x.group != r.group and not x.is_rebuttal
            ]
            sides = (
                [*side(ctx, r, t), *_continuations(r, by_article[r.article.id])],
                [*side(ctx, t, r), *answered],
            )
            yield build(
                "source_disagreement",
                sides,
                text,
                min(score, 0.85),
                max_side=options.max_side_statements,
            )


def _continuations(report: Report, in_article: list[Report]) -> list[Report]:
    """The speaker's reports that follow `report` closely in its article: one statement that
    the extractor cut in pieces ("it rejects X," ... "Hamas is ...")."""
    found = []
    end = report.span.end
    for x in sorted(in_article, key=lambda x: x.span.start):
        if x.span.start < report.span.end or x.speaker != report.speaker:
            continue
        if x.span.start - end > _CONTINUATION_GAP_CHARS:
            break
        found.append(x)
        end = x.span.end
    return found
