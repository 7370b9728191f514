"""Every crash the fuzzers found, replayed through its target: fixed bugs stay fixed.

tests/fuzz/corpus/<target>/<crash|timeout|oom>-<sha1> are inputs atheris generated (fuzz/run.py);
a timeout must now finish within TIMEOUT_S.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from .seeds import seeds
from .targets import TARGETS

CORPUS = Path(__file__).resolve().parent / "corpus"
TIMEOUT_S = 10.0
KINDS = ("crash-", "timeout-", "oom-", "leak-")


def _saved() -> list[Path]:
    return sorted(
        path
        for path in CORPUS.glob("*/*")
        if path.is_file() and path.name.startswith(KINDS) and path.parent.name in TARGETS
    )


@pytest.mark.parametrize("path", _saved(), ids=lambda path: f"{path.parent.name}/{path.name}")
def test_saved_crash_input_now_passes_its_target(path: Path) -> None:
    target = TARGETS[path.parent.name]
    for data in seeds()[path.parent.name]:
        target(data)  # loads what the target loads once (the language detector), untimed
    started = time.monotonic()
    target(path.read_bytes())
    assert time.monotonic() - started < TIMEOUT_S


def test_corpus_folders_name_known_targets() -> None:
    folders = {path.name for path in CORPUS.iterdir() if path.is_dir()}
    assert folders <= set(TARGETS)
