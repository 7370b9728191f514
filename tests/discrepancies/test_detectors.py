"""Each detector on small invented stories: what it flags, with which evidence, and what not."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from claimtrail.discrepancies import DiscrepancyInput, find
from claimtrail.model import DateBasis, Discrepancy, Entity

from .builders import StoryBuilder, find_span


def _kinds(found: list[Discrepancy]) -> list[str]:
    return [d.kind for d in found]


def _port_story() -> StoryBuilder:
    return (
        StoryBuilder()
        .person("marand", "Liisa Marand", "Marand")
        .person("minister", "Arkady Zhuravlyov", "Zhuravlyov")
        .article(
            "wire",
            "Port spokeswoman Liisa Marand said about 40 trucks were standing at the gate on "
            "Tuesday. She said the terminal has not closed for a single hour.",
            "wire.example",
            date(2025, 3, 11),
        )
        .article(
            "local",
            "Marand said around 400 trucks were queuing at the gate on Tuesday. The terminal "
            "was shut for most of the day, she said.",
            "local.example",
            date(2025, 3, 12),
        )
    )


def test_different_numbers_for_one_utterance_are_a_source_disagreement() -> None:
    story = _port_story()
    story.say(
        "w1", "wire", "about 40 trucks were standing at the gate on Tuesday", "marand", "TRUCKS"
    )
    story.say(
        "l1", "local", "around 400 trucks were queuing at the gate on Tuesday", "marand", "TRUCKS"
    )
    found = find(story.build())
    assert _kinds(found) == ["source_disagreement"]
    (d,) = found
    assert set(d.statement_ids) == {"w1", "l1"}
    assert "40 trucks" in d.explanation
    assert "400 trucks" in d.explanation
    assert "wire.example" in d.explanation
    assert "local.example" in d.explanation
    assert {e.article_id for e in d.evidence} == {"wire", "local"}


def test_not_closed_against_shut_is_a_source_disagreement() -> None:
    story = _port_story()
    story.say("w2", "wire", "the terminal has not closed for a single hour", "marand", "OPEN")
    story.say("l2", "local", "The terminal was shut for most of the day", "marand", "OPEN")
    found = find(story.build())
    assert _kinds(found) == ["source_disagreement"]
    assert found[0].score >= 0.7


def test_the_same_words_in_two_outlets_are_not_flagged() -> None:
    story = (
        StoryBuilder()
        .article("a", "The minister said talks with the drivers are over.", "a.example")
        .article("b", "Talks with the drivers are over, the minister said.", "b.example")
    )
    story.say("a1", "a", "talks with the drivers are over", "minister", "OVER")
    story.say("b1", "b", "Talks with the drivers are over", "minister", "OVER")
    assert find(story.build()) == []


def test_certainty_against_hedging_is_a_source_disagreement() -> None:
    story = (
        StoryBuilder()
        .article(
            "a",
            "“We know for sure that he died of a blood clot,” Budanov said.",
            "a.example",
            language="en",
        )
        .article(
            "b",
            "«Он погиб от тромба. И это более-менее подтверждено», — сказал Буданов.",
            "b.example",
            language="ru",
        )
    )
    story.say("a1", "a", "We know for sure that he died of a blood clot", "budanov", "CLOT")
    story.say("b1", "b", "Он погиб от тромба. И это более-менее подтверждено", "budanov", "CLOT")
    found = find(story.build())
    assert _kinds(found) == ["source_disagreement"]
    assert "hedges" in found[0].explanation


def test_a_speakers_u_turn_is_a_self_contradiction() -> None:
    story = (
        StoryBuilder()
        .person("minister", "Arkady Zhuravlyov")
        .article(
            "a",
            "“We will not suspend the toll, not for a single day,” the minister said.",
            "a.example",
        )
        .article(
            "b",
            "On Thursday the minister said: “We are suspending the toll for thirty days.”",
            "b.example",
        )
    )
    story.say(
        "a1",
        "a",
        "We will not suspend the toll, not for a single day",
        "minister",
        "STAYS",
        date(2025, 3, 11),
    )
    story.say(
        "b1",
        "b",
        "We are suspending the toll for thirty days.",
        "minister",
        "SUSPENDS",
        date(2025, 3, 13),
    )
    found = find(story.build())
    assert _kinds(found) == ["self_contradiction"]
    assert found[0].statement_ids[:2] == ("a1", "b1")  # earlier first
    assert "11 Mar" in found[0].explanation
    assert "13 Mar" in found[0].explanation


def test_talks_over_then_talks_begin_is_a_self_contradiction() -> None:
    story = (
        StoryBuilder()
        .article("a", "“Talks with the organisers of the blockade are over,” he said.", "a.example")
        .article("b", "“Talks with the organisers will begin on Friday,” he said.", "b.example")
    )
    story.say("a1", "a", "Talks with the organisers of the blockade are over", "minister", "OVER")
    story.say("b1", "b", "Talks with the organisers will begin on Friday", "minister", "BEGIN")
    assert _kinds(find(story.build())) == ["self_contradiction"]


def test_different_speakers_on_one_utterance_are_an_attribution_mismatch() -> None:
    story = (
        StoryBuilder()
        .person("reimers", "Dana Reimers", "Reimers")
        .person("marand", "Liisa Marand", "Marand")
        .article("a", "Reimers said the drivers will stay at the gate.", "a.example")
        .article("b", "Marand said the drivers will stay at the gate.", "b.example")
    )
    story.say("a1", "a", "the drivers will stay at the gate", "reimers", "STAY", source="Reimers")
    story.say("b1", "b", "the drivers will stay at the gate", "marand", "STAY", source="Marand")
    found = find(story.build())
    assert _kinds(found) == ["attribution_mismatch"]


def test_a_pronoun_resolved_to_another_speaker_is_not_an_attribution_mismatch() -> None:
    # linking tolerates a speaker clash, so a misresolved "he" can share a group: not a finding
    story = (
        StoryBuilder()
        .person("reimers", "Dana Reimers", "Reimers")
        .person("marand", "Liisa Marand", "Marand")
        .article("a", "Reimers said the drivers will stay at the gate.", "a.example")
        .article("b", "He said the drivers will stay at the gate.", "b.example")
    )
    story.say("a1", "a", "the drivers will stay at the gate", "reimers", "STAY", source="Reimers")
    story.say("b1", "b", "the drivers will stay at the gate", "marand", "STAY", source="He")
    assert "attribution_mismatch" not in _kinds(find(story.build()))


def test_a_view_credited_by_an_opinion_cue_is_checked_against_the_holders_own_words() -> None:
    story = (
        StoryBuilder()
        .person("lukashenka", "Alexander Lukashenka", "Lukashenko")
        .article(
            "a",
            "Lukashenko sees absolute senselessness in Kiev's proposal of a pact.",
            "a.example",
        )
        .article(
            "b",
            'Lukashenka said: "They propose to conclude a non-aggression pact with us."',
            "b.example",
        )
    )
    story.say(
        "view",
        "a",
        "absolute senselessness in Kiev's proposal of a pact",
        "lukashenka",
        "VIEW",
        kind="indirect",
        source="Lukashenko",
        cue="sees",
    )
    story.say(
        "own",
        "b",
        "They propose to conclude a non-aggression pact with us.",
        "lukashenka",
        "OWN",
        source="Lukashenka",
        cue="said",
    )
    (mismatch,) = [d for d in find(story.build()) if d.kind == "attribution_mismatch"]
    assert set(mismatch.statement_ids) == {"view", "own"}
    assert {e.article_id for e in mismatch.evidence} == {"a", "b"}


def test_a_view_credited_to_a_pronoun_is_not_checked() -> None:
    # "he sees" inside another speaker's quote is often resolved to the quoting speaker
    story = (
        StoryBuilder()
        .person("lukashenka", "Alexander Lukashenka", "Lukashenko")
        .article("a", "He sees absolute senselessness in Kiev's proposal of a pact.", "a.example")
        .article(
            "b",
            'Lukashenka said: "They propose to conclude a non-aggression pact with us."',
            "b.example",
        )
    )
    story.say(
        "view",
        "a",
        "absolute senselessness in Kiev's proposal of a pact",
        "lukashenka",
        "VIEW",
        kind="indirect",
        source="He",
        cue="sees",
    )
    story.say(
        "own",
        "b",
        "They propose to conclude a non-aggression pact with us.",
        "lukashenka",
        "OWN",
        source="Lukashenka",
        cue="said",
    )
    assert "attribution_mismatch" not in _kinds(find(story.build()))


def test_one_quote_through_two_channels_is_an_attribution_mismatch() -> None:
    story = (
        StoryBuilder()
        .article("a", "He told Ukrainska Pravda: “He died of a blood clot.”", "a.example")
        .article("b", "He told Hromadske: “He died of a blood clot.”", "b.example")
    )
    story.say("a1", "a", "He died of a blood clot.", "budanov", "CLOT", via="ukrainska_pravda")
    story.say("b1", "b", "He died of a blood clot.", "budanov", "CLOT", via="hromadske")
    found = find(story.build())
    assert _kinds(found) == ["attribution_mismatch"]
    assert "via ukrainska_pravda" in found[0].explanation


def test_a_rebuttal_after_a_claim_is_a_source_disagreement() -> None:
    story = StoryBuilder().article(
        "a",
        "Prigozhin said: “Today, at noon, Bakhmut was completely taken.” A Ukrainian spokesman "
        "replied: “This is not true. Our units are fighting in Bakhmut.”",
        "a.example",
    )
    story.say("p", "a", "Today, at noon, Bakhmut was completely taken.", "prigozhin", "CAPTURED")
    story.say(
        "c", "a", "This is not true. Our units are fighting in Bakhmut.", "cherevatyi", "NOTTRUE"
    )
    found = find(story.build())
    assert _kinds(found) == ["source_disagreement"]
    assert set(found[0].statement_ids) == {"p", "c"}


def _dated_story(basis_b: DateBasis) -> DiscrepancyInput:
    story = (
        StoryBuilder()
        .article(
            "a",
            "The minister said on Tuesday that talks were over.",
            "a.example",
            date(2025, 3, 11),
        )
        .article(
            "b",
            "Am 12. März sagte der Minister, die Gespräche seien beendet.",
            "b.example",
            date(2025, 3, 13),
            "de",
        )
    )
    story.say(
        "a1",
        "a",
        "talks were over",
        "minister",
        "OVER",
        date(2025, 3, 11),
        "relative",
        "on Tuesday",
    )
    story.say(
        "b1",
        "b",
        "die Gespräche seien beendet",
        "minister",
        "OVER",
        date(2025, 3, 12),
        basis_b,
        "Am 12. März",
    )
    return story.build()


def test_one_utterance_dated_differently_by_two_articles_is_a_date_conflict() -> None:
    found = find(_dated_story("explicit"))
    assert _kinds(found) == ["date_conflict"]
    (d,) = found
    evidence = {e.text for e in d.evidence}
    assert {"on Tuesday", "Am 12. März"} <= evidence
    assert "11 Mar" in d.explanation
    assert "12 Mar" in d.explanation


def test_a_date_from_the_publication_fallback_is_not_a_date_conflict() -> None:
    story = (
        StoryBuilder()
        .article("a", "Talks were over, the minister said.", "a.example", date(2025, 3, 11))
        .article("b", "Talks were over, the minister said.", "b.example", date(2025, 3, 12))
    )
    story.say("a1", "a", "Talks were over", "minister", "OVER", date(2025, 3, 11), "publication")
    story.say("b1", "b", "Talks were over", "minister", "OVER", date(2025, 3, 12), "publication")
    assert find(story.build()) == []


def test_ids_are_stable_and_independent_of_statement_order() -> None:
    data = _dated_story("explicit")
    reversed_data = DiscrepancyInput(
        data.story_id, data.articles, list(reversed(data.statements)), data.entities
    )
    assert (
        [d.id for d in find(data)]
        == [d.id for d in find(data)]
        == [d.id for d in find(reversed_data)]
    )


def test_results_are_ranked_by_score_with_scores_in_unit_range() -> None:
    story = _port_story()
    story.say(
        "w1", "wire", "about 40 trucks were standing at the gate on Tuesday", "marand", "TRUCKS"
    )
    story.say(
        "l1", "local", "around 400 trucks were queuing at the gate on Tuesday", "marand", "TRUCKS"
    )
    story.say("w2", "wire", "the terminal has not closed for a single hour", "marand", "OPEN")
    story.say("l2", "local", "The terminal was shut for most of the day", "marand", "OPEN")
    found = find(story.build())
    assert len(found) == 2
    scores = [d.score for d in found]
    assert scores == sorted(scores, reverse=True)
    assert all(0.0 <= s <= 1.0 for s in scores)


def test_a_question_put_to_the_speaker_given_as_his_claim_is_an_attribution_mismatch() -> None:
    story = (
        StoryBuilder()
        .article("fb", "He posted: “Journalist’s question: the Russians said they took the city.”")
        .article("news", "The spokesman reported that Russians claim to have taken the city.")
    )
    story.say("q", "fb", "Journalist’s question: the Russians said they took the city.", "sp", "QA")
    story.say("c", "news", "Russians claim to have taken the city", "sp", "QA")
    found = find(story.build())
    assert [d.kind for d in found] == ["attribution_mismatch"]
    assert "question" in found[0].explanation


def test_words_credited_to_the_governor_but_said_by_the_deputy_are_an_attribution_mismatch() -> (
    None
):
    text = (
        "The bank will raise rates again, Deputy Governor Olga Polyakova said. “We raised the "
        "rate by tangible steps,” the agency quoted the Governor as saying."
    )
    story = StoryBuilder().person("polyakova", "Olga Polyakova").article("a", text)
    story.say("s1", "a", "The bank will raise rates again", "polyakova", "READY")
    story.say("s2", "a", "We raised the rate by tangible steps,", "polyakova", "READY")
    data = story.build()
    named = find_span(text, "Deputy Governor Olga Polyakova")
    bare = find_span(text, "the Governor")
    statements = [
        replace(s, attribution=replace(s.attribution, source=(named if s.id == "s1" else bare,)))
        for s in data.statements
    ]
    found = find(DiscrepancyInput("s", data.articles, statements, data.entities))
    assert [d.kind for d in found] == ["attribution_mismatch"]
    assert {e.text for e in found[0].evidence} >= {"the Governor", "Deputy Governor Olga Polyakova"}


def test_killed_against_natural_death_from_two_speakers_is_a_source_disagreement() -> None:
    story = StoryBuilder().article(
        "a",
        "Budanov said the opposition leader died of a blood clot, a natural death. His allies "
        "said the opposition leader was killed in the prison colony.",
    )
    story.say(
        "b", "a", "the opposition leader died of a blood clot, a natural death", "budanov", "CLOT"
    )
    story.say("z", "a", "the opposition leader was killed in the prison colony", "allies", "KILLED")
    found = find(story.build())
    assert [d.kind for d in found] == ["source_disagreement"]


def test_two_speakers_reading_a_third_ones_words_differently_is_a_source_disagreement() -> None:
    text = (
        "Bruni said the pope means a ceasefire reached through negotiation. Zakharova said "
        "Francis is asking the West to admit that it was wrong."
    )
    story = StoryBuilder().person("pope", "Pope Francis", "Francis", "the pope").article("a", text)
    story.say("br", "a", "the pope means a ceasefire reached through negotiation", "bruni", "BR")
    story.say("za", "a", "Francis is asking the West to admit that it was wrong", "zakharova", "ZA")
    found = find(story.build())
    assert "source_disagreement" in [d.kind for d in found]
    assert {"br", "za"} <= set(found[0].statement_ids)


def test_two_entity_ids_with_one_name_are_one_channel_not_a_mismatch() -> None:
    story = (
        StoryBuilder()
        .article("a", "The agency quoted him: “Talks are over.”", "a.example")
        .article("b", "The agency quoted him: “Talks are over.”", "b.example")
    )
    story.entities["agency_1"] = Entity("agency_1", "The agency", "org")
    story.entities["agency_2"] = Entity("agency_2", "The  Agency", "org")
    story.say("a1", "a", "Talks are over.", "minister", "OVER", via="agency_1")
    story.say("b1", "b", "Talks are over.", "minister", "OVER", via="agency_2")
    assert find(story.build()) == []
