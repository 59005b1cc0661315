"""The acceptance checker: real feed and calendar clients against a real `timeline serve`.

It runs ../shared/tools/feedcheck (feedparser, the W3C validator, ROME, newsboat, icalendar,
vobject, ics-py, ical.js, libical) on the seeds plus the articles in tests/data/articles,
strictly: every warning counts, every client must be present, gzip must be offered.
Outside CI it skips when the checker's clients cannot be installed here; in CI it never skips.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import IN_CI, ROOT, SEEDS

ARTICLES = Path(__file__).parent / "data" / "articles"
VENV = Path(tempfile.gettempdir()) / "timeline-feedcheck-venv"

pytestmark = pytest.mark.slow


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def unavailable(reason: str) -> None:
    """Skip outside CI; in CI a checker that cannot run is a failure."""
    if IN_CI:
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture(scope="module")
def feedcheck(shared_dir: Path) -> list[str]:
    """The checker's command, its clients installed by its own setup.sh into a venv under /tmp."""
    tool = shared_dir / "tools" / "feedcheck"
    done = subprocess.run(
        ["bash", str(tool / "setup.sh"), str(VENV)],
        capture_output=True,
        text=True,
        timeout=900,
    )
    if done.returncode != 0:
        unavailable(f"feedcheck's setup.sh failed:\n{done.stdout[-2000:]}{done.stderr[-2000:]}")
    return [str(VENV / "bin" / "python"), str(tool / "feedcheck.py")]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`timeline serve` on the seeds and the extra articles, its base URL its public URL."""
    work = tmp_path_factory.mktemp("feedcheck")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    (work / "config.toml").write_text(
        f'[site]\ntitle = "Central Asia timeline"\nbase_url = "{base}"\n'
        f"[sources]\npaths = [{json.dumps(str(SEEDS))}, {json.dumps(str(ARTICLES))}]\n"
        '[store]\nurl = "sqlite:///feedcheck.db"\n',
        encoding="utf-8",
    )
    # The repository on the path, so the server runs this checkout whether or not it is installed.
    path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    with (work / "server.log").open("w") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "feeds", "serve", "--port", str(port), "--workers", "2"],
            cwd=work,
            env={**os.environ, "PYTHONPATH": path},
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            deadline = time.monotonic() + 120
            while not _answers(base):
                if process.poll() is not None or time.monotonic() > deadline:
                    log.flush()
                    pytest.fail("server did not start:\n" + (work / "server.log").read_text())
                time.sleep(0.2)
            yield base
        finally:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=20)


def _answers(base: str) -> bool:
    """Whether the server answers its home page."""
    try:
        with urllib.request.urlopen(base + "/", timeout=5) as response:
            return bool(response.status == 200)
    except OSError:
        return False


def test_every_feed_and_calendar_client_accepts_the_served_feeds(
    feedcheck: list[str], server: str
) -> None:
    done = subprocess.run(
        [
            *feedcheck,
            server,
            "--strict",
            "--require-gzip",
            "--require-clients",
            "--min-entries",
            "5",
            "--json",
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.stdout, done.stderr[-3000:]
    report: dict[str, Any] = json.loads(done.stdout)
    failed = [r for r in report["results"] if r["status"] == "FAIL"]
    skipped = [r for r in report["results"] if r["status"] == "SKIP"]
    missing = [r["name"] for r in failed if r["detail"].startswith("(--require-clients)")]
    if failed and len(missing) == len(failed):
        unavailable(f"feedcheck clients not installed here: {missing}")
    lines = "\n".join(f"{r['status']} {r['name']} - {r['detail']}" for r in failed + skipped)
    assert (report["failed"], report["skipped"]) == (0, 0), lines
    assert report["passed"] == report["checks"] > 0
