"""Inputs that must never raise: empty, attribution-free, huge, unbalanced, mixed-script."""

from __future__ import annotations

import time

import pytest

from claimtrail.extract import Extractor
from claimtrail.model import Attribution


def assert_within(found: list[Attribution], text: str) -> None:
    for attribution in found:
        for span in (*attribution.source, *attribution.cue, *attribution.content):
            assert 0 <= span.start <= span.end <= len(text)
        assert attribution.content


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", "\u200f"])
def test_empty_text_yields_no_attributions(extractor: Extractor, text: str) -> None:
    assert extractor.attributions(text, "empty") == []


def test_text_without_attribution_yields_none(extractor: Extractor) -> None:
    text = "The river rose by two metres overnight. Several roads were closed near the bridge."
    assert extractor.attributions(text, "plain") == []


@pytest.mark.parametrize(
    "text",
    [
        '"We will win, the senator said. He smiled.',
        'He said: "yes "no "maybe.',
        "“Unclosed opening, she said.",
        "Closing only” he said.”",
        "''' \" « » „ ‚ ‘ ’",
    ],
)
def test_unbalanced_quote_marks_keep_offsets_inside(extractor: Extractor, text: str) -> None:
    assert_within(extractor.attributions(text, "q"), text)


@pytest.mark.parametrize(
    "text",
    [
        "The minister said that «الاتفاق انتهى» and left. 部长说会谈结束了.",
        "قال الوزير إن المحادثات انتهت. He said \u202bمرحبا\u202c today.",
        "Президент сказал, что переговоры окончены, the agency said. 👍🏽 Ok.",
    ],
)
def test_mixed_scripts_and_rtl_keep_offsets_inside(extractor: Extractor, text: str) -> None:
    assert_within(extractor.attributions(text, "mixed"), text)


@pytest.mark.slow  # about 40 s alone, 90 s on a busy 2-core machine
def test_one_megabyte_paragraph_finishes(extractor: Extractor) -> None:
    sentence = 'The spokesman said the talks would resume. "Nothing is settled," she added. '
    text = sentence * (1_000_000 // len(sentence) + 1)
    started = time.monotonic()
    found = extractor.attributions(text, "big")
    elapsed = time.monotonic() - started
    assert len(text) >= 1_000_000
    assert_within(found, text)
    assert len(found) > 1000
    assert elapsed < 600


def test_non_english_text_goes_to_the_rule_extractor(extractor: Extractor) -> None:
    text = "Der Minister sagte: „Die Gespräche sind beendet.“"
    found = extractor.attributions(text, "de1", language="de")
    assert_within(found, text)
