"""Page contents without a browser: highlighting, the timeline, the chain graph, each page."""

from __future__ import annotations

import re
import time
from datetime import UTC, date, datetime

from hypothesis import given
from hypothesis import strategies as st

from api.conftest import TestClient
from api.records import Demo
from claimtrail.model import Span
from claimtrail.web import chain, marks, timeline


@st.composite
def _text_and_marks(draw: st.DrawFn) -> tuple[str, list[marks.Mark]]:
    text = draw(st.text(max_size=60))
    bounds = st.integers(min_value=0, max_value=len(text) + 5)
    found = []
    for _ in range(draw(st.integers(min_value=0, max_value=6))):
        a, b = sorted((draw(bounds), draw(bounds)))
        found.append(marks.Mark(Span(a, b), draw(st.sampled_from(["source", "cue", "content"]))))
    return text, found


@given(_text_and_marks())
def test_segments_rebuild_the_text_and_carry_exactly_the_marks_over_them(
    case: tuple[str, list[marks.Mark]],
) -> None:
    text, given_marks = case
    found = marks.segments(text, given_marks)
    assert "".join(s.text for s in found) == text
    position = 0
    for segment in found:
        assert segment.start == position
        assert segment.text
        end = position + len(segment.text)
        for mark in given_marks:
            is_over = mark.span.start <= position and end <= mark.span.end
            assert (mark in segment.marks) is is_over
        position = end


def test_a_source_mark_links_to_its_speaker_before_a_content_link() -> None:
    both = [
        marks.Mark(Span(0, 5), "content", "/groups/g"),
        marks.Mark(Span(0, 5), "source", "/speakers/s"),
    ]
    (segment,) = marks.segments("Hello", both)
    assert segment.href == "/speakers/s"
    assert segment.classes == "m-content m-source"


def _entry(key: str, day: date, speaker: str) -> timeline.Entry:
    return timeline.Entry(key, day, speaker, "words", f"/x/{key}", 1)


def test_timeline_has_one_point_per_entry_inside_the_drawing() -> None:
    entries = [
        _entry("a", date(2025, 3, 11), "Ann"),
        _entry("b", date(2025, 3, 11), "Ann"),
        _entry("c", date(2025, 3, 20), "Bo"),
    ]
    drawn = timeline.layout(entries)
    assert len(drawn.points) == 3
    assert [lane.speaker for lane in drawn.lanes] == ["Ann", "Bo"]
    assert all(timeline.LEFT <= p.x <= drawn.width - timeline.RIGHT + 30 for p in drawn.points)
    first, second = drawn.points[0], drawn.points[1]
    assert first.y == second.y
    assert first.x != second.x
    assert timeline.layout([]).points == ()


def test_chain_runs_from_speaker_through_the_agency_to_outlets_and_copies() -> None:
    def report(
        article_id: str, day: int, via: str | None, copies: str | None = None
    ) -> chain.Report:
        return chain.Report(
            article_id, article_id.upper(), datetime(2025, 3, day, tzinfo=UTC), "Ann", via, copies
        )

    drawn = chain.graph(
        [report("wire", 11, None), report("daily", 12, "Wire"), report("copy", 12, None, "daily")]
    )
    kinds = {n.key: n.kind for n in drawn.nodes}
    assert kinds == {
        "speaker:Ann": "speaker",
        "via:Wire": "via",
        "article:wire": "outlet",
        "article:daily": "outlet",
        "article:copy": "copy",
    }
    assert [n.key for n in drawn.nodes if n.is_earliest] == ["article:wire"]
    assert len(drawn.edges) == 4  # Ann->wire, Ann->Wire, Wire->daily, daily->copy


def test_story_page_draws_one_point_per_dated_entry(client: TestClient, demo: Demo) -> None:
    html = client.get("/stories/blockade").text
    expected = demo.timeline_entries("blockade")
    assert expected == 4
    assert html.count('class="tl-point"') == expected
    assert f'data-points="{expected}"' in html
    assert html.count('class="discrepancy"') == 3
    for label in ("Sources disagree", "Date conflict"):
        assert label in html


def test_article_page_highlights_both_evidence_spans_of_a_discrepancy(client: TestClient) -> None:
    html = client.get("/articles/rundschau?discrepancy=d7").text
    body = html.split('class="article-text"', 1)[1]
    assert re.search(r'<mark class="[^"]*m-evidence[^"]*" data-evidence="0"', body)
    assert re.search(r'<mark class="[^"]*m-evidence[^"]*" data-evidence="1"', body)
    assert 'id="evidence-0"' in body
    assert 'id="evidence-1"' in body
    plain = client.get("/articles/rundschau").text
    assert "m-evidence" not in plain.split('class="article-text"', 1)[1]


def test_article_page_links_sources_to_speakers(client: TestClient) -> None:
    html = client.get("/articles/bnw").text
    assert '<a href="/speakers/zhuravlyov">Transport Minister Arkady Zhuravlyov</a>' in html
    assert 'class="m-cue"' in html


def test_speaker_page_shows_spellings_seen(client: TestClient) -> None:
    html = client.get("/speakers/zhuravlyov").text
    for spelling in ("Arkadi Schurawljow", "Transport Minister Arkady Zhuravlyov", "Zhuravlyov"):
        assert spelling in html
    assert html.index("2025-03-11") < html.index("2025-03-12")


def test_group_page_names_the_earliest_report_and_draws_the_chain(client: TestClient) -> None:
    html = client.get("/groups/g-talks").text
    assert "Earliest report: <a" in html
    assert "Baltic News Wire</a>" in html
    assert html.count('class="chain-node node-outlet') == 3
    assert html.count('class="chain-node node-copy') == 1
    assert 'lang="de"' in html


def test_every_page_is_served_well_under_300_ms(client: TestClient) -> None:
    paths = [
        "/",
        "/search?q=talks",
        "/stories/blockade",
        "/speakers/zhuravlyov",
        "/groups/g-talks",
        "/articles/rundschau?discrepancy=d7",
        "/docs",
    ]
    for path in paths:
        client.get(path)  # warm the templates
        start = time.perf_counter()
        assert client.get(path).status_code == 200
        assert time.perf_counter() - start < 0.3, path


def test_unknown_pages_are_html_404s(client: TestClient) -> None:
    answer = client.get("/speakers/nobody")
    assert answer.status_code == 404
    assert answer.headers["content-type"].startswith("text/html")
