"""Dates from the story: a statement its own article cannot date takes one from other reports.

Runs after linking (statements of one utterance share `Statement.group`). A statement its
report gives no phrase for first takes the day the report's other statements share; then a
date read from another report's text beats any publication date; failing that, the earliest
report bounds when the words were said. Given the articles, a report with no publication date
is dated from the story's own day: its relative and year-less phrases resolved against it, its
other statements given the day its neighbours (or the story) state. A report naming another
speaker than most of its group's reports do does not date the group: it is likely a wrong link.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date, timedelta

from claimtrail.model import Article, Span, Statement
from claimtrail.temporal.expressions import TimeExpression, time_expressions

# As in anchor.py: a day after the publication day is still the same day somewhere.
_GRACE = timedelta(days=1)
_FROM_TEXT = frozenset({"explicit", "relative"})
# How far after an estimated reference a weekday may fall (see expressions.time_expressions).
_HALF_WEEK = timedelta(days=3)
# A report's own day dates its other statements only when it is this close before publication:
# news is told within the week, and an older day in the text dates background ("on February 2,
# Lavrov had said"), not the words the report is about.
ARTICLE_DAY_WINDOW_DAYS = 7


def story_dates(
    statements: Sequence[Statement], articles: Mapping[str, Article] | None = None
) -> list[Statement]:
    """The statements in order, those dated only by publication (or not at all) re-dated.

    A statement with no phrase takes the day its own report's phrases agree on, if any (see
    `_article_days`). Otherwise, within a group, the earliest day any dated report's own text
    gives wins; then (given `articles`) the earliest day an undated report's phrase names read
    against the story's day; then the earliest publication day. The basis becomes "story". A
    day after a statement's own publication day is never taken: a report cannot precede the
    words it quotes. With `articles` (by id; pass the story's), statements still undated in an
    article without a publication date are dated from the story's day (see `_article_dated`).
    """
    text_days: dict[str, list[date]] = defaultdict(list)
    published_days: dict[str, list[date]] = defaultdict(list)
    speakers = _group_speakers(statements)
    for statement in statements:
        if statement.group is None or statement.said_on is None:
            continue
        if statement.said_on_basis in _FROM_TEXT and _speaks_for_group(statement, speakers):
            text_days[statement.group].append(statement.said_on)
        elif statement.said_on_basis == "publication":
            published_days[statement.group].append(statement.said_on)
    own_days = _article_days(statements, articles or {})
    if not articles:
        plain = (text_days, published_days)
        return [_from_article(s, own_days) or _redated(s, plain) for s in statements]
    phrased = _phrase_days(statements, articles)
    estimated: dict[str, list[date]] = defaultdict(list)
    for statement in statements:
        if (
            statement.group is not None
            and statement.id in phrased
            and _speaks_for_group(statement, speakers)
        ):
            estimated[statement.group].append(phrased[statement.id])
    tiers = (text_days, estimated, published_days)
    undated = {a.id for a in articles.values() if a.published is None}
    grouped = [
        s
        if s.said_on is None and s.article_id in undated
        else _from_article(s, own_days) or _redated(s, tiers)
        for s in statements
    ]
    return _article_dated(grouped, articles, text_days, published_days, phrased, estimated)


def _group_speakers(statements: Sequence[Statement]) -> dict[str, str]:
    """The speaker most of each group's reports name, where two or more name them."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for s in statements:
        if s.group is not None and s.speaker_id is not None:
            counts[s.group][s.speaker_id] += 1
    return {
        group: top[0][0]
        for group, named in counts.items()
        if (top := named.most_common(1)) and top[0][1] >= 2
    }


def _speaks_for_group(statement: Statement, speakers: Mapping[str, str]) -> bool:
    """Whether the statement's own day may date its group: a report naming another speaker
    than the group's is likely a wrong link (another utterance, on another day), and one such
    report would otherwise re-date every report of the group."""
    main = speakers.get(statement.group or "")
    return main is None or statement.speaker_id in (None, main)


def _article_days(
    statements: Sequence[Statement], articles: Mapping[str, Article]
) -> dict[str, date]:
    """The day each dated report's own phrases agree on, by article id.

    A report tells one event: "Prigozhin said on Saturday ..." comes with "he added ..." and a
    headline "Wagner claims ...", neither with a phrase of its own, and the report comes out
    the next day. The day most of its phrase-dated statements give (a clear majority, within
    ARTICLE_DAY_WINDOW_DAYS before publication) is the day of those too. The publication day
    is the article's, or else the one its publication-dated statements carry.
    """
    phrased: dict[str, Counter[date]] = defaultdict(Counter)
    published: dict[str, date] = {}
    for s in statements:
        if s.said_on is None:
            continue
        if s.said_on_basis in _FROM_TEXT and s.time_expression is not None:
            phrased[s.article_id][s.said_on] += 1
        elif s.said_on_basis == "publication":
            published[s.article_id] = s.said_on
    for article in articles.values():
        if article.published is not None:
            published[article.id] = article.published.date()
    days: dict[str, date] = {}
    for article_id, counts in phrased.items():
        reference = published.get(article_id)
        ranked = counts.most_common(2)
        if reference is None or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
            continue
        day = ranked[0][0]
        if reference - timedelta(days=ARTICLE_DAY_WINDOW_DAYS) <= day <= reference + _GRACE:
            days[article_id] = day
    return days


def _from_article(statement: Statement, days: Mapping[str, date]) -> Statement | None:
    """The statement dated by its report's own day, if it has no phrase and the report a day.

    The basis is "story": the day comes from the narrative around the statement, and linking
    must not take it for a date the statement's own words carry.
    """
    day = days.get(statement.article_id)
    if (
        day is None
        or statement.time_expression is not None
        or statement.said_on_basis not in {"publication", "story"}
    ):
        return None
    return replace(statement, said_on=day, said_on_basis="story")


def _redated(statement: Statement, tiers: Sequence[Mapping[str, list[date]]]) -> Statement:
    """The statement dated by the first tier of group days that has one usable."""
    group = statement.group
    if group is None or statement.said_on_basis in _FROM_TEXT:
        return statement
    own = statement.said_on  # the publication day, or None
    for days in (tier.get(group, []) for tier in tiers):
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


def _phrase_days(
    statements: Sequence[Statement], articles: Mapping[str, Article]
) -> dict[str, date]:
    """The day each phrase-bearing statement of an undated article names, by statement id.

    The phrase is read against a reference day: the story's day, or else the latest full
    date the article itself writes (a dateline).
    """
    day = story_day(statements, articles)
    read: dict[str, tuple[date, list[TimeExpression]] | None] = {}
    found: dict[str, date] = {}
    for statement in statements:
        article = articles.get(statement.article_id)
        if article is None or article.published is not None:
            continue
        if statement.time_expression is None:
            continue
        if article.id not in read:  # each article's phrases are read once
            reference = day or _dateline(article)
            read[article.id] = (
                (reference, _estimated(article, reference)) if reference is not None else None
            )
        if (article_read := read[article.id]) is None:
            continue
        phrase_day = _from_phrase(statement.time_expression, *article_read)
        if phrase_day is not None:
            found[statement.id] = phrase_day
    return found


def _estimated(article: Article, reference: date) -> list[TimeExpression]:
    return time_expressions(article.text, article.language, reference, is_estimate=True)


def _article_dated(
    statements: list[Statement],
    articles: Mapping[str, Article],
    text_days: dict[str, list[date]],
    published_days: dict[str, list[date]],
    phrased: Mapping[str, date],
    estimated: Mapping[str, list[date]],
) -> list[Statement]:
    """Statements of articles without a publication date, dated from the story where undated.

    The day its group states comes first: another report read it against its own publication
    day. Then the article's own phrase ("on Sunday", "March 9" with no year) read against the
    story's day (see `_phrase_days`); then the earliest day other undated reports of the same
    words give that way ("Within hours, the spokesman said" in one, nothing in the others);
    then the day the article's other statements state; then the reference day. Never after
    the group's first publication: a report cannot precede the words it quotes.
    """
    day = story_day(statements, articles)
    own_days: dict[str, Counter[date]] = defaultdict(Counter)
    for s in statements:
        if s.said_on is not None and s.said_on_basis in _FROM_TEXT:
            own_days[s.article_id][s.said_on] += 1
    datelines: dict[str, date | None] = {}
    result: list[Statement] = []
    for statement in statements:
        article = articles.get(statement.article_id)
        if statement.said_on is not None or article is None or article.published is not None:
            result.append(statement)
            continue
        if day is None and article.id not in datelines:
            datelines[article.id] = _dateline(article)
        group = statement.group or ""
        found = (
            min(text_days.get(group, []), default=None)
            or phrased.get(statement.id)
            or min(estimated.get(group, []), default=None)
            or _commonest(own_days[article.id])
            or day
            or datelines.get(article.id)
        )
        first = min(published_days.get(group, []), default=None)
        if first is not None and (found is None or found > first):
            found = first
        result.append(
            statement if found is None else replace(statement, said_on=found, said_on_basis="story")
        )
    return result


def _from_phrase(span: Span, reference: date, found: list[TimeExpression]) -> date | None:
    """The day the phrase at `span` names among `found`, read against `reference`.

    The reference is a guess at when the article was written, so a day after it stands:
    "On November 13" in a report of a story whose day is October 25 takes its year from the
    guess, and "on Saturday" is the Saturday nearest it.
    """
    for expression in found:
        if expression.span == span:
            value = expression.value
            if expression.granularity != "day" or value is None:
                return None
            # Nothing counted back from the guess lies after it but the nearest weekday.
            is_plausible = expression.kind == "explicit" or value <= reference + _HALF_WEEK
            return value if is_plausible else None
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
