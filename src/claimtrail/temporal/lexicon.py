"""Compiled date patterns for one language: the hand tables, plus dateparser's names elsewhere.

English is always merged in (agency copy quotes English dates in every language), and a
language with no table borrows month and weekday names and "yesterday"-style phrases from
dateparser's locale data, which is read from the installed package and never fetched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from claimtrail.temporal.tables import EN, TABLES, Words

_APOSTROPHES = ("'", "’", "ʼ")
# A letter of a script written with spaces: not a digit, not kana, CJK ideographs or hangul.
_SPACED_LETTER = r"[^\W\d_\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]"
_EVERY_LANGUAGE = tuple(TABLES)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Regexes and the lookups that turn their matched words into numbers."""

    months: dict[str, int]  # form -> 1..12
    weekdays: dict[str, int]  # form -> 0..6 (Monday 0)
    phrases: dict[str, tuple[str, int]]  # "yesterday" -> ("days", -1); "that day": same_day
    numbers: dict[str, int]
    units: dict[str, tuple[str, int]]
    is_month_first: bool
    day_month: re.Pattern[str]  # "24 January 2023", "24 de enero", "24. ledna"
    month_day: re.Pattern[str]  # "January 24, 2023", "Jan. 24"
    month_only: re.Pattern[str]  # "in October", "October 2023"; a bare "October" is no match
    year_only: re.Pattern[str]  # "in 2022"
    weekday: re.Pattern[str]  # "on Tuesday", "am Dienstag", "mardi dernier"
    phrase: re.Pattern[str]  # "yesterday", "last week", "l'an dernier"
    ago: re.Pattern[str]  # "four days ago", "vor vier Tagen"
    shift: re.Pattern[str]  # "four days before", "two days later"
    speech: re.Pattern[str]  # verbs and nouns that mark a speech event
    saying: re.Pattern[str]  # verbs of saying only
    anaphora: re.Pattern[str]  # a sentence opening that points back: "Об этом он сообщил"

    def is_today(self, phrase: str) -> bool:
        """Whether `phrase` contains a word for the reference day itself ("today", "heute")."""
        return any(
            self.phrases.get(normalise(m["p"])) == ("days", 0) for m in self.phrase.finditer(phrase)
        )


def normalise(word: str) -> str:
    """A matched word as the tables spell it: lower case, one space, straight apostrophe."""
    lowered = " ".join(word.lower().replace("\u0307", "").split())
    for mark in _APOSTROPHES[1:]:
        lowered = lowered.replace(mark, "'")
    return lowered


def lexicon(language: str | None) -> Lexicon:
    """The compiled patterns for `language` (ISO 639-1); None or unknown uses every table."""
    code = (language or "").lower().split("-")[0].split("_")[0]
    return _compiled(code if code else "*")


@cache
def _compiled(code: str) -> Lexicon:
    if code == "*":
        tables = [TABLES[c] for c in _EVERY_LANGUAGE]
    elif code in TABLES:
        tables = [TABLES[code], EN] if code != "en" else [EN]
    else:
        borrowed = _from_dateparser(code)
        tables = [borrowed, EN] if borrowed else [EN]
    return _compile(
        tables,
        is_arabic=code in {"ar", "fa", "ur", "*"},
        is_turkish=code == "tr",
        is_unspaced=code in {"zh", "ja"},
    )


def _from_dateparser(code: str) -> Words | None:
    """Month, weekday and relative-day names from dateparser's data for a language we lack."""
    try:
        from dateparser.languages.loader import default_loader

        info = default_loader.get_locale(code).info
    except ValueError:  # not a locale dateparser knows: English only
        return None
    # dateparser's own keys; calendar.month_name would follow the process locale.
    month_keys: tuple[str, ...] = ("january", "february", "march", "april", "may", "june")
    month_keys += ("july", "august", "september", "october", "november", "december")
    day_keys = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    relative = info.get("relative-type", {})
    wanted = {
        "0 day ago": ("days", 0),
        "1 day ago": ("days", -1),
        "2 day ago": ("days", -2),
        "1 week ago": ("weeks", -1),
        "0 week ago": ("weeks", 0),
        "1 month ago": ("months_rel", -1),
        "1 year ago": ("years_rel", -1),
    }
    groups: dict[str, dict[str, int]] = {"days": {}, "weeks": {}, "months_rel": {}, "years_rel": {}}
    for key, (group, offset) in wanted.items():
        for phrase in relative.get(key, []):
            # Abbreviations such as "pag mēn" would match inside ordinary words.
            if all(len(part) >= 3 for part in phrase.split()):
                groups[group][normalise(phrase)] = offset
    return Words(
        months=tuple(_names(info.get(k, []), 3) for k in month_keys),
        weekdays=tuple(_names(info.get(k, []), 4) for k in day_keys),
        days=groups["days"],
        weeks=groups["weeks"],
        months_rel=groups["months_rel"],
        years_rel=groups["years_rel"],
    )


def _names(forms: list[str], min_chars: int) -> tuple[str, ...]:
    return tuple(normalise(f) for f in forms if len(f) >= min_chars and "." not in f)


def _alternation(words: set[str]) -> str:
    """A regex alternation of `words`, longest first so "in early" beats "in"."""
    variants: set[str] = set()
    for word in words:
        if not word:
            continue
        for mark in _APOSTROPHES:
            variants.add(word.replace("'", mark))
    ordered = sorted(variants, key=lambda w: (-len(w), w))
    return "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in ordered)


def _compile(
    tables: list[Words], *, is_arabic: bool, is_turkish: bool, is_unspaced: bool = False
) -> Lexicon:
    months: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    phrases: dict[str, tuple[str, int]] = {}
    numbers: dict[str, int] = {}
    units: dict[str, tuple[str, int]] = {}
    for words in reversed(tables):  # the language's own table wins over English
        for index, forms in enumerate(words.months):
            months.update(dict.fromkeys(forms, index + 1))
        for index, forms in enumerate(words.weekdays):
            weekdays.update(dict.fromkeys(forms, index))
        for group, table in (
            ("days", words.days),
            ("weeks", words.weeks),
            ("months_rel", words.months_rel),
            ("years_rel", words.years_rel),
        ):
            phrases.update({p: (group, o) for p, o in table.items()})
        phrases.update(dict.fromkeys(words.same_day, ("same_day", 0)))
        numbers.update(words.numbers)
        units.update(words.units)

    def joined(attr: str) -> str:
        return _alternation({w for t in tables for w in getattr(t, attr)})

    # A proclitic (wa-, bi-, fa-, li-) glues onto Arabic words; Turkish adds case endings
    # after an apostrophe ("24 Ekim'de"). Both must stay inside the match, not break it.
    head = r"(?<!\w)(?:[وفبل](?=\w))?" if is_arabic else r"(?<!\w)"
    tail = r"(?:['’]\w+)?(?!\w)" if is_turkish else r"(?!\w)"
    # Chinese and Japanese words touch: only a letter of a spaced script (English merged in)
    # may not border a match ("may" in "mayor"), and pieces need no space between them.
    gap, word_start = r"\s+", r"(?<!\w)"
    if is_unspaced:
        head, tail, gap = rf"(?<!{_SPACED_LETTER})", rf"(?!{_SPACED_LETTER})", r"\s*"
        word_start = head
    month = f"(?P<m>{_alternation(set(months))})"
    number = rf"(?P<n>\d{{1,3}}|{_alternation(set(numbers))})"
    unit = f"(?P<u>{_alternation(set(units))})"
    year = r"(?P<y>\d{4})(?!\d)(?:\s*(?:года|году|г\.|r\.|yılı))?"
    prep_month = joined("month_preps")
    prep_weekday = joined("weekday_preps") or "(?!)"
    turkish_day = r"(?:\s+günü)?" if is_turkish else ""
    suffixes = joined("weekday_suffixes")
    last_post = joined("weekday_last_post") or "(?!)"
    next_post = joined("weekday_next_post") or "(?!)"
    last_pre = joined("weekday_last") or "(?!)"
    next_pre = joined("weekday_next") or "(?!)"
    flags = re.IGNORECASE
    return Lexicon(
        months=months,
        weekdays=weekdays,
        phrases=phrases,
        numbers=numbers,
        units=units,
        is_month_first=any(t.is_month_first for t in tables[:1]),
        day_month=re.compile(
            rf"{head}(?P<d>\d{{1,2}})(?:st|nd|rd|th|er|e|º|°)?\.?\s*(?:de\s+|of\s+|-)?{month}\.?"
            rf"(?:,?\s*(?:de\s+|del\s+)?{year})?{tail}",
            flags,
        ),
        month_day=re.compile(
            rf"{head}{month}\.?\s*(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?![\d:])(?:,?\s*{year})?{tail}",
            flags,
        ),
        month_only=re.compile(
            rf"{head}(?:(?P<prep>{prep_month})\s+(?:(?:the\s+)?month\s+of\s+)?)?{month}\.?"
            rf"(?:,?\s+{year})?{tail}",
            flags,
        ),
        year_only=re.compile(rf"{head}(?:{joined('year_preps') or '(?!)'})\s+{year}{tail}", flags),
        weekday=re.compile(
            rf"{head}(?:(?P<prep>{prep_weekday}){gap})?"
            rf"(?:(?P<last>{last_pre}){gap}|(?P<next>{next_pre}){gap})?"
            rf"(?P<w>{_alternation(set(weekdays))})(?:{suffixes or '(?!)'})?{turkish_day}"
            rf"(?:\s+(?:(?P<lastpost>{last_post})|(?P<nextpost>{next_post})))?{tail}",
            flags,
        ),
        phrase=re.compile(rf"{head}(?P<p>{_alternation(set(phrases))}){tail}", flags),
        ago=re.compile(
            rf"{head}(?:(?:{joined('ago_pre') or '(?!)'})\s+(?:{number}\s+)?{unit}"
            rf"|(?:(?P<n2>\d{{1,3}}|{_alternation(set(numbers))}){gap})?"
            rf"(?P<u2>{_alternation(set(units))}){gap}(?:{joined('ago_post') or '(?!)'})){tail}",
            flags,
        ),
        shift=re.compile(
            rf"{head}(?:{number}|the)\s+{unit}\s+"
            rf"(?:(?P<earlier>{joined('earlier') or '(?!)'})|(?P<later>{joined('later') or '(?!)'})"
            rf"|(?P<before>{joined('before') or '(?!)'})|(?P<after>{joined('after') or '(?!)'}))"
            rf"{tail}",
            flags,
        ),
        speech=re.compile(
            rf"{word_start}(?:{joined('speech_verbs')}|{joined('speech_nouns')})", flags
        ),
        saying=re.compile(rf"{word_start}(?:{joined('speech_verbs') or '(?!)'})", flags),
        anaphora=re.compile(rf"[\s\"'«“„]*(?:{joined('anaphora') or '(?!)'})(?!\w)", flags),
    )
