"""Exact and near-duplicate links found through the store, and kept across runs."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from claimtrail.clean import article
from claimtrail.engine.duplicates import StoredDuplicates
from claimtrail.ingest.dedup import text_signature
from claimtrail.model import Article, RawDocument
from claimtrail.pipeline import Analyzer, ArticleResult, PipelineOptions
from claimtrail.store import open_store, signatures
from claimtrail.store.base import Store

STORY = (
    "Ukraine said on Sunday it was still fighting for control of the eastern city of Bakhmut "
    "after President Volodymyr Zelenskyy said earlier that the city remained only in our hearts. "
    "Asked before a meeting with US President Joe Biden in Japan whether the city was still in "
    "Ukrainian hands after the Russians said they had completely captured it, Zelenskyy told "
    "reporters that he thought not. He added that for today Bakhmut is only in our hearts and "
    "that there is nothing on this place, just ground and a lot of dead Russians. Later his press "
    "secretary said the president had been answering a different part of the question, and that "
    "he had denied the capture of the city rather than confirmed it. Deputy Defence Minister "
    "Hanna Malyar said Ukrainian troops held some industrial and infrastructure facilities in "
    "the area and the private sector, while acknowledging that the situation was critical."
)
OTHER = (
    "Russia's central bank will be ready to raise the key interest rate again if there are no "
    "signs that inflation is slowing down, the bank's deputy governor said on Thursday. During "
    "recent meetings the bank raised the key rate by tangible steps, and over the past period "
    "it raised the rate by seven and a half percentage points to fifteen percent per annum. "
    "Back then the bank also raised its inflation forecast for the coming year."
)

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


def _links_in_arrival_order(
    path: Path, articles: Iterable[Article], threshold: float = 0.8
) -> list[str | None]:
    """The duplicate links of articles added one by one to a new SQLite store."""
    with open_store(f"sqlite:///{path}") as store:
        add = _stored_add(store, StoredDuplicates(store, threshold=threshold))
        return [add(a).duplicate_of for a in articles]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(f"sqlite:///{tmp_path / 'dups.db'}") as opened:
        yield opened


@pytest.fixture
def add(store: Store) -> Add:
    return _stored_add(store, StoredDuplicates(store))


def test_exact_copy_links_to_the_first_article(add: Add) -> None:
    assert add(_article("a", STORY)).duplicate_of is None
    copy = add(_article("b", STORY))
    assert (copy.duplicate_of, copy.duplicate_similarity) == ("a", 1.0)


def test_aggregator_copy_with_its_own_header_and_footer_is_linked(add: Add) -> None:
    add(_article("original", STORY))
    copy = f"World News Today | Breaking\n{STORY}\nShare this story with your friends and family!"
    found = add(_article("aggregator", copy))
    assert found.duplicate_of == "original"
    assert found.duplicate_similarity is not None
    assert 0.8 <= found.duplicate_similarity < 1.0


def test_different_articles_are_not_linked(add: Add) -> None:
    add(_article("a", STORY))
    assert add(_article("b", OTHER)).duplicate_of is None


def test_same_story_retold_in_other_words_is_not_a_copy(add: Add) -> None:
    add(_article("a", STORY))
    retold = STORY.replace("said", "stated").replace("city", "town").replace("the", "a")
    assert add(_article("b", retold)).duplicate_of is None


def test_the_threshold_decides_how_near_a_copy_must_be(tmp_path: Path) -> None:
    # padded with another article, the copy keeps about 60% of the shingles; at 0.4 the LSH
    # bands find a pair that similar with a probability of 0.99
    padded = [_article("a", STORY), _article("b", f"{STORY}\n{OTHER}")]
    assert _links_in_arrival_order(tmp_path / "strict.db", padded) == [None, None]
    assert _links_in_arrival_order(tmp_path / "loose.db", padded, threshold=0.4) == [None, "a"]


def test_order_of_arrival_decides_the_original(tmp_path: Path) -> None:
    original, copy = _article("a", STORY), _article("b", f"Aggregator header\n{STORY}\nFooter")
    assert _links_in_arrival_order(tmp_path / "forward.db", [original, copy]) == [None, "a"]
    assert _links_in_arrival_order(tmp_path / "backward.db", [copy, original]) == [None, "b"]


def test_copy_of_a_copy_points_at_the_original(add: Add) -> None:
    add(_article("a", STORY))
    add(_article("b", f"Header one\n{STORY}"))
    assert add(_article("c", f"{STORY}\nFooter two")).duplicate_of == "a"


def test_adding_the_same_article_twice_keeps_its_first_link(store: Store, add: Add) -> None:
    add(_article("a", STORY))
    first = add(_article("b", STORY))
    again = add(_article("b", STORY))
    assert again.duplicate_of == first.duplicate_of == "a"
    assert store.stats()["articles"] == 2


def test_article_reloaded_with_a_link_keeps_it(add: Add) -> None:
    linked = replace(_article("b", OTHER), duplicate_of="z", duplicate_similarity=0.9)
    assert add(linked).duplicate_of == "z"


def test_empty_text_is_never_a_near_copy(add: Add) -> None:
    add(_article("a", ""))
    assert add(_article("b", STORY)).duplicate_of is None


def test_stories_docs_are_not_linked_to_other_docs(shared_dir: Path, tmp_path: Path) -> None:
    # The aggregator docs there are machine translations, not near copies: expect no links.
    now = datetime(2025, 1, 1, tzinfo=UTC)
    docs = sorted((shared_dir / "data/stories/docs").glob("*.txt"))
    raws = [
        RawDocument(id=d.stem, body=d.read_text(encoding="utf-8"), origin=str(d), format="text")
        for d in docs
    ]
    links = _links_in_arrival_order(tmp_path / "stories.db", (article(raw, now) for raw in raws))
    assert len(links) == 58
    assert [link for link in links if link] == []


def test_a_later_run_links_to_articles_stored_by_an_earlier_one(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'runs.db'}"
    with open_store(url) as store:
        _stored_add(store, StoredDuplicates(store))(_article("a", STORY))
    with open_store(url) as store:
        copy = _stored_add(store, StoredDuplicates(store))(_article("b", f"Header\n{STORY}"))
    assert copy.duplicate_of == "a"


def test_articles_stored_without_a_signature_are_signed_when_a_run_starts(store: Store) -> None:
    # as after a crash between an article's transaction and its signature's, or an old store
    store.write_article(_article("a", STORY))
    store.write_article(_article("b", OTHER))
    assert [a.id for a in signatures.unsigned(store)] == ["a", "b"]
    duplicates = StoredDuplicates(store)
    assert list(signatures.unsigned(store)) == []
    assert duplicates.link(_article("c", f"{STORY}\nFooter")).duplicate_of == "a"


def test_signing_twice_changes_nothing(store: Store) -> None:
    store.write_article(_article("a", STORY))
    duplicates = StoredDuplicates(store)
    duplicates.record(_article("a", STORY))
    (found,) = signatures.signed(store, ["a"])
    assert found.signature
    rows = store._read("test", "SELECT COUNT(*) FROM article_buckets")  # type: ignore[attr-defined]
    assert rows[0][0] == duplicates.bands


def test_workers_sign_the_cleaned_text_and_the_driver_uses_their_signature(
    store: Store,
) -> None:
    raw = RawDocument(id="w", body=STORY, origin="w.txt", format="text")
    (result,) = Analyzer(PipelineOptions(is_extracting=False)).analyse([raw])
    assert isinstance(result, ArticleResult)
    assert result.signature == text_signature(result.article.text) != ""
    duplicates = StoredDuplicates(store)
    store.write_article(result.article)
    duplicates.record(result.article, result.signature)
    (found,) = signatures.signed(store, ["w"])
    assert found.signature == result.signature
    copy = duplicates.link(_article("x", f"{result.article.text}\nFooter"))
    assert copy.duplicate_of == "w"
