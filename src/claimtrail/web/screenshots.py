"""Screenshots of every kind of page at a desktop and a phone width, for checking by eye.

    python -m claimtrail.web.screenshots OUT_DIR [--db URL]

Serves the store on a free loopback port and drives Debian's chromium through Playwright
(CLAIMTRAIL_CHROMIUM overrides its path). Needs the `playwright` package; no browser download.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from claimtrail.api.app import create_app
from claimtrail.api.auth import new_token
from claimtrail.api.server import running
from claimtrail.errors import ClaimtrailError
from claimtrail.store import open_store, queries
from claimtrail.store.base import Store

if TYPE_CHECKING:
    from playwright.sync_api import Browser

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
WIDTHS = {"desktop": (1280, 800), "phone": (390, 844)}


def chromium_path() -> str:
    return os.environ.get("CLAIMTRAIL_CHROMIUM", CHROMIUM)


@contextmanager
def chromium() -> Iterator[Browser]:
    """A headless chromium from the system (Playwright's own downloads are not used)."""
    from playwright.sync_api import sync_playwright

    path = chromium_path()
    if not Path(path).exists():
        raise ClaimtrailError(f"no chromium at {path}: apt-get install chromium")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=path, args=list(CHROMIUM_ARGS))
        try:
            yield browser
        finally:
            browser.close()


def page_paths(store: Store) -> dict[str, str]:
    """One address per kind of page, picked from what the store holds."""
    found = {"home": "/", "search": "/search?q=said", "docs": "/docs"}
    stories = queries.stories_ranked(store, 1, 0).items
    if stories:
        found["story"] = f"/stories/{quote(stories[0].id, safe='')}"
    speakers = sorted(
        queries.entities_page(store, None, None, queries.MAX_LIMIT, 0).items,
        key=lambda e: -e.statement_count,
    )
    if speakers:
        found["speaker"] = f"/speakers/{quote(speakers[0].entity.id, safe='')}"
    groups = sorted(
        queries.groups_page(store, None, queries.MAX_LIMIT, 0).items,
        key=lambda g: -g.statement_count,
    )
    if groups:
        found["group"] = f"/groups/{quote(groups[0].id, safe='')}"
    shown = queries.discrepancies_all(store)
    if shown and shown[0].discrepancy.evidence:
        d = shown[0].discrepancy
        found["article"] = (
            f"/articles/{quote(d.evidence[0].article_id, safe='')}"
            f"?discrepancy={quote(d.id, safe='')}"
        )
    else:
        articles = queries.articles_page(store, queries.ArticleFilter(), 1, 0).items
        if articles:
            found["article"] = f"/articles/{quote(articles[0].id, safe='')}"
    return found


def take(store: Store, out_dir: Path) -> list[Path]:
    """Screenshot each page at each width into `out_dir`; the files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    with running(create_app(store, new_token())) as base, chromium() as browser:
        for width_name, (width, height) in WIDTHS.items():
            context = browser.new_context(viewport={"width": width, "height": height})
            page = context.new_page()
            for name, path in page_paths(store).items():
                page.goto(base + path, wait_until="load")
                target = out_dir / f"{name}-{width_name}.png"
                page.screenshot(path=str(target), full_page=True)
                written.append(target)
            context.close()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--db", default=None, help="store URL (default: $CLAIMTRAIL_DB)")
    options = parser.parse_args(argv)
    try:
        with open_store(options.db) as store:
            for path in take(store, options.out_dir):
                print(path)
    except ClaimtrailError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
