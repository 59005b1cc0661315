"""The tagger's vocabulary: month, weekday, number, unit and season words and their meanings."""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

#: Month words that are also common English words: only taken with a date context.
AMBIGUOUS_MONTHS = frozenset({"may", "march", "mar", "jan", "jun", "jul", "dec", "sep"})

WEEKDAYS: dict[str, int] = {
    "monday": 1,
    "mon": 1,
    "tuesday": 2,
    "tue": 2,
    "tues": 2,
    "wednesday": 3,
    "wed": 3,
    "thursday": 4,
    "thu": 4,
    "thur": 4,
    "thurs": 4,
    "friday": 5,
    "fri": 5,
    "saturday": 6,
    "sat": 6,
    "sunday": 7,
    "sun": 7,
}

#: Weekday abbreviations that are also English words, only taken with a trailing period.
AMBIGUOUS_WEEKDAYS = frozenset(
    {"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"}
)

SEASONS: dict[str, str] = {
    "spring": "SP",
    "summer": "SU",
    "autumn": "FA",
    "fall": "FA",
    "winter": "WI",
}

#: Parts of day and their TimeML codes.
PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
    "midday": "MI",
}

UNITS: dict[str, str] = {
    "second": "S",
    "sec": "S",
    "minute": "MIN",
    "min": "MIN",
    "hour": "H",
    "hr": "H",
    "day": "D",
    "night": "D",
    "week": "W",
    "weekend": "WE",
    "fortnight": "FN",
    "month": "M",
    "quarter": "Q",
    "year": "Y",
    "yr": "Y",
    "decade": "DE",
    "century": "CE",
    "centurie": "CE",
    "millennium": "ML",
    "millennia": "ML",
}

CARDINALS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fourty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "thousand": 1000,
    "dozen": 12,
}

ORDINALS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "twenty-first": 21,
    "thirtieth": 30,
    "thirty-first": 31,
}

#: Vague quantities: a duration of "several years" is ``PXY``.
VAGUE_COUNTS = frozenset({"several", "few", "a few", "some", "many", "couple", "numerous"})

DECADE_WORDS: dict[str, int] = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}

#: Fixed-date holidays: (month, day).
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "new year": (1, 1),
    "valentine's day": (2, 14),
    "st. patrick's day": (3, 17),
    "independence day": (7, 4),
    "halloween": (10, 31),
    "veterans day": (11, 11),
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "christmas": (12, 25),
    "boxing day": (12, 26),
    "may day": (5, 1),
    "armistice day": (11, 11),
    "juneteenth": (6, 19),
}

#: Islamic holidays: (month, day) of the Hijri calendar, under the spellings news uses.
ISLAMIC_HOLIDAYS: dict[str, tuple[int, int]] = {
    f"eid {article}{joint}{feast}": day
    for feast, day in (("fitr", (10, 1)), ("adha", (12, 10)))
    for article in ("al", "ul", "el")
    for joint in ("-", " ")
} | {"eid-al-fitr": (10, 1), "eid-al-adha": (12, 10)}

#: Holidays counted in days from Easter Sunday.
EASTER_HOLIDAYS: dict[str, int] = {
    "easter": 0,
    "easter sunday": 0,
    "good friday": -2,
    "easter monday": 1,
}

#: Holidays on the n-th weekday of a month: (month, weekday 1-7, n; -1 is the last).
WEEKDAY_HOLIDAYS: dict[str, tuple[int, int, int]] = {
    "thanksgiving day": (11, 4, 4),
    "thanksgiving": (11, 4, 4),
    "labor day": (9, 1, 1),
    "memorial day": (5, 1, -1),
    "mother's day": (5, 7, 2),
    "father's day": (6, 7, 3),
    "martin luther king day": (1, 1, 3),
    "martin luther king jr. day": (1, 1, 3),
    "presidents' day": (2, 1, 3),
    "presidents day": (2, 1, 3),
    "columbus day": (10, 1, 2),
}

#: Words after which a bare month name is taken as a date (not "May" the name or "march").
MONTH_CONTEXT = frozenset(
    {
        "in",
        "since",
        "until",
        "till",
        "by",
        "from",
        "to",
        "through",
        "during",
        "before",
        "after",
        "early",
        "late",
        "mid",
        "last",
        "next",
        "this",
        "of",
        "on",
        "between",
        "and",
        "or",
        "past",
        "end",
        "beginning",
    }
)

#: Of those, the words a person's name does not follow ("in May", but "and Jan Kavan").
MONTH_ONLY_CONTEXT = frozenset(
    {"in", "since", "until", "till", "during", "early", "late", "mid", "last", "next", "this"}
)


def month_number(word: str) -> int:
    """The month number of a month word (``Sept.`` → 9)."""
    return MONTHS[word.lower().rstrip(".")]


def weekday_number(word: str) -> int:
    """The ISO weekday number of a weekday word (``Fri.`` → 5)."""
    return WEEKDAYS[word.lower().rstrip(".")]
