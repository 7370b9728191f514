"""Small hand-written records for the store tests (our own text, not third-party articles)."""

from __future__ import annotations

import hashlib
from datetime import date, datetime, timedelta, timezone

from claimtrail.model import Article, Attribution, Span, Statement

TEXT = (
    'The mayor said on Monday that the bridge "will reopen in May". '
    "According to the council, repairs cost 4 million euros. "
    "Ms. Keller, the engineer, told reporters the steel was sound."
)


def span_of(text: str, part: str, occurrence: int = 0) -> Span:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(part, start + 1)
    return Span(start, start + len(part))


def article(article_id: str = "a1", text: str = TEXT, **fields: object) -> Article:
    values: dict[str, object] = {
        "content_hash": hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
        "origin": f"fixtures/{article_id}.txt",
        "url": f"https://news.example/{article_id}",
        "outlet": "news.example",
        "title": "Bridge to reopen",
        "author": "A. Writer",
        "published": datetime(2024, 3, 4, 9, 30, tzinfo=timezone(timedelta(hours=2))),
        "published_basis": "metadata",
        "language": "en",
    }
    values.update(fields)
    return Article(id=article_id, text=text, **values)  # type: ignore[arg-type]


def statements(article_id: str = "a1", text: str = TEXT) -> list[Statement]:
    """Three statements over TEXT: a mixed quote, an indirect one and a told-reporters one."""
    mayor = Attribution(
        article_id=article_id,
        source=(span_of(text, "The mayor"),),
        cue=(span_of(text, "said"),),
        content=(span_of(text, "that the bridge"), span_of(text, '"will reopen in May"')),
        kind="mixed",
        confidence=0.9,
    )
    council = Attribution(
        article_id=article_id,
        source=(span_of(text, "the council"),),
        cue=(span_of(text, "According to"),),
        content=(span_of(text, "repairs cost 4 million euros"),),
        kind="indirect",
        confidence=0.75,
    )
    engineer = Attribution(
        article_id=article_id,
        source=(span_of(text, "Ms. Keller"),),
        cue=(span_of(text, "told"),),
        content=(span_of(text, "the steel was sound"),),
        kind="indirect",
        via=(span_of(text, "reporters"),),
    )
    return [
        Statement(
            id=f"{article_id}:0",
            attribution=mayor,
            speaker_id="e-mayor",
            said_on=date(2024, 3, 4),
            said_on_basis="relative",
            time_expression=span_of(text, "on Monday"),
        ),
        Statement(id=f"{article_id}:1", attribution=council, speaker_id="e-council"),
        Statement(id=f"{article_id}:2", attribution=engineer, group="g-steel"),
    ]
