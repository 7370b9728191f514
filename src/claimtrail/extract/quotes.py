"""Balanced quotations in every common quote style, with exact code-point offsets.

One left-to-right pass with a small stack: each mark is read as opening or closing from the
characters beside it, so apostrophes inside words (don't, l'homme, Erdoğan'ın) are never quotes.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from claimtrail.model import Span

# What each opening mark may be closed by. German/Czech „…“, Polish/Romanian „…”, German ‚…‘,
# Danish/German »…« and Swedish ”…” all occur in news text, so one opener may have two closers;
# careless copy also pairs curly and straight double quotes (“…" and "…”).
_CLOSERS: dict[str, str] = {
    "“": '”"',
    "„": "“”",
    "‚": "‘’",
    "‘": "’",
    "«": "»",
    "»": "«",
    "‹": "›",
    "›": "‹",
    "「": "」",
    "『": "』",
    "”": "”",
    '"': '"”',
    "'": "'",
    "''": "''",
}
_DIRECTIONAL_OPENERS = frozenset("„«‹「『")
_DIRECTIONAL_CLOSERS = frozenset("」』")
_QUOTE_CHARS = "\"'“”„‚‘’«»‹›「」『』"
_MARKS = re.compile(r"''|[\"'“”„‚‘’«»‹›「」『』]|\n+")
# Characters after which a mark reads as opening, and before which it reads as closing.
_OPEN_CONTEXT = frozenset("([{<—–-:/" + _QUOTE_CHARS)
_CLOSE_CONTEXT = frozenset(")]}>.,;:!?…—–-/" + _QUOTE_CHARS)
# Beyond this many unclosed quotes the oldest is dropped, which keeps the pass linear.
_MAX_DEPTH = 16


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation: `span` includes the quotation marks, `inner` excludes them."""

    span: Span
    inner: Span
    style: str  # the opening mark followed by the closing mark, e.g. "“”", "«»", "„“"


@dataclass(slots=True)
class _Open:
    start: int
    mark: str
    closers: str


def _is_punctuation(char: str) -> bool:
    return unicodedata.category(char)[0] == "P" and char not in "([{"


def _flank(text: str, start: int, end: int) -> str:
    """'open', 'close', 'either' (free on both sides) or 'none' (inside a word)."""
    prev = text[start - 1] if start > 0 else " "
    nxt = text[end] if end < len(text) else " "
    left_free = prev.isspace() or prev in _OPEN_CONTEXT
    # Any punctuation after a mark lets it close (the Bengali danda "।" included).
    right_free = nxt.isspace() or nxt in _CLOSE_CONTEXT or _is_punctuation(nxt)
    if left_free and right_free:
        return "either"
    if left_free:
        return "open"
    if right_free:
        return "close"
    return "none"


def _find_opener(stack: list[_Open], mark: str) -> int:
    for i in range(len(stack) - 1, -1, -1):
        if mark in stack[i].closers and (len(mark) == 1) == (len(stack[i].mark) == 1):
            return i
    return -1


def _next_paragraph_opener(text: str, pos: int) -> tuple[int, str] | None:
    """The opening mark a paragraph starts with, if any (multi-paragraph quote convention)."""
    i = pos
    while i < len(text) and text[i] in " \t\r\u00a0":
        i += 1
    if i >= len(text):
        return None
    if text.startswith("''", i):
        return i, "''"
    if text[i] in _CLOSERS:
        return i, text[i]
    return None


def quotations(text: str) -> list[Quote]:
    """Every balanced quotation in `text`, nested ones included, sorted by start; never raises."""
    found: list[Quote] = []
    stack: list[_Open] = []
    skip_at = -1  # a paragraph's re-opening mark that continues a quote from the paragraph before
    for m in _MARKS.finditer(text):
        mark, start, end = m.group(), m.start(), m.end()
        if mark[0] == "\n":
            if not stack:
                continue
            following = _next_paragraph_opener(text, end)
            if following is not None and following[1] == stack[-1].mark:
                skip_at = following[0]
            else:
                stack.clear()
            continue
        if start == skip_at:
            continue
        side = _flank(text, start, end)
        at = _find_opener(stack, mark)
        can_close = mark in _DIRECTIONAL_CLOSERS or mark in "»«›‹" or side in ("close", "either")
        if mark == "”":
            can_close = side != "open"
        if at >= 0 and can_close:
            opener = stack[at]
            del stack[at:]
            found.append(
                Quote(
                    span=Span(opener.start, end),
                    inner=Span(opener.start + len(opener.mark), start),
                    style=opener.mark + mark,
                )
            )
            continue
        is_opening = mark in _DIRECTIONAL_OPENERS or (
            mark in _CLOSERS and side in ("open", "either") and mark not in "’"
        )
        if mark in "»›":
            is_opening = side == "open"  # reversed guillemets only when clearly opening
        if mark == "‚":
            is_opening = side == "open"  # otherwise a low comma look-alike
        if is_opening:
            if len(stack) >= _MAX_DEPTH:
                del stack[0]
            stack.append(_Open(start, mark, _CLOSERS[mark]))
    found.sort(key=lambda q: (q.span.start, -q.span.end))
    return found


def outermost(quotes: list[Quote]) -> list[Quote]:
    """The quotations not nested inside another one, in text order."""
    top: list[Quote] = []
    for quote in sorted(quotes, key=lambda q: (q.span.start, -q.span.end)):
        if top and quote.span.end <= top[-1].span.end:
            continue
        top.append(quote)
    return top
