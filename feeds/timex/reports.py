"""Company reports: the period a report is about, which "a year earlier", "the latest period"
and "last year" in a comparison refer to."""

from __future__ import annotations

import re

from feeds.timex import arithmetic as ar
from feeds.timex.anchoring import PAST
from feeds.timex.context import Context
from feeds.timex.values import to_when
from feeds.types import Timex

_QUARTER = re.compile(r"\d{4}-Q[1-4]$")
_MONTH = re.compile(r"\d{4}-[01]\d$")
#: A span of months a report adds up ("the first nine months", "the six months ended ..."):
#: comparisons after it are with the same span a year earlier, named by its year.
_MONTHS_VALUE = re.compile(r"P(?:[4-9]|1[0-2])M$")
_MONTHS_SPAN = re.compile(r"(?:the\s+(?:first\s+|latest\s+)?|first\s+)[\w-]+\s+months$")
#: "The quarter ended Sept. 30": a quarter said to have ended is over, whatever the calendar.
_ENDED = re.compile(r"\s+(?:that\s+)?(?:ended|ending)\b")
#: "After a flat second quarter": a quarter named as background, not the one reported on.
_BACKGROUND = re.compile(r"\b(?:after|following|since|before)\s+(?:[\w-]+\s+){0,2}$")
#: A comparison with an earlier figure just before an expression: "compared with a loss of
#: $3 million last year", "from last year's $1.55 billion".
_COMPARED = re.compile(
    r"(?:compared\s+(?:with|to)|from|versus|vs\.?|than)\s+"
    r"(?:[^;]{0,60}?\d[\d.,]*\s*(?:million|billion|%|percent|cents?)?\s+)?$"
)


def note_period(ctx: Context, timex: Timex) -> None:
    """Keep the reporting period a timex names, if it names one, in ``ctx.period``.

    A quarter is the report's period once it is over: it ended before the document's day,
    is said to have ended, or is spoken of in the past tense (a fiscal quarter). A span of
    months summed up ("the first nine months") makes the period its year.
    """
    if timex.type != "DURATION" and len(timex.value) != 7:
        return  # only a month ("2024-03") or a quarter ("2024-Q3") can name a period
    if _MONTH.match(timex.value):
        ctx.month = (timex.end, timex.value)
    if timex.type == "DURATION":
        lower = ctx.lower[timex.start : timex.end]
        if _MONTHS_VALUE.match(timex.value) and _MONTHS_SPAN.match(lower):
            ctx.period = (ctx.period or str(ctx.dct.year))[:4]
        return
    if not _QUARTER.match(timex.value):
        return
    if _BACKGROUND.search(ctx.lower, max(0, timex.start - 40), timex.start):
        return
    when = to_when(timex.value)
    if when is None:
        return
    if (
        when.end < ctx.dct
        or _ENDED.match(ctx.lower, timex.end)
        or ctx.tense(timex.start, timex.end) == PAST
    ):
        ctx.period = timex.value


def reported_quarter(ctx: Context) -> str:
    """The quarter a report is about: the last one it named that is over, else the last one
    that ended before the document's day."""
    if ctx.period and _QUARTER.match(ctx.period):
        return ctx.period
    return ar.format_value(ar.shift(ctx.dct, ar.QUARTER, -1), ar.QUARTER)


def reported_period(ctx: Context) -> str:
    """The period a report is about: a quarter, or a year after a span of months."""
    return ctx.period or reported_quarter(ctx)


def year_before(period: str) -> str:
    """The same period a year earlier: ``1989-Q3`` -> ``1988-Q3``, ``1989`` -> ``1988``."""
    year, dash, part = period.partition("-")
    return f"{int(year) - 1:04d}{dash}{part}"


def month_compared(ctx: Context, start: int) -> str | None:
    """The month a comparison at `start` is about, a year back: "exports in January rose 5%
    from a year earlier" compares with last January. None unless a month was named earlier in
    the sentence and the text just before `start` compares figures."""
    if ctx.month is None:
        return None
    end, value = ctx.month
    if end > start or _SENTENCE_END.search(ctx.lower, end, start) or not compares(ctx, start):
        return None
    return year_before(value)


#: The end of a sentence between a month and a comparison.
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def compares(ctx: Context, start: int) -> bool:
    """Whether the text just before `start` compares a figure with an earlier one."""
    return _COMPARED.search(ctx.lower, max(0, start - 90), start) is not None
