"""Name terms: one key for a name however it is spelled or written."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrail.stories.terms import name_terms, skeleton, words


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Zelensky", "Selenskyj"),
        ("Zelenskyy", "ઝેલેન્સકીએ"),
        ("Navalny", "Навальный"),
        ("Navalného", "Navalny"),
        ("Bakhmut", "Bachmut"),
        ("Bakhmut", "বাখমুত"),
        ("Prigozhin", "Пригожин"),
    ],
)
def test_spellings_of_one_name_share_a_key(left: str, right: str) -> None:
    assert skeleton(left) == skeleton(right) != ""


def test_different_names_get_different_keys() -> None:
    assert skeleton("Navalny") != skeleton("Zelensky")


def test_a_word_in_an_indic_script_is_not_cut_at_its_vowel_signs() -> None:
    assert list(words("ઝેલેન્સકીએ કહ્યું")) == ["ઝેલેન્સકીએ", "કહ્યું"]


def test_lowercase_words_of_cased_scripts_are_not_names() -> None:
    assert set(name_terms("the president said that Navalny died")) == {skeleton("Navalny")}


@given(st.text())
def test_any_text_yields_short_ascii_keys(text: str) -> None:
    for key, count in name_terms(text).items():
        assert count >= 1
        assert 3 <= len(key) <= 4
        assert key.isascii()
        assert key.isalpha()


@given(st.text())
def test_words_are_substrings_of_the_text(text: str) -> None:
    for word in words(text):
        assert word in text
        assert len(word) >= 4
