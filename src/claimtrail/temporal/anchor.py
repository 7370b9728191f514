"""When a statement was made (`said_on`), not when the article reporting it was published.

The time expression tied to a statement is the one nearest its cue in the cue's sentence,
never one inside the content ("Lavrov said the war began on February 24" dates the war).
Failing that: a quote's own "Today, May 20"; a next sentence that points back ("Об этом он
сообщил 25 февраля"); an earlier sentence about the same speech event ("In an interview on
February 2, Lavrov ..."); and last the publication date, with the basis recorded.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from claimtrail.model import Attribution, DateBasis, Span
from claimtrail.temporal.expressions import GRACE_DAYS, TimeExpression, time_expressions
from claimtrail.temporal.lexicon import Lexicon, lexicon
from claimtrail.temporal.sentences import sentence_starts

# A time phrase further than this from the cue or speaker belongs to another clause. In the
# stories corpus 59 of the 64 gold phrases sit within 51 characters of them.
MAX_CUE_DISTANCE_CHARS = 100
# How many sentences before a statement may hold the date of its speech event.
LOOKBACK_SENTENCES = 2
_QUOTED = re.compile(r"“[^“”]{0,3000}”|«[^«»]{0,3000}»|„[^„“”]{0,3000}[“”]|\"[^\"\n]{0,3000}\"")
_NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@dataclass(frozen=True, slots=True)
class Anchor:
    """The day a statement was made and what that rests on.

    `basis` is "explicit" (a date in the text), "relative" (a weekday or "yesterday" resolved
    against the publication day) or "publication" (no time phrase: the publication day).
    `reason` says why `said_on` is None, or notes a phrase that was set aside.
    """

    said_on: date | None
    basis: DateBasis | None
    expression: Span | None
    reason: str | None = None


def anchor(
    text: str,
    attribution: Attribution,
    published: datetime | None,
    language: str | None,
    *,
    today: date | None = None,
) -> Anchor:
    """The anchor of one attribution; pass `today` to have a future publication date noted."""
    return anchors(text, [attribution], published, language, today=today)[0]


def anchors(
    text: str,
    attributions: Sequence[Attribution],
    published: datetime | None,
    language: str | None,
    *,
    today: date | None = None,
) -> list[Anchor]:
    """One anchor per attribution, in order; the article's time expressions are found once.

    `published` is used in its own time zone: the outlet's calendar day is the reference.
    """
    reference = published.date() if published is not None else None
    article = _Article(text, time_expressions(text, language, reference), lexicon(language))
    notes: list[str] = []
    if reference is not None and today is not None and reference > today:
        notes.append(
            f"publication date {reference} is after {today}; relative dates resolved against it"
        )
    return [_anchor_one(article, a, reference, notes) for a in attributions]


class _Article:
    """Sentence starts, quoted stretches and time expressions of one text, for lookups."""

    def __init__(self, text: str, expressions: list[TimeExpression], words: Lexicon) -> None:
        self.text = text
        self.expressions = expressions
        self.expression_starts = [e.span.start for e in expressions]
        self.sentence_starts = sentence_starts(text)
        self.quotes = [m.span() for m in _QUOTED.finditer(text)]
        self.quote_starts = [q[0] for q in self.quotes]
        self.words = words

    def sentence_of(self, offset: int) -> int:
        return bisect.bisect_right(self.sentence_starts, offset) - 1

    def sentence_span(self, index: int) -> tuple[int, int]:
        end = (
            self.sentence_starts[index + 1]
            if index + 1 < len(self.sentence_starts)
            else len(self.text)
        )
        return self.sentence_starts[index], end

    def expressions_in(self, start: int, end: int) -> list[TimeExpression]:
        # Expressions never overlap each other, so the ones starting before `end` and ending
        # after `start` are a contiguous run found by bisection.
        first = max(bisect.bisect_right(self.expression_starts, start) - 1, 0)
        last = bisect.bisect_left(self.expression_starts, end)
        return [e for e in self.expressions[first:last] if e.span.end > start]

    def is_quoted(self, span: Span) -> bool:
        index = bisect.bisect_right(self.quote_starts, span.start) - 1
        return index >= 0 and self.quotes[index][1] >= span.end


def _anchor_one(
    article: _Article, attribution: Attribution, reference: date | None, notes: list[str]
) -> Anchor:
    local_notes = list(notes)
    pivots = (*attribution.cue, *attribution.source) or attribution.content[:1]
    if not pivots:
        return _fallback(reference, local_notes)
    content = attribution.content
    frame = _frame_candidates(article, pivots, attribution.cue, content, attribution.source)
    if frame:
        found = _choose(article.text, frame, reference, local_notes)
        if found is not None:
            return found
    if attribution.kind != "indirect":
        found = _speaker_today(article, content, reference, local_notes)
        if found is not None:
            return found
    for sentence in (
        *_sentence_after(article, attribution),
        *_earlier_sentences(article, attribution),
    ):
        start, end = article.sentence_span(sentence)
        candidates = [
            e
            for e in article.expressions_in(start, end)
            if e.granularity == "day"
            and not _overlaps_any(e.span, content)
            and not _is_inside_source(e.span, attribution.source)
            and not article.is_quoted(e.span)
        ]
        if candidates:
            spans = (*pivots, *content)
            candidates.sort(key=lambda e: min(_distance(e.span, s) for s in spans))
            found = _choose(article.text, candidates, reference, local_notes)
            if found is not None:
                return found
    return _fallback(reference, local_notes)


def _speaker_today(
    article: _Article, content: tuple[Span, ...], reference: date | None, notes: list[str]
) -> Anchor | None:
    """A quote that opens with its own date ("Today, May 20, ...") was spoken that day.

    Dates inside a quote usually describe other events, but "today" is the speaker's own day,
    and an explicit date given with it says which day that was.
    """
    for span in content:
        for expression in article.expressions_in(span.start, span.end):
            is_day = expression.kind == "explicit" and expression.granularity == "day"
            if is_day and article.words.is_today(expression.span.text_of(article.text)):
                return _choose(article.text, [expression], reference, notes)
    return None


def _frame_candidates(
    article: _Article,
    pivots: tuple[Span, ...],
    cues: tuple[Span, ...],
    content: tuple[Span, ...],
    source: tuple[Span, ...] = (),
) -> list[TimeExpression]:
    """Expressions in the cue's sentence, outside the content and the source, nearest the cue
    first. A date inside a source span is an extraction slip (an embedded post's
    "@user February 26, 2024" swept into the speaker), not the statement's day."""
    sentences = sorted({article.sentence_of(p.start) for p in pivots})
    found: dict[Span, tuple[int, TimeExpression]] = {}
    for index in sentences:
        start, end = article.sentence_span(index)
        # A verb stem inside the source describes the speaker: "spoke" in "spokesperson".
        verbs = [
            Span(*m.span())
            for m in article.words.saying.finditer(article.text, start, end)
            if not _overlaps_any(Span(*m.span()), (*cues, *source))
        ]
        for expression in article.expressions_in(start, end):
            # A date in quotation marks is what someone said, not when the narrator says
            # they said it; the speaker's own "today" is handled in _speaker_today.
            if article.is_quoted(expression.span):
                continue
            if _overlaps_any(expression.span, content) and not _opens_content(
                article.text, expression.span, cues, content
            ):
                continue
            if _is_inside_source(expression.span, source):
                continue
            distance = min(_distance(expression.span, p) for p in pivots)
            if distance > MAX_CUE_DISTANCE_CHARS:
                continue
            if _is_past_a_clause_break(article.text, expression.span, pivots):
                continue
            if _is_nearer_another_verb(expression.span, cues, verbs):
                continue
            found[expression.span] = (distance, expression)
    return [e for _, e in sorted(found.values(), key=lambda pair: (pair[0], pair[1].span))]


def _opens_content(
    text: str, span: Span, cues: tuple[Span, ...], content: tuple[Span, ...]
) -> bool:
    """Whether a phrase sits between the cue and the rest of the content, so belongs to the cue.

    "Russia said on Saturday it had captured the city": extractors often start the content at
    "on Saturday", but the phrase tells when Russia spoke. "said yesterday's attack was ..."
    is a possessive inside the content, not a time of saying.
    """
    if text[span.end : span.end + 1] in {"'", "’"}:
        return False
    opens = any(c.start <= span.start < c.end and not text[c.start : span.start].strip()
                for c in content)  # fmt: skip
    follows_cue = any(c.end <= span.start and not text[c.end : span.start].strip() for c in cues)
    has_rest = any(span.end < c.end and text[span.end : c.end].strip() for c in content)
    return opens and follows_cue and has_rest


def _is_inside_source(span: Span, source: tuple[Span, ...]) -> bool:
    """Whether a phrase sits inside a source span past its first word: "On Sunday, Zelensky"
    may open a source, but "Loupis (@DrLoupis) February 26, 2024 Budanov" is a slip."""
    return any(s.start + 3 < span.start < s.end for s in source)


def _is_past_a_clause_break(text: str, span: Span, pivots: tuple[Span, ...]) -> bool:
    """Whether a phrase after the cue sits in a clause of its own.

    "he said, referring to an attack on October 7": after a comma the date belongs to another
    event; before the cue a comma is normal ("On Sunday, Zelensky said").
    """
    before = [p for p in pivots if p.end <= span.start]
    if len(before) < len(pivots):
        return False
    gap = text[max(p.end for p in before) : span.start]
    return any(mark in gap for mark in ",;:—–")


def _sentence_after(article: _Article, attribution: Attribution) -> list[int]:
    """The next sentence when it opens by pointing back: "Об этом он сообщил ... 25 февраля"."""
    spans = (*attribution.source, *attribution.cue, *attribution.content)
    after = article.sentence_of(max(s.end for s in spans) - 1) + 1
    if after >= len(article.sentence_starts):
        return []
    start, end = article.sentence_span(after)
    return [after] if article.words.anaphora.match(article.text, start, end) else []


def _is_nearer_another_verb(span: Span, cues: tuple[Span, ...], verbs: list[Span]) -> bool:
    """Whether another verb of saying is closer to the phrase than the statement's cue.

    "As the union claimed on Wednesday, Zhuravlev said": Wednesday is when the union spoke.
    """
    if not cues or not verbs:
        return False
    ours = min(_distance(span, c) for c in cues)
    return min(_distance(span, v) for v in verbs) < ours


def _earlier_sentences(article: _Article, attribution: Attribution) -> list[int]:
    """Sentences just before the statement that report the same speech event, nearest first.

    Such a sentence is about speech ("in an interview") and names the speaker. For "he said"
    the nearest sentence about speech is the antecedent, and the names it holds stand in for
    the speaker's. A sentence about someone else's speech ends the search.
    """
    spans = (*attribution.source, *attribution.cue, *attribution.content)
    first = article.sentence_of(min(s.start for s in spans))
    head = _source_head(article.text, attribution.source)
    keys = {head} if head else set()
    chosen: list[int] = []
    for index in range(first - 1, max(first - 1 - LOOKBACK_SENTENCES, -1), -1):
        start, end = article.sentence_span(index)
        if not article.words.speech.search(article.text, start, end):
            continue
        if not keys:  # a pronoun: this is the antecedent's sentence
            keys = _names_outside_quotes(article, start, end)
        elif not any(key in article.text[start:end].casefold() for key in keys):
            break
        chosen.append(index)
    return chosen


def _names_outside_quotes(article: _Article, start: int, end: int) -> set[str]:
    names: set[str] = set()
    for m in _NAME_WORD.finditer(article.text, start, end):
        word = m.group()
        if word[:1].isupper() and len(word) >= 4 and not article.is_quoted(Span(*m.span())):
            names.add(word.casefold()[:5])
    return names


def _source_head(text: str, source: tuple[Span, ...]) -> str | None:
    """A stem of the speaker's name or role ("lavro", "minis"), or None for "he", "elle"."""
    if not source:
        return None
    words: list[str] = _NAME_WORD.findall(source[-1].text_of(text))
    names = [w for w in words if w[:1].isupper()]
    # Five letters survive inflection: Лаврова, Erdoğan'ın, Navalného; pronouns are shorter.
    last = names[-1] if names else words[-1] if words else ""
    return last.casefold()[:5] if len(last) >= 5 else None


def _choose(
    text: str, candidates: list[TimeExpression], reference: date | None, notes: list[str]
) -> Anchor | None:
    """The anchor given by the best candidate, or None to keep looking elsewhere."""
    days = [e for e in candidates if e.granularity == "day"]
    for expression in days:
        phrase = expression.span.text_of(text)
        if expression.value is None:
            return Anchor(None, None, expression.span, _unresolved(phrase, expression, reference))
        latest = _latest_day(expression, reference)
        if latest is not None and expression.value > latest:
            notes.append(
                f"'{phrase}' points after the publication date: "
                "a future event, not when it was said"
            )
            continue
        basis: DateBasis = "explicit" if expression.kind == "explicit" else "relative"
        return Anchor(expression.value, basis, expression.span, _joined(notes))
    for expression in candidates:
        if expression.granularity == "day":
            continue
        latest = _latest_day(expression, reference)
        if latest is not None and expression.value is not None and expression.value > latest:
            continue
        phrase = expression.span.text_of(text)
        return Anchor(
            None,
            None,
            expression.span,
            f"'{phrase}' names only a {expression.granularity}, not the day",
        )
    return None


def _latest_day(expression: TimeExpression, reference: date | None) -> date | None:
    """The last day a statement dated by `expression` can have been made on.

    An explicit date may run a day past the publication day (time zones); a relative one is
    computed from that day itself, so anything later ("tomorrow") is in the future.
    """
    if reference is None:
        return None
    grace = GRACE_DAYS if expression.kind == "explicit" else 0
    return reference + timedelta(days=grace)


def _unresolved(phrase: str, expression: TimeExpression, reference: date | None) -> str:
    if expression.kind == "explicit":
        if reference is None:
            return f"'{phrase}' has no year and there is no publication date to supply it"
        return f"'{phrase}' is not a calendar date"
    if reference is None:
        return f"'{phrase}' is relative and there is no publication date to resolve it"
    return f"'{phrase}' names no single day"


def _fallback(reference: date | None, notes: list[str]) -> Anchor:
    if reference is None:
        notes.append("no time expression tied to the statement and no publication date")
        return Anchor(None, None, None, _joined(notes))
    notes.append("no time expression tied to the statement: dated by publication")
    return Anchor(reference, "publication", None, _joined(notes))


def _joined(notes: list[str]) -> str | None:
    return "; ".join(notes) if notes else None


def _overlaps_any(span: Span, others: tuple[Span, ...]) -> bool:
    return any(span.start < o.end and o.start < span.end for o in others)


def _distance(a: Span, b: Span) -> int:
    return max(a.start - b.end, b.start - a.end, 0)
