"""The feedgen model of a feed, shared by the Atom and RSS serialisers."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from email.utils import format_datetime
from typing import Any

from feedgen.ext.base import BaseEntryExtension, BaseExtension
from feedgen.feed import FeedGenerator
from lxml import etree

from feeds.display import as_utc, rfc3339, strip_controls
from feeds.publish.entry import EntryFields, entry_fields
from feeds.types import Event, FeedMeta
from feeds.urls import Urls

ATOM_NS = "http://www.w3.org/2005/Atom"
#: RFC 5005 feed history namespace (``fh:archive`` marks an archive page).
HISTORY_NS = "http://purl.org/syndication/history/1.0"
_EXTENSION = "timeline"


def rfc822(moment: datetime) -> str:
    """A record time as RFC 822 with ``+0000``, without touching the process locale."""
    return format_datetime(as_utc(moment))


class _FeedExtension(BaseExtension):  # type: ignore[misc]
    """Feed-level elements feedgen has no setter for: paging links, dates, ``fh:archive``."""

    def __init__(self) -> None:
        """Start with nothing to add."""
        self.links: list[tuple[str, str]] = []
        self.archive = False
        self.last_build: datetime | None = None

    def extend_ns(self) -> dict[str, str]:
        """The namespaces of the added elements."""
        return {"fh": HISTORY_NS} if self.archive else {}

    def extend_atom(self, feed: Any) -> Any:
        """Mark an archive page (RFC 5005 section 4)."""
        if self.archive:
            etree.SubElement(feed, f"{{{HISTORY_NS}}}archive")
        return feed

    def extend_rss(self, feed: Any) -> Any:
        """Add the channel's lastBuildDate, atom:links beyond self, and ``fh:archive``."""
        channel = feed.find("channel")
        if self.last_build is not None:
            etree.SubElement(channel, "lastBuildDate").text = rfc822(self.last_build)
        for rel, href in self.links:
            etree.SubElement(channel, f"{{{ATOM_NS}}}link", rel=rel, href=href)
        if self.archive:
            etree.SubElement(channel, f"{{{HISTORY_NS}}}archive")
        return feed


class _EntryExtension(BaseEntryExtension):  # type: ignore[misc]
    """First-seen time as Atom published and RSS pubDate, without feedgen's locale switch."""

    def __init__(self) -> None:
        """Start with no date."""
        self.published: datetime | None = None

    def extend_atom(self, entry: Any) -> Any:
        """Add published to the Atom entry."""
        if self.published is not None:
            # feedgen writes Atom elements unqualified under a literal xmlns attribute.
            etree.SubElement(entry, "published").text = rfc3339(self.published)
        return entry

    def extend_rss(self, item: Any) -> Any:
        """Add pubDate to the item."""
        if self.published is not None:
            etree.SubElement(item, "pubDate").text = rfc822(self.published)
        return item


def build(events: Sequence[Event], meta: FeedMeta, urls: Urls, media_type: str) -> Any:
    """A FeedGenerator holding the feed and its entries in the order given.

    Args:
        events: the events, newest record first.
        meta: what the feed says about itself.
        urls: the site's URL builder.
        media_type: the feed's own media type, for its self link.

    Returns:
        The FeedGenerator; the caller serialises it with `atom_str` or `rss_str`.
    """
    fg = FeedGenerator()
    fg.register_extension(_EXTENSION, _FeedExtension, _EntryExtension, atom=True, rss=True)
    ext: _FeedExtension = getattr(fg, _EXTENSION)
    self_url = urls.absolute(meta.self_path)
    page_url = urls.absolute(meta.page_path)
    # An archive page shares the id of the feed it belongs to (RFC 5005): one feed, many pages.
    fg.id(urls.absolute(meta.current_path or meta.self_path))
    fg.title(strip_controls(meta.title))
    fg.subtitle(strip_controls(meta.subtitle))
    fg.description(strip_controls(meta.subtitle))
    fg.author(name=strip_controls(meta.author))
    fg.generator("Timeline")
    fg.updated(as_utc(meta.updated))
    fg.link(href=self_url, rel="self", type=media_type)
    paging = [
        ("hub", meta.hub_url),
        ("current", meta.current_path and urls.absolute(meta.current_path)),
        ("prev-archive", meta.prev_archive_path and urls.absolute(meta.prev_archive_path)),
        ("next-archive", meta.next_archive_path and urls.absolute(meta.next_archive_path)),
    ]
    for rel, href in paging:
        if href:
            fg.link(href=href, rel=rel)
            ext.links.append((rel, href))
    # feedgen takes the RSS channel link from the last link added: the page goes last.
    fg.link(href=page_url, rel="alternate", type="text/html")
    ext.archive = meta.current_path is not None
    ext.last_build = meta.updated
    for event in events:
        _add_entry(fg, entry_fields(event, urls))
    return fg


def _add_entry(fg: Any, fields: EntryFields) -> None:
    """Append one entry (feedgen prepends by default, which would reverse the order)."""
    fe = fg.add_entry(order="append")
    fe.id(fields.id)
    fe.title(fields.title)
    fe.link(href=fields.url, rel="alternate", type="text/html")
    # Atom content and RSS description both carry the HTML.
    fe.content(fields.content_html, type="html")
    fe.updated(fields.updated)
    for term in fields.categories:
        fe.category(term=term)
    getattr(fe, _EXTENSION).published = fields.published
