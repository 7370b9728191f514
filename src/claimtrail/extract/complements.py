"""Content read off the parse for a cue the CRF labelled without any content.

The CRF sometimes finds the cue ("said", "according to") but leaves the words reported
unlabelled; the dependency tree still shows them: the cue's clausal or object complement,
or, for a parenthetical "..., he said" or "according to X", the clause the cue hangs from.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

from claimtrail.extract.spans import TokenSpan, top_tokens

COMPLEMENT_DEPS = ("ccomp", "xcomp", "dobj")  # in order of preference
# A cue attached to its clause like this reports that clause: "..., he said", "..., it added".
PARENTHETICAL_DEPS = frozenset({"parataxis", "advcl"})
MIN_CONTENT_WORDS = 2  # a lone pronoun or particle object is more often noise than content
CONTENT_SCORE = 0.5  # confidence of parse-read content (no CRF marginal exists)


def content_options(doc: Any, cue: TokenSpan) -> list[list[TokenSpan]]:
    """Readings of the cue's content off the parse, most likely first (each: its spans)."""
    tops = top_tokens(doc, cue)
    if not tops:
        return []
    head = tops[0]
    options: list[list[TokenSpan]] = []
    for dep in COMPLEMENT_DEPS:
        for child in head.children:
            if child.dep_ == dep:
                span = _clean(doc, child.left_edge.i, child.right_edge.i + 1, cue)
                if span is not None:
                    options.append([span])
    if head.head.i != head.i and (
        head.dep_ in PARENTHETICAL_DEPS or (head.dep_ == "prep" and head.lower_ == "according")
    ):
        pieces = _clause_around(doc, head, cue)
        if pieces:
            options.append(pieces)
    return options


def parsed_content(doc: Any, cue: TokenSpan, labelled: Collection[int]) -> list[TokenSpan]:
    """The content spans the parse gives `cue` ([] if none); never overlaps `labelled` tokens."""
    for option in content_options(doc, cue):
        free = [s for s in option if not any(i in labelled for i in range(s.start, s.end))]
        if free:
            return free
    return []


def according_content(
    doc: Any, cue: TokenSpan, sources: Sequence[TokenSpan]
) -> list[TokenSpan] | None:
    """For an "according to X" cue, its sentence without the phrase; None for other cues.

    PolNeAR marks the whole clause that "according to" qualifies, wherever the phrase
    stands; the CRF often gives it the next sentence instead. Reading the sentence raised dev
    attr F1 by 0.001 on each half. Leaving sentences that hold another attribution's cue to
    the CRF lost 2 right readings on dev, where that cue was mostly the CRF's own noise.
    """
    according = next(
        (doc[i] for i in range(cue.start, cue.end) if doc[i].lower_ == "according"), None
    )
    if according is None:
        return None
    sentence = according.sent
    # The phrase is the cue and its source; the parse's subtree of "according" is a fallback
    # only, as a misparse makes it the root of the whole sentence.
    phrase = [cue, *sources] if sources else [cue, _subtree(according)]
    left = min(s.start for s in phrase)
    right = max(s.end for s in phrase)
    pieces = (_clean(doc, sentence.start, left, cue), _clean(doc, right, sentence.end, cue))
    found = [p for p in pieces if p is not None]
    return found or None


def _subtree(tok: Any) -> TokenSpan:
    return TokenSpan("source", tok.left_edge.i, tok.right_edge.i + 1)


def _clause_around(doc: Any, inserted: Any, cue: TokenSpan) -> list[TokenSpan]:
    """The clause `inserted` hangs from, without it: "X, he said, Y" gives X and Y."""
    clause = inserted.head
    left, right = inserted.left_edge.i, inserted.right_edge.i + 1
    pieces = (
        _clean(doc, clause.left_edge.i, left, cue),
        _clean(doc, right, clause.right_edge.i + 1, cue),
    )
    return [p for p in pieces if p is not None]


def _clean(doc: Any, start: int, end: int, cue: TokenSpan) -> TokenSpan | None:
    """[start, end) without edge punctuation; None if it meets the cue, is too short, or
    holds a paragraph break."""
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if start < cue.end and cue.start < end:
        return None
    if any("\n" in doc[i].text or "\n" in doc[i].whitespace_ for i in range(start, end - 1)):
        return None  # a reading that runs over a paragraph break is a misparse
    words = sum(1 for i in range(start, end) if doc[i].is_alpha or doc[i].like_num)
    if words < MIN_CONTENT_WORDS:
        return None
    return TokenSpan("content", start, end, CONTENT_SCORE)
