"""The rules run in order over one text, then one attribution kept per content."""

from __future__ import annotations

from claimtrail.extract.rules.according import according_to_frames
from claimtrail.extract.rules.chains import chain_frames, credit_channels, nested_attributions
from claimtrail.extract.rules.direct import (
    cue_after_quote,
    cue_inside_quote,
    dash_speech,
    repeats_a_quote,
)
from claimtrail.extract.rules.headlines import headline_attributions
from claimtrail.extract.rules.indirect import from_cue
from claimtrail.extract.rules.reading import (
    MIN_QUOTE_WORDS,
    Doc,
    Found,
    cues_in,
    first_span,
    is_inside,
    make_attribution,
    quote_around,
    quotes_in,
    read_doc,
    recent,
    trimmed,
    word_count,
)
from claimtrail.extract.rules.speakers import source_after, source_before
from claimtrail.model import Attribution, Span


def rule_attributions(text: str, language: str, article_id: str) -> list[Attribution]:
    """Attributions in `text` by rules for `language` (ISO 639-1); offsets index `text` exactly."""
    if not text or not text.strip():
        return []
    doc = read_doc(text, language)
    found: list[Found] = dash_speech(doc, article_id)
    for i in range(len(doc.sentences)):
        found.extend(_sentence_attributions(doc, i, article_id, found))
    found.extend(headline_attributions(doc, article_id, found))
    return _deduplicated(found)


def _sentence_attributions(doc: Doc, i: int, article_id: str, before: list[Found]) -> list[Found]:
    """The attributions of sentence `i`; `before` holds those of the sentences before it.

    Order matters: chains, then quotes with a cue after them, then each cue left (with its
    complementiser, quote or clause), then continuation quotes, "according to" and nesting.
    """
    sent, text = doc.sentences[i], doc.text
    out: list[Found] = []
    quotes = [q for q in quotes_in(doc, sent.start, sent.end) if q.span not in doc.used_quotes]
    cues = cues_in(doc, sent.start, sent.end)
    cues = [c for c in cues if quote_around(doc, c.start) is None]

    def add(att: Attribution, has_cue: bool, priority: int) -> None:
        doc.used_cues.update(att.cue)
        if att.source and att.source[0].text_of(doc.text).lower() in doc.m.relatives:
            return  # "those who claim that …" names no speaker
        out.append(Found(att, i, has_cue, priority))
        for q in quotes_in(doc, att.content[0].start, att.content[0].end):
            doc.used_quotes.add(q.span)

    for chain in chain_frames(doc, sent, article_id):  # Belta quoted Lukashenko as saying …
        add(chain, True, 0)
        doc.used_cues.update(c for c in cues if is_inside(c, chain.cue[-1]))
    quotes = [q for q in quotes if q.span not in doc.used_quotes]
    for q in quotes:  # "…", said X / "…" dedi / «…», — заявил X
        if word_count(doc, q.inner.start, q.inner.end) < MIN_QUOTE_WORDS:
            continue
        cue = cue_after_quote(doc, q, sent, cues)
        if cue is not None:
            source = (
                trimmed(text, q.span.end, cue.start)  # "…," she said
                or source_after(doc, cue.end, sent.end)
                or source_before(doc, sent.start, q.span.start)  # X, "…" dedi
            )
            if source is not None and not word_count(doc, source.start, source.end):
                source = source_after(doc, cue.end, sent.end)
            add(make_attribution(doc, article_id, source, cue, q.span, 0.9), True, 0)
            continue
        cue = cue_inside_quote(doc, q)
        if cue is not None:
            source = source_after(doc, cue.end, q.inner.end)
            add(make_attribution(doc, article_id, source, cue, q.span, 0.8), True, 0)
    for cue in cues:
        if cue in doc.used_cues:
            continue
        att = from_cue(doc, i, cue, article_id, out, before)
        if att is not None:
            add(att, True, 1)
    for q in quotes:  # a quote with no cue after a cued attribution continues it
        if (
            q.span in doc.used_quotes
            or word_count(doc, q.inner.start, q.inner.end) < MIN_QUOTE_WORDS
        ):
            continue
        previous = [f for f in (*recent(before, i - 1), *out) if f.has_cue]
        if previous and not repeats_a_quote(doc, q):
            last = previous[-1].attribution
            source = last.source[0] if last.source else None
            via = first_span(last.via)
            add(make_attribution(doc, article_id, source, None, q.span, 0.6, via), False, 2)
    out.extend(according_to_frames(doc, i, article_id, out))
    credit_channels(doc, sent, out)
    out.extend(nested_attributions(doc, i, article_id, out))
    return out


def _deduplicated(found: list[Found]) -> list[Attribution]:
    """One attribution per content; a chain's inner attribution may share its outer content."""
    kept: list[Found] = []
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
    if overlap <= 0 or (is_chain and is_inside(c, o)):
        return False
    return overlap * 2 > min(c.end - c.start, o.end - o.start)
