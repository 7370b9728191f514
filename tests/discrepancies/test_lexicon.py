"""The word tables: every language has each table, and each table finds its words."""

from __future__ import annotations

import pytest

from claimtrail.discrepancies.lexicon import (
    CERTAINTY,
    HEDGES,
    LANGUAGES,
    NEGATIONS,
    RANK_QUALIFIERS,
    REBUTTALS,
    SPEECH_VERBS,
    VIEW_VERBS,
    concept_matchers,
    matcher,
)


@pytest.mark.parametrize(
    "table", [NEGATIONS, HEDGES, CERTAINTY, REBUTTALS, SPEECH_VERBS, VIEW_VERBS, RANK_QUALIFIERS]
)
def test_every_table_covers_the_twelve_languages(table: dict[str, tuple[str, ...]]) -> None:
    assert set(table) == set(LANGUAGES)
    assert all(table[code] for code in LANGUAGES)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "we will not suspend the toll"),
        ("en", "the terminal hasn't closed"),
        ("ru", "сбор отменять не будут"),
        ("uk", "збір не призупинять"),
        ("de", "unter Druck verhandeln wir nicht"),
        ("fr", "le péage ne serait pas suspendu"),
        ("it", "non è vero"),
        ("es", "no es una organización terrorista"),
        ("pt", "não é uma organização terrorista"),
        ("pl", "to nie jest prawda"),
        ("cs", "Hamás není teroristická organizace"),
        ("tr", "Hamas bir terör örgütü değildir"),
        ("tr", "İsrail'e gitmeyeceğiz, ziyaret etmedi"),
        ("ar", "حماس ليست منظمة إرهابية"),
    ],
)
def test_negations_are_found_in_each_language(language: str, sentence: str) -> None:
    assert matcher("negations", language).search(sentence.casefold())


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "the toll stays in force"),
        ("pt", "no domingo o papa falou"),  # pt "no" is "in the"
        ("de", "die Gespräche seien beendet"),
        ("en", "nothingness is a word"),  # whole words only
    ],
)
def test_affirmative_sentences_hold_no_negation(language: str, sentence: str) -> None:
    assert not matcher("negations", language).search(sentence.casefold())


@pytest.mark.parametrize(
    ("language", "hedged", "certain"),
    [
        ("en", "it is more or less confirmed", "we know for sure"),
        ("ru", "это более-менее подтверждено", "мы точно знаем"),
        ("it", "è più o meno confermato", "lo sappiamo con certezza"),
        ("de", "das ist wahrscheinlich so", "das wissen wir mit Sicherheit"),
        ("cs", "je to víceméně potvrzeno", "víme to s jistotou"),
    ],
)
def test_hedges_and_certainty_are_told_apart(language: str, hedged: str, certain: str) -> None:
    assert matcher("hedges", language).search(hedged.casefold())
    assert not matcher("certainty", language).search(hedged.casefold())
    assert matcher("certainty", language).search(certain.casefold())
    assert not matcher("hedges", language).search(certain.casefold())


@pytest.mark.parametrize(
    ("sentence", "concept", "pole"),
    [
        ("the terminal was shut", "open", "negative"),
        ("the port is open again", "open", "positive"),
        ("talks are over", "start", "negative"),
        ("talks will begin on friday", "start", "positive"),
        ("the engagement to end the war", "start", None),
        ("he denied the capture", "confirm", "negative"),
        ("er hat es bestätigt", "confirm", "positive"),
        ("he was killed by the regime", "violent_death", "positive"),
        ("он погиб от тромба, естественная смерть", "violent_death", "negative"),
    ],
)
def test_concept_poles(sentence: str, concept: str, pole: str | None) -> None:
    (positive, negative) = next((p, n) for name, p, n in concept_matchers() if name == concept)
    found = {
        "positive": bool(positive.search(sentence)),
        "negative": bool(negative.search(sentence)),
    }
    assert found == {"positive": pole == "positive", "negative": pole == "negative"}
