"""Story clustering on ../shared/data/stories, scored like storyscore's story_pair_f1."""

from __future__ import annotations

import random
import statistics
from collections import Counter

import pytest

from claimtrail.evaluate.stories import pair_f1
from claimtrail.model import Attribution, Span, Statement
from claimtrail.stories.cluster import (
    CHAR_STORY_OPTIONS,
    USE_STORY_OPTIONS,
    StoryClusterer,
    StoryOptions,
)
from claimtrail.stories.embed import Embedder

from .corpus import StoriesCorpus

ORDERS = 6  # the corpus order, then five shuffles


def _orders(ids: list[str]) -> list[list[str]]:
    return [ids] + [random.Random(seed).sample(ids, len(ids)) for seed in range(ORDERS - 1)]


def _speakers(corpus: StoriesCorpus) -> dict[str, list[Statement]]:
    """Each doc's gold statements, reduced to what clustering reads: the speaker."""
    statements: dict[str, list[Statement]] = {}
    for gold in corpus.gold["statements"]:
        attribution = Attribution(gold["doc"], (), (), (Span(0, 0),), "direct")
        statement = Statement(gold["id"], attribution, speaker_id=gold["speaker"])
        statements.setdefault(gold["doc"], []).append(statement)
    return statements


def _story_pair_f1(
    corpus: StoriesCorpus,
    embedder: Embedder,
    options: StoryOptions,
    order: list[str],
    statements: dict[str, list[Statement]] | None = None,
) -> float:
    clusterer = StoryClusterer(embedder, options)
    for doc_id in order:
        clusterer.add(corpus.articles[doc_id], (statements or {}).get(doc_id, ()))
    predicted = {a: s.id for s in clusterer.stories() for a in s.article_ids}
    docs = sorted(corpus.meta)
    return pair_f1(docs, lambda d: corpus.meta[d]["story"], predicted.get)[2]


def _scores(
    corpus: StoriesCorpus,
    embedder: Embedder,
    options: StoryOptions,
    statements: dict[str, list[Statement]] | None = None,
) -> list[float]:
    ids = sorted(corpus.articles)
    return [_story_pair_f1(corpus, embedder, options, order, statements) for order in _orders(ids)]


def test_stories_of_the_dev_corpus_are_found_in_any_arrival_order(
    stories_corpus: StoriesCorpus, e5: Embedder
) -> None:
    scores = _scores(stories_corpus, e5, StoryOptions())
    print(
        f"\nstory_pair_f1 (e5) over {ORDERS} orders: mean {statistics.mean(scores):.3f} "
        f"min {min(scores):.3f} max {max(scores):.3f}  {[round(s, 3) for s in scores]}"
    )
    assert statistics.mean(scores) >= 0.87
    assert min(scores) >= 0.75


def test_known_speakers_help_stories_form(stories_corpus: StoriesCorpus, e5: Embedder) -> None:
    scores = _scores(stories_corpus, e5, StoryOptions(), _speakers(stories_corpus))
    print(
        f"\nstory_pair_f1 (e5 + gold speakers): mean {statistics.mean(scores):.3f} "
        f"min {min(scores):.3f} max {max(scores):.3f}"
    )
    assert statistics.mean(scores) >= 0.87


def test_every_article_lands_in_exactly_one_story(
    stories_corpus: StoriesCorpus, e5: Embedder
) -> None:
    clusterer = StoryClusterer(e5)
    for article in stories_corpus.articles.values():
        clusterer.add(article)
    placed = [a for story in clusterer.stories() for a in story.article_ids]
    assert sorted(placed) == sorted(stories_corpus.articles)


def test_each_large_story_is_mostly_one_gold_story(
    stories_corpus: StoriesCorpus, e5: Embedder
) -> None:
    clusterer = StoryClusterer(e5)
    for doc_id in sorted(stories_corpus.articles):
        clusterer.add(stories_corpus.articles[doc_id])
    large = [s for s in clusterer.stories() if len(s.article_ids) >= 5]
    assert len(large) >= 3
    for story in large:
        gold = Counter(stories_corpus.meta[a]["story"] for a in story.article_ids)
        assert gold.most_common(1)[0][1] / len(story.article_ids) >= 0.75, gold


@pytest.mark.slow
def test_use_and_character_baseline_do_worse_than_e5(
    stories_corpus: StoriesCorpus, use: Embedder, char_ngrams: Embedder
) -> None:
    use_scores = _scores(stories_corpus, use, USE_STORY_OPTIONS)
    char_scores = _scores(stories_corpus, char_ngrams, CHAR_STORY_OPTIONS)
    for name, scores in (("use", use_scores), ("char-ngrams", char_scores)):
        print(
            f"\nstory_pair_f1 ({name}): mean {statistics.mean(scores):.3f} "
            f"min {min(scores):.3f} max {max(scores):.3f}"
        )
    assert statistics.mean(use_scores) >= 0.7
