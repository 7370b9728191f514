"""Name mentions in an article: runs of capitalised words, with the role words around them.

Works on capitalisation alone, so it serves every cased script; text in uncased scripts (Arabic,
Indic, CJK) gets its names from the attributions' source spans instead (see `source_parts`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimtrail.model import Span
from claimtrail.resolve.lexicon import COMMON_OPENERS, DETERMINERS, INDEFINITES, TITLES
from claimtrail.resolve.names import NameKey, is_role, name_key
from claimtrail.resolve.places import is_place

# \w misses combining marks, which Indic and vocalised Arabic words are full of.
_L = r"[\w\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u0900-\u0dff]"
_WORD = re.compile(rf"@?{_L}(?:{_L}|['’\-.])*{_L}|@?{_L}", re.UNICODE)
# Lowercase particles inside names: "Ursula von der Leyen", "Recep bin Ali".
_PARTICLES = frozenset({"von", "van", "der", "de", "da", "di", "du", "del", "bin", "ibn", "al",
                        "el", "la", "le", "dos", "ben", "abu"})  # fmt: skip
_PREPOSITIONS = frozenset({"of", "for", "von", "des", "de", "di", "del", "della", "du", "do",
                           "da", "для", "по", "z", "ze", "з", "from", "at", "with", "to", "на",
                           "mit", "con", "avec", "com", "с", "со"})  # fmt: skip
_SENTENCE_END = re.compile(r"[.!?:\n«»\"“”„]\s*$")


@dataclass(frozen=True, slots=True)
class Word:
    start: int
    end: int
    text: str

    @property
    def is_cap(self) -> bool:
        first = self.text.lstrip("@")[:1]
        return first.isupper() or (self.text.startswith("@") and len(self.text) > 1)

    @property
    def is_possessive(self) -> bool:
        return self.text.endswith(("'s", "’s"))


@dataclass(frozen=True, slots=True)
class NameMention:
    """A person-like name in the text and the role words written next to it."""

    span: Span
    text: str
    key: NameKey
    roles: tuple[str, ...]  # casefolded context words ("turkish", "president")
    has_evidence: bool  # a title, a role or more than one word: not a stray capitalised noun


def words_of(text: str, start: int = 0, end: int | None = None) -> list[Word]:
    stop = len(text) if end is None else end
    return [
        Word(m.start() + start, m.end() + start, m.group())
        for m in _WORD.finditer(text[start:stop])
    ]


def _is_sentence_start(text: str, word: Word) -> bool:
    before = text[max(0, word.start - 4) : word.start]
    return word.start == 0 or bool(_SENTENCE_END.search(before)) or not before.strip()


def is_name_word(word: Word) -> bool:
    low = word.text.casefold().rstrip(".")
    return (
        word.is_cap
        and low not in DETERMINERS
        and low not in TITLES
        and not is_role(word.text)
        and not is_role(word.text.split("-")[-1])
        and not (word.text.isupper() and len(word.text) > 1 and not word.text.startswith("@"))
    )


def name_runs(words: list[Word], text: str, nouns: frozenset[str] = frozenset()) -> list[list[int]]:
    """Indexes of maximal runs of name-like words (particles allowed inside)."""
    runs: list[list[int]] = []
    current: list[int] = []
    for i, word in enumerate(words):
        gap_ok = not current or _adjacent(words[current[-1]], word, text)
        if is_name_word(word) and gap_ok and not (current and words[current[-1]].is_possessive):
            current.append(i)
        elif (
            current
            and word.text.casefold() in _PARTICLES
            and i + 1 < len(words)
            and is_name_word(words[i + 1])
            and gap_ok
        ):
            current.append(i)
        else:
            if current:
                runs.append(current)
            current = [i] if is_name_word(word) else []
    if current:
        runs.append(current)
    runs = [[i for i in run if is_name_word(words[i])] for run in runs]
    if nouns:  # German common nouns are capitalised: "Stadt Bachmut" is not a full name
        runs = [[i for i in run if words[i].text.casefold() not in nouns] for run in runs]
    return [run for run in runs if run]


def _adjacent(a: Word, b: Word, text: str) -> bool:
    gap = text[a.end : b.start]
    return 0 < len(gap) <= 2 and gap.isspace() and "\n" not in gap


def _context_roles(words: list[Word], first: int, last: int, text: str) -> tuple[str, ...]:
    """Up to five words before a name, and an appositive role after it ("X, the minister,")."""
    roles: list[str] = []
    i = first - 1
    while i >= 0 and first - i <= 5 and words[i + 1].start - words[i].end <= 2:
        roles.append(words[i].text.casefold())
        i -= 1
    j = last + 1
    # An appositive role needs its comma: "Kuleba, the foreign minister," (not "Kuleba's aide").
    if j < len(words) and words[j].start - words[last].end <= 3 and "," in text[words[last].end : words[j].start]:
        after = [w.text.casefold() for w in words[j : j + 6]]
        if any(is_role(w) for w in after):
            roles.extend(after)
    return tuple(roles)


def common_nouns(words: list[Word], language: str | None) -> frozenset[str]:
    """German nouns: capitalised words that somewhere follow an article ("die Stadt")."""
    if (language or "").split("-")[0].lower() not in {"de", "lb"}:
        return frozenset()
    return frozenset(
        w.text.casefold()
        for prev, w in zip(words, words[1:], strict=False)
        if prev.text.casefold() in DETERMINERS and w.is_cap
    )


def name_mentions(
    text: str, words: list[Word] | None = None, language: str | None = None
) -> list[NameMention]:
    """Person-like name mentions in reading order (places and lone sentence openers dropped)."""
    words = words_of(text) if words is None else words
    lowered = {w.text.casefold() for w in words if not w.is_cap}
    found: list[NameMention] = []
    for run in name_runs(words, text, common_nouns(words, language)):
        opener = words[run[0]]
        low = opener.text.casefold()
        if _is_sentence_start(text, opener) and (low in lowered or low in COMMON_OPENERS):
            run = run[1:]  # "However Zelensky said": the opener is not part of the name
        if not run:
            continue
        first, last = run[0], run[-1]
        head = words[first]
        if len(run) == 1:
            if first > 0 and words[first - 1].text.casefold() in DETERMINERS:
                continue  # "der Journalist", "the Holy See": a common noun or an institution
        surface = text[head.start : words[last].end]
        if is_place(surface):
            continue
        roles = _context_roles(words, first, last, text)
        titled = first > 0 and words[first - 1].text.casefold().rstrip(".") in TITLES
        evidence = len(run) > 1 or titled or any(is_role(r) for r in roles)
        found.append(
            NameMention(
                Span(head.start, words[last].end), surface, name_key(surface), roles, evidence
            )
        )
    return found


def is_indefinite(words: list[Word]) -> bool:
    return bool(words) and words[0].text.casefold() in INDEFINITES


def after_preposition(words: list[Word], index: int) -> bool:
    """True when the word at `index` follows a preposition, skipping determiners."""
    i = index - 1
    while i >= 0 and words[i].text.casefold() in DETERMINERS - _PREPOSITIONS:
        i -= 1
    return i >= 0 and words[i].text.casefold() in _PREPOSITIONS
