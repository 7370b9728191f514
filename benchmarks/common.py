"""What every benchmark shares: the corpus, the machine's description, timers and memory."""

from __future__ import annotations

import os
import platform
import resource
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CLAIMTRAIL_SHARED", REPO.parent / "shared")).resolve()
TRAIN_TEXTS = SHARED / "data" / "polnear" / "train" / "text"


def train_files(count: int) -> list[Path]:
    """The first `count` PolNeAR train texts, by name (read in place: third-party articles)."""
    files = sorted(TRAIN_TEXTS.glob("*.txt"))
    if not files:
        sys.exit(f"no texts in {TRAIN_TEXTS} (set CLAIMTRAIL_SHARED)")
    return files[:count]


def words_in(paths: list[Path]) -> int:
    return sum(len(p.read_text(encoding="utf-8").split()) for p in paths)


def machine() -> str:
    """Cores, memory and load, for the figures to be read against."""
    with Path("/proc/meminfo").open(encoding="utf-8") as meminfo:
        total_kib = int(meminfo.readline().split()[1])
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return (
        f"{os.cpu_count()} cores ({platform.processor() or platform.machine()}),"
        f" {total_kib / 2**20:.1f} GiB RAM, Python {platform.python_version()},"
        f" load average {load}"
    )


def peak_rss_mib() -> float:
    """This process's peak resident memory (ru_maxrss is KiB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@contextmanager
def timed(into: dict[str, float], name: str) -> Iterator[None]:
    start = time.perf_counter()
    try:
        yield
    finally:
        into[name] = time.perf_counter() - start
