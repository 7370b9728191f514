"""Small hand-written stories for the detector tests: articles, statements located by text."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from claimtrail.discrepancies import DiscrepancyInput
from claimtrail.model import Article, Attribution, DateBasis, Entity, Span, Statement


def find_span(text: str, needle: str, after: int = 0) -> Span:
    start = text.index(needle, after)
    return Span(start, start + len(needle))


@dataclass
class StoryBuilder:
    """Collects articles and statements; `content` and `when` are found in the article text."""

    articles: dict[str, Article] = field(default_factory=dict)
    statements: list[Statement] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)

    def person(self, entity_id: str, name: str, *aliases: str) -> StoryBuilder:
        self.entities[entity_id] = Entity(entity_id, name, "person", aliases)
        return self

    def article(
        self,
        article_id: str,
        text: str,
        outlet: str | None = None,
        published: date | None = None,
        language: str = "en",
    ) -> StoryBuilder:
        when = (
            datetime(published.year, published.month, published.day, tzinfo=UTC)
            if published
            else None
        )
        self.articles[article_id] = Article(
            id=article_id,
            text=text,
            content_hash=article_id,
            origin=article_id,
            outlet=outlet or f"{article_id}.example",
            published=when,
            language=language,
        )
        return self

    def say(
        self,
        statement_id: str,
        article_id: str,
        content: str,
        speaker: str | None,
        group: str | None = None,
        said_on: date | None = None,
        basis: DateBasis | None = None,
        when: str | None = None,
        via: str | None = None,
        kind: str = "direct",
        source: str | None = None,
        cue: str | None = None,
    ) -> StoryBuilder:
        """`source` and `cue` are found in the text too (the first occurrence of each)."""
        text = self.articles[article_id].text
        span = find_span(text, content)
        attribution = Attribution(
            article_id,
            (find_span(text, source),) if source else (),
            (find_span(text, cue),) if cue else (),
            (span,),
            "direct" if kind == "direct" else "indirect",
        )
        self.statements.append(
            Statement(
                id=statement_id,
                attribution=attribution,
                speaker_id=speaker,
                said_on=said_on,
                said_on_basis=basis,
                time_expression=find_span(text, when) if when else None,
                via_id=via,
                group=group,
            )
        )
        return self

    def build(self, story_id: str = "story") -> DiscrepancyInput:
        return DiscrepancyInput(
            story_id, dict(self.articles), list(self.statements), dict(self.entities)
        )
