"""Serving rate of `timeline serve` against a static file server on the export of the same site.

Builds a store of generated events, exports it with `timeline build`'s exporter, starts
`timeline serve` (gunicorn) and `python -m http.server` on the export, both on 127.0.0.1,
and sends the same fixed number of requests to each (new connection per request, a few
client threads). Prints requests per second, the ratio to static serving (target: a cached
feed within 2x) and the server time of a 304 (target: under 2 ms).

    python benchmarks/serve.py                       # 1,000 events, 2,000 requests per case
    python benchmarks/serve.py --events 10000 --requests 4000
"""

from __future__ import annotations

import argparse
import http.client
import os
import socket
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from page import build  # noqa: E402

from feeds.config import load_settings  # noqa: E402
from web import create_app  # noqa: E402
from web.export import export_site  # noqa: E402

THREADS = 4


def _free_port() -> int:
    """A port nobody listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait(port: int, path: str, seconds: float = 30) -> None:
    """Wait until a local server answers a path, or fail."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            _get(port, path)
            return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"no server answered on 127.0.0.1:{port} within {seconds} s")


def _get(port: int, path: str, headers: dict[str, str] | None = None) -> int:
    """One GET on a new connection; the status."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request("GET", path, headers=headers or {})
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


def _rate(port: int, path: str, requests: int, headers: dict[str, str] | None = None) -> float:
    """Requests per second for `requests` GETs of one path from a few threads."""
    start = time.perf_counter()
    with ThreadPoolExecutor(THREADS) as pool:
        statuses = list(pool.map(lambda _: _get(port, path, headers), range(requests)))
    elapsed = time.perf_counter() - start
    bad = [s for s in statuses if s not in (200, 304)]
    if bad:
        raise SystemExit(f"{path}: {len(bad)} failed requests ({bad[0]})")
    return requests / elapsed


def _server_304_ms(db: Path) -> float:
    """Mean in-process time of a conditional GET of the feed that ends in 304."""
    settings = load_settings(None, overrides={"store.url": f"sqlite:///{db}"}, environ={})
    client = create_app(settings).test_client()
    etag = client.get("/feeds/events.atom").headers["ETag"]
    rounds = 500
    start = time.perf_counter()
    for _ in range(rounds):
        assert client.get("/feeds/events.atom", headers={"If-None-Match": etag}).status_code == 304
    return (time.perf_counter() - start) / rounds * 1000


def main() -> None:
    """Build, export, serve both ways, measure and print."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=1000)
    parser.add_argument("--requests", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db, out = Path(tmp) / "bench.db", Path(tmp) / "site"
        build(db, args.events)
        app_port, static_port = _free_port(), _free_port()
        base = f"http://127.0.0.1:{app_port}"
        overrides = {"store.url": f"sqlite:///{db}", "site.base_url": base}
        export_site(create_app(load_settings(None, overrides=overrides, environ={})), out)
        pythonpath = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
        env = {**os.environ, "TIMELINE_SITE_BASE_URL": base, "PYTHONPATH": pythonpath}
        command = [sys.executable, "-m", "feeds", "--db", str(db), "serve", "--port", str(app_port)]
        quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
        app_server = subprocess.Popen(command, cwd=tmp, env=env, **quiet)
        static_server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "http.server",
                "--bind",
                "127.0.0.1",
                "--directory",
                str(out),
                str(static_port),
            ],
            **quiet,
        )
        try:
            _wait(app_port, "/feeds/events.atom")
            _wait(static_port, "/feeds/events.atom")
            print(f"{args.events:,} events, {args.requests} requests a case, {THREADS} threads")
            print(f"{'case':34} {'app req/s':>10} {'static req/s':>13} {'static/app':>11}")
            for label, app_path, static_path in (
                ("cached Atom feed", "/feeds/events.atom", "/feeds/events.atom"),
                ("timeline page /", "/", "/index.html"),
            ):
                _rate(app_port, app_path, 50)  # fill every worker's cache
                app_rate = _rate(app_port, app_path, args.requests)
                static_rate = _rate(static_port, static_path, args.requests)
                ratio = static_rate / app_rate
                print(f"{label:34} {app_rate:10.0f} {static_rate:13.0f} {ratio:10.2f}x")
            print(f"304 for the feed, server time: {_server_304_ms(db):.2f} ms")
        finally:
            for process in (app_server, static_server):
                process.terminate()
                process.wait(timeout=10)


if __name__ == "__main__":
    main()
