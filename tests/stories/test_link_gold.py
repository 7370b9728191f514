"""Same-statement links from the gold statements of ../shared/data/stories.

The input is what a perfect upstream would give the linker: each gold statement's content
span, speaker entity and said_on, its doc's language and gold story. The figures follow
storyscore's same_stmt_f1 and cross-doc / cross-language recall definitions.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from itertools import combinations
from typing import Any

import pytest

from claimtrail.evaluate.stories import pair_f1
from claimtrail.stories.cluster import StoryClusterer
from claimtrail.stories.embed import Embedder
from claimtrail.stories.link import USE_LINK_OPTIONS, LinkItem, StatementLinker

from .corpus import StoriesCorpus


def _items(
    corpus: StoriesCorpus, *, has_speakers: bool = True, has_dates: bool = True
) -> list[LinkItem]:
    story_of = {d: s["id"] for s in corpus.gold["stories"] for d in s["doc_ids"]}
    items = []
    for statement in corpus.gold["statements"]:
        doc = statement["doc"]
        content = statement["content"]
        assert corpus.docs[doc][content["start"] : content["end"]] == content["text"]
        said_on = statement["said_on"] if has_dates else None
        items.append(
            LinkItem(
                statement_id=statement["id"],
                article_id=doc,
                story_id=story_of.get(doc),
                speaker_id=statement["speaker"] if has_speakers else None,
                said_on=date.fromisoformat(said_on) if said_on else None,
                content=content["text"],
                language=corpus.meta[doc]["language"],
                published=corpus.articles[doc].published,
            )
        )
    return items


def _metrics(corpus: StoriesCorpus, groups: dict[str, str]) -> dict[str, float]:
    statements: list[dict[str, Any]] = corpus.gold["statements"]

    def gold(s: dict[str, Any]) -> object:
        return s["cluster"]

    def predicted(s: dict[str, Any]) -> object:
        return groups[s["id"]]

    language = {d: m["language"] for d, m in corpus.meta.items()}
    _, _, f1, cross_doc = pair_f1(statements, gold, predicted, lambda x, y: x["doc"] != y["doc"])
    cross_lang = pair_f1(
        statements, gold, predicted, lambda x, y: language[x["doc"]] != language[y["doc"]]
    )[3]
    return {"same_stmt_f1": f1, "cross_doc": cross_doc, "cross_lang": cross_lang}


def _report(name: str, metrics: dict[str, float]) -> None:
    print(
        f"\n{name}: same_stmt_f1 {metrics['same_stmt_f1']:.3f} "
        f"cross_doc_recall {metrics['cross_doc']:.3f} cross_lang_recall {metrics['cross_lang']:.3f}"
    )


def test_gold_statements_link_across_outlets_and_languages(
    stories_corpus: StoriesCorpus, e5: Embedder
) -> None:
    groups = StatementLinker(e5).link(_items(stories_corpus))
    metrics = _metrics(stories_corpus, groups)
    _report("e5, gold speakers and dates", metrics)
    assert metrics["same_stmt_f1"] >= 0.83
    assert metrics["cross_lang"] >= 0.88


@pytest.mark.parametrize(
    ("has_speakers", "has_dates", "floor"),
    [(True, False, 0.80), (False, True, 0.68), (False, False, 0.55)],
)
def test_linking_degrades_gracefully_without_speakers_or_dates(
    stories_corpus: StoriesCorpus, e5: Embedder, has_speakers: bool, has_dates: bool, floor: float
) -> None:
    items = _items(stories_corpus, has_speakers=has_speakers, has_dates=has_dates)
    metrics = _metrics(stories_corpus, StatementLinker(e5).link(items))
    _report(f"e5, speakers={has_speakers} dates={has_dates}", metrics)
    assert metrics["same_stmt_f1"] >= floor


def test_linking_within_predicted_stories_loses_little(
    stories_corpus: StoriesCorpus, e5: Embedder
) -> None:
    # the engine links within the stories the clusterer found, not the gold ones
    clusterer = StoryClusterer(e5)
    for doc_id in sorted(stories_corpus.articles):
        clusterer.add(stories_corpus.articles[doc_id])
    story_of = {a: story.id for story in clusterer.stories() for a in story.article_ids}
    items = [replace(i, story_id=story_of[i.article_id]) for i in _items(stories_corpus)]
    metrics = _metrics(stories_corpus, StatementLinker(e5).link(items))
    _report("e5, within predicted stories", metrics)
    assert metrics["same_stmt_f1"] >= 0.80


def test_gold_hard_negatives_never_share_a_group(
    stories_corpus: StoriesCorpus, e5: Embedder
) -> None:
    # the same speaker making the same claim on another day is another utterance
    groups = StatementLinker(e5).link(_items(stories_corpus))
    members: dict[str, list[str]] = {}
    for statement in stories_corpus.gold["statements"]:
        members.setdefault(statement["cluster"], []).append(statement["id"])
    for pair in stories_corpus.gold["hard_negative_clusters"]:
        left = {groups[s] for s in members.get(pair["a"], [])}
        right = {groups[s] for s in members.get(pair["b"], [])}
        assert not left & right, pair


def test_every_gold_statement_gets_a_group(stories_corpus: StoriesCorpus, e5: Embedder) -> None:
    items = _items(stories_corpus)
    groups = StatementLinker(e5).link(items)
    assert set(groups) == {item.statement_id for item in items}


def test_linking_in_two_batches_groups_as_at_once_and_keeps_the_first_batchs_ids(
    stories_corpus: StoriesCorpus, e5: Embedder
) -> None:
    items = _items(stories_corpus)
    half = len(items) // 2
    at_once = StatementLinker(e5).link(items)
    first = StatementLinker(e5).link(items[:half])
    again = [
        LinkItem(**{**{f: getattr(i, f) for f in i.__slots__}, "group": first[i.statement_id]})
        for i in items[:half]
    ]
    groups = StatementLinker(e5).link(again + items[half:])
    assert _partition(groups) == _partition(at_once)
    kept = sum(groups[s] == g for s, g in first.items())
    assert kept >= 0.9 * len(first)
    metrics = _metrics(stories_corpus, groups)
    _report(f"e5, linked in two batches ({kept}/{len(first)} first-batch ids kept)", metrics)
    assert metrics["same_stmt_f1"] >= 0.75


def _partition(groups: dict[str, str]) -> set[frozenset[str]]:
    members: dict[str, set[str]] = {}
    for statement, group in groups.items():
        members.setdefault(group, set()).add(statement)
    return {frozenset(m) for m in members.values()}


@pytest.mark.slow
def test_use_and_character_baseline_link_worse_than_e5(
    stories_corpus: StoriesCorpus, use: Embedder, char_ngrams: Embedder
) -> None:
    items = _items(stories_corpus)
    use_metrics = _metrics(stories_corpus, StatementLinker(use, USE_LINK_OPTIONS).link(items))
    _report("use", use_metrics)
    char_metrics = _metrics(stories_corpus, StatementLinker(char_ngrams).link(items))
    _report("char-ngrams", char_metrics)
    assert use_metrics["same_stmt_f1"] >= 0.5


def test_pairs_of_distinct_statements_are_scored(stories_corpus: StoriesCorpus) -> None:
    # guards the metric itself: the gold grouping scores 1.0 against itself
    statements = stories_corpus.gold["statements"]
    groups = {s["id"]: s["cluster"] for s in statements}
    assert _metrics(stories_corpus, groups)["same_stmt_f1"] == 1.0
    assert any(a["cluster"] == b["cluster"] for a, b in combinations(statements[:40], 2))
