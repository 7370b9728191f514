"""Speaker and channel phrases read next to a cue."""

from __future__ import annotations

from claimtrail.extract.lexicons import WORD
from claimtrail.extract.rules.reading import CLAUSE_PUNCT, Doc, quotes_from, trimmed, word_count
from claimtrail.model import Span

_SOURCE_ENDS = CLAUSE_PUNCT + ".!?\"“”«»„‘’'「」"


def source_after(doc: Doc, start: int, limit: int) -> Span | None:
    """A speaker phrase read right after a cue: up to punctuation, a stop word or a quote."""
    m, text = doc.m, doc.text
    first = last = None
    count = 0
    for w in WORD.finditer(text, start, limit):
        gap = text[(last.end() if last else start) : w.start()]
        if gap.strip() not in ("'", "’") and any(c in gap for c in _SOURCE_ENDS):
            break
        token = w.group().lower()
        if first is None and token in m.fillers:
            continue
        if token in m.stops or m.complementisers.match_at(text, w.start()) is not None:
            break
        if doc.m.cues.match_at(text, w.start()) is not None:
            break
        first = first or w
        last = w
        count += 1
        if count >= 10:
            break
    if first is None or last is None:
        return None
    return Span(first.start(), last.end())


def source_before(doc: Doc, start: int, end: int) -> Span | None:
    """The speaker phrase before a cue: the last clause of `text[start:end]`, at most 10 words."""
    text = doc.text
    seg = trimmed(text, start, end)
    if seg is None:
        return None
    cut = max(text.rfind(c, seg.start, seg.end) for c in CLAUSE_PUNCT)
    if cut >= seg.start:
        tail = trimmed(text, cut + 1, seg.end)
        if tail is not None and word_count(doc, tail.start, tail.end) > 0:
            seg = tail
        else:
            head = trimmed(text, seg.start, cut)
            if head is None:
                return None
            seg = head
    words = list(WORD.finditer(text, seg.start, seg.end))
    while words and words[-1].group().lower() in doc.m.fillers:  # Papež jasně řekl
        words.pop()
    if not words:
        return None
    words = words[-10:]
    return Span(words[0].start(), words[-1].end())


def channel_at(doc: Doc, start: int, end: int) -> Span | None:
    """The outlet or intermediary named at `start`: a quoted title or a name phrase."""
    q = next(quotes_from(doc, start), None)
    if q is not None and q.span.end <= end and not doc.text[start : q.span.start].strip():
        return q.inner
    channel = source_after(doc, start, end)
    if channel is None or channel.text_of(doc.text).lower() in doc.m.words:
        return None  # "Об этом он сообщил": the speaker again, not a channel
    return channel
