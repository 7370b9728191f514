"""What each page shows, built from the store: plain records the templates lay out."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from urllib.parse import quote

from claimtrail.model import Article, Entity, Statement
from claimtrail.store import queries
from claimtrail.store.base import Store
from claimtrail.web import chain, marks, timeline

KIND_LABELS = {
    "source_disagreement": "Sources disagree",
    "attribution_mismatch": "Attribution mismatch",
    "self_contradiction": "Self-contradiction",
    "date_conflict": "Date conflict",
}
_CONTEXT_CHARS = 90


def link(kind: str, key: str) -> str:
    """The page of one record; ids are quoted, so any id gives a path under `kind`."""
    return f"/{kind}/{quote(key, safe='')}"


@dataclass(frozen=True, slots=True)
class Rendering:
    """One outlet's report of a statement."""

    statement_id: str
    article_id: str
    article_href: str
    outlet: str
    title: str
    language: str | None
    published: datetime | None
    said_on: date | None
    speaker: str
    speaker_href: str | None
    source_text: str
    content: str
    group: str | None
    via: str | None


@dataclass(frozen=True, slots=True)
class EvidenceSide:
    article_href: str
    outlet: str
    title: str
    language: str | None
    before: str
    text: str
    after: str


@dataclass(frozen=True, slots=True)
class DiscrepancyView:
    id: str
    kind: str
    label: str
    explanation: str
    status: str
    sides: tuple[EvidenceSide, ...]


def _outlet(article: Article | None) -> str:
    if article is None:
        return "unknown outlet"
    return article.outlet or article.url or article.origin


def renderings(
    store: Store, said: Sequence[Statement], articles: dict[str, Article] | None = None
) -> list[Rendering]:
    """Statements with their article's outlet and text, and their speaker's name."""
    texts = articles or queries.articles_by_id(store, [s.article_id for s in said])
    people = queries.entities_by_id(
        store, [*(s.speaker_id for s in said), *(s.via_id for s in said)]
    )
    found = []
    for s in said:
        article = texts[s.article_id]
        speaker = people.get(s.speaker_id or "")
        source = queries.source_text(s, article.text)
        via = people.get(s.via_id or "")
        found.append(
            Rendering(
                statement_id=s.id,
                article_id=article.id,
                article_href=link("articles", article.id),
                outlet=_outlet(article),
                title=article.title or article.id,
                language=article.language,
                published=article.published,
                said_on=s.said_on,
                speaker=speaker.name if speaker else source or "unknown speaker",
                speaker_href=link("speakers", speaker.id) if speaker else None,
                source_text=source,
                content=queries.content_text(s, article.text),
                group=s.group,
                via=via.name if via else (s.via_id or None),
            )
        )
    return found


def timeline_of(reports: Sequence[Rendering]) -> timeline.Timeline:
    """One point per dated entry: a group at its earliest date, or an ungrouped statement."""
    entries: dict[str, timeline.Entry] = {}
    for r in reports:
        if r.said_on is None:
            continue
        key = f"group:{r.group}" if r.group else f"statement:{r.statement_id}"
        earlier = entries.get(key)
        if earlier is not None and earlier.day <= r.said_on:
            entries[key] = timeline.Entry(
                key, earlier.day, earlier.speaker, earlier.text, earlier.href, earlier.reports + 1
            )
            continue
        href = link("groups", r.group) if r.group else f"{r.article_href}#{r.statement_id}"
        reports_so_far = earlier.reports + 1 if earlier else 1
        entries[key] = timeline.Entry(key, r.said_on, r.speaker, r.content, href, reports_so_far)
    return timeline.layout(list(entries.values()))


def groups_of(reports: Sequence[Rendering]) -> list[tuple[str, list[Rendering]]]:
    """Grouped renderings, earliest-said groups first; ungrouped statements are left out."""
    found: dict[str, list[Rendering]] = {}
    for r in reports:
        if r.group:
            found.setdefault(r.group, []).append(r)
    return sorted(
        found.items(),
        key=lambda item: (min((r.said_on or date.max) for r in item[1]), item[0]),
    )


def discrepancy_view(
    item: queries.ReviewedDiscrepancy, articles: dict[str, Article]
) -> DiscrepancyView:
    sides = []
    for n, evidence in enumerate(item.discrepancy.evidence):
        article = articles.get(evidence.article_id)
        text = article.text if article else ""
        start, end = evidence.span.start, evidence.span.end
        is_inside = article is not None and end <= len(text)
        query = f"?discrepancy={quote(item.discrepancy.id, safe='')}#evidence-{n}"
        sides.append(
            EvidenceSide(
                article_href=link("articles", evidence.article_id) + query,
                outlet=_outlet(article),
                title=(article.title or article.id) if article else evidence.article_id,
                language=article.language if article else None,
                before=text[max(0, start - _CONTEXT_CHARS) : start] if is_inside else "",
                text=text[start:end] if is_inside else evidence.text,
                after=text[end : end + _CONTEXT_CHARS] if is_inside else "",
            )
        )
    d = item.discrepancy
    return DiscrepancyView(
        d.id, d.kind, KIND_LABELS.get(d.kind, d.kind), d.explanation, item.status, tuple(sides)
    )


def chain_of(reports: Sequence[Rendering], articles: dict[str, Article]) -> chain.Graph:
    return chain.graph(
        [
            chain.Report(
                article_id=r.article_id,
                outlet=r.outlet,
                published=r.published,
                speaker=r.speaker,
                via=r.via,
                copies=articles[r.article_id].duplicate_of,
            )
            for r in reports
        ]
    )


def article_marks(
    article: Article,
    said: Sequence[Statement],
    people: dict[str, Entity],
    evidence: queries.ReviewedDiscrepancy | None,
) -> list[marks.Segment]:
    """The article's text with sources (linked to speakers), cues, contents and evidence."""
    found: list[marks.Mark] = []
    for s in said:
        a = s.attribution
        speaker = people.get(s.speaker_id or "")
        speaker_href = link("speakers", speaker.id) if speaker else None
        note = f"said by {speaker.name}" if speaker else None
        group_href = link("groups", s.group) if s.group else None
        first = True
        for span in a.source:
            found.append(marks.Mark(span, "source", speaker_href, note, s.id if first else None))
            first = False
        found += [marks.Mark(span, "cue") for span in a.cue]
        for span in a.content:
            anchor = s.id if first else None
            first = False
            found.append(marks.Mark(span, "content", group_href, None, anchor))
    if evidence is not None:
        for n, item in enumerate(evidence.discrepancy.evidence):
            if item.article_id == article.id:
                found.append(marks.Mark(item.span, "evidence", None, "evidence", f"evidence-{n}"))
    return marks.segments(article.text, found)
