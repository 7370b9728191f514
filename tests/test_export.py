"""Exports: storyscore reads the JSON, CSV and Parquet hold the same rows, spans stay exact."""

from __future__ import annotations

import csv
import hashlib
import importlib.util
import json
import os
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from types import ModuleType
from typing import Any

import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrail import export
from claimtrail.errors import ClaimtrailError
from claimtrail.export import export_csv, export_document, export_json, export_parquet
from claimtrail.model import (
    Article,
    Attribution,
    Discrepancy,
    Entity,
    Evidence,
    Span,
    Statement,
    Story,
)
from claimtrail.store import Store, open_store

TEXT_A = (
    'The minister said the plant "will close in June", adding that "talks are over". '
    "Union leader Ana Cruz told Radio Sul the workers were never consulted."
)
TEXT_B = "Ministério: a fábrica “fecha em julho”, disse o ministro à agência Lusa na terça."


def _at(text: str, part: str) -> Span:
    start = text.index(part)
    return Span(start, start + len(part))


def _article(article_id: str, text: str, published: datetime | None, language: str) -> Article:
    return Article(
        id=article_id,
        text=text,
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
        origin=f"fixtures/{article_id}.txt",
        url=f"https://example.org/{article_id}",
        outlet="example.org",
        title=f"Title {article_id}",
        author="Desk",
        published=published,
        published_basis="metadata" if published else None,
        language=language,
    )


def _fill(store: Store) -> None:
    """Two articles (one late at night west of UTC), four statements, a story, a discrepancy."""
    late_evening = datetime(2024, 5, 6, 22, 30, tzinfo=timezone(timedelta(hours=-4)))
    a = _article("a", TEXT_A, late_evening, "en")
    b = _article("b", TEXT_B, None, "pt")
    minister = Statement(
        id="a:0",
        attribution=Attribution(
            article_id="a",
            source=(_at(TEXT_A, "The minister"),),
            cue=(_at(TEXT_A, "said"), _at(TEXT_A, "adding")),
            content=(_at(TEXT_A, '"will close in June"'), _at(TEXT_A, '"talks are over"')),
            kind="direct",
            confidence=0.95,
        ),
        speaker_id="e-minister",
        said_on=date(2024, 5, 6),
        said_on_basis="publication",
        group="g-close",
    )
    cruz = Statement(
        id="a:1",
        attribution=Attribution(
            article_id="a",
            source=(_at(TEXT_A, "Union leader Ana Cruz"),),
            cue=(_at(TEXT_A, "told"),),
            content=(_at(TEXT_A, "the workers were never consulted"),),
            kind="indirect",
            via=(_at(TEXT_A, "Radio Sul"),),
        ),
        speaker_id="e-cruz",
        via_id="e-radio",
    )
    passive = Statement(
        id="a:2",
        attribution=Attribution(
            article_id="a",
            source=(),
            cue=(),
            content=(_at(TEXT_A, "talks are over"),),
            kind="direct",
        ),
    )
    ministro = Statement(
        id="b:0",
        attribution=Attribution(
            article_id="b",
            source=(_at(TEXT_B, "o ministro"),),
            cue=(_at(TEXT_B, "disse"),),
            content=(_at(TEXT_B, "“fecha em julho”"),),
            kind="direct",
        ),
        speaker_id="e-minister",
        said_on=date(2024, 5, 7),
        said_on_basis="relative",
        time_expression=_at(TEXT_B, "na terça"),
        via_id="e-lusa",
        group="g-close",
    )
    store.write_article(a, [minister, cruz, passive])
    store.write_article(b, [ministro])
    store.write_entities(
        [
            Entity("e-minister", "Labour Minister", "person", ("o ministro",)),
            Entity("e-cruz", "Ana Cruz", "person"),
            Entity("e-lusa", "Lusa", "org"),
        ]
    )
    store.write_stories([Story("s1", "Plant closure", ("a", "b"))])
    store.write_discrepancies(
        [
            Discrepancy(
                id="d1",
                kind="date_conflict",
                statement_ids=("a:0", "b:0"),
                evidence=(
                    Evidence("a", _at(TEXT_A, "June"), "June"),
                    Evidence("b", _at(TEXT_B, "julho"), "julho"),
                ),
                explanation="June in one account, July in the other.",
                score=0.7,
                article_ids=("a", "b"),
            )
        ]
    )


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(f"sqlite:///{tmp_path / 'export.db'}") as opened:
        _fill(opened)
        yield opened


@pytest.fixture(scope="module")
def storyscore(request: pytest.FixtureRequest) -> ModuleType:
    shared = Path(
        os.environ.get("CLAIMTRAIL_SHARED", Path(__file__).resolve().parents[1] / ".." / "shared")
    )
    path = shared / "tools" / "storyscore.py"
    if not path.is_file():
        pytest.fail(f"storyscore.py not found at {path} (set CLAIMTRAIL_SHARED)")
    spec = importlib.util.spec_from_file_location("storyscore", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _spans_of(statement: dict[str, Any]) -> list[dict[str, Any]]:
    content = statement["content"]
    spans: list[dict[str, Any]] = list(content) if isinstance(content, list) else [content]
    for field in ("speaker_text", "cue", "via_text", "time_expression"):
        if statement[field] is not None:
            spans.append(statement[field])
    return [*spans, *statement["source"]]


def test_storyscore_accepts_the_json_export(
    store: Store, tmp_path: Path, storyscore: ModuleType
) -> None:
    path = tmp_path / "out" / "export.json"
    counts = export_json(store, path)
    assert counts == {
        "articles": 2,
        "entities": 3,
        "statements": 4,
        "stories": 1,
        "discrepancies": 1,
    }
    loaded = storyscore.load_export(str(path))
    assert [a["id"] for a in loaded["articles"]] == ["a", "b"]
    assert loaded == export_document(store)


def test_json_follows_the_storyscore_schema(store: Store) -> None:
    document = export_document(store)
    a, b = document["articles"]
    assert a["published"] == "2024-05-06"  # the outlet's own date, not the UTC one (05-07)
    assert a["published_at"] == "2024-05-06T22:30:00-04:00"
    assert b["published"] is None
    assert (a["story"], b["story"], a["language"], b["text"]) == ("s1", "s1", "en", TEXT_B)
    minister, cruz, passive, ministro = document["statements"]
    assert minister["content"] == [
        {"text": '"will close in June"', "start": 28, "end": 48},
        {"text": '"talks are over"', "start": 62, "end": 78},
    ]
    assert minister["cue"] == {
        "text": 'said the plant "will close in June", adding',
        "start": 13,
        "end": 56,
    }
    assert minister["speaker_text"] == {"text": "The minister", "start": 0, "end": 12}
    assert (minister["said_on"], minister["group"], minister["kind"]) == (
        "2024-05-06",
        "g-close",
        "direct",
    )
    assert cruz["content"]["text"] == "the workers were never consulted"
    assert (cruz["via"], cruz["via_text"]["text"]) == ("e-radio", "Radio Sul")
    assert (passive["speaker"], passive["speaker_text"], passive["cue"]) == (None, None, None)
    assert ministro["time_expression"]["text"] == "na terça"
    assert document["stories"] == [{"id": "s1", "title": "Plant closure", "articles": ["a", "b"]}]
    (discrepancy,) = document["discrepancies"]
    assert discrepancy["type"] == "date_conflict"
    assert discrepancy["evidence"][1] == {"article": "b", "start": 32, "end": 37, "text": "julho"}
    for item_list, columns in export.COLUMNS.items():
        for item in document[item_list]:
            assert list(item) == [field for field, _ in columns]


def test_every_exported_span_indexes_its_article_text(store: Store) -> None:
    document = export_document(store)
    texts = {a["id"]: a["text"] for a in document["articles"]}
    for statement in document["statements"]:
        for span in _spans_of(statement):
            assert texts[statement["article"]][span["start"] : span["end"]] == span["text"]
    for evidence in document["discrepancies"][0]["evidence"]:
        assert texts[evidence["article"]][evidence["start"] : evidence["end"]] == evidence["text"]


def test_csv_and_parquet_hold_the_same_rows_as_json(store: Store, tmp_path: Path) -> None:
    document = export_document(store)
    csv_counts = export_csv(store, tmp_path / "csv")
    parquet_counts = export_parquet(store, tmp_path / "parquet")
    expected = {name: len(items) for name, items in document.items()}
    assert csv_counts == parquet_counts == expected
    for name, items in document.items():
        with (tmp_path / "csv" / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        table = pq.read_table(tmp_path / "parquet" / f"{name}.parquet")
        assert len(rows) == table.num_rows == len(items)
        assert table.column_names == [field for field, _ in export.COLUMNS[name]]
        assert [r["id"] for r in rows] == table.column("id").to_pylist() == [i["id"] for i in items]


def test_csv_and_parquet_keep_nested_values_as_json(store: Store, tmp_path: Path) -> None:
    export_csv(store, tmp_path)
    export_parquet(store, tmp_path)
    statements = export_document(store)["statements"]
    with (tmp_path / "statements.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    table = pq.read_table(tmp_path / "statements.parquet").to_pylist()
    for item, row, record in zip(statements, rows, table, strict=True):
        assert json.loads(row["content"]) == json.loads(record["content"]) == item["content"]
    assert rows[0]["said_on"] == "2024-05-06"
    assert table[0]["said_on"] == date(2024, 5, 6)
    assert rows[2]["speaker"] == ""
    assert table[2]["speaker"] is None
    articles = pq.read_table(tmp_path / "articles.parquet").to_pylist()
    assert articles[0]["published_at"] == datetime(2024, 5, 7, 2, 30, tzinfo=UTC)
    assert articles[0]["text"] == TEXT_A


def test_empty_store_exports_empty_lists(tmp_path: Path, storyscore: ModuleType) -> None:
    with open_store(f"sqlite:///{tmp_path / 'empty.db'}") as empty:
        assert export_json(empty, tmp_path / "e.json") == dict.fromkeys(export.COLUMNS, 0)
        assert export_parquet(empty, tmp_path) == dict.fromkeys(export.COLUMNS, 0)
        assert export_csv(empty, tmp_path) == dict.fromkeys(export.COLUMNS, 0)
    assert storyscore.load_export(str(tmp_path / "e.json"))["articles"] == []
    assert pq.read_table(tmp_path / "stories.parquet").num_rows == 0


def test_a_failed_export_leaves_the_previous_file_and_no_temporary(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "out").mkdir()
    path = tmp_path / "out" / "export.json"
    path.write_text("previous export", encoding="utf-8")

    def broken(statement: Statement, text: str) -> dict[str, Any]:
        raise RuntimeError("crash halfway")

    monkeypatch.setattr(export, "statement_item", broken)
    with pytest.raises(RuntimeError, match="crash halfway"):
        export_json(store, path)
    assert path.read_text(encoding="utf-8") == "previous export"
    assert [p.name for p in path.parent.iterdir()] == ["export.json"]


def test_an_unwritable_target_raises_claimtrail_error(store: Store, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory", encoding="utf-8")
    with pytest.raises(ClaimtrailError, match="cannot write export"):
        export_csv(store, blocker / "csv")


def test_spans_in_a_real_article_stay_exact(tmp_path: Path) -> None:
    """A third-party article read in place from ../shared, with its curly quotes and ellipses."""
    shared = Path(
        os.environ.get("CLAIMTRAIL_SHARED", Path(__file__).resolve().parents[1] / ".." / "shared")
    )
    seed = shared / "data" / "seeds" / "000_8d354f2b1a710d30.txt"
    if not seed.is_file():
        pytest.fail(f"seed article not found at {seed} (set CLAIMTRAIL_SHARED)")
    text = seed.read_text(encoding="utf-8")
    article = _article("seed", text, None, "en")
    quotes = [Span(m.start(), m.end()) for m in re.finditer(r"“[^”]*”", text)]
    assert quotes
    statements = [
        Statement(f"seed:{n}", Attribution("seed", (), (), (quote,), "direct"))
        for n, quote in enumerate(quotes)
    ]
    with open_store(f"sqlite:///{tmp_path / 'seed.db'}") as store:
        store.write_article(article, statements)
        exported = export_document(store)["statements"]
    assert [s["content"]["text"] for s in exported] == [q.text_of(text) for q in quotes]
    assert all(s["content"]["text"].startswith("“") for s in exported)


@st.composite
def _text_and_spans(draw: st.DrawFn) -> tuple[str, list[Span]]:
    text = draw(st.text(st.characters(exclude_categories=["Cs"]), min_size=1))
    spans = []
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        start = draw(st.integers(min_value=0, max_value=len(text)))
        spans.append(Span(start, draw(st.integers(min_value=start, max_value=len(text)))))
    return text, spans


@settings(max_examples=60, deadline=None)
@given(_text_and_spans())
def test_any_spans_satisfy_text_start_end_in_the_export(case: tuple[str, list[Span]]) -> None:
    text, spans = case
    statement = Statement(
        "s", Attribution("x", tuple(spans[:1]), tuple(spans), tuple(spans), "mixed")
    )
    item = export.statement_item(statement, text)
    for span in _spans_of(item):
        assert 0 <= span["start"] <= span["end"] <= len(text)
        assert text[span["start"] : span["end"]] == span["text"]
    assert json.loads(json.dumps(item)) == item
