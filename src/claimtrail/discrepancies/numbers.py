"""Quantities in a statement's content: a value and the word it counts ("40 trucks").

Digits in the common separators ("1,200", "1.200", "7,5", "7.5") and number words for en, ru,
uk, de, fr, it, es, pt, pl, cs, tr and ar, optionally scaled ("2 million", "два миллиона"). The
unit is the next word, transliterated and cut to a stem, so "trucks" meets "truck" and
"грузовиков" meets "грузовика". Years and clock times are skipped: they are dates, not facts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from anyascii import anyascii

# Common number words. Words that are also other words ("on", "sei", "due", "cent", "otto")
# are left out: a false count is worse than a missed one.
# fmt: off
_WORDS: dict[str, float] = {
    # en
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "hundred": 100, "dozen": 12,
    "dozens": 24,
    # de
    "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
    "zehn": 10, "zwölf": 12, "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50,
    "hundert": 100,
    # fr
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
    "douze": 12, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50,
    # it
    "quattro": 4, "cinque": 5, "sette": 7, "nove": 9, "dieci": 10, "dodici": 12, "venti": 20,
    "trenta": 30, "quaranta": 40, "cinquanta": 50, "cento": 100,
    # es / pt
    "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
    "nueve": 9, "diez": 10, "doce": 12, "veinte": 20, "treinta": 30, "cuarenta": 40,
    "cincuenta": 50, "cien": 100, "dois": 2, "duas": 2, "três": 3, "sete": 7, "oito": 8,
    "dez": 10, "doze": 12, "vinte": 20, "trinta": 30, "quarenta": 40, "cem": 100,
    "quatro": 4, "cinquenta": 50,
    # pl / cs
    "dwa": 2, "dwie": 2, "trzy": 3, "cztery": 4, "pięć": 5, "sześć": 6, "siedem": 7,
    "osiem": 8, "dziewięć": 9, "dziesięć": 10, "dwadzieścia": 20, "trzydzieści": 30,
    "czterdzieści": 40, "pięćdziesiąt": 50, "sto": 100, "dva": 2, "dvě": 2, "tři": 3,
    "čtyři": 4, "pět": 5, "šest": 6, "sedm": 7, "osm": 8, "devět": 9, "deset": 10,
    "dvacet": 20, "třicet": 30, "čtyřicet": 40, "padesát": 50,
    # ru / uk
    "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8,
    "девять": 9, "десять": 10, "двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50,
    "сто": 100, "дві": 2, "чотири": 4, "п'ять": 5, "шість": 6, "сім": 7, "вісім": 8,
    "дев'ять": 9, "двадцять": 20, "тридцять": 30, "п'ятдесят": 50,
    # tr
    "iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "yedi": 7, "sekiz": 8, "dokuz": 9,
    "yirmi": 20, "otuz": 30, "kırk": 40, "elli": 50, "yüz": 100,
    # ar
    "اثنان": 2, "ثلاثة": 3, "أربعة": 4, "خمسة": 5, "ستة": 6, "سبعة": 7, "ثمانية": 8,
    "تسعة": 9, "عشرة": 10, "عشرين": 20, "ثلاثين": 30, "أربعين": 40, "خمسين": 50, "مئة": 100,
    "مائة": 100,
}
# fmt: on
# Scale words follow a number ("2 million", "40 тысяч"); matched by prefix.
# fmt: off
_SCALES: tuple[tuple[str, float], ...] = (
    ("thousand", 1e3), ("tausend", 1e3), ("mille", 1e3), ("mila", 1e3), ("mil", 1e3),
    ("tysi", 1e3), ("tisí", 1e3), ("тысяч", 1e3), ("тыс", 1e3), ("тисяч", 1e3), ("bin", 1e3),
    ("ألف", 1e3), ("million", 1e6), ("millio", 1e6), ("milion", 1e6), ("millón", 1e6),
    ("milhão", 1e6), ("milhões", 1e6), ("миллион", 1e6), ("млн", 1e6), ("мільйон", 1e6),
    ("milyon", 1e6), ("مليون", 1e6), ("billion", 1e9), ("milliard", 1e9), ("miliard", 1e9),
    ("миллиард", 1e9), ("млрд", 1e9), ("мільярд", 1e9), ("milyar", 1e9), ("مليار", 1e9),
)
# fmt: on
_TOKEN = re.compile(r"\d+(?:[.,\s]\d{3})*(?:[.,]\d+)?%?|[^\W\d_]+(?:['’][^\W\d_]+)?")
_DIGITS = re.compile(r"\d")
# Words that make a quantity not a fact count: clock times, ordinals, list numbering.
_UNIT_SKIP = frozenset({"pm", "am", "uhr", "h", "heur", "ore", "hora", "chas", "hodi", "noon"})
_STEM_CHARS = 4
# "one of them", "two in the morning": a counted thing is a content word of three letters or
# more, not one of these.
_MIN_UNIT_CHARS = 3
_NOT_UNITS = frozenset(
    [
        "the",
        "and",
        "for",
        "from",
        "with",
        "that",
        "than",
        "who",
        "which",
        "are",
        "were",
        "was",
        "out",
        "off",
        "has",
        "had",
        "have",
        "der",
        "die",
        "das",
        "und",
        "von",
        "mit",
        "les",
        "des",
        "une",
        "que",
        "qui",
        "del",
        "dei",
        "che",
        "per",
        "los",
        "las",
        "una",
        "por",
        "con",
        "dos",
        "das",
        "uma",
        "com",
        "что",
        "как",
        "при",
        "для",
        "від",
        "які",
        "için",
        "ile",
    ]
)


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number in a content, with the stem of the word it counts and where it sits."""

    value: float
    unit: str  # transliterated, casefolded stem of the next word; "" when none
    start: int  # offsets into the content string
    end: int
    surface: str


def _digits_value(token: str) -> float | None:
    raw = token.rstrip("%")
    groups = re.split(r"[.,\s]", raw)
    if len(groups) > 1 and all(len(g) == 3 for g in groups[1:]):
        return float("".join(groups))  # "1,200" / "1.200" / "1 200"
    try:
        return float(raw.replace(",", "."))
    except ValueError:
        return None


# Slavic and Turkish numerals inflect: the longer words also match with another ending.
_PREFIXES: dict[str, tuple[float, int]] = {
    base[:-1]: (value, len(base)) for base, value in _WORDS.items() if len(base) >= 5
}
_PREFIX_LENGTHS = sorted({len(p) for p in _PREFIXES}, reverse=True)


def _word_value(word: str) -> float | None:
    folded = word.casefold()
    if folded in _WORDS:
        return _WORDS[folded]
    for length in _PREFIX_LENGTHS:
        hit = _PREFIXES.get(folded[:length])
        if hit is not None and len(folded) <= hit[1] + 3:
            return hit[0]
    return None


def _scale(word: str) -> float | None:
    folded = word.casefold()
    for prefix, factor in _SCALES:
        if folded.startswith(prefix):
            return factor
    return None


def unit_stem(word: str) -> str:
    """The comparable stem of a unit word: transliterated, casefolded, first four letters."""
    return anyascii(word).casefold()[:_STEM_CHARS]


def quantities(content: str) -> list[Quantity]:
    """Every counted quantity in `content`, in order (years and clock times left out)."""
    tokens = list(_TOKEN.finditer(content))
    found: list[Quantity] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        text = token.group()
        is_digit = bool(_DIGITS.match(text))
        value = _digits_value(text) if is_digit else _word_value(text)
        if value is None:
            i += 1
            continue
        end_token = i
        if i + 1 < len(tokens) and (factor := _scale(tokens[i + 1].group())) is not None:
            value *= factor
            end_token = i + 1
        unit = ""
        word = tokens[end_token + 1].group() if end_token + 1 < len(tokens) else ""
        if (
            word
            and not _DIGITS.match(word)
            and len(word) >= _MIN_UNIT_CHARS
            and word.casefold() not in _NOT_UNITS
        ):
            unit = unit_stem(word)
        is_year = is_digit and 1900 <= value <= 2100 and "." not in text and "," not in text
        is_clock = unit_stem(word) in _UNIT_SKIP or ":" in (
            content[token.end() : token.end() + 1],
            content[max(0, token.start() - 1) : token.start()],
        )
        if not (is_year or is_clock) and (is_digit or unit):
            start, end = token.start(), tokens[end_token].end()
            found.append(Quantity(value, unit, start, end, content[start:end]))
        i = end_token + 1
    return found


def conflicting(a: list[Quantity], b: list[Quantity]) -> tuple[Quantity, Quantity] | None:
    """The first pair counting the same unit with different values, where neither side also
    gives the other's value (so "40 of the 400 trucks" does not conflict with "400 trucks")."""
    for qa in a:
        if not qa.unit:
            continue
        same_b = [qb for qb in b if qb.unit == qa.unit]
        if not same_b or any(qb.value == qa.value for qb in same_b):
            continue
        values_a = {q.value for q in a if q.unit == qa.unit}
        for qb in same_b:
            if qb.value not in values_a:
                return qa, qb
    return None
