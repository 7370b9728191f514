"""Fixtures shared by the whole suite: where the shared data lives."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CLAIMTRAIL_SHARED", REPO.parent / "shared")).resolve()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared beside the checkout (CI has it there); tests read it in place."""
    if not (SHARED / "data").is_dir():
        pytest.fail(f"shared data not found at {SHARED} (set CLAIMTRAIL_SHARED)")
    return SHARED


@pytest.fixture(scope="session")
def repo_dir() -> Path:
    return REPO
