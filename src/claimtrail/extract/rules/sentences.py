"""Sentence spans for the rules: stops that end a sentence, quotes that keep one whole."""

from __future__ import annotations

import re
from bisect import bisect_right

from claimtrail.extract.lexicons import WORD
from claimtrail.extract.quotes import Quote
from claimtrail.model import Span

# A run of text without a sentence end is cut here, so a 1 MB paragraph stays linear.
_MAX_SENTENCE_CHARS = 3000
# Quotes longer than this are not protected from sentence splitting (likely a mismatched pair).
MAX_QUOTE_CHARS = 6000
_BOUNDARY = re.compile(r"\n+|[.!?…؟।॥]+(?=\s)|[。！？]")
# Words that end in a full stop without ending the sentence (initials are handled apart).
_ABBREVIATIONS = frozenset(
    (
        "mr", "mrs", "ms", "dr", "st", "prof", "gen", "col", "lt", "sgt", "gov", "sen", "rep",
        "jr", "sr", "vs", "etc", "no", "nr", "ul", "str", "ing", "mgr", "tzv", "sv", "corp",
        "inc", "co", "ltd", "ca", "approx", "dept", "fig", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec", "т", "г", "гг", "им", "св", "ул",
        "др", "проф", "ген",
    )
)  # fmt: skip


def sentence_spans(
    text: str, protected: list[Span], quotes: list[Quote]
) -> tuple[list[Span], list[int]]:
    """Sentence spans (whitespace trimmed) and the paragraph number of each."""
    starts = [p.start for p in protected]
    cuts: list[tuple[int, int, bool]] = []  # (end of sentence, start of next, is paragraph break)
    for b in _BOUNDARY.finditer(text):
        k = bisect_right(starts, b.start()) - 1
        if k >= 0 and protected[k].start < b.start() < protected[k].end:
            continue
        is_newline = b.group()[0] == "\n"
        if not is_newline and not _ends_sentence(text, b.start(), b.end()):
            continue
        cuts.append((b.end() if not is_newline else b.start(), b.end(), is_newline))
    for q in quotes:  # "… the end.” Next sentence": the quote closes the sentence
        inner = text[q.inner.start : q.inner.end].rstrip()
        if inner.endswith((".", "!", "?", "…")) and _ends_sentence(text, q.span.end, q.span.end):
            cuts.append((q.span.end, q.span.end, False))
    cuts.sort()
    spans: list[Span] = []
    paragraphs: list[int] = []
    paragraph = 0
    begin = 0
    for end, nxt, is_newline in [*cuts, (len(text), len(text), False)]:
        if end >= begin:
            for piece in _pieces(text, begin, end):
                spans.append(piece)
                paragraphs.append(paragraph)
        paragraph += is_newline
        begin = max(begin, nxt)
    return spans, paragraphs


def _pieces(text: str, start: int, end: int) -> list[Span]:
    """The trimmed span, cut at whitespace into runs of at most _MAX_SENTENCE_CHARS."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    pieces: list[Span] = []
    while end - start > _MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + _MAX_SENTENCE_CHARS // 2, start + _MAX_SENTENCE_CHARS)
        cut = cut if cut > start else start + _MAX_SENTENCE_CHARS
        pieces.append(Span(start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        pieces.append(Span(start, end))
    return pieces


def _ends_sentence(text: str, mark: int, after: int) -> bool:
    """Whether a stop at `mark` ends a sentence: not an abbreviation, not before lower case."""
    i = after
    while i < len(text) and text[i] in " \t\u00a0":
        i += 1
    if i < len(text) and text[i].islower():
        return False
    if i == after and i < len(text) and not text[i].isspace():
        return False
    word = WORD.search(text, max(0, mark - 12), mark)
    if word is not None and word.end() == mark:
        token = word.group()
        if token.lower() in _ABBREVIATIONS or (len(token) == 1 and token.isupper()):
            return False
        if token.isdigit() and len(token) <= 2:  # ordinal dates: 16. Februar, 20. gününde
            return False
    return True
