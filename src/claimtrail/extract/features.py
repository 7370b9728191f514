"""Turns a parsed spaCy Doc into CRF feature sequences, one sequence per paragraph.

Attributions almost never cross paragraphs in PolNeAR (1 content span in 19,832), so a
paragraph is the unit the CRF labels; quotes that run across sentences stay inside it.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

# Quote marks as English news uses them; „ and « open, » closes (French/German styles).
OPENING_QUOTES = frozenset({"“", "„", "«", "‘‘", "``"})
CLOSING_QUOTES = frozenset({"”", "»", "’’", "''"})
TOGGLING_QUOTES = frozenset({'"'})
MAX_CUE_PATH = 8  # ancestors searched for a cue word; deeper trees are rare and noisy
WINDOW = (-2, -1, 1, 2)
MAX_TITLE_TOKENS = 30
SENTENCE_ENDS = frozenset({":", ".", "?", "!", ",", "”", '"'})

CueLexicon = Mapping[str, str]  # lemma -> bucket name ("c2".."c5"), learned from train cues


@dataclass(frozen=True, slots=True)
class Paragraph:
    """The non-space token indices of one paragraph of a Doc, their features and quote depths."""

    token_ids: tuple[int, ...]
    features: tuple[tuple[str, ...], ...]
    quote_depths: tuple[int, ...]
    is_title: bool = False  # a short first paragraph of a longer text


def _shape(text: str) -> str:
    out: list[str] = []
    for ch in text[:12]:
        c = "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def sentence_starts(doc: Any) -> list[int]:
    """The index of the first token of each token's sentence (one pass, not `token.sent`)."""
    starts = [0] * len(doc)
    for sent in doc.sents:
        starts[sent.start : sent.end] = [sent.start] * (sent.end - sent.start)
    return starts


def paragraph_token_ids(doc: Any) -> list[list[int]]:
    """Token indices grouped by paragraph: a whitespace token holding a newline ends one."""
    paragraphs: list[list[int]] = []
    current: list[int] = []
    for tok in doc:
        if tok.is_space:
            if "\n" in tok.text and current:
                paragraphs.append(current)
                current = []
            continue
        current.append(tok.i)
        if "\n" in tok.whitespace_ and current:
            paragraphs.append(current)
            current = []
    if current:
        paragraphs.append(current)
    return paragraphs


def quote_depths(doc: Any, token_ids: Sequence[int]) -> list[int]:
    """Quote nesting depth of each token; opening and closing marks count as inside."""
    depths: list[int] = []
    depth = 0
    for i in token_ids:
        text = doc[i].text
        if text in OPENING_QUOTES:
            depth += 1
            depths.append(depth)
        elif text in CLOSING_QUOTES:
            depths.append(max(depth, 1))
            depth = max(depth - 1, 0)
        elif text in TOGGLING_QUOTES:
            if depth > 0:
                depths.append(depth)
                depth -= 1
            else:
                depth = 1
                depths.append(depth)
        else:
            depths.append(depth)
    return depths


def _cue_ancestor(tok: Any, lexicon: CueLexicon) -> tuple[str, str, str, str] | None:
    """(dep of the child on the path, cue bucket, cue lemma, side) of the nearest cue ancestor."""
    child = tok
    node = tok.head
    for depth in range(MAX_CUE_PATH):
        if node.i == child.i:
            return None
        bucket = lexicon.get(node.lemma_.lower())
        if bucket is not None and bucket >= "c3":
            side = "L" if tok.i < node.i else "R"
            return child.dep_, bucket, node.lemma_.lower() if depth < 2 else "", side
        child, node = node, node.head
    return None


def _base(tok: Any, lexicon: CueLexicon, depth: int) -> tuple[str, str, str, str]:
    return (
        tok.lower_[:20],
        tok.pos_,
        lexicon.get(tok.lemma_.lower(), "c0"),
        "q" if depth else "n",
    )


def doc_paragraphs(doc: Any, lexicon: CueLexicon) -> list[Paragraph]:
    """Feature sequences for every paragraph of `doc`."""
    paragraphs = paragraph_token_ids(doc)
    starts = sentence_starts(doc)
    sent_ends = {sent.start: sent.end for sent in doc.sents}
    sent_info = _sentence_info(doc, lexicon)
    out: list[Paragraph] = []
    for p_index, ids in enumerate(paragraphs):
        depths = quote_depths(doc, ids)
        bases = [_base(doc[i], lexicon, d) for i, d in zip(ids, depths, strict=True)]
        n = len(ids)
        n_sents = len({starts[i] for i in ids})
        # A short first paragraph of a longer text is a headline ("Minister: talks are over").
        is_title = p_index == 0 and len(paragraphs) > 1 and n <= MAX_TITLE_TOKENS
        strong = [k for k, b in enumerate(bases) if b[2] >= "c4"]
        feats: list[tuple[str, ...]] = []
        after_colon = False
        last_sent = -1
        for k, i in enumerate(ids):
            tok = doc[i]
            if starts[i] != last_sent:
                after_colon = False
                last_sent = starts[i]
            f = _token_features(tok, lexicon, depths[k], bases[k], sent_info, starts, sent_ends)
            f.append(f"para={'title' if is_title else 'first' if k == 0 else 'in'}")
            f.append(f"psents={min(n_sents, 3)}")
            if after_colon:
                f.append("after_colon")
            f.extend(_cue_distances(k, strong, [starts[ids[c]] for c in strong], starts[i]))
            if tok.text == ":":
                after_colon = True
            for off in WINDOW:
                j = k + off
                if 0 <= j < n:
                    w, pos, cb, q = bases[j]
                    f.extend((f"{off}w={w}", f"{off}p={pos}", f"{off}cb={cb}", f"{off}q={q}"))
                else:
                    f.append(f"{off}=EDGE")
            if k > 0:
                f.append(f"bw={bases[k - 1][0]}|{bases[k][0]}")
            if k + 1 < n:
                f.append(f"fw={bases[k][0]}|{bases[k + 1][0]}")
            feats.append(tuple(f))
        out.append(Paragraph(tuple(ids), tuple(feats), tuple(depths), is_title))
    return out


def _bucket(distance: int) -> str:
    return str(distance) if distance <= 3 else "4-8" if distance <= 8 else "9+"


def _cue_distances(
    k: int, strong: Sequence[int], strong_sents: Sequence[int], sent: int
) -> list[str]:
    """Distance buckets to the nearest strong cue word left and right in the same sentence."""
    at = bisect.bisect_left(strong, k)
    out = []
    if at > 0 and strong_sents[at - 1] == sent:
        out.append(f"lcue={_bucket(k - strong[at - 1])}")
    right = at + 1 if at < len(strong) and strong[at] == k else at
    if right < len(strong) and strong_sents[right] == sent:
        out.append(f"rcue={_bucket(strong[right] - k)}")
    return out


def _sentence_info(doc: Any, lexicon: CueLexicon) -> dict[int, tuple[str, ...]]:
    """Per sentence start: features describing the sentence and its neighbours."""
    sents = list(doc.sents)
    has_cue: list[bool] = []
    summaries: list[tuple[str, str, str]] = []
    for sent in sents:
        words = [t for t in sent if not t.is_space]
        has_cue.append(any(lexicon.get(t.lemma_.lower(), "c0") >= "c4" for t in words))
        first = words[0].text if words else ""
        last = words[-1].text if words else ""
        root_bucket = lexicon.get(sent.root.lemma_.lower(), "c0")
        summaries.append((first, last, root_bucket))
    info: dict[int, tuple[str, ...]] = {}
    for k, sent in enumerate(sents):
        first, last, root_bucket = summaries[k]
        f = [
            f"s_cue={has_cue[k]}",
            f"s_rootcb={root_bucket}",
            f"s_first_q={first in OPENING_QUOTES or first in TOGGLING_QUOTES}",
            f"s_last={last if last in SENTENCE_ENDS else 'o'}",
        ]
        if k > 0:
            previous_last = summaries[k - 1][1]
            f.append(f"ps_last={previous_last if previous_last in SENTENCE_ENDS else 'o'}")
            f.append(f"ps_cue={has_cue[k - 1]}")
        if k + 1 < len(sents):
            f.append(f"ns_cue={has_cue[k + 1]}")
            f.append(f"ns_first_q={summaries[k + 1][0] in OPENING_QUOTES}")
        info[sent.start] = tuple(f)
    return info


def _token_features(
    tok: Any,
    lexicon: CueLexicon,
    depth: int,
    base: tuple[str, str, str, str],
    sent_info: Mapping[int, tuple[str, ...]],
    sent_starts: Sequence[int],
    sent_ends: Mapping[int, int],
) -> list[str]:
    word, pos, bucket, quoted = base
    head = tok.head
    start = sent_starts[tok.i]
    end = sent_ends[start]
    position = "first" if tok.i == start else "last" if tok.i == end - 1 else "mid"
    f = [
        "bias",
        f"w={word}",
        f"l={tok.lemma_.lower()[:20]}",
        f"sh={_shape(tok.text)}",
        f"suf={word[-3:]}",
        f"p={pos}",
        f"t={tok.tag_}",
        f"d={tok.dep_}",
        f"e={tok.ent_iob_}{tok.ent_type_}",
        f"cb={bucket}",
        f"q={quoted}",
        f"qd={min(depth, 2)}",
        f"hl={head.lemma_.lower()[:20]}",
        f"hp={head.pos_}",
        f"hd={head.dep_}",
        f"hcb={lexicon.get(head.lemma_.lower(), 'c0')}",
        f"d|hcb={tok.dep_}|{lexicon.get(head.lemma_.lower(), 'c0')}",
        f"hdir={'L' if head.i > tok.i else 'R' if head.i < tok.i else 'S'}",
        f"spos={position}",
        f"root={tok.dep_ == 'ROOT'}",
        f"d|hd={tok.dep_}|{head.dep_}",
    ]
    if bucket >= "c3":
        f.append(f"cl|d={tok.lemma_.lower()}|{tok.dep_}")
    cue = _cue_ancestor(tok, lexicon)
    if cue is not None:
        dep, cb, lemma, side = cue
        f.extend((f"ca_dep={dep}", f"ca_cb={cb}", f"ca_side={side}", f"ca_dep_side={dep}{side}"))
        if lemma:
            f.append(f"ca_l={lemma}")
    else:
        f.append("ca=none")
    child_deps = {c.dep_ for c in tok.children}
    for dep in ("nsubj", "nsubjpass", "ccomp", "xcomp", "dobj", "agent", "pobj"):
        if dep in child_deps:
            f.append(f"has_{dep}")
    f.extend(sent_info.get(start, ()))
    return f
