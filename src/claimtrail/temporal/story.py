"""Dates from the story: a statement its own article cannot date takes one from other reports.

Runs after linking (statements of one utterance share `Statement.group`). A date read from a
report's own text beats any publication date; failing that, the earliest report bounds when
the words were said. Given the articles, a report with no publication date is dated from the
story's own day: its relative and year-less phrases resolved against it, its other statements
given the day its neighbours (or the story) state.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date, timedelta

from claimtrail.model import Article, Span, Statement
from claimtrail.temporal.expressions import time_expressions

# As in anchor.py: a day after the publication day is still the same day somewhere.
_GRACE = timedelta(days=1)
_FROM_TEXT = frozenset({"explicit", "relative"})


def story_dates(
    statements: Sequence[Statement], articles: Mapping[str, Article] | None = None
) -> list[Statement]:
    """The statements in order, those dated only by publication (or not at all) re-dated.

    Within a group, the earliest day any report's own text gives wins; with none, the earliest
    publication day. Either way the basis becomes "story". A day after a statement's own
    publication day is never taken: a report cannot precede the words it quotes. With
    `articles` (by id; pass the story's), statements still undated in an article without a
    publication date are dated from the story's day (see `_article_dated`).
    """
    text_days: dict[str, list[date]] = defaultdict(list)
    published_days: dict[str, list[date]] = defaultdict(list)
    for statement in statements:
        if statement.group is None or statement.said_on is None:
            continue
        if statement.said_on_basis in _FROM_TEXT:
            text_days[statement.group].append(statement.said_on)
        elif statement.said_on_basis == "publication":
            published_days[statement.group].append(statement.said_on)
    if not articles:
        return [_redated(s, text_days, published_days) for s in statements]
    undated = {a.id for a in articles.values() if a.published is None}
    grouped = [
        s
        if s.said_on is None and s.article_id in undated
        else _redated(s, text_days, published_days)
        for s in statements
    ]
    return _article_dated(grouped, articles, text_days, published_days)


def _redated(
    statement: Statement,
    text_days: dict[str, list[date]],
    published_days: dict[str, list[date]],
) -> Statement:
    group = statement.group
    if group is None or statement.said_on_basis in _FROM_TEXT:
        return statement
    own = statement.said_on  # the publication day, or None
    for days in (text_days.get(group, []), published_days.get(group, [])):
        usable = [d for d in days if own is None or d <= own + _GRACE]
        if usable:
            day = min(usable)
            return (
                statement if day == own else replace(statement, said_on=day, said_on_basis="story")
            )
    return statement


def story_day(statements: Sequence[Statement], articles: Mapping[str, Article]) -> date | None:
    """The day the story's reports most often state (ties: the earliest), else its earliest
    publication day, else None.

    Most reports of one event date it the same way, so the commonest stated day is the event's
    day even when an outlier report was written weeks later.
    """
    published = [a.published.date() for a in articles.values() if a.published is not None]
    # A stated day after every report's publication is a misread (an embedded post's date).
    latest = max(published, default=None)
    stated = Counter(
        s.said_on
        for s in statements
        if s.said_on is not None
        and s.said_on_basis in _FROM_TEXT
        and (latest is None or s.said_on <= latest)
    )
    if stated:
        return min(stated, key=lambda day: (-stated[day], day))
    return min(published, default=None)


def _article_dated(
    statements: list[Statement],
    articles: Mapping[str, Article],
    text_days: dict[str, list[date]],
    published_days: dict[str, list[date]],
) -> list[Statement]:
    """Statements of articles without a publication date, dated from the story where undated.

    The day its group states comes first: another report read it against its own publication
    day. Then the article's own phrase ("on Sunday", "March 9" with no year) resolved against a
    reference day, the story's day or else the latest full date the article itself writes (a
    dateline); then the day the article's other statements state; then the reference day.
    Never after the group's first publication: a report cannot precede the words it quotes.
    """
    day = story_day(statements, articles)
    own_days: dict[str, Counter[date]] = defaultdict(Counter)
    for s in statements:
        if s.said_on is not None and s.said_on_basis in _FROM_TEXT:
            own_days[s.article_id][s.said_on] += 1
    references: dict[str, date | None] = {}
    result: list[Statement] = []
    for statement in statements:
        article = articles.get(statement.article_id)
        if statement.said_on is not None or article is None or article.published is not None:
            result.append(statement)
            continue
        if article.id not in references:
            references[article.id] = day or _dateline(article)
        reference = references[article.id]
        group = statement.group or ""
        found = (
            min(text_days.get(group, []), default=None)
            or _from_phrase(statement.time_expression, article, reference)
            or _commonest(own_days[article.id])
            or reference
        )
        first = min(published_days.get(group, []), default=None)
        if first is not None and (found is None or found > first):
            found = first
        result.append(
            statement if found is None else replace(statement, said_on=found, said_on_basis="story")
        )
    return result


def _from_phrase(span: Span | None, article: Article, reference: date | None) -> date | None:
    """The day the article's phrase at `span` names, read against `reference`."""
    if span is None or reference is None:
        return None
    for expression in time_expressions(article.text, article.language, reference):
        if expression.span == span:
            value = expression.value
            is_day = expression.granularity == "day" and value is not None
            return value if is_day and value is not None and value <= reference + _GRACE else None
    return None


def _commonest(days: Counter[date]) -> date | None:
    return min(days, key=lambda d: (-days[d], d)) if days else None


def _dateline(article: Article) -> date | None:
    """The latest full date (with its year) the article writes: usually when it was filed."""
    days = [
        e.value
        for e in time_expressions(article.text, article.language, None)
        if e.kind == "explicit" and e.granularity == "day" and e.value is not None
    ]
    return max(days, default=None)
