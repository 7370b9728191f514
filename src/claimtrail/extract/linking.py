"""Groups labelled source, cue and content spans of one paragraph into attributions.

Cue-centred: each content span and each source span joins one cue, chosen first by syntax (the
cue governs the span within a few dependency steps), then by sentence, then by token distance.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from claimtrail.extract.spans import TokenSpan

MAX_HEAD_STEPS = 4  # a cue further up the tree than this is usually another clause's
MAX_CROSS_SENT_SOURCE = 6  # tokens: a source outside the cue's sentence must be this close
MAX_CROSS_SENT_CONTENT = 80  # tokens: "he said:" followed by a quote of a few sentences


@dataclass(slots=True)
class Group:
    """The spans of one attribution under construction (mutable while linking)."""

    cue: list[TokenSpan] = field(default_factory=list)
    source: list[TokenSpan] = field(default_factory=list)
    content: list[TokenSpan] = field(default_factory=list)


def _governed(doc: Any, span: TokenSpan, cue: TokenSpan) -> bool:
    """True when a cue token is an ancestor (within a few steps) of the span's top token."""
    cue_ids = range(cue.start, cue.end)
    for i in range(span.start, span.end):
        tok = doc[i]
        if span.start <= tok.head.i < span.end and tok.head.i != i:
            continue  # not a top token of the span
        node = tok
        for _ in range(MAX_HEAD_STEPS):
            if node.head.i == node.i:
                break
            node = node.head
            if node.i in cue_ids:
                return True
            if span.start <= node.i < span.end:
                break
    # The reverse also links: content whose top is the head of the cue ("..., he said").
    for i in cue_ids:
        head = doc[i].head
        if span.start <= head.i < span.end and doc[i].dep_ not in {"conj"}:
            return True
    return False


def _distance(a: TokenSpan, b: TokenSpan) -> int:
    if a.end <= b.start:
        return b.start - a.end
    if b.end <= a.start:
        return a.start - b.end
    return 0


def _best_cue(
    doc: Any, span: TokenSpan, cues: Sequence[TokenSpan], max_cross_sent: int
) -> int | None:
    best: tuple[int, int] | None = None
    best_index: int | None = None
    sent_start = doc[span.start].sent.start
    for index, cue in enumerate(cues):
        distance = _distance(span, cue)
        if _governed(doc, span, cue):
            tier = 0
        elif doc[cue.start].sent.start == sent_start or doc[span.end - 1].sent.start == (
            doc[cue.start].sent.start
        ):
            tier = 1
        elif distance <= max_cross_sent:
            tier = 2
        else:
            continue
        key = (tier, distance)
        if best is None or key < best:
            best, best_index = key, index
    return best_index


def link(doc: Any, spans: Sequence[TokenSpan]) -> list[Group]:
    """Attributions of one paragraph: every cue with content, plus content with no cue."""
    cues = [s for s in spans if s.role == "cue"]
    groups = [Group(cue=[c]) for c in cues]
    orphans: list[Group] = []
    for span in spans:
        if span.role == "content":
            index = _best_cue(doc, span, cues, MAX_CROSS_SENT_CONTENT)
            if index is None:
                orphans.append(Group(content=[span]))
            else:
                groups[index].content.append(span)
    for span in spans:
        if span.role == "source":
            index = _best_cue(doc, span, cues, MAX_CROSS_SENT_SOURCE)
            if index is not None:
                groups[index].source.append(span)
            else:
                _attach_to_orphan(doc, span, orphans)
    kept = [g for g in groups if g.content]
    for group in kept:
        if not group.source:
            group.source.extend(_shared_source(doc, group, kept))
    return kept + orphans


def _shared_source(doc: Any, group: Group, groups: Sequence[Group]) -> list[TokenSpan]:
    """A source for a cue the CRF left without one.

    PolNeAR lets one source serve several cues ("Trump said ..., arguing ..."): 6% of train
    source spans do. Failing that, the cue's grammatical subject or agent is the source.
    """
    cue = group.cue[0]
    sent = doc[cue.start].sent
    taken = {(s.start, s.end) for g in groups for s in g.content}
    candidates = [
        s
        for g in groups
        if g is not group
        for s in g.source
        if doc[s.start].sent.start == sent.start and s.end <= cue.start
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


def _attach_to_orphan(doc: Any, span: TokenSpan, orphans: list[Group]) -> None:
    sent = doc[span.start].sent.start
    for group in orphans:
        if not group.source and doc[group.content[0].start].sent.start == sent:
            group.source.append(span)
            return
