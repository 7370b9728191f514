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


def test_a_yearless_date_days_ahead_of_the_reference_is_the_coming_one() -> None:
    # "withdraw from May 25" written on May 20 is five days ahead, not a year back.
    found = _only("His forces would withdraw from May 25.", "en", date(2023, 5, 20))
    assert found.value == date(2023, 5, 25)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Russia claimed on Saturday the city fell. Later that day, he said it."),
        ("de", "Russland meldete am Samstag den Fall. Am selben Tag sagte er es."),
        ("fr", "La Russie a annoncé samedi la chute. Le même jour, il l'a dit."),
        ("it", "La Russia ha annunciato sabato la caduta. Lo stesso giorno lo ha detto."),
        ("es", "Rusia anunció el sábado la caída. Ese mismo día lo dijo."),
        ("pt", "A Rússia anunciou no sábado a queda. No mesmo dia ele disse."),
        ("pl", "Rosja ogłosiła w sobotę upadek. Tego samego dnia powiedział to."),
        ("cs", "Rusko v sobotu oznámilo pád. Téhož dne to řekl."),
        ("ru", "Россия в субботу заявила о взятии. В тот же день он это сказал."),
        ("uk", "Росія у суботу заявила про захоплення. Того ж дня він це сказав."),
        ("tr", "Rusya cumartesi günü şehrin düştüğünü açıkladı. Aynı gün o da söyledi."),
        ("ar", "أعلنت روسيا يوم السبت سقوط المدينة. وفي اليوم نفسه قال ذلك."),
    ],
)  # fmt: skip
def test_a_same_day_phrase_names_the_day_named_before_it(language: str, text: str) -> None:
    weekday, same_day = time_expressions(text, language, REF)
    assert weekday.value == date(2023, 1, 28)
    assert (same_day.value, same_day.kind, same_day.granularity) == (
        date(2023, 1, 28),
        "relative",
        "day",
    )


def test_a_same_day_phrase_with_no_day_before_it_is_the_reference_day() -> None:
    found = _only("Within hours, the spokesman issued a statement.", "en")
    assert (found.value, found.kind) == (REF, "relative")


def test_a_same_day_phrase_far_from_the_day_named_before_is_the_reference_day() -> None:
    text = "On Saturday it began. " + "The talks went on. " * 50 + "Later that day it ended."
    assert time_expressions(text, "en", REF)[-1].value == REF


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He spoke on Friday.", date(2023, 2, 3)),  # 4 days back or 3 on: 3 on
        ("He spoke on Saturday.", date(2023, 1, 28)),  # 3 days back or 4 on: 3 back
        ("He spoke last Friday.", date(2023, 1, 27)),  # "last" keeps it before
        ("He spoke yesterday.", date(2023, 1, 30)),
    ],
)
def test_a_weekday_read_against_an_estimated_day_is_the_nearest_one(
    text: str, expected: date
) -> None:
    (found,) = time_expressions(text, "en", REF, is_estimate=True)
    assert found.value == expected


def test_a_yearless_date_months_ahead_of_the_reference_is_last_years() -> None:
    # Beyond a month ahead, "said on May 3" in a January report is the May that has passed.
    found = _only("The mayor said on May 3 that it was over.", "en", REF)
    assert found.value == date(2022, 5, 3)


@pytest.mark.parametrize(
    ("language", "text", "phrase", "expected"),
    [
        ("lv", "Prezidents svētdien paziņoja, ka", "svētdien", date(2023, 1, 29)),
        ("lv", "Vakar ministrs sacīja", "Vakar", date(2023, 1, 30)),
        ("lv", "Viņš 24. janvārī teica", "24. janvārī", date(2023, 1, 24)),
        ("lv", "Pagājušajā piektdienā viņš teica", "Pagājušajā piektdienā", date(2023, 1, 27)),
        ("zh", "泽连斯基周日表示", "周日", date(2023, 1, 29)),
        ("zh", "他昨天说", "昨天", date(2023, 1, 30)),
        ("zh", "上周五他说", "上周五", date(2023, 1, 27)),
        ("zh", "三天前他说", "三天前", date(2023, 1, 28)),
        ("zh", "他1月24日表示", "1月24日", date(2023, 1, 24)),
        ("zh", "2022年1月24日他说", "2022年1月24日", date(2022, 1, 24)),
        ("ja", "1月24日に述べた", "1月24日", date(2023, 1, 24)),
        ("ko", "1월 24일 말했다", "1월 24일", date(2023, 1, 24)),
    ],
)  # fmt: skip
def test_dates_are_read_in_latvian_and_in_scripts_written_without_spaces(
    language: str, text: str, phrase: str, expected: date
) -> None:
    found = _only(text, language)
    assert (found.span.text_of(text), found.value) == (phrase, expected)


def test_english_words_inside_longer_words_are_not_dates_in_chinese_text() -> None:
    # Unspaced patterns still may not start inside a word of a spaced script: "may" in "mayor".
    assert time_expressions("The mayor spoke. 市长发言。", "zh", REF) == []
