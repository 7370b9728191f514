"""One attribution absorbing those the CRF found inside its content.

PolNeAR lets no token play two roles and marks the outer report, so when an outer cue's
clause holds whole attributions, they are dropped and the clause becomes its content.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

from claimtrail.extract.complements import according_content, content_options
from claimtrail.extract.groups import Group


def absorb_nested(doc: Any, outer: Group, others: Sequence[Group]) -> None:
    """Gives a cue-only group the clause it governs when that clause holds whole attributions.

    In "Clinton had told police that ..., the source added" the CRF often reads the inner
    "had told" as the attribution and leaves "added" without content. PolNeAR lets no token
    play two roles, and marks the outer report: the inner attributions are dropped.
    """
    options = content_options(doc, outer.cue[0])
    if not options:
        return
    pieces = options[0]
    inside = {i for span in pieces for i in range(span.start, span.end)}
    first, last = pieces[0].start, pieces[-1].end
    nested = []
    for group in others:
        spans = (*group.cue, *group.content, *group.source)
        if group is outer or all(s.end <= first or s.start >= last for s in spans):
            continue
        tokens = {i for span in spans for i in range(span.start, span.end)}
        if not tokens & inside:
            continue
        if not tokens <= inside:
            return  # an attribution only partly inside: the reading is doubtful
        nested.append(group)
    if not nested:
        return
    outer.content.extend(pieces)
    for group in nested:
        group.cue.clear()
        group.content.clear()
        group.source.clear()


def absorb_into_according(
    doc: Any, group: Group, others: Sequence[Group], reporting: Collection[str]
) -> None:
    """Gives an "according to" cue its whole clause, dropping the reports the CRF saw in it.

    PolNeAR marks the clause that "according to" qualifies and lets no token play two roles,
    so "Officers saw him run, according to police" is one attribution, not two. A clause
    holding a report with a `reporting` lemma ("Ukraine said ..., according to X") keeps it:
    that report is a statement in its own right.
    """
    reading = according_content(doc, group.cue[0], group.source)
    if reading is None:
        return
    inside = {i for span in reading for i in range(span.start, span.end)}
    nested = [
        other
        for other in others
        if other is not group
        and (other.cue or other.content)
        and all(
            i in inside for span in other.cue or other.content for i in range(span.start, span.end)
        )
    ]
    if any(
        doc[i].lemma_.lower() in reporting
        for g in nested
        for c in g.cue
        for i in range(c.start, c.end)
    ):
        return
    for other in nested:
        other.cue.clear()
        other.content.clear()
        other.source.clear()
    group.content[:] = reading
