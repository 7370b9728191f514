"""The attribution under construction that linking, headline and layout rules hand on."""

from __future__ import annotations

from dataclasses import dataclass, field

from claimtrail.extract.spans import TokenSpan


@dataclass(slots=True)
class Group:
    """The spans of one attribution under construction (mutable while linking)."""

    cue: list[TokenSpan] = field(default_factory=list)
    source: list[TokenSpan] = field(default_factory=list)
    content: list[TokenSpan] = field(default_factory=list)
