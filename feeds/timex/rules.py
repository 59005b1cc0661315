"""The tagger's rules: one pattern per kind of temporal expression and how to normalise it."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from feeds.timex import arithmetic as ar
from feeds.timex import lexicon
from feeds.timex.anchoring import FUTURE, PAST, UNKNOWN, tense_at
from feeds.timex.patterns import (
    COUNT,
    DAY,
    PART_OF_DAY,
    POSITION,
    QUANTITY,
    SEASON,
    SPELLED_YEAR,
    TIMEZONE,
    UNIT,
    WEEKDAY,
    YEAR,
    alternation,
    compile_rule,
    parse_count,
    position_mod,
    quantity_mod,
    spelled_year,
    unit_code,
)


@dataclass
class Context:
    """What the rules know while tagging one text: its anchor day and what it mentioned so far.

    Attributes:
        text: the text being tagged.
        lower: the text with ASCII letters in lower case, which the rules match.
        dct: the document creation day that deictic expressions resolve against.
        reference: the first day of the last period the text mentioned (the DCT until then).
        day: the last single day the text mentioned (the DCT until then).
        quarter: the last quarter the text mentioned (``1989-Q3``), or None.
    """

    text: str
    lower: str
    dct: date
    reference: date
    day: date
    quarter: str | None = None
    tenses: dict[tuple[int, int], int] = field(default_factory=dict)

    def tense(self, start: int, end: int) -> int:
        """The tense of the clause around a span (PAST, FUTURE or UNKNOWN), cached."""
        key = (start, end)
        if key not in self.tenses:
            self.tenses[key] = tense_at(self.text, start, end)
        return self.tenses[key]

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
_FREQUENCY_BEFORE = re.compile(
    r"(?:once|twice|thrice|times|\d|percent|%|cents?|dollars?|yuan|euros?|pounds|hundred"
    r"|thousand|million|billion|trillion)\s*$",
    re.IGNORECASE,
)
_YEAR_NOUNS = re.compile(
    r"\s+(?:people|persons|soldiers|troops|workers|employees|shares|units|tons|tonnes|metres"
    r"|meters|feet|miles|km|kilometers|kilometres|dollars|yuan|euros|pounds|barrels|cars|jobs"
    r"|members|students|children|cases|deaths|votes|seats|points|percent|homes|houses|acres"
    r"|residents|refugees|delegates|participants|companies|firms|vehicles|pages|words)\b",
    re.IGNORECASE,
)

_MONTH_WORD = (
    alternation(w for w in lexicon.MONTHS if len(w) > 4 or w in ("may", "june", "july"))
    + "|"
    + alternation(w for w in lexicon.MONTHS if len(w) <= 4 and w not in ("may", "june", "july"))
    + r"\.?"
)
_ORDINAL = alternation(lexicon.ORDINALS)


def _month(word: str) -> int:
    """The month number of a month word (``Sept.`` → 9)."""
    return lexicon.MONTHS[word.lower().rstrip(".")]


def _weekday(word: str) -> int:
    """The ISO weekday number of a weekday word (``Fri.`` → 5)."""
    return lexicon.WEEKDAYS[word.lower().rstrip(".")]


def _capitalised(ctx: Context, m: re.Match[str], group: str) -> bool:
    """Whether a matched name is written with a capital, as month and weekday names are."""
    return ctx.text[m.start(group)].isupper()


def _day_value(day: date) -> str:
    """The TimeML value of a day."""
    return day.isoformat()


def _safe_date(year: int, month: int, day: int) -> date | None:
    """The date, or None when the day does not exist."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _direction(rel: str | None) -> int | None:
    """PAST, FUTURE or UNKNOWN (this) for a relative word, None when there is none."""
    if not rel:
        return None
    rel = " ".join(rel.lower().split())
    if rel in ("last", "past", "this past", "previous", "the past", "the last"):
        return PAST
    if rel in ("next", "coming", "this coming", "the coming", "the next"):
        return FUTURE
    return UNKNOWN


# ------------------------------------------------------------------ calendar dates


def _build_iso(m: re.Match[str], ctx: Context) -> Found | None:
    """2024-10-27 and 2024-10-27T14:30."""
    day = _safe_date(int(m["y"]), int(m["mo"]), int(m["d"]))
    if day is None:
        return None
    if m["h"]:
        return Found("TIME", f"{day.isoformat()}T{m['h']}:{m['mi']}")
    return Found("DATE", day.isoformat())


def _build_slash(m: re.Match[str], ctx: Context) -> Found | None:
    """10/27/2024 and 10/27/24, month first as in American news."""
    year = int(m["y"])
    if year < 100:
        year += 1900 if year > (ctx.dct.year % 100) + 10 else 2000
    day = _safe_date(year, int(m["mo"]), int(m["d"]))
    return Found("DATE", day.isoformat()) if day else None


def _resolve_day(
    ctx: Context, month: int, day: int, year: str | None, m: re.Match[str]
) -> str | None:
    """The value of a month and day, the year given or taken from the tense around it."""
    if year:
        found = _safe_date(int(year), month, day)
    else:
        found = ar.day_in_year(ctx.dct, month, day, ctx.tense(m.start(), m.end()))
        if found is None:
            found = ar.day_in_year(ctx.dct, month, day, UNKNOWN)
    return found.isoformat() if found else None


def _build_month_day(m: re.Match[str], ctx: Context) -> Found | None:
    """Oct. 27, October 26, 2024, Monday, Oct. 26 and 27 October 2024."""
    if not _capitalised(ctx, m, "month"):
        return None
    word = m["month"].lower().rstrip(".")
    abbreviated = word != "may" and len(word) == 3 and not m["month"].endswith(".")
    if word in lexicon.AMBIGUOUS_MONTHS and abbreviated and not m["year"]:
        return None
    value = _resolve_day(ctx, _month(m["month"]), int(re.sub(r"\D", "", m["day"])), m["year"], m)
    if value is None:
        return None
    return Found("DATE", value, position_mod(m["pos"]) if "pos" in m.groupdict() else None)


def _build_month_year(m: re.Match[str], ctx: Context) -> Found | None:
    """March 2024, Sept. 1998, early March 2024."""
    if not _capitalised(ctx, m, "month"):
        return None
    return Found("DATE", f"{int(m['year']):04d}-{_month(m['month']):02d}", position_mod(m["pos"]))


def _build_month(m: re.Match[str], ctx: Context) -> Found | None:
    """March, last April, early December: the year from the relative word or the verb's tense."""
    if not _capitalised(ctx, m, "month"):
        return None
    word = m["month"].lower().rstrip(".")
    full = word in lexicon.MONTHS and len(word) > 4 or word in ("june", "july")
    doubtful = word in lexicon.AMBIGUOUS_MONTHS or not (full or m["month"].endswith("."))
    introduced = m["pos"] or m["rel"] or ctx.word_before(m.start()) in lexicon.MONTH_CONTEXT
    if doubtful and not introduced:
        return None
    month = _month(m["month"])
    direction = _direction(m["rel"])
    if direction is None:
        direction = ctx.tense(m.start(), m.end())
    if direction == PAST and m["rel"] and month == ctx.dct.month:
        year = ctx.dct.year - 1
    elif direction == FUTURE and m["rel"] and month == ctx.dct.month:
        year = ctx.dct.year + 1
    elif m["rel"] and m["rel"].lower() == "this":
        year = ctx.dct.year
    else:
        year = ar.month_year(ctx.dct, month, direction)
    return Found("DATE", f"{year:04d}-{month:02d}", position_mod(m["pos"]))


def _relative_year(ctx: Context, rel: str) -> int:
    """The year "this year", "last year" and "next year" name."""
    rel = rel.lower()
    return ctx.dct.year + (-1 if rel == "last" else 1 if rel == "next" else 0)


def _build_month_relative_year(m: re.Match[str], ctx: Context) -> Found | None:
    """January this year, July last year."""
    if not _capitalised(ctx, m, "month"):
        return None
    year = _relative_year(ctx, m["rel"])
    return Found("DATE", f"{year:04d}-{_month(m['month']):02d}", position_mod(m["pos"]))


def _build_spelled_year(m: re.Match[str], ctx: Context) -> Found | None:
    """Nineteen ninety-six, January nineteen ninety-seven, the year two thousand."""
    year = spelled_year(m["sy"])
    if year is None:
        return None
    if m["month"]:
        if not _capitalised(ctx, m, "month"):
            return None
        return Found("DATE", f"{year:04d}-{_month(m['month']):02d}", position_mod(m["pos"]))
    return Found("DATE", f"{year:04d}", position_mod(m["pos"]))


_ENDED = re.compile(r"\s+(?:that\s+)?(?:ended|ending|ends|through)\b", re.IGNORECASE)


def _build_the_unit(m: re.Match[str], ctx: Context) -> Found | None:
    """The year, the full year, the end of the month: the period the text is talking about.

    A year that is said to end on a day ("the year ended Sept. 30") is a span of a year.
    """
    unit = unit_code(m["unit"])
    mod = position_mod(m["pos"])
    if unit == ar.YEAR and not m["pos"] and _ENDED.match(ctx.text, m.end()):
        return Found("DURATION", "P1Y")
    # A year is the report's own year; a month or week the one the text is about.
    anchor = ctx.dct if unit == ar.YEAR else ctx.reference
    return Found("DATE", ar.format_value(anchor, unit), mod, anchors=False)


def _build_year_end(m: re.Match[str], ctx: Context) -> Found | None:
    """Year-end, year's end: the end of the report's year."""
    return Found("DATE", ar.format_value(ctx.dct, ar.YEAR), "END", anchors=False)


def _build_year(m: re.Match[str], ctx: Context) -> Found | None:
    """1998, fiscal 1989, the end of 1990, mid-1996."""
    year = int(m["year"])
    before = ctx.text[max(0, m.start() - 2) : m.start()]
    if "$" in before or "#" in before or before.endswith(("-", "/", ".")):
        return None
    if not m["fiscal"] and not m["pos"]:
        if _YEAR_NOUNS.match(ctx.text, m.end()):
            return None
        if year < 1800 and ctx.word_before(m.start()) not in ("in", "since", "of", "from", "by"):
            return None
    return Found("DATE", f"{year:04d}", position_mod(m["pos"]))


def _build_decade(m: re.Match[str], ctx: Context) -> Found | None:
    """The 1990s, the '80s, the nineties, the early 1990s."""
    if m["dec"]:
        value = m["dec"]
    elif m["short"]:
        digit = int(m["short"])
        century = ctx.dct.year // 100
        if digit * 10 > ctx.dct.year % 100:
            century -= 1
        value = f"{century:02d}{digit}"
    else:
        century = 18 if m["cent"] and m["cent"].lower() == "eighteen" else 19
        value = f"{century}{lexicon.DECADE_WORDS[m['word'].lower()]}"
    return Found("DATE", value, position_mod(m["pos"]))


def _build_century(m: re.Match[str], ctx: Context) -> Found | None:
    """The 20th century, the nineteenth century."""
    ordinal = m["ord"].lower()
    number = int(re.sub(r"\D", "", ordinal)) if ordinal[0].isdigit() else lexicon.ORDINALS[ordinal]
    if not 1 <= number <= 30:
        return None
    return Found("DATE", f"{number - 1:02d}", position_mod(m["pos"]))


# ------------------------------------------------------------------ quarters, halves, seasons

_QUARTER_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}
_QUARTER_ORDINALS |= {"fourth": 4, "4th": 4, "final": 4, "last": 4}


def _part_year(ctx: Context, part: int, size: int, m: re.Match[str]) -> int:
    """The year of a quarter or half named without one: this year's, or last year's when
    this year's is still to come and the verb is not in the future (reports look back)."""
    current = (ctx.dct.month - 1) // size + 1
    if part > current and ctx.tense(m.start(), m.end()) != FUTURE:
        return ctx.dct.year - 1
    return ctx.dct.year


def _build_quarter(m: re.Match[str], ctx: Context) -> Found | None:
    """The third quarter, fiscal second-quarter, the first half of 1990, 1989's fourth quarter."""
    unit = m["unit"].lower()
    part = _QUARTER_ORDINALS[m["ord"].lower()]
    if m["ord"].lower() == "last":
        # "the last quarter" alone is the one before this; "the last half of 1989" is H2.
        if not (m["year"] or m["rel"]):
            return None
        part = 4 if unit == "quarter" else 2
    if unit == "half" and part > 2:
        return None
    size = 3 if unit == "quarter" else 6
    if m["year"]:
        year = int(m["year"])
    elif "ago" in m.groupdict() and m["ago"]:
        year = _part_year(ctx, part, size, m) - 1
    elif m["rel"]:
        rel = m["rel"].lower()
        offset = -1 if "last" in rel or "previous" in rel else 1 if "next" in rel else 0
        year = ctx.dct.year + offset
    else:
        year = _part_year(ctx, part, size, m)
    letter = "Q" if unit == "quarter" else "H"
    return Found("DATE", f"{year:04d}-{letter}{part}")


def _last_quarter(ctx: Context) -> str:
    """The quarter "the quarter" means: the last one the text named, else the last ended one."""
    if ctx.quarter:
        return ctx.quarter
    return ar.format_value(ar.shift(ctx.dct, ar.QUARTER, -1), ar.QUARTER)


def _build_the_quarter(m: re.Match[str], ctx: Context) -> Found | None:
    """The quarter, the latest quarter, the year-ago quarter, year-earlier results."""
    which = (m["which"] or "").lower()
    quarter = _last_quarter(ctx)
    if which in ("latest", "most recent", "just ended", "just-ended", "recent"):
        quarter = ar.format_value(ar.shift(ctx.dct, ar.QUARTER, -1), ar.QUARTER)
    if "ago" in which or "earlier" in which or "previous year" in which:
        year, _, q = quarter.partition("-")
        return Found("DATE", f"{int(year) - 1:04d}-{q}", anchors=False)
    if not m["unit"] or (m["unit"].lower() == "period" and not which):
        return None
    if not which and not m[0].lower().startswith("the"):
        return None
    return Found("DATE", quarter, anchors=False)


_SEASON_PREPOSITIONS = frozenset(
    {"in", "during", "since", "by", "until", "through", "throughout", "into", "over", "for", "from"}
)


def _build_quarter_code(m: re.Match[str], ctx: Context) -> Found | None:
    """Q3 2024, Q1, H2 2023, FY Q4 '24: quarters and halves written as codes."""
    unit, part = m["unit"], int(m["part"])
    if not ctx.text[m.start("unit")].isupper() or (unit == "h" and part > 2):
        return None
    if m["year"]:
        year = int(m["year"])
    elif m["short"]:
        year = ctx.dct.year // 100 * 100 + int(m["short"])
    else:
        year = _part_year(ctx, part, 3 if unit == "q" else 6, m)
    return Found("DATE", f"{year:04d}-{unit.upper()}{part}")


def _build_year_period(m: re.Match[str], ctx: Context) -> Found | None:
    """The 1988 period, the 1988 quarter: that year's part the report is about."""
    _, _, part = _last_quarter(ctx).partition("-")
    return Found("DATE", f"{m['year']}-{part}", anchors=False)


def _build_season(m: re.Match[str], ctx: Context) -> Found | None:
    """This summer, last fall, the spring of 1998, winter 2023."""
    code = lexicon.SEASONS[m["season"].lower()]
    rel = " ".join((m["rel"] or "").lower().split())
    if not (m["year"] or m["sy"] or m["pos"]) and rel in ("", "the"):
        before = ctx.word_before(m.start() if not rel else m.start("rel"))
        if before not in _SEASON_PREPOSITIONS:
            return None
        if re.match(r"\s+of\b", ctx.text[m.end() : m.end() + 4]):
            return None
    start_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
    if m["year"] or m["sy"]:
        year = int(m["year"]) if m["year"] else spelled_year(m["sy"]) or ctx.dct.year
    else:
        direction = _direction(rel) if rel not in ("", "the", "that") else None
        if direction is None:
            direction = ctx.tense(m.start(), m.end())
        current = ctx.dct.month >= start_month or (code == "WI" and ctx.dct.month <= 2)
        year = ctx.dct.year - (1 if code == "WI" and ctx.dct.month <= 2 else 0)
        if direction == PAST and (rel in ("last", "past") or not current):
            year -= 1
        elif direction == FUTURE and (rel in ("next", "coming") or current):
            year += 1 if rel in ("next", "coming") or ctx.dct.month > start_month + 2 else 0
    return Found("DATE", f"{year:04d}-{code}", position_mod(m["pos"]))


# ------------------------------------------------------------------ weekdays, deictic days, times


def _weekday_date(ctx: Context, weekday: int, rel: str | None, m: re.Match[str]) -> date:
    """The date a weekday names: by last/next/this, else by its verb's tense (past by default)."""
    rel = " ".join((rel or "").lower().split())
    if rel in ("last", "past", "this past"):
        day = ar.weekday_date(ctx.dct, weekday, PAST)
        return day - timedelta(days=7) if day == ctx.dct else day
    if rel in ("next", "coming", "this coming"):
        day = ar.weekday_date(ctx.dct, weekday, FUTURE)
        return day + timedelta(days=7) if day == ctx.dct else day
    if rel == "this":
        return ar.weekday_date(ctx.dct, weekday, UNKNOWN)
    tense = ctx.tense(m.start(), m.end())
    return ar.weekday_date(ctx.dct, weekday, FUTURE if tense == FUTURE else PAST)


def _build_weekday(m: re.Match[str], ctx: Context) -> Found | None:
    """Friday, last Monday, Wednesday night."""
    if not _capitalised(ctx, m, "weekday"):
        return None
    day = _weekday_date(ctx, _weekday(m["weekday"]), m["rel"], m)
    if m["pod"]:
        return Found("TIME", f"{day.isoformat()}T{lexicon.PARTS_OF_DAY[m['pod'].lower()]}")
    return Found("DATE", day.isoformat(), position_mod(m["pos"]))


_DEICTIC = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


def _deictic_day(word: str, dct: date) -> date:
    """The day today, yesterday, tomorrow and their longer forms name."""
    word = " ".join(word.lower().split())
    if word == "the day before yesterday":
        return dct - timedelta(days=2)
    if word == "the day after tomorrow":
        return dct + timedelta(days=2)
    return dct + timedelta(days=_DEICTIC[word])


def _build_deictic(m: re.Match[str], ctx: Context) -> Found | None:
    """Today, yesterday, tomorrow, tonight, late yesterday, yesterday morning."""
    day = _deictic_day(m["word"], ctx.dct)
    pos = (m["pos"] or "").lower()
    mod = position_mod(pos) if pos in ("early", "late") else None
    if m["word"].lower() == "tonight":
        return Found("TIME", f"{day.isoformat()}TNI")
    if m["pod"]:
        return Found("TIME", f"{day.isoformat()}T{lexicon.PARTS_OF_DAY[m['pod'].lower()]}", mod)
    return Found("DATE", day.isoformat(), mod)


def _build_part_of_day(m: re.Match[str], ctx: Context) -> Found | None:
    """This morning, last night, the next morning, that evening."""
    rel = " ".join((m["rel"] or "").lower().split())
    pod = lexicon.PARTS_OF_DAY[m["pod"].lower()]
    if rel == "the" and ctx.word_before(m.start()) not in ("in", "during", "by", "through"):
        return None
    if m["day"]:
        day = _deictic_day(m["day"], ctx.dct)
    elif rel == "last" and pod == "NI":
        day = ctx.dct - timedelta(days=1)
    elif rel == "last":
        return None
    elif rel == "this" or (not rel and ctx.day == ctx.dct):
        day = ctx.dct
    elif rel in ("the next", "the following"):
        day = ctx.day + timedelta(days=1)
    elif rel in ("the previous", "the preceding"):
        day = ctx.day - timedelta(days=1)
    else:
        day = ctx.day
    return Found("TIME", f"{day.isoformat()}T{pod}")


def _build_time(m: re.Match[str], ctx: Context) -> Found | None:
    """10:35 a.m., 5 p.m. EST Nov. 9, noon Saturday, midnight."""
    named = (m["named"] or "").lower()
    minute = 0
    if named:
        hour = 24 if named == "midnight" else 12
    else:
        hour = int(m["h"] or m["h2"] or m["h3"] or m["h4"])
        minute = int(m["mi"] or m["mi2"] or 0)
        ampm = (m["ampm"] or "").lower()
        if ampm.startswith("p") and hour < 12:
            hour += 12
        elif ampm.startswith("a") and hour == 12:
            hour = 0
        if m["h4"] and m["pod"].lower() != "morning" and hour < 12:
            hour += 12
    if hour > 24 or minute > 59:
        return None
    day = ctx.day
    spec = m["day"]
    if spec:
        low = spec.lower()
        first = low.split()[0].rstrip(".")
        if first in _DEICTIC:
            day = _deictic_day(first, ctx.dct)
        elif first in lexicon.WEEKDAYS:
            day = _weekday_date(ctx, _weekday(first), None, m)
        else:
            parts = spec.split()
            value = _resolve_day(ctx, _month(parts[0]), int(re.sub(r"\D", "", parts[-1])), None, m)
            if value is None:
                return None
            day = date.fromisoformat(value)
    clock = f"{hour:02d}" if named == "midnight" else f"{hour:02d}:{minute:02d}"
    return Found("TIME", f"{day.isoformat()}T{clock}", quantity_mod(m["qmod"]))


def _build_clock_24(m: re.Match[str], ctx: Context) -> Found | None:
    """0600 GMT, 1430 hours: a time on the last day mentioned."""
    return Found("TIME", f"{ctx.day.isoformat()}T{m['h']}:{m['mi']}")


# ------------------------------------------------------------------ relative periods and durations


def _anchor(ctx: Context, unit: str) -> date:
    """What "the next day" or "a year later" counts from: the last day, or period, mentioned."""
    return ctx.day if unit in (ar.DAY, ar.WEEK, "H", "MIN", "S") else ctx.reference


def _build_relative(m: re.Match[str], ctx: Context) -> Found | None:
    """This year, last month, next week, the following day, earlier this year."""
    rel = " ".join(m["rel"].lower().split())
    unit_word = m["unit"].lower()
    unit = "WE" if unit_word == "weekend" else unit_code(unit_word)
    mod = position_mod(m["pos"])
    if unit in ("H", "MIN", "S"):
        return None
    if rel in ("the past", "the last") and unit in (
        ar.DAY,
        ar.WEEK,
        ar.MONTH,
        ar.DECADE,
        ar.CENTURY,
    ):
        return Found("DURATION", ar.duration_value(1, unit), mod)
    if rel in ("past",):
        return Found("DURATION", ar.duration_value(1, unit), mod)
    if rel in ("the following", "the next", "the previous", "the preceding", "the prior"):
        anchor, step = _anchor(ctx, unit), (1 if rel in ("the following", "the next") else -1)
    elif rel in ("that", "the same"):
        anchor, step = _anchor(ctx, unit), 0
    else:
        anchor = ctx.dct
        step = {"last": -1, "previous": -1, "prior": -1, "the past": -1, "the last": -1}.get(rel, 0)
        step = {"next": 1, "coming": 1, "the coming": 1, "this coming": 1}.get(rel, step)
        if rel == "this past":
            step = -1
    if unit == "WE":
        day = ar.shift(anchor, ar.WEEK, step)
        return Found("DATE", ar.format_value(day, ar.WEEK) + "-WE", mod)
    if unit in ("FN", "ML"):
        return None
    return Found("DATE", ar.shifted_value(anchor, unit, step), mod)


def _build_weekend(m: re.Match[str], ctx: Context) -> Found | None:
    """The weekend: the last one, or the coming one when the verb is in the future."""
    tense = ctx.tense(m.start(), m.end())
    day = ctx.dct
    if tense == FUTURE:
        day = day if day.isoweekday() >= 5 else day + timedelta(days=5 - day.isoweekday())
    elif day.isoweekday() < 6:
        day = day - timedelta(days=day.isoweekday())
    return Found("DATE", ar.format_value(day, ar.WEEK) + "-WE")


#: "Three-quarters", "a quarter of": a fraction, not a span of quarters.
_FRACTION = re.compile(r"\w+-quarters\b|(?:an?|one|two|three)\s+quarters?\s+of\b")


def _build_duration(m: re.Match[str], ctx: Context) -> Found | None:
    """Three days, the past five years, two-year, a year ago, a day earlier, 5 1/2 hours."""
    count_text = " ".join(m["count"].lower().split())
    unit_word = m["unit"].lower()
    unit = unit_code(unit_word)
    if unit_word.startswith("second") and count_text in ("a", "an"):
        return None
    if unit_word in ("night", "nights") and count_text in ("a", "an", "one"):
        return None
    single = count_text in ("a", "an", "one")
    if unit == ar.QUARTER and (single or _FRACTION.match(ctx.lower, m.start("count"))):
        return None
    count = parse_count(count_text)
    if count is not None and m["half"]:
        count += 0.5
    qmod = quantity_mod(m["qmod"])
    direction = " ".join((m["dir"] or "").lower().split())
    if not direction or qmod:
        if unit == "WE":
            return Found("DURATION", ar.duration_value(count, unit), qmod)
        return Found("DURATION", ar.duration_value(count, unit), qmod)
    if direction in ("ago", "back"):
        anchor, sign = ctx.dct, -1
    elif direction in ("from now", "hence"):
        anchor, sign = ctx.dct, 1
    elif direction in ("later", "after", "after that"):
        anchor, sign = _anchor(ctx, unit), 1
    else:
        anchor, sign = _anchor(ctx, unit), -1
    if count is None or unit in ("H", "MIN", "S") or count != int(count):
        return Found("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    if unit in ("WE", "FN", "ML"):
        return Found("DURATION", ar.duration_value(count, unit))
    if unit == ar.YEAR and count == 1 and ctx.quarter and direction in ("ago", "earlier"):
        year, _, q = ctx.quarter.partition("-")
        return Found("DATE", f"{int(year) - 1:04d}-{q}", anchors=False)
    return Found("DATE", ar.shifted_value(anchor, unit, sign * int(count)))


def _build_bare_plural(m: re.Match[str], ctx: Context) -> Found | None:
    """For years, within weeks, decades ago: units with no count."""
    unit = unit_code(m["unit"])
    if m["dir"]:
        return Found("DATE", "PAST_REF")
    if ctx.word_before(m.start()) not in (
        "for",
        "within",
        "over",
        "took",
        "lasted",
        "spent",
        "after",
    ):
        return None
    return Found("DURATION", ar.duration_value(None, unit), quantity_mod(m["qmod"]))


_REFS = {
    "now": "PRESENT_REF",
    "currently": "PRESENT_REF",
    "current": "PRESENT_REF",
    "presently": "PRESENT_REF",
    "at present": "PRESENT_REF",
    "the present": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF",
    "at the moment": "PRESENT_REF",
    "recently": "PAST_REF",
    "lately": "PAST_REF",
    "the past": "PAST_REF",
    "the future": "FUTURE_REF",
    "the near future": "FUTURE_REF",
    "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF",
}


def _build_ref(m: re.Match[str], ctx: Context) -> Found | None:
    """Now, currently, recently, the past, the future, soon."""
    return Found("DATE", _REFS[" ".join(m["word"].lower().split())])


def _build_recent_units(m: re.Match[str], ctx: Context) -> Found | None:
    """Recent years, coming months: the vague past or future."""
    rel, unit = m["rel"].lower(), unit_code(m["unit"])
    if unit not in (ar.YEAR, ar.QUARTER):
        return Found("DURATION", ar.duration_value(None, unit))
    return Found("DATE", "PAST_REF" if rel in ("recent", "past", "last") else "FUTURE_REF")


# ------------------------------------------------------------------ sets and holidays

_SET_WORDS = {
    "daily": "P1D",
    "nightly": "P1D",
    "weekly": "P1W",
    "biweekly": "P2W",
    "monthly": "P1M",
    "yearly": "P1Y",
    "hourly": "PT1H",
    "biannually": "P6M",
    "semiannually": "P6M",
    "semi-annually": "P6M",
}


def _build_set_word(m: re.Match[str], ctx: Context) -> Found | None:
    """Daily, weekly, annually."""
    return Found("SET", _SET_WORDS[m["word"].lower()])


def _build_every(m: re.Match[str], ctx: Context) -> Found | None:
    """Every day, each year, every other week, every Monday, each July, every three years."""
    what = m["what"].lower().rstrip(".")
    if what in lexicon.WEEKDAYS:
        return Found("SET", f"XXXX-WXX-{lexicon.WEEKDAYS[what]}")
    if what in lexicon.MONTHS:
        return Found("SET", f"XXXX-{lexicon.MONTHS[what]:02d}")
    if what in lexicon.SEASONS:
        return Found("SET", f"XXXX-{lexicon.SEASONS[what]}")
    if what in lexicon.PARTS_OF_DAY:
        return Found("SET", f"XXXX-XX-XXT{lexicon.PARTS_OF_DAY[what]}")
    count = parse_count(m["count"]) if m["count"] else 1.0
    if m["other"]:
        count = 2.0
    return Found("SET", ar.duration_value(count, unit_code(what)))


def _build_per_unit(m: re.Match[str], ctx: Context) -> Found | None:
    """Twice a year, three times a week: the frequency's period is the set."""
    if not _FREQUENCY_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start()):
        return None
    return Found("SET", ar.duration_value(1, unit_code(m["unit"])))


def _build_weekday_plural(m: re.Match[str], ctx: Context) -> Found | None:
    """On Mondays, Tuesday nights: every such day."""
    if not _capitalised(ctx, m, "weekday"):
        return None
    value = f"XXXX-WXX-{lexicon.WEEKDAYS[m['weekday'].lower()]}"
    if m["pod"]:
        value += "T" + lexicon.PARTS_OF_DAY[m["pod"].lower()]
    return Found("SET", value)


def _easter(year: int) -> date:
    """Easter Sunday of a year (the Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _holiday_date(name: str, year: int) -> date:
    """The date of a named holiday in a year."""
    if name in lexicon.FIXED_HOLIDAYS:
        month, day = lexicon.FIXED_HOLIDAYS[name]
        return date(year, month, day)
    if name in ("easter", "easter sunday"):
        return _easter(year)
    month, weekday, n = lexicon.WEEKDAY_HOLIDAYS[name]
    return ar.nth_weekday(year, month, weekday, n)


def _build_holiday(m: re.Match[str], ctx: Context) -> Found | None:
    """Christmas, Thanksgiving Day, New Year's Day 2024, last Easter."""
    if not _capitalised(ctx, m, "name"):
        return None
    name = " ".join(m["name"].lower().replace("’", "'").split())
    if m["year"]:
        return Found("DATE", _holiday_date(name, int(m["year"])).isoformat())
    direction = _direction(m["rel"])
    if direction is None:
        direction = ctx.tense(m.start(), m.end())
    years = (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1)
    day = ar.pick_day(ctx.dct, [_holiday_date(name, y) for y in years], direction)
    return Found("DATE", day.isoformat()) if day else None


# ------------------------------------------------------------------ the rule table

_WEEKDAY_FULL = alternation(w for w in lexicon.WEEKDAYS if len(w) > 5)
_HOLIDAY = alternation(
    [*lexicon.FIXED_HOLIDAYS, *lexicon.WEEKDAY_HOLIDAYS, "easter", "easter sunday"]
).replace("'", "['’]")
_DAY_SPEC = rf"(?:{WEEKDAY}|today|yesterday|tomorrow|tonight|(?:{_MONTH_WORD})\s+{DAY})"
_AMPM = r"(?:[ap]\.?\s?m\b\.?)"

_UNIT_ADJECTIVE = (
    r"(?:more|additional|further|straight|consecutive|full|trading|business|working|calendar)"
)

#: "Third-quarter" before a noun: the article before it is not part of the expression.
_QUARTER_ADJECTIVE = r"(?:(?:fiscal|calendar)\s+)?(?:first|second|third|fourth)-(?:quarter|half)"

RULES: tuple[Rule, ...] = (
    Rule(
        "iso date",
        compile_rule(r"(?P<y>\d{4})-(?P<mo>\d\d)-(?P<d>\d\d)(?:t(?P<h>\d\d):(?P<mi>\d\d))?"),
        _build_iso,
    ),
    Rule(
        "slash date",
        compile_rule(r"(?P<mo>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4}|\d\d)(?!/)"),
        _build_slash,
    ),
    Rule(
        "month day",
        compile_rule(
            rf"(?:{WEEKDAY}\s*,?\s*)?(?P<pos>{POSITION})?(?P<month>{_MONTH_WORD})\s*"
            rf"(?P<day>{DAY})(?:\s*,?\s*(?P<year>{YEAR}))?"
        ),
        _build_month_day,
    ),
    Rule(
        "day month",
        compile_rule(
            rf"(?:{WEEKDAY}\s*,?\s*)?(?:the\s+)?(?P<day>{DAY})\s+(?:of\s+)?"
            rf"(?P<month>{_MONTH_WORD})(?:\s*,?\s*(?P<year>{YEAR}))?"
        ),
        _build_month_day,
    ),
    Rule(
        "month year",
        compile_rule(
            rf"(?P<pos>{POSITION})?(?P<month>{_MONTH_WORD})\s*,?\s*(?:of\s+)?(?P<year>{YEAR})"
        ),
        _build_month_year,
    ),
    Rule(
        "month",
        compile_rule(
            rf"(?P<pos>{POSITION})?(?:(?P<rel>this\s+past|this\s+coming|last|next|this|coming)\s+)?"
            rf"(?P<month>{_MONTH_WORD})"
        ),
        _build_month,
    ),
    Rule(
        "month of a relative year",
        compile_rule(
            rf"(?P<pos>{POSITION})?(?P<month>{_MONTH_WORD})\s*,?\s+(?:of\s+)?"
            r"(?P<rel>this|last|next)\s+year"
        ),
        _build_month_relative_year,
    ),
    Rule(
        "spelled year",
        compile_rule(
            rf"(?P<pos>{POSITION})?(?:the\s+year\s+)?(?:(?P<month>{_MONTH_WORD})\s+(?:of\s+)?)?"
            rf"(?P<sy>{SPELLED_YEAR})"
        ),
        _build_spelled_year,
    ),
    Rule(
        "the period",
        compile_rule(
            rf"(?P<pos>{POSITION})?the\s+(?:(?:full|fiscal|current|calendar|entire|whole)\s+)?"
            r"(?P<unit>year|month|week)"
        ),
        _build_the_unit,
    ),
    Rule(
        "year end",
        compile_rule(r"(?:the\s+)?year(?:['’]s)?[\s-]+end"),
        _build_year_end,
    ),
    Rule(
        "year",
        compile_rule(
            rf"(?P<pos>{POSITION})?(?:(?P<fiscal>fiscal(?:\s+year)?|calendar(?:\s+year)?"
            rf"|the\s+(?:fiscal\s+)?year|model\s+year|fy)[\s-]*)?(?P<year>{YEAR})"
        ),
        _build_year,
    ),
    Rule(
        "decade",
        compile_rule(
            rf"(?P<pos>{POSITION})?(?:the\s+)?(?:(?P<dec>1\d\d|20\d)0['’]?s|['’](?P<short>\d)0['’]?s"
            rf"|(?:(?P<cent>nineteen|eighteen)[\s-]*)?"
            rf"(?P<word>{alternation(lexicon.DECADE_WORDS)}))"
        ),
        _build_decade,
    ),
    Rule(
        "century",
        compile_rule(
            rf"(?P<pos>{POSITION})?(?:the\s+)?(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|{_ORDINAL})"
            r"[\s-]+century"
        ),
        _build_century,
    ),
    Rule(
        "quarter",
        compile_rule(
            rf"(?:the\s+(?!{_QUARTER_ADJECTIVE}))?(?:(?:fiscal|calendar)[\s-]+)?"
            r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\s-]+"
            r"(?:(?:fiscal|calendar)[\s-]+)?(?P<unit>quarter|half)"
            r"(?:\s+of\s+(?:(?:fiscal|calendar)\s+(?:year\s+)?)?"
            rf"(?:(?P<year>{YEAR})|(?P<rel>this|last|next|the\s+previous|the\s+current)"
            r"\s+(?:fiscal\s+)?year))?"
        ),
        _build_quarter,
    ),
    Rule(
        "year's quarter",
        compile_rule(
            rf"(?:(?:the\s+)?(?:fiscal\s+)?(?P<year>{YEAR})(?:['’]s)?|(?P<rel>this|last|next)\s+year['’]s"
            r"|(?:the\s+)?(?P<ago>year[\s-]+(?:ago|earlier)))\s+"
            r"(?:fiscal\s+)?(?P<ord>first|second|third|fourth|final)[\s-]+(?P<unit>quarter|half)"
        ),
        _build_quarter,
    ),
    Rule(
        "quarter code",
        compile_rule(
            r"(?:(?P<fy>fy|fiscal)\s*)?(?P<unit>[qh])(?P<part>[1-4])"
            rf"(?:\s*,?\s*(?:fy\s*)?(?:(?P<year>{YEAR})|['’]?(?P<short>\d\d)(?!\d)))?"
        ),
        _build_quarter_code,
    ),
    Rule(
        "year's period",
        compile_rule(rf"the\s+(?P<year>{YEAR})\s+(?P<unit>period|quarter)"),
        _build_year_period,
    ),
    Rule(
        "the quarter",
        compile_rule(
            r"(?:the\s+)?(?P<which>latest|most\s+recent|just[\s-]+ended|recent|fiscal"
            r"|year[\s-]+ago|year[\s-]+earlier|previous\s+year['’]s|same)?[\s-]*"
            r"(?:fiscal\s+)?(?P<unit>quarter|period)"
        ),
        _build_the_quarter,
    ),
    Rule(
        "year-ago",
        compile_rule(r"(?P<which>year[\s-]+(?:ago|earlier))(?P<unit>)"),
        _build_the_quarter,
    ),
    Rule(
        "season",
        compile_rule(
            rf"(?P<pos>{POSITION})?(?:(?P<rel>this\s+past|this\s+coming|last|next|this|that|the"
            rf"|coming)\s+)?(?:(?:early|late|mid)[\s-]+)?(?P<season>{SEASON})"
            rf"(?:\s*,?\s+(?:of\s+)?(?:(?P<year>{YEAR})|(?P<sy>{SPELLED_YEAR})))?"
        ),
        _build_season,
    ),
    Rule(
        "weekday",
        compile_rule(
            r"(?:(?P<pos>early|late|earlier|later)\s+)?"
            r"(?:(?P<rel>this\s+past|this\s+coming|last|next|this|coming|past)\s+)?"
            rf"(?P<weekday>{WEEKDAY})(?:\s*,?\s*(?P<pod>{PART_OF_DAY}))?"
        ),
        _build_weekday,
    ),
    Rule(
        "weekday plural",
        compile_rule(
            rf"(?P<weekday>{_WEEKDAY_FULL})s(?:\s+(?P<pod>morning|afternoon|evening|night)s)?"
        ),
        _build_weekday_plural,
    ),
    Rule(
        "deictic day",
        compile_rule(
            r"(?:(?P<pos>early|late|later|earlier)\s+)?"
            r"(?P<word>today|yesterday|tomorrow|tonight|the\s+day\s+before\s+yesterday"
            r"|the\s+day\s+after\s+tomorrow)"
            rf"(?:\s+(?P<pod>{PART_OF_DAY}))?"
        ),
        _build_deictic,
    ),
    Rule(
        "part of day",
        compile_rule(
            r"(?:(?:later|earlier)\s+)?"
            r"(?:(?P<rel>this|last|that|the\s+next|the\s+following|the\s+previous|the\s+same"
            r"|the)\s+|(?P<pos>early|late|mid)[\s-]*)"
            rf"(?P<pod>{PART_OF_DAY})(?:\s+(?P<day>yesterday|today|tomorrow))?"
        ),
        _build_part_of_day,
    ),
    Rule(
        "clock time",
        compile_rule(
            r"(?:(?P<qmod>around|approximately)\s+)?"
            rf"(?:(?P<h>\d{{1,2}})(?::(?P<mi>\d\d))?\s*(?P<ampm>{_AMPM})"
            r"|(?P<h2>\d{1,2}):(?P<mi2>\d\d)(?![:\d])"
            r"|(?P<named>noon|midnight|midday)"
            r"|(?P<h3>\d{1,2})\s+o['’]clock"
            r"|(?P<h4>\d{1,2})\s+in\s+the\s+(?P<pod>morning|afternoon|evening))"
            rf"(?:\s+{TIMEZONE})?(?:\s*,?\s+(?:on\s+)?(?P<day>{_DAY_SPEC}))?"
        ),
        _build_time,
    ),
    Rule(
        "24-hour clock",
        compile_rule(rf"(?P<h>[01]\d|2[0-4])(?P<mi>[0-5]\d)\s*(?:{TIMEZONE}|hours|hrs)"),
        _build_clock_24,
    ),
    Rule(
        "relative period",
        compile_rule(
            rf"(?P<pos>{POSITION}|earlier\s+|later\s+)?"
            r"(?P<rel>this\s+past|this\s+coming|the\s+past|the\s+last|the\s+next|the\s+coming"
            r"|the\s+current|the\s+previous|the\s+following|the\s+same|the\s+preceding|the\s+prior"
            r"|this|last|next|past|coming|current|previous|prior|that)\s+(?:fiscal\s+)?"
            r"(?P<unit>day|week|weekend|month|quarter|year|decade|century|half)"
        ),
        _build_relative,
    ),
    Rule(
        "weekend",
        compile_rule(r"the\s+weekend"),
        _build_weekend,
    ),
    Rule(
        "per unit",
        compile_rule(r"(?:a|an|per)\s+(?P<unit>day|week|month|year|hour|minute|quarter)"),
        _build_per_unit,
    ),
    Rule(
        "duration",
        compile_rule(
            rf"(?:(?P<qmod>{QUANTITY})|the\s+(?!{COUNT}-{UNIT}))?"
            r"(?:(?:past|last|next|first|coming|previous|final|remaining|following|latest"
            r"|initial|entire|whole|full|same)\s+)?"
            rf"(?P<count>{COUNT})[\s-]+(?:{_UNIT_ADJECTIVE}\s+)?(?P<unit>{UNIT})"
            r"(?P<half>\s+and\s+a\s+half)?(?![\s-]+old\b)"
            r"(?:\s+(?P<dir>ago|earlier|from\s+now|hence|back))?"
        ),
        _build_duration,
    ),
    Rule(
        "bare plural",
        compile_rule(
            rf"(?P<qmod>{QUANTITY})?(?P<unit>years|months|weeks|days|decades|centuries|hours"
            r"|minutes)(?:\s+(?P<dir>ago))?"
        ),
        _build_bare_plural,
    ),
    Rule(
        "recent units",
        compile_rule(
            r"(?P<rel>recent|coming|past|future)\s+"
            r"(?P<unit>years|months|weeks|days|decades|quarters)"
        ),
        _build_recent_units,
    ),
    Rule(
        "reference",
        compile_rule(rf"(?P<word>{alternation(_REFS)})"),
        _build_ref,
    ),
    Rule(
        "set word",
        compile_rule(rf"(?P<word>{alternation(_SET_WORDS)})"),
        _build_set_word,
    ),
    Rule(
        "every",
        compile_rule(
            r"(?:every|each|per)\s+(?P<other>other\s+)?(?:(?P<count>"
            + COUNT
            + r")\s+)?(?P<what>"
            + rf"{UNIT}|{WEEKDAY}|(?:{_MONTH_WORD})|{SEASON}|morning|afternoon|evening|night)"
        ),
        _build_every,
    ),
    Rule(
        "holiday",
        compile_rule(
            rf"(?:(?P<rel>last|next|this)\s+)?(?P<name>{_HOLIDAY})(?:\s*,?\s*(?P<year>{YEAR}))?"
        ),
        _build_holiday,
    ),
)


#: Words a temporal expression can hinge on: the tagger only tries rules near them.
HEAD_WORDS: frozenset[str] = frozenset(
    {
        *lexicon.MONTHS,
        *lexicon.WEEKDAYS,
        *(w + "s" for w in lexicon.WEEKDAYS),
        *lexicon.SEASONS,
        *lexicon.PARTS_OF_DAY,
        *lexicon.UNITS,
        *(w + "s" for w in lexicon.UNITS),
        "centuries",
        *lexicon.CARDINALS,
        *lexicon.DECADE_WORDS,
        *(w.split()[-1] for w in _REFS),
        "period",
        *_SET_WORDS,
        "semi",
        "today",
        "yesterday",
        "tomorrow",
        "tonight",
        "noon",
        "midnight",
        "midday",
        "christmas",
        "thanksgiving",
        "easter",
        "halloween",
        "valentine",
        "fiscal",
        "every",
        "each",
    }
)

#: Words that can open an expression before its head word ("the", "about", "early", "last").
OPENING_WORDS: frozenset[str] = frozenset(
    [
        "the",
        "a",
        "an",
        "last",
        "next",
        "this",
        "that",
        "these",
        "early",
        "late",
        "later",
        "earlier",
        "mid",
        "middle",
        "end",
        "beginning",
        "start",
        "turn",
        "close",
        "of",
        "very",
        "about",
        "around",
        "approximately",
        "roughly",
        "some",
        "nearly",
        "almost",
        "more",
        "than",
        "over",
        "less",
        "under",
        "at",
        "least",
        "most",
        "up",
        "to",
        "just",
        "only",
        "fully",
        "barely",
        "past",
        "coming",
        "current",
        "previous",
        "prior",
        "following",
        "same",
        "preceding",
        "first",
        "second",
        "third",
        "fourth",
        "final",
        "1st",
        "2nd",
        "3rd",
        "4th",
        "fiscal",
        "calendar",
        "model",
        "fy",
        "every",
        "each",
        "per",
        "other",
        "right",
        "shortly",
        "recent",
        "latest",
        "remaining",
        "initial",
        "entire",
        "whole",
        "full",
        "new",
        "independence",
        "labor",
        "memorial",
        "st",
        "valentine",
        "mother",
        "father",
        "presidents",
        "columbus",
        "martin",
        "luther",
        "king",
        "veterans",
        "boxing",
        "year",
        "ago",
        "earlier",
        "'",
        "’",
        "shortly",
        "after",
        "before",
        "few",
        "couple",
        "several",
        "many",
        "dozen",
        "half",
        "numerous",
        "additional",
        "further",
        "straight",
        "consecutive",
        "trading",
        "business",
        "working",
        "nineteen",
        "eighteen",
        "near",
        "short",
    ]
)
