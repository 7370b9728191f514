"""A bounded fuzz run per input format and stage boundary: any input gives records that keep
their invariants, or a ClaimtrailError, never another exception (see targets.py)."""

from __future__ import annotations

import pytest
from hypothesis import given

from .conftest import FUZZ
from .strategies import inputs
from .targets import TARGETS


@FUZZ
@given(inputs("text"))
def test_any_bytes_read_as_text_give_a_clean_article_or_a_claimtrail_error(data: bytes) -> None:
    TARGETS["text"](data)


@FUZZ
@given(inputs("html"))
def test_any_bytes_read_as_html_give_a_clean_article_or_a_claimtrail_error(data: bytes) -> None:
    TARGETS["html"](data)


@FUZZ
@given(inputs("feed"))
def test_any_bytes_read_as_a_feed_give_documents_or_failures(data: bytes) -> None:
    TARGETS["feed"](data)


@FUZZ
@given(inputs("warc"))
def test_any_bytes_read_as_warc_give_documents_or_failures(data: bytes) -> None:
    TARGETS["warc"](data)


@FUZZ
@given(inputs("jsonl"))
def test_any_bytes_read_as_jsonl_or_json_give_documents_or_failures(data: bytes) -> None:
    TARGETS["jsonl"](data)


@FUZZ
@given(inputs("documents"))
def test_any_file_gives_documents_or_failures_that_no_safety_net_had_to_catch(data: bytes) -> None:
    TARGETS["documents"](data)


@FUZZ
@given(inputs("clean"))
def test_any_body_cleans_to_an_article_with_an_offset_map_inside_the_body(data: bytes) -> None:
    TARGETS["clean"](data)


@FUZZ
@given(inputs("rules"))
def test_rule_extractor_spans_index_any_text_in_any_language(data: bytes) -> None:
    TARGETS["rules"](data)


@pytest.mark.parametrize("name", sorted(TARGETS))
def test_every_seed_passes_its_target(name: str) -> None:
    from .seeds import seeds

    for data in seeds()[name]:
        TARGETS[name](data)
