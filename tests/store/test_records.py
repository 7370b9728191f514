"""Entities, stories, discrepancies and run bookkeeping: upserts that never duplicate rows."""

from __future__ import annotations

import dataclasses

import pytest

from claimtrail.errors import StoreError
from claimtrail.model import Discrepancy, Entity, EntityProfile, Evidence, Failure, Span, Story
from claimtrail.store import Store

from .samples import TEXT, article, span_of, statements


def _evidence(article_id: str, part: str) -> Evidence:
    span = span_of(TEXT, part)
    return Evidence(article_id=article_id, span=span, text=span.text_of(TEXT))


def _discrepancy(discrepancy_id: str = "d1", score: float = 0.8) -> Discrepancy:
    return Discrepancy(
        id=discrepancy_id,
        kind="source_disagreement",
        statement_ids=("a1:1", "a2:1"),
        evidence=(_evidence("a1", "4 million euros"), _evidence("a2", "4 million euros")),
        explanation="The outlets give different repair costs.",
        score=score,
        article_ids=("a1", "a2"),
    )


def test_entities_upsert_by_id(store: Store) -> None:
    keller = Entity(id="e1", name="Anna Keller", type="person", aliases=("Ms. Keller", "Keller"))
    council = Entity(id="e2", name="City Council", type="org")
    store.write_entities([keller, council])
    renamed = dataclasses.replace(keller, aliases=("Keller",))
    store.write_entities([renamed])
    assert sorted(store.entities(), key=lambda e: e.id) == [renamed, council]
    assert store.stats()["entities"] == 2


def test_more_entities_than_one_page_all_come_back(store: Store) -> None:
    many = [Entity(id=f"e{n:04d}", name=f"Person {n}", type="person") for n in range(1_234)]
    store.write_entities(many)
    assert sorted(e.id for e in store.entities()) == [e.id for e in many]


def test_stories_round_trip_with_article_order(store: Store) -> None:
    for article_id in ("a1", "a2", "a3"):
        store.write_article(article(article_id, text=f"Text {article_id}."))
    story = Story(id="s1", title="Bridge", article_ids=("a3", "a1"))
    store.write_stories([story])
    store.write_stories([story])
    assert list(store.stories()) == [story]
    assert store.stats()["stories"] == 1


def test_an_article_moves_to_the_story_written_last(store: Store) -> None:
    for article_id in ("a1", "a2", "a3"):
        store.write_article(article(article_id, text=f"Text {article_id}."))
    store.write_stories([Story("s1", "One", ("a1", "a2")), Story("s2", "Two", ("a3",))])
    store.write_stories([Story("s3", "Three", ("a2", "a3"))])
    assert sorted(store.stories(), key=lambda s: s.id) == [
        Story("s1", "One", ("a1",)),
        Story("s3", "Three", ("a2", "a3")),
    ]


def test_a_story_left_without_articles_takes_its_findings_with_it(store: Store) -> None:
    for article_id in ("a1", "a2"):
        store.write_article(article(article_id, text=f"Text {article_id}."))
    store.write_stories([Story("s1", "One", ("a1",)), Story("s2", "Two", ("a2",))])
    for story_id in ("s1", "s2"):
        finding = dataclasses.replace(_discrepancy(f"d-{story_id}"), story_id=story_id)
        store.replace_story_discrepancies(story_id, [finding])
    store.write_stories([Story("s1", "One", ("a1", "a2"))])
    assert [s.id for s in store.stories()] == ["s1"]
    assert [d.id for d in store.discrepancies()] == ["d-s1"]


def test_two_stories_claiming_one_article_are_refused(store: Store) -> None:
    store.write_article(article("a1"))
    with pytest.raises(StoreError, match="two stories"):
        store.write_stories([Story("s1", "One", ("a1",)), Story("s2", "Two", ("a1",))])
    assert list(store.stories()) == []


def test_entity_profiles_are_stored_with_their_entities_and_upserted(store: Store) -> None:
    aide = Entity(id="e1", name="Serhiy Nykyforov", type="person")
    profile = EntityProfile(
        "e1", ("spokes",), ("ukra",), ("zelensk",), 3, (("zelensk", 2), ("putin", 1))
    )
    store.write_entities([aide], [profile])
    assert list(store.entity_profiles()) == [profile]
    grown = dataclasses.replace(profile, mentions=4, office_qualifiers=("pres", "ukra"))
    store.write_entities([aide], [grown])
    assert list(store.entity_profiles()) == [grown]


def test_a_profile_of_an_unknown_entity_writes_nothing(store: Store) -> None:
    stray = EntityProfile("missing", mentions=1)
    with pytest.raises(StoreError):
        store.write_entities([Entity("e2", "Anna Keller", "person")], [stray])
    assert list(store.entities()) == []
    assert list(store.entity_profiles()) == []


def test_a_story_of_an_unknown_article_is_refused(store: Store) -> None:
    with pytest.raises(StoreError):
        store.write_stories([Story("s1", "One", ("missing",))])
    assert list(store.stories()) == []


def test_discrepancies_upsert_and_keep_evidence_offsets(store: Store) -> None:
    store.write_discrepancies([_discrepancy(score=0.5)])
    store.write_discrepancies([_discrepancy(score=0.8), _discrepancy("d2")])
    found = sorted(store.discrepancies(), key=lambda d: d.id)
    assert found == [_discrepancy(score=0.8), _discrepancy("d2")]
    for evidence in found[0].evidence:
        assert evidence.span.text_of(TEXT) == evidence.text
    assert store.stats()["discrepancies"] == 2


def test_checking_a_story_again_replaces_only_that_storys_findings(store: Store) -> None:
    def found(discrepancy_id: str, story_id: str) -> Discrepancy:
        return dataclasses.replace(_discrepancy(discrepancy_id), story_id=story_id)

    store.replace_story_discrepancies("s1", [found("stale", "s1"), found("kept", "s1")])
    store.replace_story_discrepancies("s2", [found("other", "s2")])
    store.replace_story_discrepancies("s1", [found("kept", "s1"), found("new", "s1")])
    assert sorted(d.id for d in store.discrepancies()) == ["kept", "new", "other"]
    assert {d.id: d.story_id for d in store.discrepancies()}["other"] == "s2"
    store.replace_story_discrepancies("s2", [])
    assert sorted(d.id for d in store.discrepancies()) == ["kept", "new"]


def test_partition_is_done_only_with_the_same_fingerprint(store: Store) -> None:
    assert not store.is_partition_done("input/a.jsonl", "f1")
    store.mark_partition_done("input/a.jsonl", "f1")
    store.mark_partition_done("input/a.jsonl", "f1")
    assert store.is_partition_done("input/a.jsonl", "f1")
    assert not store.is_partition_done("input/a.jsonl", "f2")
    store.mark_partition_done("input/a.jsonl", "f2")
    assert store.is_partition_done("input/a.jsonl", "f2")
    assert not store.is_partition_done("input/a.jsonl", "f1")


def test_the_same_failure_twice_is_one_row(store: Store) -> None:
    broken = Failure(origin="input/b.warc#3", reason="InputError: empty document")
    other = Failure(origin="input/b.warc#3", reason="LimitExceededError: too large")
    store.record_failure(broken)
    store.record_failure(other)
    store.record_failure(broken)
    assert list(store.failures()) == [broken, other]
    assert store.stats()["failures"] == 2


def test_rerunning_a_whole_run_adds_no_rows(store: Store) -> None:
    def run() -> None:
        for article_id in ("a1", "a2"):
            store.write_article(article(article_id), statements(article_id))
        store.write_entities([Entity("e-mayor", "The Mayor", "person")])
        store.write_stories([Story("s1", "Bridge", ("a1", "a2"))])
        store.write_discrepancies([_discrepancy()])
        store.record_failure(Failure("input/c.html", "InputError: no text"))
        store.mark_partition_done("input", "f")

    run()
    first = store.stats()
    run()
    assert store.stats() == first
    assert first == {
        "articles": 2,
        "statements": 6,
        "speakers": 2,
        "entities": 1,
        "stories": 1,
        "discrepancies": 1,
        "duplicates": 0,
        "failures": 1,
    }


def test_span_offsets_survive_the_store(store: Store) -> None:
    store.write_article(article(), statements())
    stored = store.get_article("a1")
    assert stored is not None
    spans: list[Span] = []
    for statement in store.statements("a1"):
        spans += [*statement.attribution.source, *statement.attribution.content]
    assert [s.text_of(stored.text) for s in spans] == [s.text_of(TEXT) for s in spans]
    assert "The mayor" in [s.text_of(stored.text) for s in spans]
