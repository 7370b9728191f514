"""Reporting-verb lexicons, one data module per language, and the matchers built from them.

A language module (`ru.py`, `de.py`, ...) defines `LEXICON = Lexicon(...)`; adding a language is
adding one such module and its code to `LANGUAGES`. Phrases are matched case-insensitively as
whole words; a phrase ending in `*` matches any word that starts with it ("заяви*").
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from functools import cache

from claimtrail.model import Span

LANGUAGES = (
    "ar", "bn", "cs", "de", "en", "es", "fr", "gu", "it", "lv", "mk", "pl", "pt", "ro", "ru",
    "tr", "uk", "zh",
)  # fmt: skip

# Word characters plus the combining marks of the scripts news comes in: without the marks,
# Indic and Arabic words would break at every vowel sign.
WORD_CHARS = (
    r"\w\u0300-\u036F\u0483-\u0489\u0591-\u05C7\u0610-\u061A\u064B-\u065F\u0670"
    r"\u06D6-\u06ED\u0900-\u0DFF\u0E31-\u0E4E\u200C\u200D"
)
WORD = re.compile(f"[{WORD_CHARS}]+")


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The words one language uses to attribute speech (all lower case, inflected as in news)."""

    language: str
    # Reporting verbs and verb phrases in the forms news uses: past, perfect, gendered, gerunds.
    verbs: tuple[str, ...]
    # Words that introduce reported content after the cue: that, dass, что, que, che, że, إن.
    complementisers: tuple[str, ...] = ()
    # Phrases followed by the source: according to X, laut X, по словам X, selon X.
    according_to: tuple[str, ...] = ()
    # Postpositions that follow the source: X zufolge, X'e göre, X অনুযায়ী.
    according_to_after: tuple[str, ...] = ()
    # Cues that count only right after a quotation ("…", so Selenskyj): elsewhere too ambiguous.
    quote_cues: tuple[str, ...] = ()
    # Verbs whose object is the content without a complementiser (назвал X Y, nannte X Y).
    object_verbs: tuple[str, ...] = ()
    # Pronouns and pronoun-like subjects that may stand as a source.
    pronouns: tuple[str, ...] = ()
    # Relative pronouns: "those who claim that …" reports no one in particular.
    relatives: tuple[str, ...] = ()
    # Words before a sentence-initial cue that point back at the previous sentence (Lo ha detto).
    anaphors: tuple[str, ...] = ()
    # Chains written as "VIA <opener> SOURCE <closer> content": quoted X as saying.
    chain_frames: tuple[tuple[str, str], ...] = ()
    # Phrases after which the intermediary of a chain is named (citato da X, передает X).
    via_markers: tuple[str, ...] = ()
    # Endings of gerunds that open an adjunct after a comma ("…, casting doubt on …"): reported
    # content stops there.
    adjunct_suffixes: tuple[str, ...] = ()
    # Labels that look like "Name: claim" headlines but name no speaker (Photo: …, Read also: …).
    headline_labels: tuple[str, ...] = ()
    # Coordinating conjunctions: "denied the claim and said …" starts a second statement.
    conjunctions: tuple[str, ...] = ()
    # Words that end a speaker phrase read after the cue (prepositions, time words).
    stops: tuple[str, ...] = ()
    # Auxiliaries: "said Hamas was a party that …" is no "said … that" frame when one sits between.
    auxiliaries: tuple[str, ...] = ()
    # Words skipped between a cue and an inverted subject (erklärte derweil der Generalstab).
    fillers: tuple[str, ...] = ()
    # Conjunctions written joined to the next word (Arabic و, ف), allowed before a cue.
    clitic_prefixes: tuple[str, ...] = ()
    # Word order and clause shape.
    verb_second: bool = False  # the subject may follow the cue in a main clause (de)
    bare_complement: bool = False  # "said the city fell" needs no complementiser (en, zh)
    comma_complement: bool = False  # "betonte sein Sprecher, der Präsident habe ..." (de, bn)
    verb_final: bool = False  # "X, ... kişinin öldüğünü duyurdu": content before the cue (tr)
    is_segmented: bool = True  # False where words are not separated by spaces (zh)


@cache
def lexicon(language: str | None) -> Lexicon:
    """The lexicon for an ISO 639-1 code ('pt-BR' reads as 'pt'); English when there is none."""
    code = (language or "en").replace("_", "-").split("-")[0].strip().lower()
    if code not in LANGUAGES:
        code = "en"
    module = importlib.import_module(f"{__name__}.{code}")
    found = module.LEXICON
    if not isinstance(found, Lexicon):
        raise TypeError(f"{module.__name__}.LEXICON is not a Lexicon")
    return found


def _alternation(phrases: tuple[str, ...]) -> str:
    parts = []
    for phrase in sorted(set(phrases), key=len, reverse=True):
        is_stem = phrase.endswith("*")
        words = phrase.rstrip("*").split()
        body = r"\s+".join(re.escape(w) for w in words)
        parts.append(body + (f"[{WORD_CHARS}]*" if is_stem else ""))
    return "|".join(parts)


class PhraseMatcher:
    """Finds the phrases of one list in a text, as whole words, ignoring case."""

    def __init__(self, phrases: tuple[str, ...], prefixes: tuple[str, ...] = (), *, spaced: bool):
        self._pattern: re.Pattern[str] | None = None
        if not phrases:
            return
        body = _alternation(phrases)
        prefix = f"(?:{'|'.join(re.escape(p) for p in prefixes)})?" if prefixes else ""
        # A leading class of possible first letters lets the regex engine skip ahead quickly:
        # without it a 1 MB text costs about six times as long.
        firsts = {c for w in (*phrases, *prefixes) for c in (w[0].lower(), w[0].upper())}
        ahead = "(?=[" + "".join(re.escape(c) for c in sorted(firsts)) + "])"
        if spaced:
            regex = f"{ahead}(?<![{WORD_CHARS}]){prefix}(?:{body})(?![{WORD_CHARS}])"
        else:
            regex = f"{ahead}(?:{body})"
        self._pattern = re.compile(regex, re.IGNORECASE)

    def spans(self, text: str, start: int = 0, end: int | None = None) -> list[Span]:
        if self._pattern is None:
            return []
        stop = len(text) if end is None else end
        return [Span(m.start(), m.end()) for m in self._pattern.finditer(text, start, stop)]

    def match_at(self, text: str, pos: int, end: int | None = None) -> Span | None:
        """The phrase starting exactly at `pos`, if any."""
        if self._pattern is None:
            return None
        m = self._pattern.match(text, pos, len(text) if end is None else end)
        return Span(m.start(), m.end()) if m else None


@dataclass(frozen=True, slots=True)
class Matchers:
    """Compiled matchers for one lexicon."""

    lexicon: Lexicon
    cues: PhraseMatcher
    quote_cues: PhraseMatcher
    object_verbs: PhraseMatcher
    complementisers: PhraseMatcher
    according_to: PhraseMatcher
    according_to_after: PhraseMatcher
    via_markers: PhraseMatcher
    chain_openers: PhraseMatcher
    words: frozenset[str]  # pronouns, for quick membership tests
    headline_labels: frozenset[str]
    relatives: frozenset[str]
    stops: frozenset[str]
    fillers: frozenset[str]
    conjunctions: frozenset[str]
    auxiliaries: frozenset[str]
    anaphors: frozenset[str]


@cache
def matchers(language: str | None) -> Matchers:
    """Compiled, cached matchers for a language (English when it has no lexicon)."""
    lex = lexicon(language)
    spaced = lex.is_segmented
    # Agency copy and embedded posts carry English into every language, so the English frames
    # are matched too wherever words are spaced; its function words stay out (Czech "on" = he).
    en = lexicon("en") if lex.language != "en" and spaced else Lexicon("en", verbs=())
    verbs = lex.verbs + lex.object_verbs + en.verbs + en.object_verbs
    return Matchers(
        lexicon=lex,
        cues=PhraseMatcher(verbs, lex.clitic_prefixes, spaced=spaced),
        quote_cues=PhraseMatcher(lex.quote_cues, lex.clitic_prefixes, spaced=spaced),
        object_verbs=PhraseMatcher(
            lex.object_verbs + en.object_verbs, lex.clitic_prefixes, spaced=spaced
        ),
        complementisers=PhraseMatcher(
            lex.complementisers + en.complementisers, lex.clitic_prefixes, spaced=spaced
        ),
        according_to=PhraseMatcher(
            lex.according_to + en.according_to, lex.clitic_prefixes, spaced=spaced
        ),
        according_to_after=PhraseMatcher(lex.according_to_after, spaced=spaced),
        via_markers=PhraseMatcher(lex.via_markers, spaced=spaced),
        chain_openers=PhraseMatcher(tuple(o for o, _ in lex.chain_frames), spaced=spaced),
        words=frozenset(p.lower() for p in lex.pronouns),
        headline_labels=frozenset(x.lower() for x in lex.headline_labels + en.headline_labels),
        relatives=frozenset(r.lower() for r in lex.relatives),
        stops=frozenset(s.lower() for s in lex.stops),
        fillers=frozenset(s.lower() for s in lex.fillers),
        conjunctions=frozenset(c.lower() for c in lex.conjunctions),
        auxiliaries=frozenset(s.lower() for s in lex.auxiliaries),
        anaphors=frozenset(s.lower() for s in lex.anaphors),
    )
