"""Cuts very long texts into pieces spaCy can parse, at paragraph or sentence-like breaks.

spaCy refuses texts over `nlp.max_length` (1,000,000 characters) and its parser needs about
1 GB per 100,000 characters, so long articles are parsed piece by piece.
"""

from __future__ import annotations

import re

MAX_CHUNK_CHARS = 20_000
_BREAKS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"[.!?]\s"), re.compile(r"\s"))


def chunks(text: str, max_chars: int = MAX_CHUNK_CHARS) -> list[tuple[int, str]]:
    """(offset, piece) pairs covering `text` in order; each piece at most `max_chars` long."""
    if len(text) <= max_chars:
        return [(0, text)]
    out: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > max_chars:
        stop = _cut(text, start, start + max_chars)
        out.append((start, text[start:stop]))
        start = stop
    out.append((start, text[start:]))
    return out


def _cut(text: str, start: int, limit: int) -> int:
    """The last break in the window's second half, or `limit` if there is none."""
    window_start = start + (limit - start) // 2
    window = text[window_start:limit]
    for pattern in _BREAKS:
        ends = [match.end() for match in pattern.finditer(window)]
        if ends:
            return window_start + ends[-1]
    return limit
