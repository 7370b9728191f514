"""The shared reading of one text (quotes, cues, sentences) and span queries on it."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field

from claimtrail.extract.lexicons import WORD, Matchers, matchers
from claimtrail.extract.quotes import Quote, outermost, quotations
from claimtrail.extract.rules.sentences import MAX_QUOTE_CHARS, sentence_spans
from claimtrail.model import Attribution, QuoteKind, Span

# Quotes this short ("white flag") are terms, not statements, unless they sit in a clause.
MIN_QUOTE_WORDS = 3
# Words as the rules count them: a Han or kana character counts as a word of its own.
_COUNTED = re.compile(r"[\u3040-\u30FF\u3400-\u9FFF\uF900-\uFAFF]|" + WORD.pattern)
# Latin, Arabic and CJK commas all separate clauses.
COMMAS = (",", "،", "，", "、")
_COMMA = re.compile("[" + "".join(COMMAS) + "]")
CLAUSE_PUNCT = ",،，、;:()[]—–"
TRIM = " \t\r\n\u00a0,،，、;:—–-"
CONTENT_TRIM = TRIM + ".!?…。！？؟।"


@dataclass(slots=True)
class Doc:
    """Everything the rules share while reading one text."""

    text: str
    m: Matchers
    quotes: list[Quote]  # outermost quotations
    nested: list[Quote]  # quotations inside another one
    word_starts: list[int]
    sentences: list[Span]
    paragraph_of: list[int]
    cues: list[Span]
    quote_starts: list[int] = field(default_factory=list)
    nested_starts: list[int] = field(default_factory=list)
    cue_starts: list[int] = field(default_factory=list)
    cuts: dict[int, list[tuple[int, int]]] = field(default_factory=dict)  # by sentence start
    used_cues: set[Span] = field(default_factory=set)
    used_quotes: set[Span] = field(default_factory=set)


@dataclass(slots=True)
class Found:
    attribution: Attribution
    sentence: int
    has_cue: bool
    priority: int  # lower wins when two attributions claim the same content


def read_doc(text: str, language: str) -> Doc:
    every = quotations(text)
    top = outermost(every)
    m = matchers(language)
    protected = [q.span for q in top if q.span.end - q.span.start <= MAX_QUOTE_CHARS]
    sentences, paragraph_of = sentence_spans(text, protected, top)
    top_spans = {q.span for q in top}
    doc = Doc(
        text=text,
        m=m,
        quotes=top,
        nested=[q for q in every if q.span not in top_spans],
        word_starts=[w.start() for w in _COUNTED.finditer(text)],
        sentences=sentences,
        paragraph_of=paragraph_of,
        cues=m.cues.spans(text),
    )
    doc.quote_starts = [q.span.start for q in doc.quotes]
    doc.nested_starts = [q.span.start for q in doc.nested]
    doc.cue_starts = [c.start for c in doc.cues]
    return doc


def word_count(doc: Doc, start: int, end: int) -> int:
    return bisect_left(doc.word_starts, end) - bisect_left(doc.word_starts, start)


def trimmed(text: str, start: int, end: int, chars: str = TRIM) -> Span | None:
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return Span(start, end) if end > start else None


def is_inside(span: Span, outer: Span) -> bool:
    return outer.start <= span.start and span.end <= outer.end


def quotes_in(doc: Doc, start: int, end: int) -> list[Quote]:
    found = []
    for k in range(bisect_left(doc.quote_starts, start), len(doc.quotes)):
        q = doc.quotes[k]
        if q.span.start >= end:
            break
        if q.span.end <= end:
            found.append(q)
    return found


def quotes_from(doc: Doc, start: int) -> Iterator[Quote]:
    """The outermost quotes that start at or after `start`, in order."""
    first = bisect_left(doc.quote_starts, start)
    return (doc.quotes[k] for k in range(first, len(doc.quotes)))


def cues_in(doc: Doc, start: int, end: int) -> list[Span]:
    first = bisect_left(doc.cue_starts, start)
    last = bisect_left(doc.cue_starts, end)
    return [c for c in doc.cues[first:last] if c.end <= end]


def quote_around(doc: Doc, pos: int) -> Quote | None:
    k = bisect_left(doc.quote_starts, pos) - 1
    if k >= 0 and doc.quotes[k].span.start < pos < doc.quotes[k].span.end:
        return doc.quotes[k]
    return None


def _kind(doc: Doc, content: Span) -> QuoteKind:
    inside = quotes_in(doc, content.start, content.end)
    if any(q.span == content for q in inside) or _is_nested_quote(doc, content):
        return "direct"
    if any(word_count(doc, q.inner.start, q.inner.end) > 0 for q in inside):
        return "mixed"
    return "indirect"


def _is_nested_quote(doc: Doc, span: Span) -> bool:
    k = bisect_left(doc.nested_starts, span.start)
    return k < len(doc.nested) and doc.nested[k].span == span


def make_attribution(
    doc: Doc,
    article_id: str,
    source: Span | None,
    cue: Span | None,
    content: Span,
    confidence: float,
    via: Span | None = None,
) -> Attribution:
    return Attribution(
        article_id=article_id,
        source=(source,) if source else (),
        cue=(cue,) if cue else (),
        content=(content,),
        kind=_kind(doc, content),
        confidence=confidence,
        via=(via,) if via else (),
    )


def recent(found: list[Found], sentence: int) -> list[Found]:
    """The attributions found in `sentence` or later, read from the end of the list."""
    tail: list[Found] = []
    for f in reversed(found):
        if f.sentence < sentence:
            break
        tail.append(f)
    return tail[::-1]


def first_span(spans: tuple[Span, ...]) -> Span | None:
    return spans[0] if spans else None


def find_comma(text: str, start: int, end: int) -> int:
    """The first comma of any script in `text[start:end]`, or -1."""
    found = _COMMA.search(text, start, end)
    return found.start() if found else -1


def has_stop_punct(text: str, start: int, end: int) -> bool:
    return any(c in text[start:end] for c in ".;!?\n")


def closed_quote_end(doc: Doc, content: Span) -> Span:
    """Content that ends inside a quote is cut back before that quote's opening mark."""
    q = quote_around(doc, content.end)
    if q is not None and q.span.start > content.start:
        return trimmed(doc.text, content.start, q.span.start, CONTENT_TRIM) or content
    return content


def whole_quote(doc: Doc, content: Span) -> Span:
    """A content made of one quotation and its final stop is the quotation itself."""
    for q in quotes_in(doc, content.start, content.end):
        rest = doc.text[content.start : q.span.start] + doc.text[q.span.end : content.end]
        if not rest.strip(CONTENT_TRIM):
            return q.span
    return content
