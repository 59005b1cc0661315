"""Durations counted from the date told before them: "Two days later" after "4 August 2020" is
6 August 2020. TimeML tags such a phrase as a duration (its "later" outside the extent); a
timeline needs the day it names."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from feeds.timex import arithmetic as ar
from feeds.timex.anchoring import FUTURE, tense_at
from feeds.timex.values import to_when
from feeds.types import Timex

#: A word after a duration that counts it from the date told before ("three days later").
#: Not "a year later than planned", a comparison with a plan.
_COUNTED = re.compile(r"\s+(later|earlier|afterwards)\b(?!\s+than\b)", re.IGNORECASE)
#: A duration of whole days, weeks, months or years ("P3D", "P1W", "P2Y").
_WHOLE = re.compile(r"P(\d+)([DWMY])")
#: The finest anchor each unit is counted from: days and weeks from the last day told, months
#: from the last month or day, years from any date ("Two days later" reads past "the
#: following year" back to the day of the happening).
_ANCHOR_FOR = {"D": 0, "W": 0, "M": 1, "Y": 2}
#: How fine each interval is, and the value a count from it gives at that fineness.
_FINENESS = {"day": 0, "month": 1, "year": 2}
_GRANULARITY = [ar.DAY, ar.MONTH, ar.YEAR]


def counted_from_before(text: str, timexes: list[Timex], dct: date | None = None) -> list[Timex]:
    """The expressions of a text with each "N units later/earlier" made the date it names,
    counted from the last date told before it that is fine enough for its unit.

    A count in the future tense that would land before the document date `dct` is counted
    from `dct` instead ("are expected to receive the first images a day later", after a
    launch told today and a plan dropped two weeks ago): what is still expected lies ahead.
    """
    out: list[Timex] = []
    # The last date told at each fineness or finer: a day, a month or day, any.
    anchors: list[tuple[date, int] | None] = [None, None, None]
    for timex in timexes:
        counted = _COUNTED.match(text, timex.end) if timex.type == "DURATION" else None
        whole = _WHOLE.fullmatch(timex.value) if counted else None
        anchor = anchors[_ANCHOR_FOR[whole[2]]] if counted and whole else None
        if counted and whole and anchor is not None:
            start, fineness = anchor
            sign = -1 if counted[1].lower() == "earlier" else 1
            fineness = max(fineness, _ANCHOR_FOR[whole[2]])
            day = ar.shift(start, whole[2], sign * int(whole[1]))
            if (
                dct
                and day < dct
                and sign > 0
                and tense_at(text, timex.start, counted.end()) == FUTURE
            ):
                day = ar.shift(dct, whole[2], int(whole[1]))
            timex = replace(
                timex,
                end=counted.end(),
                text=text[timex.start : counted.end()],
                type="DATE",
                value=ar.format_value(day, _GRANULARITY[fineness]),
            )
        when = to_when(timex.value) if timex.type in ("DATE", "TIME") else None
        if when is not None and when.granularity in _FINENESS:
            fineness = _FINENESS[when.granularity]
            for level in range(fineness, 3):
                anchors[level] = (when.start, fineness)
        out.append(timex)
    return out
