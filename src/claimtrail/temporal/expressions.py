"""Time expressions in an article's text, resolved to calendar days against a reference date.

Regex tables (lexicon.py) find the common forms in one linear pass per pattern; adjacent
pieces are then merged ("Wednesday, October 25", "last year, on February 24").
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Literal

from claimtrail.model import Span
from claimtrail.temporal.lexicon import Lexicon, lexicon, normalise

Granularity = Literal["day", "month", "year"]

# A year-less date is read as the latest one on or before the reference, but a day after it
# is still accepted: outlets stamp a UTC date on copy written the next morning local time.
GRACE_DAYS = 1
# ... unless it falls within this many days after the reference: "from May 25" written on May
# 20 is a plan five days ahead, not last year's May. Further ahead, a year-less date next to
# a verb in the past tense ("said on May 3" in January) is one that has passed.
UPCOMING_WINDOW_DAYS = 31
# "N days before X" looks back this far, within its sentence, for the date it counts from;
# "N days earlier" looks back further, as narrative carries its reference date along.
SHIFT_WINDOW_CHARS = 300
NARRATIVE_WINDOW_CHARS = 800
# A bare weekday up to this many days before an estimated reference is read before it; further
# back, the one after it is nearer.
_HALF_WEEK_DAYS = 3
_SENTENCE_END = re.compile(r"[.!?…][\"'»”’)]*\s")
_NUMERIC = re.compile(
    r"(?<![\w.:/-])(?:(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})"
    r"|(?P<da>\d{1,2})\.\s?(?P<mo>\d{1,2})\.\s?(?P<ye>\d{4}|\d{2})"
    r"|(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<sy>\d{4}|\d{2}))(?![\w/:]|\.\d|-\d)"
)
# "2023年1月24日", "1月24日", "1월 24일": Chinese, Japanese and Korean write dates with digits and
# unit characters, in any language's text.
_UNIT_DATE = re.compile(
    r"(?<!\d)(?:(?P<y>\d{4})\s*[年년]\s*)?(?P<m>\d{1,2})\s*[月월]\s*(?P<d>\d{1,2})\s*[日号號일]"
)
# Between two pieces of one expression: punctuation, spaces and at most one short word
# ("on", "am", "le", "v"), as in "Last year, on February 24"; "and" joins a list, not a date.
_JOINABLE_GAP = re.compile(r"[\s,()\-–—]*(?:\w{1,2}\s+)?")


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A time phrase and the calendar day it names.

    `value` is None when the phrase names no day that can be worked out: an impossible date
    ("31 February"), a relative phrase with no reference date, or a week ("last week").
    Month- and year-granular values are the first day of that month or year.
    """

    span: Span
    value: date | None
    kind: Literal["explicit", "relative"]
    granularity: Granularity


@dataclass(frozen=True, slots=True)
class _Piece:
    """A matched phrase before resolution; which fields are set depends on `form`."""

    start: int
    end: int
    form: str  # date | month | year | weekday | days | weeks | ... | ago | shift | same_day
    year: int | None = None
    month: int | None = None
    day: int | None = None
    offset: int = 0  # days/weeks/months/years from the reference; weekday modifier -1|0|+1
    unit: str = "day"
    years_back: int | None = None  # set by "last year" beside a year-less date: -1
    is_prepositional: bool = False  # "four days before his announcement" vs "two days earlier"


def time_expressions(
    text: str, language: str | None, reference: date | None, *, is_estimate: bool = False
) -> list[TimeExpression]:
    """Every time expression in `text`, in order; relative ones resolved against `reference`.

    With `is_estimate` the reference is a guess at the writing day (a story's day for an
    undated report), so a bare weekday is the one nearest it, before or after.
    """
    words = lexicon(language)
    pieces = _leftmost_longest(_matches(text, words))
    merged = _merge(text, pieces)
    return _resolve_all(text, merged, reference, is_estimate=is_estimate)


def _matches(text: str, words: Lexicon) -> list[_Piece]:
    found: list[_Piece] = []
    for pattern in (words.day_month, words.month_day):
        for m in pattern.finditer(text):
            month = words.months.get(normalise(m["m"]))
            year = int(m["y"]) if m["y"] else None
            # The optional abbreviation dot also eats a full stop: "… 25 февраля. Во вторник".
            end = m.end() - 1 if text[m.end() - 1] == "." else m.end()
            if month is not None:
                found.append(_Piece(m.start(), end, "date", year, month, int(m["d"])))
    for m in words.month_only.finditer(text):
        month = words.months.get(normalise(m["m"]))
        if month is not None and (m["prep"] or m["y"]):
            year = int(m["y"]) if m["y"] else None
            found.append(_Piece(m.start(), m.end(), "month", year, month))
    for m in words.year_only.finditer(text):
        found.append(_Piece(m.start(), m.end(), "year", int(m["y"])))
    found.extend(_numeric(text, words.is_month_first))
    for m in words.weekday.finditer(text):
        weekday = words.weekdays.get(normalise(m["w"]))
        if weekday is None:
            continue
        modifier = 1 if (m["next"] or m["nextpost"]) else -1 if (m["last"] or m["lastpost"]) else 0
        found.append(_Piece(m.start(), m.end(), "weekday", day=weekday, offset=modifier))
    for m in words.phrase.finditer(text):
        form, offset = words.phrases[normalise(m["p"])]
        found.append(_Piece(m.start(), m.end(), form, offset=offset))
    for m in words.ago.finditer(text):
        unit, implied = words.units[normalise(m["u"] or m["u2"])]
        count = _count(m["n"] or m["n2"], words, implied)
        found.append(_Piece(m.start(), m.end(), "ago", offset=-count, unit=unit))
    for m in words.shift.finditer(text):
        unit, implied = words.units[normalise(m["u"])]
        count = _count(m["n"], words, implied)
        sign = -1 if (m["earlier"] or m["before"]) else 1
        following = text[m.end() : m.end() + 2]
        is_prep = (
            bool(m["before"] or m["after"]) and following[:1] == " " and following[1:].isalpha()
        )
        # "took place on January 19, four days before his announcement": the announcement is
        # four days *after* the date counted from, so a prepositional shift flips its sign.
        offset = -sign * count if is_prep else sign * count
        found.append(
            _Piece(m.start(), m.end(), "shift", offset=offset, unit=unit, is_prepositional=is_prep)
        )
    return found


def _count(token: str | None, words: Lexicon, implied: int) -> int:
    if not token:
        return implied
    if token.isdigit():
        return int(token)
    return words.numbers.get(normalise(token), 1)


def _numeric(text: str, is_month_first: bool) -> list[_Piece]:
    found: list[_Piece] = []
    for m in _NUMERIC.finditer(text):
        if m["iy"]:
            year, month, day = int(m["iy"]), int(m["im"]), int(m["id"])
        elif m["da"]:
            year, month, day = _full_year(m["ye"]), int(m["mo"]), int(m["da"])
        else:
            first, second = int(m["a"]), int(m["b"])
            # Month-first unless the numbers rule it out (24/1/2023 is day-first anywhere).
            is_mdy = (is_month_first and first <= 12) or second > 12
            month, day = (first, second) if is_mdy else (second, first)
            year = _full_year(m["sy"])
        if 1 <= month <= 12 and 1 <= day <= 31:
            found.append(_Piece(m.start(), m.end(), "date", year, month, day))
    for m in _UNIT_DATE.finditer(text):
        year_or_none = int(m["y"]) if m["y"] else None
        found.append(_Piece(m.start(), m.end(), "date", year_or_none, int(m["m"]), int(m["d"])))
    return found


def _full_year(digits: str) -> int:
    year = int(digits)
    return year if year >= 100 else 2000 + year if year < 70 else 1900 + year


def _leftmost_longest(pieces: list[_Piece]) -> list[_Piece]:
    pieces.sort(key=lambda p: (p.start, -(p.end - p.start)))
    kept: list[_Piece] = []
    for piece in pieces:
        if not kept or piece.start >= kept[-1].end:
            kept.append(piece)
    return kept


def _merge(text: str, pieces: list[_Piece]) -> list[_Piece]:
    merged: list[_Piece] = []
    is_joined = False  # a piece joins once: "24 janvier, mardi, hier" is a list, not one day
    for piece in pieces:
        if merged and not is_joined and _is_joinable(text, merged[-1], piece):
            combined = _combine(merged[-1], piece)
            if combined is not None:
                merged[-1] = combined
                is_joined = True
                continue
        merged.append(piece)
        is_joined = False
    return merged


def _is_joinable(text: str, left: _Piece, right: _Piece) -> bool:
    gap = text[left.end : right.start]
    return len(gap) <= 8 and _JOINABLE_GAP.fullmatch(gap) is not None


def _combine(a: _Piece, b: _Piece) -> _Piece | None:
    """One piece for two adjacent ones that name the same day, or None if they do not fit."""
    start, end = a.start, b.end
    forms = {a.form, b.form}
    if len(forms) < 2:
        return None
    by_form = {a.form: a, b.form: b}
    if forms <= {"date", "weekday", "days"} and "date" in forms:
        return replace(by_form["date"], start=start, end=end)  # "Wednesday, October 25"
    if forms == {"days", "weekday"}:
        return replace(by_form["days"], start=start, end=end)  # "today, Friday"
    if forms == {"weeks", "weekday"}:
        weekday = by_form["weekday"]
        # "Friday last week", "minulý týden v pátek": that weekday of the named week.
        return replace(weekday, start=start, end=end, form="weekday_in_week",
                       offset=by_form["weeks"].offset)  # fmt: skip
    if forms in ({"date", "years_rel"}, {"month", "years_rel"}):
        dated = next(p for p in (a, b) if p.form != "years_rel")
        if dated.year is None:  # "on February 24 last year"
            years_back = by_form["years_rel"].offset
            return replace(dated, start=start, end=end, years_back=years_back)
    return None


def _resolve_all(
    text: str, pieces: list[_Piece], reference: date | None, *, is_estimate: bool
) -> list[TimeExpression]:
    resolved: list[TimeExpression] = []
    last_dated: TimeExpression | None = None  # the last explicit day: what shifts count from
    last_day: TimeExpression | None = None  # the last day named in any way ("on Saturday")
    for piece in pieces:
        if piece.form == "shift":
            base = last_dated if last_dated and _is_shift_base(text, last_dated, piece) else None
            expression = _shifted(piece, base.value if base else None)
        elif piece.form == "same_day":
            expression = _same_day(piece, last_day, reference)
        else:
            expression = _resolve(piece, reference, is_estimate=is_estimate)
            if expression.kind == "explicit" and expression.granularity == "day":
                last_dated = expression if expression.value else None
        if expression.granularity == "day" and expression.value is not None:
            last_day = expression
        resolved.append(expression)
    return resolved


def _same_day(
    piece: _Piece, last_day: TimeExpression | None, reference: date | None
) -> TimeExpression:
    """ "Later that day", "within hours": the day the narrative last named, else the reference.

    "Russia claimed on Saturday ... Prigozhin said earlier in the day" in a Sunday report is
    Saturday; with no day named before, the day in question is the report's own.
    """
    span = Span(piece.start, piece.end)
    if last_day is not None and piece.start - last_day.span.end <= NARRATIVE_WINDOW_CHARS:
        return TimeExpression(span, last_day.value, "relative", "day")
    return TimeExpression(span, reference, "relative", "day")


def _is_shift_base(text: str, earlier: TimeExpression, piece: _Piece) -> bool:
    """Whether a shift counts from the date before it.

    "on January 19, four days before his announcement" needs the date in its own sentence;
    "Deux jours plus tôt" counts from the story's last date, sentences back.
    """
    gap_chars = piece.start - earlier.span.end
    if not piece.is_prepositional:
        return gap_chars <= NARRATIVE_WINDOW_CHARS
    if gap_chars > SHIFT_WINDOW_CHARS:
        return False
    gap = text[earlier.span.end : piece.start]
    return "\n" not in gap and _SENTENCE_END.search(gap) is None


def _resolve(piece: _Piece, ref: date | None, *, is_estimate: bool = False) -> TimeExpression:
    span = Span(piece.start, piece.end)
    form = piece.form
    if form == "date":
        return TimeExpression(span, _calendar_day(piece, ref), "explicit", "day")
    if form == "month":
        year = piece.year
        if year is None and ref is not None:
            if piece.years_back is not None:  # "in October last year"
                year = ref.year + piece.years_back
            else:
                year = _year_for_month(piece, ref)
        value = date(year, piece.month or 1, 1) if year else None
        return TimeExpression(span, value, "explicit", "month")
    if form == "year":
        return TimeExpression(span, date(piece.year or 1, 1, 1), "explicit", "year")
    if ref is None:
        granularity: Granularity = _granularity(form, piece.unit)
        return TimeExpression(span, None, "relative", granularity)
    if form == "weekday":
        day = _weekday(piece.day or 0, piece.offset, ref)
        if is_estimate and piece.offset == 0 and (ref - day).days > _HALF_WEEK_DAYS:
            day += timedelta(weeks=1)  # "on Saturday" in a report of a Wednesday story
        return TimeExpression(span, day, "relative", "day")
    if form == "weekday_in_week":
        monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=piece.offset)
        return TimeExpression(span, monday + timedelta(days=piece.day or 0), "relative", "day")
    if form == "days":
        return TimeExpression(span, ref + timedelta(days=piece.offset), "relative", "day")
    if form == "weeks":
        return TimeExpression(span, None, "relative", "day")
    if form == "months_rel":
        return TimeExpression(span, _add_months(ref, piece.offset), "relative", "month")
    if form == "years_rel":
        return TimeExpression(span, date(ref.year + piece.offset, 1, 1), "relative", "year")
    return _shifted(piece, ref)  # "ago" counts from the reference like a shift from a date


def _granularity(form: str, unit: str) -> Granularity:
    if form in {"months_rel"} or (form in {"ago", "shift"} and unit == "month"):
        return "month"
    if form in {"years_rel"} or (form in {"ago", "shift"} and unit == "year"):
        return "year"
    return "day"


def _shifted(piece: _Piece, base: date | None) -> TimeExpression:
    span = Span(piece.start, piece.end)
    granularity = _granularity(piece.form, piece.unit)
    if base is None or piece.unit == "week":  # "two weeks ago" names no single day
        return TimeExpression(span, None, "relative", granularity)
    if piece.unit == "day":
        return TimeExpression(span, base + timedelta(days=piece.offset), "relative", "day")
    if piece.unit == "month":
        return TimeExpression(span, _add_months(base, piece.offset), "relative", "month")
    return TimeExpression(span, date(base.year + piece.offset, 1, 1), "relative", "year")


def _calendar_day(piece: _Piece, ref: date | None) -> date | None:
    month, day = piece.month or 0, piece.day or 0
    if piece.year is not None:
        return _valid(piece.year, month, day)
    if ref is None:
        return None
    if piece.years_back is not None:
        return _valid(ref.year + piece.years_back, month, day)
    latest = ref + timedelta(days=GRACE_DAYS)
    # Four years back reaches a leap year for "29 February".
    for year in range(ref.year + 1, ref.year - 5, -1):
        candidate = _valid(year, month, day)
        if candidate is not None and candidate <= latest:
            upcoming = _upcoming(month, day, latest)
            if upcoming is not None and upcoming - ref <= timedelta(days=UPCOMING_WINDOW_DAYS):
                return upcoming
            return candidate
    return None


def _upcoming(month: int, day: int, latest: date) -> date | None:
    """The first such day after `latest`, if it falls within the next year."""
    for year in (latest.year, latest.year + 1):
        candidate = _valid(year, month, day)
        if candidate is not None and candidate > latest:
            return candidate
    return None


def _valid(year: int, month: int, day: int) -> date | None:
    if not (1 <= month <= 12 and 1 <= year <= 9999):
        return None
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return date(year, month, day)


def _year_for_month(piece: _Piece, ref: date) -> int:
    return ref.year if (piece.month or 1) <= ref.month else ref.year - 1


def _weekday(weekday: int, modifier: int, ref: date) -> date:
    back = (ref.weekday() - weekday) % 7
    if modifier > 0:  # "next Tuesday": the first one after the reference day
        return ref + timedelta(days=(weekday - ref.weekday()) % 7 or 7)
    if modifier < 0 and back == 0:  # "last Tuesday" said on a Tuesday: a week ago
        back = 7
    return ref - timedelta(days=back)


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)
