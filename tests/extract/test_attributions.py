"""The shipped English extractor on sentences written for these tests."""

from __future__ import annotations

from claimtrail.extract import Extractor
from claimtrail.model import Attribution


def texts(attribution: Attribution, text: str) -> tuple[str, str, str]:
    return (
        " ".join(s.text_of(text) for s in attribution.source),
        " ".join(s.text_of(text) for s in attribution.cue),
        " ".join(s.text_of(text) for s in attribution.content),
    )


def only(extractor: Extractor, text: str) -> tuple[Attribution, tuple[str, str, str]]:
    found = extractor.attributions(text, "a1")
    assert len(found) == 1, found
    return found[0], texts(found[0], text)


def test_direct_quote_with_he_said_is_direct(extractor: Extractor) -> None:
    text = 'The senator spoke after the vote. "We will not back down," he said.'
    attribution, (source, cue, content) = only(extractor, text)
    assert (source, cue) == ("he", "said")
    assert "We will not back down" in content
    assert attribution.kind == "direct"
    assert attribution.article_id == "a1"


def test_indirect_speech_with_that_is_indirect(extractor: Extractor) -> None:
    text = "Governor Maria Lopez said that the budget would be balanced by next spring."
    attribution, (source, cue, content) = only(extractor, text)
    assert source == "Governor Maria Lopez"
    assert cue == "said"
    assert "the budget would be balanced by next spring" in content
    assert attribution.kind == "indirect"


def test_according_to_names_the_source_after_the_cue(extractor: Extractor) -> None:
    text = "The company lost nearly $2 billion last year, according to the annual report."
    _, (source, cue, content) = only(extractor, text)
    assert cue == "according to"
    assert source == "the annual report"
    assert "The company lost nearly $2 billion last year" in content


def test_quote_across_sentences_is_one_attribution(extractor: Extractor) -> None:
    text = (
        'The mayor told reporters: "The bridge is safe. We inspected it twice. '
        'Nobody should worry."'
    )
    attribution, (source, cue, content) = only(extractor, text)
    assert source == "The mayor"
    assert cue.startswith("told")
    assert "The bridge is safe" in content
    assert "Nobody should worry" in content
    assert attribution.kind == "direct"


def test_headline_with_colon_attributes_to_the_speaker(extractor: Extractor) -> None:
    text = "Minister: talks are over\n\nThe negotiations collapsed on Monday evening."
    _, (source, cue, content) = only(extractor, text)
    assert source == "Minister"
    assert cue == ":"
    assert content == "talks are over"


def test_agentless_passive_has_no_source(extractor: Extractor) -> None:
    text = "It was reported that the factory would close in March."
    attribution, (_, cue, content) = only(extractor, text)
    assert attribution.source == ()
    assert "reported" in cue
    assert "the factory would close in March" in content


def test_quoted_as_saying_records_the_outer_source_as_via(extractor: Extractor) -> None:
    text = "State news agency Belta quoted Lukashenko as saying that Ukraine had offered a pact."
    attribution, (source, _, content) = only(extractor, text)
    assert source == "Lukashenko"
    assert " ".join(s.text_of(text) for s in attribution.via) == "State news agency Belta"
    assert "Ukraine had offered a pact" in content


def test_nested_report_records_the_inner_speaker_as_source(extractor: Extractor) -> None:
    text = "Bruni said the pope clearly stated that the church would not change its position."
    attribution, (source, cue, content) = only(extractor, text)
    assert source == "the pope"
    assert cue == "stated"
    assert " ".join(s.text_of(text) for s in attribution.via) == "Bruni"
    assert "the church would not change its position" in content


def test_confidence_is_a_probability(extractor: Extractor) -> None:
    text = '"Prices will fall," the central bank governor said on Tuesday.'
    for attribution in extractor.attributions(text, "a1"):
        assert 0.0 < attribution.confidence <= 1.0


def test_pipe_matches_one_by_one_extraction(extractor: Extractor) -> None:
    items = [
        ("Officials said the road would reopen soon.", "a", "en"),
        ("The sky was grey all day.", "b", "en"),
        ('"It is over," she said.', "c", None),
    ]
    piped = list(extractor.pipe(items, batch_size=2))
    assert piped == [extractor.attributions(t, i, lang) for t, i, lang in items]
