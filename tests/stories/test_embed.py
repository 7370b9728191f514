"""The embedders: unit rows, one per text, and what each model makes of a translation."""

from __future__ import annotations

import time

import numpy as np
import pytest

from claimtrail.errors import ModelError
from claimtrail.stories.embed import CachingEmbedder, CharNgramEmbedder, Embedder, load_embedder

from .corpus import CountingEmbedder, StoriesCorpus

QUOTE_EN = "For today, Bakhmut is only in our hearts, the president said."
QUOTE_DE = "Für heute ist Bachmut nur in unseren Herzen, sagte der Präsident."
UNRELATED = "The central bank raised interest rates by a quarter of a point."


@pytest.mark.parametrize("name", ["e5", "use", "char_ngrams"])
def test_embedder_returns_one_unit_float32_row_per_text(
    name: str, request: pytest.FixtureRequest
) -> None:
    embedder: Embedder = request.getfixturevalue(name)
    vectors = embedder.embed([QUOTE_EN, QUOTE_DE, UNRELATED, ""])
    assert vectors.dtype == np.float32
    assert vectors.shape[0] == 4
    assert np.allclose(np.linalg.norm(vectors[:3], axis=1), 1.0, atol=1e-4)


@pytest.mark.parametrize("name", ["e5", "use"])
def test_translation_is_closer_than_an_unrelated_sentence(
    name: str, request: pytest.FixtureRequest
) -> None:
    embedder: Embedder = request.getfixturevalue(name)
    english, german, unrelated = embedder.embed([QUOTE_EN, QUOTE_DE, UNRELATED])
    assert float(english @ german) > float(english @ unrelated) + 0.05


@pytest.mark.parametrize("name", ["e5", "use", "char_ngrams"])
def test_empty_batch_gives_an_empty_matrix(name: str, request: pytest.FixtureRequest) -> None:
    embedder: Embedder = request.getfixturevalue(name)
    assert embedder.embed([]).shape[0] == 0


def test_caching_embedder_embeds_each_distinct_text_once() -> None:
    counting = CountingEmbedder(CharNgramEmbedder(dim=256))
    cached = CachingEmbedder(counting)
    first = cached.embed(["a text", "another text", "a text"])
    second = cached.embed(["another text"])
    assert counting.calls == [2]
    assert np.array_equal(first[1], second[0])
    assert np.array_equal(first[0], first[2])


def test_caching_embedder_forgets_the_oldest_text_beyond_its_size() -> None:
    counting = CountingEmbedder(CharNgramEmbedder(dim=64))
    cached = CachingEmbedder(counting, max_items=2)
    cached.embed(["one"])
    cached.embed(["two"])
    cached.embed(["three"])
    cached.embed(["one"])
    assert counting.calls == [1, 1, 1, 1]


def test_unknown_embedder_name_is_a_model_error() -> None:
    with pytest.raises(ModelError, match="unknown embedder"):
        load_embedder("no-such-model")


def test_speed_of_each_embedder_on_gold_statements(
    stories_corpus: StoriesCorpus, use: Embedder, char_ngrams: Embedder
) -> None:
    # fresh, uncached instances: the figure is the model's, not the cache's
    texts = [s["content"]["text"] for s in stories_corpus.gold["statements"]][:120]
    rates = {}
    for name in ("e5-small", "use-multilingual", "char-ngrams"):
        embedder = load_embedder(name)
        embedder.embed(["warm up"])
        start = time.perf_counter()
        embedder.embed(texts)
        rates[name] = len(texts) / (time.perf_counter() - start)
    print("\nsentences/s on this CPU:", {k: round(v) for k, v in rates.items()})
    assert all(rate > 1 for rate in rates.values())


@pytest.mark.parametrize("name", ["e5", "use", "char_ngrams"])
def test_odd_texts_still_give_unit_rows_quickly(name: str, request: pytest.FixtureRequest) -> None:
    embedder: Embedder = request.getfixturevalue(name)
    odd = ["word " * 20_000, "\x00abc", "\ud800 lone surrogate", "🙂" * 50, "", "   "]
    start = time.perf_counter()
    vectors = embedder.embed(odd)
    assert time.perf_counter() - start < 30  # long texts are cut, not read whole
    assert vectors.shape[0] == len(odd)
    assert np.isfinite(vectors).all()
