"""Normalisers for calendar dates: days, months, years, decades, quarters, seasons, holidays."""

from __future__ import annotations

import functools
import re
from datetime import date, timedelta

from feeds.timex import arithmetic as ar
from feeds.timex import lexicon, reports
from feeds.timex.anchoring import FUTURE, PAST, UNKNOWN, is_past_form
from feeds.timex.context import Context, Found, direction_of
from feeds.timex.patterns import (
    DAY,
    MONTH,
    NOUN_AFTER,
    WEEKDAY,
    YEAR,
    alternation,
    day_number,
    position_mod,
    spelled_year,
    unit_code,
)

_YEAR_NOUNS = re.compile(
    r"\s+(?:people|persons|soldiers|troops|workers|employees|shares|units|tons|tonnes|metres"
    r"|meters|feet|miles|km|kilometers|kilometres|dollars|yuan|euros|pounds|barrels|cars|jobs"
    r"|members|students|children|cases|deaths|votes|seats|points|percent|homes|houses|acres"
    r"|residents|refugees|delegates|participants|companies|firms|vehicles|pages|words)\b",
    re.IGNORECASE,
)


_YEAR_BEFORE_DASH = re.compile(r"(?:^|\D)\d{4}-$")
#: Nouns that a number after them names one of: "Resolution 1973", "Route 2010".
_NUMBERED_BEFORE = re.compile(
    r"\b(?:resolution|flight|route|room|article|section|chapter|highway|interstate|platform"
    r"|gate|suite|apartment|unit|box|rule|page|no\.|number|bus|train|channel|bill)\s+$"
)
#: A street after a number: "2010 Main Street" is an address.
_ADDRESS_AFTER = re.compile(
    r"\s+(?:[A-Z][a-z]+\s+)+(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Drive"
    r"|Lane|Way)\b"
)


def build_iso(m: re.Match[str], ctx: Context) -> Found | None:
    """2024-10-27, 2024-10-27T14:30 and 2024/10/27."""
    day = ar.safe_date(int(m["y"]), int(m["mo"]), int(m["d"]))
    if day is None:
        return None
    if "h" in m.re.groupindex and m["h"]:
        return Found("TIME", f"{day.isoformat()}T{m['h']}:{m['mi']}")
    return Found("DATE", day.isoformat())


def build_slash(m: re.Match[str], ctx: Context) -> Found | None:
    """10/27/2024 and 10/27/24, month first as in American news; 27/10/2024 day first."""
    year = int(m["y"])
    if year < 100:
        year += 1900 if year > (ctx.dct.year % 100) + 10 else 2000
    month, number = int(m["mo"]), int(m["d"])
    if month > 12:
        # No month is numbered above twelve: the writer put the day first.
        month, number = number, month
    day = ar.safe_date(year, month, number)
    return Found("DATE", day.isoformat()) if day else None


def resolve_day(
    ctx: Context, month: int, day: int, year: str | None, m: re.Match[str]
) -> str | None:
    """The value of a month and day, the year given or taken from the tense around it."""
    # "He was elected in 2005 and resigned on March 3": the year the clause tells of.
    told = int(year) if year else _year_in_sentence(ctx, m)
    if told is not None:
        found = ar.safe_date(told, month, day)
    elif _past_verb_in(ctx, m, ctx.tense(m.start(), m.end())):
        # "Was announced on Nov. 20" is the last Nov. 20, however far back.
        found = ar.safe_date(ctx.dct.year, month, day)
        if found is None or found > ctx.dct:
            found = ar.safe_date(ctx.dct.year - 1, month, day)
    else:
        found = _day_in_year(ctx.dct, month, day, ctx.tense(m.start(), m.end()))
        if found is None:
            found = _day_in_year(ctx.dct, month, day, UNKNOWN)
    return found.isoformat() if found else None


#: A text names the same few days without a year, against one creation day.
_day_in_year = functools.lru_cache(maxsize=1024)(ar.day_in_year)


#: The words before a day that make an abbreviated month a month ("scheduled for Dec 17").
_DAY_CONTEXT = lexicon.MONTH_CONTEXT | {"for"}

#: What follows a day but not a count after a name: punctuation, a dateline's "(Reuters)" or
#: dash, or a function word ("Jan 9 (Reuters) -", "ended Dec 3 after", "Dec 3, 2023").
_DATE_AFTER_DAY = re.compile(
    r"[ \t]*(?:[(),.;:]|[-\u2013\u2014]\s|$|(?:and|or|to|through|until|in|at|after|before"
    r"|when|as|with|from|for|the|a|an)\b)"
)


def build_month_day(m: re.Match[str], ctx: Context) -> Found | None:
    """Oct. 27, October 26, 2024, Monday, Oct. 26 and 27 October 2024."""
    if not ctx.capitalised(m, "month"):
        return None
    word = m["month"].lower().rstrip(".")
    abbreviated = word != "may" and len(word) == 3 and not m["month"].endswith(".")
    if (
        word in lexicon.AMBIGUOUS_MONTHS
        and abbreviated
        and not m["year"]
        and ctx.word_before(m.start()) not in _DAY_CONTEXT
        and not _DATE_AFTER_DAY.match(ctx.text, m.end())
    ):
        return None  # "Jan 3" alone may be a name and a number; "on Jan 3" is a day
    if m["day"] and m.start("day") < m.start("month") and _yields_to_month_first(ctx, m):
        return None
    # A day in figures may have a suffix ("5th"), read by `day_number`.
    day = (
        int(m["day"]) if m["day"] and m["day"].isdecimal() else day_number(m["day"] or m["dayword"])
    )
    month = lexicon.MONTHS[word]
    later_year = None if m["year"] else _year_of_second_day(ctx, m.end())
    if later_year is not None:
        # "Between April 10 and April 24, 2024": the first day shares the year of the
        # second, or is in the year before when its month and day come later.
        second = (later_year[1], later_year[2])
        year = later_year[0] - 1 if (month, day) > second else later_year[0]
        found = ar.safe_date(year, month, day)
        value = found.isoformat() if found else None
    elif not m["year"] and _ends_range(ctx, m.start()):
        # "From Dec. 20 to Jan. 5": the end of a range is the first such day after its start.
        found = ar.safe_date(ctx.reference.year, month, day)
        if found is not None and found < ctx.reference:
            found = ar.safe_date(ctx.reference.year + 1, month, day)
        value = found.isoformat() if found else None
    else:
        value = resolve_day(ctx, month, day, m["year"], m)
    if value is None:
        return None
    return Found("DATE", value, position_mod(m["pos"]) if "pos" in m.re.groupindex else None)


def _yields_to_month_first(ctx: Context, m: re.Match[str]) -> bool:
    """Whether a number before a month is not its day, because the month has its own day
    after it: "April 2, 1999" in "the Yankees won 7-5 April 2, 1999" or "won 7-5 April 2"."""
    if m["year"]:
        return False
    after = _DAY_AFTER_MONTH.match(ctx.lower, m.end())
    if after is None:
        return False
    return (
        after["year"] is not None
        or _SCORE_BEFORE.search(ctx.lower, max(0, m.start() - 6), m.start()) is not None
    )


#: A day after a month, perhaps with its year: "(7-5 April) 2, 1999".
_DAY_AFTER_MONTH = re.compile(rf"\.?\s*{DAY}(?P<year>\s*,\s*{YEAR})?")
#: A number and a dash just before a number: a score ("7-5") or a range ("3-5").
_SCORE_BEFORE = re.compile(r"\d\s*[-–]\s*\Z")


def build_day_of_month(m: re.Match[str], ctx: Context) -> Found | None:
    """On the 15th, by the 28th: a day of the month the text tells of, this side of the tense."""
    if ctx.word_before(m.start()) not in _BEFORE_DAY_OF_MONTH:
        return None  # "finished the 28th": a rank, not a day
    number = day_number(m["day"])
    candidates = [ar.safe_date(d.year, d.month, number) for d in _months_around(ctx.day)]
    day = ar.pick_day(ctx.day, [c for c in candidates if c], ctx.tense(m.start(), m.end()))
    return Found("DATE", day.isoformat()) if day else None


def _months_around(day: date) -> list[date]:
    """The first days of the month before `day`'s, of its own and of the one after."""
    return [ar.add_months(day.replace(day=1), step) for step in (-1, 0, 1)]


_BEFORE_DAY_OF_MONTH = frozenset(
    {"on", "by", "for", "until", "till", "since", "from", "before", "after"}
)


def build_week_of(m: re.Match[str], ctx: Context) -> Found | None:
    """The week (or weekend) of March 6: the ISO week holding that day."""
    if not ctx.capitalised(m, "month"):
        return None
    day = day_number(m["day"])
    value = resolve_day(ctx, lexicon.month_number(m["month"]), day, m["year"], m)
    if value is None:
        return None
    week = ar.format_value(date.fromisoformat(value), ar.WEEK)
    return Found("DATE", week + "-WE" if m["unit"].lower() == "weekend" else week)


def named_month_start(m: re.Match[str], ctx: Context) -> date | None:
    """The first day of the month a match names ("March", "March 2024"), in its written year or
    the year its verb's tense points to; None when the name is not capitalised ("march")."""
    if not ctx.capitalised(m, "month"):
        return None
    month = lexicon.month_number(m["month"])
    if m["year"]:
        return date(int(m["year"]), month, 1)
    return date(ar.month_year(ctx.dct, month, ctx.tense(m.start(), m.end())), month, 1)


def build_week_of_month(m: re.Match[str], ctx: Context) -> Found | None:
    """The first week of April, the last week of March 2024: the ISO week that holds the
    fourth day of that week of the month, counted from its start (or end), as ISO counts the
    first week of a year."""
    first = named_month_start(m, ctx)
    if first is None:
        return None
    which = m["which"].lower()
    if which in ("last", "final"):
        day = _month_end(first) - timedelta(days=3)
    else:
        day = first + timedelta(days=3, weeks=_WEEK_ORDINALS[which])
    return Found("DATE", ar.format_value(day, ar.WEEK))


_WEEK_ORDINALS = {"first": 0, "second": 1, "third": 2, "fourth": 3}


def build_month_year(m: re.Match[str], ctx: Context) -> Found | None:
    """March 2024, Sept. 1998, early March 2024."""
    if not ctx.capitalised(m, "month"):
        return None
    return Found(
        "DATE",
        f"{int(m['year']):04d}-{lexicon.month_number(m['month']):02d}",
        position_mod(m["pos"]),
    )


def build_day_of_period(m: re.Match[str], ctx: Context) -> Found | None:
    """The first day of March, the last day of next month, the first day of 2014."""
    if m["month"]:
        named = named_month_start(m, ctx)
        if named is None:
            return None
        first = named
    elif m["unit"]:
        unit = unit_code(m["unit"])
        rel = m["rel"].lower()
        # "Of the month" is the month the text is about; "of next month" counts from the DCT.
        anchor = ctx.reference if rel == "the" else ctx.dct
        step = {"next": 1, "last": -1}.get(rel, 0)
        first = ar.shift(anchor, unit, step).replace(day=1)
        if unit == ar.YEAR:
            first = first.replace(month=1)
    else:
        first = date(int(m["whole_year"]), 1, 1)
    if m["which"].lower() == "first":
        return Found("DATE", first.isoformat())
    whole_year = m["whole_year"] or (m["unit"] and m["unit"].lower() == "year")
    last = first.replace(month=12, day=31) if whole_year else _month_end(first)
    return Found("DATE", last.isoformat())


def _month_end(first: date) -> date:
    """The last day of the month that starts on `first`."""
    return (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


def build_month_quarter(m: re.Match[str], ctx: Context) -> Found | None:
    """The June quarter, the March quarter of 2024: the quarter that ends with that month."""
    month = lexicon.month_number(m["month"])
    if month % 3 or not ctx.capitalised(m, "month"):
        return None
    year_text = m["year"] or m["year2"]
    year = int(year_text) if year_text else part_year(ctx, month // 3, 3, m)
    return Found("DATE", f"{year:04d}-Q{month // 3}")


def build_months_quarter(m: re.Match[str], ctx: Context) -> Found | None:
    """The July-September quarter, the October-December period of 2023: a calendar quarter
    named by its first and last months."""
    first, last = lexicon.month_number(m["first"]), lexicon.month_number(m["month"])
    if first % 3 != 1 or last != first + 2:
        return None  # "the February-April quarter" of a fiscal calendar is no calendar quarter
    part = last // 3
    year = int(m["year"]) if m["year"] else part_year(ctx, part, 3, m)
    return Found("DATE", f"{year:04d}-Q{part}")


#: "the" and a capitalised name just before a month that ends the name ("the Durban July").
_NAME_THEN = re.compile(r"\b[Tt]he\s+[A-Z][a-z]+\s+$")


def build_month(m: re.Match[str], ctx: Context) -> Found | None:
    """March, last April, early December: the year from the relative word or the verb's tense."""
    if not ctx.capitalised(m, "month"):
        return None
    word = m["month"].lower().rstrip(".")
    full = word in lexicon.MONTHS and len(word) > 4 or word in ("june", "july")
    doubtful = word in lexicon.AMBIGUOUS_MONTHS or not (full or m["month"].endswith("."))
    if doubtful and not m["pos"] and not m["rel"]:
        # Only a word before can introduce it: "in May", "the March accession".
        before = ctx.word_before(m.start())
        if before not in lexicon.MONTH_CONTEXT and not (
            before == "the" and NOUN_AFTER.match(ctx.text, m.end()) is not None
        ):
            return None
    if not m["pos"] and not m["rel"] and _FIRST_NAME.match(ctx.text, m.end()):
        before = ctx.text[max(0, m.start() - 3) : m.start()]
        if not before.strip() or before.rstrip()[-1:] in '.!?"“':
            return None  # "April Ryan asked": a first name opening the sentence
        if not full and word != "may" and not m["month"].endswith("."):
            return None  # "in Mar Mikhael": an abbreviation is no month before a name
    if (
        not m["pos"]
        and not m["rel"]
        and _NAME_THEN.search(ctx.text, max(0, m.start() - 30), m.start())
    ):
        return None  # "the Durban July", a race: the month ends a name
    month = lexicon.MONTHS[word]
    rel = " ".join((m["rel"] or "").lower().split())
    if rel in _TOLD_OF:
        if not points_at_time(ctx, m):
            return None
        # "That March", "the following March": counted from the period the text tells of.
        ref = ctx.reference
        step = _TOLD_OF[rel]
        year = ref.year + (step if step * (month - ref.month) <= 0 else 0)
        return Found("DATE", f"{year:04d}-{month:02d}", position_mod(m["pos"]))
    direction = direction_of(m["rel"])
    if direction is None:
        direction = ctx.tense(m.start(), m.end())
    if direction == PAST and m["rel"] and month == ctx.dct.month:
        year = ctx.dct.year - 1
    elif m["rel"] and m["rel"].lower() == "last" and month == ctx.dct.month - 1:
        # A writer names the month just gone "last month": "last February" in March is the
        # February of last year (but in January "last December" is the one just gone).
        year = ctx.dct.year - 1
    elif direction == FUTURE and m["rel"] and month == ctx.dct.month:
        year = ctx.dct.year + 1
    elif m["rel"] and m["rel"].lower() == "this":
        year = ctx.dct.year
    elif not m["rel"] and (told := _year_in_sentence(ctx, m)) is not None:
        # "In 2011, prices peaked in June": the year the sentence tells of.
        year = told
    elif not m["rel"] and not m["pos"] and _ends_range(ctx, m.start()):
        # "From April to September": the end of a range follows its start.
        start = ctx.reference
        year = start.year if month >= start.month else start.year + 1
    elif (
        direction == FUTURE
        and ctx.word_before(m.start()) in _IN_A_MONTH
        or _past_verb_in(ctx, m, direction)
    ):
        # "Announced in April" said in March is last April, however far back: the tense
        # reaches only ten months for deadlines ("extended until April"), not for "in".
        year = ar.month_year(ctx.dct, month, direction, reach=12)
    else:
        year = ar.month_year(ctx.dct, month, direction, present=_present_before(ctx, m.start()))
    return Found("DATE", f"{year:04d}-{month:02d}", position_mod(m["pos"]))


#: A capitalised word after a month that opens a sentence: a surname ("April Ryan"), unless
#: it is a weekday or another month.
_FIRST_NAME = re.compile(
    r" (?!(?i:" + alternation(lexicon.MONTHS) + "|" + alternation(lexicon.WEEKDAYS) + r")\b)"
    r"[A-Z][a-z]+\b(?!\s*\d)"
)
#: Prepositions that place a happening inside a month, rather than set a deadline.
_IN_A_MONTH = frozenset({"in", "during"})
#: A verb (with up to three words of its object) and "in" just before a month, or a verb
#: right before "on" a day: "was announced in April", "took office in March", "died on May 3".
_VERB_IN = re.compile(r"((?:[a-z’'-]+\s+){1,4})(in|during|on)\s+$")


def _past_verb_in(ctx: Context, m: re.Match[str], direction: int) -> bool:
    """Whether a past verb shortly before "in" or "on" places the date ("began in October",
    "took office in March", "died on May 3"): not a past verb before an infinitive, which
    may look ahead ("decided to admit them in March")."""
    if direction != PAST:
        return False
    found = _VERB_IN.search(ctx.lower, max(0, m.start() - 40), m.start())
    if found is None:
        return False
    words = found[1].split()
    if found[2] == "on":  # "died on May 3"; but "printed in an editorial on May 3" is not
        words = words[-1:]
    if "to" in words:
        words = words[len(words) - words[::-1].index("to") :]
    return any(is_past_form(word) for word in words)


#: A second day with its year after a first one without: "(April 10) and April 24, 2024",
#: "(10 April) to 24 April 2024".
_SECOND_DAY = re.compile(
    rf"\s*(?:-|–|—|to|through|thru|until|till|and)\s*(?:(?P<month>{MONTH})\s*(?P<day>{DAY})"
    rf"|(?P<day2>{DAY})\s+(?:of\s+)?(?P<month2>{MONTH}))\s*,?\s*(?P<year>{YEAR})"
)


def _year_of_second_day(ctx: Context, end: int) -> tuple[int, int, int] | None:
    """The year, month and day of a dated second day just after `end`, or None."""
    found = _SECOND_DAY.match(ctx.lower, end)
    if found is None:
        return None
    month = lexicon.month_number(found["month"] or found["month2"])
    return int(found["year"]), month, day_number(found["day"] or found["day2"])


#: A month (and day) just before, with the word that makes the next month the end of a range.
_RANGE_END = re.compile(rf"\b(?:{MONTH})(?:\s*{DAY})?\s*(?:to|through|until|till|-|–)\s*$")
_RANGE_WORDS = ("to", "through", "until", "till", "-", "–")


def _ends_range(ctx: Context, start: int) -> bool:
    """Whether a month (and day) and a word that makes a range ("to", "-") stand just before
    `start`: the date there is the end of a range."""
    # Most dates follow no such word: that is seen without the search.
    low = max(0, start - 24)
    return ctx.lower[low:start].rstrip().endswith(_RANGE_WORDS) and (
        _RANGE_END.search(ctx.lower, low, start) is not None
    )


def _relative_year(ctx: Context, rel: str) -> int:
    """The year "this year", "last year", "next year" name, or "that year", "the following
    year" and "the previous year", counted from the period the text tells of."""
    rel = " ".join(rel.lower().split())
    if rel in _TOLD_OF:
        return ctx.reference.year + _TOLD_OF[rel]
    return ctx.dct.year + (-1 if rel == "last" else 1 if rel == "next" else 0)


#: Words relating a year or month to the period the text tells of, and the years they move.
_TOLD_OF = {"that": 0, "that same": 0, "the same": 0, "the following": 1, "the next": 1}
_TOLD_OF |= {"the previous": -1, "the preceding": -1}


def points_at_time(ctx: Context, m: re.Match[str]) -> bool:
    """Whether a "that" matched as `rel` points at the month or day after it ("That March",
    "on that Friday") rather than joining a clause ("said that May would resign")."""
    if (m["rel"] or "").lower() != "that" or ctx.capitalised(m, "rel"):
        return True
    return ctx.word_before(m.start()) in _BEFORE_THAT


_BEFORE_THAT = frozenset({"on", "in", "by", "until", "till", "since", "from", "of", "during"})
_BEFORE_THAT |= {"before", "after"}


def build_month_relative_year(m: re.Match[str], ctx: Context) -> Found | None:
    """January this year, July last year."""
    if not ctx.capitalised(m, "month"):
        return None
    year = _relative_year(ctx, m["rel"])
    return Found(
        "DATE", f"{year:04d}-{lexicon.month_number(m['month']):02d}", position_mod(m["pos"])
    )


def build_spelled_year(m: re.Match[str], ctx: Context) -> Found | None:
    """Nineteen ninety-six, January nineteen ninety-seven, the year two thousand."""
    year = spelled_year(m["sy"])
    if year is None:
        return None
    if m["month"]:
        if not ctx.capitalised(m, "month"):
            return None
        return Found(
            "DATE", f"{year:04d}-{lexicon.month_number(m['month']):02d}", position_mod(m["pos"])
        )
    return Found("DATE", f"{year:04d}", position_mod(m["pos"]))


_ENDED = re.compile(r"\s+(?:that\s+)?(?:ended|ending|ends|through)\b", re.IGNORECASE)


def build_the_unit(m: re.Match[str], ctx: Context) -> Found | None:
    """The year, the full year, the end of the month: the period the text is talking about.

    A year that is said to end on a day ("the year ended Sept. 30") is a span of a year.
    """
    unit = unit_code(m["unit"])
    mod = position_mod(m["pos"])
    if unit == ar.YEAR and not m["pos"] and _ENDED.match(ctx.text, m.end()):
        return Found("DURATION", "P1Y")
    ended = None if m["pos"] else ended_value(ctx, m, unit)
    if ended is not None:
        return Found("DATE", ended, anchors=False)
    # A year is the report's own year; a month or week the one the text is about.
    anchor = ctx.dct if unit == ar.YEAR else ctx.reference
    return Found("DATE", ar.format_value(anchor, unit), mod, anchors=False)


def ended_value(ctx: Context, m: re.Match[str], unit: str) -> str | None:
    """The week, month or quarter said to end on the day after it ("the week ended Oct. 11",
    "the quarter ended July 31", "the week ending Saturday"): the one most of it falls in,
    whatever the calendar of the company that reports it. None when no such day follows."""
    found = _ENDED_DAY.match(ctx.lower, m.end()) if unit in _HALF_SPAN else None
    if found is None:
        return None
    if found["weekday"]:
        end = ar.weekday_date(ctx.dct, lexicon.weekday_number(found["weekday"]), PAST)
    elif found["deictic"]:
        end = ctx.dct - timedelta(days=found["deictic"] == "yesterday")
    else:
        day = resolve_day(
            ctx, lexicon.month_number(found["month"]), int(found["day"]), found["year"], m
        )
        if day is None:
            return None
        end = date.fromisoformat(day)
    return ar.format_value(end - timedelta(days=_HALF_SPAN[unit]), unit)


#: A day a period is said to end on, after the period: "ended Sept. 30", "ending Saturday".
_ENDED_DAY = re.compile(
    r"\s+(?:that\s+)?(?:ended|ending)\s+(?:on\s+)?"
    rf"(?:(?P<month>{MONTH})\s+(?P<day>\d{{1,2}})(?!\d)(?:\s*,\s*(?P<year>{YEAR}))?"
    rf"|(?P<weekday>{WEEKDAY})|(?P<deictic>yesterday|today))\b",
    re.VERBOSE,
)
#: About half the days of a unit: a period ending on a day mostly lies that far before it.
_HALF_SPAN = {ar.WEEK: 3, ar.MONTH: 14, ar.QUARTER: 45}


def build_year_end(m: re.Match[str], ctx: Context) -> Found | None:
    """Year-end, year's end: the end of the report's year, or of the year before when the
    verb looks back ("debt has fallen since year-end"): this year's end is still to come."""
    year = ctx.dct.year - (ctx.tense(m.start(), m.end()) == PAST)
    return Found("DATE", f"{year:04d}", "END", anchors=False)


def build_mid_year(m: re.Match[str], ctx: Context) -> Found | None:
    """Mid-year, midyear: the middle of the report's year, or of the year before when the
    verb looks back from its first half, or of the next when it looks ahead from its second."""
    if ctx.word_before(m.start()) not in _MID_YEAR_PREPOSITIONS:
        return None  # "a mid-year review", "the midyear elections": a noun's adjective
    tense = ctx.tense(m.start(), m.end())
    year = ctx.dct.year
    if tense == PAST and ctx.dct.month <= 6:
        year -= 1
    elif tense == FUTURE and ctx.dct.month > 7:
        year += 1
    return Found("DATE", f"{year:04d}", "MID", anchors=False)


def build_year(m: re.Match[str], ctx: Context) -> Found | None:
    """1998, fiscal 1989, the end of 1990, mid-1996."""
    year = int(m["year"])
    before = ctx.text[max(0, m.start() - 6) : m.start()]
    if "$" in before[-2:] or "#" in before[-2:] or before.endswith(("/", ".")):
        return None
    # A code or a phone number ("A-1999"), but "2010-2012" is a range of years.
    if m["side"]:
        # "The pre-1967 borders", "post-1959 politics": before or after the year.
        return Found("DATE", f"{year:04d}", "BEFORE" if m["side"] == "pre" else "AFTER")
    if before.endswith("-") and not _YEAR_BEFORE_DASH.search(before):
        return None
    if not m["fiscal"] and not m["pos"]:
        if _YEAR_NOUNS.match(ctx.text, m.end()):
            return None
        if _ADDRESS_AFTER.match(ctx.text, m.end()) and ctx.word_before(m.start()) in ("at", ""):
            return None  # "lives at 2010 Main Street": a house number
        if _NUMBERED_BEFORE.search(ctx.lower, max(0, m.start() - 14), m.start()):
            return None  # "Resolution 1973", "Flight 1549", "Room 2012": a number, no year
        if year < 1800 and ctx.word_before(m.start()) not in ("in", "since", "of", "from", "by"):
            return None
    if m["open"]:
        # "1994 or later", "1990 and beyond": from the year on (or up to it).
        return Found(
            "DATE", f"{year:04d}", "ON_OR_BEFORE" if "earlier" in m["open"] else "ON_OR_AFTER"
        )
    return Found("DATE", f"{year:04d}", position_mod(m["pos"]))


def build_split_year(m: re.Match[str], ctx: Context) -> Found | None:
    """The 2025-26 season, fiscal 2025/26: a twelve-month span across two calendar years.

    TimeML has no value for a span across two years; it is dated by the year it starts in,
    as a season or a fiscal year is named by its first year when written with one year only.
    """
    year = int(m["year"])
    if int(m["short"]) != (year + 1) % 100:
        return None  # "2008-11": two years apart, a range of years, not one season
    if ctx.text[max(0, m.start() - 1) : m.start()] in ("$", "#", "/", "."):
        return None
    return Found("DATE", f"{year:04d}")


def build_decade(m: re.Match[str], ctx: Context) -> Found | None:
    """The 1990s, the '80s, the nineties, the early 1990s."""
    if m["dec"] and m["dec"].endswith("0") and not m["dec"].startswith("20"):
        # "The 1800s" is the century of the 1800s, not the decade of the 1800s.
        return Found("DATE", m["dec"][:2], position_mod(m["pos"]))
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


def build_century(m: re.Match[str], ctx: Context) -> Found | None:
    """The 20th century, the nineteenth century."""
    ordinal = m["ord"].lower()
    number = int(re.sub(r"\D", "", ordinal)) if ordinal[0].isdigit() else lexicon.ORDINALS[ordinal]
    if not 1 <= number <= 30:
        return None
    return Found("DATE", f"{number - 1:02d}", position_mod(m["pos"]))


# ------------------------------------------------------------------ quarters, halves, seasons

_QUARTER_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}
_QUARTER_ORDINALS |= {"fourth": 4, "4th": 4, "final": 4, "last": 4}


def part_year(ctx: Context, part: int, size: int, m: re.Match[str]) -> int:
    """The year of a quarter or half named without one: this year's, or last year's when
    this year's is still to come and the verb is not in the future (reports look back), or
    when its results are what is to come ("fourth-quarter results will be released" in
    January: a quarter's results follow its end)."""
    current = (ctx.dct.month - 1) // size + 1
    if part > current and (
        ctx.tense(m.start(), m.end()) != FUTURE or _RESULTS_AFTER.match(ctx.lower, m.end())
    ):
        return ctx.dct.year - 1
    return ctx.dct.year


#: What is reported after a period ends: "fourth-quarter results", "the quarter's earnings".
_RESULTS_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:net\s+)?(?:results|earnings|profits?|loss(?:es)?|revenues?|sales|figures"
    r"|income|report)\b"
)


#: Words of a game report, near a half or quarter named without a year: the match's own.
_SPORT = re.compile(
    r"\b(?:scor(?:ed|es|ing)|goals?|equali[sz](?:ed|er|ing)|penalty|touchdowns?|innings?"
    r"|half-?time|kick-?off|free\s+throws?|rebounds|\d+(?:st|nd|rd|th)\s+minute)\b"
)
_SPORT_REACH = 150
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def _in_game_report(lower: str, start: int, end: int) -> bool:
    """Whether the sentence around ``lower[start:end]`` reports a game ("scored", "goal")."""
    low = max(0, start - _SPORT_REACH)
    for found in _SENTENCE_END.finditer(lower, low, start):
        low = found.end()
    stop = _SENTENCE_END.search(lower, end, end + _SPORT_REACH)
    return _SPORT.search(lower, low, stop.start() if stop else end + _SPORT_REACH) is not None


def build_quarter(m: re.Match[str], ctx: Context) -> Found | None:
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
    given = m["year"] or m.groupdict().get("year2")
    if given:
        year = int(given)
    elif "ago" in m.groupdict() and m["ago"]:
        year = part_year(ctx, part, size, m) - 1
    elif m["rel"]:
        rel = m["rel"].lower()
        offset = -1 if "last" in rel or "previous" in rel else 1 if "next" in rel else 0
        year = ctx.dct.year + offset
    elif _in_game_report(ctx.lower, m.start(), m.end()):
        return None  # "scored late in the second half": a half of a match, not of a year
    else:
        year = part_year(ctx, part, size, m)
    letter = "Q" if unit == "quarter" else "H"
    pos = m.groupdict().get("pos")
    return Found("DATE", f"{year:04d}-{letter}{part}", position_mod(pos))


def _reported(ctx: Context, unit: str | None) -> str:
    """The report's period, or its quarter when the text says "quarter"."""
    if unit and unit.lower() == "quarter":
        return reports.reported_quarter(ctx)
    return reports.reported_period(ctx)


def build_the_quarter(m: re.Match[str], ctx: Context) -> Found | None:
    """The quarter, the latest quarter, the year-ago quarter, year-earlier results."""
    which = (m["which"] or "").lower()
    if "ago" in which or "earlier" in which or "previous year" in which or m["before"]:
        return Found("DATE", reports.year_before(_reported(ctx, m["unit"])), anchors=False)
    if not m["unit"] or (m["unit"].lower() == "period" and not which and not m["before"]):
        return None
    if not which and not m[0].lower().startswith("the"):
        return None
    ended = ended_value(ctx, m, ar.QUARTER) if m["unit"].lower() == "quarter" else None
    return Found("DATE", ended or reports.reported_quarter(ctx), anchors=False)


_SEASON_PREPOSITIONS = frozenset(
    {"in", "during", "since", "by", "until", "through", "throughout", "into", "over", "for", "from"}
)
#: Words before "mid-year" that make it a time, not an adjective ("by mid-year").
_MID_YEAR_PREPOSITIONS = _SEASON_PREPOSITIONS | {"at", "around", "to", "till"}


def build_quarter_code(m: re.Match[str], ctx: Context) -> Found | None:
    """Q3 2024, Q1, H2 2023, FY Q4 '24: quarters and halves written as codes."""
    unit, part = m["unit"], int(m["part"])
    if not ctx.text[m.start("unit")].isupper() or (unit == "h" and part > 2):
        return None
    if m["year"]:
        year = int(m["year"])
    elif m["short"]:
        year = ctx.dct.year // 100 * 100 + int(m["short"])
    else:
        year = part_year(ctx, part, 3 if unit == "q" else 6, m)
    return Found("DATE", f"{year:04d}-{unit.upper()}{part}")


def build_fiscal_year_code(m: re.Match[str], ctx: Context) -> Found | None:
    """FY24, FY'25: a fiscal year named by its last two figures, in the DCT's century."""
    if not ctx.text[m.start()].isupper():
        return None
    return Found("DATE", f"{ctx.dct.year // 100 * 100 + int(m['short']):04d}")


def build_year_period(m: re.Match[str], ctx: Context) -> Found | None:
    """The 1988 period, the 1988 quarter: that year's part the report is about."""
    _, dash, part = _reported(ctx, m["unit"]).partition("-")
    return Found("DATE", f"{m['year']}{dash}{part}", anchors=False)


def build_season(m: re.Match[str], ctx: Context) -> Found | None:
    """This summer, last fall, the spring of 1998, winter 2023."""
    code = lexicon.SEASONS[m["season"].lower()]
    rel = " ".join((m["rel"] or "").lower().split())
    if m["ry"]:
        # "The spring of next year": the season of the year told relative to the text's date.
        ry = " ".join(m["ry"].lower().split())
        shift = {"next": 1, "last": -1, "this": 0, "the following": 1, "the previous": -1}[ry]
        base = ctx.dct.year if ry in ("next", "last", "this") else ctx.reference.year
        return Found("DATE", f"{base + shift:04d}-{code}", position_mod(m["pos"]))
    if not (m["year"] or m["sy"] or m["pos"]) and rel in ("", "the"):
        before = ctx.word_before(m.start() if not rel else m.start("rel"))
        if before not in _SEASON_PREPOSITIONS:
            return None
        if re.match(r"\s+of\b", ctx.text[m.end() : m.end() + 4]):
            return None
    start_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
    if rel.startswith("the ") and not (m["year"] or m["sy"]):
        # "The following spring": the next such season after the period the text tells of.
        ref = ctx.reference
        if rel in ("the following", "the next"):
            year = ref.year if start_month > ref.month else ref.year + 1
        else:
            year = ref.year if start_month + 2 < ref.month else ref.year - 1
        return Found("DATE", f"{year:04d}-{code}", position_mod(m["pos"]))
    told = _year_in_sentence(ctx, m) if rel in ("", "the", "that") else None
    if m["year"] or m["sy"]:
        year = int(m["year"]) if m["year"] else spelled_year(m["sy"]) or ctx.dct.year
    elif told is not None:
        # "It collapsed in 2011, when talks broke down over the summer": that year's summer.
        year = told
    else:
        direction = direction_of(rel) if rel not in ("", "the", "that") else None
        if direction is None:
            direction = ctx.tense(m.start(), m.end())
        current = ctx.dct.month >= start_month or (code == "WI" and ctx.dct.month <= 2)
        year = ctx.dct.year - (1 if code == "WI" and ctx.dct.month <= 2 else 0)
        if direction == PAST and (rel in ("last", "past") or not current):
            year -= 1
        elif direction == FUTURE and (rel in ("next", "coming") or current):
            year += 1 if rel in ("next", "coming") or ctx.dct.month > start_month + 2 else 0
    return Found("DATE", f"{year:04d}-{code}", position_mod(m["pos"]))


_YEAR_IN_TEXT = re.compile(r"(?<![\d$#.,/-])(1[89]\d\d|20\d\d)(?![\d,.]\d|s\b|-)")
#: The text up to its last year in figures: the greedy start backs off from the end.
_LAST_YEAR = re.compile(".*" + _YEAR_IN_TEXT.pattern, re.DOTALL)
#: The text up to the end of its last sentence: the greedy start backs off from the end, so
#: the match ends where the last sentence end does.
_LAST_SENTENCE_END = re.compile(r".*[.!?](?:\s|$)", re.DOTALL)


def _year_in_sentence(ctx: Context, m: re.Match[str]) -> int | None:
    """The year written in figures that the clause holding `m` tells of: the last one
    earlier in its clause ("opened in 2008 and closed in May"), or one opening its sentence
    ("In 2011, prices peaked in June"); a year in another clause ("a plan approved in 1987,
    ...") or one the tense denies ("sales in 2012 rose and will grow in May") is not."""
    written = _written_year(ctx, m.start())
    if written is None:
        return None
    told, end = written
    tense = ctx.tense(m.start(), m.end())
    if tense == FUTURE and told < ctx.dct.year or tense == PAST and told > ctx.dct.year:
        return None
    if told < ctx.dct.year and _PRESENT_VERB.search(ctx.lower, end, m.start()):
        return None  # "took office in 2021 and is up for re-election in November": now's verb
    return told


#: A verb in the present between a year gone by and a date: the date is another clause's.
_PRESENT_VERB = re.compile(r"\b(?:is|are|has|have|remains|remain)\b")


def _present_before(ctx: Context, start: int) -> bool:
    """Whether a verb in the present stands a few words before `start` in its sentence."""
    window = re.split(r"[.!?;]", ctx.lower[max(0, start - 40) : start])[-1]
    return _PRESENT_VERB.search(window) is not None


def _written_year(ctx: Context, start: int) -> tuple[int, int] | None:
    """The year in figures earlier in the clause of `start`, or opening its sentence, with
    the offset where it ends."""
    low = max(0, start - 200)
    # One backward search for the last sentence end, not a walk over every one before it.
    stop = _LAST_SENTENCE_END.match(ctx.lower, low, start)
    if stop is not None:
        low = stop.end()
    # Most often the last year is told of in the same clause: found in one backward search.
    last_year = _LAST_YEAR.match(ctx.lower, low, start)
    if last_year is None:
        return None
    year = _YEAR_IN_TEXT.match(ctx.lower, last_year.start(1), start)
    if (
        year is not None
        and _told(ctx, *year.span())
        and _SAME_CLAUSE.match(ctx.lower[year.end() : start])
    ):
        return int(year[1]), year.end()
    years = [found.span() for found in _YEAR_IN_TEXT.finditer(ctx.lower, low, start)]
    last = next((found for found in reversed(years) if _told(ctx, *found)), None)
    if last is None:
        return None
    if _SAME_CLAUSE.match(ctx.lower[last[1] : start]):
        return int(ctx.lower[last[0] : last[1]]), last[1]
    if not _OPENING_YEAR.match(ctx.lower, low):
        return None
    first, end = next(found for found in years if _told(ctx, *found))
    return int(ctx.lower[first:end]), end


def _told(ctx: Context, start: int, end: int) -> bool:
    """Whether the year at ``[start, end)`` is a time the clause tells of: not the bound of a
    span ("since 2008") nor part of a name."""
    return not _BOUND_BEFORE.search(
        ctx.lower, max(0, start - 12), start
    ) and not _NAMES_A_THING.match(ctx.text, end)


#: A year that names a plan for it ("the 2026 budget", "its 2030 goals") is not the time a
#: clause tells of: the vote on a budget comes the year before. A year naming a happening
#: ("the 2024 Olympics open on July 26") is.
_NAMES_A_THING = re.compile(
    r" (?:budgets?|plans?|targets?|goals?|strateg(?:y|ies)|forecasts?|outlook|agenda|"
    r"spending|accounts|deficit)\b",
    re.IGNORECASE,
)
#: Words that make a year the bound of a span ("since 2008", "by 2030", "born in 1950"), not
#: the time a clause tells of.
_BOUND_BEFORE = re.compile(r"\b(?:since|until|till|by|before|after|from|through|to|born\s+in)\s+$")
#: What may stand between a year and an expression of the same clause: no comma, except
#: before "when" ("in 2011, when talks broke down over the summer").
_SAME_CLAUSE = re.compile(r"[^,]*$|\s*,\s*when\b[^,]*$")


#: A year in figures opening a sentence, after at most a preposition: "In 2011, ...".
_OPENING_YEAR = re.compile(r"\s*(?:[a-z]+\s+)?(?:1[89]\d\d|20\d\d)\s*,")


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
    if name in lexicon.EASTER_HOLIDAYS:
        return _easter(year) + timedelta(days=lexicon.EASTER_HOLIDAYS[name])
    if name in lexicon.ISLAMIC_HOLIDAYS:
        return ar.hijri_in_year(year, *lexicon.ISLAMIC_HOLIDAYS[name])
    if name == "election day":
        # United States elections: the Tuesday after the first Monday of November.
        return ar.nth_weekday(year, 11, 1, 1) + timedelta(days=1)
    month, weekday, n = lexicon.WEEKDAY_HOLIDAYS[name]
    return ar.nth_weekday(year, month, weekday, n)


def holiday_day(m: re.Match[str], ctx: Context) -> date | None:
    """The day of a holiday matched in group "name", in the year given, or by "rel" or tense."""
    if not ctx.capitalised(m, "name"):
        return None
    name = " ".join(m["name"].lower().replace("’", "'").split())
    if name.startswith("new year") and _OTHER_CALENDAR.search(
        ctx.lower, max(0, m.start() - 12), m.start()
    ):
        return None  # "the Lunar New Year": a day of another calendar, not January 1
    if m["year"]:
        return _holiday_date(name, int(m["year"]))
    direction = direction_of(m["rel"])
    if direction is None:
        direction = ctx.tense(m.start(), m.end())
    years = (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1)
    return ar.pick_day(ctx.dct, [_holiday_date(name, y) for y in years], direction)


#: Calendars whose New Year is not January 1.
_OTHER_CALENDAR = re.compile(
    r"\b(?:lunar|chinese|jewish|persian|iranian|islamic|hindu|thai|tibetan|vietnamese|korean)"
    r"\s+$"
)


def build_holiday(m: re.Match[str], ctx: Context) -> Found | None:
    """Christmas, Thanksgiving Day, New Year's Day 2024, last Easter."""
    day = holiday_day(m, ctx)
    if day is None:
        return None
    if m["week"]:
        # "Easter week", "Christmas weekend": the week the holiday falls in.
        week = ar.format_value(day, ar.WEEK)
        return Found("DATE", week + "-WE" if m["week"].lower() == "weekend" else week)
    return Found("DATE", day.isoformat())
