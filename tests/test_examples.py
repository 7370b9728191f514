"""The bundled example corpus is complete, readable in every format, and its gold is in sync."""

from __future__ import annotations

import gzip
import importlib.util
import json
import os
import re
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import feedparser
import pytest
import trafilatura
from lingua import Language, LanguageDetectorBuilder
from warcio.archiveiterator import ArchiveIterator

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples" / "corpus"
GOLD = REPO / "examples" / "gold"
SHARED = Path(os.environ.get("CLAIMTRAIL_SHARED") or REPO / ".." / "shared")
STORYSCORE = SHARED / "tools" / "storyscore.py"
STORIES = SHARED / "data" / "stories"
CYRILLIC = re.compile(r"[\u0400-\u04FF]")
WARC_PATH = EXAMPLES / "baltoglyad-crawl.warc.gz"


def load_script(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def build_gold() -> ModuleType:
    return load_script(GOLD / "build_gold.py")


@pytest.fixture(scope="module")
def gold() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((GOLD / "gold.json").read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def gold_meta() -> list[dict[str, Any]]:
    lines = (GOLD / "meta.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def gold_doc(doc_id: str) -> str:
    with (GOLD / "docs" / f"{doc_id}.txt").open(encoding="utf-8", newline="") as f:
        return f.read()


def meta_rows() -> list[dict[str, Any]]:
    lines = (EXAMPLES / "meta.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def needs_shared(path: Path) -> None:
    if not path.exists():
        pytest.skip(f"shared data not found at {path} (set CLAIMTRAIL_SHARED)")


# ---------------------------------------------------------------- completeness


@pytest.mark.parametrize(
    ("pattern", "at_least"), [("*.txt", 3), ("*.html", 1), ("*.rss", 1), ("*.warc.gz", 1)]
)
def test_corpus_has_files_of_each_input_format(pattern: str, at_least: int) -> None:
    assert len(list(EXAMPLES.glob(pattern))) >= at_least


def test_meta_jsonl_lines_are_complete_and_name_existing_txt_files() -> None:
    stems = {p.stem for p in EXAMPLES.glob("*.txt")}
    rows = meta_rows()
    for row in rows:
        assert set(row) == {"id", "url", "outlet", "title", "published"}
        assert row["id"] in stems
        assert row["url"].startswith("https://")
        assert datetime.fromisoformat(row["published"]).year == 2025
    assert len({row["id"] for row in rows}) == len(rows)


def test_exactly_one_txt_file_has_no_meta_line_and_its_date_is_in_the_text() -> None:
    missing = {p.stem for p in EXAMPLES.glob("*.txt")} - {row["id"] for row in meta_rows()}
    assert missing == {"rundschau-hafen"}
    assert "Velna, 13. März 2025" in (EXAMPLES / "rundschau-hafen.txt").read_text(encoding="utf-8")


def test_corpus_spans_three_languages_including_a_cyrillic_one(
    gold_meta: list[dict[str, Any]],
) -> None:
    languages = {m["language"] for m in gold_meta}
    assert len(languages) >= 3
    assert languages & {"ru", "uk"}
    cyrillic_docs = [m["id"] for m in gold_meta if CYRILLIC.search(gold_doc(m["id"]))]
    assert {"segodnya-zhuravlev", "baltoglyad-crawl-1"} <= set(cyrillic_docs)


def test_gold_languages_agree_with_a_language_detector(gold_meta: list[dict[str, Any]]) -> None:
    candidates = [Language.ENGLISH, Language.RUSSIAN, Language.UKRAINIAN]
    candidates += [Language.GERMAN, Language.FRENCH]
    detector = LanguageDetectorBuilder.from_languages(*candidates).build()
    for m in gold_meta:
        found = detector.detect_language_of(gold_doc(m["id"]))
        assert found is not None
        assert found.iso_code_639_1.name.lower() == m["language"], m["id"]


def test_story_articles_are_150_to_400_words(gold_meta: list[dict[str, Any]]) -> None:
    for m in gold_meta:
        words = len(gold_doc(m["id"]).split())
        assert 150 <= words <= 400, (m["id"], words)


@pytest.mark.parametrize(
    "boilerplate",
    [
        "Leave a Reply",
        "Newsletter Signup",
        "Share this:",
        "Read also:",
        "Related posts:",
        "We use cookies",
        "Back to top button",
        "Читайте также:",
        "Lesen Sie auch:",
    ],
)
def test_plain_text_articles_carry_web_boilerplate(boilerplate: str) -> None:
    texts = [p.read_text(encoding="utf-8") for p in EXAMPLES.glob("*.txt")]
    assert any(boilerplate in t for t in texts)


def test_a_headline_is_repeated_in_plain_text() -> None:
    text = (EXAMPLES / "courier-blockade.txt").read_text(encoding="utf-8")
    assert text.count("Minister: talks with lorry drivers are over\n") == 2


def test_minister_name_is_spelled_at_least_three_ways_across_docs(
    gold: dict[str, Any],
) -> None:
    minister = next(e for e in gold["entities"] if e["id"] == "zhuravlyov")
    full_names = [a for a in minister["aliases"] if " " in a]
    docs_by_name = {
        a: {m for m in minister["docs_with_alias"] if a in gold_doc(m)} for a in full_names
    }
    assert len([a for a, docs in docs_by_name.items() if docs]) >= 3


def test_gold_has_every_discrepancy_type(gold: dict[str, Any]) -> None:
    assert {d["type"] for d in gold["discrepancies"]} == {
        "source_disagreement",
        "attribution_mismatch",
        "self_contradiction",
        "date_conflict",
    }


def test_aggregator_copy_repeats_the_courier_body_nearly_word_for_word() -> None:
    courier = set(gold_doc("courier-blockade").split("\n\n"))
    copy = gold_doc("headlines24-blockade").split("\n\n")
    shared = [p for p in copy if p in courier and len(p) > 60]
    assert len(shared) >= 5


# ---------------------------------------------------------------- formats


def test_warc_holds_an_html_response_that_warcio_reads() -> None:
    with WARC_PATH.open("rb") as stream:
        records = [
            (
                r.rec_type,
                r.rec_headers.get_header("WARC-Target-URI"),
                r.http_headers,
                r.content_stream().read(),
            )
            for r in ArchiveIterator(stream)
        ]
    assert [kind for kind, *_ in records] == ["warcinfo", "request", "response"]
    _, url, http, body = records[2]
    assert url.startswith("https://baltoglyad.example/")
    assert http.get_statuscode() == "200"
    assert http.get_header("Content-Type").startswith("text/html")
    extracted = trafilatura.extract(body.decode("utf-8"))
    assert extracted is not None
    for paragraph in gold_doc("baltoglyad-crawl-1").split("\n\n"):
        assert paragraph in extracted
    assert "Читайте також" not in extracted


def test_warc_script_rebuilds_the_same_bytes(tmp_path: Path) -> None:
    script = load_script(REPO / "scripts" / "make_example_warc.py")
    script.write_warc(tmp_path / "again.warc.gz")
    assert (tmp_path / "again.warc.gz").read_bytes() == WARC_PATH.read_bytes()
    assert gzip.decompress(WARC_PATH.read_bytes()).startswith(b"WARC/1.0")


def test_rss_feed_parses_with_full_content_entries() -> None:
    feed = feedparser.parse(str(EXAMPLES / "vpr-feed.rss"))
    assert not feed.bozo
    assert len(feed.entries) == 2
    for n, entry in enumerate(feed.entries, start=1):
        content = entry.content[0]
        assert content.type == "text/html"
        assert len(content.value) > 3 * len(entry.summary)
        plain = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", content.value))
        body = gold_doc(f"vpr-feed-{n}").split("\n\n")
        assert body[0] == entry.title
        assert all(paragraph in plain for paragraph in body[1:])


def test_html_page_main_text_is_extractable_without_chrome() -> None:
    html = (EXAMPLES / "echo-boreal-peage.html").read_text(encoding="utf-8")
    extracted = trafilatura.extract(html)
    assert extracted is not None
    for paragraph in gold_doc("echo-boreal-peage").split("\n\n"):
        assert paragraph in extracted
    for chrome in ("Tout accepter", "À lire aussi", "Mentions légales", "Accueil"):
        assert chrome not in extracted
    metadata = trafilatura.extract_metadata(html)
    assert metadata.author == "Claire Dumesnil"
    assert metadata.date == "2025-03-14"
    assert (metadata.url or "").startswith("https://echo-boreal.example/")


# ---------------------------------------------------------------- gold


def test_gold_dir_is_in_sync_with_the_corpus(build_gold: ModuleType, gold: dict[str, Any]) -> None:
    built = build_gold.build()
    assert built["gold"] == gold
    for doc_id, text in built["docs"].items():
        assert gold_doc(doc_id) == text
    meta = [json.loads(x) for x in (GOLD / "meta.jsonl").read_text(encoding="utf-8").splitlines()]
    assert built["meta"] == meta


def test_gold_spans_index_their_docs(gold: dict[str, Any]) -> None:
    for s in gold["statements"]:
        text = gold_doc(s["doc"])
        for key in ("content", "speaker_text", "cue", "time_expr"):
            if s[key] is not None:
                assert text[s[key]["start"] : s[key]["end"]] == s[key]["text"], (s["id"], key)
        if s["said_on"]:
            date.fromisoformat(s["said_on"])
            assert s["said_on_basis"] in ("doc", "story")


def test_gold_dir_passes_storyscore_self_test() -> None:
    needs_shared(STORYSCORE)
    done = subprocess.run(
        [sys.executable, str(STORYSCORE), "--self-test", str(GOLD)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip().endswith("SELF-TEST PASS")


# ---------------------------------------------------------------- stories input


def test_build_stories_input_writes_58_docs_and_reduced_meta(tmp_path: Path) -> None:
    needs_shared(STORIES)
    out = tmp_path / "stories_input"
    done = subprocess.run(
        [
            sys.executable,
            str(REPO / "scripts" / "build_stories_input.py"),
            str(out),
            "--shared",
            str(SHARED),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    txt = sorted(p.name for p in out.glob("*.txt"))
    assert len(txt) == 58
    rows = [json.loads(x) for x in (out / "meta.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == sorted(r["id"] for r in rows)
    assert {f"{r['id']}.txt" for r in rows} == set(txt)
    assert all(set(r) == {"id", "url", "outlet"} for r in rows)
    assert (out / "001.txt").read_bytes() == (STORIES / "docs" / "001.txt").read_bytes()


def test_build_stories_input_fails_cleanly_without_shared_data(tmp_path: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            str(REPO / "scripts" / "build_stories_input.py"),
            str(tmp_path / "o"),
            "--shared",
            str(tmp_path / "nowhere"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert "no docs/*.txt" in done.stderr
