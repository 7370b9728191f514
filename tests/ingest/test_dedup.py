"""Exact and near-duplicate links between articles."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from claimtrail.clean import article
from claimtrail.ingest.dedup import DuplicateIndex, shingles
from claimtrail.model import Article, RawDocument

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


def _article(article_id: str, text: str) -> Article:
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Article(id=article_id, text=text, content_hash=digest, origin=article_id)


def test_shingles_are_five_casefolded_words() -> None:
    assert shingles("One two Three four five six") == {
        "one two three four five",
        "two three four five six",
    }
    assert shingles("Short text") == {"short text"}
    assert shingles("  ") == set()


def test_exact_copy_is_linked_to_the_first_article() -> None:
    index = DuplicateIndex()
    first = index.add(_article("a", STORY))
    copy = index.add(_article("b", STORY))
    assert first.duplicate_of is None
    assert (copy.duplicate_of, copy.duplicate_similarity) == ("a", 1.0)


def test_aggregator_copy_with_its_own_header_and_footer_is_linked() -> None:
    index = DuplicateIndex()
    index.add(_article("original", STORY))
    copy = f"World News Today | Breaking\n{STORY}\nShare this story with your friends and family!"
    found = index.add(_article("aggregator", copy))
    assert found.duplicate_of == "original"
    assert found.duplicate_similarity is not None
    assert 0.8 <= found.duplicate_similarity < 1.0


def test_different_articles_are_not_linked() -> None:
    index = DuplicateIndex()
    index.add(_article("a", STORY))
    assert index.add(_article("b", OTHER)).duplicate_of is None


def test_same_story_retold_in_other_words_is_not_a_copy() -> None:
    index = DuplicateIndex()
    index.add(_article("a", STORY))
    retold = STORY.replace("said", "stated").replace("city", "town").replace("the", "a")
    assert index.add(_article("b", retold)).duplicate_of is None


def test_order_of_arrival_decides_the_original() -> None:
    copy = f"Aggregator header\n{STORY}\nAggregator footer"
    forward = DuplicateIndex.from_articles([_article("a", STORY), _article("b", copy)])
    backward = DuplicateIndex.from_articles([_article("b", copy), _article("a", STORY)])
    assert [x.duplicate_of for x in forward.articles] == [None, "a"]
    assert [x.duplicate_of for x in backward.articles] == [None, "b"]


def test_copy_of_a_copy_points_at_the_original() -> None:
    index = DuplicateIndex()
    index.add(_article("a", STORY))
    index.add(_article("b", f"Header one\n{STORY}"))
    third = index.add(_article("c", f"{STORY}\nFooter two"))
    assert third.duplicate_of == "a"


def test_adding_the_same_article_twice_keeps_its_first_link() -> None:
    index = DuplicateIndex()
    index.add(_article("a", STORY))
    first = index.add(_article("b", STORY))
    again = index.add(_article("b", STORY))
    assert again.duplicate_of == first.duplicate_of == "a"
    assert len(index.articles) == 2


def test_article_reloaded_with_a_link_keeps_it() -> None:
    linked = replace(_article("b", OTHER), duplicate_of="z", duplicate_similarity=0.9)
    assert DuplicateIndex().add(linked).duplicate_of == "z"


def test_empty_text_is_never_a_near_copy() -> None:
    index = DuplicateIndex()
    index.add(_article("a", ""))
    assert index.add(_article("b", STORY)).duplicate_of is None


def test_stories_docs_are_not_linked_to_other_docs(shared_dir: Path) -> None:
    # The aggregator docs there are machine translations, not near copies: expect no links.
    now = datetime(2025, 1, 1, tzinfo=UTC)
    docs = sorted((shared_dir / "data/stories/docs").glob("*.txt"))
    raws = [
        RawDocument(id=d.stem, body=d.read_text(encoding="utf-8"), origin=str(d), format="text")
        for d in docs
    ]
    index = DuplicateIndex.from_articles(article(raw, now) for raw in raws)
    links = [(a.id, a.duplicate_of) for a in index.articles if a.duplicate_of]
    assert len(index.articles) == 58
    assert links == []
