"""Where a text's sentences end and its years in figures stand, found in one pass.

A date without a year takes the year its clause tells of, read back to the start of its
sentence (see `feeds.timex.dates`). Searching the text before each date reads the same
characters again for every date of a sentence; the positions found once serve them all.
"""

from __future__ import annotations

import bisect
import re

#: A sentence end: its mark and the space after it.
_SENTENCE_END = re.compile(r"[.!?]\s")
_MARKS = ".!?"


class Landmarks:
    """The sentence ends and the years of one text (ASCII letters in lower case)."""

    def __init__(self, lower: str, year: re.Pattern[str]) -> None:
        """Find every sentence end and every match of `year` in the text."""
        self._lower = lower
        self._year = year
        self._ends = [m.end() for m in _SENTENCE_END.finditer(lower)]
        self._years = [m.span() for m in year.finditer(lower)]
        self._year_starts = [start for start, _ in self._years]
        self._year_ends = [end for _, end in self._years]

    def sentence_start(self, low: int, start: int) -> int:
        """Where the last sentence ending in ``[low, start)`` ends, or `low` if none does:
        a mark followed by a space, or a mark just before `start`."""
        if low < start and self._lower[start - 1] in _MARKS:
            return start
        k = bisect.bisect_right(self._ends, start) - 1
        return self._ends[k] if k >= 0 and self._ends[k] - 2 >= low else low

    def years(self, low: int, start: int) -> list[tuple[int, int]]:
        """The spans of the years in ``[low, start)``, as a search of that stretch alone finds
        them (what follows `start` unseen), in order."""
        # A year ending two characters or more before `start` is found as in the whole text;
        # one nearer is read again, since its test of the characters after it stops there.
        near = start - 2
        first = bisect.bisect_left(self._year_starts, low)
        last = bisect.bisect_right(self._year_ends, near)
        found = self._years[first:last] if last > first else []
        found += [
            m.span()
            for m in self._year.finditer(self._lower, max(low, start - 6), start)
            if m.end() > near
        ]
        return found
