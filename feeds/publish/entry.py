"""The one mapping from an event to the fields every feed format shows for it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from html import escape, unescape

from feeds.display import as_utc, format_day, format_when, strip_controls
from feeds.types import Event
from feeds.urls import Urls

# An HTML start or end tag: "<b>", "</b>", "<a href=...>" (not "<5%" nor "a < b").
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")


@dataclass(frozen=True)
class EntryFields:
    """What a feed entry says about one event, cleaned of control characters.

    Attributes:
        id: the event's stable id as a URI: the absolute URL of its page.
        url: the absolute URL of the event's page.
        title: the date as shown, then the headline ("26 October 2024: Forum opens").
        headline: the event's title alone, as plain text (calendars show the date apart).
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
    headline: str
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
    headline = plain_text(event.title)
    # "The 1990s: ...", "Autumn 2025: ...": the date opens the title.
    opening = when[:1].upper() + when[1:]
    summary = strip_controls(event.summary).strip()
    cited = _cited(event, summary, urls)
    categories = tuple(dict.fromkeys(filter(None, map(plain_text, (*event.tags, *event.places)))))
    return EntryFields(
        id=url,
        url=url,
        title=f"{opening}: {headline}" if headline else opening,
        headline=headline,
        when=when,
        summary=summary,
        content_html=_content_html(when, summary, cited),
        content_text=_content_text(when, summary, cited),
        categories=categories,
        published=as_utc(event.first_seen),
        updated=as_utc(event.updated),
    )


def plain_text(text: str) -> str:
    """Text for a plain-text field (a title, a category): no markup, no controls.

    Article files are plain text, so a tag or a character reference (``&#39;``) in them is
    debris from the page they were copied from: readers would show it literally, and feed
    validators flag markup in plain-text fields. References are decoded, tags dropped.
    """
    return " ".join(strip_controls(_TAG.sub("", unescape(text))).split())


@dataclass(frozen=True)
class _Cited:
    """One source as an entry cites it, in plain text."""

    title: str
    byline: str
    url: str
    quote: str | None


def _cited(event: Event, summary: str, urls: Urls) -> list[_Cited]:
    """The event's sources: headline, "publisher, day", link, and the sentence it reports.

    A sentence identical to the summary is not quoted again.
    """
    cited = []
    for source in event.sources:
        byline = format_day(source.published)
        if source.publisher:
            byline = f"{strip_controls(source.publisher).strip()}, {byline}"
        sentence = strip_controls(source.sentence).strip()
        cited.append(
            _Cited(
                title=strip_controls(source.title).strip(),
                byline=byline,
                url=urls.absolute(urls.source(source.document)),
                quote=sentence if sentence and sentence != summary else None,
            )
        )
    return cited


def _content_html(when: str, summary: str, cited: list[_Cited]) -> str:
    """The entry's HTML fragment; every piece of article text is escaped."""
    parts = [f"<p><strong>{escape(when, False)}</strong></p>", f"<p>{escape(summary, False)}</p>"]
    if cited:
        items = []
        for source in cited:
            item = f'<a href="{escape(source.url)}">{escape(source.title, False)}</a>'
            item += f" ({escape(source.byline, False)})"
            if source.quote:
                item += f": \u201c{escape(source.quote, False)}\u201d"
            items.append(f"<li>{item}</li>")
        parts.append("<p>Sources:</p>")
        parts.append("<ul>" + "".join(items) + "</ul>")
    return "\n".join(parts)


def _content_text(when: str, summary: str, cited: list[_Cited]) -> str:
    """The entry's plain-text content, for calendars and JSON Feed readers without HTML."""
    lines = [when, "", summary]
    if cited:
        lines += ["", "Sources:"]
        for source in cited:
            line = f"- {source.title} ({source.byline})"
            if source.quote:
                line += f": \u201c{source.quote}\u201d"
            lines += [line, f"  {source.url}"]
    return "\n".join(lines)
