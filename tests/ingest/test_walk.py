"""Inputs to partitions and documents: directories, meta.jsonl, URL lists, order, resume keys."""

from __future__ import annotations

import gzip
import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from claimtrail.ingest import IngestOptions, documents, partitions
from claimtrail.model import Failure, RawDocument

from .samples import TEXT, article_html, rss, warc_bytes


def _write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def test_directories_are_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    _write(tmp_path / "b.txt", "second")
    _write(tmp_path / "a.txt", "first")
    _write(tmp_path / "sub" / "c.txt", "third")
    _write(tmp_path / ".hidden.txt", "skipped")
    _write(tmp_path / ".git" / "d.txt", "skipped")
    bodies = [d.body for d in documents([str(tmp_path)]) if isinstance(d, RawDocument)]
    assert bodies == ["first", "second", "third"]


def test_format_is_sniffed_from_content_not_the_extension(tmp_path: Path) -> None:
    _write(tmp_path / "page.dat", article_html())
    _write(tmp_path / "feed.dat", rss([("T", "https://g.example/t", "Feed text.")]))
    _write(
        tmp_path / "crawl.dat",
        warc_bytes(
            [("https://g.example/w", article_html().encode(), "text/html", "200 OK")], is_gzip=True
        ),
    )
    _write(tmp_path / "notes.dat", TEXT)
    found = {d.id: d.format for d in documents([str(tmp_path)]) if isinstance(d, RawDocument)}
    assert found == {"crawl-1": "warc", "feed-1": "feed", "notes": "text", "page": "html"}


def test_gzip_files_are_read_transparently(tmp_path: Path) -> None:
    _write(tmp_path / "001.txt.gz", gzip.compress(TEXT.encode()))
    _write(tmp_path / "page.html.gz", gzip.compress(article_html().encode()))
    _write(tmp_path / "batch.jsonl.gz", gzip.compress(b'{"id": "j", "text": "jsonl text"}\n'))
    found = {d.id: d.body[:10] for d in documents([str(tmp_path)]) if isinstance(d, RawDocument)}
    assert found == {"001": TEXT[:10], "j": "jsonl text", "page": "Pier to re"}


def test_meta_jsonl_applies_to_files_with_the_same_stem(tmp_path: Path) -> None:
    _write(tmp_path / "001.txt", TEXT)
    _write(tmp_path / "002.html", article_html())
    _write(tmp_path / "003.txt", "no metadata line")
    meta = [
        {
            "id": "001",
            "url": "https://a.example/1",
            "outlet": "a.example",
            "published": "2023-05-15",
        },
        {
            "id": "002",
            "outlet": "b.example",
            "title": "Declared title",
            "author": "Ann",
            "language": "de",
        },
    ]
    _write(tmp_path / "meta.jsonl", "".join(json.dumps(m) + "\n" for m in meta))
    found = {d.id: d for d in documents([str(tmp_path)]) if isinstance(d, RawDocument)}
    assert sorted(found) == ["001", "002", "003"]
    assert found["001"].url == "https://a.example/1"
    assert found["001"].published == datetime(2023, 5, 15, tzinfo=UTC)
    assert (found["002"].outlet, found["002"].title, found["002"].language) == (
        "b.example",
        "Declared title",
        "de",
    )
    assert found["003"].url is None


def test_bad_meta_lines_are_reported_once(tmp_path: Path) -> None:
    _write(tmp_path / "001.txt", TEXT)
    _write(tmp_path / "meta.jsonl", '{"id": "001", "outlet": "a.example"}\nbroken\n')
    items = list(documents([str(tmp_path)]))
    assert items[0] == Failure(f"{tmp_path / 'meta.jsonl'}:2", "invalid JSON: Expecting value")
    assert isinstance(items[1], RawDocument)
    assert items[1].outlet == "a.example"


def test_url_list_files_become_one_partition_per_url(tmp_path: Path) -> None:
    _write(tmp_path / "urls.txt", "https://a.example/1\n\nhttp://b.example/2\n")
    keys = [p.key for p in partitions([str(tmp_path / "urls.txt")])]
    assert keys == ["https://a.example/1", "http://b.example/2"]


def test_partition_fingerprints_hash_the_bytes_or_the_url(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.txt", TEXT)
    file_partition, url_partition = partitions([str(path), "https://a.example/x"])
    assert file_partition.key == str(path)
    assert file_partition.fingerprint == hashlib.sha256(TEXT.encode()).hexdigest()
    assert url_partition.fingerprint == hashlib.sha256(b"https://a.example/x").hexdigest()
    assert [d.id if isinstance(d, RawDocument) else d for d in file_partition.read()] == ["a"]


def test_partitions_are_produced_lazily(tmp_path: Path) -> None:
    for n in range(3):
        _write(tmp_path / f"{n}.txt", f"text {n}")
    walk = partitions([str(tmp_path)])
    first = next(walk)
    (tmp_path / "2.txt").unlink()
    assert first.key.endswith("0.txt")
    assert [p.key[-5:] for p in walk] == ["1.txt"]


def test_missing_input_is_a_failure(tmp_path: Path) -> None:
    missing = str(tmp_path / "nope.txt")
    assert list(documents([missing])) == [Failure(missing, "no such file or directory")]


@pytest.fixture
def stories_dir(tmp_path: Path) -> Path:
    """The shared stories docs, linked (not copied) beside a meta.jsonl of id, url and outlet."""
    shared = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "stories"
    if not (shared / "meta.jsonl").is_file():
        pytest.skip(f"shared stories corpus not found at {shared}")
    docs = tmp_path / "docs"
    docs.mkdir()
    for source in sorted((shared / "docs").glob("*.txt")):
        (docs / source.name).symlink_to(source.resolve())
    lines = (shared / "meta.jsonl").read_text(encoding="utf-8").splitlines()
    kept = [{k: json.loads(line)[k] for k in ("id", "url", "outlet")} for line in lines if line]
    _write(docs / "meta.jsonl", "".join(json.dumps(record) + "\n" for record in kept))
    return docs


def test_stories_corpus_reads_as_58_documents_with_their_meta(stories_dir: Path) -> None:
    found = list(documents([str(stories_dir)]))
    assert all(isinstance(d, RawDocument) for d in found)
    texts = [d for d in found if isinstance(d, RawDocument)]
    assert [d.id for d in texts] == [f"{n:03d}" for n in range(1, 59)]
    assert all(d.url and d.outlet and d.body.strip() and d.format == "text" for d in texts)
    assert texts[0].outlet == "phoenix.alego.edsqa01.aws.sbs.com.au"


def test_batch_options_reach_the_readers(tmp_path: Path) -> None:
    _write(tmp_path / "a.txt", "x" * 50)
    (failure,) = documents([str(tmp_path)], IngestOptions(max_doc_chars=10))
    assert isinstance(failure, Failure)
    assert "over the 10-character limit" in failure.reason


def test_directory_walks_skip_docs_and_code_but_named_files_are_read(tmp_path: Path) -> None:
    _write(tmp_path / "README.md", "How this corpus was built.")
    _write(tmp_path / "build.py", "print('hello')")
    _write(tmp_path / "story.txt", TEXT)
    assert [d.id for d in documents([str(tmp_path)]) if isinstance(d, RawDocument)] == ["story"]
    named = [str(tmp_path / "README.md")]
    assert [d.id for d in documents(named) if isinstance(d, RawDocument)] == ["README"]


def test_json_files_hold_one_article_or_an_array(tmp_path: Path) -> None:
    _write(tmp_path / "one.json", json.dumps({"id": "o", "text": "One."}, indent=2))
    _write(tmp_path / "many.json", json.dumps([{"text": "A."}, {"text": "B."}, 3], indent=2))
    _write(tmp_path / "gold.json", json.dumps({"stories": [1, 2]}, indent=2))
    items = list(documents([str(tmp_path)]))
    assert [d.id if isinstance(d, RawDocument) else d.origin for d in items] == [
        str(tmp_path / "gold.json"),
        "many-1",
        "many-2",
        f"{tmp_path / 'many.json'}:3",
        "o",
    ]
