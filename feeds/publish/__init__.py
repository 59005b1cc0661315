"""The feed serialisers, registered by file extension: pure (events, feed metadata) -> bytes."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from feeds.publish import atom, ical, jsonfeed, rss
from feeds.types import Event, FeedMeta
from feeds.urls import Urls

#: A serialiser: the events in the order given, the feed's metadata, the site's URL builder.
Render = Callable[[Sequence[Event], FeedMeta, Urls], bytes]


@dataclass(frozen=True)
class Format:
    """One feed format: its serialiser and the media type it is served with."""

    render: Render
    media_type: str


#: Every feed format by file extension (the extensions of `feeds.urls.FEED_EXTENSIONS`).
FORMATS: dict[str, Format] = {
    "atom": Format(atom.render, atom.MEDIA_TYPE),
    "rss": Format(rss.render, rss.MEDIA_TYPE),
    "json": Format(jsonfeed.render, jsonfeed.MEDIA_TYPE),
    "ics": Format(ical.render, ical.MEDIA_TYPE),
}

__all__ = ["FORMATS", "Format", "Render"]
