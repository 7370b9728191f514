"""Latin spellings of names in any script, and loose keys that survive transliteration variants.

`romanise` gives a lowercase ASCII form; `skeleton` keeps only consonant classes so that
Zelensky / Selenskyj / জেলেনস্কি or Prigozhin / Prigojin / Prigoschin share one key.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

# anyascii writes Arabic consonants only and maps و/ي to w/y; names need the long vowels
# (نافالني -> nafalni, not nflny) and ج as the "zh" of Russian names (جدانوف -> Zhdanov).
_ARABIC = {
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ٱ": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "zh",
    "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s",
    "ض": "d", "ط": "t", "ظ": "z", "ع": "", "غ": "gh", "ف": "f", "ق": "k", "ك": "k", "ل": "l",
    "م": "m", "ن": "n", "ه": "h", "و": "u", "ي": "i", "ى": "a", "ة": "a", "ء": "", "ئ": "i",
    "ؤ": "u", "پ": "p", "چ": "ch", "ژ": "zh", "گ": "g", "ک": "k", "ی": "i", "ڤ": "v",
}  # fmt: skip
# anyascii drops the soft sign as an apostrophe and keeps Serbian/Macedonian lj/nj; the
# apostrophe would split tokens, so it goes. Belarusian ў is the v of Russian spellings
# (Лаўроў = Лавров).
_CYRILLIC = {"ь": "", "Ь": "", "ъ": "", "Ъ": "", "ў": "v", "Ў": "V"}
# Hebrew letters as names use them: vav and yod are mostly vowels (לוקשנקו = Lukashenko).
_HEBREW = {
    "ו": "u", "י": "i", "ש": "sh", "כ": "k", "ך": "k", "ח": "kh", "צ": "ts", "ץ": "ts",
    "ז": "z", "ג": "g", "ד": "d", "ב": "b", "פ": "f", "ף": "f", "ט": "t", "ת": "t", "ס": "s",
    "ק": "k", "ר": "r", "ל": "l", "מ": "m", "ם": "m", "נ": "n", "ן": "n", "ה": "h", "א": "",
    "ע": "",
}  # fmt: skip
# A letter of any script: \w misses the combining marks Indic and vocalised Arabic words use.
LETTER = (
    r"[\w\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670"
    r"\u0900-\u0dff]"
)
_INDIC_BLOCKS = ("BENGALI", "GUJARATI", "DEVANAGARI", "GURMUKHI", "ORIYA", "TAMIL", "TELUGU",
                 "KANNADA", "MALAYALAM", "SINHALA")  # fmt: skip


def script_of(text: str) -> str:
    """The script of the first letter: latin, cyrillic, arabic, indic, cjk, greek or other."""
    for ch in text:
        if not ch.isalpha():
            continue
        name = unicodedata.name(ch, "")
        for script in ("LATIN", "CYRILLIC", "ARABIC", "GREEK", "HEBREW"):
            if name.startswith(script):
                return script.lower()
        if name.startswith(_INDIC_BLOCKS):
            return "indic"
        if name.startswith(("CJK", "HIRAGANA", "KATAKANA", "HANGUL")):
            return "cjk"
        return "other"
    return "other"


def _indic(text: str) -> str:
    # Bengali and Gujarati write the z of foreign names with ja/jha (জেলেনস্কি, ઝેલેન્સકી).
    # They also write the v of foreign names with bha (ভলোদিমির = Volodymyr).
    out = anyascii(text).lower()
    return re.sub(r"jh|j", "z", re.sub(r"\bbh", "v", out))


@lru_cache(maxsize=65536)
def romanise(text: str) -> str:
    """Lowercase ASCII spelling; apostrophes are kept (Turkish suffixes and possessives)."""
    script = script_of(text)
    if script == "arabic":
        words = []
        for word in text.split():
            word = re.sub(
                r"^(?:ال|وال)(?=\w{3})", "", word
            )  # the article al- is not part of a name
            words.append("".join(_ARABIC.get(ch, anyascii(ch)) for ch in word))
        out = " ".join(words)
    elif script == "indic":
        out = _indic(text)
    elif script == "hebrew":
        out = "".join(_HEBREW.get(ch, anyascii(ch)) for ch in text)
    elif script == "cjk":
        # One token per name: 吴金贵 -> wujingui, not three syllables. Japanese kana have one
        # liquid, written r, where European names mostly have l (ルカシェンコ = Lukashenko).
        out = anyascii(text).replace(" ", "")
        if any("\u30a0" <= ch <= "\u30ff" for ch in text):
            out = out.lower().replace("r", "l")
    else:
        out = anyascii("".join(_CYRILLIC.get(ch, ch) for ch in text))
    out = out.replace("’", "'").replace("`", "'").lower()
    return re.sub(r"[^a-z0-9' \-.@]", "", out)


_DIGRAPHS = (
    ("shch", "S"), ("tsch", "S"), ("sch", "S"), ("tch", "S"), ("sh", "S"), ("zh", "S"),
    ("ch", "S"), ("sz", "S"), ("cz", "S"), ("ts", "S"), ("tz", "S"), ("dz", "S"), ("kh", "K"),
    ("gh", "G"), ("ph", "F"), ("th", "T"), ("dh", "T"), ("ck", "K"), ("qu", "K"), ("x", "KS"),
)  # fmt: skip
_CLASSES = str.maketrans({
    "s": "S", "z": "S", "k": "K", "q": "K", "g": "G", "h": "G", "v": "F", "f": "F", "w": "F",
    "d": "T", "t": "T", "b": "P", "p": "P", "m": "M", "n": "N", "l": "L", "r": "R",
})  # fmt: skip


@lru_cache(maxsize=65536)
def skeleton(token: str) -> str:
    """Consonant classes of a romanised token, vowels (and j, y) dropped, repeats collapsed."""
    word = re.sub(r"[^a-z]", "", token.lower())
    for pair, cls in _DIGRAPHS:
        word = word.replace(pair, cls)
    # c is /s/ before front vowels (Francesco, Recep) and /k/ elsewhere (Cohen, Ucrania).
    word = re.sub(r"c(?=[eiy])", "S", word).replace("c", "K")
    word = word.translate(_CLASSES)
    word = re.sub(r"[a-z]", "", word)
    return re.sub(r"(.)\1+", r"\1", word)
