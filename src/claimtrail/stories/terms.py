"""Name-like terms of a text as script-independent keys, so "Навальный" meets "Navalného".

Each key is the consonant skeleton of the transliterated word: vowels dropped and sounds that
transliterations swap (k/c/ch/kh, s/z/sh, v/w/f) merged. Crude, but it is what makes stories in
languages the sentence encoder does not know (Czech, Latvian, Gujarati...) find each other.
"""

from __future__ import annotations

import re
from collections import Counter

from anyascii import anyascii

_WORD = re.compile(r"[^\W\d_]{4,}")
_DIGRAPHS = (
    ("sch", "s"), ("sh", "s"), ("zh", "s"), ("jh", "s"), ("kh", "k"), ("ch", "k"),
    ("gh", "g"), ("ph", "f"), ("th", "t"), ("dh", "d"), ("ck", "k"),
)  # fmt: skip
_SOUNDS = str.maketrans({"c": "k", "q": "k", "x": "k", "z": "s", "w": "f", "v": "f", "j": ""})
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


def name_terms(text: str) -> Counter[str]:
    """Counts of the keys of capitalised words, and of every word in scripts without case."""
    terms: Counter[str] = Counter()
    for match in _WORD.finditer(text):
        word = match.group()
        first = word[0]
        if first.islower():
            continue  # a common word in a cased script; names are capitalised
        key = skeleton(word)
        if key:
            terms[key] += 1
    return terms
