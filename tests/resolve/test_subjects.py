"""Sources the extractor did not write out: unwritten subjects, function words, appositions."""

from __future__ import annotations

import pytest

from claimtrail.model import Attribution, Span
from claimtrail.resolve.subjects import function_words_only, with_apposition, zero_subject
from claimtrail.resolve.within import speakers

from .helpers import span_of


def _said(text: str, source: str | None, cue: str, content: str) -> Attribution:
    spans = (span_of(text, source),) if source else ()
    return Attribution("a1", spans, (span_of(text, cue),), (span_of(text, content),), "indirect")


def _names(text: str, atts: list[Attribution], language: str) -> list[str | None]:
    return [s.name if s else None for s in speakers(text, atts, language)]


@pytest.mark.parametrize(
    ("language", "text", "first", "cue", "content"),
    [
        (
            "es",
            "El portavoz Matteo Bruni dijo que no era una rendición. Recalcó que el papa "
            "pide una tregua.",
            ("El portavoz Matteo Bruni", "dijo", "no era una rendición"),
            "Recalcó",
            "el papa pide una tregua",
        ),
        (
            "it",
            "Il ministro Marco Rossi ha parlato a lungo. Ha detto che la tregua è vicina.",
            ("Il ministro Marco Rossi", "ha parlato", "a lungo"),
            "Ha detto",
            "la tregua è vicina",
        ),
        (
            "en",
            "Foreign minister Anna Berg said the talks were over, urging allies to send aid.",
            ("Foreign minister Anna Berg", "said", "the talks were over"),
            "urging",
            "allies to send aid",
        ),
    ],
)
def test_a_statement_without_a_written_subject_takes_the_last_speaker(
    language: str, text: str, first: tuple[str, str, str], cue: str, content: str
) -> None:
    atts = [_said(text, *first), _said(text, None, cue, content)]
    found = _names(text, atts, language)
    assert found[0] is not None
    assert found[1] == found[0]


def test_a_passive_cue_gets_no_speaker_of_its_own() -> None:
    text = "Anna Berg spoke on Monday. It was reported that the talks had failed."
    atts = [
        _said(text, "Anna Berg", "spoke", "on Monday"),
        _said(text, None, "was reported", "the talks had failed"),
    ]
    assert _names(text, atts, "en")[1] is None


def test_a_cue_with_nobody_before_it_gets_no_speaker() -> None:
    text = "Ha detto che la tregua è vicina."
    assert _names(text, [_said(text, None, "Ha detto", "la tregua è vicina")], "it") == [None]


def test_a_source_of_function_words_only_is_read_as_the_verbs_subject() -> None:
    text = "قال الرئيس رجب طيب أردوغان إن الحرب يجب أن تتوقف. كما شدد على أهمية السلام."
    atts = [
        _said(text, "الرئيس رجب طيب أردوغان", "قال", "الحرب يجب أن تتوقف"),
        _said(text, "كما", "شدد", "على أهمية السلام"),
    ]
    found = _names(text, atts, "ar")
    assert found[0] is not None
    assert "أردوغان" in found[0]
    assert found[1] == found[0]


@pytest.mark.parametrize(
    ("language", "phrase", "expected"),
    [("ar", "كما", True), ("bn", "তবে", True), ("en", "and so", True), ("en", "Anna Berg", False)],
)
def test_function_words_are_told_from_names(language: str, phrase: str, expected: bool) -> None:
    assert function_words_only(phrase, language) is expected


def test_a_language_without_a_stop_word_list_has_no_function_words() -> None:
    assert not function_words_only("and so", "xx")


def test_a_description_cut_before_its_name_in_apposition_resolves_to_the_name() -> None:
    text = (
        "Il capo dell'intelligence militare ucraina, Kyrylo Budanov, ha detto che Navalny è "
        "morto per un coagulo di sangue."
    )
    atts = [_said(text, "Il capo dell'intelligence militare ucraina", "ha detto", "Navalny è")]
    assert _names(text, atts, "it") == ["Kyrylo Budanov"]


def test_a_list_after_a_source_is_no_apposition() -> None:
    text = "the minister, and the chief of staff said"
    span = span_of(text, "the minister")
    assert with_apposition(text, span) == span


def test_an_apposition_reaches_the_end_of_the_name() -> None:
    text = "le chef de la diplomatie ukrainienne, Dmytro Kuleba, a déclaré"
    span = with_apposition(text, span_of(text, "le chef de la diplomatie ukrainienne"))
    assert span.text_of(text).endswith(", Dmytro Kuleba")


def test_a_feminine_verb_gives_the_unwritten_subject_a_gender() -> None:
    text = "Она заявила"
    found = zero_subject(text, (Span(4, 11),), "ru")
    assert found is not None
    assert found.genders == frozenset("f")


def test_a_one_word_adverb_opening_a_sentence_is_read_as_the_verbs_subject() -> None:
    text = (
        "Šéf rozvědky Kyrylo Budanov řekl, že Navalnyj zemřel přirozeně. "
        "Zároveň apeloval na Západ, aby pomohl."
    )
    atts = [
        _said(text, "Šéf rozvědky Kyrylo Budanov", "řekl", "Navalnyj zemřel přirozeně"),
        _said(text, "Zároveň", "apeloval", "na Západ"),
    ]
    assert _names(text, atts, "cs") == ["Kyrylo Budanov", "Kyrylo Budanov"]


def test_a_surname_named_again_is_not_a_lone_opener() -> None:
    text = "Anna Berg spoke. Berg said the talks were over."
    atts = [_said(text, "Anna Berg", "spoke", "spoke"), _said(text, "Berg", "said", "the talks")]
    assert _names(text, atts, "en") == ["Anna Berg", "Anna Berg"]


def test_a_preposition_opening_a_sentence_is_no_part_of_a_name() -> None:
    text = (
        "President Volodymyr Zelensky spoke in Hiroshima. Despite Moscow's insistence that "
        "the city had fallen, he said it was not occupied."
    )
    assert _names(text, [_said(text, "he", "said", "it was")], "en") == ["Volodymyr Zelensky"]


def test_a_spokesman_is_not_the_president_his_title_names() -> None:
    text = (
        "President Volodymyr Zelensky spoke in Hiroshima. Serhiy Nykyforov said the city held. "
        "The presidential spokesman said the answer was misread."
    )
    atts = [
        _said(text, "President Volodymyr Zelensky", "spoke", "in Hiroshima"),
        _said(text, "Serhiy Nykyforov", "said", "the city held"),
        _said(text, "The presidential spokesman", "said", "the answer was misread"),
    ]
    assert _names(text, atts, "en")[2] != "Volodymyr Zelensky"


def test_an_uncased_clause_taken_whole_as_a_source_keeps_only_its_opening_name() -> None:
    text = "জেলেনস্কি রবিবার দৃশ্যত বাখমুত হারানোর বিষয়টি নিশ্চিত করে বলেছেন, শহরের কিছুই নেই।"
    source = "জেলেনস্কি রবিবার দৃশ্যত বাখমুত হারানোর বিষয়টি নিশ্চিত করে"
    assert _names(text, [_said(text, source, "বলেছেন", "শহরের কিছুই নেই")], "bn") == ["জেলেনস্কি"]


def test_an_uncased_title_and_three_word_name_stay_a_name() -> None:
    text = "قال الرئيس رجب طيب أردوغان إن الحرب يجب أن تتوقف."
    atts = [_said(text, "الرئيس رجب طيب أردوغان", "قال", "الحرب يجب أن تتوقف")]
    assert _names(text, atts, "ar") == ["رجب طيب أردوغان"]


def test_an_uncased_clause_with_a_role_word_is_read_as_that_role() -> None:
    text = (
        "قال البابا فرنسيس إن السلام ممكن. من هذه الكتابة - ثم قام البابا بتقبيل العلم بعد ذلك "
        "وقال إن الحرب قاسية."
    )
    atts = [
        _said(text, "البابا فرنسيس", "قال", "السلام ممكن"),
        _said(text, "من هذه الكتابة - ثم قام البابا بتقبيل العلم بعد ذلك", "وقال", "الحرب قاسية"),
    ]
    found = _names(text, atts, "ar")
    assert found[0] is not None
    assert found[1] == found[0]


def test_a_speaker_quoted_as_saying_is_no_agentless_passive() -> None:
    text = "Kyrylo Budanov spoke on Monday. “It was a blood clot,” he was quoted as saying."
    cue = span_of(text, "was quoted as saying")
    assert zero_subject(text, (cue,), "en") is not None


def test_an_outlet_relays_a_quote_it_did_not_say() -> None:
    text = (
        "Recep Tayyip Erdogan spoke in Ankara. "
        "“We will not go,” he said, according to The Times of Israel."
    )
    first = _said(text, "Recep Tayyip Erdogan", "spoke", "in Ankara")
    relayed = Attribution(
        "a1", (span_of(text, "The Times of Israel"),), (span_of(text, "according to"),),
        (span_of(text, "We will not go"),), "direct",
    )  # fmt: skip
    assert _names(text, [first, relayed], "en") == ["Recep Tayyip Erdogan"] * 2


def test_an_outlet_stays_the_source_of_what_it_reports_in_its_own_words() -> None:
    text = "The Times of Israel reported that the visit was cancelled."
    att = _said(text, "The Times of Israel", "reported", "the visit was cancelled")
    assert _names(text, [att], "en") == ["The Times of Israel"]


def test_a_verb_first_language_names_its_speaker_after_the_verb() -> None:
    # Arabic: "At the end of the audience, the pope said that the war must stop."
    text = "وفي ختام المقابلة، قال البابا إن الحرب يجب أن تتوقف"
    att = _said(text, "وفي ختام المقابلة", "قال", "الحرب يجب أن تتوقف")
    (found,) = speakers(text, [att], "ar")
    assert found is not None
    assert found.name == "البابا"
    assert found.roles == ("البابا",)


def test_an_apposition_is_found_after_a_comma_the_source_kept() -> None:
    text = "Meanwhile, the foreign minister of Turkey, Hakan Fidan has said that it was a crime."
    source = span_of(text, "the foreign minister of Turkey,")
    extended = with_apposition(text, source)
    assert text[extended.start : extended.end] == "the foreign minister of Turkey, Hakan Fidan"
