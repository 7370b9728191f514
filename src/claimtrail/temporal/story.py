"""Dates from the story: a statement its own article cannot date takes one from other reports.

Runs after linking (statements of one utterance share `Statement.group`). A date read from a
report's own text beats any publication date; failing that, the earliest report bounds when
the words were said.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from claimtrail.model import Statement

# As in anchor.py: a day after the publication day is still the same day somewhere.
_GRACE = timedelta(days=1)
_FROM_TEXT = frozenset({"explicit", "relative"})


def story_dates(statements: Sequence[Statement]) -> list[Statement]:
    """The statements in order, those dated only by publication (or not at all) re-dated.

    Within a group, the earliest day any report's own text gives wins; with none, the earliest
    publication day. Either way the basis becomes "story". A day after a statement's own
    publication day is never taken: a report cannot precede the words it quotes.
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
    return [_redated(s, text_days, published_days) for s in statements]


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
