"""Groups labelled source, cue and content spans of one paragraph into attributions.

Cue-centred: each content span and each source span joins one cue, chosen first by syntax (the
cue governs the span within a few dependency steps), then by sentence, then by token distance.
The parse then repairs what the CRF left incomplete: a cue with no content gets its clause, a
cue with no source the subject it shares, and a source cut inside its phrase the whole phrase.
"""

from __future__ import annotations

import bisect
from collections.abc import Collection, Sequence
from itertools import pairwise
from typing import Any

from claimtrail.extract.complements import parsed_content
from claimtrail.extract.cuespans import verb_group
from claimtrail.extract.features import CLOSING_QUOTES, OPENING_QUOTES
from claimtrail.extract.groups import Group
from claimtrail.extract.nesting import absorb_into_according, absorb_nested
from claimtrail.extract.spans import TokenSpan, top_tokens

MAX_HEAD_STEPS = 4  # a cue further up the tree than this is usually another clause's
MAX_CROSS_SENT_SOURCE = 6  # tokens: a source outside the cue's sentence must be this close
MAX_CROSS_SENT_CONTENT = 25  # tokens; on dev 5, 25 and 80 scored within 0.004 of each other
QUOTE_MARKS = frozenset('"“”„«»‘’‚‹›')
NO_CROSS_SENT = -1  # no distance is this small: the span must share the cue's sentence
MAX_LINK_TOKENS = 120  # cues further away are never linked; keeps long paragraphs linear
MAX_CONTROL_STEPS = 3  # verbs climbed to find the subject a participle or infinitive cue shares
CONTROL_DEPS = frozenset({"advcl", "xcomp", "conj", "pcomp"})
_OWN_SUBJECT = frozenset({"nsubj"})
# A passive governor's surface subject controls its participles: "he was fined for refusing".
_SHARED_SUBJECT = frozenset({"nsubj", "nsubjpass"})


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


def _descends(tok: Any, ancestor: Any) -> bool:
    """True when `ancestor` is above `tok` in the tree."""
    node = tok
    while node.head.i != node.i:
        node = node.head
        if node.i == ancestor.i:
            return True
    return False


def _cross_sent_limit(doc: Any, span: TokenSpan, quoted: Collection[int]) -> int:
    """How far content may lie from a cue in another sentence: only quotations run on.

    Reported speech is a clause of its cue's sentence; a quotation may run over several
    sentences after "he said:". Unquoted content in another sentence is mostly a stray
    clause: refusing it that link raised dev attr F1 by 0.005 (0.004 and 0.005 on halves).
    Single marks (‘...’) are not in `quoted` (’ is also the apostrophe), so a span opening
    or closing with any quote mark counts as quoted too.
    """
    edges = doc[span.start].text[:1] + doc[span.end - 1].text[-1:]
    if any(c in QUOTE_MARKS for c in edges) or any(
        i in quoted for i in range(span.start, span.end)
    ):
        return MAX_CROSS_SENT_CONTENT
    return NO_CROSS_SENT


def _content_cues(
    doc: Any,
    span: TokenSpan,
    cues: Sequence[TokenSpan],
    cue_starts: Sequence[int],
    sent_starts: Sequence[int],
    quoted: Collection[int],
) -> list[tuple[TokenSpan, int | None]]:
    """The content span with its cue, or its sentences with theirs when they report to two.

    The CRF sometimes runs one content span over two reported sentences ("Y expected X.
    Shipments fell, he said."); each sentence then goes to the cue that governs it.
    """
    limit = _cross_sent_limit(doc, span, quoted)
    whole = _best_cue(doc, span, cues, cue_starts, sent_starts, limit)
    cuts = [i for i in range(span.start + 1, span.end) if sent_starts[i] == i]
    if not cuts:
        return [(span, whole)]
    bounds = [span.start, *cuts, span.end]
    pieces = [TokenSpan(span.role, a, b, span.score) for a, b in pairwise(bounds)]
    indices = [
        _best_cue(doc, p, cues, cue_starts, sent_starts, _cross_sent_limit(doc, p, quoted))
        for p in pieces
    ]
    if len({i for i in indices if i is not None}) < 2:
        return [(span, whole)]
    out: list[tuple[TokenSpan, int | None]] = []
    for piece, index in zip(pieces, indices, strict=True):
        if out and (index is None or index == out[-1][1]):
            last, last_index = out[-1]
            out[-1] = (TokenSpan(span.role, last.start, piece.end, span.score), last_index)
        else:
            out.append((piece, index))
    return out


def link(
    doc: Any,
    spans: Sequence[TokenSpan],
    sent_starts: Sequence[int],
    cue_lemmas: Collection[str] = frozenset(),
    quoted: Collection[int] = frozenset(),
) -> list[Group]:
    """Attributions of one paragraph: every cue with content, plus content with no cue.

    `spans` are in text order; `sent_starts` comes from `features.sentence_starts(doc)`;
    `quoted` holds the tokens inside quote marks. Content the CRF left without a cue gets
    the nearest governing word in `cue_lemmas`; a cue the CRF left without content gets its
    complement clause from the parse.
    """
    spans = _split_quoted_sources(doc, spans)
    cues = [s for s in spans if s.role == "cue"]
    cue_starts = [c.start for c in cues]
    groups = [Group(cue=[c]) for c in cues]
    orphans: list[Group] = []
    for span in spans:
        if span.role == "content":
            for piece, index in _content_cues(doc, span, cues, cue_starts, sent_starts, quoted):
                if index is None:
                    orphans.append(Group(content=[piece]))
                else:
                    groups[index].content.append(piece)
    for span in spans:
        if span.role == "source":
            index = _best_cue(doc, span, cues, cue_starts, sent_starts, MAX_CROSS_SENT_SOURCE)
            if index is not None:
                groups[index].source.append(span)
            else:
                _attach_to_orphan(span, orphans, sent_starts)
    labelled = {i for span in spans for i in range(span.start, span.end)}
    for group in groups:
        if not group.content:
            group.content.extend(parsed_content(doc, group.cue[0], labelled))
            labelled.update(i for span in group.content for i in range(span.start, span.end))
    for group in groups:
        if not group.content and group.cue:
            absorb_nested(doc, group, [*groups, *orphans])
            labelled.update(i for span in group.content for i in range(span.start, span.end))
    for group in groups:
        if group.cue:
            absorb_into_according(doc, group, [*groups, *orphans], cue_lemmas)
    orphans = [g for g in orphans if g.content]  # absorbed ones are empty
    if orphans and cue_lemmas:
        for group in orphans:
            group.cue.extend(_governing_cue(doc, group.content[0], cue_lemmas, labelled))
    kept = [g for g in groups if g.content] + [g for g in orphans if g.cue]
    for group in kept:
        group.cue[:] = [verb_group(doc, c, labelled) for c in group.cue]
    orphans = [g for g in orphans if not g.cue]
    for k, group in enumerate(kept):
        if not group.source:
            nearby = kept[max(0, k - 8) : k + 8]
            group.source.extend(_shared_source(doc, group, nearby, sent_starts))
        elif group.cue:
            nearest = _nearest_source(group.source, group.cue[0])
            group.source[:] = [_grow_source(doc, nearest, group.cue[0], labelled)]
    return kept + orphans


def _split_quoted_sources(doc: Any, spans: Sequence[TokenSpan]) -> list[TokenSpan]:
    """Source spans cut after a quotation's closing mark, the part before becoming content.

    Before "said X" the CRF sometimes runs the source back over the end of the quotation
    ("Full panic mode,” said Leslie Wimes"); no PolNeAR source holds a closing mark and words
    after it.
    """
    out: list[TokenSpan] = []
    for span in spans:
        closing = [i for i in range(span.start, span.end) if _closes_quote(doc, i)]
        # A mark closing a title the span opened ("the “Growth Project” authors") stays.
        if span.role != "source" or not closing or _opens_quote_before(doc, span, closing[0]):
            out.append(span)
            continue
        cut = closing[0] + 1
        out.append(TokenSpan("content", span.start, cut, span.score))
        if cut < span.end:
            out.append(TokenSpan("source", cut, span.end, span.score))
    return out


def _opens_quote_before(doc: Any, span: TokenSpan, end: int) -> bool:
    return any(doc[i].text in OPENING_QUOTES | {'"'} for i in range(span.start, end))


def _closes_quote(doc: Any, i: int) -> bool:
    """A closing mark, or a straight one right after punctuation ("...," he said)."""
    text = doc[i].text
    return text in CLOSING_QUOTES or (text == '"' and i > 0 and doc[i - 1].is_punct)


def _nearest_source(sources: Sequence[TokenSpan], cue: TokenSpan) -> TokenSpan:
    """The source span nearest the cue; on a tie the one before it, where English puts it.

    PolNeAR gives an attribution one source span (no train attribution has two); when the
    CRF links two to one cue, the other is mostly a stray phrase ("African-Americans" before
    "..., he said"). On dev, keeping one raised source token F1 by 0.004.
    """
    return min(sources, key=lambda s: (_distance(s, cue), s.start))


def _grow_source(doc: Any, source: TokenSpan, cue: TokenSpan, labelled: set[int]) -> TokenSpan:
    """The source span grown to the end of the cue's subject phrase when it holds its head.

    The CRF often stops inside a long appositive ("Tim Hess, a developer in Virginia who
    introduced ...": PolNeAR marks it all). Cutting spans to the parse lost more than it
    gained (dev +0.001 source token F1, train slice -0.02), so spans only grow.
    """
    subject = controlling_subject(doc, cue)
    if subject is None or not source.start <= subject.i < source.end:
        return source
    # Only a phrase the span cuts is completed: ending at a phrase boundary ("Joseph" before
    # ", who has four children") is where annotators disagree, so that span is kept.
    cut = [
        doc[i].right_edge.i + 1
        for i in range(source.start, source.end)
        if i != subject.i and doc[i].right_edge.i >= source.end and _descends(doc[i], subject)
    ]
    end = max(cut, default=source.end)
    if end <= source.end or (source.start < cue.end and cue.start < end):
        return source
    if any(i in labelled for i in range(source.end, end)):
        return source
    return TokenSpan(source.role, source.start, end, source.score)


def _governing_cue(
    doc: Any, content: TokenSpan, cue_lemmas: Collection[str], labelled: set[int]
) -> list[TokenSpan]:
    for i in sorted(_governors(doc, content), key=lambda i: abs(i - content.start)):
        if i in labelled or doc[i].lemma_.lower() not in cue_lemmas:
            continue
        if _breaks_between(doc, min(i, content.start), max(i + 1, content.end)):
            continue  # the parse ran over a paragraph break: that verb is another paragraph's
        return [TokenSpan("cue", i, i + 1)]
    return []


def _breaks_between(doc: Any, start: int, end: int) -> bool:
    """True when a paragraph break (a newline) lies inside tokens [start, end)."""
    return any("\n" in doc[i].text or "\n" in doc[i].whitespace_ for i in range(start, end - 1))


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
    subject = controlling_subject(doc, cue)
    if subject is None:
        return []
    span = TokenSpan("source", subject.left_edge.i, subject.right_edge.i + 1)
    if any(start <= span.start < end for start, end in taken):
        return []
    return [span]


def _subject_of(tok: Any, deps: Collection[str]) -> Any | None:
    """The subject (or the agent's object, "was criticised by X") of a verb, or None."""
    for child in tok.children:
        if child.dep_ in deps:
            return child
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def controlling_subject(doc: Any, cue: TokenSpan) -> Any | None:
    """The cue's own subject, else the subject it shares with the verb it hangs from.

    A participle or infinitive cue has no subject of its own: in "Trump spoke, promising ...",
    "he was fined for refusing to ..." or "she arrived and voted against ..." the speaker is
    the subject of the governing verb, reached through advcl, xcomp, conj or a preposition.
    """
    for i in range(cue.start, cue.end):
        found = _subject_of(doc[i], _OWN_SUBJECT)
        if found is not None:
            return found
    tops = top_tokens(doc, cue)
    if not tops:
        return None
    node = tops[0]
    for _ in range(MAX_CONTROL_STEPS):
        if node.dep_ not in CONTROL_DEPS or node.head.i == node.i:
            return None
        node = node.head
        if node.dep_ == "prep" and node.head.i != node.i:
            node = node.head  # "for refusing", "by saying": the preposition hangs from the verb
        found = _subject_of(node, _SHARED_SUBJECT)
        if found is not None:
            return found
    return None


def _attach_to_orphan(span: TokenSpan, orphans: list[Group], sent_starts: Sequence[int]) -> None:
    sent = sent_starts[span.start]
    for group in orphans:
        if not group.source and sent_starts[group.content[0].start] == sent:
            group.source.append(span)
            return
