"""Country and capital names in the supported languages, for metonymic speakers ("Kyiv said").

Country names come from Babel's CLDR territory tables; names are compared as romanised stems,
so inflected forms (Украины, Ukrajině, Ukrainas) find their country.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimtrail.resolve.lexicon import CAPITALS, DETERMINERS, SEATS
from claimtrail.resolve.names import stem
from claimtrail.resolve.translit import romanise

# The languages claimtrail supports, plus neighbours whose names appear in their press.
_LANGUAGES = ("en", "ru", "uk", "be", "de", "fr", "it", "es", "pt", "pl", "cs", "sk", "tr",
              "ar", "lv", "lt", "ro", "mk", "bg", "sr", "hr", "nl", "sv", "bn", "gu", "hi",
              "he", "el", "hu", "fa")  # fmt: skip


def phrase_key(text: str) -> str:
    """Stems of the words of a phrase, space-joined."""
    return " ".join(s for s in (stem(w) for w in text.replace("-", " ").split()) if s)


def exact_key(text: str) -> str:
    return " ".join(romanise(text).replace("-", " ").split())


@lru_cache(maxsize=1)
def _countries() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(phrase key -> ISO code, ISO code -> English name, exact romanised name -> ISO code)."""
    from babel import Locale

    english: dict[str, str] = {}
    keys: dict[str, str] = {}
    exact: dict[str, str] = {}
    for code, name in Locale("en").territories.items():
        if code.isalpha() and len(code) == 2:
            english[code] = name
    for lang in _LANGUAGES:
        try:
            territories = Locale(lang).territories
        except (ValueError, LookupError):  # a locale missing from this Babel build
            continue
        for code, name in territories.items():
            if code in english:
                key = phrase_key(name)
                if key and len(key) >= 3:
                    keys.setdefault(key, code)
                exact.setdefault(exact_key(name), code)
    return keys, english, exact


def country_of(text: str) -> str | None:
    """The English name of the country `text` names (in any supported language), else None."""
    keys, english, _ = _countries()
    code = keys.get(phrase_key(text))
    return english[code] if code else None


def country_named(text: str) -> str | None:
    """Like `country_of`, for the uninflected name only: a speaker is a subject, and a
    stem match would read "Bruni" as Brunei."""
    _, english, exact = _countries()
    code = exact.get(exact_key(text))
    return english[code] if code else None


@lru_cache(maxsize=1)
def _capitals() -> dict[str, tuple[str, str]]:
    """Phrase key of every capital spelling -> (English capital, ISO code)."""
    table: dict[str, tuple[str, str]] = {}
    for english, (code, *variants) in CAPITALS.items():
        for spelling in (english, *variants):
            table[phrase_key(spelling)] = (english, code)
    return table


def capital_of(text: str) -> str | None:
    """The English name of the capital `text` spells, else None."""
    found = _capitals().get(phrase_key(text))
    return found[0] if found else None


def capital_country(text: str) -> str | None:
    """The English name of the country whose capital `text` names, else None."""
    found = _capitals().get(phrase_key(text))
    return _countries()[1].get(found[1]) if found else None


def government_of(text: str) -> str:
    """ "Government of Ukraine" for "Ukraine" or "Kyiv", "Kremlin" for "the Kremlin", else ""."""
    core = " ".join(w for w in text.split() if w.casefold() not in DETERMINERS)
    key = re.sub(r"'s$", "", romanise(core).strip(" .,'"))
    for seat, name in SEATS.items():
        if key == seat or phrase_key(core) == phrase_key(seat):
            return name
    country = country_named(core) or capital_country(core)
    if country == "Vatican City":
        return "Holy See"  # the Holy See governs the Vatican City State
    return f"Government of {country}" if country else ""


def canonical_place(text: str) -> str | None:
    """The English name of a country or capital in any supported spelling, else None."""
    return country_of(text) or capital_of(text)


def is_place(text: str) -> bool:
    return country_of(text) is not None or capital_country(text) is not None


# English plural nationalities: "Russians", "Ukrainians", "Israelis", "Chinese".
_PEOPLES = re.compile(r"^([a-z]{4,}?)(ians|ans|ese|is)$")


@lru_cache(maxsize=1)
def _english_countries() -> tuple[str, ...]:
    return tuple(exact_key(name) for name in _countries()[1].values())


@lru_cache(maxsize=4096)
def is_people(text: str) -> bool:
    """True for a nationality in the plural, a group and never one person. "-is" must follow
    the whole country name (Israelis, Iraqis), or Francis would be French."""
    found = _PEOPLES.match(romanise(text.strip()))
    if found is None:
        return False
    stem, suffix = found.groups()
    if suffix == "is":
        return stem in _english_countries()
    return any(country.startswith(stem) for country in _english_countries())


@lru_cache(maxsize=4096)
def opens_country_name(letters: str) -> bool:
    """True when some country's English name begins with `letters` (romanised, lowercase):
    "ukra", "turk", "vati" qualify an office by its country."""
    return any(country.startswith(letters) for country in _english_countries())
