"""The pages in real Chromium: console errors, filters, keyboard, subscribing, axe, screenshots."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from werkzeug.serving import make_server

from feeds.config import load_settings
from tests.conftest import IN_CI, ROOT, SEEDS
from tests.web_fixtures import NOW, make_store, settings_for
from web import create_app

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
AXE = ROOT / "tests" / ".node" / "node_modules" / "axe-core" / "axe.min.js"
#: Where the screenshots go: the README's images when asked for, else a test folder, so that a
#: test run leaves the working tree as it found it.
UPDATE_SCREENSHOTS = os.environ.get("TIMELINE_UPDATE_SCREENSHOTS") == "1"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}


def _unavailable(reason: str) -> None:
    """Skip for a missing browser or tool, except in CI, where it is a failure."""
    if IN_CI:
        pytest.fail(f"{reason} (CI=true: browser tests must run)")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """One headless Debian Chromium for the module."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed")
    if not CHROMIUM.exists():
        _unavailable(f"no Chromium at {CHROMIUM} (apt-get install chromium)")
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), headless=True)
        yield chromium
        chromium.close()


def _serve(db: Path, **overrides: object) -> Iterator[str]:
    """The app over a store file, served on a free local port by a real threaded server."""
    app = create_app(settings_for(db, **overrides))
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=5)
    app.extensions["timeline"].stores.close()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The test store's site."""
    db = tmp_path_factory.mktemp("browser") / "timeline.db"
    make_store(db).close()
    yield from _serve(db)


@pytest.fixture(scope="module")
def seeds_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The site of the sample articles, as the README's first command serves it."""
    from feeds.ingest import ingest
    from feeds.store import open_store

    db = tmp_path_factory.mktemp("seeds") / "timeline.db"
    store = open_store(f"sqlite:///{db}")
    ingest(store, [SEEDS], NOW)
    store.close()
    title = load_settings(ROOT / "config.toml", environ={}).site_title
    yield from _serve(db, **{"site.title": title})


def _page(browser: Any, site: str, bypass_csp: bool) -> Iterator[Any]:
    """A fresh page that records console errors and uncaught exceptions."""
    context = browser.new_context(base_url=site, viewport=DESKTOP, bypass_csp=bypass_csp)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site)
    tab = context.new_page()
    tab.errors = []
    tab.on("console", lambda m: tab.errors.append(m.text) if m.type == "error" else None)
    tab.on("pageerror", lambda e: tab.errors.append(str(e)))
    yield tab
    context.close()


@pytest.fixture
def page(browser: Any, site: str) -> Iterator[Any]:
    """A page under the site's content security policy (a violation is a console error)."""
    yield from _page(browser, site, bypass_csp=False)


@pytest.fixture
def axe_page(browser: Any, site: str) -> Iterator[Any]:
    """A page that lets axe be injected despite the policy against inline scripts."""
    yield from _page(browser, site, bypass_csp=True)


def event_path(page: Any) -> str:
    """The path of the first event on the timeline."""
    page.goto("/")
    return str(page.locator("h4.event-title a").first.get_attribute("href"))


def titles(page: Any) -> list[str]:
    """The event titles the page shows."""
    return [t.strip() for t in page.locator("h4.event-title").all_inner_texts()]


def test_pages_load_without_console_errors(page: Any) -> None:
    event = event_path(page)
    for path in (
        "/",
        "/?order=oldest",
        "/tags/science",
        "/places/kazakhstan",
        event,
        "/sources/2024-06-02-summit",
    ):
        response = page.goto(path)
        assert response.status == 200, path
    assert page.errors == []


def test_search_changes_the_list_and_a_clean_url(page: Any, site: str) -> None:
    page.goto("/")
    assert len(titles(page)) == 5
    page.fill("#q", "Yinchuan")
    page.click(".search-row button[type=submit]")
    page.wait_for_url(f"{site}/?q=Yinchuan")
    assert titles(page) == ["China-Central Asia Cooperation Forum opens in Yinchuan"]
    assert page.input_value("#q") == "Yinchuan"


def test_filter_menus_and_dates_change_the_list_and_url(page: Any, site: str) -> None:
    page.goto("/")
    page.click("details.more summary")
    page.select_option("#tag", "science")
    page.fill("#from", "2024-01-01")
    page.select_option("#order", "oldest")
    page.click(".more button[type=submit]")
    page.wait_for_url(f"{site}/?tag=science&from=2024-01-01&order=oldest")
    assert titles(page) == [
        "CPPCC proposal for a joint science-technology centre",
        "China-Central Asia Cooperation Forum opens in Yinchuan",
        "Talks on the centre expected",
    ]


def test_overview_bar_leads_to_its_month(page: Any, site: str) -> None:
    page.goto("/")
    page.click("figure.overview a[aria-label='June 2024: 1 event']")
    page.wait_for_url(f"{site}/?from=2024-06-01&to=2024-06-30")
    assert titles(page) == ["Leaders meet in Astana"]


def test_keyboard_reaches_every_control_in_order(page: Any) -> None:
    page.goto("/?order=oldest")  # a filter is set, so the filter panel is open
    count = page.evaluate(
        """() => {
          const controls = 'a[href], button, input, select, textarea, summary';
          const all = document.querySelectorAll(controls);
          let n = 0;
          for (const el of all) {
            if (el.disabled || el.closest('[hidden]') || el.getClientRects().length === 0) continue;
            el.dataset.probe = String(n++);
          }
          return n;
        }"""
    )
    reached: list[int] = []
    # Date inputs take one Tab stop per field (day, month, year), hence the margin.
    for _ in range(count + 20):
        page.keyboard.press("Tab")
        probe = page.evaluate(
            "() => document.activeElement && document.activeElement.dataset.probe"
        )
        if probe is not None:
            reached.append(int(probe))
    assert set(reached) == set(range(count))
    assert reached[0] == 0
    assert page.evaluate("() => document.querySelector('[data-probe=\"0\"]').className") == "skip"


def test_skip_link_moves_focus_to_the_main_content(page: Any) -> None:
    page.goto("/")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "main"


def test_subscribe_box_copies_the_right_urls(page: Any) -> None:
    page.goto("/tags/science")
    assert (
        page.locator("#feed-atom").input_value()
        == "https://timeline.example/tags/science/events.atom"
    )
    assert (
        page.locator("#feed-ics").input_value()
        == "https://timeline.example/tags/science/events.ics"
    )
    webcal = page.locator(".calendar-links a").first.get_attribute("href")
    assert webcal == "webcal://timeline.example/tags/science/events.ics"
    button = page.locator("button[data-copy='feed-rss']")
    assert button.is_visible()
    button.click()
    page.wait_for_function(
        "() => document.querySelector('#subscribe [role=status]').textContent !== ''"
    )
    assert page.evaluate("() => navigator.clipboard.readText()") == (
        "https://timeline.example/tags/science/events.rss"
    )
    assert page.errors == []


def test_event_page_has_calendar_and_permalink(page: Any) -> None:
    event = event_path(page)
    page.goto(event)
    assert page.locator("a[download]").get_attribute("href") == event + ".ics"
    assert page.locator("#permalink").input_value() == "https://timeline.example" + event


def _axe_violations(page: Any) -> list[dict[str, Any]]:
    """Run axe-core on the loaded page and return its violations."""
    if not AXE.exists():
        _unavailable(
            f"axe-core is not installed at {AXE} (npm install --prefix tests/.node axe-core)"
        )
    page.add_script_tag(path=str(AXE))
    result: dict[str, Any] = page.evaluate("async () => await axe.run()")
    return [
        {"id": v["id"], "nodes": [n["target"] for n in v["nodes"]]} for v in result["violations"]
    ]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_accessibility_violations_on_timeline_filtered_view_and_event(
    axe_page: Any, scheme: str
) -> None:
    page = axe_page
    page.emulate_media(color_scheme=scheme)
    event = event_path(page)
    for path in ("/", "/?tag=science&q=centre", event):
        page.goto(path)
        assert _axe_violations(page) == [], path


def test_screenshots_of_the_sample_articles_at_phone_and_desktop_widths(
    page: Any, seeds_site: str, tmp_path: Path
) -> None:
    shots = ROOT / "docs" / "screenshots" if UPDATE_SCREENSHOTS else tmp_path
    shots.mkdir(parents=True, exist_ok=True)
    page.goto(seeds_site + "/")
    event = seeds_site + str(page.locator("h4.event-title a").first.get_attribute("href"))
    for name, size in (("phone", PHONE), ("desktop", DESKTOP)):
        page.set_viewport_size(size)
        page.goto(seeds_site + "/")
        page.screenshot(path=str(shots / f"timeline-{name}.png"), full_page=name == "desktop")
        page.goto(event)
        page.screenshot(path=str(shots / f"event-{name}.png"))
    page.emulate_media(color_scheme="dark")
    page.goto(seeds_site + "/")
    page.screenshot(path=str(shots / "timeline-desktop-dark.png"))
    assert (shots / "timeline-phone.png").stat().st_size > 10_000
    assert page.evaluate("() => document.documentElement.scrollWidth") <= DESKTOP["width"]
    page.set_viewport_size(PHONE)
    page.goto(seeds_site + "/")
    assert page.evaluate("() => document.documentElement.scrollWidth") <= PHONE["width"]


def test_focus_is_visible_on_links_buttons_and_fields(page: Any) -> None:
    page.goto("/")
    for _ in range(3):
        page.keyboard.press("Tab")
        outline = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
        assert outline not in ("none", ""), page.evaluate("() => document.activeElement.outerHTML")


def test_search_works_without_javascript(browser: Any, site: str) -> None:
    context = browser.new_context(base_url=site, java_script_enabled=False)
    page = context.new_page()
    page.goto("/")
    assert not page.locator("button.copy").first.is_visible()
    page.fill("#q", "Astana")
    page.click(".search-row button[type=submit]")
    page.wait_for_load_state()
    assert titles(page) == ["Leaders meet in Astana"]
    assert "q=Astana" in page.url
    context.close()
