"""MinHash signatures and LSH buckets of article texts, to find near copies.

Near copies (an aggregator's copy with its own header and footer) share most 5-word shingles.
engine/duplicates.py links them through the store's buckets; exact copies share a content hash.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np
from datasketch import MinHash, MinHashLSH

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
