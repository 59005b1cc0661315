"""Atom (RFC 4287) feeds, serialised by feedgen."""

from __future__ import annotations

from collections.abc import Sequence

from feeds.publish import syndication
from feeds.types import Event, FeedMeta
from feeds.urls import Urls

MEDIA_TYPE = "application/atom+xml; charset=utf-8"


def render(events: Sequence[Event], meta: FeedMeta, urls: Urls) -> bytes:
    """An Atom feed of the events, in the order given.

    Args:
        events: the events, newest record first.
        meta: what the feed says about itself (links, paging, archive marking).
        urls: the site's URL builder.

    Returns:
        The UTF-8 XML document.
    """
    fg = syndication.build(events, meta, urls, "application/atom+xml")
    data: bytes = fg.atom_str(pretty=True, encoding="UTF-8")
    return data
