"""said_on accuracy on the annotated stories corpus (../shared/data/stories), read in place.

Each gold statement becomes an Attribution built from its gold spans and is anchored with the
doc's gold publication date (None where the corpus has none) and language. Run with -s to see
the figures and the remaining errors by kind.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from claimtrail.model import Article, Attribution, Span, Statement
from claimtrail.temporal.anchor import Anchor, anchors
from claimtrail.temporal.story import story_dates


@dataclass(frozen=True, slots=True)
class Scored:
    statement: dict[str, Any]
    anchor: Anchor
    published: date | None

    @property
    def gold(self) -> date:
        return date.fromisoformat(self.statement["said_on"])

    @property
    def is_correct(self) -> bool:
        return self.anchor.said_on == self.gold

    def error_kind(self) -> str:
        a, gold_expr = self.anchor, self.statement["time_expr"]
        if a.said_on is None:
            if self.published is None and a.expression is None:
                return "no publication date, no time expression"
            if self.published is None:
                return "relative or year-less phrase, no publication date"
            return "expression found but unresolved"
        if a.basis == "publication":
            return "publication date used, statement made earlier (story chronology)"
        if gold_expr is None:
            return "dated by a phrase the gold does not tie to the statement"
        return "wrong phrase or wrong resolution"


@cache
def _scored(stories: Path) -> tuple[Scored, ...]:
    gold = json.loads((stories / "gold.json").read_text(encoding="utf-8"))
    meta = {}
    for line in (stories / "meta.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            meta[record["id"]] = record
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for statement in gold["statements"]:
        by_doc.setdefault(statement["doc"], []).append(statement)
    scored: list[Scored] = []
    for doc, statements in sorted(by_doc.items()):
        with (stories / "docs" / f"{doc}.txt").open(encoding="utf-8", newline="") as handle:
            text = handle.read()
        day = meta[doc]["published"]
        published = datetime.fromisoformat(day).replace(tzinfo=UTC) if day else None
        attributions = [_attribution(s) for s in statements]
        found = anchors(text, attributions, published, meta[doc]["language"])
        scored.extend(
            Scored(s, a, published.date() if published else None)
            for s, a in zip(statements, found, strict=True)
            if s["said_on"]
        )
    return tuple(scored)


def _attribution(statement: dict[str, Any]) -> Attribution:
    def spans(key: str) -> tuple[Span, ...]:
        record = statement[key]
        return (Span(record["start"], record["end"]),) if record else ()

    return Attribution(
        article_id=statement["doc"],
        source=spans("speaker_text"),
        cue=spans("cue"),
        content=spans("content"),
        kind=statement["quote_type"],
    )


def _accuracy(items: list[Scored]) -> float:
    return sum(s.is_correct for s in items) / len(items)


def _story_dated(items: tuple[Scored, ...]) -> list[Statement]:
    """The anchors re-dated across the gold same-statement clusters (i.e. perfect linking)."""
    statements = [
        Statement(
            id=s.statement["id"],
            attribution=_attribution(s.statement),
            said_on=s.anchor.said_on,
            said_on_basis=s.anchor.basis,
            group=s.statement["cluster"],
        )
        for s in items
    ]
    return story_dates(statements)


def _story_accuracy(items: tuple[Scored, ...]) -> tuple[float, float]:
    dated = _story_dated(items)
    correct = sum(d.said_on == s.gold for d, s in zip(dated, items, strict=True))
    covered = sum(d.said_on is not None for d in dated)
    return correct / len(items), covered / len(items)


def _report(items: list[Scored]) -> None:
    doc = [s for s in items if s.statement["said_on_basis"] == "doc"]
    story = [s for s in items if s.statement["said_on_basis"] == "story"]
    with_published = [s for s in items if s.published is not None]
    print(f"\nsaid_on over {len(items)} dated statements")
    print(f"  overall acc {_accuracy(items):.3f}, coverage "
          f"{sum(s.anchor.said_on is not None for s in items) / len(items):.3f}")  # fmt: skip
    print(f"  basis doc   acc {_accuracy(doc):.3f} ({len(doc)} statements)")
    print(f"  basis story acc {_accuracy(story):.3f} ({len(story)} statements)")
    print(f"  with a gold publication date: acc {_accuracy(with_published):.3f} "
          f"({len(with_published)} statements)")  # fmt: skip
    story_acc, story_cov = _story_accuracy(tuple(items))
    print(f"  then story_dates over gold clusters: acc {story_acc:.3f}, coverage {story_cov:.3f}")
    kinds = Counter(s.error_kind() for s in items if not s.is_correct)
    for kind, count in kinds.most_common():
        print(f"  error: {kind}: {count}")
    for s in items:
        if not s.is_correct and s.published is not None:
            print(f"    {s.statement['id']} gold {s.gold} got {s.anchor.said_on} "
                  f"({s.anchor.basis}) {s.anchor.reason}")  # fmt: skip


@pytest.fixture(scope="module")
def scored(shared_dir: Path) -> tuple[Scored, ...]:
    items = _scored(shared_dir / "data" / "stories")
    _report(list(items))
    return items


def test_statements_dated_by_their_own_doc_are_mostly_right(scored: tuple[Scored, ...]) -> None:
    doc = [s for s in scored if s.statement["said_on_basis"] == "doc"]
    assert _accuracy(doc) >= 0.8


def test_statements_with_a_publication_date_are_mostly_right(scored: tuple[Scored, ...]) -> None:
    with_published = [s for s in scored if s.published is not None]
    assert _accuracy(with_published) >= 0.8


def test_overall_accuracy_stays_above_its_floor(scored: tuple[Scored, ...]) -> None:
    # Most docs carry no gold publication date, so most "story" dates cannot come from the
    # doc alone; the floor is what the doc-level stage reaches, not the pipeline target.
    assert _accuracy(list(scored)) >= 0.27


def test_no_statement_is_dated_after_its_publication_day(scored: tuple[Scored, ...]) -> None:
    late = [
        s.statement["id"]
        for s in scored
        if s.published and s.anchor.said_on and (s.anchor.said_on - s.published).days > 1
    ]
    assert late == []


def test_every_undated_anchor_says_why(scored: tuple[Scored, ...]) -> None:
    assert all(s.anchor.reason for s in scored if s.anchor.said_on is None)


def test_story_dating_over_linked_reports_raises_accuracy(scored: tuple[Scored, ...]) -> None:
    accuracy, coverage = _story_accuracy(scored)
    assert accuracy >= 0.7
    assert coverage >= 0.75


def _story_dated_with_articles(items: tuple[Scored, ...], stories: Path) -> list[Statement]:
    """The anchors re-dated per gold story, given the story's articles (perfect clustering)."""
    gold = json.loads((stories / "gold.json").read_text(encoding="utf-8"))
    meta = {}
    for line in (stories / "meta.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            meta[record["id"]] = record
    story_of = {doc: s["id"] for s in gold["stories"] for doc in s["doc_ids"]}
    articles: dict[str, Article] = {}
    for doc, record in meta.items():
        text = (stories / "docs" / f"{doc}.txt").read_text(encoding="utf-8")
        day = record["published"]
        published = datetime.fromisoformat(day).replace(tzinfo=UTC) if day else None
        articles[doc] = Article(
            doc, text, doc, doc, published=published, language=record["language"]
        )
    by_story: dict[str, list[int]] = {}
    for n, s in enumerate(items):
        doc = s.statement["doc"]
        by_story.setdefault(story_of.get(doc, doc), []).append(n)
    dated: list[Statement | None] = [None] * len(items)
    for members in by_story.values():
        statements = [
            Statement(
                id=items[n].statement["id"],
                attribution=_attribution(items[n].statement),
                said_on=items[n].anchor.said_on,
                said_on_basis=items[n].anchor.basis,
                time_expression=items[n].anchor.expression,
                group=items[n].statement["cluster"],
            )
            for n in members
        ]
        docs = {items[n].statement["doc"] for n in members}
        story_articles = {doc: articles[doc] for doc in docs}
        for n, statement in zip(members, story_dates(statements, story_articles), strict=True):
            dated[n] = statement
    return [d for d in dated if d is not None]


def test_story_dating_with_the_storys_articles_dates_reports_without_a_publication_date(
    scored: tuple[Scored, ...], shared_dir: Path
) -> None:
    dated = _story_dated_with_articles(scored, shared_dir / "data" / "stories")
    correct = sum(d.said_on == s.gold for d, s in zip(dated, scored, strict=True))
    covered = sum(d.said_on is not None for d in dated)
    print(f"  story_dates with articles: acc {correct / len(dated):.3f}, "
          f"coverage {covered / len(dated):.3f}")  # fmt: skip
    # Measured on gold spans and gold clusters: acc 0.895, coverage 0.983 (0.736 / 0.797
    # without the articles).
    assert correct / len(dated) >= 0.88
    assert covered / len(dated) >= 0.97
