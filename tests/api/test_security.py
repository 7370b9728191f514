"""Hostile requests and hostile stored content: SQL injection, XSS, CSRF headers, request size
limits and errors that never show a stack trace."""

from __future__ import annotations

import re
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from urllib.parse import quote

import pytest

from claimtrail.api import app as app_module
from claimtrail.api.app import Limits, create_app
from claimtrail.store import Store, queries

from .conftest import AUTH, TOKEN, TestClient
from .records import BREAKER, SCRIPT

INJECTIONS = [
    "' OR '1'='1",
    "' OR 1=1 --",
    '" OR ""="',
    "1; DROP TABLE articles; --",
    "') OR ('a'='a",
    "%' OR 1=1 --",
    "\\' OR 1=1 --",
    "x' UNION SELECT id, text FROM articles --",
    "' AND (SELECT COUNT(*) FROM entities) > 0 --",
]
TEXT_PARAMS = {
    "/api/articles": ["q", "language", "outlet", "story"],
    "/api/statements": ["speaker", "story", "article", "group", "language", "kind", "q"],
    "/api/entities": ["q", "type"],
    "/api/groups": ["story"],
    "/api/discrepancies": ["kind", "story"],
}
TYPED_PARAMS = {
    "/api/statements": ["date_from", "date_to", "order", "limit", "offset"],
    "/api/discrepancies": ["status", "limit"],
    "/api/articles": ["limit", "offset"],
}


@pytest.mark.parametrize("payload", INJECTIONS)
def test_sql_injection_in_any_text_filter_matches_nothing(
    client: TestClient, store: Store, payload: str
) -> None:
    counts = store.stats()
    for path, names in TEXT_PARAMS.items():
        for name in names:
            answer = client.get(path, params={name: payload})
            assert answer.status_code == 200, (path, name)
            assert answer.json()["total"] == 0, (path, name)
            assert answer.json()["items"] == [], (path, name)
    assert store.stats() == counts


@pytest.mark.parametrize("payload", INJECTIONS)
def test_sql_injection_in_typed_parameters_is_a_validation_error(
    client: TestClient, payload: str
) -> None:
    for path, names in TYPED_PARAMS.items():
        for name in names:
            answer = client.get(path, params={name: payload})
            assert answer.status_code == 422, (path, name)
            assert payload not in answer.text  # the input is not echoed back


@pytest.mark.parametrize("payload", INJECTIONS)
@pytest.mark.parametrize(
    "prefix",
    [
        "/api/articles/",
        "/api/statements/",
        "/api/entities/",
        "/api/stories/",
        "/api/groups/",
        "/api/discrepancies/",
        "/articles/",
        "/speakers/",
        "/stories/",
        "/groups/",
    ],
)
def test_sql_injection_in_an_id_is_just_an_unknown_id(
    client: TestClient, prefix: str, payload: str
) -> None:
    assert client.get(prefix + quote(payload, safe="")).status_code == 404


def test_sql_injection_in_the_page_search_finds_nothing(client: TestClient) -> None:
    for payload in INJECTIONS:
        page = client.get("/search", params={"q": payload})
        assert page.status_code == 200
        assert page.text.count("None.") == 3


HOSTILE_PAGES = [
    "/",
    "/search?q=alert",
    f"/search?q={quote(SCRIPT)}",
    f"/search?q={quote(BREAKER)}",
    "/stories/hostile-story",
    "/speakers/hostile-mayor",
    f"/groups/{quote('g-' + SCRIPT, safe='')}",
    "/articles/hostile",
    "/articles/hostile?discrepancy=dx",
    f"/stories/{quote(SCRIPT, safe='')}",
    f"/articles/hostile?discrepancy={quote(SCRIPT)}",
]


@pytest.mark.parametrize("path", HOSTILE_PAGES)
def test_stored_and_reflected_markup_is_escaped_on_every_page(
    client: TestClient, path: str
) -> None:
    page = client.get(path)
    assert page.status_code in (200, 404)
    html = page.text
    assert "<script" not in html.lower()
    assert 'onmouseover=alert(1) x="' not in html
    assert not re.search(r"<img\b", html)
    for match in re.finditer(r"\b(href|src|action)=\"([^\"]*)\"", html):
        assert not match.group(2).lower().startswith("javascript"), match.group(0)


@pytest.mark.parametrize(
    "path", ["/", "/stories/hostile-story", "/speakers/hostile-mayor", "/articles/hostile"]
)
def test_hostile_strings_are_shown_as_text(client: TestClient, path: str) -> None:
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in client.get(path).text


def test_an_article_url_that_is_not_http_is_shown_as_text(client: TestClient) -> None:
    html = client.get("/articles/hostile").text
    assert "<span>javascript:alert(1)</span>" in html


def test_api_answers_hostile_strings_as_json_not_html(client: TestClient) -> None:
    answer = client.get("/api/articles/hostile")
    assert answer.headers["content-type"].startswith("application/json")
    assert answer.headers["x-content-type-options"] == "nosniff"
    assert answer.json()["title"] == SCRIPT


@pytest.mark.parametrize(
    "path", ["/", "/api/articles", "/static/style.css", "/nope", "/api/nope", "/docs"]
)
def test_every_response_carries_the_security_headers(client: TestClient, path: str) -> None:
    headers = client.get(path).headers
    policy = headers["content-security-policy"]
    assert "frame-ancestors 'none'" in policy
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert "unsafe-eval" not in policy
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"


def test_pages_hold_no_inline_script_style_or_remote_asset(client: TestClient) -> None:
    web = Path(str(resources.files("claimtrail.web")))
    for path in [*web.glob("templates/*.html"), *web.glob("static/*")]:
        text = path.read_text(encoding="utf-8")
        assert "<script" not in text, path
        assert " style=" not in text, path
        assert not re.search(r"(src|href)=\"(https?:)?//", text), path
        assert "@import" not in text, path
        assert "url(http" not in text, path
    html = client.get("/stories/blockade").text
    assert not re.search(r"<[^>]+\son\w+=", html)


def _small_client(store: Store) -> TestClient:
    limited = Limits(max_upload_bytes=1_000, max_body_bytes=2_000, max_files=2)
    return TestClient(create_app(store, TOKEN, limits=limited), raise_server_exceptions=False)


def test_a_body_over_the_limit_is_refused_before_it_is_read(store: Store, demo: object) -> None:
    client = _small_client(store)
    answer = client.post(
        "/api/ingest", headers=AUTH, files=[("files", ("big.txt", b"x" * 5_000, "text/plain"))]
    )
    assert answer.status_code == 413
    assert store.stats()["articles"] == 5


def test_a_chunked_body_over_the_limit_is_cut_off(store: Store, demo: object) -> None:
    client = _small_client(store)

    def chunks() -> Iterator[bytes]:
        for _ in range(10):
            yield b"y" * 500

    answer = client.post(
        "/api/discrepancies/d1/review",
        headers={**AUTH, "Content-Type": "application/json"},
        content=chunks(),
    )
    assert answer.status_code == 413
    assert queries.discrepancy(store, "d1").status == "open"  # type: ignore[union-attr]


def test_an_upload_over_the_upload_limit_is_refused(store: Store, demo: object) -> None:
    client = _small_client(store)
    answer = client.post(
        "/api/ingest", headers=AUTH, files=[("files", ("a.txt", b"z" * 1_500, "text/plain"))]
    )
    assert answer.status_code == 413
    assert store.stats()["articles"] == 5


def test_too_many_files_are_refused(store: Store, demo: object) -> None:
    client = _small_client(store)
    files = [("files", (f"{n}.txt", b"a", "text/plain")) for n in range(3)]
    answer = client.post("/api/ingest", headers=AUTH, files=files)
    assert answer.status_code == 400
    assert store.stats()["articles"] == 5


@pytest.mark.parametrize("path", ["/api/stories", "/"])
def test_an_unexpected_error_is_a_generic_500_without_a_trace(
    client: TestClient, monkeypatch: pytest.MonkeyPatch, path: str, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(*args: object) -> None:
        raise RuntimeError("secret detail in /srv/claimtrail/queries.py")

    monkeypatch.setattr(queries, "stories_ranked", broken)
    answer = client.get(path)
    assert answer.status_code == 500
    assert answer.json() == {"error": "internal error"}
    assert "secret" not in answer.text
    assert "Traceback" not in answer.text
    assert answer.headers["content-security-policy"] == app_module.CONTENT_SECURITY_POLICY
    assert "secret detail" in caplog.text  # logged on the server side
