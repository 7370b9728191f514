"""Name keys: transliteration, stems and the same-person test."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrail.resolve.names import name_key, same_person, similar_tokens, stem
from claimtrail.resolve.translit import romanise, script_of, skeleton


@pytest.mark.parametrize(
    "spellings",
    [
        ["Lukashenka", "Lukashenko", "Lukașenko", "Loukachenko", "Лукашенко", "Лукашэнка",
         "Łukaszenka", "Лукашенку"],
        ["Zelensky", "Zelenskyy", "Zelenskiy", "Selenskyj", "Зеленский", "জেলেনস্কি",
         "ઝેલેન્સકીએ", "Selenskyjs"],
        ["Navalny", "Навальный", "Navalného", "Навални", "نافالني", "Наваљни", "Навального"],
        ["Prigozhin", "Prigojin", "Prigoschin", "Пригожин"],
        ["Nykyforov", "Nikiforov"],
        ["Erdogan", "Erdoğan'ın", "Erdoğan’ın", "أردوغان"],
        ["Putin", "Putina", "بوتين", "Путин"],
    ],
)  # fmt: skip
def test_spellings_of_one_surname_match_each_other(spellings: list[str]) -> None:
    keys = [name_key(s) for s in spellings]
    misses = [
        (a, b)
        for i, a in enumerate(spellings)
        for j, b in enumerate(spellings)
        if i < j and not same_person(keys[i], keys[j])
    ]
    assert misses == []


@pytest.mark.parametrize(
    ("a", "b"),
    [("Putin", "Pushkin"), ("Shoigu", "Shevchuk"), ("Kuleba", "Kulik"),
     ("Zakharova", "Zakharchenko"), ("Kovalenko", "Kovalchuk"), ("Biden", "Bolton"),
     ("Shevchenko", "Shevchuk"), ("Sullivan", "Salvini"), ("Meloni", "Melnyk"),
     ("Khrenin", "Karins"), ("Abbas", "Babis")],
)  # fmt: skip
def test_different_surnames_do_not_match(a: str, b: str) -> None:
    assert not similar_tokens(stem(a), stem(b))


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Alexei Navalny", "Yulia Navalnaya", False),
        ("Navalny", "Navalnaya", False),
        ("Alexei Navalny", "Alexey Navalny", True),
        ("Alexei Navalny", "Navalny", True),
        ("Joe Biden", "Hunter Biden", False),
        ("Sergey Nikiforov", "Serhii Nykyforov", True),
        ("Recep Tayyip Erdogan", "Tayyip Erdogan", True),
        ("Recep Tayyip Erdoğan", "رجب طيب أردوغان", True),
        ("Kira Yarmysh", "Kira Jarmyšová", True),
        ("Vladimir Putin", "Vladimira Putina", True),
        ("J. Biden", "Joe Biden", True),
    ],
)
def test_same_person_needs_agreeing_given_names_and_gender(a: str, b: str, same: bool) -> None:
    assert same_person(name_key(a), name_key(b)) is same


def test_titles_and_roles_are_not_part_of_the_name() -> None:
    assert name_key("Ukrainian President Volodymyr Zelensky").tokens == ("Volodymyr", "Zelensky")
    assert name_key("Mr Zelenskyy").tokens == ("Zelenskyy",)
    assert name_key("Cumhurbaşkanı Recep Tayyip Erdoğan").tokens[-1] == "Erdoğan"


@pytest.mark.parametrize(
    ("text", "script"),
    [("Zelensky", "latin"), ("Зеленский", "cyrillic"), ("أردوغان", "arabic"),
     ("জেলেনস্কি", "indic"), ("吴金贵", "cjk"), ("Ζελένσκι", "greek"), ("ᏣᎳᎩ", "other")],
)  # fmt: skip
def test_script_of_names_the_script(text: str, script: str) -> None:
    assert script_of(text) == script


def test_indic_ja_is_read_as_z() -> None:
    assert skeleton(romanise("জেলেনস্কি")) == skeleton("zelenski")


@given(st.text(max_size=40))
def test_romanise_returns_lowercase_ascii_for_any_text(text: str) -> None:
    out = romanise(text)
    assert out.isascii()
    assert out == out.lower()


@given(st.text(max_size=40))
def test_name_key_never_fails(text: str) -> None:
    key = name_key(text)
    assert isinstance(key.surname, str)
    assert skeleton(key.surname) == skeleton(key.surname).upper()
