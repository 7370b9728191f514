"""Gold story corpora and the span alignment the story metrics compare on.

The definitions follow ../shared/tools/storyscore.py exactly (its docstring is the contract):
spans are compared as sets of `\\w+` token indices of the gold document; an exported article
whose text differs from the gold document is aligned to it token by token (difflib).
"""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimtrail.errors import InputError

TOKEN = re.compile(r"\w+", re.UNICODE)
Tokens = list[tuple[int, int, str]]


def tokenize(text: str) -> Tokens:
    return [(m.start(), m.end(), m.group().casefold()) for m in TOKEN.finditer(text)]


def span_tokens(tokens: Tokens, start: int, end: int) -> frozenset[int]:
    return frozenset(i for i, (s, e, _) in enumerate(tokens) if s < end and start < e)


def dice(a: frozenset[int], b: frozenset[int]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def primary_language(language: object) -> str:
    return str(language or "").replace("_", "-").split("-")[0].strip().lower()


def normalise_url(url: object) -> str:
    text = str(url or "").strip().lower()
    text = re.sub(r"^[a-z]+://", "", text)
    text = re.sub(r"^www\.", "", text)
    return text.split("#")[0].rstrip("/")


@dataclass(slots=True)
class GoldStatement:
    id: str
    doc: str
    speaker: str | None
    said_on: str | None
    cluster: str
    tokens: frozenset[int]
    content_text: str


@dataclass(slots=True)
class Side:
    """One side of a gold discrepancy: a statement, or an outlet's own claim (stmt None)."""

    doc: str
    tokens: frozenset[int]
    stmt: str | None


@dataclass(slots=True)
class GoldDiscrepancy:
    id: str
    type: str
    sides: tuple[str, str]


@dataclass(slots=True)
class StoryGold:
    """A gold corpus in either of storyscore's formats ("stories" or "single story")."""

    format: str
    meta: dict[str, dict[str, Any]]
    docs: dict[str, str]
    tokens: dict[str, Tokens]
    language: dict[str, str]
    story_of: dict[str, str | None]
    statements: list[GoldStatement]
    claims: dict[str, Side]
    discrepancies: list[GoldDiscrepancy]
    by_id: dict[str, GoldStatement] = field(default_factory=dict)

    def side(self, ref: str) -> Side | None:
        if ref in self.by_id:
            statement = self.by_id[ref]
            return Side(statement.doc, statement.tokens, ref)
        return self.claims.get(ref)


def load_gold(gold_dir: Path) -> StoryGold:
    """Read gold.json, meta.jsonl and docs/<id>.txt (offsets index the docs read raw)."""
    try:
        gold = json.loads((gold_dir / "gold.json").read_text(encoding="utf-8"))
        lines = (gold_dir / "meta.jsonl").read_text(encoding="utf-8").splitlines()
        meta = {m["id"]: m for m in (json.loads(x) for x in lines if x.strip())}
        docs = {}
        for doc_id in meta:
            with (gold_dir / "docs" / f"{doc_id}.txt").open(encoding="utf-8", newline="") as f:
                docs[doc_id] = f.read()
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InputError(f"cannot read gold dir {gold_dir}: {exc}") from exc
    is_stories = "stories" in gold
    tokens = {d: tokenize(t) for d, t in docs.items()}
    if is_stories:
        story_of: dict[str, str | None] = dict.fromkeys(meta)
        for story in gold["stories"]:
            for doc_id in story["doc_ids"]:
                story_of[doc_id] = story["id"]
    else:  # one story made of the on-story docs; every other doc stands alone
        story_of = {d: ("story" if m.get("on_story") else None) for d, m in meta.items()}
    listed = {sid: c["id"] for c in gold.get("same_statement", []) for sid in c["statements"]}
    statements = []
    for s in gold["statements"]:
        content = s["content"]
        cluster = s.get("cluster") or s.get("utterance") or listed.get(s["id"]) or "_" + s["id"]
        statements.append(
            GoldStatement(
                id=s["id"],
                doc=s["doc"],
                speaker=s.get("speaker"),
                said_on=s.get("said_on"),
                cluster=cluster,
                tokens=span_tokens(tokens[s["doc"]], content["start"], content["end"]),
                content_text=content.get("text", ""),
            )
        )
    claims = {
        c["id"]: Side(c["doc"], span_tokens(tokens[c["doc"]], c["start"], c["end"]), None)
        for c in gold.get("claims", [])
    }
    discrepancies = [
        GoldDiscrepancy(d["id"], d["type"], (d["a"], d["b"])) for d in gold.get("discrepancies", [])
    ]
    return StoryGold(
        format="stories" if is_stories else "single",
        meta=meta,
        docs=docs,
        tokens=tokens,
        language={d: primary_language(m.get("language")) for d, m in meta.items()},
        story_of=story_of,
        statements=statements,
        claims=claims,
        discrepancies=discrepancies,
        by_id={s.id: s for s in statements},
    )


class Mapper:
    """Maps spans of one exported article onto token indices of its gold document."""

    def __init__(self, exported_text: object, doc: str, doc_tokens: Tokens) -> None:
        self.doc, self.doc_tokens = doc, doc_tokens
        self.text = exported_text if isinstance(exported_text, str) and exported_text else None
        self.is_identity = self.text == doc
        self.map: dict[int, int] = {}
        if self.text is not None and not self.is_identity:
            self.tokens = tokenize(self.text)
            matcher = difflib.SequenceMatcher(
                None, [t[2] for t in self.tokens], [t[2] for t in doc_tokens], autojunk=False
            )
            self.map = {a + k: b + k for a, b, n in matcher.get_matching_blocks() for k in range(n)}

    def span(self, span: object) -> frozenset[int]:
        """Gold token indices covered by an exported span, a list of spans, or span text."""
        if isinstance(span, list):
            return frozenset().union(*(self.span(s) for s in span)) if span else frozenset()
        if isinstance(span, str):
            span = {"text": span}
        if not isinstance(span, dict):
            return frozenset()
        start, end = span.get("start"), span.get("end")
        has_offsets = isinstance(start, int) and isinstance(end, int)
        if self.text is None or not has_offsets:
            if span.get("text"):
                return self.locate(str(span["text"]), start if isinstance(start, int) else 0)
            if has_offsets and self.text is None:
                return span_tokens(self.doc_tokens, int(start), int(end))  # type: ignore[arg-type]
            return frozenset()
        if self.is_identity:
            return span_tokens(self.doc_tokens, int(start), int(end))  # type: ignore[arg-type]
        own = span_tokens(self.tokens, int(start), int(end))  # type: ignore[arg-type]
        return frozenset(self.map[i] for i in own if i in self.map)

    def locate(self, text: str, near: int) -> frozenset[int]:
        """A span's text found in the gold doc: exactly, else as a token sequence."""
        hits = [m.start() for m in re.finditer(re.escape(text), self.doc)]
        if hits:
            start = min(hits, key=lambda h: abs(h - near))
            return span_tokens(self.doc_tokens, start, start + len(text))
        want = [t[2] for t in tokenize(text)]
        words = [t[2] for t in self.doc_tokens]
        n = len(want)
        starts = [i for i in range(len(words) - n + 1) if n and words[i : i + n] == want]
        if not starts:
            return frozenset()
        first = min(starts, key=lambda j: abs(self.doc_tokens[j][0] - near))
        return frozenset(range(first, first + n))
