"""Growth: cost per article of the corpus stages as the store grows (1k, 5k, 20k articles).

    .venv/bin/python benchmarks/growth.py [--sizes 1000 5000 20000] [--round 1000] [--unique 100]

Volume is synthesised from `--unique` real PolNeAR train articles, analysed once (that cost is
pipeline.py's): copy k of an article gets its own id, is re-dated 30 k days later and ends with a
shuffled extra paragraph, so that it is not a duplicate. One SQLite store grows in rounds of
`--round` new articles, as daily runs would: each round starts a Corpus (it reloads the store's
duplicate index and entities), admits the round (ids, duplicates, entities, one transaction per
article) and links it (engine/linking.py: stories, same-statement groups, story dates,
discrepancies). The round that brings the store to each size is reported: near-linear total
cost means a flat per-article time for a round whatever the store already holds.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from common import machine, peak_rss_mib, timed, train_files

from claimtrail import ingest
from claimtrail.engine.corpus import Corpus
from claimtrail.engine.linking import link_new_articles
from claimtrail.ingest.dedup import text_signature
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
    # the copy's own MinHash, as a worker would send it (the original's would make it an exact copy)
    return replace(result, article=article, statements=statements, signature=text_signature(text))


def grow(
    base: list[ArticleResult],
    sizes: list[int],
    round_size: int,
    embedder: Embedder | None,
    report: Callable[[dict[str, float]], None] = lambda row: None,
) -> list[dict[str, float]]:
    """One store grown to max(sizes) in rounds of `round_size` new articles, each round admitted
    and then linked, as daily runs would; the figures of the round that reaches each size.

    A round's cost per article is the marginal cost at that store size: flat across sizes
    means the corpus stages cost what the new articles touch, not what the store holds.
    """
    rows: list[dict[str, float]] = []
    totals = {"admission": 0.0, "linking": 0.0}
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'growth.db'}"
        stored = 0
        while stored < max(sizes):
            count = min(round_size, max(sizes) - stored)
            results = [
                copy_of(base[i % len(base)], i // len(base)) for i in range(stored, stored + count)
            ]
            timings: dict[str, float] = {}
            with open_store(url) as store:
                with timed(timings, "start"):
                    corpus = Corpus(store, PipelineOptions())
                with timed(timings, "admission"):
                    for result in results:
                        corpus.admit(result)
                if embedder is not None:
                    with timed(timings, "linking"):
                        link_new_articles(store, embedder)
                stored += count
                for stage in totals:
                    totals[stage] += timings.get(stage, 0.0)
                if stored in sizes:
                    stats = store.stats()
                    rows.append(
                        {
                            "size": stored,
                            "round": count,
                            **timings,
                            "total_admission": totals["admission"],
                            "total_linking": totals["linking"],
                            "statements": stats["statements"],
                            "stories": stats["stories"],
                            "load": os.getloadavg()[0],
                        }
                    )
                    report(rows[-1])
    return rows


def _print_row(row: dict[str, float]) -> None:
    size, count = int(row["size"]), int(row["round"])
    linking = row.get("linking", float("nan"))
    print(
        f"store at {size:>6} articles ({int(row['statements'])} statements,"
        f" {int(row['stories'])} stories); the round of {count} new articles:"
        f" start-up {row['start']:.1f}s,"
        f" admission {1000 * row['admission'] / count:.2f} ms/article,"
        f" linking {1000 * linking / count:.2f} ms/article;"
        f" total so far: admission {row['total_admission']:.0f}s,"
        f" linking {row['total_linking']:.0f}s; load average {row['load']:.1f}",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    parser.add_argument("--round", type=int, default=1000, help="new articles per run")
    parser.add_argument("--unique", type=int, default=100, help="real articles copied")
    parser.add_argument("--no-linking", action="store_true", help="admission only")
    args = parser.parse_args()
    sizes = sorted(args.sizes)
    if any(size % args.round for size in sizes):
        parser.error("every size must be a multiple of --round")
    print(f"machine: {machine()}")
    started = time.perf_counter()
    base = analysed(args.unique)
    print(f"analysed {len(base)} unique train articles in {time.perf_counter() - started:.1f}s")
    embedder = None
    if not args.no_linking:
        # Loaded and warmed on the unique texts first: model loading is a per-run constant.
        # The embedder caches vectors per text and copies share their leads and contents, so
        # the figures below leave out the embedding of new texts: a constant per article, which
        # the warm-up line gives (it embeds every unique text once, model loading included).
        embedder = load_embedder()
        warm = grow(base, [len(base)], len(base), embedder)[0]
        print(f"embedder loaded and warmed on {len(base)} articles in {warm['linking']:.1f}s")
    rows = grow(base, sizes, args.round, embedder, _print_row)
    first = rows[0]
    for row in rows[1:]:
        for stage in ("admission", "linking"):
            if stage in row:
                ratio = (row[stage] / row["round"]) / (first[stage] / first["round"])
                total = (row[f"total_{stage}"] / row["size"]) / (
                    first[f"total_{stage}"] / first["size"]
                )
                print(
                    f"{stage} at {int(row['size'])} vs {int(first['size'])} articles:"
                    f" marginal per-article time {ratio:.2f}x, total per article {total:.2f}x"
                )
    print(f"peak RSS of this process: {peak_rss_mib():.0f} MiB; machine after: {machine()}")


if __name__ == "__main__":
    main()
