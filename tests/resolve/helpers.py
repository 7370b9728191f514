"""Builds attributions from quoted substrings, so tests read as the sentences they test."""

from __future__ import annotations

from claimtrail.model import Attribution, Span


def span_of(text: str, needle: str, occurrence: int = 0) -> Span:
    """The span of the `occurrence`-th `needle` in `text` (fails loudly when absent)."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(needle, start + 1)
    return Span(start, start + len(needle))


def attribution(
    text: str, source: str, occurrence: int = 0, cue: str | None = None, via: str | None = None
) -> Attribution:
    """An attribution whose source is the `occurrence`-th `source` string of `text`."""
    src = span_of(text, source, occurrence)
    after = span_of(text[src.end :], cue) if cue else None
    cue_spans = (Span(after.start + src.end, after.end + src.end),) if after else ()
    via_spans = (span_of(text, via),) if via else ()
    return Attribution(
        "a1", (src,), cue_spans, (Span(src.end, src.end),), "indirect", via=via_spans
    )
