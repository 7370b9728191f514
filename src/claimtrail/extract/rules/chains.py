"""Reporting chains: "VIA quoted SOURCE as saying", channels named after a statement,
and reports nested inside a quote (the outer speaker becomes their via).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from claimtrail.extract.rules.reading import (
    CONTENT_TRIM,
    MIN_QUOTE_WORDS,
    Doc,
    Found,
    cues_in,
    make_attribution,
    quote_around,
    quotes_from,
    trimmed,
    word_count,
)
from claimtrail.extract.rules.speakers import channel_at, source_before
from claimtrail.model import Attribution, Span


def chain_frames(doc: Doc, sent: Span, article_id: str) -> list[Attribution]:
    """Chains of the form VIA quoted SOURCE as saying CONTENT (the cue in two parts)."""
    text, found = doc.text, []
    for opener in doc.m.chain_openers.spans(text, sent.start, sent.end):
        if quote_around(doc, opener.start) is not None:
            continue
        head = text[opener.start : opener.end].lower()
        closers = [c for o, c in doc.m.lexicon.chain_frames if o == head]
        pattern = "|".join(r"\s+".join(map(re.escape, c.split())) for c in closers)
        closer = re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE).search(text, opener.end, sent.end)
        if closer is None or word_count(doc, opener.end, closer.start()) > 8:
            continue
        source = trimmed(text, opener.end, closer.start())
        via = source_before(doc, sent.start, opener.start)
        q = next(quotes_from(doc, closer.end()), None)
        is_quoted = q is not None and q.span.end <= sent.end
        if q is not None and is_quoted and word_count(doc, closer.end(), q.span.start) <= 1:
            content: Span | None = q.span
        else:
            after = len(text[closer.end() : sent.end]) - len(text[closer.end() : sent.end].lstrip())
            comp = doc.m.complementisers.match_at(text, closer.end() + after, sent.end)
            content = trimmed(text, comp.end if comp else closer.end(), sent.end, CONTENT_TRIM)
        if source is None or content is None or word_count(doc, content.start, content.end) < 2:
            continue
        cue = (opener, Span(closer.start(), closer.end()))
        att = make_attribution(doc, article_id, source, None, content, 0.7, via)
        found.append(replace(att, cue=cue))
    return found


def credit_channels(doc: Doc, sent: Span, out: list[Found]) -> None:
    """Channels named after a statement (ha detto citato da X, transmite EFE) become its via."""
    for marker in doc.m.via_markers.spans(doc.text, sent.start, sent.end):
        if quote_around(doc, marker.start) is not None:
            continue
        earlier = [f for f in out if f.attribution.cue and f.attribution.cue[0].end <= marker.start]
        channel = channel_at(doc, marker.end, sent.end)
        if earlier and channel is not None and not earlier[-1].attribution.via:
            earlier[-1].attribution = replace(earlier[-1].attribution, via=(channel,))


def nested_attributions(doc: Doc, i: int, article_id: str, out: list[Found]) -> list[Found]:
    """Quotes inside a quote introduced there by a cue (a chain): "…papež řekl: 'Jednání…'"."""
    found: list[Found] = []
    for f in out:
        outer = f.attribution.content[0]
        if not f.attribution.source:
            continue
        first = bisect_right(doc.nested_starts, outer.start)
        last = bisect_left(doc.nested_starts, outer.end)
        for q in doc.nested[first:last]:
            if q.span.end > outer.end:
                continue
            if word_count(doc, q.inner.start, q.inner.end) < MIN_QUOTE_WORDS:
                continue
            cues = doc.m.cues.spans(doc.text, max(outer.start, q.span.start - 60), q.span.start)
            if not cues or word_count(doc, cues[-1].end, q.span.start) > 2:
                continue
            cue = cues[-1]
            source = source_before(doc, max(outer.start + 1, cue.start - 60), cue.start)
            if source is None:
                continue
            att = make_attribution(
                doc, article_id, source, cue, q.span, 0.6, f.attribution.source[0]
            )
            found.append(Found(att, i, True, 1))
        if f.attribution.kind == "direct":
            found.extend(_reported_in_quote(doc, i, article_id, f.attribution))
    return found


def _reported_in_quote(doc: Doc, i: int, article_id: str, outer: Attribution) -> list[Found]:
    """«… Папа ясно указывает, что переговоры …», — заявил Бруни: the pope, via Bruni."""
    text, found = doc.text, []
    quote = outer.content[0]
    for cue in cues_in(doc, quote.start + 1, quote.end - 1):
        comps = doc.m.complementisers.spans(text, cue.end, min(quote.end, cue.end + 30))
        if not comps or word_count(doc, cue.end, comps[0].start) > 1:
            continue
        stops = [text.rfind(c, quote.start, cue.start) for c in ".!?:…"]
        source = source_before(doc, max(quote.start + 1, *(p + 1 for p in stops)), cue.start)
        if source is None or not text[source.start].isupper():
            continue
        if source.text_of(text).lower() in doc.m.words:  # "I think that …" is the speaker's own
            continue
        ends = [p for p in (text.find(c, comps[0].end, quote.end) for c in ".!?") if p >= 0]
        content = trimmed(text, comps[0].end, min(ends, default=quote.end - 1), CONTENT_TRIM)
        if content is not None and word_count(doc, content.start, content.end) >= 3:
            att = make_attribution(doc, article_id, source, cue, content, 0.5, outer.source[0])
            found.append(Found(att, i, True, 1))
    return found
