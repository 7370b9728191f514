"""Headline lines with no cue: "Name: claim" and "“quote”: Name …"."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right

from claimtrail.extract.lexicons import WORD
from claimtrail.extract.quotes import Quote
from claimtrail.extract.rules.reading import (
    CONTENT_TRIM,
    Doc,
    Found,
    make_attribution,
    quote_around,
    trimmed,
    word_count,
)
from claimtrail.model import Attribution, Span


def headline_attributions(doc: Doc, article_id: str, found: list[Found]) -> list[Found]:
    """'Name: claim' lines and '“quote”: Name …' lines (no cue)."""
    text = doc.text
    out: list[Found] = []
    starts = [s.start for s in doc.sentences]
    taken = sorted(f.attribution.content[0] for f in found)
    taken_ends = list(itertools.accumulate((t.end for t in taken), max))
    for line in re.finditer(r"[^\n]+", text):
        span = trimmed(text, line.start(), line.end(), " \t\r\u00a0")
        if span is None:
            continue
        first = _quote_at(doc, span.start)
        counted_from = first.span.end if first is not None else span.start
        if word_count(doc, counted_from, span.end) > 16:
            continue
        k = bisect_left(taken, Span(span.end, span.end))  # those starting before the line ends
        if k > 0 and taken_ends[k - 1] > span.start:
            continue
        att = _headline(doc, span, article_id)
        if att is not None:
            index = bisect_right(starts, span.start) - 1
            out.append(Found(att, max(index, 0), False, 4))
    return out


def _headline(doc: Doc, line: Span, article_id: str) -> Attribution | None:
    text = doc.text
    first = _quote_at(doc, line.start)
    if first is not None:  # “O Hamas não é terrorista”: Erdogan personifica …
        after = text[first.span.end : line.end]
        if (
            after.lstrip().startswith(":")
            and word_count(doc, first.inner.start, first.inner.end) >= 3
        ):
            name = _name_run(doc, first.span.end, line.end)
            if name is not None:
                return make_attribution(doc, article_id, name, None, first.span, 0.5)
        return None
    colon = text.find(":", line.start, line.end)
    if colon < 0 or text[line.end - 1] in ".:" or quote_around(doc, colon) is not None:
        return None
    speaker = trimmed(text, line.start, colon)
    claim = trimmed(text, colon + 1, line.end, CONTENT_TRIM)
    if speaker is None or claim is None:
        return None
    n_speaker = word_count(doc, speaker.start, speaker.end)
    if not 1 <= n_speaker <= 7 or word_count(doc, claim.start, claim.end) < 3:
        return None
    if doc.m.cues.spans(text, speaker.start, speaker.end) or not _looks_like_name(text, speaker):
        return None
    if speaker.text_of(text).lower() in doc.m.headline_labels:
        return None
    return make_attribution(doc, article_id, speaker, None, claim, 0.5)


def _quote_at(doc: Doc, start: int) -> Quote | None:
    k = bisect_left(doc.quote_starts, start)
    return doc.quotes[k] if k < len(doc.quotes) and doc.quote_starts[k] == start else None


def _looks_like_name(text: str, span: Span) -> bool:
    """A speaker phrase starts with a capital, or is written in a script without case."""
    head = text[span.start]
    has_digit = any(c.isdigit() for c in text[span.start : span.end])
    return not has_digit and (head.isupper() or (head.isalpha() and not head.islower()))


def _name_run(doc: Doc, start: int, end: int) -> Span | None:
    """The capitalised words right after `start` (a speaker named after a headline quote)."""
    words = []
    for w in WORD.finditer(doc.text, start, end):
        if not w.group()[0].isupper():
            break
        words.append(w)
    if not words:
        return None
    return Span(words[0].start(), words[-1].end())
