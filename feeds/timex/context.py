"""What the rules share: the tagging context, what a rule finds, and the rule itself."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from feeds.timex.anchoring import FUTURE, PAST, UNKNOWN, has_tense_cues, tense_at


@dataclass
class Context:
    """What the rules know while tagging one text: its anchor day and what it mentioned so far.

    Attributes:
        text: the text being tagged.
        lower: the text with ASCII letters in lower case, which the rules match.
        dct: the document creation day that deictic expressions resolve against.
        reference: the first day of the last period the text mentioned (the DCT until then).
        day: the last single day the text mentioned (the DCT until then).
        period: the period a report is about (``1989-Q3``, or ``1989`` after "the first nine
            months"), or None; see `feeds.timex.reports`.
        month: where the last month the text named ends, and its value (``2013-01``), for
            "exports in January rose from a year earlier"; or None.
    """

    text: str
    lower: str
    dct: date
    reference: date
    day: date
    period: str | None = None
    month: tuple[int, str] | None = None
    tenses: dict[tuple[int, int], int] = field(default_factory=dict)
    #: Whether the text holds any word a tense can be read from (None until asked).
    cues: bool | None = None

    def tense(self, start: int, end: int) -> int:
        """The tense of the clause around a span (PAST, FUTURE or UNKNOWN), cached."""
        if self.cues is None:
            self.cues = has_tense_cues(self.lower)
        if not self.cues:
            return UNKNOWN
        key = (start, end)
        if key not in self.tenses:
            self.tenses[key] = tense_at(self.text, start, end)
        return self.tenses[key]

    def capitalised(self, m: re.Match[str], group: str) -> bool:
        """Whether a matched name is written with a capital, as month and weekday names are."""
        return self.text[m.start(group)].isupper()

    def word_before(self, start: int) -> str:
        """The word just before `start` in the text, lower case ('' at the start)."""
        words = _WORDS.findall(self.text, max(0, start - 30), start)
        return words[-1].lower() if words else ""


@dataclass(frozen=True)
class Found:
    """What a rule made of a match: TimeML type, value and mod."""

    type: str
    value: str
    mod: str | None = None
    #: Whether later expressions may anchor on it (a derived "year-ago quarter" may not).
    anchors: bool = True


Build = Callable[[re.Match[str], Context], Found | None]


@dataclass(frozen=True)
class Rule:
    """A named pattern, matched at a word start, and the function that normalises its match."""

    name: str
    pattern: re.Pattern[str]
    build: Build


_WORDS = re.compile(r"[\w’']+")


def direction_of(rel: str | None) -> int | None:
    """PAST, FUTURE or UNKNOWN (this) for a relative word, None when there is none."""
    if not rel:
        return None
    rel = " ".join(rel.lower().split())
    if rel in ("last", "past", "this past", "previous", "the past", "the last"):
        return PAST
    if rel in ("next", "coming", "this coming", "the coming", "the next"):
        return FUTURE
    return UNKNOWN
