"""Find when an article was published: declared metadata, then the URL, then the text.

Text dates count only in a dateline or byline position (a short line of its own, the head of a
paragraph, "today, Wednesday 25 October"); dates inside sentences are about events, not the
article. Dates without a time are midnight UTC.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal
from urllib.parse import unquote, urlsplit

from claimtrail.model import RawDocument

Basis = Literal["metadata", "url", "text"]

_MONTH_NAMES = (
    # en, de, fr, es, it, pt, nl, sv/da/no, ro, tr, pl, cs, ru, uk, bg, mk, sr, lv, hu, ar
    "january jan januar jänner janvier janv enero ene gennaio gen janeiro januari ianuarie ian "
    "ocak stycznia styczeń ledna leden января январь січня січень януари јануари јануар "
    "janvāris janvārī janvāra január يناير كانون الثاني",
    "february feb februar février févr fév febrero febbraio fevereiro fev februari februarie "
    "şubat lutego luty února únor февраля февраль лютого лютий февруари фебруар februāris "
    "februārī februāra február فبراير شباط",
    "march mar märz mär mars marzo março maart martie mart marca marzec března březen марта "
    "март березня березень marts martā marta március مارس آذار",
    "april apr avril avr abril abr aprile aprilie nisan kwietnia kwiecień dubna duben апреля "
    "апрель квітня квітень април aprīlis aprīlī aprīļa április أبريل إبريل نيسان",
    "may mai mayo maggio mag maio mei maj mayıs maja května květen мая май травня травень мај "
    "maijs maijā maija május مايو أيار",
    "june jun juni juin junio giugno giu junho iunie haziran czerwca czerwiec června červen "
    "июня июнь червня червень юни јуни јун jūnijs jūnijā jūnija június يونيو يونيه حزيران",
    "july jul juli juillet juil julio luglio lug julho iulie temmuz lipca lipiec července "
    "červenec июля июль липня липень юли јули јул jūlijs jūlijā jūlija július يوليو يوليه تموز",
    "august aug août agosto ago augustus augusti ağustos sierpnia sierpień srpna srpen "
    "августа август серпня серпень avgust augusts augustā augusta augusztus أغسطس آب",
    "september sep sept septembre septiembre setiembre settembre set setembro septembrie eylül "
    "września wrzesień září сентября сентябрь вересня вересень септември септембар "
    "septembris septembrī septembra szeptember سبتمبر أيلول",
    "october oct oktober okt octobre octubre ottobre ott outubro out octombrie ekim "
    "października październik října říjen октября октябрь жовтня жовтень октомври октобар "
    "oktobris oktobrī oktobra október أكتوبر تشرين الأول",
    "november nov novembre noviembre novembro noiembrie kasım listopada listopad listopadu "
    "ноября ноябрь листопада листопад ноември новембар novembris novembrī novembra نوفمبر "
    "تشرين الثاني",
    "december dec dez dezember décembre déc diciembre dic dicembre dezembro desember decembrie "
    "aralık grudnia grudzień prosince prosinec декабря декабрь грудня грудень декември "
    "децембар decembris decembrī decembra ديسمبر كانون الأول",
)
_ARABIC_TWO_WORD = ("كانون الثاني", "تشرين الأول", "تشرين الثاني", "كانون الأول")


def _month_table() -> dict[str, int]:
    table: dict[str, int] = {}
    for month, names in enumerate(_MONTH_NAMES, start=1):
        text = names
        for phrase in _ARABIC_TWO_WORD:
            if phrase in text:
                table[phrase] = month
                text = text.replace(phrase, " ")
        for name in text.split():
            table.setdefault(name, month)
    return table


_MONTHS = _month_table()
_MONTH = "(?P<month>" + "|".join(sorted(map(re.escape, _MONTHS), key=len, reverse=True)) + r")\.?"
_WEEKDAYS = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|"
    r"thurs|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|"
    r"mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|"
    r"sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|segunda-feira|"
    r"terça-feira|quarta-feira|quinta-feira|sexta-feira|poniedziałek|wtorek|środa|czwartek|"
    r"piątek|sobota|niedziela|pondělí|úterý|středa|čtvrtek|pátek|neděle|понедельник|вторник|"
    r"среда|четверг|пятница|суббота|воскресенье|pazartesi|salı|çarşamba|perşembe|cuma|"
    r"cumartesi|pazar|luni|marți|miercuri|joi|vineri|sâmbătă|duminică|الاثنين|الإثنين|"
    r"الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد)"
)
_DAY = r"(?P<day>\d{1,2})"
_YEAR = r"(?P<year>\d{4})"
_NAMED_DATES = (
    # 25 Oct 2023, 25. Oktober 2023, 25 de octubre de 2023, 25 أكتوبر 2023
    rf"{_DAY}(?:st|nd|rd|th|er|º)?\.?\s*(?:de\s+)?{_MONTH}\s*(?:de\s+|,\s*)?{_YEAR}",
    # May 21, 2023
    rf"{_MONTH}\s+{_DAY}(?:st|nd|rd|th)?,?\s+{_YEAR}",
    # 2023. május 21.
    rf"{_YEAR}\.\s+{_MONTH}\s+{_DAY}\.",
)
_NUMERIC_DATES = (
    r"(?P<year>\d{4})([-/.])(?P<month>\d{1,2})\2(?P<day>\d{1,2})",
    r"(?P<day>\d{1,2})\.\s?(?P<month>\d{1,2})\.\s?(?P<year>\d{4})",
    r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4})",
    r"(?P<year>\d{4})年(?P<month>\d{1,2})月(?P<day>\d{1,2})日",
)
_DATES = tuple(
    re.compile(rf"(?<![\w/.-]){pattern}(?!{end})", re.IGNORECASE)
    for patterns, end in ((_NAMED_DATES, r"\w"), (_NUMERIC_DATES, r"\d"))
    for pattern in patterns
)
_TODAY = re.compile(
    r"(?:today|heute|aujourd'hui|hoy|oggi|hoje|сегодня|сьогодні|dziś|dzisiaj|dnes|bugün|astăzi|"
    r"azi|vandaag|idag|i dag|اليوم|今天)[\s,]*(?:" + _WEEKDAYS + r")?[\s,]*$",
    re.IGNORECASE,
)
_WEEKDAY_WORD = re.compile(rf"(?<!\w){_WEEKDAYS}(?!\w)", re.IGNORECASE)
# A date after one of these words is an event in a sentence ("in Bakhmut on May 15, 2023").
_EVENT_PREPOSITION = re.compile(
    r"(?:^|\s)(?:on|since|until|till|from|before|after|of|in|at|by|am|vom|seit|bis|le|du|au|"
    r"el|del|desde|il|dal|dall'|al|em|no|на|с|до|от|з|od|do|w|dne)\s*$",
    re.IGNORECASE,
)
# ... unless the sentence is the byline's own "Published on 21 May 2023".
_PUBLISHED = re.compile(
    r"(?:published|posted|updated|veröffentlicht|aktualisiert|publié|mis à jour|publicado|"
    r"actualizado|pubblicato|aggiornato|atualizado|опубликовано|обновлено|yayınlanma|"
    r"güncelleme|opublikowano|aktualizacja|publikováno|aktualizováno|publicat|actualizat)\b",
    re.IGNORECASE,
)
_TIME = re.compile(r"\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|uhr|h|gmt|utc|cet)?")
_EMBED = re.compile(r"@\w|pic\.twitter|twitter\.com|^\s*[—–]")
_CRAWLER = re.compile(r"\A\s*date (?P<year>\d{4})-(?P<month>\d{2})(?:-(?P<day>\d{2}))?(?!\d)")
_URL_YMD = re.compile(
    r"(?<!\d)(?P<year>(?:19|20)\d{2})[/_.-](?P<month>\d{1,2})[/_.-](?P<day>\d{1,2})(?!\d)"
)
# 8 digits (20230521) or 12/14 with the time (20231025181449); a 10-digit run is a Unix time.
_URL_COMPACT = re.compile(
    r"(?<!\d)(?P<year>(?:19|20)\d{2})(?P<month>\d{2})(?P<day>\d{2})(?:\d{4}|\d{6})?(?!\d)"
)
_URL_YM = re.compile(r"/(?P<year>(?:19|20)\d{2})/(?P<month>\d{1,2})/(?!\d)")
_YEARISH = re.compile(r"(?<!\d)\d{4}(?!\d)")
_MAX_LINE = 100
_MAX_OTHER_WORDS = 6
_HEAD_CHARS = 1500
_FIRST_YEAR = 1990


@dataclass(frozen=True, slots=True)
class _Month:
    year: int
    month: int


def publication_date(
    raw: RawDocument, text: str, now: datetime | None = None
) -> tuple[datetime | None, Basis | None]:
    """(aware datetime, basis: "metadata" | "url" | "text"), or (None, None).

    `text` is the cleaned text; `now` (default: the clock) rejects dates in the future. The
    page's markup date is not looked for here: the HTML reader puts htmldate's answer in
    `raw.published` (htmldate fetches strings that look like URLs, so it stays in the reader).
    """
    now = _aware(now) if now else datetime.now(UTC)
    if raw.published and _aware(raw.published) <= now:
        return _aware(raw.published), "metadata"
    month: _Month | None = None
    if raw.url:
        found, month = _url_date(raw.url, now)
        if found:
            return found, "url"
    crawler = _CRAWLER.match(raw.body)
    if crawler:
        found = _valid(crawler["year"], crawler["month"], crawler["day"], now)
        if found:
            return found, "text"
        month = month or _Month(int(crawler["year"]), int(crawler["month"]))
    found = _text_date(text, now, month)
    return (found, "text") if found else (None, None)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _valid(
    year: str | int, month: str | int, day: str | int | None, now: datetime
) -> datetime | None:
    if day is None:
        return None
    try:
        found = datetime(int(year), int(month), int(day), tzinfo=UTC)
    except ValueError:
        return None
    return found if found.year >= _FIRST_YEAR and found <= now else None


def _url_date(url: str, now: datetime) -> tuple[datetime | None, _Month | None]:
    try:
        path = unquote(urlsplit(url).path)
    except ValueError:  # "http://[" and other unparsable hosts
        return None, None
    for pattern in (_URL_YMD, _URL_COMPACT):
        for match in pattern.finditer(path):
            found = _valid(match["year"], match["month"], match["day"], now)
            if found:
                return found, None
    bare = _URL_YM.search(path)
    month = _Month(int(bare["year"]), int(bare["month"])) if bare else None
    return None, month


def _text_date(text: str, now: datetime, month: _Month | None) -> datetime | None:
    first_line = True
    for line_start, line in _lines(text):
        if not line.strip():
            continue
        # Every format holds a year; a long line past the head can be neither byline nor dateline.
        is_possible = len(line.strip()) <= _MAX_LINE or line_start < _HEAD_CHARS
        if not (is_possible and _YEARISH.search(line)):
            first_line = False
            continue
        for match in _date_matches(line):
            found = _match_date(match, now)
            if not found or (month and (found.year, found.month) != (month.year, month.month)):
                continue
            if _is_dateline(line, match, line_start + match.start()):
                if first_line and _is_masthead(line, match):
                    continue
                return found
        first_line = False
    return None


def _date_matches(line: str) -> list[re.Match[str]]:
    """Every date in the line, left to right, the longest where formats overlap."""
    matches = sorted(
        (m for pattern in _DATES for m in pattern.finditer(line)),
        key=lambda m: (m.start(), -m.end()),
    )
    kept: list[re.Match[str]] = []
    for match in matches:
        if not kept or match.start() >= kept[-1].end():
            kept.append(match)
    return kept


def _lines(text: str) -> list[tuple[int, str]]:
    lines: list[tuple[int, str]] = []
    start = 0
    for line in text.split("\n"):
        lines.append((start, line))
        start += len(line) + 1
    return lines


def _match_date(match: re.Match[str], now: datetime) -> datetime | None:
    parts = match.groupdict()
    year = parts["year"]
    if parts.get("a"):  # a/b/yyyy: day first unless only month-first is a real date
        a, b = int(parts["a"]), int(parts["b"])
        if a > 12 >= b:
            return _valid(year, b, a, now)
        if b > 12 >= a:
            return _valid(year, a, b, now)
        return None  # 05/06/2023 means May or June depending on the country
    month = parts["month"]
    number = int(month) if month.isdigit() else _MONTHS.get(month.casefold().rstrip("."))
    return _valid(year, number, parts["day"], now) if number else None


def _is_dateline(line: str, match: re.Match[str], offset: int) -> bool:
    """A date standing as a byline or dateline, not an event inside a sentence."""
    before, after = line[: match.start()], line[match.end() :]
    if offset < _HEAD_CHARS and _TODAY.search(before):
        return True
    if _EMBED.search(line):
        return False
    is_short = len(line.strip()) <= _MAX_LINE
    if is_short and _PUBLISHED.search(before):
        return True
    if _EVENT_PREPOSITION.search(before):
        return False
    rest = _TIME.sub(" ", _WEEKDAY_WORD.sub(" ", before + " " + after))
    words = [word for word in rest.split() if any(ch.isalpha() for ch in word)]
    if is_short and len(words) <= _MAX_OTHER_WORDS:
        return True
    # "WASHINGTON, May 21, 2023 (Reuters) -": a place, the date, then a dash or a colon.
    return (
        offset < _HEAD_CHARS
        and len(before) <= 40
        and re.match(r"\s*(?:\([^)]{1,30}\)\s*)?[-–—:|(]", after) is not None
    )


def _is_masthead(line: str, match: re.Match[str]) -> bool:
    """'Saturday, June 15, 2024' above the headline: the site's clock, not the article's date."""
    rest = _WEEKDAY_WORD.sub(" ", line[: match.start()] + " " + line[match.end() :])
    has_weekday = _WEEKDAY_WORD.search(line) is not None
    return has_weekday and not any(ch.isalpha() for ch in rest)
