"""Fuzz settings: bounded runs for CI; FUZZ_EXAMPLES raises the count for a long local session."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

# About 20 s per target on one CI core; `FUZZ_EXAMPLES=5000 pytest tests/fuzz` for a long run.
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "60"))

FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,  # the first call loads the language detector (~20 s); no per-input deadline
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,  # a failure prints its input; keep found crashes in tests/fuzz/corpus
)
