"""Dates written out in full take the short way: their value is read off the match."""

from __future__ import annotations

from datetime import date

import pytest

from feeds.timex import tag
from feeds.timex.context import Context
from feeds.timex.plain import PLAIN_RULES, plain_value
from feeds.timex.rules import RULES

DCT = date(2024, 10, 28)


def tagged(text: str, dct: date = DCT) -> list[tuple[str, str, str, str | None]]:
    """The (text, type, value, mod) of each timex the tagger finds."""
    return [(t.text, t.type, t.value, t.mod) for t in tag(text, dct)]


def plain_match(text: str) -> tuple[int, object]:
    """The first of the plain rules that matches at the start of `text`, and its match."""
    lower = text.lower()
    for index in sorted(PLAIN_RULES):
        m = RULES[index].pattern.match(lower)
        if m is not None:
            return index, m
    raise AssertionError(f"no plain rule matches {text!r}")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The talks opened on Oct. 27, 2024 in Geneva.", ("Oct. 27, 2024", "DATE", "2024-10-27")),
        ("It was signed on 27 October 2024.", ("27 October 2024", "DATE", "2024-10-27")),
        ("Prices peaked in March 2024, then fell.", ("March 2024", "DATE", "2024-03")),
        ("He was born on Sept. 3rd, 1951.", ("Sept. 3rd, 1951", "DATE", "1951-09-03")),
        ("The 3rd of May 1999 was sunny.", ("The 3rd of May 1999", "DATE", "1999-05-03")),
        ("Talks ended Monday, Oct. 21, 2024.", ("Monday, Oct. 21, 2024", "DATE", "2024-10-21")),
        ("It took effect on Jan 3 2005.", ("Jan 3 2005", "DATE", "2005-01-03")),
    ],
)
def test_a_date_written_out_in_full_has_the_value_it_states(sentence, expected):
    assert tagged(sentence) == [(*expected, None)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A modifier belongs to the expression and gives it a mod.
        ("Sales slowed in early March 2024.", [("early March 2024", "DATE", "2024-03", "START")]),
        # Without a year the tense and the text decide the year.
        ("The vote was held on Oct. 12.", [("Oct. 12", "DATE", "2024-10-12", None)]),
        (
            "The plant opened in 2008 and closed on Oct. 12.",
            [("2008", "DATE", "2008", None), ("Oct. 12", "DATE", "2008-10-12", None)],
        ),
        # A month in lower case is not a month name: the year stands alone.
        ("They will march 2024 steps.", [("2024", "DATE", "2024", None)]),
        # A day the calendar does not have: the month and the year are read apart.
        (
            "It is due on Feb. 30, 2023.",
            [("Feb.", "DATE", "2025-02", None), ("2023", "DATE", "2023", None)],
        ),
        # The second day of a range follows the first.
        (
            "The fair runs Nov. 20 to 24, 2024.",
            [("Nov. 20", "DATE", "2024-11-20", None), ("24, 2024", "DATE", "2024-11-24", None)],
        ),
    ],
)
def test_a_date_not_written_out_in_full_goes_through_its_rule(sentence, expected):
    assert tagged(sentence) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Oct. 27, 2024",
        "October 26, 2024",
        "Sept. 1998",
        "March of 2024",
        "27 October 2024",
        "the 3rd of May 1999",
        "Dec 31st 1999",
        "Feb. 29, 2024",
        "Monday, Oct. 21, 2024",
    ],
)
def test_the_plain_value_is_the_value_the_rule_normaliser_gives(text):
    index, m = plain_match(text)
    ctx = Context(text=text, lower=text.lower(), dct=DCT, reference=DCT, day=DCT)
    found = plain_value(text, index, m)
    assert found is not None
    assert found == RULES[index].build(m, ctx)


@pytest.mark.parametrize(
    "text",
    [
        "Oct. 27",
        "early March 2024",
        "october 26, 2024",
        "Feb. 30, 2023",
        "the twenty-first of May 1999",
    ],
)
def test_a_match_that_does_not_state_the_whole_date_has_no_plain_value(text):
    index, m = plain_match(text)
    assert plain_value(text, index, m) is None
