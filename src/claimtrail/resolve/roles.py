"""Role words as evidence: which named person a description ("the Turkish president", "il
Pontefice") fits, and which it cannot be (a pope is not the Vatican spokesman).
"""

from __future__ import annotations

from collections.abc import Sequence

from claimtrail.resolve.lexicon import SUBORDINATE_ROLES
from claimtrail.resolve.names import is_role, role_class, strip_accents
from claimtrail.resolve.people import Person
from claimtrail.resolve.sources import Source

_ARTICLES = frozenset({"the", "der", "die", "das", "les", "los", "las"})
# Offices that may name one holder from two angles: "the Belarusian leader" can be "the
# Belarusian president". They count less than one office, so a modifier must agree too
# (an "opposition leader" is not "the Russian president").
_ALIKE = frozenset(
    {frozenset({"leader", "president"}), frozenset({"leader", "pope"}),
     frozenset({"leader", "minister"})}
)  # fmt: skip


def _office_score(cls: str | None, classes: set[str]) -> int:
    if cls is None:
        return 0
    if cls in classes:
        return 2
    return 1 if any(frozenset({cls, c}) in _ALIKE for c in classes) else 0


def _plain(word: str) -> str:
    return strip_accents(word).removesuffix("’s").removesuffix("'s").strip(".,")


def role_score(words: Sequence[str], roles: set[str]) -> int:
    """How well description words fit a person's role words: the same office (role class or
    5-letter stem) counts 2, or 3 for the description's head; a kindred office ("leader" for
    "president") or a shared modifier ("Turkish" / "Turkey's", 4-letter stem) counts 1."""
    norm_roles = {_plain(r) for r in roles}
    classes = {c for c in (role_class(r) for r in norm_roles) if c is not None}
    role_words = [w for w in words if is_role(w)]
    head = role_words[-1] if role_words else None
    score = 0
    for word in words:
        w = _plain(word)
        if len(w) < 3 or w in _ARTICLES:
            continue
        if is_role(word):
            office = _office_score(role_class(w), classes)
            if office < 2 and any(
                r == w or (len(r) >= 5 and len(w) >= 5 and r[:5] == w[:5]) for r in norm_roles
            ):
                office = 2
            if office == 2:
                score += 3 if word == head else 2
            else:
                score += office
        elif any(len(r) >= 4 and r[:4] == w[:4] for r in norm_roles):
            score += 1
    return score


def by_role(source: Source, persons: list[Person], exclude: Person | None) -> Person | None:
    """The person introduced with the description's role words, nearest first on ties."""
    scored = []
    for person in persons:
        if person is exclude:
            continue
        if source.is_subordinate and not is_aide(person):
            # "the presidential spokesman" shares a stem with "president" but is not him.
            continue
        score = role_score(source.roles, person.roles)
        if score >= 2:
            distance = min(abs(s.start - source.span.start) for s in person.spans)
            scored.append((score, -distance, person))
    if not scored:
        return None
    return max(scored, key=lambda t: (t[0], t[1]))[2]


def learn_roles(person: Person, source: Source, owners: tuple[str, ...] = ()) -> None:
    """A description or titled name resolved to a person describes them from then on, with
    whom they serve ("Zelensky's press secretary")."""
    person.roles.update(w for w in source.roles if is_role(w))
    if source.is_subordinate:
        person.owners.update(o for o in owners if o != person.name)


def is_aide(person: Person | None) -> bool:
    """True for someone already described as speaking for another (a spokesman, an aide)."""
    return person is not None and any(
        r.startswith(s) for r in person.roles for s in SUBORDINATE_ROLES
    )


def role_conflict(source: Source, person: Person | None) -> bool:
    """True when both carry role words and none agree."""
    if person is None:
        return False
    own = [w for w in source.roles if is_role(w)]
    theirs = {r for r in person.roles if is_role(r)}
    return bool(own and theirs) and role_score(own, theirs) == 0
