"""iCalendar (RFC 5545) calendars of events, serialised by icalendar."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from icalendar import TRANSP, Calendar, vDuration
from icalendar import Event as VEvent

from feeds.display import as_utc, strip_controls
from feeds.publish.entry import entry_fields
from feeds.types import Event, FeedMeta
from feeds.urls import Urls

MEDIA_TYPE = "text/calendar; charset=utf-8"
PRODID = "-//Timeline//Timeline events//EN"

#: Granularities precise enough for a calendar without `FeedMeta.include_coarse`.
CALENDAR_GRANULARITIES = frozenset({"day"})


def in_calendar(event: Event, include_coarse: bool) -> bool:
    """Whether the event goes into a calendar: day precision, or any with `include_coarse`."""
    return include_coarse or event.when.granularity in CALENDAR_GRANULARITIES


def render(events: Sequence[Event], meta: FeedMeta, urls: Urls) -> bytes:
    """An iCalendar of the events as all-day events, in the order given.

    Args:
        events: the events; one event makes the "add to calendar" file.
        meta: what the calendar says about itself; events coarser than a day
            (month, quarter, year ...) are left out unless ``meta.include_coarse``,
            and then span every day their date covers.
        urls: the site's URL builder.

    Returns:
        The UTF-8 calendar: CRLF line ends, lines folded at 75 octets.
    """
    name = strip_controls(meta.title)
    refresh = timedelta(minutes=meta.refresh_minutes)
    calendar = Calendar.new(
        prodid=PRODID,
        uid=urls.absolute(meta.current_path or meta.self_path),
        name=name,
        description=strip_controls(meta.subtitle),
        url=urls.absolute(meta.page_path),
        source=urls.absolute(meta.self_path),
        last_modified=as_utc(meta.updated),
        method="PUBLISH",
        calscale="GREGORIAN",
    )
    # RFC 7986 requires the VALUE parameter, which icalendar leaves out as the default type;
    # X-PUBLISHED-TTL is the same hint for Apple Calendar and Outlook.
    calendar.add("REFRESH-INTERVAL", refresh, parameters={"VALUE": "DURATION"})
    calendar.add("X-PUBLISHED-TTL", vDuration(refresh))
    for event in events:
        if in_calendar(event, meta.include_coarse):
            calendar.add_component(_vevent(event, urls))
    calendar.add_missing_timezones()
    data: bytes = calendar.to_ical()
    return data


def _vevent(event: Event, urls: Urls) -> VEvent:
    """One event as an all-day VEVENT over the days its date covers (DTEND exclusive)."""
    fields = entry_fields(event, urls)
    vevent = VEvent.new(
        uid=fields.id,
        stamp=fields.updated,
        created=fields.published,
        last_modified=fields.updated,
        sequence=event.sequence,
        start=event.when.start,
        end=event.when.end + timedelta(days=1),
        summary=fields.headline,
        description=fields.content_text,
        url=fields.url,
        # A tuple: icalendar writes an empty CATEGORIES line for an empty list.
        categories=fields.categories,
        location=", ".join(strip_controls(p) for p in event.places) or None,
        transparency=TRANSP.TRANSPARENT,
    )
    return vevent
