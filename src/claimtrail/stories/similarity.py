"""How alike two reports' contents are: whole texts, their best-matching clauses, and how
much each report should count in a group.

One outlet quotes a whole answer, another one sentence of it, a third the gist: the sentence
encoder rates the whole answer against the single sentence lower than their shared sentence
deserves. So each content is also cut into clauses (at sentence ends, quotation marks and
dashes) and a pair is also scored by its best-matching parts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from claimtrail.stories.embed import Embedder

# Sentence ends need a space after them in scripts that use spaces, and a stop after a lone
# letter is an initial, so "U.S. officials" and "2.5" stay whole; CJK, Arabic and Devanagari
# stops end a clause by themselves. An apostrophe splits only at a word's edge, so "wasn't"
# and "Pope's" stay whole.
_CLAUSE_BREAK = re.compile(
    r"(?<!\b\w)[.!?;:…]+(?:\s+|$)|[。！？；：؟।]+|[“”«»\"„「」『』‹›]+|(?<!\w)[‘’']|[‘’'](?!\w)|\s[—–-]{1,2}\s"
)
_EDGE_PUNCTUATION = " ,.;:!?…。！？；：、"
_WORD = re.compile(r"\w+")
# kana, CJK ideographs and Thai are written without spaces between words
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\u0e00-\u0e7f]")
# in unspaced scripts about two characters make a word
_CHARS_PER_WORD = 2
# a fragment still counts a little: it is evidence, only weaker than a whole report
_MIN_REPORT_WEIGHT = 0.2


def word_count(text: str) -> int:
    """Words in `text`, counting unspaced scripts by characters."""
    unspaced = len(_UNSPACED.findall(text))
    return len(_WORD.findall(_UNSPACED.sub(" ", text))) + unspaced // _CHARS_PER_WORD


def clauses(text: str, min_words: int) -> list[str]:
    """The clauses of `text` with at least `min_words` words; [] when it has fewer than two."""
    parts = [part.strip(_EDGE_PUNCTUATION) for part in _CLAUSE_BREAK.split(text)]
    kept = [part for part in parts if word_count(part) >= min_words]
    return kept if len(kept) > 1 else []


def clause_similarity(
    embedder: Embedder, texts: Sequence[str], vectors: np.ndarray, min_words: int
) -> np.ndarray:
    """(n, n) best cosine between any part of one text and any part of another, the whole
    texts (rows of `vectors`, unit length) included."""
    n = len(texts)
    parts = [clauses(text, min_words) for text in texts]
    flat = [part for text_parts in parts for part in text_parts]
    owner = np.array(
        [i for i, text_parts in enumerate(parts) for _ in text_parts] + list(range(n)),
        dtype=np.int64,
    )
    rows = vectors.astype(np.float64)
    if flat:
        rows = np.vstack([embedder.embed(flat).astype(np.float64), rows])
    order = np.argsort(owner, kind="stable")
    # every text owns at least its whole vector, so no segment is empty
    starts = np.searchsorted(owner[order], np.arange(n))
    ordered = rows[order]
    cosines = ordered @ ordered.T
    best: np.ndarray = np.maximum.reduceat(
        np.maximum.reduceat(cosines, starts, axis=0), starts, axis=1
    )
    return best


def report_weights(texts: Sequence[str], full_words: int) -> np.ndarray:
    """How much each report counts in a group's average: 1 from `full_words` words up, less
    for shorter fragments, which the encoder places loosely."""
    words = np.array([word_count(text) for text in texts], dtype=np.float64)
    weights: np.ndarray = np.clip(words / full_words, _MIN_REPORT_WEIGHT, 1.0)
    return weights
