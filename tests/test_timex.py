"""The temporal tagger on literal news sentences: extents, types and TimeML values."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from feeds.timex import tag, to_when
from feeds.timex.dispatch import Dispatcher, first_chars
from feeds.timex.rules import RULES

DCT = date(2024, 10, 28)  # a Monday
DISPATCHER = Dispatcher([rule.pattern for rule in RULES])


def tagged(text: str, dct: date = DCT) -> list[tuple[str, str, str]]:
    """The (text, type, value) triples the tagger finds."""
    return [(t.text, t.type, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The forum opened on Oct. 27 in Yinchuan.", ("Oct. 27", "DATE", "2024-10-27")),
        ("It was signed on 27 October 2024.", ("27 October 2024", "DATE", "2024-10-27")),
        (
            "It was signed on October 26, 2024, in Astana.",
            ("October 26, 2024", "DATE", "2024-10-26"),
        ),
        ("The file is dated 2024-10-27.", ("2024-10-27", "DATE", "2024-10-27")),
        ("The proposal was made in March 2024.", ("March 2024", "DATE", "2024-03")),
        ("Exchanges grew in 2023.", ("2023", "DATE", "2023")),
        ("He was born on the 3rd of May, 1990.", ("the 3rd of May, 1990", "DATE", "1990-05-03")),
        ("Trading stopped on 10/27/2024.", ("10/27/2024", "DATE", "2024-10-27")),
        (
            "It was signed on the fifth of March, 2024.",
            ("the fifth of March, 2024", "DATE", "2024-03-05"),
        ),
        ("It was signed on March eighth, 2024.", ("March eighth, 2024", "DATE", "2024-03-08")),
        ("The talks ended Monday, Oct. 21.", ("Monday, Oct. 21", "DATE", "2024-10-21")),
    ],
)
def test_calendar_dates_in_every_usual_spelling_get_their_day_month_or_year(sentence, expected):
    assert tagged(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The exhibition opened Saturday.", ("Saturday", "DATE", "2024-10-26")),
        ("Talks will resume on Wednesday.", ("Wednesday", "DATE", "2024-10-30")),
        ("The minister said Friday that prices rose.", ("Friday", "DATE", "2024-10-25")),
        ("He will visit the site next Tuesday.", ("next Tuesday", "DATE", "2024-10-29")),
        ("Shares fell in December.", ("December", "DATE", "2023-12")),
        ("The plant will open in December.", ("December", "DATE", "2024-12")),
        ("The law took effect in January.", ("January", "DATE", "2024-01")),
        ("Elections will be held in January.", ("January", "DATE", "2025-01")),
    ],
)
def test_weekdays_and_months_point_past_or_future_by_the_tense_of_their_verb(sentence, expected):
    assert expected in tagged(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It happened yesterday.", ("yesterday", "DATE", "2024-10-27")),
        ("It happens today.", ("today", "DATE", "2024-10-28")),
        ("It happens tomorrow.", ("tomorrow", "DATE", "2024-10-29")),
        ("Prices rose last month.", ("last month", "DATE", "2024-09")),
        ("Prices will rise next year.", ("next year", "DATE", "2025")),
        ("Prices rose this year.", ("this year", "DATE", "2024")),
        ("It began two days ago.", ("two days ago", "DATE", "2024-10-26")),
        ("Sales rose this week.", ("this week", "DATE", "2024-W44")),
        ("They met early next year.", ("early next year", "DATE", "2025")),
        ("Prices are high now.", ("now", "DATE", "PRESENT_REF")),
        ("Prices rose recently.", ("recently", "DATE", "PAST_REF")),
        ("It happened last night.", ("last night", "TIME", "2024-10-27TNI")),
        ("They spoke this morning.", ("this morning", "TIME", "2024-10-28TMO")),
    ],
)
def test_relative_expressions_resolve_against_the_document_date(sentence, expected):
    assert tagged(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The proposal came in March this year.", ("March this year", "DATE", "2024-03")),
        ("He left in July last year.", ("July last year", "DATE", "2023-07")),
        ("It opened in nineteen ninety-six.", ("nineteen ninety-six", "DATE", "1996")),
        ("Sales for the year ended Sept. 30 rose.", ("the year", "DURATION", "P1Y")),
        ("The deal should close by year-end.", ("year-end", "DATE", "2024")),
    ],
)
def test_months_of_relative_years_spelled_years_and_the_year(sentence, expected):
    assert tagged(sentence)[0] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Profit rose in the third quarter.", ("the third quarter", "DATE", "2024-Q3")),
        ("Third-quarter profit rose.", ("Third-quarter", "DATE", "2024-Q3")),
        ("Profit rose in the first half of 1990.", ("the first half of 1990", "DATE", "1990-H1")),
        ("Sales grew in fiscal 1998.", ("fiscal 1998", "DATE", "1998")),
        ("The plant opened this summer.", ("this summer", "DATE", "2024-SU")),
        ("The plant closed last fall.", ("last fall", "DATE", "2023-FA")),
        ("Prices rose in the 1990s.", ("the 1990s", "DATE", "199")),
        ("It was built in the 19th century.", ("the 19th century", "DATE", "18")),
        ("Revenue rose in Q3 2024.", ("Q3 2024", "DATE", "2024-Q3")),
        ("Results for H2 2023 were weak.", ("H2 2023", "DATE", "2023-H2")),
        ("Profit rose in the last half of 1989.", ("the last half of 1989", "DATE", "1989-H2")),
        (
            "Profit fell from the same period last year.",
            ("the same period last year", "DATE", "2023-Q3"),
        ),
        ("A hearing is set for the week of March 6.", ("the week of March 6", "DATE", "2025-W10")),
    ],
)
def test_quarters_halves_seasons_decades_and_centuries(sentence, expected):
    assert tagged(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Flight 7890 left on Oct. 12, 1999.", [("Oct. 12, 1999", "DATE", "1999-10-12")]),
        ("Between 12 and 456 March 1999 shipments arrived.", [("March 1999", "DATE", "1999-03")]),
        ("Route 7890 January 5, 1999 opened.", [("January 5, 1999", "DATE", "1999-01-05")]),
        ("Sales rose 7890 May 2 1999 units.", [("May 2 1999", "DATE", "1999-05-02")]),
        ("The plant opened in March, 1999.", [("March, 1999", "DATE", "1999-03")]),
        ("The talks ended in Oct.", [("Oct.", "DATE", "2024-10")]),
        ("It will open in March this year.", [("March this year", "DATE", "2024-03")]),
        (
            "Sales rose in January 1998 and fell in May.",
            [("January 1998", "DATE", "1998-01"), ("May", "DATE", "1998-05")],
        ),
    ],
)
def test_a_month_date_is_read_whatever_follows_the_month_and_whatever_numbers_precede_it(
    sentence, expected
):
    assert tagged(sentence) == expected


def test_a_range_of_years_gives_two_years():
    assert tagged("He ruled in 2010-2012.") == [("2010", "DATE", "2010"), ("2012", "DATE", "2012")]


def test_a_range_of_days_gives_two_dates():
    assert tagged("The fair runs from Nov. 20 to 24.", date(2024, 11, 1)) == [
        ("Nov. 20", "DATE", "2024-11-20"),
        ("24", "DATE", "2024-11-24"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The strike lasted three days.", ("three days", "DURATION", "P3D")),
        ("Profit fell in the past five years.", ("the past five years", "DURATION", "P5Y")),
        ("It signed a two-year contract.", ("two-year", "DURATION", "P2Y")),
        ("He served thirty years.", ("thirty years", "DURATION", "P30Y")),
        ("The flight took 5 hours.", ("5 hours", "DURATION", "PT5H")),
        ("It has lasted several years.", ("several years", "DURATION", "PXY")),
        ("It lasted about two years.", ("about two years", "DURATION", "P2Y")),
        ("Sales rose in the first nine months.", ("the first nine months", "DURATION", "P9M")),
        ("It rose over the past 20 years.", ("the past 20 years", "DURATION", "P20Y")),
        ("They lived there for 2 1/2 years.", ("2 1/2 years", "DURATION", "P2Y6M")),
        ("Imports make up three-quarters of food.", None),
    ],
)
def test_durations_with_counts_in_digits_or_words(sentence, expected):
    assert tagged(sentence) == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The paper is published daily.", ("daily", "SET", "P1D")),
        ("The board meets weekly.", ("weekly", "SET", "P1W")),
        ("The board meets every Monday.", ("every Monday", "SET", "XXXX-WXX-1")),
        ("The fair is held each year.", ("each year", "SET", "P1Y")),
        ("The board meets twice a year.", ("twice a year", "SET", "P1Y")),
    ],
)
def test_sets(sentence, expected):
    assert tagged(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The deal closed at 10:35 a.m. Tuesday.",
            ("10:35 a.m. Tuesday", "TIME", "2024-10-22T10:35"),
        ),
        ("They met at noon.", ("noon", "TIME", "2024-10-28T12:00")),
    ],
)
def test_clock_times(sentence, expected):
    assert tagged(sentence) == [expected]


def test_the_next_day_follows_the_last_date_mentioned():
    found = tagged("The fire started on Oct. 3. Firemen arrived the next day.")
    assert found == [("Oct. 3", "DATE", "2024-10-03"), ("the next day", "DATE", "2024-10-04")]


@pytest.mark.parametrize(
    "sentence",
    [
        "May said the plan would work.",
        "Thousands march in the capital.",
        "He came a second time.",
        "Day One of the talks was calm.",
        "The former minister spoke.",
        "The company paid $1990 in fees.",
        "We may see prices fall.",
    ],
)
def test_names_verbs_and_amounts_that_look_like_dates_are_not_tagged(sentence):
    assert tagged(sentence) == []


def test_offsets_are_code_points_with_exclusive_ends():
    text = "Café « Noël » opened on Oct. 27 — 日本."
    [timex] = tag(text, DCT)
    assert text[timex.start : timex.end] == "Oct. 27" == timex.text


def test_tagged_values_turn_into_day_intervals():
    [timex] = tag("The proposal was made in March 2024.", DCT)
    when = to_when(timex.value)
    assert when is not None
    assert (when.start, when.end, when.granularity) == (
        date(2024, 3, 1),
        date(2024, 3, 31),
        "month",
    )


@settings(max_examples=300, deadline=None)
@given(st.text(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
def test_any_text_is_tagged_without_error_into_sorted_disjoint_spans(text, dct):
    found = tag(text, dct)
    end = 0
    for timex in found:
        assert end <= timex.start < timex.end <= len(text)
        assert text[timex.start : timex.end] == timex.text
        end = timex.end


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Oct.",
                "27",
                "2024",
                "March",
                "May",
                "last",
                "year",
                "two",
                "days",
                "ago",
                ",",
                "the",
                "third",
                "quarter",
                "Friday",
                "10:35",
                "a.m.",
                "to",
                "-",
                "1990s",
                "every",
            ]
        ),
        max_size=30,
    ),
    st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
)
def test_sequences_of_date_words_never_break_the_tagger(words, dct):
    text = " ".join(words)
    for timex in tag(text, dct):
        assert text[timex.start : timex.end] == timex.text


def test_a_long_adversarial_paragraph_of_digits_and_month_names_is_tagged():
    text = ("1 22 333 4444 May March 5 June 66666 7777777 Oct. , " * 4000)[:200_000]
    found = tag(text, DCT)
    assert len(found) > 4_000


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"(?:the\s+)?(?:ab|c[de])", frozenset("tac")),
        (r"\d{4}-\d\d", frozenset("0123456789")),
        (r"(?:early\s+)?", None),
        (r".x", None),
    ],
)
def test_first_characters_are_read_from_a_pattern(pattern, expected):
    assert first_chars(re.compile(pattern)) == expected


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "oct.",
                "27",
                "2024",
                "march",
                "the",
                "last",
                "year",
                "two",
                "days",
                "ago",
                "'90s",
                "third",
                "quarter",
                "friday",
                "10:35",
                "a.m.",
                "early",
                "mid-1990s",
                "every",
                "fiscal",
            ]
        ),
        min_size=1,
        max_size=8,
    )
)
def test_the_dispatcher_finds_every_rule_that_matches(words):
    text = " ".join(words)
    for start in [0, *(i + 1 for i, c in enumerate(text) if c == " ")]:
        expected = []
        for index, rule in enumerate(RULES):
            m = rule.pattern.match(text, start)
            if m is not None:
                expected.append((index, m.end()))
        assert DISPATCHER.match(text, start) == expected


@pytest.mark.parametrize("dct", [date(1, 1, 1), date(9999, 12, 31)])
@pytest.mark.parametrize(
    "expression",
    [
        "Christmas",
        "next week",
        "last Friday",
        "yesterday",
        "this weekend",
        "in 10,000 years",
        "the '90s",
        "a year ago",
        "the quarter",
        "Friday night",
        "noon tomorrow",
        "next decade",
    ],
)
def test_dates_at_the_ends_of_the_calendar_do_not_break_the_tagger(dct, expression):
    for timex in tag(f"It will happen {expression}, they said on Oct. 3.", dct):
        assert timex.value


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The state awarded $2 billion in U.S. subsidies in December.",
            ("December", "DATE", "2023-12"),
        ),
        ("The firm hired Mr. Smith and Dr. Jones in December.", ("December", "DATE", "2023-12")),
        (
            "A bomb exploded next to the U.S. embassy in Nairobi on Friday.",
            ("Friday", "DATE", "2024-10-25"),
        ),
    ],
)
def test_periods_of_abbreviations_do_not_end_the_clause_the_tense_is_read_from(sentence, expected):
    assert expected in tagged(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("She led parliament in December.", ("December", "DATE", "2023-12")),
        ("Thousands fled the city in December.", ("December", "DATE", "2023-12")),
        ("The company built a plant in December.", ("December", "DATE", "2023-12")),
        ("Prices stood at a record in December.", ("December", "DATE", "2023-12")),
    ],
)
def test_irregular_past_tenses_point_back(sentence, expected):
    assert expected in tagged(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The operator said on Saturday that all lines would be repaired by Wednesday.",
            ("Wednesday", "DATE", "2024-10-30"),
        ),
        (
            "The operator said on Saturday that all lines would be fully repaired by Wednesday.",
            ("Wednesday", "DATE", "2024-10-30"),
        ),
        (
            "The operator said on Saturday that power will have been restored by Wednesday.",
            ("Wednesday", "DATE", "2024-10-30"),
        ),
        (
            "The operator said on Saturday that the lines should be repaired by Wednesday.",
            ("Wednesday", "DATE", "2024-10-30"),
        ),
        (
            "The operator said that the lines had been repaired by Wednesday.",
            ("Wednesday", "DATE", "2024-10-23"),
        ),
    ],
)
def test_a_reported_date_follows_the_tense_of_its_own_verb_not_the_reporting_verb(
    sentence, expected
):
    assert expected in tagged(sentence)


def test_a_month_of_a_relative_year_is_one_expression():
    sentence = (
        "The plan was approved in March this year, after talks in October last year, "
        "and takes effect in June next year."
    )
    assert tagged(sentence) == [
        ("March this year", "DATE", "2024-03"),
        ("October last year", "DATE", "2023-10"),
        ("June next year", "DATE", "2025-06"),
    ]
