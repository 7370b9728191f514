"""Detectors on input as the pipeline leaves it: utterances split over groups, role names,
relayed claims, scripts that share no words, rebuttals cut in pieces."""

from __future__ import annotations

from datetime import date

import pytest

from claimtrail.discrepancies import find
from claimtrail.discrepancies.lexicon import concept_matchers
from claimtrail.discrepancies.reports import prepare, script_of
from claimtrail.discrepancies.titles import role_words
from claimtrail.model import Discrepancy, Entity

from .builders import StoryBuilder


def _of_kind(found: list[Discrepancy], kind: str) -> list[Discrepancy]:
    return [d for d in found if d.kind == kind]


def _split_talks_story() -> StoryBuilder:
    """One quote in two groups, as the linker leaves it when two outlets date it differently."""
    story = (
        StoryBuilder()
        .article(
            "wire",
            "The minister said on Tuesday: “Talks with the organisers of the blockade are over.”",
            "wire.example",
            date(2025, 3, 11),
        )
        .article(
            "daily",
            "On 12 March the minister said talks with the organisers of the blockade were over.",
            "daily.example",
            date(2025, 3, 13),
        )
    )
    story.say(
        "w1",
        "wire",
        "Talks with the organisers of the blockade are over.",
        "minister",
        "TUESDAY",
        date(2025, 3, 11),
        "relative",
        "on Tuesday",
    )
    story.say(
        "d1",
        "daily",
        "talks with the organisers of the blockade were over",
        "minister",
        "WEDNESDAY",
        date(2025, 3, 12),
        "explicit",
        "On 12 March",
    )
    return story


def test_one_quote_split_into_two_groups_dated_a_day_apart_is_a_date_conflict() -> None:
    (d,) = _of_kind(find(_split_talks_story().build()), "date_conflict")
    assert set(d.statement_ids) == {"w1", "d1"}
    assert {"on Tuesday", "On 12 March"} <= {e.text for e in d.evidence}
    assert "11 Mar" in d.explanation
    assert "12 Mar" in d.explanation


def test_two_groups_of_different_words_dated_a_day_apart_are_no_date_conflict() -> None:
    story = (
        StoryBuilder()
        .article("a", "On Tuesday the minister said the port must work.", "a.example")
        .article("b", "On 12 March the minister said the toll would be cut.", "b.example")
    )
    story.say(
        "a1",
        "a",
        "the port must work",
        "minister",
        "G1",
        date(2025, 3, 11),
        "relative",
        "On Tuesday",
    )
    story.say(
        "b1",
        "b",
        "the toll would be cut",
        "minister",
        "G2",
        date(2025, 3, 12),
        "explicit",
        "On 12 March",
    )
    assert _of_kind(find(story.build()), "date_conflict") == []


def test_a_quote_that_one_article_dates_to_both_days_is_a_repetition_not_a_conflict() -> None:
    text = (
        "On Tuesday the minister said talks with the organisers were over. On Wednesday he "
        "said again: talks with the organisers of the blockade are over."
    )
    story = (
        StoryBuilder()
        .article("a", text, "a.example", date(2025, 3, 12))
        .article("b", "Talks with the organisers of the blockade are over.", "b.example")
    )
    story.say(
        "a1",
        "a",
        "talks with the organisers were over",
        "minister",
        "G1",
        date(2025, 3, 11),
        "relative",
        "On Tuesday",
    )
    story.say(
        "a2",
        "a",
        "talks with the organisers of the blockade are over",
        "minister",
        "G2",
        date(2025, 3, 12),
        "relative",
        "On Wednesday",
    )
    story.say("b1", "b", "Talks with the organisers of the blockade are over.", "minister", "G2")
    assert _of_kind(find(story.build()), "date_conflict") == []


def test_a_day_inherited_from_the_articles_other_statements_is_not_its_own_date() -> None:
    story = (
        StoryBuilder()
        .article("a", "Talks were over, the minister said.", "a.example", date(2025, 3, 11))
        .article("b", "Talks were over, the minister said.", "b.example", date(2025, 3, 12))
    )
    # The temporal stage marks such dates "relative" but leaves no phrase of their own.
    story.say("a1", "a", "Talks were over", "minister", "OVER", date(2025, 3, 11), "relative")
    story.say("b1", "b", "Talks were over", "minister", "OVER", date(2025, 3, 12), "relative")
    assert find(story.build()) == []


def _pope_story(*, second_source: str) -> StoryBuilder:
    text = (
        "Pope Francis said: “Have the courage to negotiate.” Later "
        f"{second_source} said: “Peace is built by talking.” "
        "Bruni said the pope means a ceasefire reached through negotiation. Zakharova said "
        "Francis is asking the West to admit that it was wrong."
    )
    story = StoryBuilder().person("francis", "Francis").article("a", text)
    story.say("p1", "a", "Have the courage to negotiate.", "francis", "P1", source="Pope Francis")
    story.say("p2", "a", "Peace is built by talking.", "francis", "P2", source=second_source)
    return story


def test_a_role_word_the_sources_give_one_speaker_names_that_speaker() -> None:
    data = _pope_story(second_source="the pope").build()
    assert role_words(data.statements, data.articles, data.entities) == {"pope": "francis"}


def test_a_role_word_seen_once_or_for_two_speakers_names_nobody() -> None:
    once = _pope_story(second_source="the pontiff").build()
    assert role_words(once.statements, once.articles, once.entities) == {}
    text = "President Zelensky said: “We hold.” President Putin said: “We advance.”"
    story = StoryBuilder().person("z", "Zelensky").person("p", "Putin").article("a", text)
    story.say("z1", "a", "We hold.", "z", "Z", source="President Zelensky")
    story.say("p1", "a", "We advance.", "p", "P", source="President Putin")
    story.say("z2", "a", "We hold.", "z", "Z", source="President Zelensky")
    data = story.build()
    assert "president" not in role_words(data.statements, data.articles, data.entities)


def test_two_readings_of_what_the_pope_meant_are_found_through_the_role_word() -> None:
    story = _pope_story(second_source="the pope")
    story.say("br", "a", "the pope means a ceasefire reached through negotiation", "bruni", "BR")
    story.say("za", "a", "Francis is asking the West to admit that it was wrong", "zakharova", "ZA")
    found = _of_kind(find(story.build()), "source_disagreement")
    assert any({"br", "za"} <= set(d.statement_ids) for d in found)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("information that refutes the hypothesis of an assassination", ("violent_death", -1)),
        ("he denied that the opposition leader was murdered", ("violent_death", -1)),
        ("the opposition leader was murdered", ("violent_death", 1)),
    ],
)
def test_a_denial_governs_the_concept_that_follows_it(
    content: str, expected: tuple[str, int]
) -> None:
    story = StoryBuilder().article("a", content)
    story.say("s", "a", content, "someone", "G")
    (report,) = prepare(story.build()).reports
    assert expected in report.concepts
    assert (expected[0], -expected[1]) not in report.concepts


def test_a_speaker_relaying_others_claims_takes_no_side_on_them() -> None:
    text = (
        "Budanov dismissed it: the critics claimed the opposition leader was murdered. "
        "His allies said the opposition leader died of natural causes."
    )
    story = StoryBuilder().person("critics", "The critics", "critics").article("a", text)
    story.say("b", "a", "the critics claimed the opposition leader was murdered", "budanov", "B")
    story.say("n", "a", "the opposition leader died of natural causes", "allies", "N")
    assert find(story.build()) == []


def test_killed_against_natural_death_in_two_scripts_is_compared_without_shared_words() -> None:
    story = (
        StoryBuilder()
        .article("ar", "قال جدانوف: لقد قتله بوتين في السجن", "ar.example", language="ar")
        .article("en", "Budanov said the opposition leader died of natural causes.", "en.example")
    )
    story.say("z", "ar", "لقد قتله بوتين في السجن", "zhdanov", "KILLED")
    story.say("b", "en", "the opposition leader died of natural causes", "budanov", "NATURAL")
    (d,) = find(story.build())
    assert d.kind == "source_disagreement"
    assert set(d.statement_ids) == {"z", "b"}


def test_scripts_are_told_apart_by_their_letters() -> None:
    assert script_of("Bakhmut 2023") == "LATIN"
    assert script_of("«Бахмут»") == "CYRILLIC"
    assert script_of("مقتل نافالني") == "ARABIC"
    assert script_of("2023 …") == ""


@pytest.mark.parametrize(
    ("sentence", "concept", "sign"),
    [
        ("ઝેલેન્સકીએ પુષ્ટિ કરી હતી કે", "confirm", 1),  # gu: confirmed
        ("претседателот негираше", "confirm", -1),  # mk: denied
        ("ministrija to noliedza", "confirm", -1),  # lv: denies
        ("Навални починал од тромбоза", "violent_death", -1),  # mk: died of
    ],
)
def test_concept_poles_are_read_in_the_corpus_languages_beyond_the_tables(
    sentence: str, concept: str, sign: int
) -> None:
    folded = sentence.casefold()
    hits = {
        (name, s)
        for name, positive, negative in concept_matchers()
        for pole, s in ((positive, 1), (negative, -1))
        if pole.search(folded)
    }
    assert (concept, sign) in hits


def test_the_one_named_as_denying_is_not_the_target_of_the_denial() -> None:
    story = (
        StoryBuilder()
        .person("zelensky", "Volodymyr Zelensky", "Zelensky")
        .article("a", "Zelensky said: “The city has fallen.”", "a.example")
        .article("b", "The spokesman said Zelensky denied the capture of the city.", "b.example")
    )
    story.say("z", "a", "The city has fallen.", "zelensky", "Z")
    story.say("s", "b", "Zelensky denied the capture of the city", "spokesman", "S")
    assert find(story.build()) == []


def test_a_rebuttal_lists_its_speakers_next_words_and_the_targets_words_in_its_article() -> None:
    text = (
        "Erdogan said Hamas is a liberation group. He added: “They protect their land.” "
        "The ministry said it rejects the comments. “Hamas is a terrorist organisation,” "
        "the ministry said."
    )
    story = StoryBuilder().person("erdogan", "Recep Tayyip Erdogan", "Erdogan").article("a", text)
    story.say("e1", "a", "Hamas is a liberation group", "erdogan", "E1")
    story.say("e2", "a", "They protect their land.", "erdogan", "E2")
    story.say("m1", "a", "it rejects the comments", "ministry", "M1")
    story.say("m2", "a", "Hamas is a terrorist organisation,", "ministry", "M2")
    found = [d for d in find(story.build()) if "m1" in d.statement_ids]
    assert found
    assert {"e1", "e2", "m1", "m2"} <= set(found[0].statement_ids)


def test_a_concept_clash_leaves_a_misgrouped_report_of_the_other_pole_off_its_side() -> None:
    text = (
        "Budanov said the opposition leader died of natural causes. Budanov also said the "
        "opposition leader was killed, critics say. His allies said the opposition leader "
        "was killed in prison."
    )
    story = StoryBuilder().article("a", text)
    story.say("b1", "a", "the opposition leader died of natural causes", "budanov", "NATURAL")
    story.say("b2", "a", "the opposition leader was killed, critics say", "budanov", "NATURAL")
    story.say("k", "a", "the opposition leader was killed in prison", "allies", "KILLED")
    found = [d for d in find(story.build()) if {"b1", "k"} <= set(d.statement_ids)]
    assert found
    assert all("b2" not in d.statement_ids for d in found)


def test_an_article_that_names_the_deputy_and_quotes_the_governor_promotes_her() -> None:
    """The two quotes are in two groups, as the linker leaves different words of one speaker."""
    text = (
        "The bank will raise rates again, Deputy Governor Olga Polyakova said. “We raised the "
        "rate by tangible steps,” the agency quoted the Governor as saying."
    )
    story = StoryBuilder().person("polyakova", "Olga Polyakova").article("a", text)
    story.say(
        "s1",
        "a",
        "The bank will raise rates again",
        "polyakova",
        "READY",
        source="Deputy Governor Olga Polyakova",
    )
    story.say(
        "s2",
        "a",
        "We raised the rate by tangible steps,",
        "polyakova",
        "STEPS",
        source="the Governor",
    )
    (d,) = find(story.build())
    assert d.kind == "attribution_mismatch"
    assert {e.text for e in d.evidence} >= {"the Governor", "Deputy Governor Olga Polyakova"}


def test_two_people_with_one_title_in_one_article_are_no_promotion() -> None:
    text = (
        "Rates will rise, Deputy Governor Olga Polyakova said. Growth is slowing, the Governor "
        "Elvira Nabiullina said."
    )
    story = (
        StoryBuilder()
        .person("polyakova", "Olga Polyakova")
        .person("nabiullina", "Elvira Nabiullina")
        .article("a", text)
    )
    story.say(
        "s1", "a", "Rates will rise", "polyakova", "R", source="Deputy Governor Olga Polyakova"
    )
    story.say(
        "s2", "a", "Growth is slowing", "nabiullina", "G", source="the Governor Elvira Nabiullina"
    )
    assert find(story.build()) == []


def test_a_short_and_a_full_name_of_one_channel_are_not_two_channels() -> None:
    story = (
        StoryBuilder()
        .article("a", "Bruni quoted the pope: “Talks are never a surrender.”", "a.example")
        .article("b", "Matteo Bruni quoted the pope: “Talks are never a surrender.”", "b.example")
    )
    story.entities["bruni_1"] = Entity("bruni_1", "Bruni", "person")
    story.entities["bruni_2"] = Entity("bruni_2", "Matteo Bruni", "person")
    story.say("a1", "a", "Talks are never a surrender.", "pope", "TALKS", via="bruni_1")
    story.say("b1", "b", "Talks are never a surrender.", "pope", "TALKS", via="bruni_2")
    assert find(story.build()) == []


def test_two_findings_of_one_kind_inside_one_group_are_both_kept() -> None:
    """Two outlets credit the words to two speakers, two others name two channels."""
    quote = "The toll stays in force for a year."
    story = (
        StoryBuilder()
        .person("lepik", "Oskar Lepik", "Lepik")
        .person("saar", "Helena Saar", "Saar")
        .article("a", f"Lepik said: “{quote}”", "a.example")
        .article("b", f"Saar said: “{quote}”", "b.example")
        .article("c", f"The minister said, according to the wire: “{quote}”", "c.example")
        .article("d", f"The minister said, according to the radio: “{quote}”", "d.example")
    )
    story.entities["wire"] = Entity("wire", "The wire", "org")
    story.entities["radio"] = Entity("radio", "The radio", "org")
    story.say("a1", "a", quote, "lepik", "TOLL", source="Lepik")
    story.say("b1", "b", quote, "saar", "TOLL", source="Saar")
    story.say("c1", "c", quote, "minister", "TOLL", via="wire")
    story.say("d1", "d", quote, "minister", "TOLL", via="radio")
    found = _of_kind(find(story.build()), "attribution_mismatch")
    assert len(found) == 2
    assert any(set(d.statement_ids) >= {"a1", "b1"} for d in found)
    assert any(set(d.statement_ids) >= {"c1", "d1"} for d in found)


def test_a_word_a_report_both_asserts_and_negates_is_not_what_it_denies() -> None:
    story = (
        StoryBuilder()
        .article("a", "Erdogan called Israel a terror state.", "a.example", date(2023, 11, 15))
        .article(
            "b",
            "Erdogan said Israel was a terror state committing crimes, and that Hamas was not a "
            "terror group.",
            "b.example",
            date(2023, 11, 15),
        )
    )
    story.say("a1", "a", "Israel a terror state", "erdogan", "G1")
    story.say(
        "b1",
        "b",
        "Israel was a terror state committing crimes, and that Hamas was not a terror group",
        "erdogan",
        "G2",
    )
    assert _of_kind(find(story.build()), "self_contradiction") == []
