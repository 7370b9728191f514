"""Plain text: decoding, binary refusal, meta.jsonl and declared dates."""

from __future__ import annotations

import codecs
from datetime import UTC, datetime, timedelta, timezone

import pytest

from claimtrail.errors import InputError, LimitExceededError
from claimtrail.ingest.options import IngestOptions
from claimtrail.ingest.text import (
    DeclaredMeta,
    decode,
    meta_records,
    parse_published,
    text_document,
)
from claimtrail.model import Failure

RUSSIAN = (
    "Президент заявил, что переговоры продолжатся на следующей неделе в Минске. "
    "По его словам, делегации уже согласовали повестку дня."
)
FRENCH = "Le président a déclaré que les négociations reprendraient à Genève la semaine prochaine."
GERMAN = "Der Bürgermeister sagte, die Brücke werde im Mai wieder geöffnet. Die Kosten seien hoch."


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (FRENCH.encode("utf-8"), FRENCH),
        (codecs.BOM_UTF8 + FRENCH.encode("utf-8"), FRENCH),
        (FRENCH.encode("latin-1"), FRENCH),
        (GERMAN.encode("latin-1"), GERMAN),
        (RUSSIAN.encode("cp1251"), RUSSIAN),
        (RUSSIAN.encode("koi8_r"), RUSSIAN),
        (RUSSIAN.encode("utf-16"), RUSSIAN),
        (FRENCH.encode("utf-16-be"), FRENCH),
        (FRENCH.encode("utf-16-le"), FRENCH),
        (codecs.BOM_UTF32_LE + RUSSIAN.encode("utf-32-le"), RUSSIAN),
    ],
)
def test_decode_recovers_text_in_legacy_and_unicode_encodings(data: bytes, text: str) -> None:
    assert decode(data) == text


def test_declared_encoding_is_used_when_utf8_fails() -> None:
    assert decode("Ђаво".encode("cp1251"), declared_encoding="cp1251") == "Ђаво"


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 8,
        b"\x89PNG\r\n\x1a\n" + bytes([7, 0, 0, 13]) * 100,
        b"abc\x00def",
        bytes([1, 2, 3, 4, 5, 6, 14, 15, 16]) * 50 + b"some text",
    ],
)
def test_binary_garbage_is_refused(data: bytes) -> None:
    with pytest.raises(InputError, match="binary data, not text"):
        decode(data)


def test_empty_input_is_refused() -> None:
    with pytest.raises(InputError, match="empty file"):
        decode(b"")


def test_whitespace_only_document_is_refused() -> None:
    with pytest.raises(InputError, match="only whitespace"):
        text_document(b" \n\t\n", doc_id="x", origin="x.txt", options=IngestOptions())


def test_text_document_applies_declared_metadata() -> None:
    published = datetime(2023, 5, 21, tzinfo=UTC)
    meta = DeclaredMeta(
        id="007", url="https://a.example/x", outlet="a.example", published=published
    )
    document = text_document(
        GERMAN.encode(), doc_id="007", origin="d/007.txt", options=IngestOptions(), meta=meta
    )
    assert (document.id, document.body, document.format) == ("007", GERMAN, "text")
    assert (document.url, document.outlet, document.published) == (
        "https://a.example/x",
        "a.example",
        published,
    )


def test_document_over_the_character_limit_is_refused() -> None:
    with pytest.raises(LimitExceededError, match="over the 10-character limit"):
        text_document(b"x" * 11, doc_id="x", origin="x", options=IngestOptions(max_doc_chars=10))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-05-21", datetime(2023, 5, 21, tzinfo=UTC)),
        ("2023-05-21T09:30:00Z", datetime(2023, 5, 21, 9, 30, tzinfo=UTC)),
        (
            "2023-05-21T09:30:00+02:00",
            datetime(2023, 5, 21, 9, 30, tzinfo=timezone(timedelta(hours=2))),
        ),
        ("2023-05-21 09:30", datetime(2023, 5, 21, 9, 30, tzinfo=UTC)),
        (
            "Sun, 21 May 2023 09:30:00 +0200",
            datetime(2023, 5, 21, 9, 30, tzinfo=timezone(timedelta(hours=2))),
        ),
        ("yesterday", None),
        ("", None),
        (None, None),
        (20230521, None),
    ],
)
def test_published_becomes_an_aware_datetime(value: object, expected: datetime | None) -> None:
    parsed = parse_published(value)
    assert parsed == expected
    assert parsed is None or parsed.tzinfo is not None


def test_meta_lines_become_records_and_bad_lines_failures() -> None:
    data = (
        b'{"id": "001", "url": "https://a.example/1", "outlet": "a.example",'
        b' "published": "2023-05-21", "story": "x"}\n'
        b"\n"
        b"not json\n"
        b'{"url": "https://a.example/2"}\n'
        b'{"id": 2, "title": "Two", "language": "de"}\n'
    )
    items = list(meta_records(data, "d/meta.jsonl"))
    records = [item for item in items if isinstance(item, DeclaredMeta)]
    failures = [item for item in items if isinstance(item, Failure)]
    assert [record.id for record in records] == ["001", "2"]
    assert records[0].published == datetime(2023, 5, 21, tzinfo=UTC)
    assert records[1].language == "de"
    assert [failure.origin for failure in failures] == ["d/meta.jsonl:3", "d/meta.jsonl:4"]
