"""At a head word with nothing before it to try, the few rules that may start there are
matched one by one: the expression found is the one every rule together would give."""

from __future__ import annotations

from datetime import date

import pytest

from feeds.timex import tag

DCT = date(2024, 10, 28)


def tagged(text: str) -> list[tuple[str, str, str | None]]:
    """The (text, value, mod) of each timex the tagger finds."""
    return [(t.text, t.value, t.mod) for t in tag(text, DCT)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A month with a number after it: a day or a year, else the month alone.
        ("It ended on March 3, 1999.", [("March 3, 1999", "1999-03-03", None)]),
        ("It ended in March 1999.", [("March 1999", "1999-03", None)]),
        ("It ended in March, with 456 votes.", [("March", "2024-03", None)]),
        # A month with a word after it: the longest of the month's rules that matches.
        ("Exports rose in March this year.", [("March this year", "2024-03", None)]),
        ("It was founded in March nineteen ninety.", [("March nineteen ninety", "1990-03", None)]),
        ("The deal closed in March of 1999.", [("March of 1999", "1999-03", None)]),
        ("They met on March the fifth.", [("March the fifth", "2024-03-05", None)]),
        # Months in a row, each alone.
        (
            "Sales in Oct. Nov. and Dec. rose.",
            [("Oct.", "2024-10", None), ("Nov.", "2024-11", None), ("Dec.", "2023-12", None)],
        ),
    ],
)
def test_a_month_name_takes_the_longest_expression_its_rules_give(sentence, expected):
    assert tagged(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A word before the head opens the expression: the head alone is not tried.
        ("Rates rose in early March 1999.", [("early March 1999", "1999-03", "START")]),
        ("Rates fell at the end of 1999.", [("the end of 1999", "1999", "END")]),
        # A year before a month name: the year alone, the month its own expression or none.
        ("The 1999 March was long.", [("1999", "1999", None)]),
        (
            "It opened in 1999; March 3 was later.",
            [("1999", "1999", None), ("March 3", "1999-03-03", None)],
        ),
        ("The law of 2024 May change.", [("2024", "2024", None)]),
    ],
)
def test_a_head_with_a_word_before_it_or_a_name_after_it_takes_the_general_way(sentence, expected):
    assert tagged(sentence) == expected
