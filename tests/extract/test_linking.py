"""Linking labelled source, cue and content spans into attributions, on invented sentences."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

import pytest

from claimtrail.extract.features import sentence_starts
from claimtrail.extract.groups import Group
from claimtrail.extract.linking import link
from claimtrail.extract.spans import TokenSpan

from .conftest import span


def linked(
    doc: Any,
    *spans: TokenSpan,
    cue_lemmas: Collection[str] = frozenset(),
    quoted: Collection[int] = frozenset(),
) -> list[tuple[str, str, list[str]]]:
    """(source, cue, content pieces) of every group that has a cue."""
    ordered = sorted(spans, key=lambda s: s.start)
    groups: list[Group] = link(doc, ordered, sentence_starts(doc), cue_lemmas, quoted)
    return [
        (
            " ".join(doc[s.start : s.end].text for s in g.source),
            " ".join(doc[s.start : s.end].text for s in g.cue),
            [doc[s.start : s.end].text for s in g.content],
        )
        for g in groups
        if g.cue
    ]


@pytest.mark.parametrize(
    ("text", "cue", "content", "source"),
    [
        (
            "The mayor spoke on Monday, promising to reopen the bridge.",
            "promising",
            "to reopen the bridge",
            "The mayor",
        ),
        ("The clerk was fined for refusing to testify.", "refusing", "to testify", "The clerk"),
    ],
)
def test_participle_cue_shares_the_subject_of_the_verb_it_hangs_from(
    nlp: Any, text: str, cue: str, content: str, source: str
) -> None:
    doc = nlp(text)
    found = linked(doc, span(doc, "cue", cue), span(doc, "content", content))
    assert found == [(source, cue, [content])]


def test_source_cut_inside_an_appositive_grows_to_the_end_of_the_phrase(nlp: Any) -> None:
    doc = nlp(
        "Peter Grant, a lawyer for the farmers who sued the company, said the ruling was unfair."
    )
    found = linked(
        doc,
        span(doc, "source", "Peter Grant, a lawyer for the farmers"),
        span(doc, "cue", "said"),
        span(doc, "content", "the ruling was unfair"),
    )
    assert found[0][0] == "Peter Grant, a lawyer for the farmers who sued the company"


def test_source_ending_at_a_phrase_boundary_is_kept(nlp: Any) -> None:
    doc = nlp(
        "Peter Grant, a lawyer for the farmers who sued the company, said the ruling was unfair."
    )
    found = linked(
        doc,
        span(doc, "source", "Peter Grant"),
        span(doc, "cue", "said"),
        span(doc, "content", "the ruling was unfair"),
    )
    assert found[0][0] == "Peter Grant"


def test_content_running_over_two_reported_sentences_is_split_between_their_cues(
    nlp: Any,
) -> None:
    doc = nlp(
        "Officials said the fire started in the kitchen. The damage was limited, a spokesman added."
    )
    found = linked(
        doc,
        span(doc, "source", "Officials"),
        span(doc, "cue", "said"),
        span(doc, "content", "the fire started in the kitchen. The damage was limited"),
        span(doc, "source", "a spokesman"),
        span(doc, "cue", "added"),
    )
    assert found == [
        ("Officials", "said", ["the fire started in the kitchen."]),
        ("a spokesman", "added", ["The damage was limited"]),
    ]


def test_cue_without_content_absorbs_the_attribution_nested_in_its_clause(nlp: Any) -> None:
    doc = nlp("The singer had told friends that she would retire, her agent added.")
    found = linked(
        doc,
        span(doc, "source", "The singer"),
        span(doc, "cue", "had told"),
        span(doc, "content", "that she would retire"),
        span(doc, "source", "her agent"),
        span(doc, "cue", "added"),
    )
    assert found == [("her agent", "added", ["The singer had told friends that she would retire"])]


def test_unquoted_content_in_another_sentence_is_not_linked_to_the_cue(nlp: Any) -> None:
    doc = nlp("The mayor spoke on Monday. Taxes will rise next year.")
    found = linked(
        doc,
        span(doc, "source", "The mayor"),
        span(doc, "cue", "spoke"),
        span(doc, "content", "Taxes will rise next year"),
    )
    assert found == []


def test_a_quotation_in_the_next_sentence_is_linked_to_the_cue(nlp: Any) -> None:
    doc = nlp("The mayor spoke on Monday. “Taxes will rise next year.”")
    quote = span(doc, "content", "“Taxes will rise next year.”")
    found = linked(
        doc,
        span(doc, "source", "The mayor"),
        span(doc, "cue", "spoke"),
        quote,
        quoted=range(quote.start, quote.end),
    )
    assert found == [("The mayor", "spoke", ["“Taxes will rise next year.”"])]


def test_a_quotation_in_single_marks_in_the_next_sentence_is_linked_to_the_cue(
    nlp: Any,
) -> None:
    doc = nlp("The mayor spoke on Monday. ‘Taxes will rise next year.’")
    found = linked(
        doc,
        span(doc, "source", "The mayor"),
        span(doc, "cue", "spoke"),
        span(doc, "content", "‘Taxes will rise next year.’"),
    )
    assert found == [("The mayor", "spoke", ["‘Taxes will rise next year.’"])]


def test_a_cue_keeps_only_the_source_nearest_to_it(nlp: Any) -> None:
    doc = nlp("In Paris, the minister said the talks had failed.")
    found = linked(
        doc,
        span(doc, "source", "Paris"),
        span(doc, "source", "the minister"),
        span(doc, "cue", "said"),
        span(doc, "content", "the talks had failed"),
    )
    assert found == [("the minister", "said", ["the talks had failed"])]


def test_according_to_reports_the_whole_clause_it_qualifies(nlp: Any) -> None:
    doc = nlp("Prices rose sharply last year, according to the ministry.")
    found = linked(
        doc,
        span(doc, "cue", "according to"),
        span(doc, "source", "the ministry"),
        span(doc, "content", "last year"),
    )
    assert found == [("the ministry", "according to", ["Prices rose sharply last year"])]


def test_content_without_a_cue_takes_no_governing_verb_across_a_paragraph_break(
    nlp: Any,
) -> None:
    # spaCy parses "the plan would work well" as the complement of "said" over the break.
    doc = nlp("The senator said\n\nthe plan would work well.")
    content = span(doc, "content", "the plan would work well")
    assert linked(doc, content, cue_lemmas={"say"}) == []
    joined = nlp("The senator said the plan would work well.")
    content = span(joined, "content", "the plan would work well")
    found = linked(joined, content, cue_lemmas={"say"})
    assert found == [("The senator", "said", ["the plan would work well"])]


def test_according_to_without_content_reads_the_rest_of_its_sentence(nlp: Any) -> None:
    doc = nlp("According to the ministry, prices rose sharply last year.")
    found = linked(doc, span(doc, "cue", "According to"), span(doc, "source", "the ministry"))
    assert found == [("the ministry", "According to", ["prices rose sharply last year"])]


def test_according_to_absorbs_the_report_the_model_saw_inside_its_clause(nlp: Any) -> None:
    doc = nlp("Officers saw the driver leave the car, according to the police.")
    found = linked(
        doc,
        span(doc, "source", "Officers"),
        span(doc, "cue", "saw"),
        span(doc, "content", "the driver leave the car"),
        span(doc, "cue", "according to"),
        span(doc, "source", "the police"),
    )
    assert found == [("the police", "according to", ["Officers saw the driver leave the car"])]


def test_the_end_of_a_quotation_labelled_as_source_becomes_content(nlp: Any) -> None:
    doc = nlp("“We are in panic mode,” said Leslie Wimes.")
    found = linked(
        doc,
        span(doc, "source", "in panic mode,”"),
        span(doc, "cue", "said"),
        span(doc, "source", "Leslie Wimes"),
    )
    assert found == [("Leslie Wimes", "said", ["in panic mode,”"])]


def test_a_source_naming_a_quoted_title_keeps_it(nlp: Any) -> None:
    doc = nlp("The authors of the “Growth Project” wrote that voters had moved on.")
    found = linked(
        doc,
        span(doc, "source", "The authors of the “Growth Project”"),
        span(doc, "cue", "wrote"),
        span(doc, "content", "that voters had moved on"),
    )
    assert found == [("The authors of the “Growth Project”", "wrote", ["that voters had moved on"])]
