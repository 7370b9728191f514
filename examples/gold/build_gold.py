"""Build examples/gold (storyscore "stories" format) from the corpus and example_annotations.py.

Usage: python examples/gold/build_gold.py [OUT_DIR]      (default: the directory of this script)

Doc texts come from the corpus itself: a .txt file as it is, and for the HTML page, the feed
items and the WARC response the headline and article paragraphs (tags stripped, whitespace
collapsed, paragraphs separated by a blank line). Annotations name spans by anchor strings;
offsets are computed here and every span is checked with `text[start:end] == span text`.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import feedparser
from warcio.archiveiterator import ArchiveIterator

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
# No __pycache__ beside the corpus: a directory walk over examples/ would try to read it.
sys.dont_write_bytecode = True

import example_annotations as ann  # noqa: E402  (sits beside this script, not in a package)

EXAMPLES = HERE.parent / "corpus"


class ArticleParagraphs(HTMLParser):
    """Collects the <h1> and the class-less <p> elements inside <article> (or the whole input).

    The example pages mark their chrome (byline, breadcrumb, share bar) with a class, so a bare
    <p> is body text: that is the convention the hand-written pages follow.
    """

    def __init__(self, whole_input_is_article: bool = False) -> None:
        super().__init__(convert_charrefs=True)
        self.depth_in_article = 1 if whole_input_is_article else 0
        self.collecting = False
        self.current: list[str] = []
        self.paragraphs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "article":
            self.depth_in_article += 1
        elif self.depth_in_article and tag in ("h1", "p") and not dict(attrs).get("class"):
            self.collecting, self.current = True, []

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self.depth_in_article -= 1
        elif self.collecting and tag in ("h1", "p"):
            self.collecting = False
            text = re.sub(r"\s+", " ", "".join(self.current)).strip()
            if text:
                self.paragraphs.append(text)

    def handle_data(self, data: str) -> None:
        if self.collecting:
            self.current.append(data)


def paragraphs_of(html: str, whole_input_is_article: bool = False) -> list[str]:
    parser = ArticleParagraphs(whole_input_is_article)
    parser.feed(html)
    parser.close()
    return parser.paragraphs


def html_doc(path: Path) -> str:
    return "\n\n".join(paragraphs_of(path.read_text(encoding="utf-8")))


def feed_docs(path: Path) -> dict[str, str]:
    """`<stem>-<n>` (1-based, feed order) -> headline and content:encoded paragraphs."""
    feed = feedparser.parse(str(path))
    assert not feed.bozo, f"{path}: {feed.get('bozo_exception')}"
    docs = {}
    for n, entry in enumerate(feed.entries, start=1):
        body = paragraphs_of(entry.content[0].value, whole_input_is_article=True)
        docs[f"{path.name.split('.')[0]}-{n}"] = "\n\n".join([entry.title.strip(), *body])
    return docs


def warc_docs(path: Path) -> dict[str, str]:
    """`<stem>-<n>` (1-based over HTML responses) -> headline and article paragraphs."""
    docs = {}
    with path.open("rb") as stream:
        responses = (r for r in ArchiveIterator(stream) if r.rec_type == "response")
        for n, record in enumerate(responses, start=1):
            html = record.content_stream().read().decode("utf-8")
            docs[f"{path.name.split('.')[0]}-{n}"] = "\n\n".join(paragraphs_of(html))
    return docs


def corpus_docs(examples: Path = EXAMPLES) -> dict[str, str]:
    """Every example article's text, keyed by the id claimtrail gives it."""
    docs: dict[str, str] = {}
    for path in sorted(examples.glob("*.txt")):
        with path.open(encoding="utf-8", newline="") as f:
            docs[path.stem] = f.read()
    for path in sorted(examples.glob("*.html")):
        docs[path.stem] = html_doc(path)
    for path in sorted(examples.glob("*.rss")):
        docs.update(feed_docs(path))
    for path in sorted(examples.glob("*.warc.gz")):
        docs.update(warc_docs(path))
    return docs


# ---------------------------------------------------------------- spans


def whole_word_hits(text: str, needle: str) -> list[int]:
    return [m.start() for m in re.finditer(rf"(?<!\w){re.escape(needle)}(?!\w)", text)]


def span(text: str, start: int, needle: str) -> dict[str, Any]:
    assert text[start : start + len(needle)] == needle
    return {"text": needle, "start": start, "end": start + len(needle)}


def content_span(doc_id: str, text: str, needle: str, nth: int | None) -> dict[str, Any]:
    hits = [m.start() for m in re.finditer(re.escape(needle), text)]
    if not hits:
        raise ValueError(f"{doc_id}: content not found: {needle!r}")
    if nth is None and len(hits) > 1:
        raise ValueError(f"{doc_id}: content occurs {len(hits)} times, give nth: {needle!r}")
    return span(text, hits[nth or 0], needle)


def nearest_span(doc_id: str, text: str, anchor: Any, near: dict[str, Any]) -> Any:
    """The whole-word occurrence of `anchor` closest to the content span (None stays None).

    An anchor `(needle, context)` picks the needle inside the unique string `context` instead,
    for the few cases where the nearest occurrence is the wrong one.
    """
    if anchor is None:
        return None
    if isinstance(anchor, tuple):
        needle, context = anchor
        at = content_span(doc_id, text, context, None)["start"]
        return span(text, at + context.index(needle), needle)
    needle = anchor
    hits = whole_word_hits(text, needle)
    if not hits:
        raise ValueError(f"{doc_id}: not found as a whole word: {needle!r}")

    def gap(h: int) -> int:
        end = h + len(needle)
        return (
            0
            if h < near["end"] and near["start"] < end
            else min(abs(near["start"] - end), abs(h - near["end"]))
        )

    return span(text, min(hits, key=gap), needle)


def statements(docs: dict[str, str]) -> list[dict[str, Any]]:
    out = []
    counters: dict[str, int] = defaultdict(int)
    for row in ann.STATEMENTS:
        doc_id = row["doc"]
        text = docs[doc_id]
        counters[doc_id] += 1
        content = content_span(doc_id, text, row["content"], row.get("nth"))
        out.append(
            {
                "id": f"{doc_id}_s{counters[doc_id]:02d}",
                "doc": doc_id,
                "speaker": row["speaker"],
                "speaker_text": nearest_span(doc_id, text, row.get("speaker_text"), content),
                "content": content,
                "cue": nearest_span(doc_id, text, row.get("cue"), content),
                "said_on": row.get("said_on"),
                "said_on_basis": row.get("basis") if row.get("said_on") else None,
                "time_expr": nearest_span(doc_id, text, row.get("time"), content),
                "reported_via": row.get("via"),
                "quote_type": row.get("kind", "indirect"),
                "cluster": row.get("cluster") or f"_{doc_id}_s{counters[doc_id]:02d}",
                "note": row.get("note"),
                "key": row.get("key"),
            }
        )
    return out


# ---------------------------------------------------------------- gold


def same_statement(stmts: list[dict[str, Any]], languages: dict[str, str]) -> list[dict[str, Any]]:
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for s in stmts:
        groups[s["cluster"]].append(s)
    out = []
    for cluster, members in groups.items():
        if len(members) < 2:
            continue
        speakers = {m["speaker"] for m in members}
        assert len(speakers) == 1, f"cluster {cluster} mixes speakers {speakers}"
        docs = sorted({m["doc"] for m in members})
        out.append(
            {
                "id": cluster,
                "statements": [m["id"] for m in members],
                "speaker": members[0]["speaker"],
                "said_on": ann.CLUSTERS[cluster]["said_on"],
                "gloss": ann.CLUSTERS[cluster]["gloss"],
                "docs": docs,
                "languages": sorted({languages[d] for d in docs}),
            }
        )
    return out


def discrepancies(stmts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    by_key = {s["key"]: s["id"] for s in stmts if s["key"]}
    return [
        {
            "id": f"d{i}",
            "a": by_key[d["a"]],
            "b": by_key[d["b"]],
            "type": d["type"],
            "why": d["why"],
            "story": ann.STORY["id"],
        }
        for i, d in enumerate(ann.DISCREPANCIES, start=1)
    ]


def entities(docs: dict[str, str]) -> list[dict[str, Any]]:
    out = []
    for e in ann.ENTITIES:
        aliases = e["aliases"]
        with_alias = sorted(
            d for d, t in docs.items() if any(whole_word_hits(t, a) for a in aliases)
        )
        missing = [a for a in aliases if not any(whole_word_hits(t, a) for t in docs.values())]
        assert not missing, f"entity {e['id']}: aliases found in no doc: {missing}"
        out.append({**e, "docs_with_alias": with_alias})
    return out


def build(examples: Path = EXAMPLES) -> dict[str, Any]:
    """gold.json, meta rows and doc texts, all checked; nothing is written."""
    docs = corpus_docs(examples)
    meta = ann.META
    assert [m["id"] for m in meta] == sorted(docs), (sorted(docs), [m["id"] for m in meta])
    languages = {m["id"]: m["language"] for m in meta}
    stmts = statements(docs)
    story_docs = [m["id"] for m in meta if m["story"] == ann.STORY["id"]]
    gold = {
        "version": 1,
        "offsets": "Python str indices (Unicode code points) into docs/<id>.txt read as UTF-8 "
        "with newline='' (no newline translation); text == doc[start:end].",
        "stories": [{**ann.STORY, "doc_ids": story_docs}],
        "distractor_doc_ids": [m["id"] for m in meta if m["story"] is None],
        "entities": entities(docs),
        "statements": [{k: v for k, v in s.items() if k != "key"} for s in stmts],
        "same_statement": same_statement(stmts, languages),
        "discrepancies": discrepancies(stmts),
        "timeline": {ann.STORY["id"]: ann.TIMELINE},
    }
    return {"gold": gold, "meta": meta, "docs": docs}


def write(out: Path, built: dict[str, Any]) -> None:
    (out / "docs").mkdir(parents=True, exist_ok=True)
    for doc_id, text in built["docs"].items():
        with (out / "docs" / f"{doc_id}.txt").open("w", encoding="utf-8", newline="") as f:
            f.write(text)
    rows = "".join(json.dumps(m, ensure_ascii=False) + "\n" for m in built["meta"])
    (out / "meta.jsonl").write_text(rows, encoding="utf-8")
    text = json.dumps(built["gold"], ensure_ascii=False, indent=1) + "\n"
    (out / "gold.json").write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("out", nargs="?", type=Path, default=HERE)
    args = parser.parse_args(argv)
    built = build()
    write(args.out, built)
    g = built["gold"]
    print(
        f"wrote {args.out}: {len(built['docs'])} docs, {len(g['statements'])} statements, "
        f"{len(g['same_statement'])} clusters, {len(g['discrepancies'])} discrepancies"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
