"""Country and capital names in the supported languages, for metonymic speakers ("Kyiv said").

Country names come from Babel's CLDR territory tables; names are compared as romanised stems,
so inflected forms (Украины, Ukrajině, Ukrainas) find their country.
"""

from __future__ import annotations

from functools import lru_cache

from claimtrail.resolve.lexicon import CAPITALS
from claimtrail.resolve.names import stem

# The languages claimtrail supports, plus neighbours whose names appear in their press.
_LANGUAGES = ("en", "ru", "uk", "be", "de", "fr", "it", "es", "pt", "pl", "cs", "sk", "tr",
              "ar", "lv", "lt", "ro", "mk", "bg", "sr", "hr", "nl", "sv", "bn", "gu", "hi",
              "he", "el", "hu", "fa")  # fmt: skip


def phrase_key(text: str) -> str:
    """Stems of the words of a phrase, space-joined."""
    return " ".join(s for s in (stem(w) for w in text.replace("-", " ").split()) if s)


@lru_cache(maxsize=1)
def _countries() -> tuple[dict[str, str], dict[str, str]]:
    """(phrase key -> ISO code, ISO code -> English name)."""
    from babel import Locale

    english: dict[str, str] = {}
    keys: dict[str, str] = {}
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
    return keys, english


def country_of(text: str) -> str | None:
    """The English name of the country `text` names (in any supported language), else None."""
    keys, english = _countries()
    code = keys.get(phrase_key(text))
    return english[code] if code else None


def capital_country(text: str) -> str | None:
    """The English name of the country whose capital `text` names, else None."""
    _, english = _countries()
    key = phrase_key(text)
    for capital, code in CAPITALS.items():
        if phrase_key(capital) == key:
            return english.get(code)
    return None


def is_place(text: str) -> bool:
    return country_of(text) is not None or capital_country(text) is not None
