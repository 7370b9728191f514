"""An app over a temporary SQLite store holding the demo records, and clients for it."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI

from claimtrail.api.app import create_app
from claimtrail.store import Store, open_store

from .records import Demo, build

with warnings.catch_warnings():  # starlette suggests httpx2, which is not needed here
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient as TestClient

TOKEN = "test-token-0123456789abcdef"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(f"sqlite:///{tmp_path / 'api.db'}") as opened:
        yield opened


@pytest.fixture
def demo(store: Store) -> Demo:
    return build(store)


@pytest.fixture
def app(store: Store, demo: Demo) -> FastAPI:
    return create_app(store, TOKEN, writer_label="tester")


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app, raise_server_exceptions=False) as opened:
        yield opened
