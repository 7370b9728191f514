"""Direct speech: quotes with a cue after or inside them, and dash-opened dialogue."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from claimtrail.extract.quotes import Quote
from claimtrail.extract.rules.reading import (
    CONTENT_TRIM,
    MIN_QUOTE_WORDS,
    TRIM,
    Doc,
    Found,
    has_stop_punct,
    make_attribution,
    quotes_from,
    quotes_in,
    trimmed,
    word_count,
)
from claimtrail.extract.rules.speakers import source_after
from claimtrail.model import Span

_DASH_PARAGRAPH = re.compile(r"(?m)^[ \t]*[-–—][ \t]*(?P<body>\w[^\n]*)")
_DASH = re.compile(r"\s[-–—]\s*")


def repeats_a_quote(doc: Doc, q: Quote) -> bool:
    """A pull quote or headline that repeats words quoted elsewhere in the text."""
    inner = doc.text[q.inner.start : q.inner.end].strip(CONTENT_TRIM)
    k = bisect_left(doc.quote_starts, q.span.start)
    near = doc.quotes[max(0, k - 100) : k + 100]  # pull quotes repeat words close by
    return any(o.span != q.span and inner in doc.text[o.inner.start : o.inner.end] for o in near)


def cue_after_quote(doc: Doc, q: Quote, sent: Span, cues: list[Span]) -> Span | None:
    """A cue within three words after the quote, with no other quote in between."""
    pool = [c for c in cues if c.start >= q.span.end and c not in doc.used_cues]
    pool += [
        c
        for c in doc.m.quote_cues.spans(doc.text, q.span.end, min(sent.end, q.span.end + 40))
        if c not in doc.used_cues
    ]
    for cue in sorted(pool):
        if word_count(doc, q.span.end, cue.start) > 3:
            return None
        if quotes_in(doc, q.span.end, cue.start) or opens_frame(doc, cue, sent.end):
            return None
        return cue
    return None


def opens_frame(doc: Doc, cue: Span, limit: int) -> bool:
    """Whether a cue introduces what follows it: a complementiser or a quote within two words."""
    text = doc.text
    comps = doc.m.complementisers.spans(text, cue.end, min(limit, cue.end + 40))
    if comps:
        near = word_count(doc, cue.end, comps[0].start) <= 2
        return near and not has_stop_punct(text, cue.end, comps[0].start)
    q = next(quotes_from(doc, cue.end), None)
    if q is None or q.span.start >= limit:
        return False
    return word_count(doc, cue.end, q.span.start) <= 2 and "." not in text[cue.end : q.span.start]


def cue_inside_quote(doc: Doc, q: Quote) -> Span | None:
    """A cue set off by dashes inside the quote ("… - ha spiegato il Pontefice -, …")."""
    text = doc.text
    for cue in doc.m.cues.spans(text, q.inner.start, q.inner.end):
        before = text[q.inner.start : cue.start].rstrip()
        after = text[cue.end : q.inner.end]
        if before.endswith(("-", "–", "—")) and any(d in after[:80] for d in "-–—"):
            return cue
    return None


def dash_speech(doc: Doc, article_id: str) -> list[Found]:
    """Paragraphs opened by a dash that end in "- cue source" (Polish, Macedonian dialogue)."""
    text, out = doc.text, []
    starts = [s.start for s in doc.sentences]
    for para in _DASH_PARAGRAPH.finditer(text):
        for dash in _DASH.finditer(text, para.start("body"), para.end()):
            cue = doc.m.cues.match_at(text, dash.end(), para.end())
            if cue is None:
                continue
            content = trimmed(text, para.start("body"), dash.start(), TRIM)
            if content is None or word_count(doc, content.start, content.end) < MIN_QUOTE_WORDS:
                break
            source = source_after(doc, cue.end, para.end())
            att = make_attribution(doc, article_id, source, cue, content, 0.8)
            index = max(bisect_right(starts, content.start) - 1, 0)
            out.append(Found(replace(att, kind="direct"), index, True, 0))
            doc.used_cues.add(cue)
            break
    return out
