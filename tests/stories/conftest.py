"""Fixtures for the story tests: the embedders (loaded once per session) and the corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimtrail.stories.embed import (
    BASELINE_MODEL,
    E5_MODEL,
    USE_MODEL,
    CharNgramEmbedder,
    Embedder,
    load_embedder,
)

from .corpus import StoriesCorpus, load_stories_corpus


@pytest.fixture(scope="session")
def e5() -> Embedder:
    return load_embedder(E5_MODEL)


@pytest.fixture(scope="session")
def use() -> Embedder:
    return load_embedder(USE_MODEL)


@pytest.fixture(scope="session")
def char_ngrams() -> Embedder:
    return load_embedder(BASELINE_MODEL)


@pytest.fixture
def small_char_ngrams() -> Embedder:
    """The baseline with few dimensions: enough for thousands of texts in a unit test."""
    return CharNgramEmbedder(dim=512)


@pytest.fixture(scope="session")
def stories_corpus(shared_dir: Path) -> StoriesCorpus:
    return load_stories_corpus(shared_dir / "data" / "stories")
