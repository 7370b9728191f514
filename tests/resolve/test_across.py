"""Across articles: one entity per real person or organisation, whatever the spelling."""

from __future__ import annotations

import random
import time

import pytest

from claimtrail.model import Entity, EntityType
from claimtrail.resolve.across import EntityIndex
from claimtrail.resolve.names import similar_tokens, stem
from claimtrail.resolve.within import Speaker


def speaker(name: str, type_: EntityType = "person") -> Speaker:
    return Speaker(name, type_, None, (name,))


def ids(index: EntityIndex, names: list[str], type_: EntityType = "person") -> set[str]:
    return {index.resolve(speaker(n, type_), f"doc{i}").id for i, n in enumerate(names)}


@pytest.mark.parametrize(
    "names",
    [
        ["Alexander Lukashenko", "Lukashenka", "Lukașenko", "Loukachenko", "Лукашенко",
         "Лукашэнка", "Alyaksandr Lukashenka"],
        ["Volodymyr Zelensky", "Zelenskyy", "Zelenskiy", "Wolodymyr Selenskyj", "Зеленский",
         "জেলেনস্কি", "Volodymyr Zelenskyy"],
        ["Alexei Navalny", "Навальный", "Navalného", "Навални", "نافالني", "Alexey Navalny"],
        ["Yevgeny Prigozhin", "Prigojin", "Prigoschin", "Евгений Пригожин"],
        ["Serhii Nykyforov", "Sergey Nikiforov", "Sergii Nykyforov", "Serguei Nykyforov"],
        ["Recep Tayyip Erdoğan", "Erdogan", "Tayyip Erdogan", "Erdoğan'ın", "أردوغان"],
        ["Olga Bazova", "@OlgaBazova"],
    ],
)  # fmt: skip
def test_spellings_scripts_and_inflections_merge(names: list[str]) -> None:
    assert len(ids(EntityIndex(), names)) == 1


def test_different_given_names_stay_apart() -> None:
    index = EntityIndex()
    alexei = index.resolve(speaker("Alexei Navalny"), "a")
    yulia = index.resolve(speaker("Yulia Navalnaya"), "a")
    joe = index.resolve(speaker("Joe Biden"), "b")
    hunter = index.resolve(speaker("Hunter Biden"), "b")
    assert alexei.id != yulia.id
    assert joe.id != hunter.id


def test_bare_surname_joins_the_entity_seen_with_it_in_context() -> None:
    index = EntityIndex()
    joe = index.resolve(speaker("Joe Biden"), "a", ["Vladimir Putin"])
    hunter = index.resolve(speaker("Hunter Biden"), "b", ["Kathleen Buhle"])
    index.resolve(speaker("Hunter Biden"), "c", ["Kathleen Buhle"])
    assert index.resolve(speaker("Biden"), "d", ["Putin"]).id == joe.id
    assert index.resolve(speaker("Biden"), "e", ["Buhle"]).id == hunter.id


def test_bare_surname_without_context_joins_the_most_frequent_full_name() -> None:
    index = EntityIndex()
    joe = index.resolve(speaker("Joe Biden"), "a")
    index.resolve(speaker("Joe Biden"), "b")
    index.resolve(speaker("Hunter Biden"), "c")
    assert index.resolve(speaker("Biden"), "d").id == joe.id


def test_entity_takes_the_fullest_latin_name_and_keeps_every_alias() -> None:
    index = EntityIndex()
    index.resolve(speaker("Лукашенко"), "a")
    entity = index.resolve(speaker("Alexander Lukashenko"), "b")
    assert entity.name == "Alexander Lukashenko"
    assert {"Лукашенко", "Alexander Lukashenko"} <= set(entity.aliases)


def test_ids_are_stable_as_aliases_arrive() -> None:
    index = EntityIndex()
    first = index.resolve(speaker("Zelensky"), "a")
    later = index.resolve(speaker("Volodymyr Zelensky"), "b")
    assert first.id == later.id
    assert first.id.startswith("zelensky-")


def test_index_continues_from_stored_entities() -> None:
    stored = Entity("alexander-lukashenko-1", "Alexander Lukashenko", "person", ("Lukashenka",))
    index = EntityIndex([stored])
    assert index.resolve(speaker("Лукашенко"), "z").id == stored.id
    assert [e.id for e in index.entities()] == [stored.id]


def test_capital_and_country_speak_for_one_government() -> None:
    index = EntityIndex()
    kyiv = index.resolve(speaker("Kyiv", "org"), "a")
    ukraine = index.resolve(speaker("Government of Ukraine", "org"), "b")
    assert kyiv.id == ukraine.id
    assert kyiv.name == "Government of Ukraine"


def test_person_and_place_with_one_name_stay_apart() -> None:
    index = EntityIndex()
    assert (
        index.resolve(speaker("Jordan", "place"), "a").id
        != index.resolve(speaker("Michael Jordan"), "b").id
    )


def test_unresolved_speakers_never_merge_across_articles() -> None:
    index = EntityIndex()
    he_a = index.resolve(speaker("he", "other"), "a")
    he_b = index.resolve(speaker("he", "other"), "b")
    he_a_again = index.resolve(speaker("he", "other"), "a")
    assert he_a.id != he_b.id
    assert he_a.id == he_a_again.id


@pytest.mark.parametrize(
    ("a", "b"),
    [("Ukrainska Pravda", "Ukrayinska Pravda"), ("Wagner", "Wagner Group"),
     ("IDF", "Israel Defense Forces"), ("AK Parti", "AK party")],
)  # fmt: skip
def test_organisation_names_merge_across_spellings(a: str, b: str) -> None:
    assert len(ids(EntityIndex(), [a, b], "org")) == 1


def test_different_governments_stay_apart() -> None:
    assert len(ids(EntityIndex(), ["Government of Ukraine", "Government of Uganda"], "org")) == 2


def _surnames(count: int) -> list[str]:
    """Invented surnames, none a spelling variant of another (seeded, so always the same)."""
    rng = random.Random(6)
    consonants, vowels = "bdfgklmnprstvz", "aeiou"
    chosen: list[str] = []
    while len(chosen) < count:
        word = "".join(rng.choice(consonants) + rng.choice(vowels) for _ in range(4)).capitalize()
        if not any(similar_tokens(stem(word), stem(c)) for c in chosen):
            chosen.append(word)
    return chosen


def test_ten_thousand_entities_resolve_in_bounded_time() -> None:
    index = EntityIndex()
    given = ("Ivan", "Petra", "Omar", "Lin", "Ada", "Max", "Uma", "Eli", "Noa", "Ravi")
    names = [f"{g} {s}" for s in _surnames(1000) for g in given]
    start = time.perf_counter()
    for i, name in enumerate(names):
        index.resolve(speaker(name), f"doc{i % 500}")
    elapsed = time.perf_counter() - start
    assert len(index.entities()) == len(names)
    assert elapsed < 60, f"{elapsed:.1f}s for {len(names)} names"
