"""Link each article to the earlier article it copies, exactly or nearly.

Exact copies share a content hash; near copies (an aggregator's copy with its own header and
footer) share most 5-word shingles, found with MinHash LSH (datasketch). Arrival order decides
which article is the original.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import replace

import numpy as np
from datasketch import MinHash, MinHashLSH

from claimtrail.model import Article

SHINGLE_WORDS = 5
# Ideographs and kana carry no spaces: each one counts as a word.
_WORDS = re.compile(
    r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]|[^\W_\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]+"
)
# A fixed seed keeps signatures comparable across runs and processes.
_SEED = 1


def shingles(text: str) -> set[str]:
    """The 5-word shingles of the casefolded text (one shingle when it is shorter)."""
    words = _WORDS.findall(text.casefold())
    if len(words) <= SHINGLE_WORDS:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}


def signature(text: str, num_perm: int = 128) -> MinHash | None:
    """The MinHash of the text's shingles; None for a text with no words."""
    found = shingles(text)
    if not found:
        return None
    minhash = MinHash(num_perm=num_perm, seed=_SEED)
    minhash.update_batch([shingle.encode("utf-8") for shingle in found])
    return minhash


def text_signature(text: str, num_perm: int = 128) -> str:
    """The text's MinHash as hex, to store or send between processes; '' with no words."""
    minhash = signature(text, num_perm)
    return "" if minhash is None else np.asarray(minhash.hashvalues, dtype="<u8").tobytes().hex()


def band_shape(threshold: float, num_perm: int) -> tuple[int, int]:
    """Bands and rows per band that datasketch picks for this threshold (same candidates)."""
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    return int(lsh.b), int(lsh.r)


def buckets(encoded: str, bands: int, rows: int) -> list[tuple[int, str]]:
    """One (band, bucket) key per band of a `text_signature`: texts sharing any key are
    candidate copies."""
    if not encoded:
        return []
    values = np.frombuffer(bytes.fromhex(encoded), dtype="<u8")
    return [
        (
            band,
            hashlib.blake2b(
                values[band * rows : (band + 1) * rows].tobytes(), digest_size=8
            ).hexdigest(),
        )
        for band in range(bands)
    ]


def similarity(a: str, b: str) -> float:
    """The Jaccard estimate of two `text_signature`s of one length (0 if either is '')."""
    if not a or not b or len(a) != len(b):
        return 0.0
    left = np.frombuffer(bytes.fromhex(a), dtype="<u8")
    right = np.frombuffer(bytes.fromhex(b), dtype="<u8")
    return float(np.count_nonzero(left == right)) / len(left)


class DuplicateIndex:
    """Articles seen so far, by content hash and by MinHash signature."""

    def __init__(self, threshold: float = 0.8, num_perm: int = 128) -> None:
        self.threshold = threshold
        self.num_perm = num_perm
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._signatures: dict[str, MinHash] = {}
        self._by_hash: dict[str, str] = {}
        self._order: dict[str, int] = {}
        self._linked: dict[str, Article] = {}

    @classmethod
    def from_articles(
        cls, articles: Iterable[Article], threshold: float = 0.8, num_perm: int = 128
    ) -> DuplicateIndex:
        """An index holding `articles`, added in the order given."""
        index = cls(threshold=threshold, num_perm=num_perm)
        for article in articles:
            index.add(article)
        return index

    @property
    def articles(self) -> tuple[Article, ...]:
        """Every article added, in arrival order, with its duplicate link filled in."""
        return tuple(self._linked.values())

    def add(self, article: Article) -> Article:
        """The article, with `duplicate_of`/`duplicate_similarity` set if it copies an earlier one.

        An article that already carries a link (reloaded from the store) keeps it. Adding the
        same id again returns the link found the first time.
        """
        known = self._linked.get(article.id)
        if known is not None:
            return replace(
                article,
                duplicate_of=known.duplicate_of,
                duplicate_similarity=known.duplicate_similarity,
            )
        signature = self._signature(article.text)
        linked = article if article.duplicate_of else self._link(article, signature)
        self._order[article.id] = len(self._order)
        self._linked[article.id] = linked
        self._by_hash.setdefault(article.content_hash, article.id)
        if signature is not None:
            self._signatures[article.id] = signature
            self._lsh.insert(article.id, signature)
        return linked

    def _signature(self, text: str) -> MinHash | None:
        return signature(text, self.num_perm)

    def _original(self, article_id: str) -> str:
        linked = self._linked[article_id]
        return linked.duplicate_of if linked.duplicate_of in self._linked else article_id

    def _link(self, article: Article, signature: MinHash | None) -> Article:
        exact = self._by_hash.get(article.content_hash)
        if exact is not None:
            return replace(article, duplicate_of=self._original(exact), duplicate_similarity=1.0)
        if signature is None:
            return article
        similar = {
            key: signature.jaccard(self._signatures[key]) for key in self._lsh.query(signature)
        }
        similar = {key: value for key, value in similar.items() if value >= self.threshold}
        if not similar:
            return article
        originals = [key for key in similar if self._original(key) == key]
        if originals:
            original = min(originals, key=self._order.__getitem__)
            similarity = similar[original]
        else:
            best = max(similar, key=similar.__getitem__)
            original = self._original(best)
            root = self._signatures.get(original)
            similarity = signature.jaccard(root) if root is not None else similar[best]
        return replace(article, duplicate_of=original, duplicate_similarity=float(similarity))
