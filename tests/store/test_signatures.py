"""MinHash signatures and LSH buckets in the store find near copies, on both back ends."""

from __future__ import annotations

from claimtrail.engine.duplicates import StoredDuplicates
from claimtrail.store import Store, signatures

from .samples import TEXT, article


def test_a_near_copy_is_linked_through_the_stored_buckets(store: Store) -> None:
    original = article("a1", text=TEXT * 3)
    duplicates = StoredDuplicates(store)
    assert duplicates.link(original).duplicate_of is None
    store.write_article(original)
    duplicates.record(original)
    copy = article("a2", text=f"Agency header\n{TEXT * 3}")
    linked = duplicates.link(copy)
    assert linked.duplicate_of == "a1"
    assert linked.duplicate_similarity is not None
    assert 0.8 <= linked.duplicate_similarity < 1.0
    (found,) = signatures.signed(store, ["a1"])
    assert found.signature
    assert found.duplicate_of is None


def test_unsigned_articles_are_signed_once_when_a_run_starts(store: Store) -> None:
    store.write_article(article("a1"))
    assert [a.id for a in signatures.unsigned(store)] == ["a1"]
    StoredDuplicates(store)
    StoredDuplicates(store)
    assert list(signatures.unsigned(store)) == []
    assert len(signatures.signed(store, ["a1"])) == 1
