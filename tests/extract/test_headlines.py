"""Headlines built round a reporting word, on invented titles."""

from __future__ import annotations

from typing import Any

import pytest

from claimtrail.extract import Extractor
from claimtrail.extract.features import paragraph_token_ids
from claimtrail.extract.headlines import headline_group


def reading(nlp: Any, title: str) -> tuple[str, str, str] | None:
    """(source, cue, content) the headline rules give the title, or None."""
    doc = nlp(f"{title}\n\nThe council met on Monday.")
    group = headline_group(doc, paragraph_token_ids(doc)[0])
    if group is None:
        return None
    source, cue, content = group.source[0], group.cue[0], group.content[0]
    return (
        doc[source.start : source.end].text,
        doc[cue.start : cue.end].text,
        doc[content.start : content.end].text,
    )


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Mayor Says Bridge Will Reopen In May", ("Mayor", "Says", "Bridge Will Reopen In May")),
        ("Bridge Will Reopen In May, Mayor Says.", ("Mayor", "Says", "Bridge Will Reopen In May")),
        (
            "Mayor tells residents the bridge will reopen in May",
            ("Mayor", "tells", "the bridge will reopen in May"),
        ),
        (
            "Senator endorses governor, who says he is honored",
            ("who", "says", "he is honored"),
        ),
    ],
)
def test_a_headline_reporting_word_splits_speaker_from_words(
    nlp: Any, title: str, expected: tuple[str, str, str]
) -> None:
    assert reading(nlp, title) == expected


def test_a_headline_with_two_reporting_words_is_left_to_the_model(nlp: Any) -> None:
    assert reading(nlp, "Mayor Says Critics Said Bridge Was Unsafe") is None


def test_the_model_keeps_the_headline_attribution_the_rule_did_not_read(
    extractor: Extractor,
) -> None:
    text = (
        "Senator endorses governor, who says he is honored\n\n"
        "The senator announced her support on Monday at a rally in the capital."
    )
    found = extractor.attributions(text, "h")
    cues = [text[a.cue[0].start : a.cue[0].end] for a in found if a.cue]
    assert {"endorses", "says"} <= set(cues)
