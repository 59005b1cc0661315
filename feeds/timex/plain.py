"""Dates written out in full: a month name with a capital, a day in figures and a year
("Oct. 27, 2024", "Monday, 27 October 2024"), or a month and a year ("March 2024").

Such a date says all of its value itself: no tense, no earlier date and no report period
changes it, and it holds no common word that a capital could make a title ("60 Minutes").
Its value is read off the rule's match here, without the rule's normaliser or the title test.
Everything else (a day without a year, a modifier such as "early") goes through the rules.
"""

from __future__ import annotations

import re

from feeds.timex import arithmetic as ar
from feeds.timex import lexicon
from feeds.timex.context import Found
from feeds.timex.rules import RULES

_INDEX = {rule.name: index for index, rule in enumerate(RULES)}
_MONTH_YEAR = _INDEX["month year"]
#: The rules whose matches `plain_value` reads: a month with a day, or with a year.
PLAIN_RULES = frozenset({_INDEX["month day"], _INDEX["day month"], _MONTH_YEAR})


def plain_value(text: str, index: int, m: re.Match[str]) -> Found | None:
    """The value of a match of one of `PLAIN_RULES` that states the whole date, or None when
    the rule's normaliser must decide (no year, a day in words, a modifier, a month in lower
    case, a day the calendar does not have)."""
    year = m["year"]
    if year is None or not text[m.start("month")].isupper():
        return None
    month = lexicon.MONTHS[m["month"].lower().rstrip(".")]
    if index == _MONTH_YEAR:
        if m["pos"]:
            return None
        return Found("DATE", f"{int(year):04d}-{month:02d}")
    day = m["day"]
    if day is None or ("pos" in m.re.groupindex and m["pos"]):
        return None
    found = ar.safe_date(int(year), month, int(day.rstrip("stndrh")))
    return Found("DATE", found.isoformat()) if found else None
