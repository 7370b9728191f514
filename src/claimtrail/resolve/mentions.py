"""Name mentions in an article: runs of capitalised words, with the role words around them.

Works on capitalisation alone, so it serves every cased script; text in uncased scripts (Arabic,
Indic, CJK) gets its names from the attributions' source spans instead (see `source_parts`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from claimtrail.model import Span
from claimtrail.resolve.lexicon import (
    CALENDAR,
    COMMON_OPENERS,
    DETERMINERS,
    INDEFINITES,
    TITLES,
)
from claimtrail.resolve.names import NameKey, is_role, name_key, stem
from claimtrail.resolve.places import is_people, is_place
from claimtrail.resolve.stopwords import stop_words
from claimtrail.resolve.translit import LETTER

_WORD = re.compile(rf"@?{LETTER}(?:{LETTER}|['’\-.])*{LETTER}|@?{LETTER}", re.UNICODE)
# Lowercase particles inside names: "Ursula von der Leyen", "Recep bin Ali".
_PARTICLES = frozenset({"von", "van", "der", "de", "da", "di", "du", "del", "bin", "ibn", "al",
                        "el", "la", "le", "dos", "ben", "abu"})  # fmt: skip
_PREPOSITIONS = frozenset({"of", "for", "von", "des", "de", "di", "del", "della", "du", "do",
                           "da", "для", "по", "z", "ze", "з", "from", "at", "with", "to", "на",
                           "mit", "con", "avec", "com", "с", "со"})  # fmt: skip
_SENTENCE_END = re.compile(r"(?:[.!?:\n][\"'’”»)]*|[«“„\"])\s*$")


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
    opens_sentence: bool = False  # its first word may be a capitalised common word ("Smrt X")


def words_of(text: str, start: int = 0, end: int | None = None) -> list[Word]:
    stop = len(text) if end is None else end
    return [
        Word(m.start() + start, m.end() + start, m.group())
        for m in _WORD.finditer(text[start:stop])
    ]


def _is_sentence_start(text: str, word: Word) -> bool:
    before = text[max(0, word.start - 5) : word.start]
    return word.start == 0 or bool(_SENTENCE_END.search(before)) or not before.strip()


def is_name_word(word: Word) -> bool:
    low = word.text.casefold().rstrip(".")
    return (
        word.is_cap
        and low not in DETERMINERS
        and low not in TITLES
        and low not in CALENDAR
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
        after_possessive = bool(current) and words[current[-1]].is_possessive
        extends = is_name_word(word) and gap_ok and not after_possessive
        particle = (
            bool(current)
            and word.text.casefold() in _PARTICLES
            and i + 1 < len(words)
            and is_name_word(words[i + 1])
            and gap_ok
        )
        if extends or particle:
            current.append(i)
        else:
            if current:
                runs.append(current)
            current = [i] if is_name_word(word) else []
    if current:
        runs.append(current)
    runs = [[i for i in run if is_name_word(words[i])] for run in runs]
    if not nouns:
        return [run for run in runs if run]
    # Words the text also writes in lowercase (a Title Case headline: "Ukraine Claims Fighting
    # Goes On") or German common nouns ("Stadt Bachmut") split a run.
    split: list[list[int]] = []
    for run in runs:
        current = []
        for i in run:
            if _is_noun(words[i].text, nouns):
                if current:
                    split.append(current)
                current = []
            else:
                current.append(i)
        if current:
            split.append(current)
    return split


def _adjacent(a: Word, b: Word, text: str) -> bool:
    gap = text[a.end : b.start]
    return 0 < len(gap) <= 2 and gap.isspace() and "\n" not in gap


def _context_roles(words: list[Word], first: int, last: int, text: str) -> tuple[str, ...]:
    """The title chain before a name ("Turkish President", "глава ГУР МОУ") and an appositive
    role after it ("X, the foreign minister,")."""
    roles: list[str] = []
    i = first - 1
    while i >= 0 and first - i <= 5 and text[words[i].end : words[i + 1].start].isspace():
        word = words[i]
        # The chain holds roles, capitalised modifiers and a lowercase word right before a
        # role ("foreign minister"); "spokesman said Zelensky's" stops at "said".
        next_is_role = is_role(words[i + 1].text)
        modifier = next_is_role and len(word.text) >= 4 and word.text.casefold() not in DETERMINERS
        if not (is_role(word.text) or word.is_cap or modifier):
            break
        if word.is_possessive and not next_is_role:
            break  # "the pontiff's proposal ... Zelensky": the pontiff is someone else
        roles.append(word.text.casefold())
        i -= 1
    j = last + 1
    # An appositive role needs its comma: "Kuleba, the foreign minister," (not "Kuleba's aide"),
    # and is no title chain of the next name ("Hamas, Turkey's President Erdogan").
    gap = text[words[last].end : words[j].start] if j < len(words) else ""
    if j < len(words) and len(gap) <= 3 and "," in gap:
        segment = [words[j]]
        for k in range(j + 1, min(j + 6, len(words))):
            if not text[words[k - 1].end : words[k].start].isspace():
                break
            segment.append(words[k])
        first_role = next((n for n, w in enumerate(segment) if is_role(w.text)), None)
        named_after = first_role is not None and any(
            w.is_cap and not is_role(w.text) for w in segment[first_role + 1 :]
        )
        opens = bool(segment) and (
            segment[0].text.casefold() in DETERMINERS
            or segment[0].is_cap
            or is_role(segment[0].text)
        )
        if first_role is not None and first_role <= 2 and opens and not named_after:
            roles.extend(w.text.casefold() for w in segment)
    return tuple(roles)


def _is_noun(word: str, nouns: frozenset[str]) -> bool:
    low = word.casefold()
    return low in nouns or (len(low) >= 4 and "~" + stem(low) in nouns)


def common_nouns(words: list[Word], language: str | None) -> frozenset[str]:
    """Words that are not names here: written in lowercase somewhere, and for German the
    capitalised words that follow an article ("die Stadt")."""
    nouns = {w.text.casefold() for w in words if not w.is_cap}
    # Stems too ("~claim"), so a Title Case headline's "Claims" is known from "the claim".
    nouns.update("~" + stem(w) for w in list(nouns) if len(w) >= 4)
    if (language or "").split("-")[0].lower() in {"de", "lb"}:
        nouns.update(
            w.text.casefold()
            for prev, w in pairwise(words)
            if prev.text.casefold() in DETERMINERS and w.is_cap
        )
    return frozenset(nouns)


def name_mentions(
    text: str, words: list[Word] | None = None, language: str | None = None
) -> list[NameMention]:
    """Person-like name mentions in reading order (places and lone sentence openers dropped)."""
    words = words_of(text) if words is None else words
    lowered = {w.text.casefold() for w in words if not w.is_cap}
    found: list[NameMention] = []
    nouns = common_nouns(words, language) - {"von", "de", "van"}
    for run in name_runs(words, text, nouns):
        opener = words[run[0]]
        low = opener.text.casefold()
        common = low in lowered or low in COMMON_OPENERS or low in stop_words(language)
        if _is_sentence_start(text, opener) and common:
            run = run[1:]  # "However Zelensky said": the opener is not part of the name
        if not run:
            continue
        first, last = run[0], run[-1]
        head = words[first]
        if len(run) == 1 and first > 0 and words[first - 1].text.casefold() in DETERMINERS:
            continue  # "der Journalist", "the Holy See": a common noun or an institution
        surface = text[head.start : words[last].end]
        if is_place(surface) or (len(run) == 1 and is_people(surface)):
            continue
        nxt = words[last + 1] if last + 1 < len(words) else None
        modifier = nxt is not None and is_role(nxt.text)
        if (
            len(run) == 1
            and nxt is not None
            and modifier
            and text[words[last].end : nxt.start].isspace()
        ):
            continue  # "Kremlin spokesman", "Turkish President": a modifier, not a person
        roles = _context_roles(words, first, last, text)
        before = words[first - 1].text.casefold().rstrip(".") if first > 0 else ""
        titled = before in TITLES or (
            is_role(before) and text[words[first - 1].end : head.start].isspace()
        )
        appositive = (
            any(is_role(r) for r in roles) and "," in text[words[last].end : words[last].end + 3]
        )
        evidence = len(run) > 1 or titled or appositive
        span = Span(head.start, words[last].end)
        # Only an opener the text also writes in lowercase may be a common word ("smrt").
        opens = len(run) > 1 and _is_sentence_start(text, head) and _is_noun(head.text, nouns)
        found.append(NameMention(span, surface, name_key(surface), roles, evidence, opens))
    return found


def is_indefinite(words: list[Word]) -> bool:
    return bool(words) and words[0].text.casefold() in INDEFINITES


def after_preposition(words: list[Word], index: int) -> bool:
    """True when the word at `index` follows a preposition, skipping determiners."""
    i = index - 1
    while i >= 0 and words[i].text.casefold() in DETERMINERS - _PREPOSITIONS:
        i -= 1
    return i >= 0 and words[i].text.casefold() in _PREPOSITIONS
