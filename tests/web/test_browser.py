"""The pages in a real Chromium (Debian's, driven by Playwright): follow a story, count the
timeline's points, open a discrepancy, and see a hostile title stay text with no script run.

Without chromium or Playwright these tests skip, except under CI, where they fail.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from api.conftest import TOKEN
from api.records import SCRIPT, Demo
from claimtrail.api.app import create_app
from claimtrail.api.server import running
from claimtrail.store import Store
from claimtrail.web.screenshots import chromium, chromium_path

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Dialog, Page

pytestmark = pytest.mark.browser


def _unavailable() -> str | None:
    if importlib.util.find_spec("playwright") is None:
        return "the playwright package is not installed (pip install playwright)"
    if not Path(chromium_path()).exists():
        return f"no chromium at {chromium_path()} (apt-get install chromium)"
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    reason = _unavailable()
    if reason is not None:
        if os.environ.get("CI"):
            pytest.fail(f"{reason}; CI must run the browser tests")
        pytest.skip(reason)
    with chromium() as opened:
        yield opened


@pytest.fixture
def site(store: Store, demo: Demo) -> Iterator[str]:
    with running(create_app(store, TOKEN)) as base:
        yield base


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    dialogs: list[str] = []

    def record(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    opened.on("dialog", record)
    yield opened
    context.close()
    assert dialogs == [], f"a dialog fired: {dialogs}"


def test_a_story_shows_its_timeline_and_a_discrepancy_highlights_both_sides(
    page: Page, site: str, demo: Demo
) -> None:
    page.goto(site + "/")
    page.get_by_role("link", name="Tarvala port blockade").click()
    page.wait_for_url("**/stories/blockade")
    points = page.locator("svg.timeline circle.tl-point")
    assert points.count() == demo.timeline_entries("blockade") == 4
    assert points.first.is_visible()
    page.locator("#d-d7 .side h4 a").first.click()
    page.wait_for_url("**/articles/rundschau?discrepancy=d7#evidence-0")
    text = page.locator(".article-text")
    for n, expected in enumerate(
        ["der Minister habe die Forderungen „sinnlos“ genannt", "er habe das Wort nie benutzt"]
    ):
        evidence = text.locator(f'mark.m-evidence[data-evidence="{n}"]')
        assert evidence.count() >= 1
        assert evidence.first.is_visible()
        assert "".join(evidence.all_inner_texts()) == expected
        color = evidence.first.evaluate("e => getComputedStyle(e).backgroundColor")
        assert color not in ("rgba(0, 0, 0, 0)", "transparent")


def test_a_script_title_is_shown_as_text_and_never_run(page: Page, site: str) -> None:
    page.goto(site + "/")
    page.get_by_role("link", name=f"{SCRIPT} ").click()
    page.wait_for_url("**/stories/hostile-story")
    page.goto(site + "/articles/hostile?discrepancy=dx")
    assert page.locator("h1").inner_text() == SCRIPT
    assert page.evaluate("document.scripts.length") == 0
    assert page.locator("img").count() == 0
    assert page.locator("[onmouseover]").count() == 0
    page.locator(".article-text mark.m-source").first.hover()  # would fire an injected handler
    page.goto(site + "/speakers/hostile-mayor")
    assert page.locator("h1").inner_text() == SCRIPT


def test_the_keyboard_reaches_the_skip_link_first_and_it_moves_focus(page: Page, site: str) -> None:
    page.goto(site + "/stories/blockade")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/stories/blockade",
        "/articles/bnw?discrepancy=d1",
        "/groups/g-talks",
        "/speakers/zhuravlyov",
    ],
)
def test_pages_fit_a_phone_width(browser: Browser, site: str, path: str) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(site + path)
    width = page.evaluate("document.documentElement.scrollWidth")
    context.close()
    assert width <= 390
