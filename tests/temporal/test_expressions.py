"""Time expressions: explicit and relative forms per language, bad dates, offsets, speed."""

from __future__ import annotations

import time
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrail.temporal.expressions import TimeExpression, time_expressions

# A Tuesday, so that weekdays on both sides of it are exercised.
REF = date(2023, 1, 31)


def _only(text: str, language: str | None, reference: date | None = REF) -> TimeExpression:
    found = time_expressions(text, language, reference)
    assert len(found) == 1, [e.span.text_of(text) for e in found]
    return found[0]


@pytest.mark.parametrize(
    ("language", "text", "phrase", "expected"),
    [
        ("en", "Lukashenko said on January 24 that", "January 24", date(2023, 1, 24)),
        ("en", "He spoke on 24 January about it.", "24 January", date(2023, 1, 24)),
        ("en", "He spoke on Jan. 24, 2023 in Minsk.", "Jan. 24, 2023", date(2023, 1, 24)),
        ("en", "It was signed on 2023-01-24 in Minsk.", "2023-01-24", date(2023, 1, 24)),
        ("en", "It was signed on 24.01.2023 in Minsk.", "24.01.2023", date(2023, 1, 24)),
        ("en", "It was signed on 1/24/2023 in Minsk.", "1/24/2023", date(2023, 1, 24)),
        ("fr", "Signé le 24/01/2023 à Minsk.", "24/01/2023", date(2023, 1, 24)),
        ("ru", "Он заявил 24 января, что", "24 января", date(2023, 1, 24)),
        ("ru", "Он заявил 24 января 2022 года, что", "24 января 2022 года", date(2022, 1, 24)),
        ("uk", "Він заявив 24 січня, що", "24 січня", date(2023, 1, 24)),
        ("de", "Er sagte am 24. Januar, dass", "24. Januar", date(2023, 1, 24)),
        ("fr", "Il a déclaré le 24 janvier que", "24 janvier", date(2023, 1, 24)),
        ("it", "Ha detto il 24 gennaio che", "24 gennaio", date(2023, 1, 24)),
        ("es", "Dijo el 24 de enero de 2023 que", "24 de enero de 2023", date(2023, 1, 24)),
        ("pt", "Disse em 24 de janeiro que", "24 de janeiro", date(2023, 1, 24)),
        ("pl", "Powiedział 24 stycznia, że", "24 stycznia", date(2023, 1, 24)),
        ("cs", "Řekl 24. ledna, že", "24. ledna", date(2023, 1, 24)),
        ("tr", "24 Ocak'ta açıklama yaptı", "24 Ocak'ta", date(2023, 1, 24)),
        ("ar", "وقال في 24 يناير إن", "24 يناير", date(2023, 1, 24)),
        ("ar", "وقال في 24 كانون الثاني إن", "24 كانون الثاني", date(2023, 1, 24)),
    ],
)
def test_explicit_dates_resolve_in_every_language(
    language: str, text: str, phrase: str, expected: date
) -> None:
    found = _only(text, language)
    assert (found.span.text_of(text), found.value, found.kind) == (phrase, expected, "explicit")


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "He said on Tuesday that", date(2023, 1, 31)),
        ("en", "He said on Sunday that", date(2023, 1, 29)),
        ("en", "He said yesterday that", date(2023, 1, 30)),
        ("en", "He said the day before yesterday that", date(2023, 1, 29)),
        ("en", "He said three days ago that", date(2023, 1, 28)),
        ("de", "Er sagte am Dienstag, dass", date(2023, 1, 31)),
        ("de", "Er sagte am Sonntagabend, dass", date(2023, 1, 29)),
        ("de", "Er sagte gestern, dass", date(2023, 1, 30)),
        ("ru", "Он заявил во вторник, что", date(2023, 1, 31)),
        ("ru", "Он заявил в пятницу, что", date(2023, 1, 27)),
        ("ru", "Он заявил вчера, что", date(2023, 1, 30)),
        ("uk", "Він заявив у п’ятницю, що", date(2023, 1, 27)),
        ("fr", "Il a déclaré mardi que", date(2023, 1, 31)),
        ("fr", "Il a déclaré mardi dernier que", date(2023, 1, 24)),
        ("fr", "Il a déclaré hier que", date(2023, 1, 30)),
        ("it", "Ha detto martedì che", date(2023, 1, 31)),
        ("it", "Ha detto ieri che", date(2023, 1, 30)),
        ("es", "Dijo el martes que", date(2023, 1, 31)),
        ("es", "Dijo ayer que", date(2023, 1, 30)),
        ("pt", "Disse na segunda-feira que", date(2023, 1, 30)),
        ("pt", "Disse ontem que", date(2023, 1, 30)),
        ("pl", "Powiedział we wtorek, że", date(2023, 1, 31)),
        ("pl", "Powiedział wczoraj, że", date(2023, 1, 30)),
        ("cs", "Řekl v pátek, že", date(2023, 1, 27)),
        ("cs", "Řekl minulý týden v pátek, že", date(2023, 1, 27)),
        ("tr", "Salı günü açıklama yaptı", date(2023, 1, 31)),
        ("tr", "Dün açıklama yaptı", date(2023, 1, 30)),
        ("ar", "وقال يوم الأحد إن", date(2023, 1, 29)),
        ("ar", "وقال أمس إن", date(2023, 1, 30)),
    ],
)
def test_weekdays_and_yesterday_count_back_from_the_reference(
    language: str, text: str, expected: date
) -> None:
    found = _only(text, language)
    assert (found.value, found.kind, found.granularity) == (expected, "relative", "day")


def test_a_yearless_date_takes_the_year_closest_before_the_reference() -> None:
    found = _only("He said on December 30 that", "en", date(2023, 1, 5))
    assert found.value == date(2022, 12, 30)


def test_a_yearless_date_one_day_after_the_reference_is_kept_in_that_year() -> None:
    # The reference may be a UTC day behind the outlet's own calendar day.
    found = _only("He said on January 6 that", "en", date(2023, 1, 5))
    assert found.value == date(2023, 1, 6)


def test_last_year_supplies_the_year_of_a_date_beside_it() -> None:
    text = "Last year, on February 24, Minsk allowed Moscow to use its territory."
    found = _only(text, "en", date(2023, 1, 25))
    assert (found.span.text_of(text), found.value) == (
        "Last year, on February 24",
        date(2022, 2, 24),
    )


def test_on_february_24_last_year_is_one_expression() -> None:
    found = _only("It began on February 24 last year.", "en", date(2023, 1, 25))
    assert found.value == date(2022, 2, 24)


def test_a_weekday_beside_a_date_merges_into_the_date() -> None:
    text = "اليوم الأربعاء 25 أكتوبر 2023"
    found = _only(text, "ar", None)
    assert (found.span.text_of(text), found.value) == (text, date(2023, 10, 25))


def test_four_days_before_counts_from_the_date_in_the_same_sentence() -> None:
    text = "The talk took place on January 19, four days before his announcement."
    explicit, shifted = time_expressions(text, "en", REF)
    assert explicit.value == date(2023, 1, 19)
    assert (shifted.span.text_of(text), shifted.value) == ("four days before", date(2023, 1, 23))


def test_two_days_earlier_counts_back_from_the_date() -> None:
    text = "He spoke on January 24, after meeting Lavrov two days earlier."
    assert time_expressions(text, "en", REF)[1].value == date(2023, 1, 22)


def test_an_adverbial_shift_counts_from_the_last_date_of_the_narrative() -> None:
    text = "He met him on January 19.\n\nFour days later he spoke."
    assert time_expressions(text, "en", REF)[1].value == date(2023, 1, 23)


def test_a_prepositional_shift_needs_a_date_in_its_own_sentence() -> None:
    text = "He met him on January 19. Four days before the vote he spoke."
    assert time_expressions(text, "en", REF)[1].value is None


def test_deux_jours_plus_tot_counts_back_from_jeudi_13_mars() -> None:
    text = "Jeudi 13 mars, le ministre a annoncé la suspension. Deux jours plus tôt, il affirmait."
    assert [e.value for e in time_expressions(text, "fr", date(2025, 3, 14))] == [
        date(2025, 3, 13),
        date(2025, 3, 11),
    ]


@pytest.mark.parametrize(
    ("text", "granularity", "expected"),
    [
        ("He said it last month.", "month", date(2022, 12, 1)),
        ("He said it last year.", "year", date(2022, 1, 1)),
        ("He said it in October.", "month", date(2022, 10, 1)),
        ("He said it in March 2021.", "month", date(2021, 3, 1)),
        ("He said it in 2021.", "year", date(2021, 1, 1)),
    ],
)
def test_month_and_year_expressions_keep_their_granularity(
    text: str, granularity: str, expected: date
) -> None:
    found = _only(text, "en")
    assert (found.granularity, found.value) == (granularity, expected)


@pytest.mark.parametrize("text", ["He said earlier this week that", "He said last week that"])
def test_a_week_names_no_single_day(text: str) -> None:
    found = _only(text, "en")
    assert (found.value, found.granularity) == (None, "day")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "on 31 February"),
        ("de", "am 31. Februar"),
        ("ru", "31 февраля"),
        ("en", "30/02/2023"),
    ],
)
def test_an_impossible_date_is_found_but_has_no_value(language: str, text: str) -> None:
    found = time_expressions(text, language, REF)
    assert [e.value for e in found] == [None]


def test_relative_expressions_without_a_reference_have_no_value() -> None:
    found = time_expressions("He said on Tuesday and yesterday and on May 3", "en", None)
    assert [e.value for e in found] == [None, None, None]


def test_next_tuesday_points_after_the_reference() -> None:
    found = _only("He will go there next Tuesday.", "en")
    assert found.value == date(2023, 2, 7)


def test_an_unknown_language_still_finds_english_and_numeric_dates() -> None:
    text = "Он заявил 24 января. Then on January 25, 2023 and 26.01.2023."
    values = [e.value for e in time_expressions(text, None, REF)]
    assert values == [date(2023, 1, 24), date(2023, 1, 25), date(2023, 1, 26)]


def test_a_language_without_a_table_borrows_names_from_dateparser() -> None:
    found = _only("Zelenskyy a declarat miercuri că", "ro", date(2023, 10, 26))
    assert found.value == date(2023, 10, 25)


def test_bare_month_names_and_modal_may_are_not_dates() -> None:
    assert time_expressions("They may march through the August heat.", "en", REF) == []


def test_a_thousand_dates_are_found_in_linear_time() -> None:
    unit = "On January 24 he said yes, on Tuesday she said no, yesterday they met. "

    def duration(repeats: int) -> float:
        text = unit * repeats
        start = time.perf_counter()
        assert len(time_expressions(text, "en", REF)) == 3 * repeats
        return time.perf_counter() - start

    small, large = duration(500), duration(2000)
    assert large < 8 * small + 0.5


@settings(max_examples=150, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("0123456789 ./-,Jan24ОктябряMaySunday\n")), max_size=120),
    st.sampled_from(["en", "ru", "de", None]),
    st.none() | st.dates(),
)
def test_spans_are_ordered_and_inside_the_text(
    text: str, language: str | None, reference: date | None
) -> None:
    found = time_expressions(text, language, reference)
    previous_end = 0
    for expression in found:
        assert previous_end <= expression.span.start < expression.span.end <= len(text)
        previous_end = expression.span.end


@settings(max_examples=100, deadline=None)
@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)))
def test_iso_dates_round_trip(day: date) -> None:
    text = f"It happened on {day.isoformat()}."
    assert [e.value for e in time_expressions(text, "en", None)] == [day]


@settings(max_examples=100, deadline=None)
@given(st.dates(min_value=date(1901, 1, 1), max_value=date(2099, 12, 31)), st.integers(0, 6))
def test_a_weekday_resolves_to_the_latest_such_day_on_or_before_the_reference(
    reference: date, weekday: int
) -> None:
    name = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")[weekday]
    value = _only(f"He said on {name} that", "en", reference).value
    assert value is not None
    assert value.weekday() == weekday
    assert 0 <= (reference - value).days <= 6
