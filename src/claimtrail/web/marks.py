"""An article's text cut into segments, each with the marks (source, cue, content, evidence)
that cover it, so overlapping spans render as flat, non-nested `<mark>` elements.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from claimtrail.model import Span


@dataclass(frozen=True, slots=True)
class Mark:
    """One highlighted span; `href` links it (to a speaker or a group), `anchor` names it."""

    span: Span
    role: str  # "source" | "cue" | "content" | "evidence"
    href: str | None = None
    note: str | None = None
    anchor: str | None = None


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    start: int
    marks: tuple[Mark, ...]

    @property
    def classes(self) -> str:
        return " ".join(sorted({f"m-{m.role}" for m in self.marks}))

    @property
    def href(self) -> str | None:
        """The first link among the marks; source links (speakers) win over content links."""
        ranked = sorted((m for m in self.marks if m.href), key=lambda m: m.role != "source")
        return ranked[0].href if ranked else None

    @property
    def note(self) -> str:
        return "; ".join(m.note for m in self.marks if m.note)

    @property
    def anchors(self) -> tuple[str, ...]:
        """Anchors of marks starting here (each span's first segment carries its anchor)."""
        return tuple(m.anchor for m in self.marks if m.anchor and m.span.start == self.start)

    @property
    def evidence(self) -> str | None:
        """The evidence number(s) this segment shows, for `data-evidence`."""
        found = [
            m.anchor.rsplit("-", 1)[-1] for m in self.marks if m.role == "evidence" and m.anchor
        ]
        return " ".join(found) or None


def segments(text: str, marks: Sequence[Mark]) -> list[Segment]:
    """`text` from start to end as segments; joined, their texts give `text` back.

    Marks outside the text are clipped; empty marks are dropped.
    """
    size = len(text)
    kept = [m for m in marks if min(m.span.end, size) > m.span.start]
    cuts = sorted({0, size, *(m.span.start for m in kept), *(min(m.span.end, size) for m in kept)})
    found: list[Segment] = []
    for start, end in pairwise(cuts):
        covering = tuple(m for m in kept if m.span.start <= start and end <= m.span.end)
        found.append(Segment(text[start:end], start, covering))
    return found
