"""The overview chart: events per month (per year over long spans), bars linking to their period."""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from feeds.display import MONTHS
from web.filters import Filters

#: Above this many months the chart counts years instead, so it stays readable and small.
MAX_MONTH_BARS = 240

#: Height of the drawing area in SVG units; bars are one unit wide plus a gap.
HEIGHT = 60


@dataclass(frozen=True)
class Bar:
    """One period's bar: where it is drawn, what it says and where it leads (empty: no events)."""

    x: float
    height: float
    count: int
    label: str
    href: str


@dataclass(frozen=True)
class Chart:
    """The bars of the overview and the labels of its two ends."""

    bars: tuple[Bar, ...]
    width: float
    height: int
    first: str
    last: str
    by_year: bool


def build_chart(month_counts: Sequence[tuple[str, int]], filters: Filters) -> Chart | None:
    """The overview of ``("2024-10", n)`` counts in ascending order; None when there are none."""
    counts = {month: n for month, n in month_counts if n > 0}
    if not counts:
        return None
    months = sorted(counts)
    first_year, first_month = _year_month(months[0])
    last_year, last_month = _year_month(months[-1])
    span = (last_year - first_year) * 12 + last_month - first_month + 1
    if span > MAX_MONTH_BARS:
        return _by_year(counts, first_year, last_year, filters)
    periods = []
    year, month = first_year, first_month
    for _ in range(span):
        key = f"{year:04d}-{month:02d}"
        start = date(year, month, 1)
        end = date(year, month, calendar.monthrange(year, month)[1])
        periods.append((f"{MONTHS[month - 1]} {year}", counts.get(key, 0), start, end))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return _chart(periods, filters, by_year=False)


def _by_year(counts: dict[str, int], first: int, last: int, filters: Filters) -> Chart:
    """One bar per year between the first and last year with events."""
    totals: dict[int, int] = {}
    for month, n in counts.items():
        year = _year_month(month)[0]
        totals[year] = totals.get(year, 0) + n
    periods = [
        (str(year), totals.get(year, 0), date(year, 1, 1), date(year, 12, 31))
        for year in range(first, last + 1)
    ]
    return _chart(periods, filters, by_year=True)


def _chart(periods: list[tuple[str, int, date, date]], filters: Filters, by_year: bool) -> Chart:
    """Scale the periods' counts to bars; a period with events is at least one unit tall."""
    peak = max(n for _, n, _, _ in periods)
    bars = []
    for i, (label, n, start, end) in enumerate(periods):
        height = max(1.0, round(HEIGHT * n / peak, 1)) if n else 0.0
        href = filters.link(**{"from": start.isoformat(), "to": end.isoformat(), "page": ""})
        bars.append(Bar(x=i * 1.25, height=height, count=n, label=label, href=href if n else ""))
    return Chart(
        bars=tuple(bars),
        width=len(periods) * 1.25,
        height=HEIGHT,
        first=periods[0][0],
        last=periods[-1][0],
        by_year=by_year,
    )


def _year_month(key: str) -> tuple[int, int]:
    """``"2024-10"`` as (2024, 10)."""
    year, _, month = key.partition("-")
    return int(year), int(month)
