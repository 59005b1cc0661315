"""TimeML value arithmetic: values at a granularity, shifts by units, weekdays, holidays."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

#: Granularity codes the tagger uses for values, finest first.
DAY, WEEK, MONTH, QUARTER, HALF, YEAR, DECADE, CENTURY = (
    "D",
    "W",
    "M",
    "Q",
    "H",
    "Y",
    "DE",
    "CE",
)


def safe_date(year: int, month: int, day: int) -> date | None:
    """The date, or None when there is no such day."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def format_value(day: date, granularity: str) -> str:
    """The TimeML value of the period at `granularity` that holds `day`."""
    if granularity == DAY:
        return day.isoformat()
    if granularity == WEEK:
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if granularity == MONTH:
        return f"{day.year:04d}-{day.month:02d}"
    if granularity == QUARTER:
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if granularity == HALF:
        return f"{day.year:04d}-H{(day.month - 1) // 6 + 1}"
    if granularity == DECADE:
        return f"{day.year // 10:03d}"
    if granularity == CENTURY:
        return f"{day.year // 100:02d}"
    return f"{day.year:04d}"


def add_months(day: date, months: int) -> date:
    """`day` moved by whole months, clamped to the end of shorter months."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    year = min(max(year, 1), 9999)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def shift(day: date, unit: str, count: int) -> date:
    """`day` moved by `count` units (D, W, M, Q, H, Y, DE, CE); out-of-range dates are clamped."""
    try:
        if unit == DAY:
            return day + timedelta(days=count)
        if unit == WEEK:
            return day + timedelta(weeks=count)
        months = {MONTH: 1, QUARTER: 3, HALF: 6, YEAR: 12, DECADE: 120, CENTURY: 1200}[unit]
        return add_months(day, months * count)
    except OverflowError:
        return date.max if count > 0 else date.min


def shifted_value(anchor: date, unit: str, count: int) -> str:
    """The value of the period `count` units away from the one holding `anchor`."""
    return format_value(shift(anchor, unit, count), unit)


def weekday_date(anchor: date, weekday: int, direction: int) -> date:
    """The date of an ISO `weekday` near `anchor`: the last (-1), next (1) or this week's (0).

    The anchor's own weekday is the anchor itself whatever the direction, as a reader of a
    report dated Friday takes "Friday" for that day.
    """
    delta = weekday - anchor.isoweekday()
    if delta == 0:
        return anchor
    if direction < 0:
        return anchor + timedelta(days=delta - 7 if delta > 0 else delta)
    if direction > 0:
        return anchor + timedelta(days=delta + 7 if delta < 0 else delta)
    return anchor + timedelta(days=delta)


def month_year(
    anchor: date, month: int, direction: int, reach: int = 11, present: bool = False
) -> int:
    """The year of a month named without one: the last (-1), next (1) or nearest (0) such month.

    As for days, the tense only reaches ten months away (`reach` months are never reached):
    in October, "gave them until November" is the coming November, not the one eleven months
    ago. Without a tense, a month leans to the past, unless a verb in the present tells of it
    (`present`: "is up for re-election in November").
    """
    ahead = (month - anchor.month) % 12
    if direction < 0 and ahead != 12 - reach:
        return anchor.year if month <= anchor.month else anchor.year - 1
    if direction > 0 and ahead != reach:
        return anchor.year if month >= anchor.month else anchor.year + 1
    if ahead == 0:
        return anchor.year
    # News tells of the past more than of the future: a month without a tense is a coming
    # one only when it is a few months off ("by February" in October), else the last one
    # ("from $29.75 in March" in October).
    if ahead <= (6 if present else _MONTHS_AHEAD):
        return anchor.year if month > anchor.month else anchor.year + 1
    return anchor.year if month < anchor.month else anchor.year - 1


#: How many months ahead a month named without a tense or a year may be, at most.
_MONTHS_AHEAD = 4


def day_in_year(anchor: date, month: int, day: int, direction: int) -> date | None:
    """The date of a month and day named without a year, or None when no such day exists."""
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    return pick_day(anchor, candidates, direction)


def pick_day(anchor: date, candidates: list[date], direction: int) -> date | None:
    """Of the days a date without a year may be, the nearest to `anchor`, or the nearest in
    the direction of the tense when that one is less than about ten months away."""
    if not candidates:
        return None
    # News tells of the past more than of the future: of two days about as far away (half a
    # year each way), the one gone by is the likelier.
    nearest = min(candidates, key=lambda c: abs((c - anchor).days) - _PAST_BIAS * (c < anchor))
    # The tense only overrules the nearest such day within ten months: a report dated
    # 26 October that says "was extended to Nov. 16" means the coming 16 November.
    if direction < 0:
        past = [c for c in candidates if c <= anchor and (anchor - c).days <= _TENSE_REACH]
        return max(past) if past else nearest
    if direction > 0:
        future = [c for c in candidates if c >= anchor and (c - anchor).days <= _TENSE_REACH]
        return min(future) if future else nearest
    return nearest


#: How far (days) the tense of a verb may move a day named without its year from the nearest.
_TENSE_REACH = 300
#: How many days nearer a day to come must be than one gone by to be taken without a tense.
_PAST_BIAS = 14


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The `n`-th ISO `weekday` of a month (n = -1: the last one)."""
    if n < 0:
        last = date(year, month, calendar.monthrange(year, month)[1])
        return last - timedelta(days=(last.isoweekday() - weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))


def duration_value(count: float | None, unit: str) -> str:
    """A TimeML duration (``P3D``, ``PT5H``, ``P20Y``, ``PXY``) for a count of units."""
    if unit == DECADE:
        unit, count = YEAR, None if count is None else count * 10
    elif unit == CENTURY:
        unit, count = YEAR, None if count is None else count * 100
    elif unit == "FN":
        unit, count = WEEK, None if count is None else count * 2
    elif unit == "WE":
        unit, count = DAY, None if count is None else count * 2
    elif unit == "ML":
        unit, count = YEAR, None if count is None else count * 1000
    if count is None:
        return f"PTX{'M' if unit == 'MIN' else unit}" if unit in _CLOCK_UNITS else f"PX{unit}"
    parts = {unit: count}
    if count != int(count) and unit in _SMALLER:
        smaller, factor = _SMALLER[unit]
        rest = (count - int(count)) * factor
        if rest == int(rest):
            parts = {unit: int(count), smaller: rest} if int(count) else {smaller: rest}
    date_part = "".join(_number(parts[u]) + u for u in ("Y", "Q", "M", "W", "D") if u in parts)
    clock = "".join(
        _number(parts[u]) + ("M" if u == "MIN" else u) for u in _CLOCK_UNITS if u in parts
    )
    return "P" + date_part + ("T" + clock if clock else "")


_CLOCK_UNITS = ("H", "MIN", "S")
#: The next smaller unit and how many of it make one: for "2 1/2 years" = ``P2Y6M``.
_SMALLER = {"Y": ("M", 12), "W": ("D", 7), "D": ("H", 24), "H": ("MIN", 60), "MIN": ("S", 60)}


def _number(count: float) -> str:
    """A count as TimeML writes it: ``3``, ``1.5``."""
    return str(int(count)) if count == int(count) else f"{count:g}"


#: The day before the first of the Hijri calendar (July 16, 622, Julian), as an ordinal.
_HIJRI_EPOCH = date(622, 7, 18).toordinal()


def hijri_day(year: int, month: int, day: int) -> date:
    """A day of the arithmetical Islamic calendar, which sighting of the moon may move by a day.

    Months alternate 30 and 29 days; 11 of every 30 years have a leap day.
    """
    days = day + (59 * (month - 1) + 1) // 2 + (year - 1) * 354 + (3 + 11 * year) // 30
    return date.fromordinal(_HIJRI_EPOCH + days)


def hijri_in_year(year: int, month: int, day: int) -> date:
    """The first day of a Hijri month and day that falls in a Gregorian year."""
    near = (year - 622) * 33 // 32
    days = [hijri_day(h, month, day) for h in range(near - 1, near + 3)]
    found = next((d for d in days if d.year == year), None)
    if found is None:
        raise ValueError(f"no Hijri {month}-{day} in {year}")  # outside the calendar's range
    return found
