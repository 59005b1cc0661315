"""Normalisers for relative periods, durations, vague references and sets."""

from __future__ import annotations

import re
from datetime import date, timedelta

from feeds.timex import arithmetic as ar
from feeds.timex import lexicon, reports
from feeds.timex.anchoring import FUTURE, MODALS
from feeds.timex.context import Context, Found
from feeds.timex.patterns import day_number, parse_count, position_mod, quantity_mod, unit_code

#: Words that state an amount: before "a year" they make it the period of a rate.
_AMOUNT_WORDS = frozenset(
    {
        "hundred",
        "hundreds",
        "thousand",
        "thousands",
        "million",
        "millions",
        "billion",
        "billions",
        "trillion",
        "trillions",
        "dozen",
        "dozens",
        "percent",
        "cent",
        "cents",
        "dollar",
        "dollars",
        "euro",
        "euros",
        "pounds",
        "yuan",
        "yen",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
    }
)
#: An amount in figures ("$1.76", "358,000", "20%"), but not a year.
_AMOUNT = re.compile(r"[$£€#]?(?!(?:1[89]|20)\d\d$)\d[\d,.]*%?")


def _anchor(ctx: Context, unit: str) -> date:
    """What "the next day" or "a year later" counts from: the last day, or period, mentioned."""
    return ctx.day if unit in (ar.DAY, ar.WEEK, "H", "MIN", "S") else ctx.reference


#: How many months into a year "the coming year" still names it: the year just begun.
_NEW_YEAR_MONTHS = 2


def build_relative(m: re.Match[str], ctx: Context) -> Found | None:
    """This year, last month, next week, the following day, earlier this year."""
    rel = " ".join(m["rel"].lower().split())
    unit_word = m["unit"].lower()
    unit = "WE" if unit_word == "weekend" else unit_code(unit_word)
    mod = position_mod(m["pos"])
    if unit in ("H", "MIN", "S"):
        return None
    if unit == "FN":
        # A fortnight has no calendar value: only "the next fortnight" and its kind, spans.
        if rel in ("the past", "the last", "past", "the next", "the coming"):
            return Found("DURATION", ar.duration_value(1, unit), mod)
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
    if rel in ("the next", "the coming") and unit in (ar.DECADE, ar.CENTURY):
        # "Over the next decade" is a span, as "the past decade" is.
        return Found("DURATION", ar.duration_value(1, unit), mod)
    if (
        rel == "last"
        and unit == ar.YEAR
        and not mod
        and ctx.period
        and reports.compares(ctx, m.start())
    ):
        # "Net rose to $5 million from $4 million last year": the report's period a year back.
        return Found("DATE", reports.year_before(ctx.period), anchors=False)
    if rel in ("the following", "the next", "the previous", "the preceding", "the prior"):
        anchor, step = _anchor(ctx, unit), (1 if rel in ("the following", "the next") else -1)
    elif rel in ("that", "the same", "that same", "the"):
        anchor, step = _anchor(ctx, unit), 0
    else:
        anchor = ctx.dct
        step = {
            "last": -1,
            "previous": -1,
            "prior": -1,
            "the past": -1,
            "the last": -1,
            "the latest": -1,
            "the most recent": -1,
        }.get(rel, 0)
        step = {"next": 1, "coming": 1, "the coming": 1, "this coming": 1}.get(rel, step)
        if rel == "this past":
            step = -1
        elif step == 1 and rel != "next" and unit == ar.YEAR and anchor.month <= _NEW_YEAR_MONTHS:
            step = 0  # "targets for the coming year" told in February: the year just begun
    if unit == "WE":
        day = ar.shift(anchor, ar.WEEK, step)
        return Found("DATE", ar.format_value(day, ar.WEEK) + "-WE", mod)
    if unit in ("FN", "ML"):
        return None
    return Found("DATE", ar.shifted_value(anchor, unit, step), mod)


def build_weekend(m: re.Match[str], ctx: Context) -> Found | None:
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


#: What a count of time measures when it is an amount: pay, goods, worth ("13 days' pay",
#: "six months of base pay", "reserves worth four months of imports", "a year's supply").
_MEASURED_IN_TIME = re.compile(
    r"(?:['’]s?\s+|\s+of\s+)(?:[a-z]+\s+)?(?:pay|salary|salaries|wages?|severance|rent"
    r"|imports|supply|supplies|worth|output|production|consumption|benefits?|income)\b"
)


#: Words before a count of time that make it an age, perhaps with the first end of a range
#: ("aged 9 to 14 years", "the ages of 6 and 12 years"), and the words after it that do
#: ("5 years of age").
_AGE_BEFORE = re.compile(r"\b(?:aged|ages?(?:\s+of)?)\s+(?:\d+\s*(?:to|and|-|–)\s*)?$")
_AGE_AFTER = re.compile(r"\s+of\s+age\b")


def build_duration(m: re.Match[str], ctx: Context) -> Found | None:
    """Three days, the past five years, two-year, a year ago, a day earlier, 5 1/2 hours."""
    count_text = " ".join(m["count"].lower().split())
    unit_word = m["unit"].lower()
    unit = unit_code(unit_word)
    if unit_word.startswith("second") and count_text in ("a", "an"):
        return None
    if unit_word in ("night", "nights") and count_text in ("a", "an", "one"):
        return None
    single = count_text in ("a", "an", "one")
    if count_text in ("a", "an") and ctx.lower.startswith("-", m.end("count")):
        return None  # "a once-in-a-decade change": a word of a compound, not a span
    if count_text in ("a", "an") and not m["dir"] and is_rate(ctx, m.start()):
        return None
    if not m["dir"] and _MEASURED_IN_TIME.match(ctx.lower, m.end()):
        return None  # "six months of base pay", "a month's supply": an amount, not a time
    if not m["dir"] and (
        _AGE_BEFORE.search(ctx.lower, max(0, m.start() - 30), m.start())
        or _AGE_AFTER.match(ctx.lower, m.end())
    ):
        return None  # "children aged 12 to 15 months", "under 5 years of age": an age
    if unit == ar.QUARTER and (single or _FRACTION.match(ctx.lower, m.start("count"))):
        return None
    count = parse_count(count_text)
    if count is not None and m["half"]:
        count += 0.5
    qmod = quantity_mod(m["qmod"])
    if m["qmod"] and m["qmod"].strip() == "over" and ctx.word_before(m.start()) not in _OVER_AFTER:
        # "Evolved over several years": "over" says when, not "more than".
        return None
    direction = " ".join((m["dir"] or "").lower().split())
    if (
        not direction
        and unit == ar.DAY
        and count_text == "one"
        and not m["qmod"]
        and ctx.word_before(m.start()) in MODALS
    ):
        # "Islam will one day be the second religion": some day to come, not a day long.
        return Found("DATE", "FUTURE_REF")
    if (
        not direction
        and unit == ar.DAY
        and count_text == "one"
        and not m["qmod"]
        and _SENTENCE_START.search(ctx.lower, max(0, m.start() - 4), m.start())
        and not _DAY_SPAN_AFTER.match(ctx.lower, m.end())
    ):
        # "One day, he walked in": some day told of, before or after now, not a day long.
        future = ctx.tense(m.start(), m.end()) == FUTURE
        return Found("DATE", "FUTURE_REF" if future else "PAST_REF")
    if not direction and _in_future(m, ctx, count, unit):
        # "They will meet again in three months": the day that far ahead, not a span.
        return Found("DATE", ar.shifted_value(ctx.dct, unit, int(count or 0)))
    if not direction:
        return Found("DURATION", ar.duration_value(count, unit), qmod)
    if direction in ("ago", "back"):
        anchor, sign = ctx.dct, -1
    elif direction in ("from now", "hence"):
        anchor, sign = ctx.dct, 1
    elif direction in ("later", "after", "after that"):
        anchor, sign = _anchor(ctx, unit), 1
    else:
        anchor, sign = _anchor(ctx, unit), -1
    if count is not None and unit == ar.YEAR and count != int(count) and count * 12 % 1 == 0:
        # "Two and a half years ago": that month, as "30 months ago" would name it.
        return Found("DATE", ar.shifted_value(anchor, ar.MONTH, sign * int(count * 12)))
    if count is None or unit in ("H", "MIN", "S") or count != int(count):
        return Found("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    if unit == "WE":
        # "Two weekends ago": that weekend, a date like "two weeks ago".
        week = ar.format_value(ar.shift(anchor, ar.WEEK, sign * int(count)), ar.WEEK)
        return Found("DATE", week + "-WE")
    if unit == "FN":
        return Found("DATE", ar.shifted_value(anchor, ar.WEEK, sign * 2 * int(count)))
    if unit == "ML":
        return Found("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    if unit == ar.YEAR and count == 1 and ctx.period and direction in ("ago", "earlier"):
        return Found("DATE", reports.year_before(ctx.period), anchors=False)
    if unit == ar.YEAR and count == 1 and direction in ("ago", "earlier"):
        month = reports.month_compared(ctx, m.start())
        if month is not None:
            return Found("DATE", month, anchors=False)
    return Found("DATE", ar.shifted_value(anchor, unit, sign * int(count)), qmod)


#: What stands before an expression opening a sentence.
_SENTENCE_START = re.compile(r"(?:^|[.!?][\s\"'“”‘’]*|\n\s*)$")
#: Words after "one day" that make it a day long or a day's distance ("one day of talks").
_DAY_SPAN_AFTER = re.compile(r"\s+(?:of|later|earlier|after|before|long|ago|in\b)")


def _in_future(m: re.Match[str], ctx: Context, count: float | None, unit: str) -> bool:
    """Whether a bare count of days to years follows "in" in a clause about the future."""
    return (
        count is not None
        and count == int(count)
        and unit in (ar.DAY, ar.WEEK, ar.MONTH, ar.YEAR)
        and m.start() == m.start("count")
        and m.end() == m.end("unit")
        and ctx.word_before(m.start()) == "in"
        and not _SINCE_WHEN.search(ctx.lower, max(0, m.start() - 40), m.start())
        and ctx.tense(m.start(), m.end()) == FUTURE
    )


#: "The first time in five years", "its highest level in a decade": "in" tells how long since.
_SINCE_WHEN = re.compile(
    r"\b(?:time|first|last|most|least|best|worst|ever|[a-z]{2,}est)\s+(?:[a-z]+\s+)?in\s+$"
)


#: Words after which "over" means "more than" ("for over a year", "just over an hour").
_OVER_AFTER = frozenset(
    {"just", "for", "last", "lasted", "lasting", "took", "take", "takes", "spent", "in", "of"}
)


def build_bare_plural(m: re.Match[str], ctx: Context) -> Found | None:
    """For years, within weeks, decades ago: units with no count."""
    unit = unit_code(m["unit"])
    if m["dir"]:
        return Found("DATE", "PAST_REF")
    # "Days later", "hours earlier": the stretch from the last date, which TimeML tags
    # without the adverb, as it does "A few days later".
    if not _LATER.match(ctx.lower, m.end()) and ctx.word_before(m.start()) not in (
        "for",
        "within",
        "over",
        "took",
        "lasted",
        "spent",
        "after",
    ):
        if (
            unit in (ar.DAY, ar.WEEK, ar.MONTH)
            and _BEFORE_AFTER.match(ctx.lower, m.end())
            and ctx.word_before(m.start()) != "of"
            and not ctx.lower.endswith("on the ", 0, m.start())
        ):
            # "In the weeks before the shooting", "days after the attack": a stretch of time
            # next to a happening, as vague as a month (of days and weeks) or a year; "on the
            # days before" counts particular days.
            day = ctx.day if unit != ar.MONTH else ctx.reference
            return Found("DATE", ar.format_value(day, ar.YEAR if unit == ar.MONTH else ar.MONTH))
        return None
    return Found("DURATION", ar.duration_value(None, unit), quantity_mod(m["qmod"]))


#: What follows a stretch of time counted from the last date: "days later".
_LATER = re.compile(r"\s+(?:later|earlier)\b")

#: What makes "weeks" a stretch next to a happening: "weeks before", "days after".
_BEFORE_AFTER = re.compile(r"\s+(?:before|after|leading\s+up\s+to|preceding|following)\b")


REFS = {
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


def build_ref(m: re.Match[str], ctx: Context) -> Found | None:
    """Now, currently, recently, the past, the future, soon."""
    word = " ".join(m["word"].lower().split())
    if word == "now" and ctx.text.startswith("Now,", m.start()):
        # "Now, he says, ...": opening a sentence before a comma, "now" turns the argument.
        return None
    if word == "the past" and _PAST_QUALIFIES.match(ctx.lower, m.end()):
        return None  # "the past three summers", "the past season": "past" qualifies a noun
    return Found("DATE", REFS[word])


#: What "the past" qualifies when it is an adjective: a count of things or a season, which
#: no unit rule takes whole ("over the past three summers", "during the past season").
_PAST_QUALIFIES = re.compile(
    r"\s+(?:\d|(?:few|several|couple|"
    + "|".join(w for w in lexicon.CARDINALS if w != "zero")
    + "|"
    + "|".join(lexicon.SEASONS)
    + r"|seasons?)\b)"
)


def build_recent_units(m: re.Match[str], ctx: Context) -> Found | None:
    """Recent years, coming months: the vague past or future."""
    rel, unit = m["rel"].lower(), unit_code(m["unit"])
    if unit not in (ar.YEAR, ar.QUARTER):
        return Found("DURATION", ar.duration_value(None, unit))
    return Found("DATE", "PAST_REF" if rel in ("recent", "past", "last") else "FUTURE_REF")


def build_ordinal_day(m: re.Match[str], ctx: Context) -> Found | None:
    """The second day of the offensive, his first day in office: a day of the story's time."""
    return Found("DATE", ctx.day.isoformat(), anchors=False)


def build_seasons(m: re.Match[str], ctx: Context) -> Found | None:
    """The past three seasons: counted seasons of a sport or a show, a year each."""
    count = parse_count(m["count"])
    if count is None or count < 2 or count != int(count):
        return None
    return Found("DURATION", ar.duration_value(count, ar.YEAR))


def build_long_or_old(m: re.Match[str], ctx: Context) -> Found | None:
    """A day-long meeting, a decades-long battle, a years-old slump: how long it lasts."""
    word = m["unit"] or m["plural"]
    # A plural with no count ("decades-long") is of unsaid length.
    count: float | None = None if word.lower().endswith("s") else 1
    if m["count"]:
        count = parse_count(m["count"])
    return Found("DURATION", ar.duration_value(count, unit_code(word)))


def build_the_units(m: re.Match[str], ctx: Context) -> Found | None:
    """The weeks ahead, the years to come, over the years: a stretch of unsaid length."""
    if not m["ahead"] and (
        ctx.word_before(m.start()) not in _ACROSS or _UNITS_OF.match(ctx.lower, m.end())
    ):
        return None  # "the years of war", "in the weeks before the shooting"
    return Found("DURATION", ar.duration_value(None, unit_code(m["unit"])))


#: Words before "the years" that make it the stretch something runs across.
_ACROSS = frozenset({"over", "through", "throughout", "across"})
#: What makes "the years" after "over" a stretch named by what follows, not of unsaid length.
_UNITS_OF = re.compile(r"\s+(?:(?:of|before|after|between|from|to|when|in|since)\b|\d)")


SET_WORDS = {
    "daily": "P1D",
    "nightly": "P1D",
    "weekly": "P1W",
    "biweekly": "P2W",
    "fortnightly": "P2W",
    "weekends": "XXXX-WXX-WE",
    "weekdays": "XXXX-WXX-WD",
    "monthly": "P1M",
    "yearly": "P1Y",
    "biennially": "P2Y",
    "annually": "P1Y",
    "hourly": "PT1H",
    "biannually": "P6M",
    "semiannually": "P6M",
    "semi-annually": "P6M",
}


def build_set_word(m: re.Match[str], ctx: Context) -> Found | None:
    """Daily, weekly, annually."""
    if is_rate(ctx, m.start()) or ctx.word_before(m.start()) == "average":
        # "Profits rose 20% annually", "the average daily volume": the period of a rate or a
        # measure, not a recurring time.
        return None
    return Found("SET", SET_WORDS[m["word"].lower()])


def build_every(m: re.Match[str], ctx: Context) -> Found | None:
    """Every day, each year, every other week, every Monday, each July, every three years."""
    if ctx.lower.startswith("per", m.start()) and is_rate(ctx, m.start()):
        return None
    if m["month"]:
        day = f"-{day_number(m['day']):02d}" if m["day"] else ""
        return Found("SET", f"XXXX-{lexicon.month_number(m['month']):02d}{day}")
    what = m["what"].lower().rstrip(".")
    if what == "weekend" and not m["other"] and not m["count"]:
        return Found("SET", SET_WORDS["weekends"])
    if what in lexicon.WEEKDAYS:
        return Found("SET", f"XXXX-WXX-{lexicon.WEEKDAYS[what]}")
    if what in lexicon.SEASONS:
        return Found("SET", f"XXXX-{lexicon.SEASONS[what]}")
    if what in lexicon.PARTS_OF_DAY:
        return Found("SET", f"XXXX-XX-XXT{lexicon.PARTS_OF_DAY[what]}")
    count = parse_count(m["count"]) if m["count"] else 1.0
    if m["other"]:
        count = 2.0
    return Found("SET", ar.duration_value(count, unit_code(what)))


def build_per_unit(m: re.Match[str], ctx: Context) -> Found | None:
    """Twice a year, three times a week: the frequency's period is the set."""
    return Found("SET", ar.duration_value(1, unit_code(m["unit"])))


def is_rate(ctx: Context, start: int) -> bool:
    """Whether "a year" at `start` is the period of a rate ("$2 million a year", "four flights
    a week", "1.2 million barrels of oil a day"), not a time: an amount, perhaps with the noun
    it counts (at most three words, "of" aside) but no preposition between ("5 percent for a
    year" is a time)."""
    words = ctx.lower[max(0, start - 60) : start].split()[-7:]
    nouns = 0
    for word in reversed(words):
        if not (word[-1].isalnum() or word[-1] == "%"):
            return False  # punctuation parts a rate from its amount: "in 2009, a year later"
        if _is_amount(word):
            return True
        if word == "of":
            continue
        nouns += 1
        if nouns > _RATE_NOUN_WORDS or not word.isalpha() or word in _NOT_IN_A_RATE:
            return False
    return False


#: How many words the noun of a rate may have: "cubic meters", "copper ore".
_RATE_NOUN_WORDS = 3
#: Words that part a rate's noun from its amount: prepositions, articles, verbs of time.
_NOT_IN_A_RATE = frozenset(
    {"for", "in", "within", "over", "about", "after", "before", "than", "ago", "the", "and"}
    | {"or", "to", "at", "on", "by", "during", "under", "from", "since", "until", "only"}
    | {"just", "least", "more", "less", "this", "that", "last", "next", "is", "was", "were"}
    | {"are", "be", "been", "had", "has", "have", "will", "would", "take", "took", "lasted"}
    | {"spent", "nearly", "almost", "around", "some", "barely", "roughly", "up", "with"}
)


def _is_amount(word: str) -> bool:
    """Whether a word states an amount ("$2", "20%", "million", "four")."""
    return word in _AMOUNT_WORDS or _AMOUNT.fullmatch(word) is not None


def build_weekday_plural(m: re.Match[str], ctx: Context) -> Found | None:
    """On Mondays, Tuesday nights: every such day."""
    before = ctx.word_before(m.start())
    if not ctx.capitalised(m, "weekday") or before in lexicon.CARDINALS or before.isdigit():
        # "Two Sundays ago" counts Sundays: not every Sunday.
        return None
    value = f"XXXX-WXX-{lexicon.WEEKDAYS[m['weekday'].lower()]}"
    if m["pod"]:
        value += "T" + lexicon.PARTS_OF_DAY[m["pod"].lower()]
    return Found("SET", value)
