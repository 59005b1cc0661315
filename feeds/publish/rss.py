"""RSS 2.0 feeds, serialised by feedgen."""

from __future__ import annotations

from collections.abc import Sequence

from feeds.publish import syndication
from feeds.types import Event, FeedMeta
from feeds.urls import Urls

MEDIA_TYPE = "application/rss+xml; charset=utf-8"


def render(events: Sequence[Event], meta: FeedMeta, urls: Urls) -> bytes:
    """An RSS 2.0 feed of the events, in the order given.

    Args:
        events: the events, newest record first.
        meta: what the feed says about itself (links, paging, archive marking).
        urls: the site's URL builder.

    Returns:
        The UTF-8 XML document.
    """
    fg = syndication.build(events, meta, urls, "application/rss+xml")
    # feedgen formats lastBuildDate by switching the process locale; the extension in
    # `syndication` writes it instead, so feedgen's own value (by default the render
    # time) is cleared.
    fg._FeedGenerator__rss_lastBuildDate = None
    data: bytes = fg.rss_str(pretty=True, encoding="UTF-8")
    return data
