"""A small invented story written through the Store API, for the API and web tests.

Our own text (an invented port blockade, like examples/), plus one hostile story whose title,
outlet, speaker, texts and explanation carry script and attribute-breaking strings.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta, timezone

from claimtrail.model import (
    Article,
    Attribution,
    Discrepancy,
    Entity,
    Evidence,
    QuoteKind,
    Span,
    Statement,
    Story,
)
from claimtrail.store.base import Store

SCRIPT = "<script>alert(1)</script>"
BREAKER = '" onmouseover=alert(1) x="'
CET = timezone(timedelta(hours=1))
UTC_ZONE = UTC

BNW = (
    "Tarvala, 11 March (BNW) - Transport Minister Arkady Zhuravlyov said on Tuesday that"
    ' "talks with the organisers are over". "The toll stays," Zhuravlyov said.\n\n'
    "Port spokeswoman Liisa Marand said about 40 trucks were at the gate."
)
COURIER = (
    "According to BNW, Zhuravlyov said talks with the organisers are over.\n\n"
    "Liisa Marand said around 400 trucks were at the gate."
)
RUNDSCHAU = (
    "Velna, 13. März 2025. Arkadi Schurawljow erklärte am 12. März, die Gespräche seien"
    " beendet. Dana Reimers sagte, der Minister habe die Forderungen „sinnlos“ genannt."
    " Das Ministerium erklärte, er habe das Wort nie benutzt."
)
HOSTILE = (
    f"{SCRIPT} Mayor {BREAKER} said {SCRIPT} that the <img src=x onerror=alert(1)> bridge"
    " will reopen. Nobody else said anything."
)


def span_of(text: str, part: str, after: int = 0) -> Span:
    start = text.index(part, after)
    return Span(start, start + len(part))


def _article(article_id: str, text: str, **fields: object) -> Article:
    values: dict[str, object] = {
        "content_hash": hashlib.sha256(text.encode()).hexdigest(),
        "origin": f"fixtures/{article_id}.txt",
        "url": f"https://{article_id}.example/story",
        "outlet": f"{article_id.title()} News",
        "title": f"{article_id} report",
        "language": "en",
        "published_basis": "metadata",
    }
    values.update(fields)
    return Article(id=article_id, text=text, **values)  # type: ignore[arg-type]


def _statement(
    statement_id: str,
    article: Article,
    source: str,
    cue: str,
    content: str,
    kind: QuoteKind = "indirect",
    at: str = "",
) -> Statement:
    """A statement whose spans are the first matches of their text at or after `at`."""
    text = article.text
    after = text.index(at) if at else 0
    return Statement(
        id=statement_id,
        attribution=Attribution(
            article_id=article.id,
            source=(span_of(text, source, after),) if source else (),
            cue=(span_of(text, cue, after),),
            content=(span_of(text, content, after),),
            kind=kind,
        ),
    )


@dataclass(frozen=True, slots=True)
class Demo:
    """What `build` wrote, for tests to compare against."""

    articles: tuple[Article, ...]
    statements: tuple[Statement, ...]
    entities: tuple[Entity, ...]
    stories: tuple[Story, ...]
    discrepancies: tuple[Discrepancy, ...]

    @property
    def story_id(self) -> str:
        return "blockade"

    def timeline_entries(self, story_id: str) -> int:
        """Distinct dated entries of a story: a group counts once, a lone statement once."""
        members = next(s for s in self.stories if s.id == story_id).article_ids
        return len(
            {
                s.group or s.id
                for s in self.statements
                if s.article_id in members and s.said_on is not None
            }
        )


def build(store: Store) -> Demo:
    """Write the demo records into `store` through the Store API only."""
    bnw = _article(
        "bnw",
        BNW,
        outlet="Baltic News Wire",
        title="Minister rules out talks",
        published=datetime(2025, 3, 11, 18, 0, tzinfo=CET),
    )
    courier = _article(
        "courier",
        COURIER,
        outlet="Tarvala Courier",
        title="Minister: talks are over",
        published=datetime(2025, 3, 12, 7, 30, tzinfo=CET),
    )
    copy = _article(
        "headlines24",
        COURIER + "\n\nBack to top",
        outlet="Baltic Headlines 24",
        title="Talks are over, says minister",
        duplicate_of="courier",
        duplicate_similarity=0.93,
        published=datetime(2025, 3, 12, 9, 0, tzinfo=CET),
    )
    rundschau = _article(
        "rundschau",
        RUNDSCHAU,
        outlet="Nordmark Rundschau",
        language="de",
        url=None,
        title="Schurawljow: Gespräche beendet",
        published=datetime(2025, 3, 13, 6, 0, tzinfo=CET),
    )
    hostile = _article(
        "hostile",
        HOSTILE,
        outlet=BREAKER,
        title=SCRIPT,
        url="javascript:alert(1)",
        author=BREAKER,
        published=datetime(2025, 4, 1, 12, 0, tzinfo=UTC_ZONE),
    )
    said = [
        _statement(
            "bnw-s1",
            bnw,
            "Transport Minister Arkady Zhuravlyov",
            "said",
            '"talks with the organisers are over"',
            "direct",
        ),
        _statement(
            "bnw-s2", bnw, "Zhuravlyov", "said", '"The toll stays,"', "direct", at='"The toll'
        ),
        _statement(
            "bnw-s3",
            bnw,
            "Port spokeswoman Liisa Marand",
            "said",
            "about 40 trucks were at the gate",
            at="Port",
        ),
        _statement(
            "courier-s1", courier, "Zhuravlyov", "said", "talks with the organisers are over"
        ),
        _statement(
            "courier-s2", courier, "Liisa Marand", "said", "around 400 trucks were at the gate"
        ),
        _statement(
            "headlines24-s1", copy, "Zhuravlyov", "said", "talks with the organisers are over"
        ),
        _statement(
            "rundschau-s1",
            rundschau,
            "Arkadi Schurawljow",
            "erklärte",
            "die Gespräche seien beendet",
        ),
        _statement(
            "rundschau-s2",
            rundschau,
            "Dana Reimers",
            "sagte",
            "der Minister habe die Forderungen „sinnlos“ genannt",
        ),
        _statement(
            "rundschau-s3",
            rundschau,
            "Das Ministerium",
            "erklärte,",
            "er habe das Wort nie benutzt",
            at="Das Ministerium",
        ),
        _statement(
            "hostile-s1",
            hostile,
            f"Mayor {BREAKER}",
            "said",
            f"{SCRIPT} that the <img src=x onerror=alert(1)> bridge will reopen",
        ),
    ]
    resolved = {
        "bnw-s1": ("zhuravlyov", date(2025, 3, 11), None, "g-talks"),
        "bnw-s2": ("zhuravlyov", date(2025, 3, 11), None, None),
        "bnw-s3": ("marand", date(2025, 3, 11), None, "g-trucks"),
        "courier-s1": ("zhuravlyov", date(2025, 3, 11), "bnw-agency", "g-talks"),
        "courier-s2": ("marand", date(2025, 3, 11), None, "g-trucks"),
        "headlines24-s1": ("zhuravlyov", date(2025, 3, 11), "bnw-agency", "g-talks"),
        "rundschau-s1": ("zhuravlyov", date(2025, 3, 12), "bnw-agency", "g-talks"),
        "rundschau-s2": ("reimers", date(2025, 3, 13), None, None),
        "rundschau-s3": ("ministry", None, None, None),
        "hostile-s1": ("hostile-mayor", date(2025, 4, 1), None, f"g-{SCRIPT}"),
    }
    statements = [
        replace(
            s,
            speaker_id=r[0],
            said_on=r[1],
            said_on_basis="explicit" if r[1] else None,
            via_id=r[2],
            group=r[3],
        )
        for s in said
        for r in [resolved[s.id]]
    ]
    articles = (bnw, courier, copy, rundschau, hostile)
    for article in articles:
        store.write_article(article, [s for s in said if s.article_id == article.id])
    store.replace_statements(statements)
    entities = (
        Entity(
            "zhuravlyov",
            "Arkady Zhuravlyov",
            "person",
            ("Zhuravlyov", "Arkadi Schurawljow", "Transport Minister Arkady Zhuravlyov"),
        ),
        Entity("marand", "Liisa Marand", "person", ("Port spokeswoman Liisa Marand",)),
        Entity("reimers", "Dana Reimers", "person"),
        Entity("ministry", "Transport ministry", "org", ("Das Ministerium",)),
        Entity("bnw-agency", "Baltic News Wire", "org", ("BNW",)),
        Entity("hostile-mayor", SCRIPT, "person", (BREAKER, f"Mayor {BREAKER}")),
    )
    store.write_entities(entities)
    stories = (
        Story("blockade", "Tarvala port blockade", ("bnw", "courier", "headlines24", "rundschau")),
        Story("hostile-story", f"{SCRIPT} {BREAKER}", ("hostile",)),
    )
    store.write_stories(stories)

    def evidence(article: Article, part: str) -> Evidence:
        return Evidence(article.id, span_of(article.text, part), part)

    discrepancies = (
        Discrepancy(
            "d1",
            "source_disagreement",
            ("bnw-s3", "courier-s2"),
            (evidence(bnw, "about 40 trucks"), evidence(courier, "around 400 trucks")),
            "BNW counts about 40 trucks, the Courier around 400.",
            0.9,
            ("bnw", "courier"),
        ),
        Discrepancy(
            "d4",
            "date_conflict",
            ("rundschau-s1", "bnw-s1"),
            (evidence(rundschau, "am 12. März"), evidence(bnw, "on Tuesday")),
            "Rundschau dates it 12 March; BNW says Tuesday, 11 March.",
            0.8,
            ("rundschau", "bnw"),
        ),
        Discrepancy(
            "d7",
            "source_disagreement",
            ("rundschau-s2", "rundschau-s3"),
            (
                evidence(rundschau, "der Minister habe die Forderungen „sinnlos“ genannt"),
                evidence(rundschau, "er habe das Wort nie benutzt"),
            ),
            "Reimers and the ministry disagree about the word.",
            0.7,
            ("rundschau",),
        ),
        Discrepancy(
            "dx",
            "attribution_mismatch",
            ("hostile-s1",),
            (evidence(hostile, SCRIPT),),
            f"{SCRIPT} {BREAKER}",
            0.5,
            ("hostile",),
        ),
    )
    store.write_discrepancies(discrepancies)
    return Demo(articles, tuple(statements), entities, stories, discrepancies)
