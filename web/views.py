"""The site's routes: the timeline, event, topic and source pages, the feeds and static files."""

from __future__ import annotations

import math
import mimetypes
from collections.abc import Callable, Hashable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TypeVar

from flask import Blueprint, Flask, Response, abort, current_app, render_template, request
from werkzeug.exceptions import HTTPException

from feeds.display import format_day, format_record_time, format_when
from feeds.errors import InputError
from feeds.publish import FORMATS
from feeds.store import Facet, Facets, Store
from feeds.types import Event, FeedMeta
from feeds.urls import FEED_EXTENSIONS, Urls, slugify
from web import Site
from web.filters import Filters, parse_filters
from web.grouping import group_events
from web.http import Representation, respond
from web.overview import build_chart

blueprint = Blueprint("timeline", __name__)

T = TypeVar("T")

STATIC_DIR = Path(__file__).parent / "static"

#: Feed formats that page their history into RFC 5005 archives (a calendar is not paged).
ARCHIVE_EXTENSIONS = ("atom", "rss", "json")

#: Most tags or places offered in a filter menu; the rest stay reachable from event pages.
MENU_SIZE = 60

#: Names of the feed formats as shown to people.
FEED_NAMES = {"atom": "Atom", "rss": "RSS", "json": "JSON Feed", "ics": "Calendar"}


def _site() -> Site:
    """The app's shared state."""
    site: Site = current_app.extensions["timeline"]
    return site


def _store() -> Store:
    """This thread's store."""
    return _site().stores.get()


def _serve(make: Callable[[datetime], Representation]) -> Response:
    """Serve from the bytes cache, rendering with `make(store_time)` when the store has changed."""
    site = _site()
    stamp = _store().last_modified() or site.started
    key = (request.path, request.query_string, stamp)
    rep = site.cache.get(key)
    if rep is None:
        rep = make(stamp)
        site.cache.put(key, rep)
    return respond(rep, request, site.settings.http_cache_seconds)


def _html(template: str, stamp: datetime, **context: Any) -> Representation:
    """A rendered page as a representation."""
    body = render_template(template, **context).encode("utf-8")
    return Representation(body, "text/html; charset=utf-8", stamp)


def _filters(**fixed: str) -> Filters:
    """The request's filters (a bad parameter becomes a 400 page naming it)."""
    return parse_filters(request.args.to_dict(), **fixed)


def _paged(number: int, **fixed: str) -> Filters:
    """The request's filters on page `number` of a path-paged view (page 1 has no /page/ path)."""
    if number < 2:
        abort(404, description="The first page of a timeline has no page number in its path.")
    return _filters(**fixed, page=str(number))


@blueprint.get("/")
@blueprint.get("/page/<int:number>")
def home(number: int | None = None) -> Response:
    """The timeline, filtered and paged by the query or the path."""
    filters = _filters() if number is None else _paged(number)
    return _serve(lambda stamp: _html("timeline.html", stamp, **_timeline(filters)))


@blueprint.get("/tags/<slug>")
@blueprint.get("/tags/<slug>/page/<int:number>")
def tag_page(slug: str, number: int | None = None) -> Response:
    """The timeline of one tag."""
    filters = _filters(tag=slug) if number is None else _paged(number, tag=slug)

    def make(stamp: datetime) -> Representation:
        """Render the tag's timeline (404 for a tag no event has)."""
        heading = f"Tagged “{_facet_name('tags', slug)}”"
        return _html("timeline.html", stamp, **_timeline(filters, heading))

    return _serve(make)


@blueprint.get("/places/<slug>")
@blueprint.get("/places/<slug>/page/<int:number>")
def place_page(slug: str, number: int | None = None) -> Response:
    """The timeline of one place."""
    filters = _filters(place=slug) if number is None else _paged(number, place=slug)

    def make(stamp: datetime) -> Representation:
        """Render the place's timeline (404 for a place no event has)."""
        heading = f"Events in {_facet_name('places', slug)}"
        return _html("timeline.html", stamp, **_timeline(filters, heading))

    return _serve(make)


def _memo(key: Hashable, compute: Callable[[Store], T]) -> T:
    """A store-wide value computed once per store state."""
    store = _store()
    return _site().memo(key, store.last_modified() or _site().started, lambda: compute(store))


def _facets() -> Facets:
    """The store's tags, places and publishers."""
    return _memo("facets", lambda store: store.facets())


def _facet_name(kind: str, slug: str) -> str:
    """The display name of a tag or place slug; 404 when no event has it."""
    for facet in getattr(_facets(), kind):
        if facet.slug == slug:
            return str(facet.name)
    abort(404, description=f"No events are filed under “{slug}”.")


def _timeline(filters: Filters, heading: str = "") -> dict[str, Any]:
    """Everything the timeline template shows for one view."""
    store = _store()
    size = _site().settings.web_page_size
    total = store.count(filters.query())
    pages = max(1, math.ceil(total / size))
    if filters.page > pages:
        abort(404, description=f"This view has {pages} page(s); there is no page {filters.page}.")
    events = store.query(filters.query(limit=size, offset=(filters.page - 1) * size))
    # The chart is the same for every page and order of a view.
    chart_query = filters.query(order="date_asc")
    facets = _facets()
    return {
        "filters": filters,
        "heading": heading,
        "years": group_events(events),
        "total": total,
        "shown": len(events),
        "pages": pages,
        "chart": build_chart(
            _memo(chart_query, lambda s: s.month_counts(chart_query)), filters.first_page()
        ),
        "menus": {
            "tags": _menu(facets.tags, filters.tag),
            "places": _menu(facets.places, filters.place),
            "publishers": [(f.name, f.name, f.count) for f in facets.publishers],
        },
        "feeds": _feed_links(filters),
    }


def _menu(facets: tuple[Facet, ...], current: str) -> list[tuple[str, str, int]]:
    """(slug, name, count) options for a filter menu: the most used ones and the current one."""
    chosen = list(facets[:MENU_SIZE])
    chosen += [f for f in facets[MENU_SIZE:] if f.slug == current]
    return sorted(((f.slug, f.name, f.count) for f in chosen), key=lambda o: o[1].lower())


def _feed_links(filters: Filters) -> dict[str, str]:
    """The feeds that mirror a view, by extension."""
    return {ext: filters.feed_path(ext) for ext in FEED_EXTENSIONS}


@blueprint.get("/events/<event_id>")
def event_page(event_id: str) -> Response:
    """One event's permalink page."""
    return _serve(
        lambda stamp: _html(
            "event.html", stamp, event=_event(event_id), feeds=_feed_links(Filters())
        )
    )


@blueprint.get("/events/<event_id>.ics")
def event_calendar(event_id: str) -> Response:
    """One event as a calendar file ("add to calendar")."""
    site = _site()

    def make(stamp: datetime) -> Representation:
        """Render the one-event calendar."""
        event = _event(event_id)
        path = Urls.event_calendar(event.id)
        # Asking for one event's calendar is asking for it, whatever its precision.
        meta = _meta(
            f"{event.title} — {site.settings.site_title}",
            path,
            Urls.event(event.id),
            [event],
            stamp,
        )
        meta = FeedMeta(**{**meta.__dict__, "include_coarse": True})
        fmt = FORMATS["ics"]
        return Representation(fmt.render([event], meta, site.urls), fmt.media_type, stamp)

    return _serve(make)


def _event(event_id: str) -> Event:
    """The event with this id, or a 404."""
    event = _store().get_event(event_id)
    if event is None:
        abort(
            404, description="There is no event with this id; it may have been merged or removed."
        )
    return event


@blueprint.get("/sources/<doc_id>")
def source_page(doc_id: str) -> Response:
    """One source article as it was read."""

    def make(stamp: datetime) -> Representation:
        """Render the article (404 for one the store does not hold)."""
        doc = _store().get_document(doc_id)
        if doc is None:
            abort(404, description="There is no article with this name in the store.")
        return _html("source.html", stamp, doc=doc, feeds=_feed_links(Filters()))

    return _serve(make)


@blueprint.get("/feeds/events.<ext>")
def site_feed(ext: str) -> Response:
    """The site's feed in one format, narrowed by the query's filters."""
    return _feed(ext, _filters())


@blueprint.get("/tags/<slug>/events.<ext>")
def tag_feed(slug: str, ext: str) -> Response:
    """A tag's feed."""
    return _feed(ext, _filters(tag=slug), lambda: f"tagged “{_facet_name('tags', slug)}”")


@blueprint.get("/places/<slug>/events.<ext>")
def place_feed(slug: str, ext: str) -> Response:
    """A place's feed."""
    return _feed(ext, _filters(place=slug), lambda: f"in {_facet_name('places', slug)}")


def _feed(ext: str, filters: Filters, topic: Callable[[], str] = str) -> Response:
    """The current document of a feed: its newest records, linking to its archives."""
    if ext not in FEED_EXTENSIONS:
        abort(404, description=f"There is no feed format “{ext}”.")
    site = _site()
    limit = site.settings.feeds_limit

    def make(stamp: datetime) -> Representation:
        """Render the feed's newest records."""
        store = _store()
        if ext == "ics":
            # A calendar cannot page: it holds the latest-dated events, upcoming ones first,
            # rather than the latest-changed records a feed reader wants.
            query = filters.query(limit=site.settings.calendar_limit, order="date_desc")
        else:
            query = filters.query(limit=limit, order="recent")
        events = store.query(query)
        prev = None
        # Archives page the topic's whole history; a search's feed stays a single document.
        if (
            ext in ARCHIVE_EXTENSIONS
            and not _searched(filters)
            and not (filters.tag and filters.place)
        ):
            archived = store.count(filters.query()) - limit
            if archived > 0:
                prev = Urls.archive(
                    ext,
                    math.ceil(archived / limit),
                    tag=filters.tag or None,
                    place=filters.place or None,
                )
        meta = _meta(
            _feed_title(filters, topic()),
            filters.feed_path(ext),
            _page_path(filters),
            events,
            stamp,
        )
        meta = FeedMeta(**{**meta.__dict__, "prev_archive_path": prev, "next_page_path": prev})
        fmt = FORMATS[ext]
        return Representation(fmt.render(events, meta, site.urls), fmt.media_type, stamp)

    return _serve(make)


@blueprint.get("/feeds/events-<int:number>.<ext>")
def site_archive(number: int, ext: str) -> Response:
    """An archive page of the site's feed."""
    return _archive(ext, number, Filters())


@blueprint.get("/tags/<slug>/events-<int:number>.<ext>")
def tag_archive(slug: str, number: int, ext: str) -> Response:
    """An archive page of a tag's feed."""
    return _archive(ext, number, Filters(tag=slug), lambda: f"tagged “{_facet_name('tags', slug)}”")


@blueprint.get("/places/<slug>/events-<int:number>.<ext>")
def place_archive(slug: str, number: int, ext: str) -> Response:
    """An archive page of a place's feed."""
    return _archive(ext, number, Filters(place=slug), lambda: f"in {_facet_name('places', slug)}")


def _archive(ext: str, number: int, filters: Filters, topic: Callable[[], str] = str) -> Response:
    """Archive page `number` (1 is the oldest) of a feed (RFC 5005).

    Records are numbered oldest first by record time; page n holds positions
    ``(n-1)*limit .. n*limit-1`` of those older than the current document's, so a full
    page keeps its contents as new records arrive.
    """
    if ext not in ARCHIVE_EXTENSIONS:
        abort(404, description=f"The {ext} feed has no archive pages.")
    site = _site()
    limit = site.settings.feeds_limit
    tag, place = filters.tag or None, filters.place or None

    def make(stamp: datetime) -> Representation:
        """Render one archive page (404 beyond the last)."""
        store = _store()
        total = store.count(filters.query())
        archived = max(0, total - limit)
        pages = math.ceil(archived / limit)
        if not 1 <= number <= pages:
            abort(404, description=f"This feed has {pages} archive page(s), not {number}.")
        low, high = (number - 1) * limit, min(number * limit, archived)
        events = store.query(filters.query(limit=high - low, offset=total - high, order="recent"))
        prev = Urls.archive(ext, number - 1, tag=tag, place=place) if number > 1 else None
        meta = _meta(
            f"{_feed_title(filters, topic())} (archive {number})",
            Urls.archive(ext, number, tag=tag, place=place),
            _page_path(filters),
            events,
            stamp,
        )
        meta = FeedMeta(
            **{
                **meta.__dict__,
                "prev_archive_path": prev,
                "next_page_path": prev,
                "current_path": filters.feed_path(ext),
                "next_archive_path": Urls.archive(ext, number + 1, tag=tag, place=place)
                if number < pages
                else None,
            }
        )
        fmt = FORMATS[ext]
        return Representation(fmt.render(events, meta, site.urls), fmt.media_type, stamp)

    return _serve(make)


def _searched(filters: Filters) -> bool:
    """Whether a view is narrowed by more than its tag or place."""
    return bool(filters.publisher or filters.q or filters.since or filters.until)


def _feed_title(filters: Filters, topic: str) -> str:
    """The feed's title: the site's, with its topic and search."""
    title = _site().settings.site_title
    if topic:
        title += f": events {topic}"
    details = []
    if filters.q:
        details.append(f"“{filters.q}”")
    if filters.publisher:
        details.append(f"from {filters.publisher}")
    if filters.since or filters.until:
        details.append(f"{filters.since or '…'} to {filters.until or '…'}")
    return title + (" — " + ", ".join(details) if details else "")


def _page_path(filters: Filters) -> str:
    """The page a feed mirrors."""
    if filters.tag and not (filters.place or _searched(filters)):
        return Urls.tag(filters.tag)
    if filters.place and not (filters.tag or _searched(filters)):
        return Urls.place(filters.place)
    return filters.first_page().link(order="")


def _meta(
    title: str, self_path: str, page_path: str, events: list[Event], stamp: datetime
) -> FeedMeta:
    """Feed metadata from the settings; `updated` is the newest record among `events`."""
    settings = _site().settings
    return FeedMeta(
        title=title,
        subtitle=settings.site_description,
        author=settings.site_author,
        base_url=settings.site_base_url,
        self_path=self_path,
        page_path=page_path,
        updated=max((e.updated for e in events), default=stamp),
        timezone=settings.site_timezone,
        hub_url=settings.feeds_hub_url or None,
        include_coarse=settings.calendar_include_coarse,
        refresh_minutes=settings.calendar_refresh_minutes,
    )


@blueprint.get("/static/<name>")
def static_file(name: str) -> Response:
    """A stylesheet, script or icon shipped with the app."""
    path = STATIC_DIR / name
    if name.startswith(".") or not path.is_file():
        abort(404, description="There is no such file.")

    def make(_stamp: datetime) -> Representation:
        """Read the file."""
        media_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
        mtime = datetime.fromtimestamp(path.stat().st_mtime, UTC)
        return Representation(path.read_bytes(), media_type, mtime)

    return _serve(make)


def static_names() -> list[str]:
    """The files served under ``/static/`` (for the export)."""
    return sorted(
        p.name for p in STATIC_DIR.iterdir() if p.is_file() and not p.name.startswith(".")
    )


@blueprint.app_template_filter("when")
def _when_filter(event: Event) -> str:
    """An event's date as people write it."""
    return format_when(event.when)


@blueprint.app_template_filter("day")
def _day_filter(day: date) -> str:
    """A publication day as people write it."""
    return format_day(day)


@blueprint.app_template_filter("record_time")
def _record_time_filter(moment: datetime) -> str:
    """A record time in the site's timezone."""
    return format_record_time(moment, _site().settings.site_timezone)


@blueprint.app_template_global("slug")
def _slug(name: str) -> str:
    """The URL slug of a tag or place name."""
    return slugify(name)


@blueprint.app_context_processor
def _globals() -> dict[str, Any]:
    """Values every template sees."""
    site = _site()
    return {"settings": site.settings, "urls": site.urls, "Urls": Urls, "feed_names": FEED_NAMES}


def register_errors(app: Flask) -> None:
    """Show 400, 404 and 500 as pages in the site's style."""

    @app.errorhandler(InputError)
    def bad_input(error: InputError) -> tuple[str, int]:
        """A parameter that cannot be used, named on the page."""
        return _error_page(
            400, "Bad request", f"The parameter “{error.where}” {error.reason}."
        ), 400

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException) -> tuple[str, int]:
        """404 and the other HTTP errors."""
        code = error.code or 500
        title = "Page not found" if code == 404 else (error.name or "Error")
        return _error_page(code, title, error.description or ""), code

    @app.errorhandler(Exception)
    def server_error(error: Exception) -> tuple[str, int]:
        """A bug: logged with its traceback by Flask, a plain page for the reader."""
        current_app.logger.exception("error serving %s", request.path)
        return _error_page(
            500, "Something went wrong", "The page could not be built. Try again later."
        ), 500


def _error_page(code: int, title: str, message: str) -> str:
    """An error page; it still offers the site's feeds."""
    return render_template(
        "error.html", code=code, title=title, message=message, feeds=_feed_links(Filters())
    )
