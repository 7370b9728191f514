"""Duplicate links through the store: each new article to the stored article it copies.

Exact copies are found by the content-hash index and near copies by the MinHash buckets the
store keeps (store/signatures.py, built from ingest/dedup.py), so nothing is held in memory and
start-up and each lookup cost the same whatever the store holds. Arrival (ingest) order decides
the original, and a copy of a copy links to the first original.
"""

from __future__ import annotations

from dataclasses import replace

from claimtrail.ingest.dedup import band_shape, buckets, similarity, text_signature
from claimtrail.model import Article
from claimtrail.store import signatures
from claimtrail.store.base import Store
from claimtrail.store.signatures import Signed


class StoredDuplicates:
    """Links new articles to the stored articles they copy; records each stored one."""

    def __init__(self, store: Store, threshold: float = 0.8, num_perm: int = 128) -> None:
        self.store = store
        self.threshold = threshold
        self.num_perm = num_perm
        self.bands, self.rows = band_shape(threshold, num_perm)
        # the last linked text's signature, so recording it once stored costs nothing
        self._last: tuple[str, str] | None = None
        # articles stored before the signatures existed, or by a run killed between an
        # article's transaction and its signature's: signed once, then never again
        for article in signatures.unsigned(store):
            self.record(article)

    def link(self, article: Article, signature: str | None = None) -> Article:
        """The article with `duplicate_of`/`duplicate_similarity` set if it copies a stored one.

        `signature` is the text's `text_signature` when a worker made it (else made here). An
        article that already carries a link keeps it.
        """
        if article.duplicate_of:
            return article
        exact = self.store.find_by_hash(article.content_hash)
        if exact is not None:
            return replace(article, duplicate_of=self._original(exact), duplicate_similarity=1.0)
        mine = self._signature(article, signature)
        if not mine:
            return article
        found = signatures.candidates(self.store, buckets(mine, self.bands, self.rows))
        close = {c.article_id: (c, similarity(mine, c.signature)) for c in found}
        close = {k: v for k, v in close.items() if v[1] >= self.threshold}
        if not close:
            return article
        originals = [c for c, _ in close.values() if self._is_original(c)]
        if originals:
            first = min(originals, key=lambda c: (c.seq, c.article_id))
            original, score = first.article_id, close[first.article_id][1]
        else:
            best, score = max(close.values(), key=lambda v: (v[1], -v[0].seq))
            original = self._original(best.article_id)
            root = signatures.signed(self.store, [original])
            if root and root[0].signature:
                score = similarity(mine, root[0].signature)
        return replace(article, duplicate_of=original, duplicate_similarity=float(score))

    def record(self, article: Article, signature: str | None = None) -> None:
        """Sign a stored article, so later ones can be linked to it."""
        mine = self._signature(article, signature)
        signatures.write(self.store, article.id, mine, buckets(mine, self.bands, self.rows))

    def _signature(self, article: Article, given: str | None) -> str:
        if given is not None:
            return given
        if self._last is None or self._last[0] != article.content_hash:
            self._last = (article.content_hash, text_signature(article.text, self.num_perm))
        return self._last[1]

    def _is_original(self, item: Signed) -> bool:
        return item.duplicate_of is None or self.store.article_hash(item.duplicate_of) is None

    def _original(self, article_id: str) -> str:
        """The original a stored article copies (itself when it copies nothing stored)."""
        found = signatures.signed(self.store, [article_id])
        if not found or self._is_original(found[0]):
            return article_id
        return str(found[0].duplicate_of)
