"""Normalisers for days named by weekday or deixis ("yesterday") and for times of day."""

from __future__ import annotations

import re
from datetime import date, timedelta

from feeds.timex import arithmetic as ar
from feeds.timex import lexicon
from feeds.timex.anchoring import (
    FUTURE,
    PAST,
    UNKNOWN,
    label_end,
    names_past_event,
    names_scheduled_event,
)
from feeds.timex.context import Context, Found
from feeds.timex.dates import points_at_time, resolve_day
from feeds.timex.patterns import (
    AMPM,
    DAY_SPEC,
    PART_OF_DAY,
    TIMEZONE,
    WEEKDAY,
    position_mod,
    quantity_mod,
)


def weekday_date(ctx: Context, weekday: int, rel: str | None, m: re.Match[str]) -> date:
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
    if rel in ("the previous", "the preceding"):
        # Counted from the last day the text named, as "the previous day" is.
        return ar.weekday_date(ctx.day - timedelta(days=1), weekday, PAST)
    if rel in ("the following", "the next"):
        return ar.weekday_date(ctx.day + timedelta(days=1), weekday, FUTURE)
    if rel == "that":
        # "That Friday": the Friday of the week the text is telling of.
        return ar.weekday_date(ctx.day, weekday, UNKNOWN)
    if _RANGE_END.search(ctx.lower, max(0, m.start() - 24), m.start()):
        # "Thursday through Sunday": the end of a range is the first such day after its start.
        return ar.weekday_date(ctx.day + timedelta(days=1), weekday, FUTURE)
    week = _WEEK_AFTER.match(ctx.lower, m.end())
    if week is not None:
        # "On Monday next week", "Tuesday of last week": that day of the week named after it.
        shift = {"next": 1, "last": -1, "this": 0}[week["rel"]]
        monday = ctx.dct - timedelta(days=ctx.dct.isoweekday() - 1)
        return monday + timedelta(weeks=shift, days=weekday - 1)
    if names_past_event(ctx.text, m.start(), m.end()):
        return ar.weekday_date(ctx.dct, weekday, PAST)
    tense = ctx.tense(m.start(), m.end())
    if tense == UNKNOWN and names_scheduled_event(ctx.text, m.end()):
        # "Polls show her ahead before Sunday's election": the nearer Sunday, either way.
        ahead = ar.weekday_date(ctx.dct, weekday, FUTURE)
        behind = ar.weekday_date(ctx.dct, weekday, PAST)
        return ahead if (ahead - ctx.dct) < (ctx.dct - behind) else behind
    if ctx.word_before(m.start()) in _UNTIL and (
        tense == UNKNOWN
        or _PUT_OFF_BEFORE.search(ctx.lower, max(0, m.start() - 90), m.start()) is not None
    ):
        # "The exhibition runs until Sunday", "ordered schools closed until Monday": a state
        # that lasts, or was ordered to last, until a day not yet come.
        tense = FUTURE
    if tense == FUTURE and ctx.day >= ctx.dct and label_end(ctx.text, m.end()) is not None:
        # "Sunday: ... Monday: ... Saturday: ...": a programme lists its days in order, each
        # label after the day the line before it named.
        return ar.weekday_date(ctx.day + timedelta(days=1), weekday, FUTURE)
    return ar.weekday_date(ctx.dct, weekday, FUTURE if tense == FUTURE else PAST)


_UNTIL = frozenset({"until", "till", "through"})
#: A verb that orders or puts off what lasts until the day after it: "ordered ... closed
#: until Monday", "adjourned the hearing until Friday".
_PUT_OFF_BEFORE = re.compile(
    r"\b(?:ordered|adjourned|postponed|delayed|deferred|suspended|extended|put\s+off|recessed)"
    r"\b[^.;!?]*$"
)
#: The week a weekday falls in, named after it: "(Monday) next week", "(Tuesday) of last week".
_WEEK_AFTER = re.compile(r"\s+(?:of\s+)?(?P<rel>next|last|this)\s+week\b")
#: A weekday just before, with the word that makes the next weekday the end of a range.
_RANGE_END = re.compile(rf"\b{WEEKDAY}\s*(?:to|through|thru|until|till|-|–)\s*$")
#: "Every" and a weekday before a second one joined to it: "every Monday and Thursday".
_EVERY_BEFORE = re.compile(rf"\b(?:every|each)\s+{WEEKDAY}\s*(?:,|and|or|&)\s*$")
#: A second weekday in the plural after "and": "Monday and Tuesday nights", "Saturdays".
_PLURAL_AFTER = re.compile(
    rf"\s+(?:and|or|&)\s+{WEEKDAY}(?:s\b|\s+(?P<pod>{PART_OF_DAY})s\b)", re.IGNORECASE
)


def build_weekday(m: re.Match[str], ctx: Context) -> Found | None:
    """Friday, last Monday, Wednesday night."""
    if not ctx.capitalised(m, "weekday"):
        return None
    if not points_at_time(ctx, m):
        return None  # "said that Friday's vote ...": "that" joins a clause, the day is alone
    plural = _PLURAL_AFTER.match(ctx.lower, m.end())
    if plural and not m["rel"] and not m["pod"]:
        # "On Monday and Tuesday nights": the plural after the pair makes both of them sets.
        value = f"XXXX-WXX-{lexicon.weekday_number(m['weekday'])}"
        pod = plural["pod"]
        return Found("SET", value + (f"T{lexicon.PARTS_OF_DAY[pod]}" if pod else ""))
    if not m["rel"] and _EVERY_BEFORE.search(ctx.lower, max(0, m.start() - 40), m.start()):
        # "Every Monday and Thursday": the second day recurs as the first does.
        return Found("SET", f"XXXX-WXX-{lexicon.weekday_number(m['weekday'])}")
    day = weekday_date(ctx, lexicon.weekday_number(m["weekday"]), m["rel"], m)
    if m["named"]:
        # "By Wednesday noon": a clock time on that day, as "noon Wednesday" is.
        clock = "24" if m["named"].lower() == "midnight" else "12:00"
        return Found("TIME", f"{day.isoformat()}T{clock}", position_mod(m["pos"]))
    if m["pod"]:
        # A part of a named day ("Friday night") is typed as the day it belongs to: DATE is
        # what news annotation mostly gives it, while "last night" stays a TIME.
        pod = lexicon.PARTS_OF_DAY[m["pod"].lower()]
        return Found("DATE", f"{day.isoformat()}T{pod}", position_mod(m["pos"]))
    return Found("DATE", day.isoformat(), position_mod(m["pos"]))


DEICTIC = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


def deictic_day(word: str, dct: date) -> date:
    """The day today, yesterday, tomorrow and their longer forms name."""
    word = " ".join(word.lower().split())
    if word == "the day before yesterday":
        return dct - timedelta(days=2)
    if word == "the day after tomorrow":
        return dct + timedelta(days=2)
    return dct + timedelta(days=DEICTIC[word])


def build_deictic(m: re.Match[str], ctx: Context) -> Found | None:
    """Today, yesterday, tomorrow, tonight, late yesterday, yesterday morning."""
    if _GENERIC_AFTER.match(ctx.lower, m.end()) or _GENERIC_BEFORE.search(
        ctx.lower, max(0, m.start() - 20), m.start()
    ):
        return None
    day = deictic_day(m["word"], ctx.dct)
    pos = (m["pos"] or "").lower()
    mod = position_mod(pos) if pos in ("early", "late") else None
    if m["word"].lower() == "tonight":
        return Found("TIME", f"{day.isoformat()}TNI")
    if m["pod"]:
        return Found("TIME", f"{day.isoformat()}T{lexicon.PARTS_OF_DAY[m['pod'].lower()]}", mod)
    return Found("DATE", day.isoformat(), mod)


#: "Today's world", "today's youth": the present age, not the day of the report.
_GENERIC_AFTER = re.compile(
    r"['’]s\s+(?:world|youth|young|society|generation|children|kids|culture|standards"
    r"|technology|personal\s+computers|computers|families|economy)\b"
)

#: "The people of tomorrow", "the youth of today" (but "as of today" is a day).
_GENERIC_BEFORE = re.compile(r"(?<!\bas)\s+of\s+$")

#: Hours and a colon before a time: the rest is minutes and seconds of a duration.
_LAP_BEFORE = re.compile(r"\d[:.]$")
#: A time given again in another zone, in brackets: "10:35 a.m. (0735 GMT)".
_CONVERSION_BEFORE = re.compile(r"(?:[ap]\.?m\.?|\d|\b[a-z]{2,4}t)\s*\(\s*$")


#: The words before "the morning" that make it a time of the day told of ("since the morning").
_THE_PART_OF_DAY_AFTER = frozenset({"in", "during", "by", "through", "since", "until", "till"})


def build_part_of_day(m: re.Match[str], ctx: Context) -> Found | None:
    """This morning, last night, the next morning, that evening."""
    rel = " ".join((m["rel"] or "").lower().split())
    pod = lexicon.PARTS_OF_DAY[m["pod"].lower()]
    if rel == "the" and ctx.word_before(m.start()) not in _THE_PART_OF_DAY_AFTER:
        return None
    if m["day"]:
        day = deictic_day(m["day"], ctx.dct)
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


def build_overnight(m: re.Match[str], ctx: Context) -> Found | None:
    """Overnight, alone, in a report of its own day: the night just before it ("flooded
    overnight"); when the text tells of another day, which night it means is unclear."""
    if ctx.day != ctx.dct or ctx.word_before(m.start()) in ("an", "the", "this", "last"):
        return None
    return Found("TIME", f"{(ctx.dct - timedelta(days=1)).isoformat()}TNI")


def build_time(m: re.Match[str], ctx: Context) -> Found | None:
    """10:35 a.m., 5 p.m. EST Nov. 9, noon Saturday, midnight."""
    named = (m["named"] or "").lower()
    if named == "noon" and ctx.word_before(m.start()) == "high":
        return None
    if _CONVERSION_BEFORE.search(ctx.lower, max(0, m.start() - 12), m.start()):
        return None
    if m["h2"] and _LAP_BEFORE.search(ctx.lower, max(0, m.start() - 4), m.start()):
        return None  # "won in 2:21:05": minutes and seconds of a race time, no clock
    minute = 0
    if named:
        hour = 24 if named == "midnight" else 12
    else:
        hour = _clock_number(m["h"] or m["h2"] or m["h3"] or m["h4"] or m["h5"])
        minute = int(m["mi"] or m["mi2"] or m["mi4"] or 0)
        if m["h5"]:
            # "Five minutes past six" is 6:05; "a quarter to seven" is 6:45.
            part = (m["part"] or "").split()[-1:]
            minute = {"quarter": 15, "half": 30}[part[0]] if part else _clock_number(m["mw"])
            if m["side"] == "to":
                hour, minute = (hour - 1) % 24, 60 - minute
        ampm = (m["ampm"] or "").lower()
        if ampm.startswith("p") and hour < 12:
            hour += 12
        elif ampm.startswith("a") and hour == 12:
            hour = 0
        if m["h4"] and m["pod"].lower() != "morning" and hour < 12:
            hour += 12
        elif m["h4"] and hour == 12:
            hour = 0  # "12:30 in the morning" is half an hour after midnight
    if hour > 24 or minute > 59:
        return None
    day = _clock_day(m, ctx)
    if day is None:
        return None
    clock = f"{hour:02d}" if named == "midnight" else f"{hour:02d}:{minute:02d}"
    return Found("TIME", f"{day.isoformat()}T{clock}", quantity_mod(m["qmod"]))


def _clock_number(text: str) -> int:
    """An hour or a count of minutes in figures or words ("7", "seven", "twenty-five")."""
    if text.isdecimal():
        return int(text)
    return sum(lexicon.CARDINALS[w] for w in text.lower().replace("-", " ").split())


def _clock_day(m: re.Match[str], ctx: Context) -> date | None:
    """The day of a clock time: the one named after it ("5 p.m. Tuesday", "1500 GMT on Nov.
    6"), else the last day mentioned; None when the named day does not exist."""
    spec = m["day"]
    converted = None if spec else _CONVERTED_DAY.match(ctx.lower, m.end())
    if converted is not None:
        # "8:30 a.m. EDT (1230 GMT) on Friday": the day after the other zone's time is its day.
        return weekday_date(ctx, lexicon.weekday_number(converted["weekday"]), None, m)
    closing = None if spec else _RANGE_END_CLOCK.match(ctx.lower, m.end())
    if closing is not None:
        # "From 8 a.m. to 8 p.m. on Sunday": the day after the range is the day of both ends;
        # a range that runs past midnight ("between 10 p.m. and 6 a.m. Friday") starts the
        # evening before.
        end_day = _spec_day(closing["day"], ctx, m)
        overnight = (m.groupdict().get("ampm") or "").startswith("p") and bool(closing["am"])
        if closing["h24"] and "ampm" not in m.groupdict():
            overnight = int(m["h"]) > int(closing["h24"])  # "from 2200 to 0600 GMT Saturday"
        return end_day - timedelta(days=1) if end_day and overnight else end_day
    if not spec:
        if ctx.day > ctx.dct and ctx.tense(m.start(), m.end()) == PAST:
            return ctx.dct  # "meet again on April 5. By 1400 GMT Brent was up": today's clock
        if ctx.day < ctx.dct and ctx.tense(m.start(), m.end()) == FUTURE:
            return ctx.dct  # "left on Thursday ... will be one-way from 2 p.m.": not yet past
        return ctx.day + timedelta(days=_day_after(ctx.lower, m.end()) or _after_evening(ctx, m))
    return _spec_day(spec, ctx, m)


#: An evening clock time, then no end of sentence: "(a curfew imposed at) 6 p.m. Wednesday".
_EVENING_BEFORE = re.compile(r"\b(?:[6-9]|1[01])(?::\d\d)?\s*p\.?\s?m\b\.?[^.!?]*$")


def _after_evening(ctx: Context, m: re.Match[str]) -> int:
    """1 when a morning clock time follows an evening one in its sentence ("imposed at 6 p.m.
    Wednesday was lifted at 10 a.m."): told in order, the morning is the next day's."""
    ampm = (m.groupdict().get("ampm") or "").lower()
    if not ampm.startswith("a"):
        return 0
    if ctx.day >= ctx.dct and ctx.tense(m.start(), m.end()) == PAST:
        return 0  # a morning told in the past cannot be after the text's own day
    return 1 if _EVENING_BEFORE.search(ctx.lower, max(0, m.start() - 120), m.start()) else 0


def _spec_day(spec: str, ctx: Context, m: re.Match[str]) -> date | None:
    """The day a day spec after a clock time names ("Tuesday", "Thursday, June 12", "Nov. 6",
    "6 November 2024", "today"); None when it does not exist."""
    first = spec.lower().split()[0].rstrip(".,")
    if first in DEICTIC:
        return deictic_day(first, ctx.dct)
    if first in lexicon.WEEKDAYS:
        if "," not in spec:
            return weekday_date(ctx, lexicon.weekday_number(first), None, m)
        # "Thursday, June 12": the date after the weekday says which Thursday.
        spec = spec.split(",", 1)[1]
        first = spec.split()[0]
    # "Nov. 6" in American news, "6 November" in British, perhaps with the year after it.
    words = spec.replace(",", " ").split()
    year = words.pop() if len(words) > 2 else None
    month, number = words[:: -1 if first[0].isdigit() else 1]
    value = resolve_day(ctx, lexicon.month_number(month), int(re.sub(r"\D", "", number)), year, m)
    return None if value is None else date.fromisoformat(value)


#: The end of a range of clock times with the day of both ends after it: "(8 a.m.) to 8 p.m.
#: on Sunday", "(10 p.m.) and 6 a.m. Friday", "(2200) to 0600 GMT on Saturday"; group "am"
#: is set when the end is a morning, "h24" holds the hour of a 24-hour end.
_RANGE_END_CLOCK = re.compile(
    r"\s*(?:-|–|to|until|till|through|and)\s*"
    rf"(?:(?P<h24>[01]\d|2[0-4])[0-5]\d(?=\s+(?:{TIMEZONE}|hours|hrs))"
    rf"|\d{{1,2}}(?:[:.]\d\d)?\s*(?:(?P<am>a\.\s?m\b\.?|a\s?m\b)|{AMPM})?|noon|midnight)"
    r"(?:\s+(?:hours|hrs))?"
    rf"(?:\s+{TIMEZONE})?\s*,?\s+(?:on\s+)?(?P<day>{DAY_SPEC})\b",
    re.VERBOSE,
)
#: A weekday after a clock time given again in another zone: "(1230 GMT) on Friday".
_CONVERTED_DAY = re.compile(
    rf"\s*\(\s*\d{{1,2}}:?\d\d\s*(?:gmt|utc)\s*\)\s*,?\s*(?:on\s+)?(?P<weekday>{WEEKDAY})\b"
)
#: A day named after a clock time, relative to the last day mentioned: "9 a.m. the next day".
_DAY_AFTER_TIME = re.compile(
    r"\s+(?:on\s+)?the\s+(?P<rel>next|following|previous|preceding)\s+(?:day|morning|evening)\b"
)


def _day_after(lower: str, end: int) -> int:
    """How many days "the next day" after a time at `end` moves it from the last day named."""
    found = _DAY_AFTER_TIME.match(lower, end)
    if found is None:
        return 0
    return 1 if found["rel"] in ("next", "following") else -1


def build_clock_24(m: re.Match[str], ctx: Context) -> Found | None:
    """0600 GMT, 1430 hours, 1500 GMT on Monday: a time on the day named after it or else on
    the last day mentioned."""
    if _CONVERSION_BEFORE.search(ctx.lower, max(0, m.start() - 12), m.start()):
        return None
    day = _clock_day(m, ctx)
    if day is None:
        return None
    return Found("TIME", f"{day.isoformat()}T{m['h']}:{m['mi']}")
