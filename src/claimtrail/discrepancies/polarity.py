"""Do two reports take opposite sides of one proposition?

A concept conflict ("has not closed" vs "was shut": the same concept with opposite effective
signs) is strong evidence. A negation flip is weaker: a word inside a negation's scope in one
report ("will not *suspend*") stands unnegated in the other ("we are suspending"). Negation
elsewhere in a long quote says nothing, so a bare "one is negated, the other not" is ignored.
"""

from __future__ import annotations

from typing import Literal

from claimtrail.discrepancies.reports import Report

Flip = Literal["concept", "negation"]


def concept_conflict(a: Report, b: Report) -> str | None:
    """The concept on which the two reports hold opposite signs, if any."""
    for name, sign in sorted(a.concepts):
        if (name, -sign) in b.concepts and (name, sign) not in b.concepts:
            return name
    return None


def flip(a: Report, b: Report) -> Flip | None:
    if concept_conflict(a, b) is not None:
        return "concept"
    if negation_flip(a, b) or negation_flip(b, a):
        return "negation"
    return None


_WHOLE_PHRASE_STEMS = 2


def negation_flip(negative: Report, positive: Report) -> frozenset[str]:
    """Stems that `negative` negates and `positive` asserts outside any negation, provided
    the two also share a content word that is neither flipped nor a negation."""
    # A word the negative report also asserts in a clause of its own ("Israel a terror state
    # ... Hamas not a terrorist group") is not what it denies.
    denied = negative.negated_stems - negative.asserted_stems
    flipped = denied & (positive.asserted_stems - positive.negation_words)
    if not flipped:
        return frozenset()
    # One flipped word alone ("Hamas not terrorists" / "Israel terrorists") needs another
    # shared content word to show the two are about the same thing; a whole negated phrase
    # asserted elsewhere ("will not suspend the toll" / "suspending the toll") needs none.
    if len(flipped) >= _WHOLE_PHRASE_STEMS:
        return flipped
    anchors = (
        (negative.stems & positive.stems)
        - flipped
        - negative.negation_words
        - positive.negation_words
    )
    if not any(not s.isdigit() for s in anchors):
        return frozenset()
    return flipped


def hedge_gap(a: Report, b: Report) -> bool:
    """True when `a` asserts certainty that `b` hedges ("for sure" vs "more or less")."""
    return a.is_certain and not a.is_hedged and b.is_hedged and not b.is_certain
