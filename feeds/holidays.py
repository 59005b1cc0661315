"""Holidays whose day depends on the country: the tagger reads them the American way, and the
article's country (named beside the holiday, in its sentence, or by the dateline) fixes them."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from feeds.places import country_code, find_places
from feeds.timex.arithmetic import nth_weekday
from feeds.timex.lexicon import FIXED_HOLIDAYS, WEEKDAY_HOLIDAYS
from feeds.types import Timex

#: A holiday's day in a year: (month, day), or (month, ISO weekday, n-th; -1 the last).
Rule = tuple[int, int] | tuple[int, int, int]

# Independence days by ISO country code (the day independence is celebrated).
_INDEPENDENCE: dict[str, Rule] = {
    "US": (7, 4),
    "KZ": (12, 16),
    "UZ": (9, 1),
    "KG": (8, 31),
    "TJ": (9, 9),
    "TM": (9, 27),
    "IN": (8, 15),
    "PK": (8, 14),
    "BD": (3, 26),
    "LK": (2, 4),
    "MM": (1, 4),
    "ID": (8, 17),
    "PH": (6, 12),
    "VN": (9, 2),
    "KH": (11, 9),
    "MN": (12, 29),
    "UA": (8, 24),
    "BY": (7, 3),
    "MD": (8, 27),
    "GE": (5, 26),
    "AM": (9, 21),
    "EE": (2, 24),
    "FI": (12, 6),
    "PL": (11, 11),
    "GR": (3, 25),
    "BG": (9, 22),
    "AL": (11, 28),
    "MK": (9, 8),
    "ME": (5, 21),
    "BA": (3, 1),
    "CY": (10, 1),
    "MT": (9, 21),
    "IS": (6, 17),
    "NG": (10, 1),
    "GH": (3, 6),
    "KE": (12, 12),
    "TZ": (12, 9),
    "UG": (10, 9),
    "ZW": (4, 18),
    "ZM": (10, 24),
    "MZ": (6, 25),
    "AO": (11, 11),
    "NA": (3, 21),
    "BW": (9, 30),
    "SN": (4, 4),
    "CD": (6, 30),
    "RW": (7, 1),
    "SS": (7, 9),
    "DZ": (7, 5),
    "MA": (11, 18),
    "TN": (3, 20),
    "LY": (12, 24),
    "JO": (5, 25),
    "LB": (11, 22),
    "IQ": (10, 3),
    "MX": (9, 16),
    "BR": (9, 7),
    "AR": (7, 9),
    "CL": (9, 18),
    "CO": (7, 20),
    "PE": (7, 28),
    "VE": (7, 5),
    "BO": (8, 6),
    "EC": (8, 10),
    "UY": (8, 25),
    "GT": (9, 15),
    "HN": (9, 15),
    "SV": (9, 15),
    "NI": (9, 15),
    "CR": (9, 15),
    "HT": (1, 1),
    "DO": (2, 27),
    "JM": (8, 6),
}

# Each country-dependent holiday the tagger knows: its days by country, and its day in the
# countries not listed (None: unknown there, so no date is better than the American one).
_HOLIDAYS: dict[str, tuple[dict[str, Rule], Rule | None]] = {
    "independence day": (_INDEPENDENCE, None),
    # Labor Day is September's first Monday in North America, May Day elsewhere.
    "labor day": ({"US": (9, 1, 1), "CA": (9, 1, 1)}, (5, 1)),
    # Thanksgiving abroad is mostly the American one ("sales after Thanksgiving").
    "thanksgiving": ({"US": (11, 4, 4), "CA": (10, 1, 2)}, (11, 4, 4)),
    "thanksgiving day": ({"US": (11, 4, 4), "CA": (10, 1, 2)}, (11, 4, 4)),
    # The tagger's Election Day is the American one; another country's has no fixed day.
    "election day": ({}, None),
}

# A country named right before the holiday: "Nigeria's 64th", "Ukrainian", "the U.S.".
_OWNER = re.compile(
    r"(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}?)(?:['’]s?)?\s+"
    r"(?:\d+(?:st|nd|rd|th)\s+)?$"
)
_YEAR = re.compile(r"\b\d{4}\b")


def is_holiday(timex: Timex) -> bool:
    """Whether a date expression is a named holiday ("Christmas Eve", "Independence Day")."""
    name = _name(timex)
    return name in FIXED_HOLIDAYS or name in WEEKDAY_HOLIDAYS or name.startswith("easter")


def holiday_name(timex: Timex) -> str | None:
    """The name of the country-dependent holiday a date expression is, or None.

    Args:
        timex: a tagged date ("Independence Day", "Thanksgiving").

    Returns:
        The holiday's lower-case name, or None when its day does not depend on the country.
    """
    name = _name(timex)
    return name if name in _HOLIDAYS else None


def _name(timex: Timex) -> str:
    """A date expression's words in lower case without its year and relative words."""
    words = _YEAR.sub("", timex.text.lower().replace(",", " ").replace("’", "'")).split()
    return " ".join(w for w in words if w not in ("the", "last", "next", "this"))


def holiday_country(before: str, sentence: str, home: str | None) -> str | None:
    """The country whose holiday a sentence speaks of.

    Args:
        before: the sentence's text before the holiday's name.
        sentence: the whole sentence.
        home: the ISO code of the article's country (its dateline), or None.

    Returns:
        The ISO code of the country named right before the holiday, else of the one country
        the sentence names, else `home`.
    """
    owner = _OWNER.search(before)
    if owner:
        words = owner["name"].split()
        for i in range(len(words)):
            code = country_code(" ".join(words[i:]))
            if code:
                return code
    codes = {code for place in find_places(sentence) if (code := country_code(place))}
    if len(codes) == 1:
        return codes.pop()
    return home


def in_country(
    timex: Timex, name: str, country: str | None, anchor: date, tense: int
) -> Timex | None:
    """A holiday's date expression with the day it falls on in a country.

    Args:
        timex: the tagged holiday, valued the American way.
        name: its name as `holiday_name` gives it.
        country: the ISO code of its country, or None when unknown.
        anchor: the article's reference day.
        tense: the tense of its clause: -1 past, 1 future, 0 unknown (the nearest day).

    Returns:
        The timex with the country's day, in the year its tense chooses (the year the text
        names, if any); unchanged for the United States or an unknown country; None when the
        country's day is unknown.
    """
    days, elsewhere = _HOLIDAYS[name]
    if country is None or country == "US":
        return timex
    rule = days.get(country, elsewhere)
    tagged = _day(timex.value[:10])  # "2024-07-04TEV": the evening of the day
    if rule is None or tagged is None:
        return None
    if _YEAR.search(timex.text):
        day = _on(rule, tagged.year)
    else:
        years = [_on(rule, year) for year in range(anchor.year - 1, anchor.year + 2)]
        if tense < 0:
            day = max(d for d in years if d <= anchor)
        elif tense > 0:
            day = min(d for d in years if d >= anchor)
        else:
            day = min(years, key=lambda d: abs((d - anchor).days))
    return replace(timex, value=day.isoformat() + timex.value[10:])


def _day(value: str) -> date | None:
    """The day a full ISO date value names, or None."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _on(rule: Rule, year: int) -> date:
    """The day a rule gives in a year."""
    if len(rule) == 2:
        return date(year, rule[0], rule[1])
    return nth_weekday(year, *rule)
