#!/usr/bin/env bash
# The main job on the bundled example corpus: set up, run every stage, export, report.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh ""
mkdir -p out
rm -f out/demo.db out/demo.db-wal out/demo.db-shm
.venv/bin/claimtrail --db sqlite:///out/demo.db run examples/corpus --export out/demo.json
cat <<END

database: $(pwd)/out/demo.db
export:   $(pwd)/out/demo.json
web UI:   .venv/bin/claimtrail --db sqlite:///out/demo.db serve
          then open http://127.0.0.1:8080/ (REST API under /api/, docs at /docs)
END
