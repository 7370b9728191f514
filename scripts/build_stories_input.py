"""Build the evaluation input for the shared stories corpus: its docs plus a reduced meta.jsonl.

Usage: python scripts/build_stories_input.py OUT_DIR [--shared PATH]

Copies <shared>/data/stories/docs/*.txt into OUT_DIR and writes OUT_DIR/meta.jsonl with only
`id`, `url` and `outlet` per doc: language, publication date and story are what claimtrail has
to find by itself, so they must not leak into its input. <shared> defaults to $CLAIMTRAIL_SHARED,
else the `shared` directory beside the repository. Stdlib only.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
KEPT_FIELDS = ("id", "url", "outlet")


def default_shared() -> Path:
    return Path(os.environ.get("CLAIMTRAIL_SHARED") or REPO.parent / "shared")


def build(out_dir: Path, shared: Path) -> int:
    """Copy the docs and write the reduced meta.jsonl; returns the number of docs copied."""
    stories = shared / "data" / "stories"
    docs = sorted((stories / "docs").glob("*.txt"))
    if not docs:
        raise FileNotFoundError(f"no docs/*.txt under {stories}")
    out_dir.mkdir(parents=True, exist_ok=True)
    for doc in docs:
        shutil.copyfile(doc, out_dir / doc.name)  # bytes unchanged: offsets stay valid
    stems = {doc.stem for doc in docs}
    rows = []
    for line in (stories / "meta.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        meta = json.loads(line)
        if meta["id"] not in stems:
            raise ValueError(f"meta.jsonl names {meta['id']!r}, which has no docs/{meta['id']}.txt")
        rows.append(json.dumps({k: meta.get(k) for k in KEPT_FIELDS}, ensure_ascii=False))
    (out_dir / "meta.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return len(docs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--shared", type=Path, default=None, help="the shared directory")
    args = parser.parse_args(argv)
    shared = args.shared or default_shared()
    try:
        count = build(args.out_dir, shared)
    except (OSError, ValueError, KeyError) as e:
        print(f"build_stories_input: {e}", file=sys.stderr)
        return 2
    print(f"wrote {count} docs and meta.jsonl to {args.out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
