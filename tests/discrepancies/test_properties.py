"""Whatever the statements, `find` returns well-formed discrepancies and never raises."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrail.discrepancies import DiscrepancyInput, find
from claimtrail.model import Article, Attribution, Span, Statement

_WORDS = st.sampled_from(
    [
        "the",
        "minister",
        "said",
        "not",
        "never",
        "no",
        "talks",
        "are",
        "over",
        "will",
        "begin",
        "toll",
        "40",
        "400",
        "trucks",
        "port",
        "shut",
        "open",
        "killed",
        "natural",
        "death",
        "sure",
        "probably",
        "denied",
        "confirmed",
        "false",
        "нет",
        "не",
        "12",
        "März",
        "am",
        "Tuesday",
    ]
)


@st.composite
def stories(draw: st.DrawFn) -> DiscrepancyInput:
    n_articles = draw(st.integers(1, 3))
    articles = {}
    for i in range(n_articles):
        text = " ".join(draw(st.lists(_WORDS, min_size=0, max_size=40)))
        articles[f"a{i}"] = Article(
            id=f"a{i}",
            text=text,
            content_hash=f"a{i}",
            origin=f"a{i}",
            language=draw(st.sampled_from(["en", "ru", "de", None, "xx"])),
            published=None,
        )
    statements = []
    for k in range(draw(st.integers(0, 12))):
        article_id = f"a{draw(st.integers(0, n_articles - 1))}"
        size = len(articles[article_id].text)
        start = draw(st.integers(0, size))
        end = draw(st.integers(start, size + 5))  # may run past the text: must be ignored
        statements.append(
            Statement(
                id=f"s{k}",
                attribution=Attribution(article_id, (), (), (Span(start, end),), "direct"),
                speaker_id=draw(st.sampled_from([None, "p1", "p2"])),
                said_on=draw(st.sampled_from([None, date(2025, 3, 11), date(2025, 3, 12)])),
                said_on_basis=draw(
                    st.sampled_from([None, "explicit", "relative", "story", "publication"])
                ),
                time_expression=Span(start, min(end, size)) if draw(st.booleans()) else None,
                via_id=draw(st.sampled_from([None, "reuters", "afp"])),
                group=draw(st.sampled_from([None, "g1", "g2"])),
            )
        )
    return DiscrepancyInput("story", articles, statements, {})


@settings(max_examples=150, deadline=None)
@given(stories())
def test_discrepancies_are_well_formed_for_any_statements(data: DiscrepancyInput) -> None:
    found = find(data)
    known = {s.id for s in data.statements}
    assert [d.score for d in found] == sorted((d.score for d in found), reverse=True)
    assert len({d.id for d in found}) == len(found)
    for d in found:
        assert 0.0 <= d.score <= 1.0
        assert len(d.statement_ids) >= 2
        assert set(d.statement_ids) <= known
        for e in d.evidence:
            text = data.articles[e.article_id].text
            assert 0 <= e.span.start <= e.span.end <= len(text)
            assert text[e.span.start : e.span.end] == e.text
