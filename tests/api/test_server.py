"""`serve`: loopback by default, no public bind without a token, a random token printed once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from claimtrail.api import server
from claimtrail.api.app import create_app
from claimtrail.errors import ClaimtrailError
from claimtrail.store import Store

from .conftest import TOKEN


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("127.0.0.1", True),
        ("127.8.9.1", True),
        ("localhost", True),
        ("::1", True),
        ("[::1]", True),
        ("0.0.0.0", False),  # noqa: S104 - the host under test
        ("::", False),
        ("192.168.1.5", False),
        ("example.org", False),
        ("::ffff:10.0.0.1", False),
    ],
)
def test_loopback_hosts_are_recognised(host: str, expected: bool) -> None:
    assert server.is_loopback(host) is expected


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.5", "example.org"])  # noqa: S104 - the host under test
def test_serve_refuses_a_public_host_without_a_token(
    host: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("CLAIMTRAIL_TOKEN", raising=False)
    with pytest.raises(ClaimtrailError, match="without a write token"):
        server.serve(f"sqlite:///{tmp_path / 'x.db'}", host, 8080, None)
    assert not (tmp_path / "x.db").exists()  # refused before anything was opened


def test_a_public_host_is_allowed_with_a_token_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CLAIMTRAIL_TOKEN", TOKEN)
    assert server.choose_token("0.0.0.0", None) == (TOKEN, False)  # noqa: S104 - the host under test


def test_a_short_token_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLAIMTRAIL_TOKEN", raising=False)
    with pytest.raises(ClaimtrailError, match="16 characters"):
        server.choose_token("127.0.0.1", "short")


def test_serve_prints_a_generated_token_once_and_the_app_accepts_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import uvicorn

    monkeypatch.delenv("CLAIMTRAIL_TOKEN", raising=False)
    seen: dict[str, Any] = {}

    def fake_run(app: Any, **options: Any) -> None:
        seen.update(options, app=app)

    monkeypatch.setattr(uvicorn, "run", fake_run)
    server.serve(f"sqlite:///{tmp_path / 's.db'}", "127.0.0.1", 8123, None)
    assert (seen["host"], seen["port"]) == ("127.0.0.1", 8123)
    lines = capsys.readouterr().err.splitlines()
    tokens = [line.rsplit(" ", 1)[-1] for line in lines if "write token" in line]
    assert len(tokens) == 1
    assert seen["app"].state.token_check.accepts(tokens[0])
    assert "http://127.0.0.1:8123/" in lines[0]


def test_a_background_server_answers_over_real_http(store: Store, demo: object) -> None:
    with server.running(create_app(store, TOKEN)) as base:
        assert base.startswith("http://127.0.0.1:")
        page = httpx.get(base + "/stories/blockade", timeout=10)
        assert page.status_code == 200
        assert "Tarvala port blockade" in page.text
        refused = httpx.post(base + "/api/entities/merge", json={}, timeout=10)
        assert refused.status_code == 401
