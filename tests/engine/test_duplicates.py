"""Duplicate links found through the store agree with the in-memory index, and survive runs."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from claimtrail.engine.duplicates import StoredDuplicates
from claimtrail.ingest.dedup import DuplicateIndex, text_signature
from claimtrail.model import Article, RawDocument
from claimtrail.pipeline import Analyzer, ArticleResult, PipelineOptions
from claimtrail.store import open_store, signatures
from claimtrail.store.base import Store
from ingest.test_dedup import OTHER, STORY  # the tests dir is on sys.path (rootdir)

Add = Callable[[Article], Article]


def _article(article_id: str, text: str) -> Article:
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Article(id=article_id, text=text, content_hash=digest, origin=article_id)


def _stored_add(store: Store, duplicates: StoredDuplicates) -> Add:
    """What Corpus.admit does: link, store, then sign."""

    def add(article: Article) -> Article:
        linked = duplicates.link(article)
        if store.write_article(linked):
            duplicates.record(linked)
        return linked

    return add


@pytest.fixture(params=["memory", "store"])
def add(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Add]:
    if request.param == "memory":
        yield DuplicateIndex().add
        return
    with open_store(f"sqlite:///{tmp_path / 'dups.db'}") as store:
        yield _stored_add(store, StoredDuplicates(store))


def test_exact_copy_links_to_the_first_article(add: Add) -> None:
    assert add(_article("a", STORY)).duplicate_of is None
    copy = add(_article("b", STORY))
    assert (copy.duplicate_of, copy.duplicate_similarity) == ("a", 1.0)


def test_aggregator_copy_links_and_a_different_article_does_not(add: Add) -> None:
    add(_article("original", STORY))
    copy = add(_article("aggregator", f"World News | Breaking\n{STORY}\nShare this story!"))
    assert copy.duplicate_of == "original"
    assert copy.duplicate_similarity is not None
    assert 0.8 <= copy.duplicate_similarity < 1.0
    assert add(_article("other", OTHER)).duplicate_of is None


def test_copy_of_a_copy_points_at_the_original(add: Add) -> None:
    add(_article("a", STORY))
    add(_article("b", f"Header one\n{STORY}"))
    assert add(_article("c", f"{STORY}\nFooter two")).duplicate_of == "a"


def test_empty_text_is_never_a_near_copy(add: Add) -> None:
    add(_article("a", ""))
    assert add(_article("b", STORY)).duplicate_of is None


def test_a_later_run_links_to_articles_stored_by_an_earlier_one(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'runs.db'}"
    with open_store(url) as store:
        _stored_add(store, StoredDuplicates(store))(_article("a", STORY))
    with open_store(url) as store:
        copy = _stored_add(store, StoredDuplicates(store))(_article("b", f"Header\n{STORY}"))
    assert copy.duplicate_of == "a"


def test_articles_stored_without_a_signature_are_signed_when_a_run_starts(
    tmp_path: Path,
) -> None:
    # as after a crash between an article's transaction and its signature's, or an old store
    with open_store(f"sqlite:///{tmp_path / 'old.db'}") as store:
        store.write_article(_article("a", STORY))
        store.write_article(replace(_article("b", OTHER)))
        assert [a.id for a in signatures.unsigned(store)] == ["a", "b"]
        duplicates = StoredDuplicates(store)
        assert list(signatures.unsigned(store)) == []
        copy = duplicates.link(_article("c", f"{STORY}\nFooter"))
    assert copy.duplicate_of == "a"


def test_signing_twice_changes_nothing(tmp_path: Path) -> None:
    with open_store(f"sqlite:///{tmp_path / 'twice.db'}") as store:
        store.write_article(_article("a", STORY))
        duplicates = StoredDuplicates(store)
        duplicates.record(_article("a", STORY))
        (found,) = signatures.signed(store, ["a"])
        assert found.signature
        rows = store._read("test", "SELECT COUNT(*) FROM article_buckets")  # type: ignore[attr-defined]
        assert rows[0][0] == duplicates.bands


def test_workers_sign_the_cleaned_text_and_the_driver_uses_their_signature(
    tmp_path: Path,
) -> None:
    raw = RawDocument(id="w", body=STORY, origin="w.txt", format="text")
    (result,) = Analyzer(PipelineOptions(is_extracting=False)).analyse([raw])
    assert isinstance(result, ArticleResult)
    assert result.signature == text_signature(result.article.text) != ""
    with open_store(f"sqlite:///{tmp_path / 'w.db'}") as store:
        duplicates = StoredDuplicates(store)
        store.write_article(result.article)
        duplicates.record(result.article, result.signature)
        (found,) = signatures.signed(store, ["w"])
        assert found.signature == result.signature
        copy = duplicates.link(_article("x", f"{result.article.text}\nFooter"))
    assert copy.duplicate_of == "w"
