"""source_disagreement across groups: two speakers' opposite claims on one proposition.

Opposite poles of one concept ("killed" / "natural death"), or a negation flip between two
utterances that share vocabulary. A report that credits its words to someone else ("critics
claim he was murdered") relays a claim and takes no side.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator

import numpy as np

from claimtrail.discrepancies.evidence import build, outlet, quoted, side, speaker_name
from claimtrail.discrepancies.inputs import DiscrepancyOptions, Embed
from claimtrail.discrepancies.polarity import flip
from claimtrail.discrepancies.reports import Context, Report
from claimtrail.model import Discrepancy

# Measured on the dev corpora, like the negation threshold within one group: the weighted
# vocabulary two utterances must share for a negation flip or a concept clash between them.
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


def concept_clashes(
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


def opposite_claims(
    ctx: Context, left: tuple[Report, ...], right: tuple[Report, ...], options: DiscrepancyOptions
) -> list[Discrepancy]:
    """The likeliest negation flip between two speakers' utterances in neighbouring groups."""
    best: tuple[float, Report, Report] | None = None
    for a in left:
        for b in right:
            if a.speaker is None or b.speaker is None or a.speaker == b.speaker:
                continue
            # Concept clashes are paired in concept_clashes; here only negation flips.
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
