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
_ARTICLES = frozenset({"the", "der", "die", "das", "le", "la", "les", "el", "il", "lo"})
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
    elif len(word) >= 7 and word.endswith("as"):
        word = word[:-2]  # Baltic -as: Ukrainas, Navalnas (long words only: Hamas, not Francis)
    for _ in range(2):
        for end in _ENDINGS:
            if word.endswith(end) and len(word) - len(end) >= 4:
                word = word[: -len(end)]
                break
    return word


def gender_of_surname(surname: str) -> str | None:
    """'f' or 'm' where a Slavic surname marks it (Navalnaya / Navalny), else None."""
    low = surname.casefold()
    # Other scripts through their romanisation: تيخانوفسكايا -> tikhanufskaia.
    if _FEMININE.search(low) or re.search(r"(?:aya|aia|skaa)$", romanise(surname)):
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


def _is_title(word: str) -> bool:
    low = word.casefold()
    return low in TITLES or low.rstrip(".") in TITLES or is_role(word)


def _is_article(word: str) -> bool:
    # Capitalised "Uma" or "Una" may be a given name; a lowercase article never is.
    low = word.casefold()
    return low in DETERMINERS and (word.islower() or low in _ARTICLES)


def name_tokens(name: str) -> list[str]:
    """The words of a name, without honorifics, determiners or role words."""
    words = [
        m.group().rstrip(".") if len(m.group()) > 2 else m.group() for m in _TOKEN.finditer(name)
    ]
    words = [w.rstrip(".,;:") for w in words if w.rstrip(".,;:")]
    # Only the words after the last title or role word: "Ukrainian President Volodymyr
    # Zelensky" is Volodymyr Zelensky.
    last_title = max((i for i, w in enumerate(words[:-1]) if _is_title(w)), default=-1)
    kept = [w for w in words[last_title + 1 :] if not _is_title(w) and not _is_article(w)]
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


# the driver keys every co-occurring name for every mention it admits: the same few names
@lru_cache(maxsize=65536)
def name_key(name: str) -> NameKey:
    """Given names and surname of `name`; a handle (@user) is one token."""
    tokens = tuple(name_tokens(name))
    if not tokens:
        return NameKey((), "", "", ())
    surname_raw = tokens[-1].lstrip("@")
    given = tuple(stem(t)[:1] if len(t.rstrip(".")) <= 2 else stem(t) for t in tokens[:-1])
    return NameKey(tuple(g for g in given if g), stem(surname_raw), surname_raw, tokens)


@lru_cache(maxsize=65536)
def _spelling(word: str) -> str:
    """One Latin orthography for letters that only differ by convention (Watykan / Vatican,
    Bachmut / Bakhmut): w=v, y=i, hard c=k, no doubled letters."""
    word = word.replace("w", "v").replace("y", "i").replace("ph", "f").replace("q", "k")
    word = re.sub(r"c(?=[ei])", "s", word.replace("x", "ks")).replace("c", "k")
    return re.sub(r"(.)\1+", r"\1", word)


def orthography(word: str) -> str:
    """`word` (romanised) in one Latin orthography: Vatikan / Vatican, Türk / Turc."""
    return _spelling(word)


@lru_cache(maxsize=65536)
def _consonants(word: str) -> str:
    """The consonants of a spelling, letter by letter (b is not p here, unlike `skeleton`)."""
    for pair, letter in (("shch", "S"), ("sch", "S"), ("sh", "S"), ("ch", "S"), ("sz", "S"),
                         ("zh", "Z"), ("kh", "k"), ("ts", "C"), ("tz", "C")):  # fmt: skip
        word = word.replace(pair, letter)
    word = _spelling(word).replace("s", "S").replace("z", "Z")
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouj]", "", word))


def _one_step(short: str, long_: str) -> bool:
    """True when the skeletons differ by one substituted class or one extra sibilant or dental
    (the zh of Prigozhin written j in Prigojin, the t of František)."""
    if len(short) < 4:
        return False  # Yildiz / Yildirim, Belov / Belousov: short frames differ by a letter
    if len(short) == len(long_):
        return sum(x != y for x, y in zip(short, long_, strict=True)) <= 1
    if len(long_) != len(short) + 1:
        return False
    # Not at the end: Martin / Martinez are two names.
    return any(
        long_[:i] + long_[i + 1 :] == short and long_[i] in "ST" for i in range(len(long_) - 1)
    )


def similar_tokens(a: str, b: str, loose: bool = False) -> bool:
    """True when two stems are spellings of one name (Zelensk / Selensk, Nykyforov / Nikiforov).
    `loose` is for names read from different scripts, whose vowels say little."""
    if not a or not b:
        return False
    if a == b:
        return True
    ska, skb = skeleton(a), skeleton(b)
    jw = max(
        JaroWinkler.normalized_similarity(a, b),
        JaroWinkler.normalized_similarity(_spelling(a), _spelling(b)),
    )
    if min(len(a), len(b)) <= 4:
        # Short names leave little to compare: Hill / Hall, Garcia / Greco score 0.83.
        close = jw >= 0.88 or _spelling(a) == _spelling(b) or (loose and jw >= 0.8)
        return ska == skb and close
    if ska == skb and ska:
        # Scripts that write few vowels (لافروف -> lafruf for Lavrov) keep the consonant frame.
        # In one script the coarse frame is shared by distinct names (Polyakov / Belyakov), so
        # the letters must agree too, or the spelling be very close (Zelensky / Selensky).
        if loose and (len(ska) >= 4 or jw >= 0.82):
            return True
        # The opening letter too (Yudin / Aydin share consonants); j and y are one sound there.
        openings = {_spelling(a)[0].replace("j", "i"), _spelling(b)[0].replace("j", "i")}
        letters_agree = _consonants(a) == _consonants(b) and len(openings) == 1
        return jw >= (0.82 if letters_agree else 0.88)
    short, long_ = sorted((ska, skb), key=len)
    if jw >= 0.9 and _one_step(short, long_):
        return True
    # A Romance or Slavic ending can leave a final k on the stem (Francis / Francisco /
    # Franciszka): forgiven after a sibilant only, or Meloni would be Melnyk.
    return long_ == short + "K" and short.endswith("S") and len(short) >= 3 and jw >= 0.85


def _same_frame(x: str, y: str) -> bool:
    """Given names spelt apart by script or convention keep their consonants and opening
    (Yulia / Julija, رجب / Recep); Anna and Nina do not open alike."""
    vowels = "aeiouyj"
    opening = x[0] == y[0] or (x[0] in vowels and y[0] in vowels)
    return bool(skeleton(x)) and skeleton(x) == skeleton(y) and opening


def compatible_given(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """False only when both names carry given names and none of them agree."""
    if not a or not b:
        return True
    for x in a:
        for y in b:
            if len(x) == 1 or len(y) == 1:
                if skeleton(x)[:1] == skeleton(y)[:1] or x[0] == y[0]:
                    return True
            elif similar_tokens(x, y, loose=True) or _same_frame(x, y):
                return True
    return False


def same_person(a: NameKey, b: NameKey) -> bool:
    """True when two person names can denote the same person."""
    if not similar_tokens(a.surname, b.surname, cross_script(a, b)):
        return False
    ga, gb = gender_of_surname(a.surname_raw), gender_of_surname(b.surname_raw)
    if ga and gb and ga != gb:
        return False
    return compatible_given(a.given, b.given)


def cross_script(a: NameKey, b: NameKey) -> bool:
    return script_of(a.surname_raw) != script_of(b.surname_raw)


def block_keys(token_stem: str) -> tuple[str, ...]:
    """Blocking keys for a stem: three ways in, so one spelling difference cannot hide a match
    (the consonant frame, the opening letters, the opening in one orthography)."""
    sk = skeleton(token_stem)
    return (f"s:{sk[:3]}", f"p:{token_stem[:3]}", f"o:{_spelling(token_stem)[:3]}")


def is_latin(text: str) -> bool:
    return script_of(text) == "latin"
