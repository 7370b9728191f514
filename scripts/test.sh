#!/usr/bin/env bash
# Everything CI checks: set up, lint, type-check, then the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh postgres,dask,dev postgresql chromium
.venv/bin/ruff check src tests benchmarks scripts examples fuzz
.venv/bin/ruff format --check src tests benchmarks scripts examples fuzz
.venv/bin/mypy
# Long variants (marked slow) are left to `bash scripts/test.sh -m slow`; CI runs the bounded ones.
.venv/bin/pytest -m "not slow" "$@"
