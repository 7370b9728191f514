"""Anchoring one statement in time: which phrase is its own, and what happens without one."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrail.model import Attribution, Span
from claimtrail.temporal.anchor import Anchor, anchor, anchors

PUBLISHED = datetime(2023, 1, 31, 18, 0, tzinfo=UTC)  # a Tuesday


def _span(text: str, part: str, after: int = 0) -> Span:
    start = text.index(part, after)
    return Span(start, start + len(part))


def _said(text: str, source: str, cue: str, content: str, kind: str = "indirect") -> Attribution:
    # The last cue, and the speaker mention nearest before it, as an extractor reports them.
    cue_start = text.rfind(cue) if cue else -1
    before_cue = text.rfind(source, 0, cue_start) if source and cue else -1
    return Attribution(
        article_id="a",
        source=(_span(text, source, max(before_cue, 0)),) if source else (),
        cue=(Span(cue_start, cue_start + len(cue)),) if cue else (),
        content=(_span(text, content),),
        kind=kind,  # type: ignore[arg-type]
    )


def _anchor(text: str, source: str, cue: str, content: str, **kwargs: object) -> Anchor:
    published = kwargs.pop("published", PUBLISHED)
    language = kwargs.pop("language", "en")
    kind = kwargs.pop("kind", "indirect")
    attribution = _said(text, source, cue, content, str(kind))
    return anchor(text, attribution, published, language)  # type: ignore[arg-type]


def test_a_date_right_after_the_cue_dates_the_statement() -> None:
    text = "Alexander Lukashenko said on January 24 that Ukraine had offered a pact."
    found = _anchor(text, "Alexander Lukashenko", "said", "Ukraine had offered a pact")
    assert (found.said_on, found.basis) == (date(2023, 1, 24), "explicit")
    assert found.expression is not None
    assert found.expression.text_of(text) == "January 24"


def test_a_date_inside_the_content_describes_another_event() -> None:
    text = "Lavrov said the war began on February 24."
    found = _anchor(text, "Lavrov", "said", "the war began on February 24")
    assert (found.said_on, found.basis, found.expression) == (
        PUBLISHED.date(),
        "publication",
        None,
    )


def test_the_phrase_nearest_the_cue_wins_over_a_farther_one() -> None:
    text = (
        "On Monday, after talks that began on January 20, Zelensky said on Tuesday that it ended."
    )
    found = _anchor(text, "Zelensky", "said", "it ended")
    assert (found.said_on, found.basis) == (date(2023, 1, 31), "relative")


def test_a_date_in_a_clause_after_the_cue_belongs_to_that_clause() -> None:
    text = '"No state behaves like this," he said, referring to an attack on January 7.'
    found = _anchor(text, "he", "said", '"No state behaves like this,"', kind="direct")
    assert found.basis == "publication"


def test_an_earlier_sentence_about_the_same_interview_dates_a_quote() -> None:
    text = (
        "In an interview on January 27, Lavrov spoke about the pact.\n"
        '"It is a provocation," Lavrov said.'
    )
    found = _anchor(text, "Lavrov", "said", '"It is a provocation,"', kind="direct")
    assert (found.said_on, found.basis) == (date(2023, 1, 27), "explicit")


def test_a_date_nearer_another_verb_of_saying_is_that_speakers() -> None:
    text = "As the union claimed on Monday, Zhuravlev said the toll stays."
    found = _anchor(text, "Zhuravlev", "said", "the toll stays")
    assert found.basis == "publication"


def test_a_pronoun_speaker_takes_no_date_from_before_another_speaker() -> None:
    text = (
        "On Monday the minister said talks were over. "
        "Dana Reimers said the drivers would wait. "
        '"It is a door," she said.'
    )
    found = _anchor(text, "she", "said", '"It is a door,"', kind="direct")
    assert found.basis == "publication"


def test_an_earlier_sentence_about_another_event_is_not_used() -> None:
    text = "Lavrov met Lukashenko on January 19 in Minsk.\nLavrov said the pact was absurd."
    found = _anchor(text, "Lavrov", "said", "the pact was absurd")
    assert found.basis == "publication"


def test_a_sentence_that_points_back_supplies_the_date() -> None:
    text = "Буданов заявил, что Навальный умер от тромба. Об этом он сообщил 25 января."
    found = _anchor(text, "Буданов", "заявил", "Навальный умер от тромба", language="ru")
    assert (found.said_on, found.basis) == (date(2023, 1, 25), "explicit")


def test_a_quote_that_opens_with_today_and_a_date_was_spoken_that_day() -> None:
    text = "His announcement: “Today, January 30, around noon, the town was taken,” he said."
    content = "“Today, January 30, around noon, the town was taken,”"
    found = _anchor(text, "he", "said", content, kind="direct")
    assert (found.said_on, found.basis) == (date(2023, 1, 30), "explicit")


def test_a_present_tense_report_with_no_phrase_takes_the_publication_day() -> None:
    found = _anchor(
        "Zelensky says Bakhmut is not occupied.", "Zelensky", "says", "Bakhmut is not occupied"
    )
    assert (found.said_on, found.basis, found.expression) == (PUBLISHED.date(), "publication", None)
    assert found.reason is not None


def test_the_publication_day_is_read_in_the_outlets_own_time_zone() -> None:
    late_evening = datetime(2023, 1, 31, 23, 30, tzinfo=timezone(timedelta(hours=-5)))
    found = _anchor("Zelensky says it.", "Zelensky", "says", "it", published=late_evening)
    assert found.said_on == date(2023, 1, 31)


def test_next_tuesday_in_a_past_tense_report_is_not_when_it_was_said() -> None:
    text = "Next Tuesday, Lavrov said, the talks will resume in Minsk."
    found = _anchor(text, "Lavrov", "said", "the talks will resume in Minsk")
    assert found.said_on == PUBLISHED.date()
    assert found.basis == "publication"
    assert found.reason is not None
    assert "next tuesday" in found.reason.lower()


def test_an_impossible_date_yields_none_with_a_reason() -> None:
    text = "Lukashenko said on 31 February that the pact was real."
    found = _anchor(text, "Lukashenko", "said", "the pact was real")
    assert (found.said_on, found.basis) == (None, None)
    assert found.reason is not None
    assert "31 February" in found.reason


def test_a_weekday_without_a_publication_date_yields_none_with_a_reason() -> None:
    text = "Zelensky said on Sunday that Bakhmut stands."
    found = _anchor(text, "Zelensky", "said", "Bakhmut stands", published=None)
    assert (found.said_on, found.basis) == (None, None)
    assert found.reason is not None
    assert "no publication date" in found.reason


def test_an_explicit_full_date_needs_no_publication_date() -> None:
    text = "Zelensky said on 21 May 2023 that Bakhmut stands."
    found = _anchor(text, "Zelensky", "said", "Bakhmut stands", published=None)
    assert (found.said_on, found.basis) == (date(2023, 5, 21), "explicit")


def test_no_phrase_and_no_publication_date_yields_none_with_a_reason() -> None:
    found = _anchor("Zelensky said it.", "Zelensky", "said", "it", published=None)
    assert (found.said_on, found.basis, found.reason is not None) == (None, None, True)


def test_a_month_level_phrase_does_not_set_the_day() -> None:
    text = "In October, Erdogan called Hamas a liberation group."
    found = _anchor(text, "Erdogan", "called", "a liberation group")
    assert (found.said_on, found.basis) == (None, None)
    assert found.expression is not None
    assert found.reason is not None
    assert "month" in found.reason


def test_a_week_level_phrase_does_not_set_the_day() -> None:
    text = "Erdogan said earlier this week that Hamas was a liberation group."
    found = _anchor(text, "Erdogan", "said", "Hamas was a liberation group")
    assert found.said_on is None
    assert found.reason is not None


def test_a_future_publication_date_is_used_but_noted() -> None:
    future = datetime(2031, 6, 3, tzinfo=UTC)
    text = "Zelensky said yesterday that Bakhmut stands."
    attribution = _said(text, "Zelensky", "said", "Bakhmut stands")
    found = anchor(text, attribution, future, "en", today=date(2026, 11, 25))
    assert (found.said_on, found.basis) == (date(2031, 6, 2), "relative")
    assert found.reason is not None
    assert "after 2026-11-25" in found.reason


@pytest.mark.parametrize(
    ("language", "text", "source", "cue", "content", "expected"),
    [
        ("de", "Selenskyj sagte am Montag, Bachmut sei nicht besetzt.", "Selenskyj", "sagte",
         "Bachmut sei nicht besetzt", date(2023, 1, 30)),
        ("ru", "Лавров заявил во вторник, что пакт абсурден.", "Лавров", "заявил",
         "пакт абсурден", date(2023, 1, 31)),
        ("uk", "Кулеба заявив 24 січня, що прапор один.", "Кулеба", "заявив",
         "прапор один", date(2023, 1, 24)),
        ("fr", "Le pape a déclaré dimanche que la négociation n'est pas une reddition.",
         "Le pape", "a déclaré", "la négociation n'est pas une reddition", date(2023, 1, 29)),
        ("it", "Il papa ha detto ieri che serve coraggio.", "Il papa", "ha detto",
         "serve coraggio", date(2023, 1, 30)),
        ("es", "Kuleba dijo el martes que no habrá rendición.", "Kuleba", "dijo",
         "no habrá rendición", date(2023, 1, 31)),
        ("pt", "Erdogan afirmou nesta segunda que o Hamas não é terrorista.", "Erdogan",
         "afirmou", "o Hamas não é terrorista", date(2023, 1, 30)),
        ("pl", "Sikorski powiedział w piątek, że to błąd.", "Sikorski", "powiedział",
         "to błąd", date(2023, 1, 27)),
        ("cs", "Zelenskyj v sobotu řekl, že Bachmut drží.", "Zelenskyj", "řekl",
         "Bachmut drží", date(2023, 1, 28)),
        ("tr", "Erdoğan dün yaptığı açıklamada Hamas'ın terör örgütü olmadığını söyledi.",
         "Erdoğan", "söyledi", "Hamas'ın terör örgütü olmadığını", date(2023, 1, 30)),
        ("ar", "وقال أردوغان يوم الأربعاء إن حماس ليست منظمة إرهابية.", "أردوغان", "وقال",
         "حماس ليست منظمة إرهابية", date(2023, 1, 25)),
        ("lv", "Pāvests svētdien sacīja, ka miers ir iespējams.", "Pāvests", "sacīja",
         "miers ir iespējams", date(2023, 1, 29)),
        ("zh", "泽连斯基周日表示，乌克兰不会投降。", "泽连斯基", "表示", "乌克兰不会投降",
         date(2023, 1, 29)),
    ],
)  # fmt: skip
def test_statements_are_dated_in_every_language(
    language: str, text: str, source: str, cue: str, content: str, expected: date
) -> None:
    found = _anchor(text, source, cue, content, language=language)
    assert found.said_on == expected
    assert found.basis in {"explicit", "relative"}


def test_anchors_dates_many_statements_in_linear_time() -> None:
    unit = "On January 24 Lukashenko said the pact was offered. "

    def duration(repeats: int) -> float:
        text = unit * repeats
        attributions = [
            Attribution(
                "a",
                (Span(i * len(unit) + 14, i * len(unit) + 24),),
                (Span(i * len(unit) + 25, i * len(unit) + 29),),
                (Span(i * len(unit) + 30, i * len(unit) + 50),),
                "indirect",
            )
            for i in range(repeats)
        ]
        start = time.perf_counter()
        found = anchors(text, attributions, PUBLISHED, "en")
        assert {a.said_on for a in found} == {date(2023, 1, 24)}
        return time.perf_counter() - start

    small, large = duration(250), duration(1000)
    assert large < 8 * small + 0.5


@settings(max_examples=150, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("Jan 24 said on Tuesday., yesterday\n“”")), max_size=80),
    st.data(),
    st.none() | st.dates().map(lambda d: datetime(d.year, d.month, d.day, tzinfo=UTC)),
)
def test_any_spans_yield_an_anchor_never_an_exception(
    text: str, data: st.DataObject, published: datetime | None
) -> None:
    def spans() -> tuple[Span, ...]:
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(start, len(text)))
        return (Span(start, end),)

    attribution = Attribution("a", spans(), spans(), spans(), "indirect")
    found = anchor(text, attribution, published, "en")
    if found.expression is not None:
        assert 0 <= found.expression.start <= found.expression.end <= len(text)
    if found.said_on is None:
        assert found.reason
    if published is not None and found.said_on is not None:
        assert found.said_on <= published.date() + timedelta(days=1)


def test_a_date_swept_into_the_source_span_is_not_the_statements_day() -> None:
    text = "Anna Berg (@annaberg) January 30, 2023\nBerg added that the talks had failed."
    found = _anchor(text, "Anna Berg (@annaberg) January 30, 2023\nBerg", "added", "the talks")
    assert (found.said_on, found.basis) == (date(2023, 1, 31), "publication")


def test_a_date_opening_the_source_span_still_dates_the_statement() -> None:
    text = "On Monday Anna Berg said the talks had failed."
    found = _anchor(text, "On Monday Anna Berg", "said", "the talks")
    assert (found.said_on, found.basis) == (date(2023, 1, 30), "relative")


def test_a_phrase_opening_the_content_right_after_the_cue_dates_the_statement() -> None:
    # Extractors often start the content of "said on Saturday it had ..." at the phrase.
    text = "Russia said on Saturday it had fully captured the city."
    found = _anchor(text, "Russia", "said", "on Saturday it had fully captured the city")
    assert (found.said_on, found.basis) == (date(2023, 1, 28), "relative")
    assert found.expression is not None
    assert found.expression.text_of(text) == "on Saturday"


def test_a_possessive_opening_the_content_is_not_the_time_of_saying() -> None:
    text = "Lavrov said yesterday's attack was a provocation."
    found = _anchor(text, "Lavrov", "said", "yesterday's attack was a provocation")
    assert (found.said_on, found.basis) == (PUBLISHED.date(), "publication")


def test_a_verb_stem_inside_the_speakers_title_does_not_take_the_date() -> None:
    # "spoke" in "spokesman" is no other verb of saying nearer the phrase than the cue.
    text = "On Monday, army spokesman Ivan Petrov said the bridge was hit."
    found = _anchor(text, "army spokesman Ivan Petrov", "said", "the bridge was hit")
    assert (found.said_on, found.basis) == (date(2023, 1, 30), "relative")


def test_later_that_day_dates_a_statement_by_the_day_named_before() -> None:
    text = (
        "Russia claimed on Saturday that the city had fallen. "
        "Later that day, Zelensky said the fighting went on."
    )
    found = _anchor(text, "Zelensky", "said", "the fighting went on")
    assert (found.said_on, found.basis) == (date(2023, 1, 28), "relative")
