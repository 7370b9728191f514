"""Same-statement linking: translations join, other days and other speakers stay apart."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import numpy as np

from claimtrail.model import Article, Attribution, Span, Statement
from claimtrail.stories.embed import Embedder
from claimtrail.stories.link import (
    USE_LINK_OPTIONS,
    LinkItem,
    LinkOptions,
    StatementLinker,
    link_items,
)

from .corpus import NearbyVectors

DAY = date(2023, 10, 25)
PUBLISHED = datetime(2023, 10, 25, 18, tzinfo=UTC)


def item(
    statement_id: str,
    content: str,
    *,
    speaker: str | None = "erdogan",
    said_on: date | None = DAY,
    language: str = "en",
    story: str | None = "s1",
    group: str | None = None,
    hours: int = 0,
) -> LinkItem:
    return LinkItem(
        statement_id=statement_id,
        article_id=f"a-{statement_id}",
        story_id=story,
        speaker_id=speaker,
        said_on=said_on,
        content=content,
        language=language,
        published=PUBLISHED + timedelta(hours=hours),
        group=group,
    )


NOT_TERROR_EN = "Hamas is not a terrorist organisation, it is a liberation group"
NOT_TERROR_TR = "Hamas bir terör örgütü değil, bir kurtuluş hareketidir"
NOT_TERROR_PT = "O Hamas não é uma organização terrorista, é um grupo de libertação"
CANCEL_EN = "I had plans to visit Israel, but we cancelled them"


def test_translations_of_one_quote_share_a_group(e5: Embedder) -> None:
    groups = StatementLinker(e5).link(
        [
            item("en", NOT_TERROR_EN),
            item("tr", NOT_TERROR_TR, language="tr", hours=1),
            item("pt", NOT_TERROR_PT, language="pt", hours=2),
        ]
    )
    assert groups == {"en": "en", "tr": "en", "pt": "en"}  # named after the earliest report


def test_another_proposition_of_the_same_speech_is_another_group(e5: Embedder) -> None:
    groups = StatementLinker(e5).link([item("a", NOT_TERROR_EN), item("b", CANCEL_EN)])
    assert groups["a"] != groups["b"]


def test_the_same_words_on_another_day_are_another_utterance(e5: Embedder) -> None:
    groups = StatementLinker(e5).link(
        [item("oct", NOT_TERROR_EN), item("nov", NOT_TERROR_EN, said_on=date(2023, 11, 15))]
    )
    assert groups["oct"] != groups["nov"]


def test_the_same_words_a_year_apart_are_another_utterance(e5: Embedder) -> None:
    groups = StatementLinker(e5).link(
        [item("now", NOT_TERROR_EN), item("before", NOT_TERROR_EN, said_on=date(2022, 10, 25))]
    )
    assert groups["now"] != groups["before"]


RADIO_QUOTE = (
    "“Nobody told us about the closure. We learned it from the radio,” she said, "
    "“and now the children have nowhere to go.”"
)


def test_one_quoted_sentence_links_to_the_whole_quote_it_was_cut_from(e5: Embedder) -> None:
    # the whole quote as a vector is far from one of its sentences; their best clause is not
    reports = [item("whole", RADIO_QUOTE), item("cut", "We learned it from the radio")]
    assert len(set(StatementLinker(e5).link(reports).values())) == 1
    whole_texts_only = StatementLinker(e5, LinkOptions(clause_share=0.0)).link(reports)
    assert len(set(whole_texts_only.values())) == 2


class GramEmbedder:
    """Vectors whose cosines are the given matrix, one text per row (a Cholesky factor)."""

    def __init__(self, texts: list[str], cosines: np.ndarray) -> None:
        factor = np.linalg.cholesky(cosines)
        self.rows = {text: factor[i] for i, text in enumerate(texts)}

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        return np.stack([self.rows[t] for t in texts]) if texts else np.zeros((0, 1))


def test_a_short_fragment_does_not_hold_two_halves_of_one_utterance_apart() -> None:
    # a1, a2: one outlet's wording, b1, b2: another's, f: a three-word scrap close to a only
    long_words = " ".join(f"word{i}" for i in range(15))
    texts = [f"a1 {long_words}", f"a2 {long_words}", "f scrap only", f"b1 {long_words}"]
    texts.append(f"b2 {long_words}")
    cosines = np.array(
        [
            [1.00, 0.95, 0.90, 0.84, 0.84],
            [0.95, 1.00, 0.90, 0.84, 0.84],
            [0.90, 0.90, 1.00, 0.70, 0.70],
            [0.84, 0.84, 0.70, 1.00, 0.95],
            [0.84, 0.84, 0.70, 0.95, 1.00],
        ]
    )
    reports = [
        item(text.split()[0], text, language=language, hours=i)
        for i, (text, language) in enumerate(
            zip(texts, ["en", "de", "fr", "ru", "it"], strict=True)
        )
    ]
    embedder = GramEmbedder(texts, cosines)
    weighted = StatementLinker(embedder, LinkOptions()).link(reports)
    assert len(set(weighted.values())) == 1
    # counted like whole reports, the scrap drags a's average with b below the bar
    unweighted = StatementLinker(embedder, LinkOptions(full_report_words=None)).link(reports)
    assert unweighted["a1"] == unweighted["f"] != unweighted["b1"]


def test_different_known_speakers_never_share_a_group_under_the_hard_rule(e5: Embedder) -> None:
    linker = StatementLinker(e5, LinkOptions(speaker_clash_penalty=None))
    groups = linker.link(
        [item("a", NOT_TERROR_EN), item("b", NOT_TERROR_EN, speaker="someone_else")]
    )
    assert groups["a"] != groups["b"]


def test_the_same_words_credited_to_a_misresolved_speaker_still_link(e5: Embedder) -> None:
    # the resolver sometimes names the wrong entity ("his", a headline word): the words decide
    groups = StatementLinker(e5).link(
        [item("a", NOT_TERROR_EN), item("b", NOT_TERROR_EN, speaker="someone_else")]
    )
    assert groups["a"] == groups["b"]


def test_speakers_each_quoted_in_two_articles_never_share_a_group(e5: Embedder) -> None:
    # a resolver's slip rarely repeats across outlets: two established speakers are two people
    a1, a2 = item("a1", NOT_TERROR_EN), item("a2", NOT_TERROR_EN + ".", hours=1)
    b1 = item("b1", NOT_TERROR_EN, speaker="cohen", hours=2)
    b2 = item("b2", NOT_TERROR_EN + ".", speaker="cohen", hours=3)
    groups = StatementLinker(e5).link([a1, a2, b1, b2])
    assert groups["a1"] == groups["a2"]
    assert groups["b1"] == groups["b2"]
    assert groups["a1"] != groups["b1"]


def test_another_speakers_different_proposition_stays_apart(e5: Embedder) -> None:
    groups = StatementLinker(e5).link(
        [item("a", NOT_TERROR_EN), item("b", CANCEL_EN, speaker="someone_else")]
    )
    assert groups["a"] != groups["b"]


def test_the_same_words_dated_a_day_apart_may_link_two_days_apart_never(e5: Embedder) -> None:
    # a report misdated by one day is still the same utterance, and a date_conflict to flag
    day_after, two_days_after = DAY + timedelta(days=1), DAY + timedelta(days=2)
    groups = StatementLinker(e5).link(
        [
            item("a", NOT_TERROR_EN),
            item("b", NOT_TERROR_EN, said_on=day_after, language="de"),
            item("c", NOT_TERROR_EN, said_on=two_days_after, story="s2"),
            item("d", NOT_TERROR_EN, story="s2", language="de"),
        ]
    )
    assert groups["a"] == groups["b"]
    assert groups["c"] != groups["d"]


def test_an_unknown_speaker_or_day_may_join_a_close_report(e5: Embedder) -> None:
    groups = StatementLinker(e5).link(
        [item("a", NOT_TERROR_EN), item("b", NOT_TERROR_EN + ".", speaker=None, said_on=None)]
    )
    assert groups["a"] == groups["b"]


def test_reports_in_different_stories_are_not_compared(e5: Embedder) -> None:
    groups = StatementLinker(e5).link(
        [item("a", NOT_TERROR_EN), item("b", NOT_TERROR_EN, story="s2")]
    )
    assert groups["a"] != groups["b"]


def test_existing_groups_keep_their_ids_and_new_reports_join_them(e5: Embedder) -> None:
    linker = StatementLinker(e5)
    old = [item("en", NOT_TERROR_EN, group="G1"), item("cancel", CANCEL_EN, group="G2")]
    groups = linker.link([*old, item("tr", NOT_TERROR_TR, language="tr", hours=3)])
    assert groups == {"en": "G1", "cancel": "G2", "tr": "G1"}


def test_two_earlier_groups_of_one_utterance_become_one_under_the_larger_ones_id(
    e5: Embedder,
) -> None:
    groups = StatementLinker(e5).link(
        [
            item("a", NOT_TERROR_EN, group="G1"),
            item("b", NOT_TERROR_PT, language="pt", group="G2", hours=1),
            item("c", NOT_TERROR_TR, language="tr", group="G2", hours=2),
        ]
    )
    assert groups == {"a": "G2", "b": "G2", "c": "G2"}


def test_a_report_wrongly_grouped_before_leaves_and_the_group_keeps_its_id(e5: Embedder) -> None:
    groups = StatementLinker(e5).link(
        [
            item("a", NOT_TERROR_EN, group="G1"),
            item("b", NOT_TERROR_TR, language="tr", group="G1", hours=1),
            item("c", CANCEL_EN, group="G1", hours=2),
        ]
    )
    assert groups == {"a": "G1", "b": "G1", "c": "c"}


def test_groups_do_not_depend_on_the_order_reports_arrived_in(e5: Embedder) -> None:
    reports = [
        item("en", NOT_TERROR_EN),
        item("pt", NOT_TERROR_PT, language="pt", hours=1),
        item("tr", NOT_TERROR_TR, language="tr", hours=2),
        item("cancel", CANCEL_EN, hours=3),
    ]
    linker = StatementLinker(e5)
    at_once = linker.link(reports)
    first = linker.link(reports[1:2] + reports[3:])
    # the first batch's ids are carried in; the second batch regroups the whole story
    later = linker.link([replace(r, group=first.get(r.statement_id)) for r in reports])
    assert _partition(later) == _partition(at_once)


def _partition(groups: dict[str, str]) -> set[frozenset[str]]:
    members: dict[str, set[str]] = {}
    for statement, group in groups.items():
        members.setdefault(group, set()).add(statement)
    return {frozenset(m) for m in members.values()}


def test_a_lone_statement_is_its_own_group(e5: Embedder) -> None:
    assert StatementLinker(e5).link([item("only", CANCEL_EN)]) == {"only": "only"}


def test_no_statements_give_no_groups(e5: Embedder) -> None:
    assert StatementLinker(e5).link([]) == {}


def test_a_repeated_statement_id_is_linked_once(e5: Embedder) -> None:
    groups = StatementLinker(e5).link([item("a", CANCEL_EN), item("a", CANCEL_EN)])
    assert groups == {"a": "a"}


def test_a_story_bigger_than_a_block_is_linked_in_bounded_chunks() -> None:
    options = LinkOptions(threshold=0.5, max_block=400)
    linker = StatementLinker(NearbyVectors(spread=0.3), options)
    items = [
        replace(item(f"s{i}", f"report {i}", speaker=f"p{i % 3}"), published=PUBLISHED)
        for i in range(5000)
    ]
    start = time.perf_counter()
    groups = linker.link(items)
    elapsed = time.perf_counter() - start
    print(f"\n5,000 statements in one story: {elapsed:.1f}s")
    assert set(groups) == {i.statement_id for i in items}
    speaker_of = {i.statement_id: i.speaker_id for i in items}
    members: dict[str, set[str | None]] = {}
    for statement_id, group in groups.items():
        members.setdefault(group, set()).add(speaker_of[statement_id])
    assert all(len(speakers) == 1 for speakers in members.values())
    assert max(Counter(groups.values()).values()) <= 400
    assert elapsed < 120


def test_link_items_carry_each_statements_words_date_and_story() -> None:
    text = "Erdogan said: Hamas is not a terrorist organisation."
    article = Article(
        id="a1", text=text, content_hash="h", origin="t", language="en", published=PUBLISHED
    )
    attribution = Attribution(
        "a1", (Span(0, 7),), (Span(8, 12),), (Span(14, 28), Span(29, 51)), "direct"
    )
    statement = Statement("s1", attribution, speaker_id="erdogan", said_on=DAY, group="G")
    orphan = replace(statement, id="s2", attribution=replace(attribution, article_id="gone"))
    [made] = link_items([statement, orphan], {"a1": article}, {"a1": "story-a1"})
    assert made == LinkItem(
        "s1",
        "a1",
        "story-a1",
        "erdogan",
        DAY,
        "Hamas is not a terrorist organisation",
        "en",
        PUBLISHED,
        "G",
    )


def test_options_follow_the_embedders_model(use: Embedder, e5: Embedder) -> None:
    assert StatementLinker(use).options == USE_LINK_OPTIONS
    assert StatementLinker(e5).options == LinkOptions()
