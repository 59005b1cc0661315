"""Normalisers for dates counted from another: "the day before last Tuesday", "the night
before", "this time last year", "the first Tuesday in November".
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from feeds.timex import arithmetic as ar
from feeds.timex import lexicon
from feeds.timex.context import Context, Found
from feeds.timex.dates import holiday_day, named_month_start, resolve_day
from feeds.timex.patterns import day_number, unit_code
from feeds.timex.times import weekday_date


def build_day_next_to(m: re.Match[str], ctx: Context) -> Found | None:
    """The day before last Tuesday, the day after Christmas: one day from a named day."""
    if m["weekday"]:
        if not ctx.capitalised(m, "weekday"):
            return None
        day = weekday_date(ctx, lexicon.weekday_number(m["weekday"]), m["rel"], m)
    elif m["name"]:
        found = holiday_day(m, ctx)
        if found is None:
            return None
        day = found
    else:
        if m["rel"] or not ctx.capitalised(m, "month"):
            return None
        value = resolve_day(ctx, lexicon.month_number(m["month"]), day_number(m["day"]), None, m)
        if value is None:
            return None
        day = date.fromisoformat(value)
    step = 1 if m["dir"].lower() == "after" else -1
    return Found("DATE", (day + timedelta(days=step)).isoformat())


_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1}


def build_weekday_of_month(m: re.Match[str], ctx: Context) -> Found | None:
    """The first Tuesday in November, the last Friday of March 2024: a weekday by its rank."""
    first = named_month_start(m, ctx) if ctx.capitalised(m, "weekday") else None
    if first is None:
        return None
    weekday = lexicon.weekday_number(m["weekday"])
    day = ar.nth_weekday(first.year, first.month, weekday, _NTH[m["ord"]])
    return Found("DATE", day.isoformat())


def build_unit_next_to(m: re.Match[str], ctx: Context) -> Found | None:
    """The day before, the night before, the year after: next to the day or period last told."""
    step = 1 if m["dir"].lower() == "after" else -1
    unit = m["unit"].lower()
    if unit in ("day", "night"):
        day = (ctx.day + timedelta(days=step)).isoformat()
        return Found("TIME", day + "TNI") if unit == "night" else Found("DATE", day)
    code = unit_code(unit)
    anchor = ctx.day if code == ar.WEEK else ctx.reference
    return Found("DATE", ar.shifted_value(anchor, code, step))


def build_this_time(m: re.Match[str], ctx: Context) -> Found | None:
    """This time last year, the same time next week: today's date a unit away."""
    step = 1 if m["rel"].lower() == "next" else -1
    day = ar.shift(ctx.dct, unit_code(m["unit"]), step)
    return Found("DATE", day.isoformat())
