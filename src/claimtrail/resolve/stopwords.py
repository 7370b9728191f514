"""Function words per language, from the stop-word lists that ship inside spaCy."""

from __future__ import annotations

import importlib
from functools import cache


@cache
def stop_words(language: str | None) -> frozenset[str]:
    """spaCy's casefolded stop words for an ISO 639-1 code ("pt-BR" reads as "pt"), or none."""
    code = (language or "").split("-")[0].lower()
    if not code.isalpha():
        return frozenset()
    try:
        module = importlib.import_module(f"spacy.lang.{code}.stop_words")
    except ImportError:
        return frozenset()
    return frozenset(w.casefold() for w in getattr(module, "STOP_WORDS", ()))
