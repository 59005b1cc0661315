"""TimeML values as day intervals: ``2024-03`` is 1 to 31 March 2024, at month precision."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from feeds.types import When

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(?:-WE)?$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")

# Meteorological seasons of the northern hemisphere; winter runs into the next year.
_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def _month_end(year: int, month: int) -> date:
    """The last day of a month."""
    return date(year, month, calendar.monthrange(year, month)[1])


def to_when(value: str) -> When | None:
    """The day interval a TimeML date value covers, or None when it names no interval.

    Args:
        value: a TimeML value, or two joined by ``/`` for a range.

    Returns:
        A `When` with inclusive ends, or None for durations, sets, ``*_REF`` values,
        unanchored (``XXXX``) values and impossible dates.
    """
    if "/" in value:
        first, _, last = value.partition("/")
        a, b = to_when(first), to_when(last)
        if a is None or b is None or b.end < a.start:
            return None
        return When(value, a.start, b.end, a.granularity)
    try:
        return _interval(value)
    except (ValueError, OverflowError):
        return None


def _interval(value: str) -> When | None:
    """Match one value against each calendar form; ValueError for impossible dates."""
    if m := _DAY.match(value):
        day = date(int(m[1]), int(m[2]), int(m[3]))
        return When(value, day, day, "day")
    if m := _MONTH.match(value):
        year, month = int(m[1]), int(m[2])
        return When(value, date(year, month, 1), _month_end(year, month), "month")
    if m := _YEAR.match(value):
        year = int(m[1])
        return When(value, date(year, 1, 1), date(year, 12, 31), "year")
    if m := _QUARTER.match(value):
        year, q = int(m[1]), int(m[2])
        return When(value, date(year, 3 * q - 2, 1), _month_end(year, 3 * q), "quarter")
    if m := _HALF.match(value):
        year, h = int(m[1]), int(m[2])
        return When(value, date(year, 6 * h - 5, 1), _month_end(year, 6 * h), "half")
    if m := _WEEK.match(value):
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if value.endswith("-WE"):
            return When(value, monday + timedelta(days=5), monday + timedelta(days=6), "week")
        return When(value, monday, monday + timedelta(days=6), "week")
    if m := _SEASON.match(value):
        year = int(m[1])
        first, last = _SEASONS[m[2]]
        end_year = year + 1 if last < first else year
        return When(value, date(year, first, 1), _month_end(end_year, last), "season")
    if m := _DECADE.match(value):
        start = int(m[1]) * 10
        return When(value, date(max(start, 1), 1, 1), date(start + 9, 12, 31), "decade")
    if m := _CENTURY.match(value):
        start = int(m[1]) * 100
        return When(value, date(max(start, 1), 1, 1), date(start + 99, 12, 31), "century")
    return None


def span(first: When, last: When) -> When | None:
    """One `When` from the start of `first` to the end of `last` (a range), or None if reversed."""
    if last.end < first.start:
        return None
    return When(f"{first.value}/{last.value}", first.start, last.end, first.granularity)
