"""Offices across articles: an unnamed speaker ("the Vatican spokesman", "sein Sprecher",
"البابا") joins the person the corpus knows in that office, told apart by the words around the
office ("Vatican", "ukrainische") and by whom it serves ("Zelensky's press secretary").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from claimtrail.resolve.lexicon import DETERMINERS, POSSESSIVES, SUBORDINATE_ROLES
from claimtrail.resolve.names import (
    is_role,
    name_key,
    orthography,
    role_class,
    similar_tokens,
    strip_accents,
)
from claimtrail.resolve.places import opens_country_name
from claimtrail.resolve.translit import romanise

# Offices with one holder at a time: the office alone names the person ("the pope").
_UNIQUE = frozenset({"pope"})
# Offices held for someone else; in a description they are the office, not the master's
# ("the presidential spokesman" is no president).
_SERVING = frozenset({"spokes", "spouse"})
# Relatives often carry the surname of whom they are related to (Navalny's widow Navalnaya).
_FAMILY = frozenset({"spouse"})
# Qualifiers are compared on their first letters in one orthography, so "ukrainian",
# "ukrainische" and "украинский" meet at "ukra", "Vatican" and "Vatikāna" at "vati".
_QUALIFIER_LETTERS = 4
# One office under two names when it heads an organisation: "the head of Wagner" is its leader.
_KINDRED = {"chief": "leader"}
_MAX_DESCRIPTION_WORDS = 5


@dataclass(slots=True)
class Office:
    """What the corpus knows of one speaker's office; mutable as articles arrive."""

    classes: set[str] = field(default_factory=set)  # "spokes", "pope", "~journ" (no class)
    qualifiers: set[str] = field(default_factory=set)  # "vati", "ukra"
    owners: set[str] = field(default_factory=set)  # surname stems of whom the office serves

    def learn(self, other: Office) -> None:
        self.classes |= other.classes
        self.qualifiers |= other.qualifiers
        self.owners |= other.owners


def _qualifier(word: str) -> str:
    plain = word.removesuffix("’s").removesuffix("'s")
    return orthography(romanise(strip_accents(plain)))[:_QUALIFIER_LETTERS]


def office_of(roles: Sequence[str], owners: Iterable[str], is_description: bool) -> Office:
    """The office words describe. A description's serving role is its office ("his press
    secretary"); a known person's titles all count."""
    role_words = [w for w in roles if is_role(w)]
    classes = {
        _KINDRED.get(c, c) for c in (role_class(w) or "~" + _qualifier(w) for w in role_words)
    }
    if is_description and classes & _SERVING:
        classes &= _SERVING
    # Only a serving office has an owner; "the head of Wagner" is qualified by Wagner.
    serving = bool(classes & _SERVING) or not is_description
    owner_stems = (
        {key.surname for key in map(name_key, owners) if key.surname} if serving else set()
    )
    if not serving:
        roles = (*roles, *(w.casefold() for w in owners))
    # A long "description" is a clause the extractor took whole ("ثم قام البابا بتقبيل العلم
    # بعد ذلك"): its office word counts, its other words qualify nothing.
    words = roles if not is_description or len(roles) <= _MAX_DESCRIPTION_WORDS else ()
    qualifiers = {
        _qualifier(w)
        for w in words
        if not is_role(w)
        and len(w) >= _QUALIFIER_LETTERS
        and w not in DETERMINERS
        and w not in POSSESSIVES
        and not any(similar_tokens(name_key(w).surname, o, loose=True) for o in owner_stems)
    }
    return Office(classes, qualifiers, owner_stems)


def is_serving(roles: Sequence[str]) -> bool:
    return any(w.startswith(SUBORDINATE_ROLES) for w in roles)


def _meets(names: Iterable[str], others: Iterable[str]) -> bool:
    pool = list(others)
    return any(similar_tokens(a, b, loose=True) for a in names for b in pool)


def office_evidence(
    wanted: Office, known: Office, surnames: set[str], context: set[str]
) -> int | None:
    """How strongly a described speaker (`wanted`) is the holder of `known`: None when the
    office differs or the description rules the holder out; 0 for the office alone, which only
    a unique office accepts. `surnames` are the holder's, `context` the article's names."""
    shared = wanted.classes & known.classes
    if not shared:
        return None
    if wanted.owners and known.owners and not _meets(wanted.owners, known.owners):
        return None  # Putin's spokesman is not Zelensky's
    if wanted.qualifiers and known.qualifiers and not wanted.qualifiers & known.qualifiers:
        return None  # the Kremlin spokesman is not the Vatican's
    countries = {q for q in wanted.qualifiers if opens_country_name(q)}
    theirs = {q for q in known.qualifiers if opens_country_name(q)}
    if countries and theirs and not countries & theirs:
        return None  # a shared "foreign" does not make Turkey's minister Ukraine's
    evidence = 3 * _meets(wanted.owners, known.owners)
    if shared & _FAMILY:
        evidence += 3 * _meets(wanted.owners, surnames)
    evidence += len(wanted.qualifiers & known.qualifiers)
    evidence += 2 * _meets(surnames, context)  # the article names the holder
    evidence += _meets(known.owners, context)  # ... or whom the holder serves
    if evidence == 0 and not shared & _UNIQUE:
        return None
    return evidence


def can_stand_alone(office: Office) -> bool:
    """True when a description says enough to wait for its holder in later articles: an
    office and whom it serves or what qualifies it (not "the spokesman" alone)."""
    return bool(office.classes) and bool(
        office.owners or office.qualifiers or office.classes & _UNIQUE
    )
