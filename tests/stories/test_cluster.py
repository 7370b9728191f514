"""Incremental story clustering: joining, starting, restoring, and inputs at the extremes."""

from __future__ import annotations

import hashlib
import time
import tracemalloc
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from claimtrail.model import Article, Attribution, Span, Statement, Story
from claimtrail.stories.cluster import USE_STORY_OPTIONS, StoryClusterer, StoryOptions
from claimtrail.stories.embed import Embedder

from .corpus import CountingEmbedder, NearbyVectors

DAY = datetime(2024, 2, 25, 12, tzinfo=UTC)
CLOT_EN = (
    "Ukraine's military intelligence chief Kyrylo Budanov said Alexei Navalny died of a blood "
    "clot, a natural death, rejecting claims that the Kremlin had him killed in prison."
)
CLOT_RU = (
    "Глава украинской военной разведки Кирилл Буданов заявил, что Алексей Навальный умер "
    "от оторвавшегося тромба, то есть естественной смертью."
)
FOOTBALL = (
    "The coach said his players must stay focused after the draw, and the club will appeal "
    "the red card shown in the second half of the league match."
)


def article(
    text: str,
    *,
    published: datetime | None = DAY,
    language: str = "en",
    duplicate_of: str | None = None,
    title: str | None = None,
) -> Article:
    digest = hashlib.sha256(text.encode()).hexdigest()
    return Article(
        id=digest[:12],
        text=text,
        content_hash=digest,
        origin="test",
        title=title,
        published=published,
        language=language,
        duplicate_of=duplicate_of,
    )


def test_first_article_starts_a_story_titled_by_its_first_line(e5: Embedder) -> None:
    clusterer = StoryClusterer(e5)
    first = article("Budanov: Navalny died of a blood clot\n\n" + CLOT_EN)
    story_id = clusterer.add(first)
    [story] = clusterer.stories()
    assert story == Story(story_id, "Budanov: Navalny died of a blood clot", (first.id,))


def test_a_translation_joins_the_story_of_its_original(e5: Embedder) -> None:
    clusterer = StoryClusterer(e5)
    english = clusterer.add(article(CLOT_EN))
    russian = clusterer.add(article(CLOT_RU, language="ru"))
    assert russian == english


def test_an_unrelated_article_starts_its_own_story(e5: Embedder) -> None:
    clusterer = StoryClusterer(e5)
    clot = clusterer.add(article(CLOT_EN))
    football = clusterer.add(article(FOOTBALL))
    assert football != clot
    assert len(clusterer.stories()) == 2


def test_the_same_story_a_year_later_starts_a_new_story(e5: Embedder) -> None:
    clusterer = StoryClusterer(e5)
    now = clusterer.add(article(CLOT_EN))
    later = clusterer.add(article(CLOT_RU, published=DAY + timedelta(days=365), language="ru"))
    assert later != now


def test_story_ids_never_change_as_articles_arrive(e5: Embedder) -> None:
    clusterer = StoryClusterer(e5)
    first = clusterer.add(article(CLOT_EN))
    clusterer.add(article(FOOTBALL))
    clusterer.add(article(CLOT_RU, language="ru"))
    assert clusterer.stories()[0].id == first
    assert clusterer.add(article(CLOT_EN)) == first  # an article seen before keeps its story


def test_a_near_duplicate_joins_its_originals_story_without_scoring(e5: Embedder) -> None:
    counting = CountingEmbedder(e5)
    clusterer = StoryClusterer(counting)
    original = article(CLOT_EN)
    story_id = clusterer.add(original)
    clusterer.add(article(FOOTBALL))
    copy = article(FOOTBALL + " Copied.", duplicate_of=original.id)
    assert clusterer.add(copy) == story_id


def test_known_stories_are_restored_and_new_articles_join_them(e5: Embedder) -> None:
    first = StoryClusterer(e5)
    english = article(CLOT_EN)
    story_id = first.add(english)
    restored = StoryClusterer(e5, stories=first.stories(), known=[english])
    assert restored.story_of(english.id) == story_id
    assert restored.add(article(CLOT_RU, language="ru")) == story_id
    assert [s.id for s in restored.stories()] == [story_id]


def test_speakers_of_statements_count_as_shared_terms(e5: Embedder) -> None:
    # two texts the embedding alone keeps apart join when the same person speaks in both
    options = StoryOptions(semantic_weight=0.5, join_threshold=0.62, entity_weight=3.0)
    text_a, text_b = "Officials met in the capital on Monday.", "A long session ended late."
    plain = StoryClusterer(e5, options)
    assert plain.add(article(text_a)) != plain.add(article(text_b))
    speaking = StoryClusterer(e5, options)
    statements = []
    for text in (text_a, text_b):
        item = article(text)
        attribution = Attribution(item.id, (), (), (Span(0, 5),), "indirect")
        statements.append((item, Statement(f"s-{item.id}", attribution, speaker_id="ent-1")))
    ids = {speaking.add(item, [statement]) for item, statement in statements}
    assert len(ids) == 1


def test_one_article_makes_one_story(small_char_ngrams: Embedder) -> None:
    clusterer = StoryClusterer(small_char_ngrams)
    clusterer.add(article("Only one article here."))
    assert len(clusterer.stories()) == 1


def test_five_thousand_articles_of_one_story_take_bounded_time_and_memory() -> None:
    base = "Budanov said Navalny died of a blood clot, a natural death, in the Arctic prison"
    options = StoryOptions(semantic_weight=1.0, join_threshold=0.5)
    # vectors near one direction: the figure measures the clusterer, not an embedder
    clusterer = StoryClusterer(NearbyVectors(), options)
    tracemalloc.start()
    start = time.perf_counter()
    for i in range(5000):
        clusterer.add(article(f"{base} (report {i}).", published=DAY + timedelta(hours=i % 48)))
    elapsed = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    [story] = clusterer.stories()
    assert len(story.article_ids) == 5000
    print(f"\n5,000 articles, one story: {elapsed:.1f}s, peak {peak / 2**20:.1f} MiB")
    assert elapsed < 120
    assert peak < 64 * 2**20  # the state is one vector sum and capped terms per story


def test_every_article_a_duplicate_of_one_other(small_char_ngrams: Embedder) -> None:
    clusterer = StoryClusterer(small_char_ngrams)
    pairs = []
    for i in range(50):
        original = article(f"Original report number {i} about event {i * 7919}.")
        copy = replace(article(f"Copy of report {i}."), duplicate_of=original.id)
        pairs.append((clusterer.add(original), clusterer.add(copy)))
    assert all(left == right for left, right in pairs)


def test_articles_with_no_statements_and_empty_text_are_clustered(
    small_char_ngrams: Embedder,
) -> None:
    clusterer = StoryClusterer(small_char_ngrams)
    for text in ("", " ", "Text."):
        clusterer.add(article(text, published=None))
    placed = [a for s in clusterer.stories() for a in s.article_ids]
    assert len(placed) == 3


def test_options_follow_the_embedders_model(use: Embedder, e5: Embedder) -> None:
    assert StoryClusterer(use).options == USE_STORY_OPTIONS
    assert StoryClusterer(e5).options == StoryOptions()
    assert StoryClusterer(NearbyVectors()).options == StoryOptions()  # unnamed: e5's
