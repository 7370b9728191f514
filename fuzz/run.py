"""Coverage-guided fuzzing of one claimtrail target with atheris (libFuzzer).

    .venv/bin/python fuzz/run.py TARGET [-runs=N | -max_total_time=S] [libFuzzer flags]

TARGET is one of tests/fuzz/targets.py's TARGETS. The seeds of tests/fuzz/seeds.py and the saved
crashes of tests/fuzz/corpus/TARGET start the run; a new crash is written to that corpus folder
(as crash-<sha1>), where tests/fuzz/test_corpus.py replays it on every test run.
"""

from __future__ import annotations

import hashlib
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))  # tests/fuzz is the `fuzz` package of the test suite

import atheris  # type: ignore[import-untyped]  # noqa: E402 -- after the path set-up above

with atheris.instrument_imports(include=["claimtrail", "feedparser", "warcio", "trafilatura"]):
    from fuzz.seeds import seeds
    from fuzz.targets import TARGETS


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in TARGETS:
        sys.exit(f"usage: {sys.argv[0]} {{{','.join(TARGETS)}}} [libFuzzer flags]")
    name, flags = sys.argv[1], sys.argv[2:]
    target = TARGETS[name]
    crashes = REPO / "tests" / "fuzz" / "corpus" / name
    crashes.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=f"claimtrail-fuzz-{name}-") as work:
        corpus = Path(work)
        for data in seeds()[name]:
            (corpus / hashlib.sha1(data).hexdigest()).write_bytes(data)  # noqa: S324 -- a name
        for saved in crashes.iterdir():
            (corpus / saved.name).write_bytes(saved.read_bytes())
        for data in seeds()[name]:
            target(data)  # warm up: the first call loads the language detector (~20 s)
        argv = [sys.argv[0], *flags, f"-artifact_prefix={crashes}/", str(corpus)]
        atheris.Setup(argv, target)
        atheris.Fuzz()


if __name__ == "__main__":
    main()
