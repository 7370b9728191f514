"""The shipped extractor, loaded once for the extraction tests."""

from __future__ import annotations

import pytest

from claimtrail.extract import Extractor


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor.load()
