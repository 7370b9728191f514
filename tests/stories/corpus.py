"""Test helpers: the stories corpus as the pipeline would read it, and a counting embedder."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from claimtrail import clean
from claimtrail.model import Article, RawDocument
from claimtrail.stories.embed import Embedder

# publication dates are bounded by this instead of the clock, so the test is reproducible
NOW = datetime(2026, 1, 1, tzinfo=UTC)


class CountingEmbedder:
    """A real embedder that also records how many texts it was asked to embed."""

    def __init__(self, inner: Embedder) -> None:
        self.inner = inner
        self.calls: list[int] = []

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        self.calls.append(len(texts))
        return self.inner.embed(texts)


class NearbyVectors:
    """Unit vectors close to one direction, a little apart per text: cheap, for scale tests."""

    def __init__(self, dim: int = 384, spread: float = 0.2) -> None:
        self.dim = dim
        self.spread = spread
        self.base = np.ones(dim, dtype=np.float32) / np.sqrt(dim)

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        rows = []
        for text in texts:
            seed = int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "big")
            noise = np.random.default_rng(seed).standard_normal(self.dim).astype(np.float32)
            row = self.base + self.spread * noise / np.linalg.norm(noise)
            rows.append(row / np.linalg.norm(row))
        return np.stack(rows) if rows else np.zeros((0, self.dim), dtype=np.float32)


@dataclass(frozen=True, slots=True)
class StoriesCorpus:
    """../shared/data/stories: cleaned articles (dates as the pipeline finds them) and gold."""

    articles: dict[str, Article]
    meta: dict[str, dict[str, Any]]
    gold: dict[str, Any]
    docs: dict[str, str]  # the raw text the gold offsets index


def load_stories_corpus(root: Path) -> StoriesCorpus:
    """Cleaned articles (dates as the pipeline finds them), meta, gold and raw docs."""
    lines = (root / "meta.jsonl").read_text(encoding="utf-8").splitlines()
    meta = {m["id"]: m for m in (json.loads(x) for x in lines if x.strip())}
    articles: dict[str, Article] = {}
    docs: dict[str, str] = {}
    for doc_id, record in meta.items():
        path = root / "docs" / f"{doc_id}.txt"
        with path.open(encoding="utf-8", newline="") as handle:
            docs[doc_id] = handle.read()
        # what an input file gives the pipeline: the text, its URL and outlet, no gold date
        raw = RawDocument(
            id=doc_id,
            body=docs[doc_id],
            origin=str(path),
            format="text",
            url=record.get("url"),
            outlet=record.get("outlet"),
        )
        articles[doc_id] = clean.article(raw, now=NOW)
    gold = json.loads((root / "gold.json").read_text(encoding="utf-8"))
    return StoriesCorpus(articles, meta, gold, docs)
