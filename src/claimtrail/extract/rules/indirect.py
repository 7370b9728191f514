"""Speech around one cue: a complementiser, a quote, a clause, or the sentence before."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from claimtrail.extract.lexicons import WORD
from claimtrail.extract.rules.direct import opens_frame
from claimtrail.extract.rules.objects import (
    colon_content,
    is_speech_act,
    object_content,
    opens_clause,
)
from claimtrail.extract.rules.reading import (
    COMMAS,
    CONTENT_TRIM,
    MIN_QUOTE_WORDS,
    Doc,
    Found,
    closed_quote_end,
    cues_in,
    find_comma,
    first_span,
    has_stop_punct,
    make_attribution,
    quote_around,
    quotes_from,
    quotes_in,
    recent,
    trimmed,
    whole_quote,
    word_count,
)
from claimtrail.extract.rules.speakers import channel_at, source_after, source_before
from claimtrail.model import Attribution, Span

_ADJUNCT = re.compile(r"[,،，]\s*(\w+)")


def from_cue(
    doc: Doc, i: int, cue: Span, article_id: str, out: list[Found], before: list[Found]
) -> Attribution | None:
    """Indirect or direct speech around one cue that no quote has claimed yet."""
    text, m, sent = doc.text, doc.m, doc.sentences[i]
    outer = _enclosing(out, cue)
    clause_start = outer.content[0].start if outer else sent.start
    via = first_span(outer.source) if outer else None
    end = _clause_end(doc, cue, sent)
    is_anaphoric, anaphoric = _anaphoric(doc, i, cue, article_id, before)
    if is_anaphoric:
        return anaphoric
    is_object_verb = m.object_verbs.match_at(text, cue.start) is not None
    is_speech_act_cue = is_object_verb and is_speech_act(doc, cue)
    # cue ... complementiser content (said that, заявил, что, قال X إن)
    for comp in m.complementisers.spans(text, cue.end, min(end, cue.end + 160)):
        if word_count(doc, cue.end, comp.start) > 8 or has_stop_punct(text, cue.end, comp.start):
            break
        if quote_around(doc, comp.start) is not None or quotes_in(doc, cue.end, comp.start):
            break
        gap_words = WORD.findall(text, cue.end, comp.start)
        if any(w.lower() in m.auxiliaries for w in gap_words) or cues_in(doc, cue.end, comp.start):
            break
        content = trimmed(text, comp.end, end, CONTENT_TRIM)
        # "accused X of (the fact) that …", "rejected the call for X to …": the object is
        # part of what was said; a bare correlative ("о том, что") is not an object.
        if is_speech_act_cue and sum(w.lower() not in m.fillers for w in gap_words) >= 2:
            content = object_content(doc, cue, end) or content
        if content is None or word_count(doc, content.start, content.end) < 2:
            return None
        content = whole_quote(doc, closed_quote_end(doc, content))
        between = source_after(doc, cue.end, comp.start)
        source = _inherited(doc, out, cue) or source_before(doc, clause_start, cue.start)
        if source is None or (m.lexicon.verb_second and between is not None):
            source = between or source
        return make_attribution(doc, article_id, source, cue, content, 0.7, via)
    # content, cue source. (Его смерть была естественной, рассказал X.)
    gap = text[clause_start : cue.start].rstrip()
    if (  # (not for "X, …, accused Y of …", nor "…، وأدان …": "and condemned" adds a clause)
        gap.endswith((*COMMAS, "—", "–", "-"))
        and word_count(doc, cue.end, sent.end) <= 12
        and not is_object_verb
        and not _has_conjunction_clitic(doc, cue)
    ):
        content = trimmed(text, clause_start, clause_start + len(gap) - 1, CONTENT_TRIM)
        source = source_after(doc, cue.end, sent.end)
        # "X, foreign minister, tweeted: …" has no speaker after the cue: an apposition
        if (
            source is not None
            and content is not None
            and word_count(doc, content.start, content.end) >= 3
        ):
            return make_attribution(
                doc, article_id, source, cue, whole_quote(doc, content), 0.65, via
            )
    # cue [source]: "…" (X said: "…", وقال X “…”); назвал X "…" is an object, handled below,
    # but "rejected it with the words: «…»" introduces the quote with a colon
    for q in () if is_object_verb and not is_speech_act_cue else quotes_from(doc, cue.end):
        if q.span.start >= sent.end:
            break
        if q.span in doc.used_quotes:
            continue
        introduced = text[cue.end : q.span.start].rstrip().endswith(":")
        if is_object_verb and not introduced:
            break
        if word_count(doc, cue.end, q.span.start) > (40 if introduced else 12):
            break
        if word_count(doc, q.inner.start, q.inner.end) < MIN_QUOTE_WORDS:
            continue
        if cues_in(doc, cue.end, q.span.start):  # When asked …, X said: "…" belongs to "said"
            break
        source = source_before(doc, clause_start, cue.start) or source_after(
            doc, cue.end, q.span.start
        )
        return make_attribution(doc, article_id, source, cue, q.span, 0.85, via)
    inherited = _inherited(doc, out, cue)
    return _around_cue(doc, cue, article_id, clause_start, end, via, inherited)


def _anaphoric(
    doc: Doc, i: int, cue: Span, article_id: str, before: list[Found]
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
    previous = recent(before, i - 1)
    if previous:  # Об этом пишет агентство X: the channel of what came before
        channel = channel_at(doc, cue.end, sent.end)
        for f in previous:
            if channel is not None and not f.attribution.via:
                f.attribution = replace(f.attribution, via=(channel,))
        return True, None
    first = i - 1  # the unattributed sentences of the paragraph before the cue, up to three
    while (
        first > 0
        and i - first < 3
        and doc.paragraph_of[first - 1] == doc.paragraph_of[i - 1]
        and not recent(before, first - 1)
    ):
        first -= 1
    content = trimmed(text, doc.sentences[first].start, doc.sentences[i - 1].end, CONTENT_TRIM)
    if content is None:
        return True, None
    content = whole_quote(doc, content)
    for q in quotes_in(doc, content.start, content.end):  # a dateline, then "…".
        if (q.span.end - q.span.start) * 10 >= (content.end - content.start) * 6:
            content = q.span
    source = source_after(doc, cue.end, sent.end)
    return True, make_attribution(doc, article_id, source, cue, content, 0.7)


def _around_cue(
    doc: Doc,
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
    tail = trimmed(text, cue.end, end, CONTENT_TRIM)
    # verb-final languages: X, … kişinin öldüğünü duyurdu.
    if is_nested and (not lex.bare_complement or word_count(doc, clause_start, cue.start) > 6):
        return None  # a chain's inner speaker opens the reported clause
    colon = colon_content(doc, cue, end)
    if colon is not None:  # dijo a la prensa: no vamos a negociar
        source = inherited or source_before(doc, clause_start, cue.start)
        source = source or source_after(doc, cue.end, colon.start)
        return make_attribution(doc, article_id, source, cue, colon, 0.55, via)
    if lex.verb_final and tail is None and not text[cue.end : end].lstrip().startswith(":"):
        comma = find_comma(text, clause_start, cue.start)
        if comma > 0:
            content = trimmed(text, comma + 1, cue.start, CONTENT_TRIM)
            if content is not None and word_count(doc, content.start, content.end) >= 2:
                source = trimmed(text, clause_start, comma)
                return make_attribution(doc, article_id, source, cue, content, 0.6, via)
        return None
    if tail is None:
        return None
    source = inherited or source_before(doc, clause_start, cue.start)
    # betonte sein Sprecher, der Präsident habe … / বলেছেন, শহরের …
    if lex.comma_complement and not is_nested:
        comma = find_comma(text, cue.end, end)
        if comma > 0 and word_count(doc, cue.end, comma) <= 6:
            content = trimmed(text, comma + 1, end, CONTENT_TRIM)
            if content is not None and word_count(doc, content.start, content.end) >= 3:
                if lex.verb_second or source is None:
                    source = source_after(doc, cue.end, comma) or source
                return make_attribution(doc, article_id, source, cue, content, 0.55, via)
    is_object_verb = m.object_verbs.match_at(text, cue.start) is not None and not is_nested
    if is_object_verb and is_speech_act(doc, cue):
        # Rechazó las acusaciones / Obvinila Putina z …: in a pro-drop or verb-first clause
        # the speaker is elsewhere (or after the cue), and a two-word object is a statement.
        # After a relative pronoun the object may be its antecedent (la propuesta que rechazó X).
        before = WORD.findall(text, clause_start, cue.start)
        if before and before[-1].lower() in m.relatives:
            return None
        content = object_content(doc, cue, end)
        if content is not None and (source is not None or opens_clause(doc, clause_start, cue)):
            return make_attribution(doc, article_id, source, cue, content, 0.5, via)
        return None
    if (lex.bare_complement or is_object_verb) and source is not None:
        nxt = WORD.search(text, cue.end, end)
        skipped = 0  # said on Wednesday Israel was …
        while nxt is not None and nxt.group().lower() in m.fillers and skipped < 3:
            nxt, skipped = WORD.search(text, nxt.end(), end), skipped + 1
        if nxt is not None and nxt.group().lower() not in m.stops:
            content = trimmed(text, nxt.start(), end, CONTENT_TRIM)
            if (
                content is not None
                and word_count(doc, content.start, content.end) >= 3
                and (is_object_verb or _is_clause(doc, content, strict=is_nested))
                and not has_stop_punct(text, cue.end, nxt.start())
            ):
                content = closed_quote_end(doc, content)
                return make_attribution(doc, article_id, source, cue, content, 0.5, via)
    return None


def _has_conjunction_clitic(doc: Doc, cue: Span) -> bool:
    """Whether the cue is written joined to a conjunction (وقال, فأكد): a clause of its own."""
    word = doc.text[cue.start : cue.end]
    for prefix in doc.m.lexicon.clitic_prefixes:
        bare = word[len(prefix) :]
        if word.startswith(prefix) and bare:  # وصف is a verb of its own, not و + صف
            found = doc.m.cues.match_at(bare, 0)
            if found is not None and found.end == len(bare):
                return True
    return False


def _is_clause(doc: Doc, span: Span, *, strict: bool = False) -> bool:
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


def _enclosing(out: list[Found], cue: Span) -> Attribution | None:
    """An attribution of this sentence whose content holds the cue (Bruni said the pope …)."""
    for f in reversed(out):
        content = f.attribution.content[0]
        if f.attribution.source and content.start <= cue.start and cue.end <= content.end:
            return f.attribution
    return None


def _inherited(doc: Doc, out: list[Found], cue: Span) -> Span | None:
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


def _clause_end(doc: Doc, cue: Span, sent: Span) -> int:
    """Where reported content after `cue` stops: the sentence end, or before the next frame."""
    cuts = doc.cuts.get(sent.start)
    if cuts is None:
        cuts = doc.cuts[sent.start] = _cuts(doc, sent)
    k = bisect_right(cuts, (cue.end, sent.end))
    while k < len(cuts) and cuts[k][1] <= cue.end:
        k += 1
    return cuts[k][1] if k < len(cuts) else sent.end


def _cuts(doc: Doc, sent: Span) -> list[tuple[int, int]]:
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
                and quote_around(doc, gerund.start()) is None
            ):
                cuts.append((gerund.start(1), gerund.start()))
    for other in cues_in(doc, sent.start, sent.end):
        if quote_around(doc, other.start) is not None:
            continue
        window = text[max(sent.start, other.start - 40) : other.start]
        before = window.rstrip()
        stop = other.start - (len(window) - len(before))
        if before.endswith(COMMAS):
            cuts.append((other.start, stop - 1))
            continue
        last_word = before.rsplit(None, 1)[-1].lower() if before.strip() else ""
        if last_word in doc.m.conjunctions:
            cuts.append((other.start, stop - len(last_word)))
        elif opens_frame(doc, other, sent.end):
            if before and not before[-1].isalnum():
                cuts.append((other.start, other.start))
                continue
            comma = max(before.rfind(c) for c in COMMAS)  # …, Zelensky told reporters, "…"
            at = other.start - len(window) + comma
            if comma >= 0 and word_count(doc, at, other.start) <= 4:
                cuts.append((other.start, at))
    cuts.sort()
    return cuts
