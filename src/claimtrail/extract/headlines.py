"""Headline attributions of the form "Lukashenko: Ukraine offered a pact".

PolNeAR holds few such headlines (its titles are mostly "Topic: subtitle"), so the CRF rarely
learns them; the rule fires only when the part before the colon is a speaker: a named person,
organisation or place, or a single noun ("Minister", "Police").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from claimtrail.extract.linking import Group
from claimtrail.extract.spans import TokenSpan

HEADLINE_SCORE = 0.6  # prior confidence of the rule (no CRF marginal exists)
MAX_SPEAKER_TOKENS = 5
MIN_CONTENT_TOKENS = 2
SPEAKER_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def headline_group(doc: Any, token_ids: Sequence[int]) -> Group | None:
    """The attribution of a "Speaker: words" headline paragraph, or None."""
    colons = [k for k, i in enumerate(token_ids) if doc[i].text == ":"]
    if len(colons) != 1:
        return None
    k = colons[0]
    before = [doc[i] for i in token_ids[:k]]
    after = [doc[i] for i in token_ids[k + 1 :] if not doc[i].is_punct]
    if not 1 <= len(before) <= MAX_SPEAKER_TOKENS or len(after) < MIN_CONTENT_TOKENS:
        return None
    if not _is_speaker(before):
        return None
    colon = token_ids[k]
    return Group(
        cue=[TokenSpan("cue", colon, colon + 1, HEADLINE_SCORE)],
        source=[TokenSpan("source", before[0].i, before[-1].i + 1, HEADLINE_SCORE)],
        content=[TokenSpan("content", token_ids[k + 1], token_ids[-1] + 1, HEADLINE_SCORE)],
    )


def _is_speaker(tokens: Sequence[Any]) -> bool:
    if len(tokens) == 1 and tokens[0].pos_ in {"NOUN", "PROPN"}:
        return True
    return all(t.ent_type_ in SPEAKER_ENTS for t in tokens)
