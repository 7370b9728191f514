"""Speed of attribution extraction against a bare spaCy parse, on the PolNeAR dev texts.

python benchmarks/extract.py [SPLIT_DIR]   (default: ../shared/data/polnear/dev)
One process, the same texts for both runs, one warm-up pass each; the ratio is
(extraction words/s) / (bare parse words/s), target >= 0.5.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from claimtrail.extract import Extractor
from claimtrail.extract.polnear import read_text
from claimtrail.nlp import english

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CLAIMTRAIL_SHARED", REPO.parent / "shared"))
BATCH_SIZE = 32


def timed(run: Callable[[], object]) -> float:
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


def main(argv: list[str]) -> int:
    split = Path(argv[1]) if len(argv) > 1 else SHARED / "data" / "polnear" / "dev"
    paths = sorted((split / "text").glob("*.txt"))
    texts = [read_text(p) for p in paths]
    items = [(text, p.stem, "en") for p, text in zip(paths, texts, strict=True)]
    words = sum(len(t.split()) for t in texts)
    nlp = english()
    extractor = Extractor.load()
    # Warm-up: model loading, first-batch allocation and caches are not what we measure.
    list(nlp.pipe(texts[:8], batch_size=BATCH_SIZE))
    list(extractor.pipe(items[:8], batch_size=BATCH_SIZE))
    bare_s = timed(lambda: list(nlp.pipe(texts, batch_size=BATCH_SIZE)))
    full_s = timed(lambda: list(extractor.pipe(items, batch_size=BATCH_SIZE)))
    print(f"texts={len(texts)} words={words} (whitespace words) pipeline={nlp.pipe_names}")
    for name, seconds in (("bare nlp.pipe", bare_s), ("extraction", full_s)):
        print(
            f"{name:<14} {seconds:8.2f} s  {words / seconds:9.0f} words/s"
            f"  {len(texts) / seconds:7.2f} articles/s"
        )
    print(f"ratio (extraction words/s / bare words/s) = {bare_s / full_s:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
