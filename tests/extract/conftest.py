"""The shipped extractor and the English parser, loaded once for the extraction tests, and
helpers for tests that hand token spans to the extractor's stages."""

from __future__ import annotations

from typing import Any

import pytest

from claimtrail.extract import Extractor
from claimtrail.extract.spans import Role, TokenSpan
from claimtrail.nlp import english


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor.load()


@pytest.fixture(scope="session")
def nlp() -> Any:
    return english()


def span(doc: Any, role: Role, text: str) -> TokenSpan:
    """The first occurrence of `text` in the doc, as whole tokens labelled `role`."""
    start = doc.text.index(text)
    tokens = doc.char_span(start, start + len(text))
    return TokenSpan(role, tokens.start, tokens.end)


def words(doc: Any, spans: list[TokenSpan]) -> list[str]:
    """The text of each token span."""
    return [doc[s.start : s.end].text for s in spans]
