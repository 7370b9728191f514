"""Name-like terms of a text as script-independent keys, so "Навальный" meets "Navalného".

Each key is the consonant skeleton of the transliterated word: vowels dropped and sounds that
transliterations swap (k/c/ch/kh, s/z/sh, v/w/f) merged. Crude, but it is what makes stories in
languages the sentence encoder does not know (Czech, Latvian, Gujarati...) find each other.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator

from anyascii import anyascii

_MIN_WORD_CHARS = 4
_DIGRAPHS = (
    ("sch", "s"), ("sh", "s"), ("zh", "s"), ("jh", "s"), ("kh", "k"), ("ch", "k"),
    ("gh", "g"), ("ph", "f"), ("th", "t"), ("dh", "d"), ("ck", "k"),
)  # fmt: skip
_SOUNDS = str.maketrans({"c": "k", "q": "k", "x": "k", "z": "s", "w": "f", "v": "f", "j": "s"})
_VOWELS = re.compile(r"[aeiouy]+")
_REPEATS = re.compile(r"(.)\1+")
_KEY_CHARS = 4  # the first four consonants: long enough to separate names, short of inflection
_MIN_KEY_CHARS = 3


def skeleton(word: str) -> str:
    """The consonant key of one word ("" when too short to mean anything)."""
    letters = "".join(ch for ch in anyascii(word).casefold() if "a" <= ch <= "z")
    for digraph, sound in _DIGRAPHS:
        letters = letters.replace(digraph, sound)
    consonants = _REPEATS.sub(r"\1", _VOWELS.sub("", letters.translate(_SOUNDS)))
    return consonants[:_KEY_CHARS] if len(consonants) >= _MIN_KEY_CHARS else ""


def _is_word_char(ch: str) -> bool:
    # vowel signs and viramas (Gujarati, Bengali, Devanagari) are marks, not letters: `\w`
    # would cut "ઝેલેન્સકીએ" into fragments
    return ch.isalpha() or unicodedata.category(ch).startswith("M")


def words(text: str) -> Iterator[str]:
    """Runs of letters and combining marks, at least four characters long."""
    start = -1
    for i, ch in enumerate(text):
        if _is_word_char(ch):
            if start < 0:
                start = i
            continue
        if start >= 0 and i - start >= _MIN_WORD_CHARS:
            yield text[start:i]
        start = -1
    if start >= 0 and len(text) - start >= _MIN_WORD_CHARS:
        yield text[start:]


def name_terms(text: str) -> Counter[str]:
    """Counts of the keys of capitalised words, and of every word in scripts without case."""
    terms: Counter[str] = Counter()
    for word in words(text):
        first = word[0]
        if first.islower():
            continue  # a common word in a cased script; names are capitalised
        key = skeleton(word)
        if key:
            terms[key] += 1
    return terms
