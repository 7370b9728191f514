"""Per-article budgets: an article over its time budget or with too many attributions is a
reported, skipped input, and so is a feed or page that takes too long to parse."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from claimtrail.errors import LimitExceededError
from claimtrail.ingest import documents
from claimtrail.ingest.options import IngestOptions
from claimtrail.limits import ArticleLimits, capped, is_enforceable, time_budget
from claimtrail.model import Failure, RawDocument
from claimtrail.pipeline import Analyzer, PipelineOptions

NOW = datetime(2026, 1, 1, tzinfo=UTC)


def _spin(seconds: float) -> None:
    """Pure-Python busy work, the way a runaway regex loop or parser would hold a core."""
    until = time.monotonic() + seconds
    while time.monotonic() < until:
        pass


def test_time_budget_interrupts_a_busy_stage_soon_after_it_runs_out() -> None:
    started = time.monotonic()
    with pytest.raises(LimitExceededError, match=r"0\.2-second time budget"), time_budget(0.2):
        _spin(10)
    assert time.monotonic() - started < 1.0


def test_time_budget_lets_a_quick_stage_finish_and_leaves_no_timer_behind() -> None:
    with time_budget(5):
        _spin(0.05)
    _spin(0.1)  # a stray timer would fire here


def test_exception_escaping_the_budget_is_the_stage_own() -> None:
    with pytest.raises(KeyError), time_budget(5):
        raise KeyError("x")


def test_time_budget_of_none_is_unlimited() -> None:
    with time_budget(None):
        _spin(0.05)


def test_time_budget_off_the_main_thread_does_not_interrupt() -> None:
    outcome: list[bool] = []

    def work() -> None:
        outcome.append(is_enforceable())
        with time_budget(0.01):
            _spin(0.05)
        outcome.append(True)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert outcome == [False, True]


def test_cap_refuses_more_attributions_than_the_limit() -> None:
    assert capped([1, 2, 3], 3) == [1, 2, 3]
    assert capped([1, 2, 3], None) == [1, 2, 3]
    with pytest.raises(LimitExceededError, match="4 attributions, over the 3-attribution limit"):
        capped([1, 2, 3, 4], 3)


def _raw(text: str) -> RawDocument:
    return RawDocument(id="a", body=text, origin="a.txt", format="text", language="en")


def test_article_with_more_attributions_than_the_cap_is_a_reported_skipped_input() -> None:
    text = "\n\n".join(f'"We will build pier {n}," the mayor said.' for n in range(40))
    options = PipelineOptions(limits=ArticleLimits(max_attributions=10))
    [outcome] = Analyzer(options, NOW).analyse([_raw(text)])
    assert isinstance(outcome, Failure)
    assert "10-attribution limit" in outcome.reason


def test_article_over_its_time_budget_is_a_reported_skipped_input() -> None:
    sentence = "The harbour master said on Monday that the north pier would reopen in May. "
    options = PipelineOptions(limits=ArticleLimits(time_budget_s=0.5))
    analyzer = Analyzer(options, NOW)
    analyzer.analyse([_raw(sentence)])  # loads the models outside the measured call
    started = time.monotonic()
    [outcome] = analyzer.analyse([_raw(sentence * 2000)])  # ~20 s of parsing on one core
    assert isinstance(outcome, Failure)
    assert "time budget" in outcome.reason
    assert time.monotonic() - started < 5


def test_feed_that_parses_too_slowly_is_a_reported_skipped_input(tmp_path: Path) -> None:
    # 600 KB of nested tags: feedparser needs ~7 s (~11 us a byte, so ~4 min at max_file_bytes).
    path = tmp_path / "deep.xml"
    path.write_bytes(b'<?xml version="1.0"?><rss><channel><item>' + b"<a>" * 200_000 + b"</rss>")
    options = IngestOptions(time_budget_s=1.0)
    started = time.monotonic()
    items = list(documents([str(path)], options))
    assert any(isinstance(i, Failure) and "time budget" in i.reason for i in items), items
    assert time.monotonic() - started < 3
