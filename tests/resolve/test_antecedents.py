"""Who opens a clause: the subject a later pronoun or unwritten subject points back to."""

from __future__ import annotations

import pytest

from claimtrail.resolve.antecedents import opens_clause
from claimtrail.resolve.within import speakers

from .helpers import attribution, span_of


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("He left. Ukraine’s foreign minister, Dmytro Kuleba, was more direct.", "Dmytro Kuleba"),
        (
            "October 25 : Amid the war with Hamas, Turkey's President Recep Tayyip Erdogan "
            "has termed it a struggle.",
            "Recep Tayyip Erdogan",
        ),
        ("It ended.\nMr Zelenskyy's response was misread.", "Zelenskyy's"),
        ("“I don’t think so,” Zelensky replied.", "Zelensky"),
    ],
)
def test_a_titled_or_fronted_subject_opens_its_clause(text: str, name: str) -> None:
    assert opens_clause(text, span_of(text, name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("He said: “Hamas is no terrorist group,” in Ankara.", "Hamas"),
        ("Начальник Главного управления разведки Кирилл Буданов заявил.", "Главного"),
        ("The talks with Hamas were over.", "Hamas"),
    ],
)
def test_a_name_inside_a_quote_or_a_phrase_opens_no_clause(text: str, name: str) -> None:
    assert not opens_clause(text, span_of(text, name))


def test_an_unwritten_subject_takes_the_titled_subject_of_its_sentence() -> None:
    text = (
        "Volodymyr Zelensky said the church stood with the people. Ukraine’s foreign minister, "
        "Dmytro Kuleba, was more direct in a post, criticizing the call."
    )
    first = attribution(text, "Volodymyr Zelensky")
    second = attribution(text, "criticizing")
    unwritten = second.__class__(second.article_id, (), second.source, second.content, "indirect")
    found = speakers(text, [first, unwritten], "en")
    assert found[1] is not None
    assert found[1].name == "Dmytro Kuleba"
