"""Attributions marked by layout rather than grammar: transcript turns and quote lists.

A transcript gives each turn as "PENCE: Well, look, ..." and a quote list signs each quote
("“We need law and order.” ― Sonya Herridge"). PolNeAR marks the speaker label as the
source, the colon or dash as the cue and the turn or quote as the content. Neither has a
reporting verb, so the CRF reads them as one long quotation with a stray cue.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from claimtrail.extract.features import OPENING_QUOTES, TOGGLING_QUOTES
from claimtrail.extract.groups import Group
from claimtrail.extract.spans import TokenSpan

LAYOUT_SCORE = 0.6  # prior confidence of the rules (no CRF marginal exists)
MAX_LABEL_TOKENS = 4  # "JAKE TAPPER", "SEN. ELIZABETH WARREN"
MIN_TURN_WORDS = 2
# One "UPDATE:" or "BYLINE:" line is not a transcript; two labelled turns are.
MIN_TURNS = 2
_QUOTE_MARKS = "\"“”„«»‘’'"
_DASHES = "―—–"  # a hyphen also signs quotes, but only after a closing quote mark
_NAME = r"[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,5}"
# "“...” ― Name" and "Name ― “...”"; the quote must run from the start to the dash.
_QUOTE_THEN_NAME = re.compile(
    rf"^[{_QUOTE_MARKS}].*[{_QUOTE_MARKS}]\s*(?P<dash>[{_DASHES}-])\s*(?P<name>{_NAME})\W*$",
    re.DOTALL,
)
_NAME_THEN_QUOTE = re.compile(
    rf"^(?P<name>{_NAME})\s*(?P<dash>[{_DASHES}])\s*[{_QUOTE_MARKS}].*[{_QUOTE_MARKS}]\W*$",
    re.DOTALL,
)


def layout_groups(doc: Any, paragraphs: Sequence[Sequence[int]]) -> dict[int, Group]:
    """Paragraph index -> the attribution its layout marks, for the paragraphs that have one."""
    found: dict[int, Group] = {}
    turns = {k: g for k, ids in enumerate(paragraphs) if (g := _turn(doc, ids)) is not None}
    if len(turns) >= MIN_TURNS:
        found.update(turns)
    for k, ids in enumerate(paragraphs):
        if k not in found and (group := _signed_quote(doc, ids)) is not None:
            found[k] = group
    return found


def _is_label_word(tok: Any) -> bool:
    """An upper-case word of a speaker label: "WALLACE", "MR.", "O'NEILL"."""
    letters = [c for c in tok.text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _turn(doc: Any, ids: Sequence[int]) -> Group | None:
    """The turn of a "NAME: words" paragraph, optionally opened by a quote mark."""
    k = 0
    while k < len(ids) and doc[ids[k]].text in OPENING_QUOTES | TOGGLING_QUOTES:
        k += 1
    first = k
    while k < len(ids) and k - first < MAX_LABEL_TOKENS and _is_label_word(doc[ids[k]]):
        k += 1
    if k == first or k >= len(ids) or doc[ids[k]].text != ":":
        return None
    if not any(sum(c.isalpha() for c in doc[i].text) >= 2 for i in ids[first:k]):
        return None
    rest = ids[k + 1 :]
    if sum(1 for i in rest if doc[i].is_alpha) < MIN_TURN_WORDS:
        return None
    colon = ids[k]
    return Group(
        cue=[TokenSpan("cue", colon, colon + 1, LAYOUT_SCORE)],
        source=[TokenSpan("source", ids[first], ids[k - 1] + 1, LAYOUT_SCORE)],
        content=[TokenSpan("content", rest[0], rest[-1] + 1, LAYOUT_SCORE)],
    )


def _signed_quote(doc: Any, ids: Sequence[int]) -> Group | None:
    """The quote of a paragraph that is one quotation signed with a dash and a name."""
    start = doc[ids[0]].idx
    last = doc[ids[-1]]
    text = doc.text[start : last.idx + len(last.text)]
    match = _QUOTE_THEN_NAME.match(text) or _NAME_THEN_QUOTE.match(text)
    if match is None:
        return None
    dash = (start + match.start("dash"), start + match.end("dash"))
    name = (start + match.start("name"), start + match.end("name"))
    quote = (start, dash[0]) if match.re is _QUOTE_THEN_NAME else (dash[1], len(text) + start)
    if not _is_name(match.group("name")):
        return None
    cue = _tokens_in(doc, ids, *dash, whole=False)
    source = _tokens_in(doc, ids, *name, whole=True)
    content = _tokens_in(doc, ids, *quote, whole=True)
    if not cue or not source or not content:
        return None
    return Group(
        cue=[TokenSpan("cue", cue[0], cue[-1] + 1, LAYOUT_SCORE)],
        source=[TokenSpan("source", source[0], source[-1] + 1, LAYOUT_SCORE)],
        content=[TokenSpan("content", content[0], content[-1] + 1, LAYOUT_SCORE)],
    )


def _is_name(text: str) -> bool:
    """True when the first and last words are capitalised: "Edwin G. Monroy", "Carlos Raúl"."""
    words = text.split()
    return words[0][0].isupper() and words[-1][0].isupper()


def _tokens_in(doc: Any, ids: Sequence[int], start: int, end: int, whole: bool) -> list[int]:
    """Tokens of `ids` inside the characters [start, end) (`whole`), or overlapping them.

    spaCy glues a closing quote to the dash ("”―"): that token belongs to the cue, so the
    content, which takes whole tokens only, stops before it.
    """
    out = []
    for i in ids:
        tok_start, tok_end = doc[i].idx, doc[i].idx + len(doc[i].text)
        if (
            (start <= tok_start and tok_end <= end)
            if whole
            else (tok_start < end and start < tok_end)
        ):
            out.append(i)
    return out
