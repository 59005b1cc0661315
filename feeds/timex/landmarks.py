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
        """Find every sentence end and every match of `year` in the text.

        `year` tests at most two characters after a year, the second only after a digit, a
        comma, a point or an "s" (see `_reads_on`), as `feeds.timex.dates` writes it.
        """
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

    def last_year(self, low: int, start: int) -> tuple[int, int] | None:
        """The span of the last year in ``[low, start)`` (see `years`), or None."""
        near = start
        if self._reads_on(start):
            found = self._near(low, start)
            if found:
                return found[-1]
            near = start - 2
        k = bisect.bisect_right(self._year_ends, near) - 1
        return self._years[k] if k >= 0 and self._year_starts[k] >= low else None

    def years(self, low: int, start: int) -> list[tuple[int, int]]:
        """The spans of the years in ``[low, start)``, as a search of that stretch alone finds
        them (what follows `start` unseen), in order."""
        reads_on = self._reads_on(start)
        first = bisect.bisect_left(self._year_starts, low)
        last = bisect.bisect_right(self._year_ends, start - 2 if reads_on else start)
        found = self._years[first:last] if last > first else []
        return found + self._near(low, start) if reads_on else found

    def _reads_on(self, start: int) -> bool:
        """Whether a year's test of the characters after it may read past `start`: a year
        ends just before it, or one character before it with a digit, a comma, a point or
        an "s" after (the test reads one more character only after these)."""
        last = self._lower[start - 1 : start]
        return last.isdecimal() or (
            last != "" and last in ",.s" and self._lower[start - 2 : start - 1].isdecimal()
        )

    def _near(self, low: int, start: int) -> list[tuple[int, int]]:
        """The years in ``[low, start)`` ending less than two characters before `start`: their
        test of the characters after them stops at `start`, so they are read again."""
        return [
            m.span()
            for m in self._year.finditer(self._lower, max(low, start - 6), start)
            if m.end() > start - 2
        ]
