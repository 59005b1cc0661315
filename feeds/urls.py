"""Every URL path of the site, built in one place for the web app, the feeds and the export."""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlencode

#: Feed formats by file extension, in the order they are offered to people.
FEED_EXTENSIONS = ("atom", "rss", "json", "ics")

_NON_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(name: str) -> str:
    """A URL slug for a tag or place name: ASCII lower case words joined by hyphens."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return _NON_SLUG.sub("-", ascii_name.lower()).strip("-")


class Urls:
    """Builds site paths and, with the configured base URL, absolute URLs."""

    def __init__(self, base_url: str) -> None:
        """Remember the public base URL (no trailing slash)."""
        self.base_url = base_url.rstrip("/")

    def absolute(self, path: str) -> str:
        """The absolute URL of a site path."""
        return self.base_url + path

    def webcal(self, path: str) -> str:
        """The ``webcal://`` URL calendar apps subscribe to for a calendar path."""
        return "webcal://" + self.absolute(path).split("://", 1)[1]

    def google_calendar(self, path: str) -> str:
        """The "add to Google Calendar" URL for a calendar path."""
        return "https://calendar.google.com/calendar/r?" + urlencode({"cid": self.webcal(path)})

    @staticmethod
    def home(**query: str) -> str:
        """The timeline page, with filters as query parameters (empty ones left out)."""
        return "/" + _query(query)

    @staticmethod
    def home_page(number: int) -> str:
        """Page `number` of the whole timeline as a path, so static hosts can serve it."""
        return "/" + _page_suffix(number).lstrip("/")

    @staticmethod
    def event(event_id: str) -> str:
        """The page of one event."""
        return f"/events/{event_id}"

    @staticmethod
    def event_calendar(event_id: str) -> str:
        """The single-event calendar file ("add to calendar")."""
        return f"/events/{event_id}.ics"

    @staticmethod
    def tag(slug: str, page: int = 1) -> str:
        """Page `page` of one tag's timeline."""
        return f"/tags/{slug}" + _page_suffix(page)

    @staticmethod
    def place(slug: str, page: int = 1) -> str:
        """Page `page` of one place's timeline."""
        return f"/places/{slug}" + _page_suffix(page)

    @staticmethod
    def source(document_id: str) -> str:
        """The page of one source article."""
        return f"/sources/{document_id}"

    @staticmethod
    def feed(ext: str, tag: str | None = None, place: str | None = None, **query: str) -> str:
        """A feed path: the site's, a tag's or a place's, with other filters as query.

        With both a tag and a place, the tag names the path and the place goes into the query.
        """
        if ext not in FEED_EXTENSIONS:
            raise ValueError(f"unknown feed format {ext!r}")
        if tag:
            prefix = f"/tags/{tag}"
            query = {**query, "place": place or ""}
        elif place:
            prefix = f"/places/{place}"
        else:
            prefix = "/feeds"
        return f"{prefix}/events.{ext}" + _query(query)

    @staticmethod
    def archive(ext: str, page: int, tag: str | None = None, place: str | None = None) -> str:
        """An archive page of older feed entries (RFC 5005), numbered from 1 (oldest)."""
        base = Urls.feed(ext, tag=tag, place=place)
        stem, _, suffix = base.rpartition(".")
        return f"{stem}-{page}.{suffix}"


def _page_suffix(number: int) -> str:
    """The path suffix of a page of a timeline: nothing for the first page."""
    if number < 1:
        raise ValueError(f"page numbers start at 1, not {number}")
    return "" if number == 1 else f"/page/{number}"


def _query(params: dict[str, str]) -> str:
    """A ``?a=b`` query string of the non-empty parameters, in a stable order."""
    items = sorted((k, v) for k, v in params.items() if v)
    return "?" + urlencode(items) if items else ""
