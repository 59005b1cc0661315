"""The static export: every route rendered through the app itself and written as files."""

from __future__ import annotations

import math
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

from flask import Flask

from feeds.errors import TimelineError
from feeds.store import Store
from feeds.types import EventQuery
from feeds.urls import FEED_EXTENSIONS, Urls
from web import Site
from web.http import PAGE_POLICY, SECURITY_HEADERS
from web.views import ARCHIVE_EXTENSIONS, static_names

#: Paths ending in these are files as they are; any other path is a page written as a folder's
#: ``index.html``, so ``/events/abc`` works on a static host as it does on the server.
FILE_SUFFIXES = {f".{ext}" for ext in FEED_EXTENSIONS} | {".css", ".js", ".svg", ".ico"}

#: Where a static host looks for its "not found" page.
NOT_FOUND_FILE = "404.html"

#: The file that tells a static host (Netlify, Cloudflare Pages) the content types.
HEADERS_FILE = "_headers"


class ExportError(TimelineError):
    """A route that cannot be written: an unsafe or duplicate path, or a failed response."""


class Writer:
    """Writes files under one folder, refusing paths outside it and paths written twice."""

    def __init__(self, outdir: Path) -> None:
        """Write under `outdir` (created when missing)."""
        self.outdir = outdir.resolve()
        self.written: list[Path] = []
        self._seen: set[Path] = set()

    def target(self, relative: str) -> Path:
        """The file a relative posix path names inside the folder.

        Raises:
            ExportError: the path is absolute, climbs out, or was written already.
        """
        # Split by hand: PurePosixPath would quietly fold "a//b" and "/a" into other paths.
        parts = relative.split("/")
        if any(p in ("..", ".", "") or "\\" in p or "\0" in p for p in parts):
            raise ExportError(f"refusing to write {relative!r}: not a plain relative path")
        path = self.outdir.joinpath(*parts)
        if not path.is_relative_to(self.outdir):
            raise ExportError(f"refusing to write {relative!r}: outside {self.outdir}")
        if path in self._seen:
            raise ExportError(f"refusing to write {relative!r} twice")
        return path

    def write(self, relative: str, data: bytes) -> Path:
        """Write one file's bytes and remember it."""
        path = self.target(relative)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        self._seen.add(path)
        self.written.append(path)
        return path


def file_for(url_path: str) -> str:
    """The relative file a site path is written to (``/`` → ``index.html``)."""
    stripped = url_path.strip("/")
    if not stripped:
        return "index.html"
    if PurePosixPath(stripped).suffix in FILE_SUFFIXES:
        return stripped
    return f"{stripped}/index.html"


def site_paths(store: Store, feeds_limit: int, page_size: int) -> Iterator[str]:
    """Every path of the site for a store: pages, feeds and their archives, static files."""
    total = store.count(EventQuery())
    yield from (Urls.home_page(n) for n in _page_numbers(total, page_size))
    yield from _feeds(None, None, total, feeds_limit)
    facets = store.facets()
    # A name with no letters or digits has no slug and so no page.
    for facet in (f for f in facets.tags if f.slug):
        yield from (Urls.tag(facet.slug, n) for n in _page_numbers(facet.count, page_size))
        yield from _feeds(facet.slug, None, facet.count, feeds_limit)
    for facet in (f for f in facets.places if f.slug):
        yield from (Urls.place(facet.slug, n) for n in _page_numbers(facet.count, page_size))
        yield from _feeds(None, facet.slug, facet.count, feeds_limit)
    for event in store.query(EventQuery(order="date_asc")):
        yield Urls.event(event.id)
        yield Urls.event_calendar(event.id)
    for doc in store.documents():
        yield Urls.source(doc.id)
    for name in static_names():
        yield f"/static/{name}"


def _page_numbers(total: int, page_size: int) -> range:
    """The numbers of a timeline's pages (one page even when it is empty)."""
    return range(1, max(1, math.ceil(total / page_size)) + 1)


def _feeds(tag: str | None, place: str | None, total: int, limit: int) -> Iterator[str]:
    """A feed in every format and its archive pages."""
    pages = math.ceil(max(0, total - limit) / limit)
    for ext in FEED_EXTENSIONS:
        yield Urls.feed(ext, tag=tag, place=place)
        if ext in ARCHIVE_EXTENSIONS:
            for number in range(1, pages + 1):
                yield Urls.archive(ext, number, tag=tag, place=place)


def export_site(app: Flask, outdir: Path) -> list[Path]:
    """Render every route through the app's test client and write the bytes as files.

    Args:
        app: the app from `web.create_app`; it is the single source of the bytes.
        outdir: the folder to write into (created when missing).

    Returns:
        The files written, in order, ending with ``404.html`` and ``_headers``.

    Raises:
        ExportError: a route did not answer 200, or two routes map to one file.
    """
    site: Site = app.extensions["timeline"]
    writer = Writer(outdir)
    types: dict[str, str] = {}
    client = app.test_client()
    with app.app_context():
        # Two tags with one slug are one route: keep the first, in order.
        store, settings = site.stores.get(), site.settings
        paths = list(dict.fromkeys(site_paths(store, settings.feeds_limit, settings.web_page_size)))
    for path in paths:
        response = client.get(path)
        if response.status_code != 200:
            raise ExportError(f"{path} answered {response.status_code}, not 200")
        name = file_for(path)
        writer.write(name, response.get_data())
        if not name.endswith(".html"):
            types["/" + name] = response.headers["Content-Type"]
    missing = client.get("/404")
    writer.write(NOT_FOUND_FILE, missing.get_data())
    # The headers the server adds to every response, then each file's content type.
    # (the policy is harmless on feeds, and a static host cannot tell pages by their URL).
    every = {**SECURITY_HEADERS, "Content-Security-Policy": PAGE_POLICY}
    lines = ["/*\n" + "".join(f"  {name}: {value}\n" for name, value in every.items())]
    lines += [f"{path}\n  Content-Type: {media_type}\n" for path, media_type in types.items()]
    writer.write(HEADERS_FILE, "".join(lines).encode("utf-8"))
    return writer.written
