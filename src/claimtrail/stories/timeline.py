"""A story's timeline: its dated statements in order, one entry per utterance and day."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from claimtrail.model import Article, Statement, Story

_SUMMARY_CHARS = 200


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """What was said on `day`; ids are in order of first report."""

    day: date
    statement_ids: tuple[str, ...]
    speaker_ids: tuple[str, ...]
    article_ids: tuple[str, ...]
    summary: str  # the earliest report's wording, shortened


def _content(statement: Statement, articles: Mapping[str, Article]) -> str:
    article = articles.get(statement.article_id)
    if article is None:
        return ""
    parts = (span.text_of(article.text).strip() for span in statement.attribution.content)
    text = " … ".join(part for part in parts if part)
    return text if len(text) <= _SUMMARY_CHARS else text[: _SUMMARY_CHARS - 1].rstrip() + "…"


def timeline(
    story: Story, statements: Sequence[Statement], articles: Mapping[str, Article]
) -> list[TimelineEntry]:
    """Dated statements (`said_on`) of the story's articles in day order, grouped by
    same-statement group and day; undated statements are left out."""
    members = set(story.article_ids)

    def reported(statement: Statement) -> tuple[int, str, str]:
        article = articles.get(statement.article_id)
        published = article.published if article else None
        return (0, published.isoformat(), statement.id) if published else (1, "", statement.id)

    dated = sorted(
        (s for s in statements if s.article_id in members and s.said_on is not None), key=reported
    )
    entries: dict[tuple[date, str], list[Statement]] = {}
    for statement in dated:
        assert statement.said_on is not None  # filtered above; for the type checker
        entries.setdefault((statement.said_on, statement.group or statement.id), []).append(
            statement
        )
    ordered = sorted(entries.items(), key=lambda kv: (kv[0][0], reported(kv[1][0])))
    return [
        TimelineEntry(
            day=day,
            statement_ids=tuple(s.id for s in group),
            speaker_ids=tuple(dict.fromkeys(s.speaker_id for s in group if s.speaker_id)),
            article_ids=tuple(dict.fromkeys(s.article_id for s in group)),
            summary=_content(group[0], articles),
        )
        for (day, _), group in ordered
    ]
