"""Events in page order grouped under year and month headings."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from feeds.display import MONTHS, format_when
from feeds.types import Event

#: Granularities that sit under a month heading; coarser dates get a heading of their own.
_WITHIN_MONTH = ("day", "week", "month")


@dataclass
class Section:
    """Consecutive events under one heading (a month, or a coarser period such as "2023")."""

    key: str
    heading: str
    events: list[Event] = field(default_factory=list)


@dataclass
class Year:
    """One year's sections, in page order."""

    year: int
    sections: list[Section] = field(default_factory=list)


def group_events(events: Sequence[Event]) -> list[Year]:
    """Group events, keeping their order, by start year and then by month or coarser period."""
    years: list[Year] = []
    for event in events:
        start = event.when.start
        if not years or years[-1].year != start.year:
            years.append(Year(start.year))
        year = years[-1]
        if event.when.granularity in _WITHIN_MONTH:
            key = f"{start.year:04d}-{start.month:02d}"
            heading = f"{MONTHS[start.month - 1]} {start.year}"
        else:
            # A quarter or a whole year is not "in January": it keeps its own heading.
            key = f"{event.when.granularity}:{event.when.value}"
            single_year = event.when.granularity == "year" and "/" not in event.when.value
            # Under its own year's heading, a bare "2023" would repeat it.
            heading = "During the year" if single_year else format_when(event.when)
        if not year.sections or year.sections[-1].key != key:
            year.sections.append(Section(key, heading))
        year.sections[-1].events.append(event)
    return years
