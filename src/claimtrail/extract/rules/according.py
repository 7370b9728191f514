"""Frames with "according to": "According to X, …", "…, according to X" and "X zufolge …"."""

from __future__ import annotations

from dataclasses import replace

from claimtrail.extract.rules.reading import (
    COMMAS,
    CONTENT_TRIM,
    Doc,
    Found,
    find_comma,
    make_attribution,
    quote_around,
    trimmed,
    word_count,
)
from claimtrail.extract.rules.speakers import source_after
from claimtrail.model import Span


def according_to_frames(doc: Doc, i: int, article_id: str, out: list[Found]) -> list[Found]:
    """The "according to" attributions of sentence `i`; after a statement it names its via."""
    text, m, sent = doc.text, doc.m, doc.sentences[i]
    found: list[Found] = []
    for phrase in m.according_to.spans(text, sent.start, sent.end):
        if quote_around(doc, phrase.start) is not None or _covered(out, phrase):
            continue
        if out:  # "…, erklärte der Generalstab nach Angaben des Kyiv Independent": a channel
            last = out[-1]
            channel = source_after(doc, phrase.end, sent.end)
            if not last.attribution.via and channel is not None:
                last.attribution = replace(last.attribution, via=(channel,))
            continue
        if word_count(doc, sent.start, phrase.start) <= 1:  # According to X, content.
            comma = find_comma(text, phrase.end, sent.end)
            if comma < 0 or word_count(doc, phrase.end, comma) > 10:
                continue
            source = trimmed(text, phrase.end, comma)
            content = trimmed(text, comma + 1, sent.end, CONTENT_TRIM)
        else:  # content, according to X.
            if not text[sent.start : phrase.start].rstrip().endswith(COMMAS):
                continue
            comma = find_comma(text, phrase.end, sent.end)
            source = trimmed(text, phrase.end, comma if comma > 0 else sent.end, CONTENT_TRIM)
            content = trimmed(text, sent.start, phrase.start, CONTENT_TRIM)
        if content is not None and word_count(doc, content.start, content.end) >= 3:
            att = make_attribution(doc, article_id, source, phrase, content, 0.6)
            found.append(Found(att, i, True, 3))
    for marker in m.according_to_after.spans(text, sent.start, sent.end):
        if quote_around(doc, marker.start) is not None or _covered(out, marker):
            continue
        comma = max(*(text.rfind(c, sent.start, marker.start) for c in COMMAS), sent.start - 1)
        source = trimmed(text, comma + 1, marker.start)
        if source is None or word_count(doc, source.start, source.end) > 6:
            continue
        content = trimmed(text, marker.end, sent.end, CONTENT_TRIM)
        if content is not None and word_count(doc, content.start, content.end) >= 3:
            att = make_attribution(doc, article_id, source, marker, content, 0.6)
            found.append(Found(att, i, True, 3))
    return found


def _covered(out: list[Found], span: Span) -> bool:
    """Whether `span` lies inside the content or cue of an attribution already found."""
    for f in out:
        for c in (*f.attribution.content, *f.attribution.cue):
            if c.start <= span.start and span.end <= c.end:
                return True
    return False
