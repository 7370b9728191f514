"""Writes: a bearer token on every write route, and each write recorded with who and when."""

from __future__ import annotations

from typing import Any

import pytest

from claimtrail.store import Store, queries

from .conftest import AUTH, TOKEN, TestClient
from .records import Demo

WRITES: list[tuple[str, dict[str, Any]]] = [
    ("/api/discrepancies/d1/review", {"json": {"status": "reviewed", "note": "checked"}}),
    ("/api/entities/merge", {"json": {"source": "ministry", "target": "bnw-agency"}}),
    ("/api/entities/zhuravlyov/split", {"json": {"alias": "Arkadi Schurawljow"}}),
    ("/api/ingest", {"data": {"url": "https://example.invalid/a"}}),
]


@pytest.mark.parametrize(("path", "body"), WRITES)
@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({}, 401),
        ({"Authorization": "Bearer "}, 401),
        ({"Authorization": f"Basic {TOKEN}"}, 401),
        ({"Authorization": "Bearer wrong-token-0123456789"}, 403),
        ({"Authorization": f"Bearer {TOKEN}x"}, 403),
        ({"Cookie": f"token={TOKEN}"}, 401),  # a cookie is never a credential: no CSRF
    ],
)
def test_every_write_route_refuses_a_missing_or_wrong_token(
    client: TestClient,
    store: Store,
    path: str,
    body: dict[str, Any],
    headers: dict[str, str],
    status: int,
) -> None:
    before = (list(store.entities()), queries.discrepancies_all(store))
    answer = client.post(path, headers=headers, **body)
    assert answer.status_code == status
    if status == 401:
        assert answer.headers["www-authenticate"] == "Bearer"
    assert (list(store.entities()), queries.discrepancies_all(store)) == before
    assert queries.audit_page(store, 10, 0).total == 0


def test_a_cross_site_form_post_cannot_review(client: TestClient, store: Store) -> None:
    answer = client.post(
        "/api/discrepancies/d1/review",
        data={"status": "dismissed"},
        headers={
            "Origin": "https://evil.example",
            "Content-Type": "application/x-www-form-urlencoded",
        },
    )
    assert answer.status_code == 401
    assert queries.discrepancy(store, "d1").status == "open"  # type: ignore[union-attr]


def test_review_is_stored_with_who_and_when(client: TestClient, store: Store) -> None:
    answer = client.post(
        "/api/discrepancies/d1/review", headers=AUTH, json={"status": "dismissed", "note": "typo"}
    )
    assert answer.status_code == 200
    review = answer.json()["review"]
    assert answer.json()["status"] == "dismissed"
    assert review["actor"] == "tester@testclient"
    assert review["note"] == "typo"
    listed = client.get("/api/discrepancies", params={"status": "dismissed"}).json()["items"]
    assert [d["id"] for d in listed] == ["d1"]
    stories = client.get("/api/stories").json()["items"]
    assert stories[0]["open_discrepancy_count"] == 2
    audit = client.get("/api/audit", headers=AUTH).json()["items"]
    assert audit[0]["action"] == "review"
    assert audit[0]["target"] == "d1"
    assert audit[0]["actor"] == "tester@testclient"
    assert audit[0]["at"]


def test_review_of_an_unknown_discrepancy_is_404(client: TestClient) -> None:
    answer = client.post("/api/discrepancies/nope/review", headers=AUTH, json={"status": "open"})
    assert answer.status_code == 404


def test_review_refuses_an_unknown_status(client: TestClient) -> None:
    answer = client.post("/api/discrepancies/d1/review", headers=AUTH, json={"status": "gone"})
    assert answer.status_code == 422


def test_merge_moves_statements_and_names(client: TestClient, store: Store) -> None:
    answer = client.post(
        "/api/entities/merge", headers=AUTH, json={"source": "ministry", "target": "bnw-agency"}
    )
    assert answer.status_code == 200
    merged = answer.json()
    assert "Transport ministry" in merged["aliases"]
    assert "Das Ministerium" in merged["aliases"]
    assert queries.entity(store, "ministry") is None
    moved = queries.statement(store, "rundschau-s3")
    assert moved is not None
    assert moved.speaker_id == "bnw-agency"
    assert client.get("/api/audit", headers=AUTH).json()["items"][0]["action"] == "merge"


def test_merge_into_itself_or_a_missing_entity_is_refused(client: TestClient) -> None:
    same = {"source": "marand", "target": "marand"}
    assert client.post("/api/entities/merge", headers=AUTH, json=same).status_code == 400
    missing = {"source": "nobody", "target": "marand"}
    assert client.post("/api/entities/merge", headers=AUTH, json=missing).status_code == 404


def test_split_moves_the_statements_said_under_that_alias(client: TestClient, store: Store) -> None:
    answer = client.post(
        "/api/entities/zhuravlyov/split",
        headers=AUTH,
        json={"alias": "Arkadi Schurawljow", "new_id": "schurawljow"},
    )
    assert answer.status_code == 200
    assert "Arkadi Schurawljow" not in answer.json()["kept"]["aliases"]
    assert answer.json()["split"] == {
        "id": "schurawljow",
        "name": "Arkadi Schurawljow",
        "type": "person",
        "aliases": [],
        "statement_count": None,
    }
    moved = queries.statement(store, "rundschau-s1")
    kept = queries.statement(store, "bnw-s1")
    assert moved is not None
    assert moved.speaker_id == "schurawljow"
    assert kept is not None
    assert kept.speaker_id == "zhuravlyov"
    again = client.post(
        "/api/entities/zhuravlyov/split",
        headers=AUTH,
        json={"alias": "Zhuravlyov", "new_id": "schurawljow"},
    )
    assert again.status_code == 409


def test_split_of_an_alias_the_entity_lacks_is_404(client: TestClient) -> None:
    answer = client.post("/api/entities/marand/split", headers=AUTH, json={"alias": "Nobody"})
    assert answer.status_code == 404


def test_audit_log_needs_the_token(client: TestClient) -> None:
    assert client.get("/api/audit").status_code == 401


def test_ingest_runs_the_pipeline_on_uploaded_files(
    client: TestClient, store: Store, demo: Demo
) -> None:
    duplicates = store.stats()["duplicates"]
    text = (
        "Port reopens\n\nThe harbour master, Tiina Kask, said on Monday that the gate would"
        ' reopen at noon. "We are ready," she said.'
    )
    answer = client.post(
        "/api/ingest",
        headers=AUTH,
        files=[("files", ("../../etc/passwd.txt", text.encode(), "text/plain"))],
    )
    assert answer.status_code == 200, answer.text
    report = answer.json()
    assert report["stored"] == 1
    assert report["statements"] >= 1
    assert store.stats()["articles"] == len(demo.articles) + 1
    audit = client.get("/api/audit", headers=AUTH).json()["items"][0]
    assert audit["action"] == "ingest"
    assert audit["detail"]["files"] == ["001-passwd.txt"]
    again = client.post(
        "/api/ingest", headers=AUTH, files=[("files", ("copy.txt", text.encode(), "text/plain"))]
    )
    assert again.status_code == 200
    assert store.stats()["duplicates"] == duplicates + 1  # same text, other name: linked


@pytest.mark.parametrize(
    "data",
    [{}, {"url": "file:///etc/passwd"}, {"url": "ftp://example.org/x"}],
)
def test_ingest_needs_an_http_url_or_files(client: TestClient, data: dict[str, str]) -> None:
    assert client.post("/api/ingest", headers=AUTH, data=data).status_code == 422


def test_ingest_of_a_private_url_is_a_reported_failure(client: TestClient, store: Store) -> None:
    answer = client.post("/api/ingest", headers=AUTH, data={"url": "http://127.0.0.1:9/x"})
    assert answer.status_code == 200
    assert answer.json()["stored"] == 0
    assert len(answer.json()["failures"]) == 1
