"""One real `timeline serve` process on the sample articles, spoken to over HTTP."""

from __future__ import annotations

import gzip
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator

import feedparser
import icalendar
import pytest

from tests.conftest import SEEDS


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def get(url: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    """GET a URL; the status, headers and body (also for 304)."""
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`timeline serve` on a fresh store with the seeds as the configured sources."""
    work = tmp_path_factory.mktemp("serve")
    (work / "config.toml").write_text(
        f'[site]\ntitle = "Test timeline"\n[sources]\npaths = ["{SEEDS}"]\n'
        '[store]\nurl = "sqlite:///served.db"\n',
        encoding="utf-8",
    )
    port = free_port()
    log = (work / "server.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "feeds", "serve", "--port", str(port), "--workers", "1"],
        cwd=work,
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ},
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if get(base + "/")[0] == 200:
                    break
            except OSError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                log.flush()
                pytest.fail("server did not start:\n" + (work / "server.log").read_text())
            time.sleep(0.2)
        yield base
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=20)
        log.close()
    assert "Serving the timeline at " + base in (work / "server.log").read_text()


def test_page_lists_the_forum_with_its_true_date(server: str) -> None:
    status, headers, body = get(server + "/")
    assert status == 200
    assert headers["Content-Type"].startswith("text/html")
    html = body.decode("utf-8")
    assert "China-Central Asia Cooperation Forum" in html
    assert "26 October 2024" in html
    assert "March 2024" in html and "1 March 2024" not in html


def test_atom_feed_parses_cleanly_with_absolute_links_on_the_served_port(server: str) -> None:
    status, headers, body = get(server + "/feeds/events.atom")
    assert status == 200
    parsed = feedparser.parse(body)
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    assert len(parsed.entries) >= 3
    assert all(entry.link.startswith(server + "/events/") for entry in parsed.entries)


def test_calendar_has_the_forum_as_an_all_day_event(server: str) -> None:
    status, headers, body = get(server + "/feeds/events.ics")
    assert status == 200
    assert headers["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = icalendar.Calendar.from_ical(body)
    forum = [e for e in calendar.walk("VEVENT") if "Cooperation Forum" in str(e["SUMMARY"])]
    assert forum
    assert forum[0]["DTSTART"].dt.isoformat() == "2024-10-26"
    assert forum[0]["DTEND"].dt.isoformat() == "2024-10-27"


def test_conditional_get_and_gzip_over_real_http(server: str) -> None:
    _, headers, body = get(server + "/feeds/events.rss")
    status, _, empty = get(server + "/feeds/events.rss", {"If-None-Match": headers["ETag"]})
    assert (status, empty) == (304, b"")
    status, zipped_headers, zipped = get(server + "/feeds/events.rss", {"Accept-Encoding": "gzip"})
    assert zipped_headers.get("Content-Encoding") == "gzip"
    assert gzip.decompress(zipped) == body


def test_unknown_event_is_a_404_page(server: str) -> None:
    status, headers, body = get(server + "/events/does-not-exist")
    assert status == 404
    assert headers["Content-Type"].startswith("text/html")
    assert b"Test timeline" in body
