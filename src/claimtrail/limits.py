"""Per-article resource limits the engine applies around the stages: a time budget and a cap on
attributions, each turned into a LimitExceededError that the engine records as a failure.

Stages stay pure: they never read a clock. The engine wraps a call in `time_budget(...)`, which
interrupts it with a POSIX interval timer, so a regex or parser stuck in Python code cannot hang
a worker.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from types import FrameType
from typing import TypeVar

from claimtrail.errors import LimitExceededError

T = TypeVar("T")
_REPEAT_S = 0.1  # how often an expired budget interrupts again


@dataclass(frozen=True, slots=True)
class ArticleLimits:
    """What one article may cost; None switches a limit off."""

    # A 20,000-word article takes about 5 s through spaCy and the CRF on one core; the first
    # short text of a script also loads lingua's n-gram models once (~10 s), so stay well above.
    time_budget_s: float | None = 60.0
    # News articles carry tens of attributions; thousands mean a generated or hostile page, and
    # the entities resolved from them (at most two per attribution) would grow with it.
    max_attributions: int | None = 2_000


def is_enforceable() -> bool:
    """Whether `time_budget` can interrupt here: it needs SIGALRM and the main thread."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


class _BudgetSpent(BaseException):
    """Raised by the timer; a BaseException so that `except Exception` in a stage cannot eat it."""


@contextmanager
def time_budget(seconds: float | None, what: str = "article") -> Iterator[None]:
    """Run the body for at most `seconds` (wall clock), else raise LimitExceededError.

    A no-op when `seconds` is None or the timer cannot be used (not the main thread, or no
    SIGALRM); long C calls are interrupted only when they return to Python. Not reentrant.
    """
    if seconds is None or not is_enforceable():
        yield
        return
    if seconds <= 0:
        raise LimitExceededError(f"{what} has no time left (budget {seconds:g} s)")

    is_closing = False

    def expire(_signum: int, _frame: FrameType | None) -> None:
        if not is_closing:
            raise _BudgetSpent

    previous = signal.signal(signal.SIGALRM, expire)
    # The timer keeps firing after the deadline: a library that swallows the first interruption
    # (feedparser retries with its loose parser after any error) is interrupted again.
    signal.setitimer(signal.ITIMER_REAL, seconds, _REPEAT_S)
    try:
        try:
            yield
        finally:
            is_closing = True
            signal.setitimer(signal.ITIMER_REAL, 0)
    # Outside the inner block: the timer may fire just as the body ends, before it is stopped.
    except _BudgetSpent:
        is_closing = True
        signal.setitimer(signal.ITIMER_REAL, 0)
        raise LimitExceededError(f"{what} took over the {seconds:g}-second time budget") from None
    finally:
        is_closing = True
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def capped(items: Sequence[T], max_count: int | None, what: str = "attributions") -> Sequence[T]:
    """`items` itself, or LimitExceededError when there are more than `max_count` of them."""
    if max_count is not None and len(items) > max_count:
        raise LimitExceededError(
            f"article has {len(items):,} {what}, over the {max_count:,}-{what.rstrip('s')} limit"
        )
    return items
