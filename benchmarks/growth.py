"""Growth: cost per article of the corpus stages as the store grows (1k, 5k, 20k articles).

    .venv/bin/python benchmarks/growth.py [--sizes 1000 5000 20000] [--unique 100]

Volume is synthesised from `--unique` real PolNeAR train articles, analysed once (that cost is
pipeline.py's): copy k of an article gets its own id, is re-dated 30 k days later and ends with a
shuffled extra paragraph, so that it is not a duplicate. Per size, on a fresh SQLite store, it
times admission (ids, duplicates, entities, one transaction per article), then linking
(engine/linking.py: stories, same-statement groups, story dates, discrepancies) of all the new
articles, then a rerun's start-up (Corpus reloads the store's duplicate index and entities).
Near-linear total cost means a flat per-article time across sizes.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from common import machine, peak_rss_mib, timed, train_files

from claimtrail import ingest
from claimtrail.engine.corpus import Corpus
from claimtrail.engine.linking import link_new_articles
from claimtrail.model import RawDocument
from claimtrail.pipeline import Analyzer, ArticleResult, PipelineOptions
from claimtrail.store import open_store
from claimtrail.stories.embed import Embedder, load_embedder

NOW = datetime(2026, 1, 1, tzinfo=UTC)
START = datetime(2016, 1, 4, 9, 0, tzinfo=UTC)
# More than the clusterer's 21-day window: a story never absorbs the next round of copies.
GAP_DAYS = 30


def analysed(count: int) -> list[ArticleResult]:
    documents = [
        item
        for partition in ingest.partitions([str(p) for p in train_files(count)])
        for item in partition.read()
        if isinstance(item, RawDocument)
    ]
    analyzer = Analyzer(PipelineOptions(), NOW)
    return [r for r in analyzer.analyse(documents) if isinstance(r, ArticleResult)]


def copy_of(result: ArticleResult, k: int) -> ArticleResult:
    """Copy k: its own id (statement ids follow), published k * GAP_DAYS later, so each round
    of copies makes stories of its own and story sizes stay those of real news.

    A copy also ends with a paragraph of the article's own words in a shuffled order (a third
    of its length): exact or near copies would be linked as duplicates, which join their
    original's story, and stories would grow with the volume instead of staying news-sized.
    Spans stay valid, as the paragraph follows the text.
    """
    article_id = f"{result.article.id}-c{k}"
    if k:
        words = result.article.text.split()
        random.Random(f"{article_id}").shuffle(words)
        text = result.article.text + "\n\n" + " ".join(words[: len(words) // 3]) + "\n"
    else:
        text = result.article.text
    published = START + timedelta(days=GAP_DAYS * k)
    statements = tuple(
        replace(
            s,
            id=f"{article_id}-s{n}",
            attribution=replace(s.attribution, article_id=article_id),
            said_on=None if s.said_on is None else s.said_on + (published.date() - START.date()),
        )
        for n, s in enumerate(result.statements, start=1)
    )
    article = replace(
        result.article,
        id=article_id,
        text=text,
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        origin=f"{result.article.origin}#copy{k}",
        published=published,
    )
    return replace(result, article=article, statements=statements)


def measure(base: list[ArticleResult], size: int, embedder: Embedder | None) -> dict[str, float]:
    timings: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'growth.db'}"
        results = [copy_of(base[i % len(base)], i // len(base)) for i in range(size)]
        with open_store(url) as store:
            corpus = Corpus(store, PipelineOptions())
            with timed(timings, "admission"):
                for result in results:
                    corpus.admit(result)
            if embedder is not None:
                with timed(timings, "linking"):
                    link_new_articles(store, embedder)
            with timed(timings, "rerun_start"):
                Corpus(store, PipelineOptions())
            timings["statements"] = store.stats()["statements"]
            timings["stories"] = store.stats()["stories"]
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    parser.add_argument("--unique", type=int, default=100, help="real articles copied")
    parser.add_argument("--no-linking", action="store_true", help="admission only")
    args = parser.parse_args()
    print(f"machine: {machine()}")
    started = time.perf_counter()
    base = analysed(args.unique)
    print(f"analysed {len(base)} unique train articles in {time.perf_counter() - started:.1f}s")
    embedder = None
    if not args.no_linking:
        # Loaded and warmed on the unique texts first: model loading is a per-run constant, and
        # embeddings are cached per text, so every size then pays only the per-article work.
        embedder = load_embedder()
        warm = measure(base, len(base), embedder)
        print(f"embedder loaded and warmed on {len(base)} articles in {warm['linking']:.1f}s")
    rows = []
    for size in args.sizes:
        t = measure(base, size, embedder)
        rows.append((size, t))
        linking = t.get("linking", float("nan"))
        print(
            f"{size:>6} articles ({int(t['statements'])} statements, {int(t['stories'])} stories):"
            f" admission {t['admission']:.1f}s = {1000 * t['admission'] / size:.2f} ms/article;"
            f" linking {linking:.1f}s = {1000 * linking / size:.2f} ms/article;"
            f" rerun start-up {t['rerun_start']:.1f}s",
            flush=True,
        )
    first_size, first = rows[0]
    for size, t in rows[1:]:
        for stage in ("admission", "linking"):
            if stage in t:
                ratio = (t[stage] / size) / (first[stage] / first_size)
                print(f"{stage}: per-article time at {size} / at {first_size} = {ratio:.2f}")
    print(f"peak RSS of this process: {peak_rss_mib():.0f} MiB; machine after: {machine()}")


if __name__ == "__main__":
    main()
