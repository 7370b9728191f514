"""BIO labels over paragraph tokens <-> role spans of Doc tokens."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

Role = Literal["source", "cue", "content"]
ROLE_TAGS: dict[Role, str] = {"source": "S", "cue": "C", "content": "T"}
TAG_ROLES: dict[str, Role] = {v: k for k, v in ROLE_TAGS.items()}
LABELS = ("O", "B-S", "I-S", "B-C", "I-C", "B-T", "I-T")


@dataclass(frozen=True, slots=True)
class TokenSpan:
    """Doc tokens `[start, end)` labelled with one role; `score` is the mean label marginal."""

    role: Role
    start: int
    end: int
    score: float = 1.0


def decode(
    labels: Sequence[str], token_ids: Sequence[int], scores: Sequence[float] | None = None
) -> list[TokenSpan]:
    """Role spans from a paragraph's BIO labels; an I- after another role starts a new span."""
    spans: list[TokenSpan] = []
    role: Role | None = None
    first = 0
    for k, label in enumerate([*labels, "O"]):
        tag = label[2:] if len(label) > 2 else ""
        starts_new = label.startswith("B-") or (
            label.startswith("I-") and (role is None or ROLE_TAGS[role] != tag)
        )
        if role is not None and (label == "O" or starts_new):
            spans.append(_span(role, first, k, token_ids, scores))
            role = None
        if starts_new:
            role = TAG_ROLES[tag]
            first = k
    return spans


def _span(
    role: Role, first: int, stop: int, token_ids: Sequence[int], scores: Sequence[float] | None
) -> TokenSpan:
    score = sum(scores[first:stop]) / (stop - first) if scores else 1.0
    return TokenSpan(role, token_ids[first], token_ids[stop - 1] + 1, score)


def top_tokens(doc: Any, span: TokenSpan) -> list[Any]:
    """Tokens of the span whose head lies outside it (or who are their sentence's root)."""
    return [
        doc[i]
        for i in range(span.start, span.end)
        if doc[i].head.i == i or not span.start <= doc[i].head.i < span.end
    ]
