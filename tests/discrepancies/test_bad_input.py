"""Inputs the engine will meet: empty stories, one article, blank contents, huge stories."""

from __future__ import annotations

import random
import time
from datetime import date

import pytest

from claimtrail.discrepancies import DiscrepancyInput, DiscrepancyOptions, find
from claimtrail.model import Attribution, Span, Statement

from .builders import StoryBuilder


def test_a_story_with_no_statements_has_no_discrepancies() -> None:
    data = StoryBuilder().article("a", "Nothing was said.").build()
    assert find(data) == []


def test_a_story_with_no_articles_and_no_statements_has_no_discrepancies() -> None:
    assert find(DiscrepancyInput("empty", {}, [], {})) == []


def test_a_story_of_one_article_still_finds_a_rebuttal_inside_it() -> None:
    story = StoryBuilder().article(
        "a",
        "Officials said the bridge was open. "
        "The mayor said: “That is false, the bridge is closed.”",
    )
    story.say("o", "a", "the bridge was open", "officials", "OPEN")
    story.say("m", "a", "That is false, the bridge is closed.", "mayor", "CLOSED")
    found = find(story.build())
    assert [d.kind for d in found] == ["source_disagreement"]
    assert found[0].article_ids == ("a",)


def test_statements_with_empty_or_out_of_range_content_are_ignored() -> None:
    story = StoryBuilder().article("a", "He said: “Yes.”").article("b", "She said nothing.")
    empty = Statement("e", Attribution("a", (), (), (Span(3, 3),), "direct"), "x", group="G")
    blank = Statement("w", Attribution("a", (), (), (Span(2, 3),), "direct"), "x", group="G")
    beyond = Statement("o", Attribution("b", (), (), (Span(5, 500),), "direct"), "y", group="G")
    no_spans = Statement("n", Attribution("b", (), (), (), "direct"), "y", group="G")
    orphan = Statement("p", Attribution("zzz", (), (), (Span(0, 2),), "direct"), "y", group="G")
    data = story.build()
    data = DiscrepancyInput(
        "s", data.articles, [empty, blank, beyond, no_spans, orphan], data.entities
    )
    assert find(data) == []


def test_statements_without_speaker_group_or_dates_do_not_break_detection() -> None:
    story = (
        StoryBuilder()
        .article(
            "a", "About 40 trucks were at the gate, it was reported.", published=date(2025, 3, 11)
        )
        .article("b", "Around 400 trucks were at the gate, it was reported.")
    )
    story.say("a1", "a", "About 40 trucks were at the gate", None)
    story.say("b1", "b", "Around 400 trucks were at the gate", None)
    assert find(story.build()) == []  # no group: nothing says these are one utterance


def _huge_story(n_statements: int, seed: int = 0) -> DiscrepancyInput:
    rng = random.Random(seed)
    words = [
        "minister",
        "said",
        "talks",
        "toll",
        "port",
        "drivers",
        "trucks",
        "gate",
        "blockade",
        "union",
        "not",
        "never",
        "will",
        "suspend",
        "open",
        "closed",
        "begin",
        "over",
        "killed",
        "natural",
        "death",
        "40",
        "400",
        "sure",
        "probably",
        "confirmed",
        "denied",
        "false",
    ]
    story = StoryBuilder().person("p0", "Arkady Zhuravlyov", "Zhuravlyov")
    per_article = 50
    for a in range(n_statements // per_article):
        sentences = [
            " ".join(rng.choice(words) for _ in range(rng.randint(5, 14))) + f" n{a}x{k}"
            for k in range(per_article)
        ]
        story.article(
            f"a{a}", ". ".join(sentences) + ".", f"o{a}.example", date(2025, 3, 1 + a % 20)
        )
        for k, sentence in enumerate(sentences):
            story.say(
                f"s{a}_{k}",
                f"a{a}",
                sentence,
                f"p{rng.randint(0, 30)}",
                f"g{rng.randint(0, n_statements // 6)}",
                date(2025, 3, 1 + rng.randint(0, 5)),
                rng.choice(["explicit", "story"]),
                via=rng.choice([None, "reuters", "afp"]),
            )
    return story.build()


@pytest.mark.slow
def test_five_thousand_statements_in_one_story_finish_in_bounded_time() -> None:
    data = _huge_story(5000)
    started = time.perf_counter()
    found = find(data, DiscrepancyOptions())
    elapsed_s = time.perf_counter() - started
    print(f"5,000 statements: {len(found)} discrepancies in {elapsed_s:.1f} s")
    assert len(found) <= DiscrepancyOptions().max_results
    # Measured 10-16 s on a shared core; pairing every statement with every other took
    # minutes before blocking.
    assert elapsed_s < 60


def test_one_utterance_quoted_three_thousand_times_by_one_speaker_stays_fast() -> None:
    story = StoryBuilder().person("p", "Arkady Zhuravlyov", "Zhuravlyov")
    for a in range(60):
        sentences = [f"Talks with the union are not over, {k} trucks wait" for k in range(50)]
        story.article(f"a{a}", ". ".join(sentences) + ".", f"o{a}.example")
        for k, sentence in enumerate(sentences):
            story.say(f"s{a}_{k}", f"a{a}", sentence, "p", "ONE", date(2025, 3, 11), "explicit")
    started = time.perf_counter()
    found = find(story.build())
    elapsed_s = time.perf_counter() - started
    print(f"3,000 reports of one utterance: {len(found)} discrepancies in {elapsed_s:.1f} s")
    assert elapsed_s < 20
    assert all(d.kind == "source_disagreement" for d in found)  # the numbers differ


def test_doubling_the_story_roughly_doubles_the_time() -> None:
    timings = []
    for n in (500, 1000):
        data = _huge_story(n, seed=1)
        started = time.perf_counter()
        find(data)
        timings.append(time.perf_counter() - started)
    print(f"500 statements {timings[0]:.2f} s, 1,000 statements {timings[1]:.2f} s")
    assert timings[1] < 3.5 * timings[0] + 0.5
