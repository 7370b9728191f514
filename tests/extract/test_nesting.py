"""An "according to" attribution absorbing the reports the model found inside its clause."""

from __future__ import annotations

from typing import Any

from claimtrail.extract.groups import Group
from claimtrail.extract.nesting import absorb_into_according

from .conftest import span, words


def groups(doc: Any, verb: str, content: str) -> tuple[Group, Group]:
    according = Group(
        cue=[span(doc, "cue", "according to")],
        source=[span(doc, "source", "the agency")],
        content=[span(doc, "content", "on Monday")],
    )
    inner = Group(
        cue=[span(doc, "cue", verb)],
        source=[span(doc, "source", "Officials")],
        content=[span(doc, "content", content)],
    )
    return according, inner


def test_according_to_absorbs_a_report_without_a_reporting_verb(nlp: Any) -> None:
    doc = nlp("Officials closed the bridge on Monday, according to the agency.")
    according, inner = groups(doc, "closed", "the bridge")
    absorb_into_according(doc, according, [according, inner], {"say"})
    assert words(doc, according.content) == ["Officials closed the bridge on Monday"]
    assert not inner.cue
    assert not inner.content


def test_according_to_leaves_a_report_with_a_reporting_verb_alone(nlp: Any) -> None:
    doc = nlp("Officials said the bridge closed on Monday, according to the agency.")
    according, inner = groups(doc, "said", "the bridge closed")
    absorb_into_according(doc, according, [according, inner], {"say"})
    assert words(doc, according.content) == ["on Monday"]
    assert words(doc, inner.cue) == ["said"]
