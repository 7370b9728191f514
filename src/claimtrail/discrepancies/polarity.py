"""Do two reports take opposite sides of one proposition?

A concept conflict ("has not closed" vs "was shut": the same concept with opposite effective
signs) is strong evidence; a bare negation flip (one content negated, the other not) is weaker
and is only trusted when the two contents share most of their words.
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
    if a.is_negated != b.is_negated:
        return "negation"
    return None


def hedge_gap(a: Report, b: Report) -> bool:
    """True when `a` asserts certainty that `b` hedges ("for sure" vs "more or less")."""
    return a.is_certain and not a.is_hedged and b.is_hedged and not b.is_certain
