"""The static export: every route written once, with the bytes the server sends."""

from __future__ import annotations

from pathlib import Path

import pytest
from flask import Flask

from tests.web_fixtures import make_store, settings_for
from web import create_app
from web.export import ExportError, Writer, export_site, file_for


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Flask, Path, list[Path]]:
    """The app over the test store and its export."""
    root = tmp_path_factory.mktemp("export")
    make_store(root / "timeline.db").close()
    app = create_app(settings_for(root / "timeline.db"))
    out = root / "site"
    return app, out, export_site(app, out)


def url_path(out: Path, file: Path) -> str:
    """The site path a written file serves."""
    relative = file.relative_to(out).as_posix()
    if relative == "index.html":
        return "/"
    return "/" + relative.removesuffix("/index.html")


def test_export_writes_the_exact_bytes_the_server_sends(
    exported: tuple[Flask, Path, list[Path]],
) -> None:
    app, out, files = exported
    client = app.test_client()
    pages = [f for f in files if f.name not in ("404.html", "_headers")]
    assert len(pages) > 30
    for file in pages:
        response = client.get(url_path(out, file))
        assert response.status_code == 200, file
        assert file.read_bytes() == response.get_data(), file


def test_export_covers_pages_topics_feeds_archives_sources_and_static_files(
    exported: tuple[Flask, Path, list[Path]],
) -> None:
    _, out, files = exported
    written = {f.relative_to(out).as_posix() for f in files}
    expected = {
        "index.html",
        "feeds/events.atom",
        "feeds/events.rss",
        "feeds/events.json",
        "feeds/events.ics",
        "feeds/events-1.atom",
        "feeds/events-1.rss",
        "feeds/events-1.json",
        "tags/science/index.html",
        "tags/science/events.atom",
        "tags/science/events.ics",
        "places/kazakhstan/index.html",
        "places/kazakhstan/events.json",
        "sources/2024-10-28-forum/index.html",
        "static/site.css",
        "static/site.js",
        "static/favicon.svg",
        "404.html",
        "_headers",
    }
    assert expected <= written
    assert len([w for w in written if w.startswith("events/") and w.endswith("/index.html")]) == 5
    assert len([w for w in written if w.startswith("events/") and w.endswith(".ics")]) == 5


def test_headers_file_names_the_content_type_of_every_non_html_file(
    exported: tuple[Flask, Path, list[Path]],
) -> None:
    _, out, _ = exported
    headers = (out / "_headers").read_text(encoding="utf-8")
    assert "/feeds/events.atom\n  Content-Type: application/atom+xml; charset=utf-8\n" in headers
    assert "/feeds/events.ics\n  Content-Type: text/calendar; charset=utf-8\n" in headers
    assert "/static/site.css\n  Content-Type: text/css; charset=utf-8\n" in headers
    assert "index.html" not in headers
    assert headers.startswith("/*\n  X-Content-Type-Options: nosniff\n")


def test_not_found_page_is_the_site_s_404(exported: tuple[Flask, Path, list[Path]]) -> None:
    _, out, _ = exported
    assert b"Page not found" in (out / "404.html").read_bytes()


@pytest.mark.parametrize(
    ("path", "file"),
    [
        ("/", "index.html"),
        ("/events/abc", "events/abc/index.html"),
        ("/events/abc.ics", "events/abc.ics"),
        ("/tags/china/events-2.atom", "tags/china/events-2.atom"),
        ("/static/site.css", "static/site.css"),
    ],
)
def test_paths_map_to_files_a_static_host_serves_at_the_same_url(path: str, file: str) -> None:
    assert file_for(path) == file


@pytest.mark.parametrize("bad", ["../outside.html", "/etc/passwd", "a/../../b", "a\\b", "", "a//b"])
def test_writer_refuses_paths_that_leave_its_folder(tmp_path: Path, bad: str) -> None:
    with pytest.raises(ExportError):
        Writer(tmp_path / "out").write(bad, b"x")
    assert not (tmp_path / "outside.html").exists()


def test_writer_refuses_to_write_a_path_twice(tmp_path: Path) -> None:
    writer = Writer(tmp_path)
    writer.write("feeds/events.atom", b"one")
    with pytest.raises(ExportError, match="twice"):
        writer.write("feeds/events.atom", b"two")
    assert (tmp_path / "feeds/events.atom").read_bytes() == b"one"


def test_export_holds_every_page_of_the_timeline_and_of_each_topic(tmp_path: Path) -> None:
    make_store(tmp_path / "timeline.db").close()
    app = create_app(settings_for(tmp_path / "timeline.db", **{"web.page_size": 2}))
    written = {
        f.relative_to(tmp_path / "site").as_posix() for f in export_site(app, tmp_path / "site")
    }
    assert {"index.html", "page/2/index.html", "page/3/index.html"} <= written
    assert "page/4/index.html" not in written
    assert {"tags/science/index.html", "tags/science/page/2/index.html"} <= written
    first_page = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert 'href="/page/2"' in first_page
