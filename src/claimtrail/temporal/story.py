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

from claimtrail.model import Article, Statement
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
    grouped = [_redated(s, text_days, published_days) for s in statements]
    if not articles:
        return grouped
    return _article_dated(grouped, articles)


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
    stated = Counter(
        s.said_on for s in statements if s.said_on is not None and s.said_on_basis in _FROM_TEXT
    )
    if stated:
        return min(stated, key=lambda day: (-stated[day], day))
    published = [a.published.date() for a in articles.values() if a.published is not None]
    return min(published, default=None)


def _article_dated(statements: list[Statement], articles: Mapping[str, Article]) -> list[Statement]:
    """Statements of articles without a publication date, dated from the story where undated.

    A phrase the article could not resolve ("on Sunday", "March 9" with no year) is resolved
    against a reference day: the story's day, else the latest full date the article itself
    writes (a dateline). A statement with no phrase takes the day the article's other
    statements state, else that reference day.
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
        result.append(_undated(statement, article, reference, own_days[article.id]))
    return result


def _undated(
    statement: Statement, article: Article, reference: date | None, own: Counter[date]
) -> Statement:
    if reference is None:
        return statement
    if statement.time_expression is not None:
        for expression in time_expressions(article.text, article.language, reference):
            if expression.span != statement.time_expression:
                continue
            value = expression.value
            if expression.granularity == "day" and value is not None:
                if value <= reference + _GRACE:
                    return replace(statement, said_on=value, said_on_basis="story")
            break
    if own:
        stated = min(own, key=lambda d: (-own[d], d))
        return replace(statement, said_on=stated, said_on_basis="story")
    return replace(statement, said_on=reference, said_on_basis="story")


def _dateline(article: Article) -> date | None:
    """The latest full date (with its year) the article writes: usually when it was filed."""
    days = [
        e.value
        for e in time_expressions(article.text, article.language, None)
        if e.kind == "explicit" and e.granularity == "day" and e.value is not None
    ]
    return max(days, default=None)
