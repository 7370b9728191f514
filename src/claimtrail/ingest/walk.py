"""Inputs to partitions: files, directories (recursively, sorted), URLs and URL lists.

One input file or URL is one partition, so an interrupted run can skip the finished ones.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from claimtrail.errors import InputError, LimitExceededError
from claimtrail.ingest.feeds import feed_documents
from claimtrail.ingest.html import html_document
from claimtrail.ingest.jsonl import json_documents, jsonl_documents
from claimtrail.ingest.options import IngestOptions
from claimtrail.ingest.sniff import (
    Kind,
    base_name,
    is_url_list,
    open_decoded,
    read_bounded,
    read_head,
    sniff,
    stem_of,
)
from claimtrail.ingest.text import DeclaredMeta, decode, meta_records, text_document
from claimtrail.ingest.url import linked_page, url_documents
from claimtrail.ingest.warc import warc_documents
from claimtrail.model import Failure, RawDocument

Item = RawDocument | Failure
META_NAME = "meta.jsonl"
_HASH_CHUNK = 1 << 20
_DOC_STEMS = {"readme", "license", "licence", "changelog", "notice", "authors", "copying"}
_NOT_ARTICLE_SUFFIXES = (
    ".py", ".pyc", ".sh", ".js", ".css", ".sql", ".toml", ".cfg", ".ini", ".yaml", ".yml",
    ".lock", ".md5", ".sha256", ".log",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Partition:
    """One input file or URL; `read()` yields its documents and failures, never raises."""

    key: str
    origin: str
    fingerprint: str  # sha256 of the file's bytes, or of the URL
    read: Callable[[], Iterator[Item]]


def is_url(value: str) -> bool:
    return value[:8].lower().startswith(("http://", "https://"))


def _sha256_of_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(_HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _failing(origin: str, reason: str) -> Iterator[Item]:
    yield Failure(origin, reason)


def _guarded(read: Callable[[], Iterator[Item]], origin: str) -> Iterator[Item]:
    """`read()`, with any exception turned into a Failure so one input never stops a run."""
    try:
        yield from read()
    except InputError as error:
        yield Failure(origin, str(error))
    except Exception as error:  # third-party parsers may raise anything: report it, go on
        yield Failure(origin, f"unexpected {type(error).__name__}: {error}")


def _read_whole(path: Path, options: IngestOptions) -> bytes:
    size = path.stat().st_size
    if size > options.max_file_bytes:
        raise LimitExceededError(
            f"file is {size:,} bytes, over the {options.max_file_bytes:,}-byte limit"
        )
    with path.open("rb") as raw, open_decoded(raw, options.max_decompressed_bytes) as stream:
        # Only a gzip file can get past the size check above.
        return read_bounded(stream, options.max_file_bytes, "decompressed content")


def read_file(
    path: Path, kind: Kind, options: IngestOptions, meta: DeclaredMeta | None = None
) -> Iterator[Item]:
    """The documents of one file whose format was sniffed as `kind`."""
    origin, stem = str(path), stem_of(path.name)
    if kind == "warc":
        with path.open("rb") as raw:
            yield from warc_documents(raw, stem=stem, origin=origin, options=options)
        return
    if kind == "jsonl":
        with path.open("rb") as raw, open_decoded(raw, options.max_decompressed_bytes) as stream:
            yield from jsonl_documents(stream, stem=stem, origin=origin, options=options)
        return
    data = _read_whole(path, options)
    doc_id = meta.id if meta else stem
    if kind == "json":
        yield from json_documents(data, stem=stem, origin=origin, options=options)
    elif kind == "feed":
        fetcher = partial(linked_page, options=options) if options.fetch_linked else None
        yield from feed_documents(
            data, stem=stem, origin=origin, options=options, fetch_page=fetcher
        )
    elif kind == "html":
        yield html_document(data, doc_id=doc_id, origin=origin, options=options, meta=meta)
    else:
        yield text_document(data, doc_id=doc_id, origin=origin, options=options, meta=meta)


def _url_partition(url: str, options: IngestOptions) -> Partition:
    return Partition(
        key=url,
        origin=url,
        fingerprint=hashlib.sha256(url.encode("utf-8")).hexdigest(),
        read=partial(_guarded, partial(url_documents, url, options), url),
    )


def _failed_partition(key: str, reason: str) -> Partition:
    return Partition(
        key=key,
        origin=key,
        fingerprint=hashlib.sha256(f"failed:{key}:{reason}".encode()).hexdigest(),
        read=partial(_failing, key, reason),
    )


class _MetaIndex:
    """meta.jsonl of each directory, loaded once when a file there is first met."""

    def __init__(self, options: IngestOptions) -> None:
        self._options = options
        self._by_dir: dict[Path, dict[str, DeclaredMeta]] = {}

    def load(self, directory: Path) -> Iterator[Partition]:
        """Loads `directory`'s meta.jsonl; yields a partition of its bad lines, if any."""
        if directory in self._by_dir:
            return
        records: dict[str, DeclaredMeta] = {}
        self._by_dir[directory] = records
        path = directory / META_NAME
        if not path.is_file():
            return
        failures: list[Failure] = []
        try:
            lines = list(meta_records(_read_whole(path, self._options), str(path)))
        except (InputError, OSError) as error:
            yield _failed_partition(str(path), str(error))
            return
        for item in lines:
            if isinstance(item, Failure):
                failures.append(item)
            else:
                records[item.id] = item
        if failures:
            yield Partition(
                key=str(path),
                origin=str(path),
                fingerprint=_sha256_of_file(path),
                read=partial(iter, tuple(failures)),
            )

    def get(self, path: Path) -> DeclaredMeta | None:
        return self._by_dir.get(path.parent, {}).get(stem_of(path.name))


def _file_partitions(path: Path, options: IngestOptions, metas: _MetaIndex) -> Iterator[Partition]:
    origin = str(path)
    if path.name == META_NAME:
        return
    yield from metas.load(path.parent)
    try:
        fingerprint = _sha256_of_file(path)
        head = read_head(path, options.max_decompressed_bytes)
    except (InputError, OSError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        yield _failed_partition(origin, f"cannot read: {reason}")
        return
    kind = sniff(head, path.name)
    if kind == "urls":
        try:
            text = decode(_read_whole(path, options))
        except (InputError, OSError) as error:
            yield _failed_partition(origin, str(error))
            return
        if is_url_list(text.splitlines()):
            for line in text.splitlines():
                if line.strip():
                    yield _url_partition(line.strip(), options)
            return
        kind = "text"
    elif kind == "text" and base_name(path.name).endswith((".warc", ".arc")):
        kind = "warc"
    read = partial(read_file, path, kind, options, metas.get(path))
    yield Partition(
        key=origin,
        origin=origin,
        fingerprint=fingerprint,
        read=partial(_guarded, read, origin),
    )


def is_skipped_in_walks(name: str) -> bool:
    """Whether a directory walk passes over a file: hidden, meta.jsonl, docs, code, config.

    Corpus folders often carry a README or the script that built them; read as text they
    would become articles. Named explicitly, such a file is still read.
    """
    lowered = name.lower()
    stem = lowered.split(".", 1)[0]
    return (
        lowered.startswith(".")
        or lowered == META_NAME
        or stem in _DOC_STEMS
        or lowered.endswith(_NOT_ARTICLE_SUFFIXES)
    )


def _walk(directory: Path) -> Iterator[Path]:
    """Files under `directory`, sorted by name at each level; hidden names and linked
    directories (which could loop) are skipped."""
    try:
        entries = sorted(directory.iterdir(), key=lambda entry: entry.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith(".") or (entry.is_file() and is_skipped_in_walks(entry.name)):
            continue
        if entry.is_dir():
            if not entry.is_symlink():
                yield from _walk(entry)
        elif entry.is_file():
            yield entry


def partitions(
    inputs: Sequence[str],
    options: IngestOptions = IngestOptions(),  # noqa: B008 -- frozen, so a shared default is safe
) -> Iterator[Partition]:
    """One partition per input file or URL, in input order, directories walked lazily."""
    metas = _MetaIndex(options)
    for value in inputs:
        if is_url(value):
            yield _url_partition(value.strip(), options)
            continue
        path = Path(value)
        if path.is_dir():
            for file in _walk(path):
                yield from _file_partitions(file, options, metas)
        elif path.is_file():
            yield from _file_partitions(path, options, metas)
        elif path.exists():
            yield _failed_partition(value, "not a regular file or directory")
        else:
            yield _failed_partition(value, "no such file or directory")
