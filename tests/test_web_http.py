"""HTTP caching: strong ETags, Last-Modified, 304, HEAD, Cache-Control, gzip, the bytes cache."""

from __future__ import annotations

import gc
import gzip
import threading
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from feeds.types import Candidate, Source, When
from tests.web_fixtures import NOW, SUMMIT, make_store, settings_for
from web import create_app
from web.http import Representation, ResponseCache

PATHS = [
    "/",
    "/tags/science",
    "/feeds/events.atom",
    "/feeds/events.rss",
    "/feeds/events.json",
    "/feeds/events.ics",
]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A store file with the three test articles (one per test: some tests change it)."""
    path = tmp_path / "timeline.db"
    make_store(path).close()
    return path


@pytest.fixture
def app(db: Path) -> Flask:
    """The app, with a ten-minute cache lifetime."""
    return create_app(settings_for(db, **{"http.cache_seconds": 600}))


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    """A test client."""
    return app.test_client()


@pytest.mark.parametrize("path", PATHS)
def test_every_page_and_feed_has_a_strong_etag_last_modified_and_max_age(
    client: FlaskClient, path: str
) -> None:
    response = client.get(path)
    assert response.status_code == 200
    etag = response.headers["ETag"]
    assert etag.startswith('"') and etag.endswith('"') and not etag.startswith("W/")
    assert response.headers["Last-Modified"] == "Fri, 01 Nov 2024 12:00:00 GMT"
    assert response.headers["Cache-Control"] == "public, max-age=600"
    assert "charset=utf-8" in response.headers["Content-Type"]


@pytest.mark.parametrize("path", PATHS)
def test_if_none_match_with_the_etag_gives_an_empty_304(client: FlaskClient, path: str) -> None:
    etag = client.get(path).headers["ETag"]
    response = client.get(path, headers={"If-None-Match": etag})
    assert response.status_code == 304
    assert response.get_data() == b""
    assert response.headers["ETag"] == etag


def test_a_different_etag_gets_the_full_response(client: FlaskClient) -> None:
    response = client.get("/", headers={"If-None-Match": '"something-else"'})
    assert response.status_code == 200


def test_if_modified_since_gives_304_unless_the_store_is_newer(client: FlaskClient) -> None:
    same = client.get(
        "/feeds/events.atom", headers={"If-Modified-Since": "Fri, 01 Nov 2024 12:00:00 GMT"}
    )
    assert same.status_code == 304
    older = client.get(
        "/feeds/events.atom", headers={"If-Modified-Since": "Fri, 01 Nov 2024 11:59:59 GMT"}
    )
    assert older.status_code == 200


def test_if_none_match_wins_over_if_modified_since(client: FlaskClient) -> None:
    headers = {"If-None-Match": '"stale"', "If-Modified-Since": "Fri, 01 Nov 2024 12:00:00 GMT"}
    assert client.get("/", headers=headers).status_code == 200


def test_head_sends_the_headers_of_get_without_a_body(client: FlaskClient) -> None:
    get = client.get("/feeds/events.rss")
    head = client.head("/feeds/events.rss")
    assert head.status_code == 200
    assert head.get_data() == b""
    assert head.headers["ETag"] == get.headers["ETag"]
    assert head.headers["Content-Length"] == str(len(get.get_data()))


@pytest.mark.parametrize(
    "path", ["/", "/feeds/events.atom", "/feeds/events.json", "/static/site.css"]
)
def test_gzip_when_asked_with_its_own_etag_and_vary(client: FlaskClient, path: str) -> None:
    plain = client.get(path)
    packed = client.get(path, headers={"Accept-Encoding": "gzip, deflate"})
    assert packed.headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(packed.get_data()) == plain.get_data()
    assert packed.headers["Vary"] == "Accept-Encoding" == plain.headers["Vary"]
    assert packed.headers["ETag"] != plain.headers["ETag"]
    again = client.get(
        path, headers={"Accept-Encoding": "gzip", "If-None-Match": packed.headers["ETag"]}
    )
    assert again.status_code == 304


def test_gzip_refused_with_q_zero_is_not_sent(client: FlaskClient) -> None:
    response = client.get("/", headers={"Accept-Encoding": "gzip;q=0, identity"})
    assert "Content-Encoding" not in response.headers


def test_calendars_are_never_gzipped(client: FlaskClient) -> None:
    response = client.get("/feeds/events.ics", headers={"Accept-Encoding": "gzip"})
    assert "Content-Encoding" not in response.headers
    assert response.headers["Content-Type"] == "text/calendar; charset=utf-8"
    assert response.get_data().startswith(b"BEGIN:VCALENDAR\r\n")


def test_a_change_in_the_store_changes_the_etag_and_the_page(client: FlaskClient, db: Path) -> None:
    before = client.get("/")
    from feeds.store import open_store

    store = open_store(f"sqlite:///{db}")
    later = datetime(2024, 11, 2, 8, 0, tzinfo=UTC)
    sentence = "The leaders will meet again on December 5, 2024."
    extra = Candidate(
        id="summit-again",
        title="Leaders to meet again",
        summary=sentence,
        when=When("2024-12-05", date(2024, 12, 5), date(2024, 12, 5), "day"),
        source=Source(SUMMIT.id, SUMMIT.title, SUMMIT.publisher, SUMMIT.published, sentence),
    )
    store.put_document(SUMMIT, [extra], now=later)
    store.rebuild_events(later)
    store.close()
    after = client.get("/", headers={"If-None-Match": before.headers["ETag"]})
    assert after.status_code == 200
    assert after.headers["Last-Modified"] == "Sat, 02 Nov 2024 08:00:00 GMT"
    assert b"Leaders to meet again" in after.get_data()
    assert later > NOW


def test_cached_bytes_are_served_again_for_the_same_store_state(
    app: Flask, client: FlaskClient
) -> None:
    first = client.get("/feeds/events.atom")
    second = client.get("/feeds/events.atom")
    assert first.get_data() == second.get_data()
    assert len(app.extensions["timeline"].cache._entries) == 1


def test_response_cache_evicts_the_least_recently_used_beyond_its_bound() -> None:
    cache = ResponseCache(max_bytes=250)
    stamp = datetime(2024, 1, 1, tzinfo=UTC)
    for key in ("a", "b", "c"):
        cache.put(key, Representation(b"x" * 100, "text/plain", stamp))
    assert cache.get("a") is None
    assert cache.get("b") is not None and cache.get("c") is not None


def test_representation_etag_is_a_hash_of_the_bytes() -> None:
    stamp = datetime(2024, 1, 1, 10, 30, 15, 999, tzinfo=UTC)
    one = Representation(b"same", "application/json", stamp)
    two = Representation(b"same", "application/json", stamp)
    assert one.etag == two.etag != Representation(b"other", "application/json", stamp).etag
    assert one.media_type == "application/json; charset=utf-8"
    assert one.last_modified == datetime(2024, 1, 1, 10, 30, 15, tzinfo=UTC)


def test_pages_forbid_inline_and_foreign_code_and_nothing_is_sniffed(client: FlaskClient) -> None:
    page = client.get("/")
    assert "script-src 'self'" in page.headers["Content-Security-Policy"]
    assert page.headers["X-Content-Type-Options"] == "nosniff"
    missing = client.get("/nope")
    assert missing.headers["X-Content-Type-Options"] == "nosniff"
    assert "Content-Security-Policy" in missing.headers
    assert "Content-Security-Policy" not in client.get("/feeds/events.atom").headers


def _open_files(path: Path) -> int:
    """How many of this process's file descriptors point at a file."""
    fds = Path("/proc/self/fd")
    if not fds.is_dir():
        pytest.skip("needs /proc to count open files")
    count = 0
    for fd in fds.iterdir():
        try:
            count += fd.readlink() == path
        except OSError:
            continue
    return count


def test_a_thread_per_request_server_leaves_no_connection_open(app: Flask, db: Path) -> None:
    def one_request() -> None:
        assert app.test_client().get("/feeds/events.json").status_code == 200

    for _ in range(20):
        thread = threading.Thread(target=one_request)
        thread.start()
        thread.join()
    gc.collect()
    assert _open_files(db.resolve()) == 0


def test_closing_the_stores_closes_every_thread_s_connection(app: Flask, db: Path) -> None:
    assert app.test_client().get("/").status_code == 200
    assert _open_files(db.resolve()) == 1
    app.extensions["timeline"].stores.close()
    assert _open_files(db.resolve()) == 0
