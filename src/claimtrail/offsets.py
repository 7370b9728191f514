"""Map offsets in a cleaned text back to the raw body it was cleaned from.

Spans are reported on `Article.text`; this map lets the UI and exports point into the page.
"""

from __future__ import annotations

from dataclasses import dataclass

from claimtrail.errors import ClaimtrailError
from claimtrail.model import Span


class OffsetError(ClaimtrailError):
    """An index or span lies outside the cleaned text the map was built for."""


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """`starts[i]`/`ends[i]` bound the original characters that cleaned character `i` came from.

    `starts` has one extra entry: the original index just past the last kept character, so
    that `to_original(len(text))` is defined. Both tuples are monotonic non-decreasing.
    """

    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def __post_init__(self) -> None:
        if len(self.starts) != len(self.ends) + 1:
            raise OffsetError("an offset map needs one more start than ends")

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        """The map of a text that cleaning left unchanged."""
        return cls(tuple(range(length + 1)), tuple(range(1, length + 1)))

    def __len__(self) -> int:
        """The length of the cleaned text."""
        return len(self.ends)

    def to_original(self, i: int) -> int:
        """The original index of cleaned index `i` (0 <= i <= len(text))."""
        if not 0 <= i < len(self.starts):
            raise OffsetError(f"index {i} outside the cleaned text (length {len(self.ends)})")
        return self.starts[i]

    def span_to_original(self, span: Span) -> Span:
        """The original range covering every character of `span`, including fixed mojibake."""
        if span.end > len(self.ends):
            raise OffsetError(f"span {span} outside the cleaned text (length {len(self.ends)})")
        start = self.starts[span.start]
        if span.end == span.start:
            return Span(start, start)
        return Span(start, max(start, self.ends[span.end - 1]))
