"""Quotation finding: every style, nesting, paragraphs, apostrophes, bad input, speed."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrail.extract.quotes import Quote, outermost, quotations


def _texts(text: str) -> list[str]:
    return [text[q.span.start : q.span.end] for q in quotations(text)]


@pytest.mark.parametrize(
    ("text", "quoted", "style"),
    [
        ('He said "we will win" today.', '"we will win"', '""'),
        ("He said “we will win” today.", "“we will win”", "“”"),
        ("Он сказал: «мы победим».", "«мы победим»", "«»"),
        ("Er sagte: „Wir gewinnen“ heute.", "„Wir gewinnen“", "„“"),
        ("Powiedział: „Wygramy” dziś.", "„Wygramy”", "„”"),
        ("Er sagte: ‚Wir gewinnen‘ heute.", "‚Wir gewinnen‘", "‚‘"),
        ("He said 'we will win' today.", "'we will win'", "''"),
        ("He said ‘we will win’ today.", "‘we will win’", "‘’"),
        ("Il a dit ‹ nous gagnerons › hier.", "‹ nous gagnerons ›", "‹›"),
        ("Er sagte »wir gewinnen« heute.", "»wir gewinnen«", "»«"),
        ("他说「我们会赢」。", "「我们会赢」", "「」"),
        ("他说『我们会赢』。", "『我们会赢』", "『』"),
        ("Il a dit « nous gagnerons » hier.", "« nous gagnerons »", "«»"),
        ("Ha detto ''è morto'' ieri.", "''è morto''", "''''"),
    ],
)
def test_each_quote_style_is_found_with_its_marks(text: str, quoted: str, style: str) -> None:
    found = quotations(text)
    assert [text[q.span.start : q.span.end] for q in found] == [quoted]
    assert found[0].style == style


def test_inner_span_excludes_the_marks() -> None:
    text = "Она сказала: «да»."
    (quote,) = quotations(text)
    assert text[quote.inner.start : quote.inner.end] == "да"
    assert quote.span.start == quote.inner.start - 1
    assert quote.span.end == quote.inner.end + 1


def test_nested_quotes_are_both_found() -> None:
    text = "«Папа использует термин „белый флаг“ как образ», — заявил он."
    assert _texts(text) == ["«Папа использует термин „белый флаг“ как образ»", "„белый флаг“"]


def test_nested_single_quotes_inside_double_quotes() -> None:
    text = "\"He clearly said: 'Negotiations are never a surrender,'\" said Bruni."
    found = _texts(text)
    assert found[0].startswith('"He clearly')
    assert found[0].endswith(",'\"")
    assert found[1] == "'Negotiations are never a surrender,'"


def test_outermost_drops_nested_quotes() -> None:
    text = "«A „b“ c» and «d»"
    assert [text[q.span.start : q.span.end] for q in outermost(quotations(text))] == [
        "«A „b“ c»",
        "«d»",
    ]


def test_quote_spanning_paragraphs_in_the_english_convention_is_one_quote() -> None:
    text = "He said: “We will fight.\n\n“We will never surrender.”\nThen he left."
    (quote,) = quotations(text)
    assert text[quote.span.start : quote.span.end] == (
        "“We will fight.\n\n“We will never surrender.”"
    )


def test_unclosed_quote_at_paragraph_end_is_dropped_when_next_paragraph_does_not_continue_it() -> (
    None
):
    text = "He said “we will fight.\nThe next paragraph says “nothing” else."
    assert _texts(text) == ["“nothing”"]


@pytest.mark.parametrize(
    "text",
    [
        "Don't worry, it's fine and we're here.",
        "L'homme a vu l'arbre d'en face.",
        "Erdoğan'ın açıklaması Türkiye'nin gündemindeydi.",
        "Mr O'Neill met the workers’ union.",
        "dell'intelligence militare e l'esercito",
    ],
)
def test_apostrophes_in_words_are_not_quotes(text: str) -> None:
    assert quotations(text) == []


def test_apostrophes_inside_a_quotation_do_not_end_it() -> None:
    text = "“Erdoğan'ın sözleri, l'homme, don't” dedi."
    assert _texts(text) == ["“Erdoğan'ın sözleri, l'homme, don't”"]


@pytest.mark.parametrize(
    "text",
    ['He said "this never ends.', "«Без конца", "“ ” » „", "a ” b “ c", "'''''", '"""'],
)
def test_unbalanced_marks_are_ignored_gracefully(text: str) -> None:
    for quote in quotations(text):
        assert 0 <= quote.span.start < quote.span.end <= len(text)


def test_curly_and_straight_double_quotes_mixed_by_careless_copy_still_pair() -> None:
    text = '“We had good intentions," he said. "But the West is.” Then he left.'
    assert _texts(text) == ['“We had good intentions,"', '"But the West is.”']


def test_a_closing_mark_before_a_bengali_danda_closes() -> None:
    text = "তবে বলেছিলেন ‘আপনাকে বুঝতে হবে সেখানে কিছুই নেই’। পরে"
    assert _texts(text) == ["‘আপনাকে বুঝতে হবে সেখানে কিছুই নেই’"]


def test_rtl_quotes_are_found() -> None:
    text = "وقال أردوغان “حركة حماس ليست تنظيمًا إرهابيًا” أمس."
    assert _texts(text) == ["“حركة حماس ليست تنظيمًا إرهابيًا”"]


def test_straight_quote_after_a_colon_opens_even_before_a_space() -> None:
    text = 'وقال جدانوف:" نحن نفهم ذلك". وأضاف'
    assert _texts(text) == ['" نحن نفهم ذلك"']


def test_empty_text_has_no_quotes() -> None:
    assert quotations("") == []


def test_a_one_megabyte_paragraph_is_scanned_quickly() -> None:
    unit = "He said “we will win” and she didn't agree, «nor 'them' » „either“ \"x "
    text = unit * (1_000_000 // len(unit))
    started = time.process_time()  # CPU time: the shared test machine may be busy
    found = quotations(text)
    assert time.process_time() - started < 2.0  # about 0.3 s
    assert len(found) >= 3 * (len(text) // len(unit))


_MARKS = st.sampled_from([*"\"'“”„‚‘’«»‹›「」『』 \n", "''", "a", "b", "é", "ğ", "ا"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_MARKS, max_size=60).map("".join) | st.text(max_size=200))
def test_any_text_gives_spans_inside_it_and_never_raises(text: str) -> None:
    for quote in quotations(text):
        assert isinstance(quote, Quote)
        assert 0 <= quote.span.start <= quote.inner.start <= quote.inner.end
        assert quote.inner.end <= quote.span.end <= len(text)
        assert text[quote.span.start : quote.inner.start] == quote.style[: len(quote.style) // 2]
