"""The read routes: every list and record, filters, and pagination that stays stable."""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import TestClient
from .records import SCRIPT, Demo


def _all(client: TestClient, path: str, limit: int, **params: Any) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    offset: int | None = 0
    while offset is not None:
        page = client.get(path, params={**params, "limit": limit, "offset": offset}).json()
        items += page["items"]
        offset = page["next_offset"]
    return items


@pytest.mark.parametrize(
    "path",
    [
        "/api/articles",
        "/api/statements",
        "/api/entities",
        "/api/stories",
        "/api/groups",
        "/api/discrepancies",
    ],
)
def test_every_list_pages_through_the_same_rows_in_the_same_order(
    client: TestClient, path: str
) -> None:
    whole = client.get(path, params={"limit": 200}).json()
    assert whole["total"] == len(whole["items"]) > 0
    paged = _all(client, path, limit=2)
    assert paged == whole["items"]
    assert _all(client, path, limit=3) == whole["items"]


def test_lists_refuse_a_limit_over_the_bound(client: TestClient) -> None:
    assert client.get("/api/articles", params={"limit": 201}).status_code == 422
    assert client.get("/api/articles", params={"offset": -1}).status_code == 422


def test_article_list_holds_no_text_and_the_article_holds_its_statements(
    client: TestClient, demo: Demo
) -> None:
    listed = client.get("/api/articles").json()["items"]
    assert [a["id"] for a in listed] == [a.id for a in demo.articles]
    assert "text" not in listed[0]
    bnw = client.get("/api/articles/bnw").json()
    assert bnw["story"] == "blockade"
    assert len(bnw["statements"]) == 3
    for statement in bnw["statements"]:
        for span in statement["content"]:
            assert bnw["text"][span["start"] : span["end"]] == span["text"]


def test_article_search_finds_titles_and_text_case_insensitively(client: TestClient) -> None:
    by_text = client.get("/api/articles", params={"q": "TRUCKS"}).json()
    assert {a["id"] for a in by_text["items"]} == {"bnw", "courier", "headlines24"}
    by_title = client.get("/api/articles", params={"q": "gespräche"}).json()
    assert [a["id"] for a in by_title["items"]] == ["rundschau"]
    assert client.get("/api/articles", params={"language": "de"}).json()["total"] == 1
    assert client.get("/api/articles", params={"story": "hostile-story"}).json()["total"] == 1


def test_search_treats_like_wildcards_as_plain_characters(client: TestClient) -> None:
    assert client.get("/api/articles", params={"q": "%"}).json()["total"] == 0
    assert client.get("/api/articles", params={"q": "_"}).json()["total"] == 0


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"speaker": "marand"}, {"bnw-s3", "courier-s2"}),
        ({"story": "hostile-story"}, {"hostile-s1"}),
        ({"group": "g-trucks"}, {"bnw-s3", "courier-s2"}),
        ({"language": "de"}, {"rundschau-s1", "rundschau-s2", "rundschau-s3"}),
        ({"kind": "direct"}, {"bnw-s1", "bnw-s2"}),
        ({"date_from": "2025-03-12", "date_to": "2025-03-13"}, {"rundschau-s1", "rundschau-s2"}),
        ({"q": "TALKS with"}, {"bnw-s1", "courier-s1", "headlines24-s1"}),
        ({"q": "trucks", "speaker": "marand", "story": "blockade"}, {"bnw-s3", "courier-s2"}),
        ({"article": "courier"}, {"courier-s1", "courier-s2"}),
    ],
)
def test_statement_filters_combine(
    client: TestClient, params: dict[str, str], expected: set[str]
) -> None:
    page = client.get("/api/statements", params=params).json()
    assert {s["id"] for s in page["items"]} == expected
    assert page["total"] == len(expected)


def test_statement_text_search_pages_stably(client: TestClient) -> None:
    whole = client.get("/api/statements", params={"q": "the"}).json()["items"]
    assert len(whole) >= 4
    assert _all(client, "/api/statements", limit=1, q="the") == whole


def test_statements_ordered_by_date_put_undated_last(client: TestClient) -> None:
    items = client.get("/api/statements", params={"order": "said_on"}).json()["items"]
    days = [s["said_on"] for s in items]
    dated = [d for d in days if d is not None]
    assert dated == sorted(dated)
    assert days[-1] is None


def test_entity_lists_its_aliases_and_every_statement(client: TestClient) -> None:
    found = client.get("/api/entities/zhuravlyov").json()
    assert "Arkadi Schurawljow" in found["aliases"]
    said = found["statements"]
    assert said["total"] == 5 == found["statement_count"]
    assert {s["id"] for s in said["items"]} >= {"bnw-s1", "rundschau-s1"}
    searched = client.get("/api/entities", params={"q": "schurawljow"}).json()["items"]
    assert [e["id"] for e in searched] == ["zhuravlyov"]
    assert client.get("/api/entities", params={"type": "org"}).json()["total"] == 2


def test_stories_rank_open_discrepancies_first(client: TestClient) -> None:
    stories = client.get("/api/stories").json()["items"]
    assert [s["id"] for s in stories] == ["blockade", "hostile-story"]
    assert stories[0]["open_discrepancy_count"] == 3
    assert stories[0]["article_count"] == 4
    story = client.get("/api/stories/blockade").json()
    assert [a["id"] for a in story["articles"]] == ["bnw", "courier", "headlines24", "rundschau"]


def test_groups_hold_every_rendering(client: TestClient) -> None:
    groups = client.get("/api/groups", params={"story": "blockade"}).json()["items"]
    assert {g["id"]: g["statement_count"] for g in groups} == {"g-talks": 4, "g-trucks": 2}
    talks = client.get("/api/groups/g-talks").json()
    assert {s["article"] for s in talks["statements"]} == {
        "bnw",
        "courier",
        "headlines24",
        "rundschau",
    }
    odd = client.get(f"/api/groups/g-{SCRIPT}").json()
    assert [s["id"] for s in odd["statements"]] == ["hostile-s1"]


def test_discrepancies_filter_by_kind_story_and_status(client: TestClient) -> None:
    assert [
        d["id"]
        for d in client.get("/api/discrepancies", params={"kind": "date_conflict"}).json()["items"]
    ] == ["d4"]
    in_story = client.get("/api/discrepancies", params={"story": "blockade"}).json()["items"]
    assert [d["id"] for d in in_story] == ["d1", "d4", "d7"]
    assert client.get("/api/discrepancies", params={"status": "reviewed"}).json()["total"] == 0
    d1 = client.get("/api/discrepancies/d1").json()
    assert [e["text"] for e in d1["evidence"]] == ["about 40 trucks", "around 400 trucks"]
    assert d1["status"] == "open"


@pytest.mark.parametrize(
    "path",
    [
        "/api/articles/nope",
        "/api/statements/nope",
        "/api/entities/nope",
        "/api/stories/nope",
        "/api/groups/nope",
        "/api/discrepancies/nope",
    ],
)
def test_unknown_ids_are_404_with_a_json_error(client: TestClient, path: str) -> None:
    answer = client.get(path)
    assert answer.status_code == 404
    assert answer.json() == {"error": answer.json()["error"]}


def test_openapi_lists_every_route_under_api(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert all(path.startswith("/api/") for path in spec["paths"])
    assert {"/api/ingest", "/api/entities/merge", "/api/statements"} <= set(spec["paths"])
    docs = client.get("/docs")
    assert docs.status_code == 200
    assert "/api/discrepancies/{discrepancy_id}/review" in docs.text
