"""Name keys: a person's name split into given names and surname, stemmed and romanised.

Two mentions match when their surnames agree (same consonant skeleton, or close Jaro-Winkler
on the stems) and their given names do not disagree. Inflection is removed by stripping case
endings on the romanised token, the same way for every mention, so Навального, Navalného and
Navalny meet at "navaln".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import JaroWinkler

from claimtrail.resolve.lexicon import DETERMINERS, ROLE_CLASSES, ROLES, TITLES
from claimtrail.resolve.translit import LETTER, romanise, script_of, skeleton

# Case endings of Slavic, Baltic and Romance nouns, longest first, written as romanised.
_ENDINGS = ("ogo", "ego", "eho", "oho", "omu", "emu", "ovi", "evi", "ami", "ach", "ych", "ich",
            "yy", "iy", "yj", "ij", "yi", "ii", "om", "em", "ym", "im", "ej", "ou", "a", "e",
            "i", "o", "u", "y", "j")  # fmt: skip
# Case postpositions that anyascii leaves on Bengali and Gujarati words (ઝેલેન્સકીએ, -er).
_INDIC_ENDINGS = ("thi", "mam", "er", "ne", "na", "no", "ni", "ke", "te", "ra", "e")
_FEMININE = re.compile(r"(?:aya|aja|skaja|ska|cka|ná|ová|ská|cká|ая|ова|ева)$")
_MASCULINE = re.compile(r"(?:y|yy|iy|yj|ij|yi|ski|sky|ský|ný|ый|ий|ой)$")
_TOKEN = re.compile(rf"(?:{LETTER}|@)(?:{LETTER}|['’.\-])*", re.UNICODE)


def strip_accents(text: str) -> str:
    """Latin and Cyrillic letters without diacritics; other scripts are left whole."""
    out: list[str] = []
    for ch in unicodedata.normalize("NFKD", text):
        if unicodedata.combining(ch) and out and out[-1].isascii():
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


@lru_cache(maxsize=65536)
def role_class(word: str) -> str | None:
    """The office a role word names ("pontefice" -> "pope"), or None."""
    low = word.casefold().strip(".,")
    plain = strip_accents(low)
    for cls, prefixes in ROLE_CLASSES.items():
        for prefix in prefixes:
            if low.startswith(prefix) or plain.startswith(strip_accents(prefix)):
                return cls
    return None


@lru_cache(maxsize=1)
def _roles() -> tuple[str, ...]:
    return tuple(sorted({*ROLES, *(strip_accents(r) for r in ROLES)}))


@lru_cache(maxsize=65536)
def is_role(word: str) -> bool:
    """True for a role noun ("president", "Sprecher", "глава") in any supported language."""
    low = word.casefold().strip(".,")
    for role in _roles():
        if low == role:
            return True
        # Short roles only take short endings, so "son" does not swallow "Sonia".
        if low.startswith(role) and (len(role) >= 5 or len(low) - len(role) <= 1):
            return True
    return False


@lru_cache(maxsize=65536)
def stem(token: str) -> str:
    """The romanised token without possessive, Turkish or case suffixes."""
    script = script_of(token)
    word = romanise(token)
    # Turkish and English attach suffixes after an apostrophe: Erdoğan'ın, Biden's.
    head, _, tail = word.partition("'")
    if tail and len(tail) <= 4 and len(head) >= 2:
        word = head
    word = re.sub(r"[^a-z0-9]", "", word)
    # Czech and Slovak feminine surnames: Jarmyšová is Yarmysh's name with -ová.
    if token.casefold().endswith("ová") and len(word) >= 6:
        word = word[:-3]
    if script == "indic":
        for end in _INDIC_ENDINGS:
            if word.endswith(end) and len(word) - len(end) >= 4:
                word = word[: -len(end)]
                break
    # Latvian nominative -s and German genitive -s after a consonant: Francisks, Selenskyjs.
    if len(word) >= 5 and word.endswith("s") and word[-2] not in "aeiouys":
        word = word[:-1]
    for _ in range(2):
        for end in _ENDINGS:
            if word.endswith(end) and len(word) - len(end) >= 4:
                word = word[: -len(end)]
                break
    return word


def gender_of_surname(surname: str) -> str | None:
    """'f' or 'm' where a Slavic surname marks it (Navalnaya / Navalny), else None."""
    low = surname.casefold()
    if _FEMININE.search(low):
        return "f"
    if _MASCULINE.search(strip_accents(low)) or _MASCULINE.search(low):
        return "m"
    return None


@dataclass(frozen=True, slots=True)
class NameKey:
    """A name reduced to what matching needs."""

    given: tuple[str, ...]  # stems of the given names, initials as one letter
    surname: str  # stem of the last name token ("" when the name has no usable token)
    surname_raw: str  # the surname as written (for gender marks)
    tokens: tuple[str, ...]  # every name token, as written

    @property
    def skeleton(self) -> str:
        return skeleton(self.surname)


def name_tokens(name: str) -> list[str]:
    """The words of a name, without honorifics, determiners or role words."""
    words = [
        m.group().rstrip(".") if len(m.group()) > 2 else m.group() for m in _TOKEN.finditer(name)
    ]
    words = [w.rstrip(".,;:") for w in words]
    kept = [
        w
        for w in words
        if w
        and w.casefold() not in TITLES
        and w.casefold().rstrip(".") not in TITLES
        and w.casefold() not in DETERMINERS
        and not is_role(w)
    ]
    if len(kept) > 1:
        from claimtrail.resolve.places import country_named, country_of  # builds on this module

        # "بابا الفاتيكان فرانسيس" (the Vatican's pope Francis), "Украины Кирилл Буданов": a
        # country before the name qualifies the title. Inflected forms only outside Latin
        # script, where given names such as Georg would read as Georgia.
        kept = [
            w
            for w in kept[:-1]
            if not (country_named(w) or (script_of(w) != "latin" and country_of(w)))
        ] + kept[-1:]
    return kept or [w for w in words if w]


def name_key(name: str) -> NameKey:
    """Given names and surname of `name`; a handle (@user) is one token."""
    tokens = tuple(name_tokens(name))
    if not tokens:
        return NameKey((), "", "", ())
    surname_raw = tokens[-1].lstrip("@")
    given = tuple(stem(t)[:1] if len(t.rstrip(".")) <= 2 else stem(t) for t in tokens[:-1])
    return NameKey(tuple(g for g in given if g), stem(surname_raw), surname_raw, tokens)


def similar_tokens(a: str, b: str) -> bool:
    """True when two stems are spellings of one name (Zelensk / Selensk, Nykyforov / Nikiforov)."""
    if not a or not b:
        return False
    if a == b:
        return True
    ska, skb = skeleton(a), skeleton(b)
    jw = JaroWinkler.normalized_similarity(a, b)
    if min(len(a), len(b)) <= 4:
        return ska == skb and jw >= 0.8
    if ska == skb and ska:
        return jw >= 0.7
    sk_jw = JaroWinkler.normalized_similarity(ska, skb)
    if jw >= 0.9 and sk_jw >= 0.85:
        return True
    # A Romance or Slavic ending can leave a final k on the stem (Francis / Francisco /
    # Franciszka); a looser rule merged Shevchuk with Shevchenko, so only that k is forgiven.
    short, long_ = sorted((ska, skb), key=len)
    return long_ == short + "K" and len(short) >= 3 and jw >= 0.85


def compatible_given(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """False only when both names carry given names and none of them agree."""
    if not a or not b:
        return True
    for x in a:
        for y in b:
            if len(x) == 1 or len(y) == 1:
                if skeleton(x)[:1] == skeleton(y)[:1] or x[0] == y[0]:
                    return True
            elif similar_tokens(x, y) or (len(skeleton(x)) >= 2 and skeleton(x) == skeleton(y)):
                # Scripts that drop vowels (رجب طيب for Recep Tayyip) keep only the frame.
                return True
    return False


def same_person(a: NameKey, b: NameKey) -> bool:
    """True when two person names can denote the same person."""
    if not similar_tokens(a.surname, b.surname):
        return False
    ga, gb = gender_of_surname(a.surname_raw), gender_of_surname(b.surname_raw)
    if ga and gb and ga != gb:
        return False
    return compatible_given(a.given, b.given)


def block_keys(token_stem: str) -> tuple[str, ...]:
    """Blocking keys for a stem: two ways in, so one spelling difference cannot hide a match."""
    sk = skeleton(token_stem)
    return (f"s:{sk[:3]}", f"p:{token_stem[:3]}")


def is_latin(text: str) -> bool:
    return script_of(text) == "latin"
