"""A bounded load test on loopback: many concurrent readers and one writer against
`claimtrail serve` in its own process. Every request must succeed, and afterwards the store holds
exactly the writes that were acknowledged.

LOAD_SECONDS (default 8) and LOAD_READERS (default 32) scale it; the figures are printed (run
with `-s`) and written to $LOAD_REPORT when set.
"""

from __future__ import annotations

import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from api.records import build
from claimtrail.engine.local import LocalEngine
from claimtrail.pipeline import PipelineOptions
from claimtrail.store import open_store

from .runs import integrity, started

SECONDS = float(os.environ.get("LOAD_SECONDS", "8"))
READERS = int(os.environ.get("LOAD_READERS", "32"))
TOKEN = "load-test-token-0123456789"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
STATUSES = ("reviewed", "dismissed", "open")


@dataclass
class Tally:
    latencies_s: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    writes: list[str] = field(default_factory=list)  # statuses the server acknowledged


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


async def _timed(
    client: httpx.AsyncClient, tally: Tally, method: str, path: str, **kw: object
) -> httpx.Response | None:
    started_at = time.perf_counter()
    try:
        response = await client.request(method, path, **kw)  # type: ignore[arg-type]
    except httpx.HTTPError as error:
        tally.errors.append(f"{method} {path}: {type(error).__name__}")
        return None
    tally.latencies_s.append(time.perf_counter() - started_at)
    if response.status_code != 200:
        tally.errors.append(f"{method} {path}: {response.status_code}")
        return None
    return response


async def _reader(
    client: httpx.AsyncClient, paths: list[str], until: float, tally: Tally, n: int
) -> None:
    i = n
    while time.monotonic() < until:
        await _timed(client, tally, "GET", paths[i % len(paths)])
        i += 1


async def _writer(client: httpx.AsyncClient, discrepancy: str, until: float, tally: Tally) -> None:
    i = 0
    while time.monotonic() < until:
        status = STATUSES[i % len(STATUSES)]
        body = {"status": status, "note": f"load {i}"}
        path = f"/api/discrepancies/{discrepancy}/review"
        if await _timed(client, tally, "POST", path, json=body, headers=AUTH) is not None:
            tally.writes.append(status)
        i += 1


async def _load(base: str, paths: list[str], discrepancy: str) -> Tally:
    tally = Tally()
    limits = httpx.Limits(max_connections=READERS + 1, max_keepalive_connections=READERS + 1)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as client:
        until = time.monotonic() + SECONDS
        await asyncio.gather(
            _writer(client, discrepancy, until, tally),
            *(_reader(client, paths, until, tally, n) for n in range(READERS)),
        )
    return tally


def _wait_until_serving(base: str, server: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert server.poll() is None, "the server exited"
        try:
            if httpx.get(f"{base}/api/articles", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.2)
    pytest.fail("the server did not answer within 60 s")


def test_many_readers_and_a_writer_get_only_successes_and_the_store_stays_consistent(
    shared_dir: Path, tmp_path: Path
) -> None:
    db = tmp_path / "load.db"
    url = f"sqlite:///{db}"
    texts = sorted((shared_dir / "data" / "polnear" / "dev" / "text").glob("*.txt"))[:20]
    with open_store(url) as store:
        demo = build(store)
        LocalEngine(store, PipelineOptions(is_extracting=False, is_linking=False)).run(
            [str(t) for t in texts]
        )
        before = store.stats()
        article_ids = [a.id for a in store.articles()]
    discrepancy = demo.discrepancies[0].id
    paths = [
        "/api/articles?limit=50",
        "/api/statements?limit=50",
        "/api/stories",
        f"/api/stories/{demo.story_id}",
        f"/api/discrepancies/{discrepancy}",
        "/api/entities?q=Zhur",
        "/api/statements?q=trucks",
        *(f"/api/articles/{a}" for a in article_ids[:10]),
        "/",
    ]
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    command = [
        sys.executable, "-m", "claimtrail", "--db", url, "serve", "--port", str(port),
        "--token", TOKEN,
    ]  # fmt: skip
    with started(command, tmp_path / "server.log") as server:
        _wait_until_serving(base, server)
        began = time.perf_counter()
        tally = asyncio.run(_load(base, paths, discrepancy))
        elapsed = time.perf_counter() - began
        audit = httpx.get(f"{base}/api/audit?limit=1", headers=AUTH, timeout=10).json()
        final = httpx.get(f"{base}/api/discrepancies/{discrepancy}", timeout=10).json()
    requests = len(tally.latencies_s) + len(tally.errors)
    figures = {
        "seconds": round(elapsed, 2),
        "readers": READERS,
        "requests": requests,
        "requests_per_s": round(requests / elapsed, 1),
        "writes": len(tally.writes),
        "p50_ms": round(statistics.median(tally.latencies_s) * 1000, 1),
        "p95_ms": round(_percentile(tally.latencies_s, 0.95) * 1000, 1),
        "p99_ms": round(_percentile(tally.latencies_s, 0.99) * 1000, 1),
        "error_rate": len(tally.errors) / requests,
    }
    print(f"\nload: {json.dumps(figures)}")
    if os.environ.get("LOAD_REPORT"):
        Path(os.environ["LOAD_REPORT"]).write_text(json.dumps(figures, indent=2) + "\n")
    assert tally.errors == [], tally.errors[:10]
    assert tally.writes, "the writer got nothing through"
    assert figures["requests_per_s"] > 20
    # Every acknowledged write is in the audit log and the last one is what the store says.
    assert audit["total"] == len(tally.writes)
    assert final["status"] == tally.writes[-1]
    assert integrity(db) == "ok"
    with open_store(url) as store:
        assert store.stats() == before
