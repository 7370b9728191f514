"""PostgreSQL bulk loading: COPY (store/bulk.py) against one transaction per article.

    .venv/bin/python benchmarks/bulk.py --url postgresql://USER@127.0.0.1:PORT/postgres \
        [--articles 2000]

`--url` names a server's maintenance database; two scratch databases are created there and
dropped at the end. The articles are synthetic (our own text, 3 statements each).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from common import machine, timed

from claimtrail.model import Article, Attribution, Span, Statement
from claimtrail.store import open_store
from claimtrail.store.bulk import copy_store

TEXT = (
    "The mayor said on Monday that the bridge would reopen in May. According to the council,"
    " repairs cost {n} million euros. Ms. Keller, the engineer, told reporters the steel was"
    " sound. "
) * 8


def records(n: int) -> tuple[Article, list[Statement]]:
    text = TEXT.format(n=n)
    article = Article(
        id=f"a{n}",
        text=text,
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
        origin=f"bench/{n}.txt",
        published=datetime(2016, 1, 1, tzinfo=UTC) + timedelta(hours=n),
        language="en",
    )
    statements = [
        Statement(
            id=f"a{n}-s{i}",
            attribution=Attribution(
                article_id=article.id,
                source=(Span(0, 9),),
                cue=(Span(10, 14),),
                content=(Span(15 + i, 60),),
                kind="indirect",
            ),
        )
        for i in range(3)
    ]
    return article, statements


def main() -> None:
    import psycopg

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--url", required=True, help="a PostgreSQL maintenance database URL")
    parser.add_argument("--articles", type=int, default=2000)
    args = parser.parse_args()
    base = args.url.rsplit("/", 1)[0]
    names = [f"claimtrail_bench_{os.getpid()}_{kind}" for kind in ("rows", "copy")]
    with psycopg.connect(args.url, autocommit=True) as admin:
        for name in names:
            admin.execute(f'CREATE DATABASE "{name}"')  # identifiers cannot be parameters
    timings: dict[str, float] = {}
    try:
        with tempfile.TemporaryDirectory() as tmp:
            source = open_store(f"sqlite:///{Path(tmp) / 'source.db'}")
            for n in range(args.articles):
                source.write_article(*records(n))
            with open_store(f"{base}/{names[0]}") as target, timed(timings, "rows"):
                for article in source.articles():
                    target.write_article(article, list(source.statements(article.id)))
            with timed(timings, "copy"):
                counts = copy_store(source, f"{base}/{names[1]}")
            source.close()
    finally:
        with psycopg.connect(args.url, autocommit=True) as admin:
            for name in names:
                admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
    n = args.articles
    print(f"machine: {machine()}")
    print(f"{n} articles, {counts['statements']} statements (read from SQLite, written to PG)")
    for kind, label in (("rows", "write_article, one transaction each"), ("copy", "COPY")):
        print(f"{label:38} {timings[kind]:6.1f}s  {n / timings[kind]:8,.0f} articles/s")
    print(f"COPY speed-up: {timings['rows'] / timings['copy']:.1f}x")


if __name__ == "__main__":
    main()
