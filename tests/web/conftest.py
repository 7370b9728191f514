"""The web tests use the API tests' demo store and app (tests/api/conftest.py)."""

from __future__ import annotations

from api.conftest import app, client, demo, store  # noqa: F401 - fixtures, by name
