"""JSON Feed 1.1 documents."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from feeds.display import rfc3339, strip_controls
from feeds.publish.entry import entry_fields
from feeds.types import Event, FeedMeta
from feeds.urls import Urls

MEDIA_TYPE = "application/feed+json; charset=utf-8"
VERSION = "https://jsonfeed.org/version/1.1"


def render(events: Sequence[Event], meta: FeedMeta, urls: Urls) -> bytes:
    """A JSON Feed 1.1 document of the events, in the order given.

    Args:
        events: the events, newest record first.
        meta: what the feed says about itself; ``next_page_path`` becomes ``next_url``.
        urls: the site's URL builder.

    Returns:
        The UTF-8 JSON document. Each item carries the event's date in ``_timeline``
        (value, first and last day, granularity, as shown).
    """
    feed: dict[str, Any] = {
        "version": VERSION,
        "title": strip_controls(meta.title),
        "home_page_url": urls.absolute(meta.page_path),
        "feed_url": urls.absolute(meta.self_path),
        "description": strip_controls(meta.subtitle),
        "authors": [{"name": strip_controls(meta.author)}],
    }
    if meta.next_page_path:
        feed["next_url"] = urls.absolute(meta.next_page_path)
    if meta.hub_url:
        feed["hubs"] = [{"type": "WebSub", "url": meta.hub_url}]
    feed["items"] = [_item(event, urls) for event in events]
    return (json.dumps(feed, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _item(event: Event, urls: Urls) -> dict[str, Any]:
    """One event as a JSON Feed item."""
    fields = entry_fields(event, urls)
    item: dict[str, Any] = {
        "id": fields.id,
        "url": fields.url,
        "title": fields.title,
        "summary": fields.summary,
        "content_html": fields.content_html,
        "content_text": fields.content_text,
        "date_published": rfc3339(fields.published),
        "date_modified": rfc3339(fields.updated),
    }
    if fields.categories:
        item["tags"] = list(fields.categories)
    # Custom extension keys start with an underscore (JSON Feed 1.1, "Extensions").
    item["_timeline"] = {
        "when": fields.when,
        "value": event.when.value,
        "start": event.when.start.isoformat(),
        "end": event.when.end.isoformat(),
        "granularity": event.when.granularity,
    }
    return item
