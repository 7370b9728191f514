"""The shape of one language's date vocabulary, and shorthands to write it compactly."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Words:
    """One language's date vocabulary; every phrase is lower case, words separated by spaces."""

    months: tuple[tuple[str, ...], ...] = ()  # 12 tuples of forms, January first
    month_preps: tuple[str, ...] = ()  # words that turn a bare month into "in October"
    weekdays: tuple[tuple[str, ...], ...] = ()  # 7 tuples of forms, Monday first
    weekday_preps: tuple[str, ...] = ()  # "on", "am", "во": kept in the span
    weekday_last: tuple[str, ...] = ()  # "last Tuesday": strictly before the reference day
    weekday_last_post: tuple[str, ...] = ()  # "mardi dernier"
    weekday_next: tuple[str, ...] = ()  # "next Tuesday": after the reference day
    weekday_next_post: tuple[str, ...] = ()
    weekday_suffixes: tuple[str, ...] = ()  # glued on: German "Sonntagabend"
    days: dict[str, int] = field(default_factory=dict)  # "yesterday": -1
    weeks: dict[str, int] = field(default_factory=dict)  # "last week": -1
    months_rel: dict[str, int] = field(default_factory=dict)  # "last month": -1
    years_rel: dict[str, int] = field(default_factory=dict)  # "last year": -1
    same_day: tuple[str, ...] = ()  # "later that day": the day the narrative last named
    year_preps: tuple[str, ...] = ()  # "in 2022"
    numbers: dict[str, int] = field(default_factory=dict)
    units: dict[str, tuple[str, int]] = field(default_factory=dict)  # word -> (unit, implied n)
    ago_pre: tuple[str, ...] = ()  # "vor", "il y a", "hace"
    ago_post: tuple[str, ...] = ()  # "ago", "назад", "fa"
    earlier: tuple[str, ...] = ()  # adverbs: "two days earlier" is before the date counted from
    later: tuple[str, ...] = ()  # "two days later"
    before: tuple[str, ...] = ()  # also prepositions: "four days before his announcement"
    after: tuple[str, ...] = ()  # "four days after the vote"
    speech_verbs: tuple[str, ...] = ()  # stems of verbs of saying: "said", "заявил"
    speech_nouns: tuple[str, ...] = ()  # nouns of a speech event: "interview", "briefing"
    anaphora: tuple[str, ...] = ()  # a sentence opening that refers back: "This was stated"
    is_month_first: bool = False  # 1/24/2023 is month/day/year


def words(listed: str) -> tuple[str, ...]:
    """ "in, in early" -> ("in", "in early"): forms are separated by commas."""
    return tuple(w.strip() for w in listed.split(",") if w.strip())


def groups(listed: str) -> tuple[tuple[str, ...], ...]:
    """ "january, jan | february, feb" -> one tuple of forms per month or weekday."""
    return tuple(words(group) for group in listed.split("|"))


def values(table: dict[int, str]) -> dict[str, int]:
    """{-1: "yesterday, last night"} -> {"yesterday": -1, "last night": -1}."""
    return {w: value for value, listed in table.items() for w in words(listed)}


def counting(listed: str) -> dict[str, int]:
    """ "a, one | two" -> {"a": 1, "one": 1, "two": 2}: number words from one upwards."""
    return {w: n for n, group in enumerate(listed.split("|"), start=1) for w in words(group)}


def units(day: str, week: str, month: str, year: str) -> dict[str, tuple[str, int]]:
    """Unit words by unit; each counts one unless a number says otherwise."""
    listed = {"day": day, "week": week, "month": month, "year": year}
    return {w: (unit, 1) for unit, forms in listed.items() for w in words(forms)}
