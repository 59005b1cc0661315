"""How dates, record times and article text are shown to people, on the page and in the feeds."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from feeds.timex.values import to_when
from feeds.types import When

# Our own names, so output never depends on the process locale.
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
_HALVES = {"1": "first half", "2": "second half"}

_WEEK = re.compile(r"^\d{4}-W(\d{2})(-WE)?$")
_SEASON = re.compile(r"^\d{4}-(SP|SU|FA|WI)$")
_QUARTER = re.compile(r"^\d{4}-Q([1-4])$")
_HALF = re.compile(r"^\d{4}-H([12])$")

# C0 and C1 controls except tab and newline, and the code points XML 1.0 cannot carry.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")

#: The dash between the ends of a range ("20–24 November 2024").
DASH = "\u2013"


def strip_controls(text: str) -> str:
    """Article text without control characters (tab and newline kept), safe for XML and ICS."""
    return _CONTROLS.sub("", text)


def format_day(day: date) -> str:
    """A day as "26 October 2024"."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def format_record_time(moment: datetime, timezone: str = "UTC") -> str:
    """A record time in the site's timezone, as "28 October 2024, 10:15 UTC"."""
    local = moment.astimezone(ZoneInfo(timezone))
    return f"{format_day(local.date())}, {local:%H:%M} {local.tzname()}"


def as_utc(moment: datetime) -> datetime:
    """A record time in UTC, as every output shows it.

    Sub-second digits are kept: they are what tells apart records written in one run
    (readers and the feed validator flag entries that share an ``updated`` value).

    Raises:
        ValueError: the datetime is naive (record times must be timezone-aware).
    """
    if moment.tzinfo is None:
        raise ValueError(f"record time {moment.isoformat()} has no timezone")
    return moment.astimezone(UTC)


def rfc3339(moment: datetime) -> str:
    """A record time as RFC 3339 in UTC ("2024-10-28T10:15:00+00:00")."""
    return as_utc(moment).isoformat()


def format_when(when: When) -> str:
    """The date of an event at exactly its precision, as a person writes it.

    Args:
        when: the event's interval; ranges (``A/B`` values) are shown as ranges.

    Returns:
        "26 October 2024", "March 2024", "20–24 November 2024", "28 October – 2 November
        2024", "Q2 2025", "autumn 2025", "first half of 2025", "week 14, 2025", "2023",
        "the 1990s", "the 20th century"; an interval whose value is unknown is shown
        by its first and last day.
    """
    if "/" in when.value:
        first, _, last = when.value.partition("/")
        a, b = to_when(first), to_when(last)
        if a is not None and b is not None:
            return _format_range(a, b)
        return _format_days(when.start, when.end)
    return _format_single(when)


def _format_single(when: When) -> str:
    """One value (not a range) at its granularity."""
    start, value = when.start, when.value
    if when.granularity == "day":
        return _format_days(start, when.end)
    if when.granularity == "month":
        return f"{MONTHS[start.month - 1]} {start.year}"
    if when.granularity == "year":
        return str(start.year)
    if when.granularity == "week" and (m := _WEEK.match(value)):
        if m[2]:
            return f"the weekend of {_format_days(when.start, when.end)}"
        return f"week {int(m[1])}, {when.start.isocalendar().year}"
    if when.granularity == "season" and (m := _SEASON.match(value)):
        name = _SEASONS[m[1]]
        if when.end.year != start.year:
            return f"{name} {start.year}{DASH}{str(when.end.year)[-2:]}"
        return f"{name} {start.year}"
    if when.granularity == "quarter" and (m := _QUARTER.match(value)):
        return f"Q{m[1]} {start.year}"
    if when.granularity == "half" and (m := _HALF.match(value)):
        return f"{_HALVES[m[1]]} of {start.year}"
    if when.granularity == "decade":
        return f"the {when.end.year // 10 * 10}s"
    if when.granularity == "century":
        return f"the {_ordinal(when.end.year // 100 + 1)} century"
    return _format_days(when.start, when.end)


def _format_range(a: When, b: When) -> str:
    """A range from `a` to `b`, sharing the year (and month) the ends have in common."""
    if a.granularity == b.granularity == "day":
        return _format_days(a.start, b.end)
    if a.granularity == b.granularity == "month":
        first, last = MONTHS[a.start.month - 1], MONTHS[b.start.month - 1]
        if a.start.year == b.start.year:
            return f"{first}{DASH}{last} {a.start.year}"
        return f"{first} {a.start.year} {DASH} {last} {b.start.year}"
    if a.granularity == b.granularity == "year":
        return f"{a.start.year}{DASH}{b.start.year}"
    return f"{_format_single(a)} {DASH} {_format_single(b)}"


def _format_days(start: date, end: date) -> str:
    """Days `start` to `end` inclusive: "20–24 November 2024", "28 October – 2 November 2024"."""
    if start == end:
        return format_day(start)
    if start.year != end.year:
        return f"{format_day(start)} {DASH} {format_day(end)}"
    if start.month != end.month:
        return f"{start.day} {MONTHS[start.month - 1]} {DASH} {format_day(end)}"
    return f"{start.day}{DASH}{format_day(end)}"


def _ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 4th ... 11th, 12th, 13th, 21st."""
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
