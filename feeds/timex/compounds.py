"""Durations of more than one unit: "a year and two months", "a day and a half"."""

from __future__ import annotations

import re

from feeds.timex import arithmetic as ar
from feeds.timex.context import Context, Found
from feeds.timex.patterns import parse_count, quantity_mod, unit_code

#: The units a compound duration is made of, largest first.
_ORDER = ("Y", "M", "W", "D", "H", "MIN", "S")
_DATE_PARTS = {"Y": "Y", "M": "M", "D": "D"}
_TIME_PARTS = {"H": "H", "MIN": "M", "S": "S"}


def build_compound(m: re.Match[str], ctx: Context) -> Found | None:
    """Three years and six months, 1 hour, 52 minutes: one duration, larger unit first."""
    first, second = unit_code(m["u1"]), unit_code(m["u2"])
    if first not in _ORDER or second not in _ORDER or _ORDER.index(first) >= _ORDER.index(second):
        return None
    counts = {}
    for unit, text in ((first, m["c1"]), (second, m["c2"])):
        count = parse_count(text)
        if count is None or count != int(count):
            return None
        counts[unit] = int(count)
    if "W" in counts:
        # ISO 8601 writes no weeks beside other units: "a week and two days" is P9D.
        counts["D"] = counts.get("D", 0) + 7 * counts.pop("W")
    value = "P" + "".join(f"{counts[u]}{code}" for u, code in _DATE_PARTS.items() if u in counts)
    time = "".join(f"{counts[u]}{code}" for u, code in _TIME_PARTS.items() if u in counts)
    return Found("DURATION", value + ("T" + time if time else ""), quantity_mod(m["qmod"]))


def build_unit_and_a_half(m: re.Match[str], ctx: Context) -> Found | None:
    """The past year and a half, the next hour and a half: a span of one unit and a half."""
    return Found("DURATION", ar.duration_value(1.5, unit_code(m["unit"])))
