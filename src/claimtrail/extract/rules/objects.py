"""Speech acts whose noun object is what was said (rejected the claims, obvinila X z …),
and unquoted speech after a colon (dijo: no vamos a negociar).
"""

from __future__ import annotations

from functools import cache

from claimtrail.extract.lexicons import WORD, Lexicon, PhraseMatcher
from claimtrail.extract.rules.reading import (
    CONTENT_TRIM,
    Doc,
    closed_quote_end,
    has_stop_punct,
    trimmed,
    word_count,
)
from claimtrail.model import Span


def is_speech_act(doc: Doc, cue: Span) -> bool:
    """Whether a cue is one of its own language's verbs whose noun object is the content.

    English object verbs, which every lexicon borrows, keep their narrower frame ("called X Y").
    """
    lex = doc.m.lexicon
    return lex.language != "en" and _own_object_verbs(lex).match_at(doc.text, cue.start) is not None


@cache
def _own_object_verbs(lex: Lexicon) -> PhraseMatcher:
    return PhraseMatcher(lex.object_verbs, lex.clitic_prefixes, spaced=lex.is_segmented)


def object_content(doc: Doc, cue: Span, end: int) -> Span | None:
    """The object after a speech-act cue up to the clause end, when it has two words or more."""
    text, m = doc.text, doc.m
    nxt = WORD.search(text, cue.end, end)
    skipped = 0  # rechazó también …
    while nxt is not None and nxt.group().lower() in m.fillers and skipped < 3:
        nxt, skipped = WORD.search(text, nxt.end(), end), skipped + 1
    # "rechazó en una entrevista …" opens an adjunct, not an object
    if nxt is None or nxt.group().lower() in m.stops or has_stop_punct(text, cue.end, nxt.start()):
        return None
    content = trimmed(text, nxt.start(), end, CONTENT_TRIM)
    if content is None or word_count(doc, content.start, content.end) < 2:
        return None
    return closed_quote_end(doc, content)


def colon_content(doc: Doc, cue: Span, end: int) -> Span | None:
    """Unquoted speech after "cue [to whom]:", at most four words after the cue (not in en)."""
    text = doc.text
    if doc.m.lexicon.language == "en":
        return None
    colon = text.find(":", cue.end, min(end, cue.end + 60))
    if colon < 0 or word_count(doc, cue.end, colon) > 4 or has_stop_punct(text, cue.end, colon):
        return None
    content = trimmed(text, colon + 1, end, CONTENT_TRIM)
    if content is None or word_count(doc, content.start, content.end) < 3:
        return None
    return closed_quote_end(doc, content)


def opens_clause(doc: Doc, clause_start: int, cue: Span) -> bool:
    """Whether only fillers stand between the clause start and the cue (no subject before it)."""
    words = WORD.findall(doc.text, clause_start, cue.start)
    return all(w.lower() in doc.m.fillers for w in words)
