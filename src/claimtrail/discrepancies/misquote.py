"""attribution_mismatch: words or views credited to someone their own words do not support.

Three signals: a speaker tells what another person thinks or said ("Lukashenko sees absolute
senselessness") in words that person's own statements in the story never use; one utterance
credited to different speakers by different outlets; and the same quote credited to different
channels (one outlet names one agency, another a different one).
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

from claimtrail.discrepancies.evidence import (
    build,
    outlet,
    quoted,
    span_evidence,
    speaker_name,
    utterance_label,
)
from claimtrail.discrepancies.inputs import DiscrepancyOptions, Embed
from claimtrail.discrepancies.lexicon import matcher
from claimtrail.discrepancies.reports import Context, Report, stems_of
from claimtrail.model import Discrepancy

# Share of the paraphrase's weighted key stems found in the holder's own words at or below
# which the paraphrase counts as unsupported.
_MAX_SUPPORT = 0.5
# Cosine between a paraphrase and the holder's closest own statement above which the
# embedder says the paraphrase is supported (multilingual USE, same-meaning pairs ~0.6+).
_EMBEDDED_SUPPORT_COSINE = 0.55

_QUESTION_OPENING_CHARS = 25
# Weighted stem overlap at or above which two reports carry the same words, so that crediting
# them to two speakers is a misattribution, not two people saying similar things.
_SAME_WORDS_SIM = 0.6
# A holder's own statements looked at per paraphrase: a bound for stories of thousands.
_MAX_OWN_REPORTS = 500
_PUNCTUATION = ".,;:!?«»“”\"'()"


def _name_stems(ctx: Context, entity_ids: frozenset[str]) -> frozenset[str]:
    names: list[str] = []
    for entity_id in entity_ids:
        entity = ctx.data.entities.get(entity_id)
        if entity is not None:
            names.extend([entity.name, *entity.aliases])
    return stems_of(" ".join(names))


def _key_stems(ctx: Context, report: Report) -> frozenset[str]:
    """What the paraphrase says, without who says it and the verb that says so."""
    language = report.article.language
    folded = report.content.casefold()
    verbs = " ".join(
        m.group()
        for table in ("view_verbs", "speech_verbs")
        for m in matcher(table, language).finditer(folded)
    )
    return report.stems - _name_stems(ctx, report.mentions) - stems_of(verbs)


def _is_opinion(report: Report) -> bool:
    """True when the cue credits a view ("X sees", "he considers"), not words X said."""
    text = report.article.text
    cue = " ".join(s.text_of(text) for s in report.statement.attribution.cue).casefold()
    return bool(cue) and matcher("opinion_verbs", report.article.language).search(cue) is not None


def _holders(ctx: Context, report: Report) -> list[str]:
    """Who the report credits with a view: people named as holders in the content, and the
    source itself when the cue is an opinion verb ("Lukashenko sees absolute senselessness").

    The source must be named: a pronoun ("he sees") inside someone else's quote is too often
    resolved to the quoting speaker, who would then be charged with misreading himself.
    """
    holders = set(report.view_holders)
    speaker = report.speaker
    if speaker is not None and _is_opinion(report):
        text = report.article.text
        source = " ".join(s.text_of(text) for s in report.statement.attribution.source)
        if stems_of(source) & _name_stems(ctx, frozenset([speaker])):
            holders.add(speaker)
    return sorted(holders)


def _own_reports(ctx: Context, holder: str, paraphrase: Report) -> list[Report]:
    """The holder's own statements the paraphrase could describe: one per utterance, most
    similar first, then the other reports of those utterances. Views credited to the holder
    ("he considers ...") are not the holder's words, so they are left out."""
    said_on = paraphrase.statement.said_on
    own = [
        r
        for r in ctx.by_speaker.get(holder, ())[:_MAX_OWN_REPORTS]
        if r.group != paraphrase.group
        and not (said_on and r.statement.said_on and r.statement.said_on > said_on)
        and not _is_opinion(r)
    ]
    own.sort(key=lambda r: (-ctx.similarity(paraphrase.stems, r.stems), r.id))
    # One report per utterance: the holder's own words are best shown by a direct quote,
    # and read best beside the paraphrase in its language.
    chosen: dict[str, Report] = {}
    for r in own:
        held = chosen.get(r.group)
        if held is None or _as_own_words(r, paraphrase) > _as_own_words(held, paraphrase):
            chosen[r.group] = r
    # Then the other reports of those utterances (the cap on a side cuts from the end).
    firsts = [r for r in own if chosen.get(r.group) is r]
    return firsts + [r for r in own if chosen.get(r.group) is not r]


def _as_own_words(report: Report, paraphrase: Report) -> tuple[bool, bool]:
    return (
        report.article.language == paraphrase.article.language,
        report.statement.attribution.kind == "direct",
    )


def _lexical_support(ctx: Context, key: frozenset[str], own: list[Report]) -> float:
    own_stems = frozenset().union(*(ctx.group_stems(r.group) for r in own))
    total = sum(ctx.weights.get(s, 0.0) for s in key)
    if total <= 0:
        return 1.0
    return sum(ctx.weights.get(s, 0.0) for s in key & own_stems) / total


def _languages(ctx: Context, own: list[Report]) -> set[str | None]:
    return {m.article.language for r in own for m in ctx.groups[r.group]}


def paraphrases(
    ctx: Context, options: DiscrepancyOptions, embed: Embed | None
) -> Iterator[Discrepancy]:
    for p in ctx.reports:
        for holder in _holders(ctx, p):
            own = _own_reports(ctx, holder, p)
            if not own:
                continue
            key = _key_stems(ctx, p)
            if len(key) < 2:
                continue
            is_same_language = p.article.language in _languages(ctx, own)
            if is_same_language:
                support = _lexical_support(ctx, key, own)
            elif embed is not None:
                vectors = embed([p.content] + [r.content for r in own])
                cosine = float(np.max(vectors[1:] @ vectors[0]))
                support = min(1.0, max(0.0, cosine / _EMBEDDED_SUPPORT_COSINE * _MAX_SUPPORT))
            else:
                continue  # words in another language cannot be checked word by word
            if support > _MAX_SUPPORT:
                continue
            # Less support and a longer paraphrase (more words that could have matched) make
            # the mismatch surer.
            score = 0.45 + 0.45 * (1 - support) * (0.6 + 0.4 * min(1.0, len(key) / 6))
            side_p = [p] + [
                m for m in ctx.groups[p.group] if m is not p and holder in _holders(ctx, m)
            ]
            missing = sorted(key - frozenset().union(*(ctx.group_stems(r.group) for r in own)))
            words = [w.strip(_PUNCTUATION) for w in p.content.split() if stems_of(w) & set(missing)]
            detail = f" (“{' '.join(words[:3])}” never appears there)" if words else ""
            crediting = (
                outlet(p)
                if p.speaker == holder
                else f"{speaker_name(ctx, p.speaker)} ({outlet(p)})"
            )
            text = (
                f"{crediting} says {speaker_name(ctx, holder)} holds that {quoted(p.content)}, "
                f"but {speaker_name(ctx, holder)}'s own reported words do not say so{detail}."
            )
            yield build(
                "attribution_mismatch",
                (side_p, own),
                text,
                score,
                max_side=options.max_side_statements,
            )


def _source_text(report: Report) -> str:
    text = report.article.text
    return " ".join(
        s.text_of(text) for s in report.statement.attribution.source if s.end <= len(text)
    )


def _qualified_titles(source: str, language: str | None) -> set[str]:
    """Title words right after a rank qualifier: {"governor"} for "Deputy Governor"."""
    folded = source.casefold()
    titles = set()
    for m in matcher("rank_qualifiers", language).finditer(folded):
        following = folded[m.end() :].replace("-", " ").split()
        if following:
            titles.add(following[0].strip(_PUNCTUATION))
    return titles


def promoted_titles(ctx: Context, options: DiscrepancyOptions) -> Iterator[Discrepancy]:
    """One utterance credited to "the Governor" where another report names the Deputy Governor.

    The two reports may be renderings of one utterance (a group) or one article's statements
    of one speaker: an article that names the Deputy Governor and then quotes "the Governor"
    promotes her, whether or not the linker took the two quotes for one utterance.
    """
    in_article: dict[str, list[Report]] = {}
    for r in ctx.reports:
        if r.speaker is not None:
            in_article.setdefault(r.article.id, []).append(r)
    for members in [*ctx.groups.values(), *in_article.values()]:
        sources = [(r, _source_text(r)) for r in members]
        for qualified, q_source in sources:
            titles = _qualified_titles(q_source, qualified.article.language)
            if not titles:
                continue
            for bare, b_source in sources:
                if bare.speaker != qualified.speaker or not b_source:
                    continue
                words = {
                    w.strip(_PUNCTUATION) for w in b_source.casefold().replace("-", " ").split()
                }
                if not (titles & words) or _qualified_titles(b_source, bare.article.language):
                    continue
                text = (
                    f"{outlet(bare)} credits {quoted(bare.content, 60)} to “{b_source}”, while "
                    f"{outlet(qualified)} names the speaker “{q_source}”."
                )
                extra = [
                    span_evidence(r, s)
                    for r in (bare, qualified)
                    for s in r.statement.attribution.source
                ]
                yield build(
                    "attribution_mismatch",
                    ([bare], [qualified]),
                    text,
                    0.6,
                    extra,
                    options.max_side_statements,
                )
                break


def _is_question(report: Report) -> bool:
    """True when the content opens as a question ("Journalist's question: ..."); a question
    mentioned further on ("answering another part of the question") is the speaker's own."""
    found = matcher("question_markers", report.article.language).search(report.content.casefold())
    return found is not None and found.start() <= _QUESTION_OPENING_CHARS


def questions_as_claims(ctx: Context, options: DiscrepancyOptions) -> Iterator[Discrepancy]:
    """Words one outlet shows as a question put to the speaker, another as the speaker's claim."""
    for members in ctx.groups.values():
        asked = [r for r in members if _is_question(r)]
        claimed = [r for r in members if not _is_question(r)]
        pair = next(((a, c) for a in asked for c in claimed if a.article.id != c.article.id), None)
        if pair is None:
            continue
        a, c = pair
        text = (
            f"{outlet(c)} gives {quoted(c.content, 60)} as {speaker_name(ctx, c.speaker)}'s own "
            f"words; {outlet(a)} shows them as a question put to {speaker_name(ctx, a.speaker)}: "
            f"{quoted(a.content, 60)}."
        )
        sides = ([c, *(r for r in claimed if r is not c)], [a, *(r for r in asked if r is not a)])
        yield build("attribution_mismatch", sides, text, 0.6, max_side=options.max_side_statements)


def _who(ctx: Context, entity_id: str | None) -> str | None:
    """An entity's comparable name: two ids that the resolver left apart but that carry one
    name ("The agency", "The agency") are one source, not a misattribution."""
    if entity_id is None:
        return None
    entity = ctx.data.entities.get(entity_id)
    return " ".join(entity.name.casefold().split()) if entity else entity_id


def _same_name(a: str | None, b: str | None) -> bool:
    """True when two comparable names are one source: equal, or one the other's surname part
    ("bruni" in "matteo bruni"), as the resolver leaves a short and a full mention apart."""
    if a is None or b is None:
        return a == b
    words_a, words_b = set(a.split()), set(b.split())
    return words_a <= words_b or words_b <= words_a


def _names_speaker(ctx: Context, report: Report) -> bool:
    """True when the report's source names its speaker ("Kuleba said"), not "he" or "who"."""
    if report.speaker is None:
        return False
    text = report.article.text
    source = " ".join(s.text_of(text) for s in report.statement.attribution.source)
    return bool(stems_of(source) & _name_stems(ctx, frozenset([report.speaker])))


def _credited_pair(ctx: Context, members: tuple[Report, ...]) -> tuple[Report, Report] | None:
    """Two reports in different articles that carry the same words and name different speakers.

    A group may hold a report whose speaker the resolver got wrong (linking only penalises a
    speaker clash), so the words must match closely and both sources must name the speaker.
    """
    named = [r for r in members if _who(ctx, r.speaker) and _names_speaker(ctx, r)]
    best: tuple[float, Report, Report] | None = None
    for i, a in enumerate(named):
        for b in named[i + 1 :]:
            if a.article.id == b.article.id or _same_name(
                _who(ctx, a.speaker), _who(ctx, b.speaker)
            ):
                continue
            sim = ctx.similarity(a.stems, b.stems)
            if sim >= _SAME_WORDS_SIM and (best is None or sim > best[0]):
                best = (sim, a, b)
    return None if best is None else (best[1], best[2])


def credited_differently(ctx: Context, options: DiscrepancyOptions) -> Iterator[Discrepancy]:
    """One utterance, two speakers or two channels, depending on the outlet."""
    for members in ctx.groups.values():
        pair = _credited_pair(ctx, members)
        if pair is not None:
            a, b = pair
            side_a = [
                a,
                *(
                    r
                    for r in members
                    if r is not a and _same_name(_who(ctx, r.speaker), _who(ctx, a.speaker))
                ),
            ]
            side_b = [
                b,
                *(
                    r
                    for r in members
                    if r is not b and _same_name(_who(ctx, r.speaker), _who(ctx, b.speaker))
                ),
            ]
            text = (
                f"{outlet(a)} credits {quoted(a.content)} to {speaker_name(ctx, a.speaker)}; "
                f"{outlet(b)} credits the same words to {speaker_name(ctx, b.speaker)}."
            )
            yield build(
                "attribution_mismatch",
                (side_a, side_b),
                text,
                0.6,
                max_side=options.max_side_statements,
            )
        channels = sorted({w for r in members if (w := _who(ctx, r.statement.via_id))})
        if len(channels) >= 2 and not all(_same_name(channels[0], c) for c in channels[1:]):
            # Each outlet names one channel; the first channel's reports against all others.
            first = channels[0]
            side_a = [r for r in members if _same_name(_who(ctx, r.statement.via_id), first)]
            others = [
                r
                for r in members
                if (w := _who(ctx, r.statement.via_id)) is not None and not _same_name(w, first)
            ]
            if not others:
                continue
            a = side_a[0]
            other = next((r for r in others if r.article.id != a.article.id), None)
            if other is None:
                continue
            text = (
                f"{outlet(a)} has the quote via {speaker_name(ctx, a.statement.via_id)}; "
                f"{outlet(other)} has it via {speaker_name(ctx, other.statement.via_id)} "
                f"({utterance_label(ctx, a)})."
            )
            yield build(
                "attribution_mismatch",
                (side_a, [other, *others]),
                text,
                0.55,
                max_side=options.max_side_statements,
            )
