"""Parquet datasets partitioned by publication month: what a reader filtering a month gets."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from claimtrail.errors import ExportError
from claimtrail.export_dataset import MARKER, export_parquet_dataset
from claimtrail.model import Entity, Story
from claimtrail.store import Store, open_store
from store.samples import TEXT, article, statements

# (id, published): two in September 2016, one on 1 October local time that is still
# 30 September in UTC (the outlet's month wins, as in export.py's `published` date), one undated.
DATED = (
    ("sep-a", datetime(2016, 9, 12, 8, 0, tzinfo=UTC)),
    ("sep-b", datetime(2016, 9, 30, 9, 0, tzinfo=UTC)),
    ("oct-local", datetime(2016, 10, 1, 1, 30, tzinfo=timezone(timedelta(hours=3)))),
    ("undated", None),
)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(f"sqlite:///{tmp_path / 'store.db'}") as opened:
        for n, (article_id, published) in enumerate(DATED):
            text = f"{TEXT} ({n})"
            opened.write_article(
                article(article_id, text=text, published=published),
                statements(article_id, text=text),
            )
        opened.write_entities([Entity("mayor-1", "The mayor", "person", ("Mayor",))])
        opened.write_stories([Story("s1", "Bridge", ("sep-a", "sep-b"))])
        yield opened


def _month(directory: Path, name: str, year: int, month: int) -> list[str]:
    dataset = ds.dataset(directory / name, format="parquet", partitioning="hive")
    table = dataset.to_table(
        filter=(ds.field("year") == year) & (ds.field("month") == month), columns=["id"]
    )
    return sorted(table.column("id").to_pylist())


def test_articles_are_partitioned_by_the_outlets_year_and_month(
    store: Store, tmp_path: Path
) -> None:
    out = tmp_path / "dataset"
    counts = export_parquet_dataset(store, out)
    assert counts == {
        "articles": 4, "statements": 12, "entities": 1, "stories": 1, "discrepancies": 0
    }  # fmt: skip
    assert _month(out, "articles", 2016, 9) == ["sep-a", "sep-b"]
    assert _month(out, "articles", 2016, 10) == ["oct-local"]
    assert (out / "articles" / "year=2016" / "month=9").is_dir()


def test_statements_go_with_their_articles_month(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "dataset"
    export_parquet_dataset(store, out)
    dataset = ds.dataset(out / "statements", format="parquet", partitioning="hive")
    table = dataset.to_table(filter=ds.field("month") == 10, columns=["article"])
    assert set(table.column("article").to_pylist()) == {"oct-local"}
    assert table.num_rows == 3


def test_undated_articles_are_kept_in_the_default_partition(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "dataset"
    export_parquet_dataset(store, out)
    folders = [p.name for p in (out / "articles").iterdir()]
    assert "year=__HIVE_DEFAULT_PARTITION__" in folders
    everything = ds.dataset(out / "articles", format="parquet", partitioning="hive").to_table()
    assert sorted(everything.column("id").to_pylist()) == sorted(i for i, _ in DATED)


def test_small_lists_are_single_files_with_typed_columns(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "dataset"
    export_parquet_dataset(store, out)
    stories = pq.read_table(out / "stories.parquet").to_pylist()
    assert stories == [{"id": "s1", "title": "Bridge", "articles": '["sep-a","sep-b"]'}]
    articles = ds.dataset(out / "articles", format="parquet", partitioning="hive").to_table()
    assert str(articles.schema.field("published_at").type) == "timestamp[us, tz=UTC]"
    by_id = {row["id"]: row for row in articles.to_pylist()}
    assert by_id["sep-a"]["story"] == "s1"


def test_a_second_export_replaces_the_first(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "dataset"
    export_parquet_dataset(store, out)
    store.write_article(article("late", text=TEXT + " late", published=DATED[0][1]))
    export_parquet_dataset(store, out)
    assert _month(out, "articles", 2016, 9) == ["late", "sep-a", "sep-b"]
    assert (out / MARKER).is_file()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_folder_that_is_not_a_dataset_is_never_replaced(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(ExportError, match="not a claimtrail dataset"):
        export_parquet_dataset(store, out)
    assert (out / "notes.txt").read_text(encoding="utf-8") == "keep me"


def test_an_empty_store_gives_empty_readable_lists(tmp_path: Path) -> None:
    with open_store(f"sqlite:///{tmp_path / 'empty.db'}") as empty:
        counts = export_parquet_dataset(empty, tmp_path / "dataset")
    assert set(counts.values()) == {0}
    dataset = ds.dataset(tmp_path / "dataset" / "articles", format="parquet", partitioning="hive")
    assert dataset.count_rows() == 0
