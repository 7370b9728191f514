"""Groups labelled source, cue and content spans of one paragraph into attributions.

Cue-centred: each content span and each source span joins one cue, chosen first by syntax (the
cue governs the span within a few dependency steps), then by sentence, then by token distance.
"""

from __future__ import annotations

import bisect
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from typing import Any

from claimtrail.extract.spans import TokenSpan

MAX_HEAD_STEPS = 4  # a cue further up the tree than this is usually another clause's
MAX_CROSS_SENT_SOURCE = 6  # tokens: a source outside the cue's sentence must be this close
MAX_CROSS_SENT_CONTENT = 25  # tokens; on dev 5, 25 and 80 scored within 0.004 of each other
MAX_LINK_TOKENS = 120  # cues further away are never linked; keeps long paragraphs linear


@dataclass(slots=True)
class Group:
    """The spans of one attribution under construction (mutable while linking)."""

    cue: list[TokenSpan] = field(default_factory=list)
    source: list[TokenSpan] = field(default_factory=list)
    content: list[TokenSpan] = field(default_factory=list)


def _governors(doc: Any, span: TokenSpan) -> set[int]:
    """Tokens up to MAX_HEAD_STEPS above the span's top tokens (the span's own excluded)."""
    out: set[int] = set()
    for i in range(span.start, span.end):
        tok = doc[i]
        head = tok.head.i
        if span.start <= head < span.end and head != i:
            continue  # not a top token of the span
        node = tok
        for _ in range(MAX_HEAD_STEPS):
            if node.head.i == node.i:
                break
            node = node.head
            if span.start <= node.i < span.end:
                break
            out.add(node.i)
    return out


def _governed(doc: Any, span: TokenSpan, cue: TokenSpan, governors: set[int]) -> bool:
    """True when a cue token governs the span, or the span holds the cue's head."""
    for i in range(cue.start, cue.end):
        if i in governors:
            return True
        # The reverse also links: content whose top is the head of the cue ("..., he said").
        tok = doc[i]
        if span.start <= tok.head.i < span.end and tok.dep_ != "conj":
            return True
    return False


def _distance(a: TokenSpan, b: TokenSpan) -> int:
    if a.end <= b.start:
        return b.start - a.end
    if b.end <= a.start:
        return a.start - b.end
    return 0


def _best_cue(
    doc: Any,
    span: TokenSpan,
    cues: Sequence[TokenSpan],
    cue_starts: Sequence[int],
    sent_starts: Sequence[int],
    max_cross_sent: int,
) -> int | None:
    """Index of the cue `span` belongs to; only cues within MAX_LINK_TOKENS are looked at."""
    best: tuple[int, int] | None = None
    best_index: int | None = None
    span_sents = {sent_starts[span.start], sent_starts[span.end - 1]}
    governors = _governors(doc, span)
    first = bisect.bisect_left(cue_starts, span.start - MAX_LINK_TOKENS)
    last = bisect.bisect_right(cue_starts, span.end + MAX_LINK_TOKENS)
    for index in range(first, last):
        cue = cues[index]
        distance = _distance(span, cue)
        if _governed(doc, span, cue, governors):
            tier = 0
        elif sent_starts[cue.start] in span_sents:
            tier = 1
        elif distance <= max_cross_sent:
            tier = 2
        else:
            continue
        key = (tier, distance)
        if best is None or key < best:
            best, best_index = key, index
    return best_index


def link(
    doc: Any,
    spans: Sequence[TokenSpan],
    sent_starts: Sequence[int],
    cue_lemmas: Collection[str] = frozenset(),
) -> list[Group]:
    """Attributions of one paragraph: every cue with content, plus content with no cue.

    `spans` are in text order; `sent_starts` comes from `features.sentence_starts(doc)`.
    Content the CRF left without a cue gets the nearest governing word in `cue_lemmas`.
    """
    cues = [s for s in spans if s.role == "cue"]
    cue_starts = [c.start for c in cues]
    groups = [Group(cue=[c]) for c in cues]
    orphans: list[Group] = []
    for span in spans:
        if span.role == "content":
            index = _best_cue(doc, span, cues, cue_starts, sent_starts, MAX_CROSS_SENT_CONTENT)
            if index is None:
                orphans.append(Group(content=[span]))
            else:
                groups[index].content.append(span)
    for span in spans:
        if span.role == "source":
            index = _best_cue(doc, span, cues, cue_starts, sent_starts, MAX_CROSS_SENT_SOURCE)
            if index is not None:
                groups[index].source.append(span)
            else:
                _attach_to_orphan(span, orphans, sent_starts)
    if orphans and cue_lemmas:
        labelled = {i for span in spans for i in range(span.start, span.end)}
        for group in orphans:
            group.cue.extend(_governing_cue(doc, group.content[0], cue_lemmas, labelled))
    kept = [g for g in groups if g.content] + [g for g in orphans if g.cue]
    orphans = [g for g in orphans if not g.cue]
    for k, group in enumerate(kept):
        if not group.source:
            nearby = kept[max(0, k - 8) : k + 8]
            group.source.extend(_shared_source(doc, group, nearby, sent_starts))
    return kept + orphans


def _governing_cue(
    doc: Any, content: TokenSpan, cue_lemmas: Collection[str], labelled: set[int]
) -> list[TokenSpan]:
    for i in sorted(_governors(doc, content), key=lambda i: abs(i - content.start)):
        if i not in labelled and doc[i].lemma_.lower() in cue_lemmas:
            return [TokenSpan("cue", i, i + 1)]
    return []


def _shared_source(
    doc: Any, group: Group, groups: Sequence[Group], sent_starts: Sequence[int]
) -> list[TokenSpan]:
    """A source for a cue the CRF left without one.

    PolNeAR lets one source serve several cues ("Trump said ..., arguing ..."): 6% of train
    source spans do. Failing that, the cue's grammatical subject or agent is the source.
    """
    cue = group.cue[0]
    sent = sent_starts[cue.start]
    taken = {(s.start, s.end) for g in groups for s in g.content}
    candidates = [
        s
        for g in groups
        if g is not group
        for s in g.source
        if sent_starts[s.start] == sent and s.end <= cue.start
    ]
    if candidates:
        return [max(candidates, key=lambda s: s.end)]
    for i in range(cue.start, cue.end):
        for child in doc[i].children:
            if child.dep_ == "nsubj" or child.dep_ == "agent":
                node = child
                if child.dep_ == "agent":
                    objects = [c for c in child.children if c.dep_ == "pobj"]
                    if not objects:
                        continue
                    node = objects[0]
                span = TokenSpan("source", node.left_edge.i, node.right_edge.i + 1)
                if not any(start <= span.start < end for start, end in taken):
                    return [span]
    return []


def _attach_to_orphan(span: TokenSpan, orphans: list[Group], sent_starts: Sequence[int]) -> None:
    sent = sent_starts[span.start]
    for group in orphans:
        if not group.source and sent_starts[group.content[0].start] == sent:
            group.source.append(span)
            return
