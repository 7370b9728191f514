"""Attributions found by rules, for any language with a lexicon (and English as a fallback).

Direct quotes next to a reporting cue, indirect speech after a complementiser, "according to"
forms, "Name: claim" headlines, continuation quotes and chains. Offsets index the text exactly.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from claimtrail.extract.lexicons import WORD, Matchers, matchers
from claimtrail.extract.quotes import Quote, outermost, quotations
from claimtrail.model import Attribution, QuoteKind, Span

# A run of text without a sentence end is cut here, so a 1 MB paragraph stays linear.
_MAX_SENTENCE_CHARS = 3000
# Quotes longer than this are not protected from sentence splitting (likely a mismatched pair).
_MAX_QUOTE_CHARS = 6000
# Quotes this short ("white flag") are terms, not statements, unless they sit in a clause.
_MIN_QUOTE_WORDS = 3
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
# Words as the rules count them: a Han or kana character counts as a word of its own.
_COUNTED = re.compile(r"[\u3040-\u30FF\u3400-\u9FFF\uF900-\uFAFF]|" + WORD.pattern)
_DASH_PARAGRAPH = re.compile(r"(?m)^[ \t]*[-–—][ \t]*(?P<body>\w[^\n]*)")
_DASH = re.compile(r"\s[-–—]\s*")
_ADJUNCT = re.compile(r"[,،，]\s*(\w+)")
# Latin, Arabic and CJK commas all separate clauses.
_COMMAS = (",", "،", "，", "、")
_COMMA = re.compile("[" + "".join(_COMMAS) + "]")
_CLAUSE_PUNCT = ",،，、;:()[]—–"
_SOURCE_ENDS = _CLAUSE_PUNCT + ".!?\"“”«»„‘’'「」"
_TRIM = " \t\r\n\u00a0,،，、;:—–-"
_CONTENT_TRIM = _TRIM + ".!?…。！？؟।"


@dataclass(slots=True)
class _Doc:
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
class _Found:
    attribution: Attribution
    sentence: int
    has_cue: bool
    priority: int  # lower wins when two attributions claim the same content


def rule_attributions(text: str, language: str, article_id: str) -> list[Attribution]:
    """Attributions in `text` by rules for `language` (ISO 639-1); offsets index `text` exactly."""
    if not text or not text.strip():
        return []
    doc = _read(text, language)
    found: list[_Found] = _dash_speech(doc, article_id)
    for i in range(len(doc.sentences)):
        found.extend(_sentence_attributions(doc, i, article_id, found))
    found.extend(_headlines(doc, article_id, found))
    return _deduplicated(found)


def _read(text: str, language: str) -> _Doc:
    every = quotations(text)
    top = outermost(every)
    m = matchers(language)
    protected = [q.span for q in top if q.span.end - q.span.start <= _MAX_QUOTE_CHARS]
    sentences, paragraph_of = _sentences(text, protected, top)
    top_spans = {q.span for q in top}
    doc = _Doc(
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


def _sentences(
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


# ---------------------------------------------------------------- small span helpers


def _words(doc: _Doc, start: int, end: int) -> int:
    return bisect_left(doc.word_starts, end) - bisect_left(doc.word_starts, start)


def _trimmed(text: str, start: int, end: int, chars: str = _TRIM) -> Span | None:
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return Span(start, end) if end > start else None


def _inside(span: Span, outer: Span) -> bool:
    return outer.start <= span.start and span.end <= outer.end


def _quotes_in(doc: _Doc, start: int, end: int) -> list[Quote]:
    found = []
    for k in range(bisect_left(doc.quote_starts, start), len(doc.quotes)):
        q = doc.quotes[k]
        if q.span.start >= end:
            break
        if q.span.end <= end:
            found.append(q)
    return found


def _quotes_from(doc: _Doc, start: int) -> Iterator[Quote]:
    """The outermost quotes that start at or after `start`, in order."""
    first = bisect_left(doc.quote_starts, start)
    return (doc.quotes[k] for k in range(first, len(doc.quotes)))


def _cues_in(doc: _Doc, start: int, end: int) -> list[Span]:
    first = bisect_left(doc.cue_starts, start)
    last = bisect_left(doc.cue_starts, end)
    return [c for c in doc.cues[first:last] if c.end <= end]


def _in_quote(doc: _Doc, pos: int) -> Quote | None:
    k = bisect_left(doc.quote_starts, pos) - 1
    if k >= 0 and doc.quotes[k].span.start < pos < doc.quotes[k].span.end:
        return doc.quotes[k]
    return None


def _kind(doc: _Doc, content: Span) -> QuoteKind:
    inside = _quotes_in(doc, content.start, content.end)
    if any(q.span == content for q in inside) or _is_nested_quote(doc, content):
        return "direct"
    if any(_words(doc, q.inner.start, q.inner.end) > 0 for q in inside):
        return "mixed"
    return "indirect"


def _is_nested_quote(doc: _Doc, span: Span) -> bool:
    k = bisect_left(doc.nested_starts, span.start)
    return k < len(doc.nested) and doc.nested[k].span == span


def _source_after(doc: _Doc, start: int, limit: int) -> Span | None:
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


def _source_before(doc: _Doc, start: int, end: int) -> Span | None:
    """The speaker phrase before a cue: the last clause of `text[start:end]`, at most 10 words."""
    text = doc.text
    seg = _trimmed(text, start, end)
    if seg is None:
        return None
    cut = max(text.rfind(c, seg.start, seg.end) for c in _CLAUSE_PUNCT)
    if cut >= seg.start:
        tail = _trimmed(text, cut + 1, seg.end)
        if tail is not None and _words(doc, tail.start, tail.end) > 0:
            seg = tail
        else:
            head = _trimmed(text, seg.start, cut)
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


def _make(
    doc: _Doc,
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


# ---------------------------------------------------------------- rules per sentence


def _sentence_attributions(
    doc: _Doc, i: int, article_id: str, before: list[_Found]
) -> list[_Found]:
    """The attributions of sentence `i`; `before` holds those of the sentences before it.

    Order matters: chains, then quotes with a cue after them, then each cue left (with its
    complementiser, quote or clause), then continuation quotes, "according to" and nesting.
    """
    sent, text = doc.sentences[i], doc.text
    out: list[_Found] = []
    quotes = [q for q in _quotes_in(doc, sent.start, sent.end) if q.span not in doc.used_quotes]
    cues = _cues_in(doc, sent.start, sent.end)
    cues = [c for c in cues if _in_quote(doc, c.start) is None]

    def add(att: Attribution, has_cue: bool, priority: int) -> None:
        doc.used_cues.update(att.cue)
        if att.source and att.source[0].text_of(doc.text).lower() in doc.m.relatives:
            return  # "those who claim that …" names no speaker
        out.append(_Found(att, i, has_cue, priority))
        for q in _quotes_in(doc, att.content[0].start, att.content[0].end):
            doc.used_quotes.add(q.span)

    for chain in _chain_frames(doc, sent, article_id):  # Belta quoted Lukashenko as saying …
        add(chain, True, 0)
        doc.used_cues.update(c for c in cues if _inside(c, chain.cue[-1]))
    quotes = [q for q in quotes if q.span not in doc.used_quotes]
    for q in quotes:  # "…", said X / "…" dedi / «…», — заявил X
        if _words(doc, q.inner.start, q.inner.end) < _MIN_QUOTE_WORDS:
            continue
        cue = _cue_after_quote(doc, q, sent, cues)
        if cue is not None:
            source = (
                _trimmed(text, q.span.end, cue.start)  # "…," she said
                or _source_after(doc, cue.end, sent.end)
                or _source_before(doc, sent.start, q.span.start)  # X, "…" dedi
            )
            if source is not None and not _words(doc, source.start, source.end):
                source = _source_after(doc, cue.end, sent.end)
            add(_make(doc, article_id, source, cue, q.span, 0.9), True, 0)
            continue
        cue = _cue_inside_quote(doc, q)
        if cue is not None:
            source = _source_after(doc, cue.end, q.inner.end)
            add(_make(doc, article_id, source, cue, q.span, 0.8), True, 0)
    for cue in cues:
        if cue in doc.used_cues:
            continue
        att = _from_cue(doc, i, cue, article_id, out, before)
        if att is not None:
            add(att, True, 1)
    for q in quotes:  # a quote with no cue after a cued attribution continues it
        if q.span in doc.used_quotes or _words(doc, q.inner.start, q.inner.end) < _MIN_QUOTE_WORDS:
            continue
        previous = [f for f in (*_recent(before, i - 1), *out) if f.has_cue]
        if previous and not _repeats_a_quote(doc, q):
            last = previous[-1].attribution
            source = last.source[0] if last.source else None
            add(_make(doc, article_id, source, None, q.span, 0.6, _first(last.via)), False, 2)
    out.extend(_according_to(doc, i, article_id, out))
    _credit_channels(doc, sent, out)
    out.extend(_nested(doc, i, article_id, out))
    return out


def _chain_frames(doc: _Doc, sent: Span, article_id: str) -> list[Attribution]:
    """Chains of the form VIA quoted SOURCE as saying CONTENT (the cue in two parts)."""
    text, found = doc.text, []
    for opener in doc.m.chain_openers.spans(text, sent.start, sent.end):
        if _in_quote(doc, opener.start) is not None:
            continue
        head = text[opener.start : opener.end].lower()
        closers = [c for o, c in doc.m.lexicon.chain_frames if o == head]
        pattern = "|".join(r"\s+".join(map(re.escape, c.split())) for c in closers)
        closer = re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE).search(text, opener.end, sent.end)
        if closer is None or _words(doc, opener.end, closer.start()) > 8:
            continue
        source = _trimmed(text, opener.end, closer.start())
        via = _source_before(doc, sent.start, opener.start)
        q = next(_quotes_from(doc, closer.end()), None)
        is_quoted = q is not None and q.span.end <= sent.end
        if q is not None and is_quoted and _words(doc, closer.end(), q.span.start) <= 1:
            content: Span | None = q.span
        else:
            after = len(text[closer.end() : sent.end]) - len(text[closer.end() : sent.end].lstrip())
            comp = doc.m.complementisers.match_at(text, closer.end() + after, sent.end)
            content = _trimmed(text, comp.end if comp else closer.end(), sent.end, _CONTENT_TRIM)
        if source is None or content is None or _words(doc, content.start, content.end) < 2:
            continue
        cue = (opener, Span(closer.start(), closer.end()))
        att = _make(doc, article_id, source, None, content, 0.7, via)
        found.append(replace(att, cue=cue))
    return found


def _channel(doc: _Doc, start: int, end: int) -> Span | None:
    """The outlet or intermediary named at `start`: a quoted title or a name phrase."""
    q = next(_quotes_from(doc, start), None)
    if q is not None and q.span.end <= end and not doc.text[start : q.span.start].strip():
        return q.inner
    channel = _source_after(doc, start, end)
    if channel is None or channel.text_of(doc.text).lower() in doc.m.words:
        return None  # "Об этом он сообщил": the speaker again, not a channel
    return channel


def _credit_channels(doc: _Doc, sent: Span, out: list[_Found]) -> None:
    """Channels named after a statement (ha detto citato da X, transmite EFE) become its via."""
    for marker in doc.m.via_markers.spans(doc.text, sent.start, sent.end):
        if _in_quote(doc, marker.start) is not None:
            continue
        earlier = [f for f in out if f.attribution.cue and f.attribution.cue[0].end <= marker.start]
        channel = _channel(doc, marker.end, sent.end)
        if earlier and channel is not None and not earlier[-1].attribution.via:
            earlier[-1].attribution = replace(earlier[-1].attribution, via=(channel,))


def _repeats_a_quote(doc: _Doc, q: Quote) -> bool:
    """A pull quote or headline that repeats words quoted elsewhere in the text."""
    inner = doc.text[q.inner.start : q.inner.end].strip(_CONTENT_TRIM)
    k = bisect_left(doc.quote_starts, q.span.start)
    near = doc.quotes[max(0, k - 100) : k + 100]  # pull quotes repeat words close by
    return any(o.span != q.span and inner in doc.text[o.inner.start : o.inner.end] for o in near)


def _recent(found: list[_Found], sentence: int) -> list[_Found]:
    """The attributions found in `sentence` or later, read from the end of the list."""
    tail: list[_Found] = []
    for f in reversed(found):
        if f.sentence < sentence:
            break
        tail.append(f)
    return tail[::-1]


def _nested(doc: _Doc, i: int, article_id: str, out: list[_Found]) -> list[_Found]:
    """Quotes inside a quote introduced there by a cue (a chain): "…papež řekl: 'Jednání…'"."""
    found: list[_Found] = []
    for f in out:
        outer = f.attribution.content[0]
        if not f.attribution.source:
            continue
        first = bisect_right(doc.nested_starts, outer.start)
        last = bisect_left(doc.nested_starts, outer.end)
        for q in doc.nested[first:last]:
            if q.span.end > outer.end:
                continue
            if _words(doc, q.inner.start, q.inner.end) < _MIN_QUOTE_WORDS:
                continue
            cues = doc.m.cues.spans(doc.text, max(outer.start, q.span.start - 60), q.span.start)
            if not cues or _words(doc, cues[-1].end, q.span.start) > 2:
                continue
            cue = cues[-1]
            source = _source_before(doc, max(outer.start + 1, cue.start - 60), cue.start)
            if source is None:
                continue
            att = _make(doc, article_id, source, cue, q.span, 0.6, f.attribution.source[0])
            found.append(_Found(att, i, True, 1))
        if f.attribution.kind == "direct":
            found.extend(_reported_in_quote(doc, i, article_id, f.attribution))
    return found


def _reported_in_quote(doc: _Doc, i: int, article_id: str, outer: Attribution) -> list[_Found]:
    """«… Папа ясно указывает, что переговоры …», — заявил Бруни: the pope, via Bruni."""
    text, found = doc.text, []
    quote = outer.content[0]
    for cue in _cues_in(doc, quote.start + 1, quote.end - 1):
        comps = doc.m.complementisers.spans(text, cue.end, min(quote.end, cue.end + 30))
        if not comps or _words(doc, cue.end, comps[0].start) > 1:
            continue
        stops = [text.rfind(c, quote.start, cue.start) for c in ".!?:…"]
        source = _source_before(doc, max(quote.start + 1, *(p + 1 for p in stops)), cue.start)
        if source is None or not text[source.start].isupper():
            continue
        if source.text_of(text).lower() in doc.m.words:  # "I think that …" is the speaker's own
            continue
        ends = [p for p in (text.find(c, comps[0].end, quote.end) for c in ".!?") if p >= 0]
        content = _trimmed(text, comps[0].end, min(ends, default=quote.end - 1), _CONTENT_TRIM)
        if content is not None and _words(doc, content.start, content.end) >= 3:
            att = _make(doc, article_id, source, cue, content, 0.5, outer.source[0])
            found.append(_Found(att, i, True, 1))
    return found


def _first(spans: tuple[Span, ...]) -> Span | None:
    return spans[0] if spans else None


def _cue_after_quote(doc: _Doc, q: Quote, sent: Span, cues: list[Span]) -> Span | None:
    """A cue within three words after the quote, with no other quote in between."""
    pool = [c for c in cues if c.start >= q.span.end and c not in doc.used_cues]
    pool += [
        c
        for c in doc.m.quote_cues.spans(doc.text, q.span.end, min(sent.end, q.span.end + 40))
        if c not in doc.used_cues
    ]
    for cue in sorted(pool):
        if _words(doc, q.span.end, cue.start) > 3:
            return None
        if _quotes_in(doc, q.span.end, cue.start) or _opens_frame(doc, cue, sent.end):
            return None
        return cue
    return None


def _opens_frame(doc: _Doc, cue: Span, limit: int) -> bool:
    """Whether a cue introduces what follows it: a complementiser or a quote within two words."""
    text = doc.text
    comps = doc.m.complementisers.spans(text, cue.end, min(limit, cue.end + 40))
    if comps:
        near = _words(doc, cue.end, comps[0].start) <= 2
        return near and not _has_stop_punct(text, cue.end, comps[0].start)
    q = next(_quotes_from(doc, cue.end), None)
    if q is None or q.span.start >= limit:
        return False
    return _words(doc, cue.end, q.span.start) <= 2 and "." not in text[cue.end : q.span.start]


def _cue_inside_quote(doc: _Doc, q: Quote) -> Span | None:
    """A cue set off by dashes inside the quote ("… - ha spiegato il Pontefice -, …")."""
    text = doc.text
    for cue in doc.m.cues.spans(text, q.inner.start, q.inner.end):
        before = text[q.inner.start : cue.start].rstrip()
        after = text[cue.end : q.inner.end]
        if before.endswith(("-", "–", "—")) and any(d in after[:80] for d in "-–—"):
            return cue
    return None


def _dash_speech(doc: _Doc, article_id: str) -> list[_Found]:
    """Paragraphs opened by a dash that end in "- cue source" (Polish, Macedonian dialogue)."""
    text, out = doc.text, []
    starts = [s.start for s in doc.sentences]
    for para in _DASH_PARAGRAPH.finditer(text):
        for dash in _DASH.finditer(text, para.start("body"), para.end()):
            cue = doc.m.cues.match_at(text, dash.end(), para.end())
            if cue is None:
                continue
            content = _trimmed(text, para.start("body"), dash.start(), _TRIM)
            if content is None or _words(doc, content.start, content.end) < _MIN_QUOTE_WORDS:
                break
            source = _source_after(doc, cue.end, para.end())
            att = _make(doc, article_id, source, cue, content, 0.8)
            index = max(bisect_right(starts, content.start) - 1, 0)
            out.append(_Found(replace(att, kind="direct"), index, True, 0))
            doc.used_cues.add(cue)
            break
    return out


def _from_cue(
    doc: _Doc, i: int, cue: Span, article_id: str, out: list[_Found], before: list[_Found]
) -> Attribution | None:
    """Indirect or direct speech around one cue that no quote has claimed yet."""
    text, m, sent = doc.text, doc.m, doc.sentences[i]
    outer = _enclosing(out, cue)
    clause_start = outer.content[0].start if outer else sent.start
    via = _first(outer.source) if outer else None
    end = _clause_end(doc, cue, sent)
    is_anaphoric, anaphoric = _anaphoric(doc, i, cue, article_id, before)
    if is_anaphoric:
        return anaphoric
    is_object_verb = m.object_verbs.match_at(text, cue.start) is not None
    # cue ... complementiser content (said that, заявил, что, قال X إن)
    for comp in m.complementisers.spans(text, cue.end, min(end, cue.end + 160)):
        if _words(doc, cue.end, comp.start) > 8 or _has_stop_punct(text, cue.end, comp.start):
            break
        if _in_quote(doc, comp.start) is not None or _quotes_in(doc, cue.end, comp.start):
            break
        gap_words = WORD.findall(text, cue.end, comp.start)
        if any(w.lower() in m.auxiliaries for w in gap_words) or _cues_in(doc, cue.end, comp.start):
            break
        content = _trimmed(text, comp.end, end, _CONTENT_TRIM)
        if content is None or _words(doc, content.start, content.end) < 2:
            return None
        content = _whole_quote(doc, _closed_quote_end(doc, content))
        between = _source_after(doc, cue.end, comp.start)
        source = _inherited(doc, out, cue) or _source_before(doc, clause_start, cue.start)
        if source is None or (m.lexicon.verb_second and between is not None):
            source = between or source
        return _make(doc, article_id, source, cue, content, 0.7, via)
    # content, cue source. (Его смерть была естественной, рассказал X.)
    gap = text[clause_start : cue.start].rstrip()
    if (  # (not for "X, …, accused Y of …")
        gap.endswith((*_COMMAS, "—", "–", "-"))
        and _words(doc, cue.end, sent.end) <= 12
        and not is_object_verb
    ):
        content = _trimmed(text, clause_start, clause_start + len(gap) - 1, _CONTENT_TRIM)
        source = _source_after(doc, cue.end, sent.end)
        # "X, foreign minister, tweeted: …" has no speaker after the cue: an apposition
        if (
            source is not None
            and content is not None
            and _words(doc, content.start, content.end) >= 3
        ):
            return _make(doc, article_id, source, cue, _whole_quote(doc, content), 0.65, via)
    # cue [source]: "…" (X said: "…", وقال X “…”); назвал X "…" is an object, handled below
    for q in () if is_object_verb else _quotes_from(doc, cue.end):
        if q.span.start >= sent.end:
            break
        if q.span in doc.used_quotes:
            continue
        introduced = text[cue.end : q.span.start].rstrip().endswith(":")
        if _words(doc, cue.end, q.span.start) > (40 if introduced else 12):
            break
        if _words(doc, q.inner.start, q.inner.end) < _MIN_QUOTE_WORDS:
            continue
        if _cues_in(doc, cue.end, q.span.start):  # When asked …, X said: "…" belongs to "said"
            break
        source = _source_before(doc, clause_start, cue.start) or _source_after(
            doc, cue.end, q.span.start
        )
        return _make(doc, article_id, source, cue, q.span, 0.85, via)
    inherited = _inherited(doc, out, cue)
    return _around_cue(doc, cue, article_id, clause_start, end, via, inherited)


def _anaphoric(
    doc: _Doc, i: int, cue: Span, article_id: str, before: list[_Found]
) -> tuple[bool, Attribution | None]:
    """Lo ha detto X / Об этом сообщил X / To paziņoja X: the previous sentence is the content.

    Returns whether the cue points back, and the attribution it makes. When the previous
    sentence is already attributed, the cue names a channel: that becomes its `via`.
    """
    text, m, sent = doc.text, doc.m, doc.sentences[i]
    lead = text[sent.start : cue.start].strip().lower()
    words = lead.replace("'", " ").replace("’", " ").split()
    if i == 0 or not words or len(words) > 3:
        return False, None
    if not {lead, words[0], " ".join(words[:2])} & m.anaphors:
        return False, None
    previous = _recent(before, i - 1)
    if previous:  # Об этом пишет агентство X: the channel of what came before
        channel = _channel(doc, cue.end, sent.end)
        for f in previous:
            if channel is not None and not f.attribution.via:
                f.attribution = replace(f.attribution, via=(channel,))
        return True, None
    first = i - 1  # the unattributed sentences of the paragraph before the cue, up to three
    while (
        first > 0
        and i - first < 3
        and doc.paragraph_of[first - 1] == doc.paragraph_of[i - 1]
        and not _recent(before, first - 1)
    ):
        first -= 1
    content = _trimmed(text, doc.sentences[first].start, doc.sentences[i - 1].end, _CONTENT_TRIM)
    if content is None:
        return True, None
    content = _whole_quote(doc, content)
    for q in _quotes_in(doc, content.start, content.end):  # a dateline, then "…".
        if (q.span.end - q.span.start) * 10 >= (content.end - content.start) * 6:
            content = q.span
    source = _source_after(doc, cue.end, sent.end)
    return True, _make(doc, article_id, source, cue, content, 0.7)


def _around_cue(
    doc: _Doc,
    cue: Span,
    article_id: str,
    clause_start: int,
    end: int,
    via: Span | None,
    inherited: Span | None,
) -> Attribution | None:
    """Clauses a cue governs without a complementiser or a quote."""
    text, m = doc.text, doc.m
    lex = m.lexicon
    # Inside reported content only a frame that is plainly a clause makes a chain ("reported
    # that the minister said the talks had failed"); "bestätigt, sondern …" is no report.
    is_nested = via is not None
    tail = _trimmed(text, cue.end, end, _CONTENT_TRIM)
    # verb-final languages: X, … kişinin öldüğünü duyurdu.
    if is_nested and (not lex.bare_complement or _words(doc, clause_start, cue.start) > 6):
        return None  # a chain's inner speaker opens the reported clause
    if lex.verb_final and tail is None and not text[cue.end : end].lstrip().startswith(":"):
        comma = _find_comma(text, clause_start, cue.start)
        if comma > 0:
            content = _trimmed(text, comma + 1, cue.start, _CONTENT_TRIM)
            if content is not None and _words(doc, content.start, content.end) >= 2:
                source = _trimmed(text, clause_start, comma)
                return _make(doc, article_id, source, cue, content, 0.6, via)
        return None
    if tail is None:
        return None
    source = inherited or _source_before(doc, clause_start, cue.start)
    # betonte sein Sprecher, der Präsident habe … / বলেছেন, শহরের …
    if lex.comma_complement and not is_nested:
        comma = _find_comma(text, cue.end, end)
        if comma > 0 and _words(doc, cue.end, comma) <= 6:
            content = _trimmed(text, comma + 1, end, _CONTENT_TRIM)
            if content is not None and _words(doc, content.start, content.end) >= 3:
                if lex.verb_second or source is None:
                    source = _source_after(doc, cue.end, comma) or source
                return _make(doc, article_id, source, cue, content, 0.55, via)
    is_object_verb = m.object_verbs.match_at(text, cue.start) is not None and not is_nested
    if (lex.bare_complement or is_object_verb) and source is not None:
        nxt = WORD.search(text, cue.end, end)
        skipped = 0  # said on Wednesday Israel was …
        while nxt is not None and nxt.group().lower() in m.fillers and skipped < 3:
            nxt, skipped = WORD.search(text, nxt.end(), end), skipped + 1
        if nxt is not None and nxt.group().lower() not in m.stops:
            content = _trimmed(text, nxt.start(), end, _CONTENT_TRIM)
            if (
                content is not None
                and _words(doc, content.start, content.end) >= 3
                and (is_object_verb or _is_clause(doc, content, strict=is_nested))
                and not _has_stop_punct(text, cue.end, nxt.start())
            ):
                content = _closed_quote_end(doc, content)
                return _make(doc, article_id, source, cue, content, 0.5, via)
    return None


def _is_clause(doc: _Doc, span: Span, *, strict: bool = False) -> bool:
    """Whether words after a bare cue read as a clause ("the city had fallen").

    "added confusion to the matter" is an object, not reported speech: a clause needs an
    auxiliary or a verb-like -ed/-s ending (checked only where the lexicon lists auxiliaries);
    `strict`, for a chain inside reported content, does not take -s.
    """
    auxiliaries = doc.m.auxiliaries
    if not auxiliaries:
        return True
    words = [w.lower() for w in WORD.findall(doc.text, span.start, span.end)]
    endings = ("ed",) if strict else ("ed", "s")  # a plural noun must not make a chain
    return any(w in auxiliaries or w.endswith(endings) for w in words[1:])


def _enclosing(out: list[_Found], cue: Span) -> Attribution | None:
    """An attribution of this sentence whose content holds the cue (Bruni said the pope …)."""
    for f in reversed(out):
        content = f.attribution.content[0]
        if f.attribution.source and content.start <= cue.start and cue.end <= content.end:
            return f.attribution
    return None


def _inherited(doc: _Doc, out: list[_Found], cue: Span) -> Span | None:
    """The source of the attribution just before a participle cue (…, добавив, что …)."""
    for f in reversed(out):
        att = f.attribution
        end = max(s.end for s in (*att.content, *att.cue, *att.source))
        if end > cue.start:
            continue
        gap = doc.text[end : cue.start].strip(" ,;—–-").lower()
        if not gap or gap in doc.m.conjunctions:
            return att.source[0] if att.source else None
        return None  # only the statement right before the cue passes its speaker on
    return None


def _clause_end(doc: _Doc, cue: Span, sent: Span) -> int:
    """Where reported content after `cue` stops: the sentence end, or before the next frame."""
    cuts = doc.cuts.get(sent.start)
    if cuts is None:
        cuts = doc.cuts[sent.start] = _cuts(doc, sent)
    k = bisect_right(cuts, (cue.end, sent.end))
    while k < len(cuts) and cuts[k][1] <= cue.end:
        k += 1
    return cuts[k][1] if k < len(cuts) else sent.end


def _cuts(doc: _Doc, sent: Span) -> list[tuple[int, int]]:
    """(cue start, where content before it ends) for each cue of a sentence that starts a frame.

    ", <cue>" and "and <cue>" start a new statement, and so does a cue that opens a frame right
    after a quote or a stop, or after ", <short subject>"; after a subject with no comma a cue
    is the inner report of a chain ("said the pope stated that …") and stays in the content.
    """
    text, cuts = doc.text, []
    suffixes = doc.m.lexicon.adjunct_suffixes
    if suffixes:
        for gerund in _ADJUNCT.finditer(text, sent.start, sent.end):
            word = gerund.group(1).lower()
            if (
                len(word) >= 6
                and word.endswith(suffixes)
                and _in_quote(doc, gerund.start()) is None
            ):
                cuts.append((gerund.start(1), gerund.start()))
    for other in _cues_in(doc, sent.start, sent.end):
        if _in_quote(doc, other.start) is not None:
            continue
        window = text[max(sent.start, other.start - 40) : other.start]
        before = window.rstrip()
        stop = other.start - (len(window) - len(before))
        if before.endswith(_COMMAS):
            cuts.append((other.start, stop - 1))
            continue
        last_word = before.rsplit(None, 1)[-1].lower() if before.strip() else ""
        if last_word in doc.m.conjunctions:
            cuts.append((other.start, stop - len(last_word)))
        elif _opens_frame(doc, other, sent.end):
            if before and not before[-1].isalnum():
                cuts.append((other.start, other.start))
                continue
            comma = max(before.rfind(c) for c in _COMMAS)  # …, Zelensky told reporters, "…"
            at = other.start - len(window) + comma
            if comma >= 0 and _words(doc, at, other.start) <= 4:
                cuts.append((other.start, at))
    cuts.sort()
    return cuts


def _find_comma(text: str, start: int, end: int) -> int:
    """The first comma of any script in `text[start:end]`, or -1."""
    found = _COMMA.search(text, start, end)
    return found.start() if found else -1


def _has_stop_punct(text: str, start: int, end: int) -> bool:
    return any(c in text[start:end] for c in ".;!?\n")


def _closed_quote_end(doc: _Doc, content: Span) -> Span:
    """Content that ends inside a quote is cut back before that quote's opening mark."""
    q = _in_quote(doc, content.end)
    if q is not None and q.span.start > content.start:
        return _trimmed(doc.text, content.start, q.span.start, _CONTENT_TRIM) or content
    return content


def _whole_quote(doc: _Doc, content: Span) -> Span:
    """A content made of one quotation and its final stop is the quotation itself."""
    for q in _quotes_in(doc, content.start, content.end):
        rest = doc.text[content.start : q.span.start] + doc.text[q.span.end : content.end]
        if not rest.strip(_CONTENT_TRIM):
            return q.span
    return content


# ---------------------------------------------------------------- according to, headlines


def _according_to(doc: _Doc, i: int, article_id: str, out: list[_Found]) -> list[_Found]:
    text, m, sent = doc.text, doc.m, doc.sentences[i]
    found: list[_Found] = []
    for phrase in m.according_to.spans(text, sent.start, sent.end):
        if _in_quote(doc, phrase.start) is not None or _covered(out, phrase):
            continue
        if out:  # "…, erklärte der Generalstab nach Angaben des Kyiv Independent": a channel
            last = out[-1]
            channel = _source_after(doc, phrase.end, sent.end)
            if not last.attribution.via and channel is not None:
                last.attribution = replace(last.attribution, via=(channel,))
            continue
        if _words(doc, sent.start, phrase.start) <= 1:  # According to X, content.
            comma = _find_comma(text, phrase.end, sent.end)
            if comma < 0 or _words(doc, phrase.end, comma) > 10:
                continue
            source = _trimmed(text, phrase.end, comma)
            content = _trimmed(text, comma + 1, sent.end, _CONTENT_TRIM)
        else:  # content, according to X.
            if not text[sent.start : phrase.start].rstrip().endswith(_COMMAS):
                continue
            comma = _find_comma(text, phrase.end, sent.end)
            source = _trimmed(text, phrase.end, comma if comma > 0 else sent.end, _CONTENT_TRIM)
            content = _trimmed(text, sent.start, phrase.start, _CONTENT_TRIM)
        if content is not None and _words(doc, content.start, content.end) >= 3:
            att = _make(doc, article_id, source, phrase, content, 0.6)
            found.append(_Found(att, i, True, 3))
    for marker in m.according_to_after.spans(text, sent.start, sent.end):
        if _in_quote(doc, marker.start) is not None or _covered(out, marker):
            continue
        comma = max(*(text.rfind(c, sent.start, marker.start) for c in _COMMAS), sent.start - 1)
        source = _trimmed(text, comma + 1, marker.start)
        if source is None or _words(doc, source.start, source.end) > 6:
            continue
        content = _trimmed(text, marker.end, sent.end, _CONTENT_TRIM)
        if content is not None and _words(doc, content.start, content.end) >= 3:
            att = _make(doc, article_id, source, marker, content, 0.6)
            found.append(_Found(att, i, True, 3))
    return found


def _covered(out: list[_Found], span: Span) -> bool:
    """Whether `span` lies inside the content or cue of an attribution already found."""
    for f in out:
        for c in (*f.attribution.content, *f.attribution.cue):
            if c.start <= span.start and span.end <= c.end:
                return True
    return False


def _headlines(doc: _Doc, article_id: str, found: list[_Found]) -> list[_Found]:
    """'Name: claim' lines and '“quote”: Name …' lines (no cue)."""
    text = doc.text
    out: list[_Found] = []
    starts = [s.start for s in doc.sentences]
    taken = sorted(f.attribution.content[0] for f in found)
    taken_ends = list(itertools.accumulate((t.end for t in taken), max))
    for line in re.finditer(r"[^\n]+", text):
        span = _trimmed(text, line.start(), line.end(), " \t\r\u00a0")
        if span is None:
            continue
        first = _quote_at(doc, span.start)
        counted_from = first.span.end if first is not None else span.start
        if _words(doc, counted_from, span.end) > 16:
            continue
        k = bisect_left(taken, Span(span.end, span.end))  # those starting before the line ends
        if k > 0 and taken_ends[k - 1] > span.start:
            continue
        att = _headline(doc, span, article_id)
        if att is not None:
            index = bisect_right(starts, span.start) - 1
            out.append(_Found(att, max(index, 0), False, 4))
    return out


def _headline(doc: _Doc, line: Span, article_id: str) -> Attribution | None:
    text = doc.text
    first = _quote_at(doc, line.start)
    if first is not None:  # “O Hamas não é terrorista”: Erdogan personifica …
        after = text[first.span.end : line.end]
        if after.lstrip().startswith(":") and _words(doc, first.inner.start, first.inner.end) >= 3:
            name = _name_run(doc, first.span.end, line.end)
            if name is not None:
                return _make(doc, article_id, name, None, first.span, 0.5)
        return None
    colon = text.find(":", line.start, line.end)
    if colon < 0 or text[line.end - 1] in ".:" or _in_quote(doc, colon) is not None:
        return None
    speaker = _trimmed(text, line.start, colon)
    claim = _trimmed(text, colon + 1, line.end, _CONTENT_TRIM)
    if speaker is None or claim is None:
        return None
    n_speaker = _words(doc, speaker.start, speaker.end)
    if not 1 <= n_speaker <= 7 or _words(doc, claim.start, claim.end) < 3:
        return None
    if doc.m.cues.spans(text, speaker.start, speaker.end) or not _looks_like_name(text, speaker):
        return None
    if speaker.text_of(text).lower() in doc.m.headline_labels:
        return None
    return _make(doc, article_id, speaker, None, claim, 0.5)


def _quote_at(doc: _Doc, start: int) -> Quote | None:
    k = bisect_left(doc.quote_starts, start)
    return doc.quotes[k] if k < len(doc.quotes) and doc.quote_starts[k] == start else None


def _looks_like_name(text: str, span: Span) -> bool:
    """A speaker phrase starts with a capital, or is written in a script without case."""
    head = text[span.start]
    has_digit = any(c.isdigit() for c in text[span.start : span.end])
    return not has_digit and (head.isupper() or (head.isalpha() and not head.islower()))


def _name_run(doc: _Doc, start: int, end: int) -> Span | None:
    """The capitalised words right after `start` (a speaker named after a headline quote)."""
    words = []
    for w in WORD.finditer(doc.text, start, end):
        if not w.group()[0].isupper():
            break
        words.append(w)
    if not words:
        return None
    return Span(words[0].start(), words[-1].end())


def _deduplicated(found: list[_Found]) -> list[Attribution]:
    """One attribution per content; a chain's inner attribution may share its outer content."""
    kept: list[_Found] = []
    buckets: dict[int, list[Span]] = {}  # 1 KiB cells of the text -> kept contents touching them
    for f in sorted(found, key=lambda f: f.priority):
        c = f.attribution.content[0]
        cells = range(c.start >> 10, (c.end >> 10) + 1)
        others = {o for cell in cells for o in buckets.get(cell, ())}
        if not any(_clashes(c, o, is_chain=bool(f.attribution.via)) for o in others):
            kept.append(f)
            for cell in cells:
                buckets.setdefault(cell, []).append(c)
    kept.sort(key=lambda f: (f.attribution.content[0].start, f.attribution.content[0].end))
    return [f.attribution for f in kept]


def _clashes(c: Span, o: Span, *, is_chain: bool) -> bool:
    overlap = min(c.end, o.end) - max(c.start, o.start)
    if overlap <= 0 or (is_chain and _inside(c, o)):
        return False
    return overlap * 2 > min(c.end - c.start, o.end - o.start)
