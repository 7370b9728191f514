"""End to end through the real CLI: a subprocess runs claimtrail on the bundled examples."""

from __future__ import annotations

import json
from pathlib import Path

from .runs import claimtrail, exported_run


def test_run_on_examples_stores_every_article_and_exports_statements(tmp_path: Path) -> None:
    document = exported_run("examples/corpus", tmp_path)
    articles = {a["id"]: a for a in document["articles"]}
    assert len(articles) >= 8
    assert {a["language"] for a in articles.values()} >= {"en", "ru"}
    assert document["statements"], "the examples quote people: statements expected"
    for statement in document["statements"]:
        text = articles[statement["article"]]["text"]
        contents = statement["content"]
        for span in contents if isinstance(contents, list) else [contents]:
            assert text[span["start"] : span["end"]] == span["text"]


def test_rerun_adds_no_rows_and_skips_finished_inputs(tmp_path: Path, repo_dir: Path) -> None:
    db = f"sqlite:///{tmp_path / 'again.db'}"
    first = claimtrail("--db", db, "--quiet", "ingest", "examples/corpus", cwd=repo_dir)
    assert first.returncode == 0, first.stderr
    counts = claimtrail("--db", db, "stats", cwd=repo_dir).stdout
    second = claimtrail("--db", db, "--quiet", "ingest", "examples/corpus", cwd=repo_dir)
    assert second.returncode == 0, second.stderr
    assert "already done" in second.stdout
    assert claimtrail("--db", db, "stats", cwd=repo_dir).stdout == counts


def test_a_broken_input_is_reported_and_the_rest_is_stored(tmp_path: Path, repo_dir: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "good.txt").write_text(
        "The mayor said on Monday that the bridge would reopen in May.\n", encoding="utf-8"
    )
    (inputs / "broken.txt").write_bytes(b"\x00\x01\x02\xff" * 500)
    db = f"sqlite:///{tmp_path / 'mixed.db'}"
    done = claimtrail("--db", db, "--quiet", "ingest", str(inputs), cwd=repo_dir)
    assert done.returncode == 1
    assert "broken.txt" in done.stderr
    export = tmp_path / "mixed.json"
    claimtrail("--db", db, "export", "--format", "json", "--output", str(export), cwd=repo_dir)
    ids = [a["id"] for a in json.loads(export.read_text(encoding="utf-8"))["articles"]]
    assert ids == ["good"]


def test_usage_error_exits_with_2(tmp_path: Path, repo_dir: Path) -> None:
    done = claimtrail("export", "--format", "xml", "--output", str(tmp_path / "x"), cwd=repo_dir)
    assert done.returncode == 2
