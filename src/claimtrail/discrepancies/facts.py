"""source_disagreement: outlets or speakers giving incompatible accounts of one event.

Within one group (one utterance reported by several outlets): different numbers for the same
unit, a polarity flip, or certainty against hedging. Across groups: a rebuttal ("this is not
true", "distorting reality") aimed at another speaker's claim, two speakers' opposite claims
on the same proposition, and two speakers' diverging readings of what a third one meant.

Each side lists the reports that carry its claim: the utterance's group (less any report that
holds the other pole), and for a rebuttal also the rebutting speaker's next words and what the
article reports of the target. A report that credits its words to someone else ("critics claim
he was murdered") relays a claim and takes no side.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator

import numpy as np

from claimtrail.discrepancies.evidence import (
    build,
    outlet,
    quoted,
    side,
    speaker_name,
    utterance_label,
)
from claimtrail.discrepancies.inputs import DiscrepancyOptions, Embed
from claimtrail.discrepancies.numbers import Quantity
from claimtrail.discrepancies.numbers import conflicting as conflicting_quantities
from claimtrail.discrepancies.pairs import neighbours
from claimtrail.discrepancies.polarity import concept_conflict, flip, hedge_gap, negation_flip
from claimtrail.discrepancies.reports import Context, Report
from claimtrail.model import Discrepancy

# Measured on the dev corpora: a bare negation flip between two renderings of one utterance
# is a real disagreement only when the two share at least this much weighted vocabulary.
_SAME_GROUP_NEGATION_SIM = 0.35
_CROSS_GROUP_FLIP_SIM = 0.25
_CROSS_GROUP_CONCEPT_SIM = 0.1
# With an embedder: cosine (multilingual USE) above which two reports are on one topic.
_CONCEPT_COSINE = 0.35
# Reports per concept pole paired directly (a bound for huge stories: 200 x 200 pairs).
_MAX_POLE_REPORTS = 200
# Partner utterances kept per report of one concept pole (each its best report).
_MAX_PARTNERS = 3
# A report in another script than its partner may meet only the largest groups of the
# opposite pole: nothing else shows the two are about one thing.
_MAIN_ACCOUNTS = 2
_REBUTTAL_MIN_SIM = 0.15
_READING_MAX_SIM = 0.25
# Budgets that keep a 5,000-statement story bounded: candidates looked at per rebuttal, and
# reports per holder compared pairwise for diverging readings.
_MAX_REBUTTAL_TARGETS = 500
_REBUTTAL_REACH_CHARS = 600
_MAX_READINGS_PER_HOLDER = 60
# The speaker's next report this close after a rebuttal continues it (about two sentences).
_CONTINUATION_GAP_CHARS = 300


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


def across_groups(
    ctx: Context, options: DiscrepancyOptions, embed: Embed | None = None
) -> list[Discrepancy]:
    """Different speakers' claims that cannot all be true."""
    found = list(_rebuttals(ctx, options))
    for g1, g2, _ in neighbours(ctx, ctx.groups, options.max_neighbours):
        found.extend(_opposite_claims(ctx, ctx.groups[g1], ctx.groups[g2], options))
    found.extend(_concept_clashes(ctx, options, embed))
    found.extend(_readings(ctx, options))
    return found


def _concept_clashes(
    ctx: Context, options: DiscrepancyOptions, embed: Embed | None
) -> Iterator[Discrepancy]:
    """Opposite poles of one concept ("killed" / "natural death") from different speakers.

    Reports holding a concept are few, so they are paired directly rather than through the
    word blocking, which misses pairs in two languages; the pair must share vocabulary, the
    article, or (with an embedder) meaning.
    """
    poles: dict[tuple[str, int], list[Report]] = {}
    for r in ctx.reports:
        # "conspiracy theorists' claims that he was murdered": a report that credits the
        # words to others relays their claim rather than making it.
        if r.holders - {r.speaker}:
            continue
        for concept in r.concepts:
            poles.setdefault(concept, []).append(r)
    best: dict[tuple[str, str], tuple[float, Report, Report, str]] = {}
    for (name, sign), positives in sorted(poles.items()):
        if sign != 1:
            continue
        negatives = poles.get((name, -1), [])[:_MAX_POLE_REPORTS]
        positives = positives[:_MAX_POLE_REPORTS]
        # The accounts most reports give: the only partners a report in another script may
        # get (the linker may split one account in two, direct and paraphrased).
        sizes = Counter(b.group for b in negatives)
        main = set(sorted(sizes, key=lambda g: (-sizes[g], g))[:_MAIN_ACCOUNTS])
        cosines = _cosines(embed, positives, negatives)
        for i, a in enumerate(positives):
            # Each report keeps its best partner in each of its few best partner utterances,
            # so the output stays O(reports) and one widely quoted utterance cannot take
            # every place.
            partners: dict[str, tuple[float, Report]] = {}
            for j, b in enumerate(negatives):
                if (
                    a.speaker is None
                    or b.speaker is None
                    or a.speaker == b.speaker
                    or a.group == b.group
                ):
                    continue
                if (name, -1) in a.concepts or (name, 1) in b.concepts:
                    continue
                lexical = max(
                    ctx.similarity(a.stems, b.stems),
                    ctx.similarity(ctx.group_stems(a.group), ctx.group_stems(b.group)),
                )
                meaning = float(cosines[i, j]) if cosines is not None else 0.0
                is_same_article = a.article.id == b.article.id
                # Words in two scripts share no stems, so without an embedder nothing can
                # show the pair is on one topic; the story and the concept's opposite poles
                # stand in for it, at the lowest score, against the main account only.
                is_unmeasurable = a.script != b.script and cosines is None and b.group in main
                if (
                    lexical < _CROSS_GROUP_CONCEPT_SIM
                    and meaning < _CONCEPT_COSINE
                    and not is_same_article
                    and not is_unmeasurable
                ):
                    continue
                score = 0.45 + 0.4 * max(lexical, meaning) + 0.05 * is_same_article
                held = partners.get(b.group)
                if held is None or (score, held[1].id) > (held[0], b.id):
                    partners[b.group] = (score, b)
            # Among equals, the account most outlets carry (the largest group) is the partner.
            ranked = sorted(
                partners.values(), key=lambda x: (-x[0], -len(ctx.groups[x[1].group]), x[1].id)
            )
            for score, b in ranked[:_MAX_PARTNERS]:
                key = (a.group, b.group)
                if key not in best or score > best[key][0]:
                    best[key] = (score, a, b, name)
    for score, a, b, name in best.values():
        text = (
            f"{speaker_name(ctx, a.speaker)} ({outlet(a)}): {quoted(a.content)}; "
            f"{speaker_name(ctx, b.speaker)} ({outlet(b)}): {quoted(b.content)}."
        )
        sides = (
            side(ctx, a, b, _holds_pole(name, 1)),
            side(ctx, b, a, _holds_pole(name, -1)),
        )
        yield build("source_disagreement", sides, text, score, max_side=options.max_side_statements)


def _holds_pole(name: str, sign: int) -> Callable[[Report], bool | None]:
    """Whether a report states this pole of the concept (True), the other (False), or neither."""

    def holds(report: Report) -> bool | None:
        if (name, sign) in report.concepts:
            return True
        return False if (name, -sign) in report.concepts else None

    return holds


def _cosines(embed: Embed | None, left: list[Report], right: list[Report]) -> np.ndarray | None:
    if embed is None or not left or not right:
        return None
    vectors = embed([r.content for r in left] + [r.content for r in right])
    if vectors.shape[0] != len(left) + len(right):
        return None
    result: np.ndarray = vectors[: len(left)] @ vectors[len(left) :].T
    return result


def _opposite_claims(
    ctx: Context, left: tuple[Report, ...], right: tuple[Report, ...], options: DiscrepancyOptions
) -> list[Discrepancy]:
    best: tuple[float, Report, Report] | None = None
    for a in left:
        for b in right:
            if a.speaker is None or b.speaker is None or a.speaker == b.speaker:
                continue
            # Concept clashes are paired in _concept_clashes; here only negation flips.
            if flip(a, b) != "negation":
                continue
            sim = ctx.similarity(a.stems, b.stems)
            if sim < _CROSS_GROUP_FLIP_SIM:
                continue
            score = 0.3 + 0.4 * sim
            if best is None or score > best[0]:
                best = (score, a, b)
    if best is None:
        return []
    score, a, b = best
    text = (
        f"{speaker_name(ctx, a.speaker)} ({outlet(a)}): {quoted(a.content)}; "
        f"{speaker_name(ctx, b.speaker)} ({outlet(b)}): {quoted(b.content)}."
    )
    sides = (side(ctx, a, b), side(ctx, b, a))
    return [build("source_disagreement", sides, text, score, max_side=options.max_side_statements)]


def _rebuttals(ctx: Context, options: DiscrepancyOptions) -> Iterator[Discrepancy]:
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
