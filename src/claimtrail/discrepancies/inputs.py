"""What the discrepancy detectors take: one story's articles, statements and speakers."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from claimtrail.model import Article, Entity, Statement


class Embedder(Protocol):
    """What stories/embed.py's `load_embedder()` returns."""

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """(n, d) float32 rows of unit length, one per text, in order."""
        ...


# What the detectors call: texts in, unit rows out (an Embedder's bound `embed`).
Embed = Callable[[Sequence[str]], np.ndarray]


@dataclass(frozen=True, slots=True)
class DiscrepancyInput:
    """Everything about one story the detectors need; spans index `articles[...].text`."""

    story_id: str
    articles: Mapping[str, Article]
    statements: Sequence[Statement]
    entities: Mapping[str, Entity]


@dataclass(frozen=True, slots=True)
class DiscrepancyOptions:
    """Thresholds and budgets; the defaults are the ones measured on the dev corpora."""

    # Below this a candidate is dropped. On the stories dev corpus 0.45 keeps recall while
    # holding unmatched flags under 3 per gold discrepancy (see tests/discrepancies).
    min_score: float = 0.45
    # Cross-group comparisons look at this many most similar groups per group: the blocking
    # that keeps a 5,000-statement story near linear (O(g * k) pairs for g groups).
    max_neighbours: int = 12
    # At most this many statements listed per side of one discrepancy: every report of an
    # utterance stands on its side, and the most quoted one in the stories dev corpus has 31
    # (8 cut most of them). The cap only bounds the output of a story of thousands.
    max_side_statements: int = 40
    # At most this many discrepancies per story, best first.
    max_results: int = 200
    # Cross-language similarity from a sentence embedder: `embedder` when the engine passes
    # one in, else (with use_embeddings) the one stories/embed.py loads; lexical otherwise.
    use_embeddings: bool = False
    embedder: Embedder | None = field(default=None, compare=False, repr=False)
