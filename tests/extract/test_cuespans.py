"""Cue spans cover the whole verb group, as PolNeAR marks them."""

from __future__ import annotations

from typing import Any

import pytest

from claimtrail.extract.cuespans import verb_group
from claimtrail.extract.spans import TokenSpan


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("The minister has not said when the talks resume.", "said", "has not said"),
        ("The report was also criticised by unions.", "criticised", "was also criticised"),
        ("The lawyers spelled out their demands.", "spelled", "spelled out"),
    ],
)
def test_bare_cue_verb_grows_over_its_auxiliaries_negation_and_particle(
    nlp: Any, text: str, verb: str, expected: str
) -> None:
    doc = nlp(text)
    i = next(t.i for t in doc if t.text == verb)
    grown = verb_group(doc, TokenSpan("cue", i, i + 1), set())
    assert doc[grown.start : grown.end].text == expected


def test_cue_does_not_grow_over_a_token_labelled_with_another_role(nlp: Any) -> None:
    doc = nlp("The minister has not said when the talks resume.")
    said = TokenSpan("cue", 4, 5)
    assert verb_group(doc, said, {3}) == said
