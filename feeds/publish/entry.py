"""The one mapping from an event to the fields every feed format shows for it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from html import escape

from feeds.display import as_utc, format_day, format_when, strip_controls
from feeds.types import Event, Source
from feeds.urls import Urls


@dataclass(frozen=True)
class EntryFields:
    """What a feed entry says about one event, cleaned of control characters.

    Attributes:
        id: the event's stable id as a URI: the absolute URL of its page.
        url: the absolute URL of the event's page.
        title: the date as shown, then the event's title ("26 October 2024: Forum opens").
        when: the event's date as shown ("26 October 2024", "March 2024").
        summary: the event's summary as plain text.
        content_html: an HTML fragment: the date, the summary, every source and its sentence.
        content_text: the same as plain text.
        categories: the event's tags, then its places.
        published: when the event was first seen (aware UTC).
        updated: when the event last changed (aware UTC).
    """

    id: str
    url: str
    title: str
    when: str
    summary: str
    content_html: str
    content_text: str
    categories: tuple[str, ...]
    published: datetime
    updated: datetime


def entry_fields(event: Event, urls: Urls) -> EntryFields:
    """The feed fields of one event.

    Args:
        event: the event; its record times must be timezone-aware.
        urls: the site's URL builder (absolute URLs come from its base URL).

    Returns:
        The fields every renderer uses for the event.

    Raises:
        ValueError: a record time is naive.
    """
    url = urls.absolute(urls.event(event.id))
    when = format_when(event.when)
    title = strip_controls(event.title).strip()
    summary = strip_controls(event.summary).strip()
    categories = tuple(
        dict.fromkeys(strip_controls(c).strip() for c in (*event.tags, *event.places) if c.strip())
    )
    return EntryFields(
        id=url,
        url=url,
        title=f"{when}: {title}",
        when=when,
        summary=summary,
        content_html=_content_html(event, when, summary, urls),
        content_text=_content_text(event, when, summary, urls),
        categories=categories,
        published=as_utc(event.first_seen),
        updated=as_utc(event.updated),
    )


def _source_line(source: Source) -> tuple[str, str]:
    """A source as (headline, "publisher, day") in plain text."""
    title = strip_controls(source.title).strip()
    byline = format_day(source.published)
    if source.publisher:
        byline = f"{strip_controls(source.publisher).strip()}, {byline}"
    return title, byline


def _content_html(event: Event, when: str, summary: str, urls: Urls) -> str:
    """The entry's HTML fragment; every piece of article text is escaped."""
    parts = [f"<p><strong>{escape(when)}</strong></p>", f"<p>{escape(summary)}</p>"]
    if event.sources:
        items = []
        for source in event.sources:
            title, byline = _source_line(source)
            href = escape(urls.absolute(urls.source(source.document)))
            sentence = strip_controls(source.sentence).strip()
            items.append(
                f'<li><a href="{href}">{escape(title)}</a> ({escape(byline)}): '
                f"\u201c{escape(sentence)}\u201d</li>"
            )
        parts.append("<p>Sources:</p>")
        parts.append("<ul>" + "".join(items) + "</ul>")
    return "\n".join(parts)


def _content_text(event: Event, when: str, summary: str, urls: Urls) -> str:
    """The entry's plain-text content, for calendars and JSON Feed readers without HTML."""
    lines = [when, "", summary]
    if event.sources:
        lines += ["", "Sources:"]
        for source in event.sources:
            title, byline = _source_line(source)
            sentence = strip_controls(source.sentence).strip()
            lines.append(f"- {title} ({byline}): \u201c{sentence}\u201d")
            lines.append(f"  {urls.absolute(urls.source(source.document))}")
    return "\n".join(lines)
