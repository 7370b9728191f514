"""What the per-article stages make of hostile input round-trips through the store (SQLite and
PostgreSQL) and the JSON export: read back equal, or refused with a ClaimtrailError."""

from __future__ import annotations

import io
import itertools
import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimtrail import clean
from claimtrail.errors import ClaimtrailError, StoreError
from claimtrail.export import export_json, statement_item
from claimtrail.extract.rules import rule_attributions
from claimtrail.ingest.jsonl import jsonl_documents
from claimtrail.model import Article, RawDocument, Statement
from claimtrail.pipeline import article_result
from claimtrail.store import Store, open_store
from store.conftest import postgres_server, postgres_url  # noqa: F401 -- fixtures, by name

from .conftest import EXAMPLES
from .targets import NOW, OPTIONS, RULE_LANGUAGES

ROUND_TRIP = settings(
    max_examples=max(EXAMPLES // 2, 10),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    database=None,
)
_ids = itertools.count()  # one store serves every example

sentences = st.lists(
    st.one_of(
        st.sampled_from(
            [
                'The mayor said: "We will rebuild the pier by May."',
                "« Nous ne céderons pas », a déclaré la ministre lundi.",
                "„Das ist falsch“, sagte er am 3. März.",
                "Officials said on Tuesday that 12 people were hurt.",
                "Министр заявил, что «всё под контролем».",
            ]
        ),
        st.text(max_size=40),
    ),
    min_size=1,
    max_size=8,
).map(" ".join)
# Declared metadata as hostile JSON: any types, escapes and lone surrogates.
values = st.one_of(st.none(), st.text(max_size=20), st.integers(), st.floats(), st.booleans())
records = st.fixed_dictionaries(
    {"text": sentences},
    optional={
        "id": values,
        "title": values,
        "url": values,
        "outlet": values,
        "author": values,
        "published": st.one_of(values, st.datetimes().map(str)),
        "language": st.one_of(values, st.sampled_from(RULE_LANGUAGES)),
    },
)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'fuzz.db'}"
    else:
        url = request.getfixturevalue("postgres_url")
    with open_store(url) as opened:
        yield opened


def _analysed(record: dict[str, object]) -> tuple[Article, tuple[Statement, ...]] | None:
    """The record through the JSONL reader, the cleaner and the per-article stages."""
    line = json.dumps(record).encode("utf-8") + b"\n"
    [item] = list(jsonl_documents(io.BytesIO(line), stem="f", origin="f", options=OPTIONS))
    if not isinstance(item, RawDocument):
        return None
    try:
        article = clean.article(replace(item, id=f"{item.id}-{next(_ids)}"), now=NOW)
    except ClaimtrailError:
        return None
    found = rule_attributions(article.text, article.language or "en", article.id)
    result = article_result(article, found, NOW.date())
    return result.article, result.statements


@ROUND_TRIP
@given(records)
def test_analysed_hostile_record_reads_back_from_the_store_as_written(
    store: Store, record: dict[str, object]
) -> None:
    analysed = _analysed(record)
    if analysed is None:
        return
    article, statements = analysed
    try:
        assert store.write_article(article, statements)
    except StoreError:
        # Refused whole (PostgreSQL holds no NUL, nor does any store hold a lone surrogate).
        assert store.get_article(article.id) is None
        assert list(store.statements(article.id)) == []
        return
    assert store.get_article(article.id) == article
    assert list(store.statements(article.id)) == list(statements)
    for statement in statements:
        item = json.loads(json.dumps(statement_item(statement, article.text)))
        assert item["id"] == statement.id
        assert item["article"] == article.id


@ROUND_TRIP
@given(st.lists(records, min_size=1, max_size=4))
def test_json_export_of_hostile_records_holds_every_stored_article_and_statement(
    tmp_path_factory: pytest.TempPathFactory, record_list: list[dict[str, object]]
) -> None:
    directory = tmp_path_factory.mktemp("export")
    with open_store(f"sqlite:///{directory / 'export.db'}") as store:
        written: list[tuple[Article, tuple[Statement, ...]]] = []
        for record in record_list:
            analysed = _analysed(record)
            if analysed is None:
                continue
            try:
                store.write_article(*analysed)
            except StoreError:
                continue
            written.append(analysed)
        try:
            export_json(store, directory / "export.json")
        except ClaimtrailError:
            pytest.fail("an export of stored records was refused")
    document = json.loads((directory / "export.json").read_text(encoding="utf-8"))
    assert [a["id"] for a in document["articles"]] == [a.id for a, _ in written]
    assert [a["text"] for a in document["articles"]] == [a.text for a, _ in written]
    exported = [(s["id"], s["article"]) for s in document["statements"]]
    assert exported == [(s.id, a.id) for a, statements in written for s in statements]
