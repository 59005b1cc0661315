"""TimeML values of tagged expressions: which way a date without a year points, and what
relative expressions in reports ("a year earlier", "the latest period") are anchored on."""

from __future__ import annotations

from datetime import date

import pytest

from feeds.timex import tag

DCT = date(1989, 10, 26)  # a Thursday


def tagged(text: str, dct: date = DCT) -> list[tuple[str, str, str]]:
    """The (text, type, value) triples the tagger finds."""
    return [(t.text, t.type, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A participle after a determiner is an adjective: the modal before it decides.
        (
            "The split would be paid on a still unspecified date in January.",
            ("January", "DATE", "1990-01"),
        ),
        ("It will close on an undisclosed date in March.", ("March", "DATE", "1990-03")),
        # A demonstrative may be the subject of a verb.
        ("This happened in March.", ("March", "DATE", "1989-03")),
        # "The plan" and "the deadline" are things, not plans to act: the verb decides.
        ("The thrift announced the plan Aug. 21.", ("Aug. 21", "DATE", "1989-08-21")),
        (
            "On Monday, when she set aside vacation plans for the trip, the agency acted.",
            ("Monday", "DATE", "1989-10-23"),
        ),
        ("On Monday, the hastily planned trip cost millions.", ("Monday", "DATE", "1989-10-23")),
        (
            "The long expected merger is scheduled to close Monday.",
            ("Monday", "DATE", "1989-10-30"),
        ),
        (
            "Holders tendered their shares by the Tuesday deadline.",
            ("Tuesday", "DATE", "1989-10-24"),
        ),
        ("Officials hope to reopen the airport by Friday.", ("Friday", "DATE", "1989-10-27")),
        # "Due to" after "be" is a timetable; without it, a cause.
        ("The plane is due to land on Monday.", ("Monday", "DATE", "1989-10-30")),
        ("Flights were grounded due to fog on Monday.", ("Monday", "DATE", "1989-10-23")),
        ("Schools closed due to heavy snow in January.", ("January", "DATE", "1989-01")),
        # Without "be", "due to" before a verb of a timetable is still a plan.
        ("Premier Li due to visit the plant on Monday", ("Monday", "DATE", "1989-10-30")),
        (
            "The envoy, due to arrive on Friday, said little.",
            ("Friday", "DATE", "1989-10-27"),
        ),
        (
            "Trains were delayed due to a signal failure on Monday.",
            ("Monday", "DATE", "1989-10-23"),
        ),
        # "Supposed to", "likely to", "forecast to" look ahead, as "set to" does.
        (
            "The storm is forecast to reach the coast late Sunday.",
            ("late Sunday", "DATE", "1989-10-29"),
        ),
        ("Traders are likely to buy when trading opens Monday.", ("Monday", "DATE", "1989-10-30")),
        ("The talks were supposed to conclude by May.", ("May", "DATE", "1990-05")),
        # A date something is put off until lies ahead, whatever the tense of the verb.
        ("The agency extended its deadline until Tuesday.", ("Tuesday", "DATE", "1989-10-31")),
        ("Lenders extended the loans through January.", ("January", "DATE", "1990-01")),
        ("The court adjourned the case until Friday.", ("Friday", "DATE", "1989-10-27")),
        (
            "The agency has given the relatives until 9 a.m. Tuesday.",
            ("9 a.m. Tuesday", "TIME", "1989-10-31T09:00"),
        ),
        # A plan in the past perfect was overtaken: its day has gone.
        (
            "The bid had been due to expire Friday.",
            ("Friday", "DATE", "1989-10-20"),
        ),
        ("The offer had been scheduled to expire Wednesday.", ("Wednesday", "DATE", "1989-10-25")),
        ("The offer is scheduled to expire Wednesday.", ("Wednesday", "DATE", "1989-11-01")),
        # A date a present fact names is still to come.
        ("The meeting is on Friday.", ("Friday", "DATE", "1989-10-27")),
        ("The deadline is Monday.", ("Monday", "DATE", "1989-10-30")),
        ("The meeting was on Friday.", ("Friday", "DATE", "1989-10-20")),
        # What something is done "ahead of" lies ahead.
        ("Markets rose ahead of Saturday's election.", ("Saturday", "DATE", "1989-10-28")),
        (
            "Just ahead of the trip, the department on Sunday issued a warning.",
            ("Sunday", "DATE", "1989-10-22"),
        ),
        # "Set for" schedules, as "scheduled for" does.
        ("A hearing is set for Tuesday.", ("Tuesday", "DATE", "1989-10-31")),
        # The present tense of a timetable looks ahead; an infinitive takes its verb's tense.
        (
            "Israeli and Palestinian leaders meet separately Monday.",
            ("Monday", "DATE", "1989-10-30"),
        ),
        ("The court hears the case Tuesday.", ("Tuesday", "DATE", "1989-10-31")),
        ("Voting ends on Sunday.", ("Sunday", "DATE", "1989-10-29")),
        # The present progressive of an arrangement looks ahead too.
        ("The party is holding a rally on Saturday.", ("Saturday", "DATE", "1989-10-28")),
        ("On Monday, officials are meeting in Rome.", ("Monday", "DATE", "1989-10-30")),
        ("Rescuers were searching for survivors on Tuesday.", ("Tuesday", "DATE", "1989-10-24")),
        ("He was coming home from work on Friday.", ("Friday", "DATE", "1989-10-20")),
        ("Relatives are coming to visit on Sunday.", ("Sunday", "DATE", "1989-10-29")),
        ("Voters can cast ballots until Sunday.", ("Sunday", "DATE", "1989-10-29")),
        ("The strike is expected to last until Friday.", ("Friday", "DATE", "1989-10-27")),
        # A plan that qualifies a noun leaves the tense to the clause's verb, else looks ahead.
        ("A memorial planned for Saturday was canceled.", ("Saturday", "DATE", "1989-10-21")),
        ("A rally planned for Saturday will go ahead.", ("Saturday", "DATE", "1989-10-28")),
        ("Protests planned for Saturday", ("Saturday", "DATE", "1989-10-28")),
        ("The vote had been scheduled for Tuesday.", ("Tuesday", "DATE", "1989-10-24")),
        # An activity under way is no arrangement, nor is a verb far from the date.
        ("The bank is continuing its effort under a June accord.", ("June", "DATE", "1989-06")),
        ("They agreed to meet Monday.", ("Monday", "DATE", "1989-10-23")),
        ("He did not meet them Monday.", ("Monday", "DATE", "1989-10-23")),
        ("Officials made a visit Monday.", ("Monday", "DATE", "1989-10-23")),
        ("Voters go to the polls on Sunday.", ("Sunday", "DATE", "1989-10-29")),
        ("Parliament's vote Monday was close.", ("Monday", "DATE", "1989-10-23")),
        ("After his return Monday, he resigned.", ("Monday", "DATE", "1989-10-23")),
        # The period of an amount or an abbreviation ends no clause: the modal before it counts.
        ("The bank must raise 5.8 billion euros by Monday.", ("Monday", "DATE", "1989-10-30")),
        ("Acme Inc. will report results Friday.", ("Friday", "DATE", "1989-10-27")),
        # A participle after "remain" or "stay" is an adjective: the verb before it decides.
        ("Banks will remain closed until Tuesday.", ("Tuesday", "DATE", "1989-10-31")),
        ("Banks remained closed until Tuesday.", ("Tuesday", "DATE", "1989-10-24")),
        # A present state lasts until a day to come.
        ("Banks remain closed until Tuesday.", ("Tuesday", "DATE", "1989-10-31")),
        ("The exhibition runs through Sunday.", ("Sunday", "DATE", "1989-10-29")),
        # Without a postponing verb, "until" keeps the tense of its clause.
        ("He stayed in the hospital until Tuesday.", ("Tuesday", "DATE", "1989-10-24")),
    ],
)
def test_the_governing_verb_not_a_nearby_adjective_or_noun_sets_the_direction(sentence, expected):
    assert tagged(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The president will visit the site of Tuesday's bombing.", "1989-10-24"),
        ("They would look for ways to get around Wednesday's ruling.", "1989-10-25"),
        ("Monday's decision is expected to be appealed.", "1989-10-23"),
        ("Leaders will meet to discuss Sunday's suicide bombing.", "1989-10-22"),
        # What is awaited has not happened yet, nor what is to be held.
        ("Analysts are awaiting Tuesday's ruling.", "1989-10-31"),
        ("Markets fell ahead of Monday's decision.", "1989-10-30"),
        ("Voters will go to the polls in Sunday's election.", "1989-10-29"),
    ],
)
def test_a_weekdays_attack_or_ruling_has_happened_whatever_the_tense(sentence, expected):
    assert [value for _, _, value in tagged(sentence)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The past tense does not reach back eleven months when the month is just ahead.
        (
            "The government gave the company until mid-November.",
            ("mid-November", "DATE", "1989-11"),
        ),
        ("NATO decided to admit them in early March.", ("early March", "DATE", "1989-03")),
        ("Prices rose in December.", ("December", "DATE", "1988-12")),
        # Nor the future tense eleven months ahead when the month has just ended.
        ("The report will cover September.", ("September", "DATE", "1989-09")),
        ("The plant will open in August.", ("August", "DATE", "1990-08")),
    ],
)
def test_the_tense_moves_a_month_without_a_year_at_most_ten_months(sentence, expected):
    assert tagged(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "dct", "expected"),
    [
        ("Two helicopters crashed last February.", date(1998, 3, 1), "1997-02"),
        ("Two helicopters crashed last December.", date(1999, 1, 10), "1998-12"),
        ("Two helicopters crashed last May.", date(1998, 2, 27), "1997-05"),
        ("Sales fell last April.", DCT, "1989-04"),
        ("Sales fell this past September.", DCT, "1989-09"),
    ],
)
def test_last_month_name_for_the_month_just_gone_is_a_year_earlier(sentence, dct, expected):
    assert [value for _, _, value in tagged(sentence, dct)] == [expected]


def values(text: str, dct: date = DCT) -> list[tuple[str, str]]:
    """The (text, value) pairs the tagger finds."""
    return [(t.text, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "A year earlier" is the reported quarter a year back.
        (
            "Net rose in the third quarter to $5 million from $4 million a year earlier.",
            [("the third quarter", "1989-Q3"), ("a year earlier", "1988-Q3")],
        ),
        # A fiscal quarter reported in the past tense is over, though the calendar's is not.
        (
            "Ralston reported a decline in fourth-quarter earnings. It earned $45 million,"
            " compared with $84 million a year earlier. Sales in the latest period rose.",
            [
                ("fourth-quarter", "1989-Q4"),
                ("a year earlier", "1988-Q4"),
                ("the latest period", "1989-Q4"),
            ],
        ),
        # A quarter still to come is not the one reported on.
        (
            "Profit rose in the third quarter. The storm will cause a fourth-quarter charge."
            " Sales were flat a year ago.",
            [
                ("the third quarter", "1989-Q3"),
                ("fourth-quarter", "1989-Q4"),
                ("a year ago", "1988-Q3"),
            ],
        ),
        # A quarter named as background does not replace the reported one.
        (
            "Third-quarter profit rose. After a flat second quarter, results in the 1989"
            " period beat those of a year ago.",
            [
                ("Third-quarter", "1989-Q3"),
                ("second quarter", "1989-Q2"),
                ("the 1989 period", "1989-Q3"),
                ("a year ago", "1988-Q3"),
            ],
        ),
        # After "the first nine months", comparisons are with the same months a year back.
        (
            "Third-quarter profit rose. In the first nine months, net was $306 million,"
            " compared with $195 million in the 1988 period. Year-ago results included a charge.",
            [
                ("Third-quarter", "1989-Q3"),
                ("the first nine months", "P9M"),
                ("the 1988 period", "1988"),
                ("Year-ago", "1988"),
            ],
        ),
        (
            "Net rose in the third quarter. For the nine months, it earned $2 billion, up from"
            " $1.69 billion a year earlier.",
            [
                ("the third quarter", "1989-Q3"),
                ("the nine months", "P9M"),
                ("a year earlier", "1988"),
            ],
        ),
        # "Last year" in a comparison of figures is the reported period a year back.
        (
            "Net rose in the third quarter to $24 million, compared with a loss of $3 million"
            " last year.",
            [("the third quarter", "1989-Q3"), ("last year", "1988-Q3")],
        ),
        (
            "Sales in the third quarter rose 13% from last year's $1.55 billion.",
            [("the third quarter", "1989-Q3"), ("last year", "1988-Q3")],
        ),
        # Outside a comparison, "last year" is the year.
        (
            "Net rose in the third quarter. Last year, the company had large charges.",
            [("the third quarter", "1989-Q3"), ("Last year", "1988")],
        ),
        # With no reported period, "a year ago" is the year.
        ("Prices were higher a year ago.", [("a year ago", "1988")]),
    ],
)
def test_comparisons_in_reports_take_the_reported_period(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The index closed on Oct. 20, down 4.5% from the previous Friday.",
            [("Oct. 20", "1989-10-20"), ("the previous Friday", "1989-10-13")],
        ),
        (
            "The talks opened on Oct. 12 and resumed the following Monday.",
            [("Oct. 12", "1989-10-12"), ("the following Monday", "1989-10-16")],
        ),
        ("Prices fell the previous Tuesday.", [("the previous Tuesday", "1989-10-24")]),
    ],
)
def test_the_previous_or_following_weekday_counts_from_the_last_day_named(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The percentage change is since year-end.", ("year-end", "1988", "END")),
        ("Debt was $5 million at year-end.", ("year-end", "1988", "END")),
        ("It expects to close the deal by year-end.", ("year-end", "1989", "END")),
    ],
)
def test_a_year_end_the_verb_looks_back_on_is_last_years(sentence, expected):
    assert [(t.text, t.value, t.mod) for t in tag(sentence, DCT)] == [expected]


def test_since_after_a_form_of_be_still_looks_back():
    assert tagged("The change is since Monday.") == [("Monday", "DATE", "1989-10-23")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Growth will slow over the next decade.", ("the next decade", "DURATION", "P10Y")),
        ("Prices doubled over the past decade.", ("the past decade", "DURATION", "P10Y")),
        ("Demand will grow in the coming decade.", ("the coming decade", "DURATION", "P10Y")),
    ],
)
def test_the_next_or_past_decade_is_a_span(sentence, expected):
    assert tagged(sentence) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The meeting lasted half an hour.", ("half an hour", "DURATION", "PT30M")),
        ("It took a quarter of an hour.", ("a quarter of an hour", "DURATION", "PT15M")),
        ("He ruled for a quarter century.", ("a quarter century", "DURATION", "P25Y")),
        ("He ruled for a quarter of a century.", ("a quarter of a century", "DURATION", "P25Y")),
    ],
)
def test_a_half_or_a_quarter_of_a_unit_is_that_fraction_of_it(text, expected):
    assert tagged(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He was arrested on Oct. 3. He appeared in court at 9 a.m. the next day.",
            "1989-10-04T09:00",
        ),
        ("Troops left on Oct. 3 and landed at 0600 GMT the following day.", "1989-10-04T06:00"),
        (
            "The ship sank on Oct. 3. The alarm had sounded at 11 p.m. the previous day.",
            "1989-10-02T23:00",
        ),
    ],
)
def test_a_time_followed_by_the_next_day_is_on_that_day(text, expected):
    assert [value for _, kind, value in tagged(text) if kind == "TIME"] == [expected]


def test_a_time_on_a_day_written_day_first_is_on_that_day():
    assert tagged("The ceasefire took effect at 6 p.m. on 18 October.") == [
        ("6 p.m. on 18 October", "TIME", "1989-10-18T18:00")
    ]


def test_midnight_is_the_end_of_the_day_not_its_night():
    assert tagged("The strike began at midnight.") == [("midnight", "TIME", "1989-10-26T24")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The letter is dated 10/27/1989.", "1989-10-27"),
        ("The letter is dated 27/10/1989.", "1989-10-27"),
    ],
)
def test_a_slashed_date_puts_the_month_first_unless_it_cannot_be_a_month(text, expected):
    assert [value for _, _, value in tagged(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The crash came in 1987. A year later, the firm failed.", ["1987", "P1Y"]),
        ("In 1987, a year after the crash, the firm failed.", ["1987", "P1Y"]),
        ("The plan costs $2 million a year.", []),
        ("Prices rose 20% a year.", []),
    ],
)
def test_a_year_after_a_sentence_or_clause_ends_is_no_rate(text, expected):
    assert [value for _, _, value in tagged(text)] == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # Half a year each way, no tense: the day gone by.
        ("The index is near its record high set on Aug. 6.", date(1998, 2, 6), "1997-08-06"),
        # A day to come that is clearly the nearer one is still taken.
        ("A third flight from August 6 adds seats.", date(1998, 2, 13), "1998-08-06"),
    ],
)
def test_of_two_days_about_as_far_away_the_past_one_is_taken(text, dct, expected):
    assert [value for _, _, value in tagged(text, dct)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Islam will one day be the second largest religion.", [("one day", "DATE", "FUTURE_REF")]),
        ("The strike lasted one day.", [("one day", "DURATION", "P1D")]),
    ],
)
def test_one_day_after_a_modal_is_a_day_to_come(text, expected):
    assert tagged(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Flights leave on Monday and Tuesday nights.",
            [("Monday", "SET", "XXXX-WXX-1TNI"), ("Tuesday nights", "SET", "XXXX-WXX-2TNI")],
        ),
        (
            "He met them on Monday and Tuesday.",
            [("Monday", "DATE", "1989-10-23"), ("Tuesday", "DATE", "1989-10-24")],
        ),
    ],
)
def test_a_weekday_paired_with_a_plural_one_is_a_set(text, expected):
    assert tagged(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Talks opened on Oct. 10, 1988. That Friday, they broke down.",
            [("Oct. 10, 1988", "DATE", "1988-10-10"), ("That Friday", "DATE", "1988-10-14")],
        ),
        # "That" joining a clause points at no day.
        ("The company said that Friday's sales were strong.", [("Friday", "DATE", "1989-10-20")]),
    ],
)
def test_that_weekday_is_in_the_week_the_text_tells_of(text, expected):
    assert tagged(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bank failed in 2008. That June, the state stepped in.", "2008-06"),
        ("The bank failed in June 2008. The following January, it reopened.", "2009-01"),
        ("The bank failed in June 2008. The previous January, shares fell.", "2008-01"),
        ("The bank failed in 2008. In March of that year, it was sold.", "2008-03"),
        ("The bank failed in June 2008. In March of the following year, it reopened.", "2009-03"),
    ],
)
def test_a_month_related_to_the_year_told_of_counts_from_it(text, expected):
    assert [value for _, _, value in tagged(text)][-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He was arrested on the 15th.", [("the 15th", "DATE", "1989-10-15")]),
        ("He was arrested on the 28th.", [("the 28th", "DATE", "1989-09-28")]),
        ("The vote is scheduled for the 30th.", [("the 30th", "DATE", "1989-10-30")]),
        ("The team finished the 28th.", []),
    ],
)
def test_the_15th_is_a_day_of_the_month_told_of(text, expected):
    assert tagged(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The company will report fourth-quarter earnings this month.", "1989-Q4"),
        ("Sales will rise in the fourth quarter.", "1990-Q4"),
    ],
)
def test_results_to_come_in_january_are_of_the_last_fourth_quarter(text, expected):
    assert [value for _, _, value in tagged(text, date(1990, 1, 10))][0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In January, a week after the anniversary of the Roe vs. Wade decision, a clinic"
            " bombing in Birmingham, Ala., killed a security guard.",
            "1989-01",
        ),
        (
            "In June, after a long and bitter fight over the terms of the merger with its"
            " biggest rival, the board will vote on the plan.",
            "1990-06",
        ),
    ],
)
def test_a_month_opening_its_sentence_takes_the_tense_of_the_main_clause(text, expected):
    assert tagged(text)[0][2] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The talks will resume at 1500 GMT on Monday.",
            [("1500 GMT on Monday", "TIME", "1989-10-30T15:00")],
        ),
        (
            "Troops crossed the border at 0400 GMT Tuesday.",
            [("0400 GMT Tuesday", "TIME", "1989-10-24T04:00")],
        ),
    ],
)
def test_a_24_hour_time_before_a_day_is_on_that_day(text, expected):
    assert tagged(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turnout in the weekend vote was 60 percent.", "1989-W42-WE"),
        ("The Sunday vote was calm.", "1989-10-22"),
        ("The Sunday vote will be close.", "1989-10-29"),
    ],
)
def test_a_verb_form_right_after_a_date_is_the_noun_it_qualifies(text, expected):
    assert tagged(text)[0][2] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The law will take effect on the first day of next month.",
            ("the first day of next month", "DATE", "1989-11-01"),
        ),
        (
            "The rains began on the last day of February.",
            ("the last day of February", "DATE", "1989-02-28"),
        ),
        (
            "The rule applies from the first day of 1990.",
            ("the first day of 1990", "DATE", "1990-01-01"),
        ),
        (
            "Bids are due on the last day of the year.",
            ("the last day of the year", "DATE", "1989-12-31"),
        ),
        (
            "He resigned on the last day of March 1988.",
            ("the last day of March 1988", "DATE", "1988-03-31"),
        ),
    ],
)
def test_the_first_or_last_day_of_a_month_or_year_is_that_day(text, expected):
    assert tagged(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Inflation slowed to 3.8 percent in the June quarter.",
            [("the June quarter", "DATE", "1989-Q2")],
        ),
        (
            "Output grew in the March quarter of 1988.",
            [("the March quarter of 1988", "DATE", "1988-Q1")],
        ),
        # Only the last month of a quarter names one.
        ("He left in the May quarter.", [("May", "DATE", "1989-05")]),
    ],
)
def test_a_quarter_is_named_by_its_last_month(text, expected):
    assert tagged(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The federation will hold trials for the cross-country championships in Eldoret"
            " on Dec. 10, federation president Jackson Tuwei said on Monday.",
            "1989-12-10",
        ),
        ("Prices fell sharply in March, the ministry said.", "1989-03"),
    ],
)
def test_a_source_named_after_a_comma_does_not_set_the_tense_of_the_date(text, expected):
    assert tagged(text)[0][2] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lift-off is now set for 5:40 p.m. on Thursday, Nov. 9.",
            [
                ("now", "DATE", "PRESENT_REF"),
                ("5:40 p.m. on Thursday, Nov. 9", "TIME", "1989-11-09T17:40"),
            ],
        ),
        ("Wanjiru won the race in 2:21:05.", []),
    ],
)
def test_a_clock_time_takes_the_date_after_its_weekday_and_a_race_time_is_none(text, expected):
    assert tagged(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The company was founded two and a half years ago.", "1987-04"),
        ("He left a year and a half ago.", "1988-04"),
        # A vague count stays vague.
        ("He left a few years ago.", "PAST_REF"),
    ],
)
def test_half_a_year_more_ago_names_the_month(text, expected):
    assert tagged(text)[0][2] == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # A past verb right before "in" places the month in the past, however far back.
        ("The deal, announced in November, was approved.", date(1989, 10, 26), "1988-11"),
        ("He was born in April.", date(2013, 3, 14), "2012-04"),
        # A future verb places it ahead, eleven months off too.
        ("The plant will open in February.", date(2013, 3, 14), "2014-02"),
        # A deadline still reaches only ten months ("gave them until November").
        ("They gave him until April.", date(2013, 3, 14), "2013-04"),
        # A past verb with an infinitive after it may look ahead.
        ("NATO has decided to admit Poland in early April.", date(2013, 3, 14), "2013-04"),
    ],
)
def test_a_month_the_verb_places_with_in_follows_the_tense_all_year_round(text, dct, expected):
    assert tagged(text, dct)[0][2] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plan was announced on Nov. 20.", "1988-11-20"),
        ("He died on Dec. 3.", "1988-12-03"),
        # A deadline a past verb moved still lies ahead.
        ("The offer was extended to Nov. 16.", "1989-11-16"),
    ],
)
def test_a_day_a_past_verb_places_with_on_is_in_the_past_however_far_back(text, expected):
    assert tagged(text)[0][2] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The match kicks off on Saturday.", "1989-10-28"),
        ("Schools reopen on Monday.", "1989-10-30"),
        ("The new law comes into force on Monday.", "1989-10-30"),
        # "Comes after" tells what followed what, no timetable.
        ("The move comes after Tuesday's talks collapsed.", "1989-10-24"),
        ("Ministers gather in Brussels on Monday.", "1989-10-30"),
        # A noun before the date is no timetable.
        ("Heads of state on Monday agreed to act.", "1989-10-23"),
    ],
)
def test_the_present_of_a_timetable_points_ahead(text, expected):
    assert tagged(text)[0][2] == expected


def test_a_relative_clause_after_a_date_does_not_set_its_tense():
    text = "The move follows Tuesday's declaration by Ford, which will bid for the firm."
    assert tagged(text) == [("Tuesday", "DATE", "1989-10-24")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The idea dates from the 1800s.", "18"),
        ("In the early 1900s, the city grew.", "19"),
        ("In the 1910s, it shrank.", "191"),
        # The first decade of this century is written the same way and meant as a decade.
        ("Growth slowed in the 2000s.", "200"),
    ],
)
def test_the_1800s_is_a_century_and_the_1910s_a_decade(text, expected):
    assert tagged(text)[0][2] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A similar effort collapsed in 1987, when talks broke down over the summer.",
            [("1987", "DATE", "1987"), ("the summer", "DATE", "1987-SU")],
        ),
        ("Prices rose in the summer.", [("the summer", "DATE", "1989-SU")]),
    ],
)
def test_a_season_takes_the_year_written_earlier_in_its_sentence(text, expected):
    assert tagged(text) == expected


def test_the_year_of_a_fiscal_year_written_before_it_is_one_expression():
    assert tagged("The rules apply from the start of the 1990 fiscal year.") == [
        ("the start of the 1990 fiscal year", "DATE", "1990")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 1987, prices peaked in June and fell in October.", ["1987", "1987-06", "1987-10"]),
        ("The plant opened in 1985 and closed in May.", ["1985", "1985-05"]),
        # A year that bounds a span is not the time the clause tells of.
        ("He has lived there since 1985 and will leave in May.", ["1985", "1990-05"]),
        # A year the tense denies is not the one told of.
        ("Exports in 1988 rose and are expected to grow in May.", ["1988", "1990-05"]),
        # A year in another clause is not the one the month's clause tells of.
        (
            "Under a program approved in 1987 that set no amount, Nashua bought shares in"
            " September.",
            ["1987", "1989-09"],
        ),
    ],
)
def test_a_month_takes_the_year_its_clause_tells_of(text, expected):
    assert [value for _, _, value in tagged(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He was elected in 1985 and resigned on March 3.", "1985-03-03"),
        # A year of birth is not the time of the clause.
        ("He was born in 1930 and died on March 3.", "1989-03-03"),
    ],
)
def test_a_day_takes_the_year_its_clause_tells_of(text, expected):
    assert tagged(text)[1][2] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A year naming a plan for it is not the year the clause tells of ...
        ("It will vote on the 1990 budget on Dec. 15.", ("Dec. 15", "DATE", "1989-12-15")),
        # ... but a year naming a happening is.
        ("The 1992 Olympics open on July 25.", ("July 25", "DATE", "1992-07-25")),
    ],
)
def test_a_year_naming_a_plan_does_not_set_the_year_of_a_later_day(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert tagged(sentence)[-1] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("England face the United States on Friday.", ("Friday", "DATE", "1989-10-27")),
        ("Brazil play Serbia on Monday.", ("Monday", "DATE", "1989-10-30")),
    ],
)
def test_a_fixture_in_the_present_is_ahead(sentence: str, expected: tuple[str, str, str]) -> None:
    assert tagged(sentence) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Millions travel during the Lunar New Year holiday.", []),
        ("Iranians celebrate the Persian New Year.", []),
        ("The talks resume after the New Year.", [("New Year", "DATE", "1990-01-01")]),
    ],
)
def test_the_new_year_of_another_calendar_is_not_january_1(text, expected):
    assert tagged(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One day he will return.", ("One day", "DATE", "FUTURE_REF")),
        ("One day, he walked into the office.", ("One day", "DATE", "PAST_REF")),
        ("One day of talks ended without a deal.", ("One day", "DURATION", "P1D")),
        ("The strike lasted one day.", ("one day", "DURATION", "P1D")),
    ],
)
def test_one_day_opening_a_sentence_is_some_day_not_a_day_long(text, expected):
    assert tagged(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Monday, the company, which will close two plants, said it had cut 500 jobs.",
            "1989-10-23",
        ),
        ("On Friday, the minister, who is expected to resign, denied the report.", "1989-10-20"),
        ("On Friday, the board will vote on the plan.", "1989-10-27"),
    ],
)
def test_a_date_opening_its_sentence_skips_a_relative_clause_for_its_verb(text, expected):
    assert tagged(text)[0][2] == expected


def test_a_date_written_year_first_with_slashes_is_that_day():
    assert tagged("The file is dated 1989/03/12.") == [("1989/03/12", "DATE", "1989-03-12")]


def test_a_month_a_present_fact_is_in_is_to_come():
    assert tagged("The midterm elections are in November.", date(2013, 3, 14)) == [
        ("November", "DATE", "2013-11")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Solberg took office in November.", ("November", "DATE", "1988-11")),
        ("Solberg, who took office in November, said costs fell.", ("November", "DATE", "1988-11")),
        # A past verb before an infinitive does not place the month: the infinitive looks ahead.
        ("They decided to admit them in November.", ("November", "DATE", "1989-11")),
    ],
)
def test_a_past_verb_and_its_object_before_in_place_the_month_behind(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert tagged(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # What a report follows is behind it.
        ("The report follows the collapse of the glacier in May.", ("May", "DATE", "1989-05")),
        # "the coming year" names a time; the verb before it decides the day after it.
        (
            "The council approved its budget for the coming year on Monday.",
            ("Monday", "DATE", "1989-10-23"),
        ),
    ],
)
def test_words_that_look_ahead_or_back_only_as_what_they_are(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert tagged(sentence)[-1] == expected


def test_a_will_a_long_phrase_before_a_weekday_still_points_it_ahead() -> None:
    sentence = (
        "Bush will travel to Geneva for his first summit with Soviet leader Gorbachev on Monday."
    )
    assert tagged(sentence) == [("Monday", "DATE", "1989-10-30")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Eby is due to visit the evacuation centre in Fort St. John on Friday.", "1989-10-27"),
    ],
)
def test_a_plan_a_long_phrase_before_a_weekday_points_it_ahead(
    sentence: str, expected: str
) -> None:
    assert tagged(sentence)[0][2] == expected


def test_a_far_will_reaches_neither_into_another_sentence_nor_past_a_conjunction() -> None:
    text = (
        "The party will need a partner to govern after the election commission on Monday "
        "confirmed it had won 48 seats. Bush will travel to Geneva for his first summit "
        "with Soviet leader Gorbachev on Monday."
    )
    assert [value for _, _, value in tagged(text)] == ["1989-10-23", "1989-10-30"]


def test_a_past_clock_time_after_a_day_to_come_is_on_the_report_day() -> None:
    text = "Producers will meet again on Nov. 5.\n\nBy 1400 GMT, Brent was up 2 percent."
    assert tagged(text)[-1] == ("1400 GMT", "TIME", "1989-10-26T14:00")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Forecasters have warned of more dust on Saturday.", ("Saturday", "DATE", "1989-10-28")),
        ("The ministry warned on Monday that prices would rise.", ("Monday", "DATE", "1989-10-23")),
    ],
)
def test_what_is_warned_of_lies_ahead_but_the_warning_does_not(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert tagged(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "dct", "expected"),
    [
        # Early in a year, "the coming year" is the year just begun; later, the next one.
        ("The plan sets targets for the coming year.", date(2024, 2, 5), "2024"),
        ("Prices will rise in the coming year.", date(2024, 1, 10), "2024"),
        ("Prices will rise in the coming year.", date(2024, 10, 5), "2025"),
        ("Prices will rise next year.", date(2024, 2, 5), "2025"),
    ],
)
def test_the_coming_year_told_early_in_a_year_is_that_year(
    sentence: str, dct: date, expected: str
) -> None:
    assert tagged(sentence, dct)[0][2] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The show ran between April 10 and April 24, 1988.",
            [("April 10", "DATE", "1988-04-10"), ("April 24, 1988", "DATE", "1988-04-24")],
        ),
        (
            "The talks were held on March 3 and March 9, 1987.",
            [("March 3", "DATE", "1987-03-03"), ("March 9, 1987", "DATE", "1987-03-09")],
        ),
        (
            "The fair ran from 30 December to 2 January 1988.",
            [("30 December", "DATE", "1987-12-30"), ("2 January 1988", "DATE", "1988-01-02")],
        ),
    ],
)
def test_the_first_day_of_a_range_takes_the_year_of_the_second(
    sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    assert tagged(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The storm is forecast to strike the central coast between Da Nang and Quang Ngai"
            " on Monday, the weather center said.",
            ("Monday", "DATE", "1989-10-30"),
        ),
        (
            "Officials are due to visit the flooded districts of the provinces of Quang Nam and"
            " Quang Ngai on Monday.",
            ("Monday", "DATE", "1989-10-30"),
        ),
        # A cause after "due to" makes no plan, however far.
        (
            "Flights were grounded due to heavy fog over the northern airports of the central"
            " provinces on Monday.",
            ("Monday", "DATE", "1989-10-23"),
        ),
    ],
)
def test_the_to_of_a_plan_a_long_phrase_before_a_weekday_points_it_ahead(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert tagged(sentence)[-1] == expected


def test_what_a_country_prepares_to_do_from_a_month_lies_ahead() -> None:
    sentence = "Indonesia prepares to cut import duties from July, under a rule issued in March."
    assert tagged(sentence) == [("July", "DATE", "1990-07"), ("March", "DATE", "1989-03")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The quake struck at 7:58am on April 3, 2024, killing 18.",
            ("7:58am on April 3, 2024", "TIME", "2024-04-03T07:58"),
        ),
        (
            "The polls closed at 10 p.m. Friday, Oct. 3, 1986.",
            ("10 p.m. Friday, Oct. 3, 1986", "TIME", "1986-10-03T22:00"),
        ),
    ],
)
def test_a_clock_time_on_a_day_with_its_year_is_on_that_year(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert tagged(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Flights resumed by Wednesday noon.", ("Wednesday noon", "TIME", "1989-10-25T12:00")),
        ("The offer expires Friday midnight.", ("Friday midnight", "TIME", "1989-10-27T24")),
    ],
)
def test_noon_or_midnight_after_a_weekday_is_a_time_that_day(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert tagged(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Treasury said earlier this month it could run out of cash by mid-November.",
            ("mid-November", "DATE", "1989-11"),
        ),
        ("The court may rule on Friday.", ("Friday", "DATE", "1989-10-27")),
        ("Talks could resume Monday.", ("Monday", "DATE", "1989-10-30")),
        # Denied, perfect or passive, "could" is no prospect.
        ("He could not attend the meeting on Monday.", ("Monday", "DATE", "1989-10-23")),
        ("The fire could have started on Monday.", ("Monday", "DATE", "1989-10-23")),
        # "May" with a capital is the month.
        ("He was elected in May and resigned on Monday.", ("Monday", "DATE", "1989-10-23")),
    ],
)
def test_could_and_may_look_ahead_unless_denied_or_perfect(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert tagged(sentence)[-1] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The report is due at 8:30 a.m. EDT (1230 GMT) on Friday.",
            [("8:30 a.m. EDT", "TIME", "1989-10-27T08:30"), ("Friday", "DATE", "1989-10-27")],
        ),
        (
            "The quake struck at 2:46 p.m. (0546 GMT) Monday.",
            [("2:46 p.m.", "TIME", "1989-10-23T14:46"), ("Monday", "DATE", "1989-10-23")],
        ),
    ],
)
def test_a_clock_time_given_again_in_another_zone_is_on_the_day_after_both(
    sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    assert tagged(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Exports in September rose 5 percent from a year earlier.",
            ("a year earlier", "DATE", "1988-09"),
        ),
        (
            "Unemployment fell to 5.3 percent in September from 5.6 percent a year ago.",
            ("a year ago", "DATE", "1988-09"),
        ),
        # A month in another sentence is not what the comparison is about.
        (
            "Exports rose in September. Sales fell 5 percent from a year earlier.",
            ("a year earlier", "DATE", "1988"),
        ),
    ],
)
def test_a_figure_for_a_month_compared_with_a_year_earlier_is_that_month_last_year(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert tagged(sentence)[-1] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He will be sentenced on Monday next week.", ("Monday", "DATE", "1989-10-30")),
        ("The deal was signed on Tuesday last week.", ("Tuesday", "DATE", "1989-10-17")),
        ("The vote is on Friday of this week.", ("Friday", "DATE", "1989-10-27")),
    ],
)
def test_a_weekday_before_next_or_last_week_is_that_day_of_that_week(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert tagged(sentence)[0] == expected


@pytest.mark.parametrize(
    ("sentence", "dct", "expected"),
    [
        # Without a tense, a weekday's election is the nearer such day, ahead or behind.
        ("Polls show Smith leading before Sunday's election.", date(2013, 3, 22), "2013-03-24"),
        ("Polls show Smith leading before Sunday's election.", date(2013, 3, 19), "2013-03-17"),
        # Results are known only after the vote.
        ("Analysts will study Sunday's election results.", date(2013, 3, 22), "2013-03-17"),
    ],
)
def test_a_weekdays_election_without_a_tense_is_the_nearer_one(
    sentence: str, dct: date, expected: str
) -> None:
    assert tagged(sentence, dct)[0][2] == expected


@pytest.mark.parametrize(
    ("sentence", "dct", "expected"),
    [
        ("The plant will open by mid-year.", date(2024, 3, 20), [("mid-year", "DATE", "2024")]),
        ("Sales slowed at midyear.", date(2024, 3, 20), [("midyear", "DATE", "2023")]),
        ("The plant will open by mid-year.", date(2024, 10, 2), [("mid-year", "DATE", "2025")]),
        ("The board began a mid-year review.", date(2024, 3, 20), []),
    ],
)
def test_mid_year_after_a_preposition_is_the_middle_of_the_year_its_verb_points_to(
    sentence: str, dct: date, expected: list[tuple[str, str, str]]
) -> None:
    assert tagged(sentence, dct) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Shops closed on Good Friday 2024.", ("Good Friday 2024", "DATE", "2024-03-29")),
        ("Banks reopen after Easter Monday 2024.", ("Easter Monday 2024", "DATE", "2024-04-01")),
        ("Workers marched on May Day 2023.", ("May Day 2023", "DATE", "2023-05-01")),
        (
            "Markets shut on Martin Luther King Jr. Day 2024.",
            ("Martin Luther King Jr. Day 2024", "DATE", "2024-01-15"),
        ),
        ("Veterans gathered on Armistice Day 2018.", ("Armistice Day 2018", "DATE", "2018-11-11")),
        ("Federal offices closed on Juneteenth 2023.", ("Juneteenth 2023", "DATE", "2023-06-19")),
    ],
)
def test_holidays_counted_from_easter_and_more_fixed_days_are_their_dates(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert tagged(sentence) == [expected]


def test_a_good_friday_in_lower_case_is_only_a_friday() -> None:
    assert tagged("It was a good Friday for stocks.") == [("Friday", "DATE", "1989-10-20")]


def test_face_to_face_is_a_manner_not_a_fixture() -> None:
    assert tagged("The leaders met face to face on Tuesday.") == [("Tuesday", "DATE", "1989-10-24")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Sarma will visit the worst-hit Dhemaji district on Friday.", "1989-10-27"),
        ("He was re-elected on Monday.", "1989-10-23"),
    ],
)
def test_a_hyphenated_adjective_has_no_tense_but_a_prefixed_verb_keeps_its_own(
    sentence: str, expected: str
) -> None:
    assert tagged(sentence)[0][2] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The bank plans to publish revised forecasts in mid-November.", "1989-11"),
        ("The agency will release updated figures on Monday.", "1989-10-30"),
        ("The flights will be delayed on Monday.", "1989-10-30"),
        ("The figures were revised in March.", "1989-03"),
    ],
)
def test_a_participle_after_an_infinitive_qualifies_its_object_and_has_no_tense(
    sentence: str, expected: str
) -> None:
    assert tagged(sentence)[0][2] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The bill was introduced in the House of Commons for its first reading on Jan. 5.",
            "1989-01-05",
        ),
    ],
)
def test_a_past_passive_governs_a_day_a_long_phrase_away(sentence: str, expected: str) -> None:
    assert tagged(sentence)[-1][2] == expected


def test_days_labelling_the_lines_of_a_programme_follow_one_another() -> None:
    text = (
        "Here are the events we are watching in the coming days.\n\n"
        "Sunday: Hosts Bangladesh take on Pakistan for the title.\n\n"
        "Tuesday: The parliament holds its final vote on the bill.\n\n"
        "Thursday-Friday: An investment forum, with the president expected to speak.\n\n"
        "Saturday: The ruling party holds its national conference."
    )
    days = [value for _, kind, value in tagged(text, date(2026, 11, 21)) if kind == "DATE"]
    assert days == ["2026-11-22", "2026-11-24", "2026-11-26", "2026-11-27", "2026-11-28"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "They will meet the hosts, who knocked out Afghanistan on Thursday, "
            "at the stadium in Mirpur on Sunday.",
            "1989-10-29",
        ),
        # A comma inside the clause that lists its nouns does not close it.
        (
            "He succeeds Taylor, who stepped down as chairman, president and chief executive "
            "on Monday.",
            "1989-10-23",
        ),
    ],
)
def test_a_relative_clause_closed_before_a_day_leaves_the_tense_to_the_main_verb(
    sentence: str, expected: str
) -> None:
    assert tagged(sentence)[-1][2] == expected


def test_sworn_is_a_past_participle() -> None:
    assert (
        tagged("The judge, who was sworn in as president of the court on Jan. 5, spoke.")[0][2]
        == "1989-01-05"
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The leaders said they hoped to sign a framework agreement by the end of March.",
            "1990-03",
        ),
        ("The company said it planned to open the plant in March.", "1990-03"),
        ("He said he hoped to finish the work that had started in March.", "1989-03"),
        ("In January the leaders hoped to sign a deal by March.", "1989-03"),
    ],
)
def test_a_wish_a_speaker_reports_in_the_past_tense_still_looks_ahead(
    sentence: str, expected: str
) -> None:
    assert tagged(sentence)[-1][2] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Polls were open from 8 a.m. to 8 p.m. on Sunday.",
            [
                ("8 a.m.", "TIME", "1989-10-22T08:00"),
                ("8 p.m. on Sunday", "TIME", "1989-10-22T20:00"),
            ],
        ),
        (
            "The meeting ran from 9:30 to 11 a.m. on Tuesday.",
            [
                ("9:30", "TIME", "1989-10-24T09:30"),
                ("11 a.m. on Tuesday", "TIME", "1989-10-24T11:00"),
            ],
        ),
        # A range that runs past midnight starts the evening before the day named.
        (
            "The road was closed between 10 p.m. and 6 a.m. Friday.",
            [
                ("10 p.m.", "TIME", "1989-10-19T22:00"),
                ("6 a.m. Friday", "TIME", "1989-10-20T06:00"),
            ],
        ),
        (
            "A curfew was imposed from 2200 GMT to 0600 GMT on Saturday.",
            [
                ("2200 GMT", "TIME", "1989-10-20T22:00"),
                ("0600 GMT on Saturday", "TIME", "1989-10-21T06:00"),
            ],
        ),
    ],
)
def test_the_first_clock_time_of_a_range_takes_the_day_named_after_the_second(sentence, expected):
    assert tagged(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The talks began at 2:30 in the afternoon.",
            ("2:30 in the afternoon", "TIME", "1989-10-26T14:30"),
        ),
        (
            "The lights went out at 9:15 in the evening.",
            ("9:15 in the evening", "TIME", "1989-10-26T21:15"),
        ),
        (
            "The fire started at 12:30 in the morning.",
            ("12:30 in the morning", "TIME", "1989-10-26T00:30"),
        ),
        ("It began at 4 in the morning.", ("4 in the morning", "TIME", "1989-10-26T04:00")),
    ],
)
def test_a_clock_time_with_minutes_takes_the_half_of_the_day_named_after_it(sentence, expected):
    assert tagged(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Seven months back is likelier than five ahead for a month told without a tense.
        ("Shares rising to a high in June from $29.75 in March.", ("March", "DATE", "1989-03")),
        # A few months ahead stays ahead.
        ("Part of a program to pay down the loan by February.", ("February", "DATE", "1990-02")),
    ],
)
def test_a_month_without_a_tense_leans_to_the_past(sentence, expected):
    assert expected in tagged(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Voters in Georgia head to the polls Tuesday.", ("Tuesday", "DATE", "1989-10-31")),
        ("The senator heads to Michigan on Saturday.", ("Saturday", "DATE", "1989-10-28")),
        ("The pope speaks at the United Nations on Friday.", ("Friday", "DATE", "1989-10-27")),
        ("The president welcomes his guest on Monday.", ("Monday", "DATE", "1989-10-30")),
        ("The Fed announces its decision Wednesday.", ("Wednesday", "DATE", "1989-11-01")),
        ("Negotiators reconvene Tuesday in Geneva.", ("Tuesday", "DATE", "1989-10-31")),
        ("The strike enters its second week on Monday.", ("Monday", "DATE", "1989-10-30")),
        # A noun before "of" is no timetable: the verb after the apposition decides.
        (
            "On Wednesday, Ricardo Alarcon, head of the assembly, said the boy must return.",
            ("Wednesday", "DATE", "1989-10-25"),
        ),
    ],
)
def test_travel_and_speaking_verbs_in_the_present_are_a_timetable(sentence, expected):
    assert tagged(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Jobless claims fell in the week ended Oct. 14.", ("the week", "DATE", "1989-W41")),
        ("Claims fell in the week ending Saturday.", ("the week", "DATE", "1989-W42")),
        ("Sales rose in the month ended Sept. 30.", ("the month", "DATE", "1989-09")),
        # A quarter ended July 31 runs from May: most of it is the second quarter.
        ("In the quarter ended July 31, the firm had a loss.", ("the quarter", "DATE", "1989-Q2")),
        ("Profit rose in the quarter ended Sept. 30.", ("the quarter", "DATE", "1989-Q3")),
    ],
)
def test_a_week_month_or_quarter_said_to_end_on_a_day_is_the_one_most_of_it_falls_in(
    sentence, expected
):
    assert expected in tagged(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Cargo at the Tin Can Island terminals ground to a halt on Wednesday.",
            ("Wednesday", "DATE", "1989-10-25"),
        ),
        ("A film starring Will Smith opened on Friday.", ("Friday", "DATE", "1989-10-20")),
        (
            "Workers at Tin Can Island will strike on Wednesday.",
            ("Wednesday", "DATE", "1989-11-01"),
        ),
    ],
)
def test_a_capitalised_modal_inside_a_name_gives_no_tense(sentence, expected):
    assert tagged(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A verb in the present leans no more to the past than to the future.
        ("The mayor is up for re-election in November.", ("November", "DATE", "2025-11")),
        # A year gone by before a verb in the present is another clause's.
        (
            "The firm was founded in 1998 and has its annual meeting in May.",
            ("May", "DATE", "2025-05"),
        ),
        ("He was elected in 2005 and resigned on March 3.", ("March 3", "DATE", "2005-03-03")),
    ],
)
def test_a_month_told_in_the_present_is_not_pulled_into_the_past(sentence, expected):
    assert expected in tagged(sentence, date(2025, 6, 30))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The agency has ordered a full inspection of the mine to begin on Tuesday.",
            ("Tuesday", "DATE", "1989-10-31"),
        ),
        # the simple past may tell of last week's order; another verb's past is its own
        (
            "The agency ordered a full inspection of the mine to begin on Tuesday.",
            ("Tuesday", "DATE", "1989-10-24"),
        ),
        ("He has returned to work on Monday.", ("Monday", "DATE", "1989-10-23")),
    ],
)
def test_a_day_timing_what_has_been_ordered_is_still_to_come(sentence, expected):
    assert tagged(sentence) == [expected]


def test_an_abbreviated_month_and_day_after_for_is_a_date() -> None:
    assert tagged("The next policy announcement is scheduled for Dec 17.") == [
        ("Dec 17", "DATE", "1989-12-17")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("BERLIN, Jan 9 (dpa) - The union will strike.", [("Jan 9", "DATE", "1990-01-09")]),
        ("Dec 3 (Reuters) - Voting ended abroad.", [("Dec 3", "DATE", "1989-12-03")]),
        (
            "Voting ended Sep 30 after three days.",
            [("Sep 30", "DATE", "1989-09-30"), ("three days", "DURATION", "P3D")],
        ),
        ("Jan 3 scored twice for Ajax.", []),
        ("He met Jan 3 times last year.", [("last year", "DATE", "1988")]),
    ],
)
def test_an_abbreviated_month_and_day_before_punctuation_or_a_dateline_is_a_date(
    sentence, expected
):
    assert tagged(sentence) == expected


def test_a_clock_time_still_to_come_is_not_on_a_past_day_named_before() -> None:
    sentence = (
        "Cars left the city between Monday and Wednesday, and the road will be one-way from 2 p.m."
    )
    assert tagged(sentence)[-1] == ("2 p.m.", "TIME", "1989-10-26T14:00")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "It is five minutes past six, and here is the news.",
            ("five minutes past six", "TIME", "1989-10-26T06:05"),
        ),
        ("The bulletin is back at seven o'clock.", ("seven o'clock", "TIME", "1989-10-26T07:00")),
        (
            "The train left at a quarter to seven.",
            ("a quarter to seven", "TIME", "1989-10-26T06:45"),
        ),
        ("The talks ended at half past nine.", ("half past nine", "TIME", "1989-10-26T09:30")),
    ],
)
def test_a_clock_time_in_words_is_a_time(sentence, expected):
    assert tagged(sentence) == [expected]


def test_minutes_to_a_count_of_minutes_are_two_durations() -> None:
    assert tagged("The wait rose from five minutes to ten minutes.") == [
        ("five minutes", "DURATION", "PT5M"),
        ("ten minutes", "DURATION", "PT10M"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The storm flooded villages overnight.", [("overnight", "TIME", "1989-10-25TNI")]),
        ("The overnight rate rose.", []),
        ("Students have voted since the morning.", [("the morning", "TIME", "1989-10-26TMO")]),
        ("Witnesses are heard on weekdays.", [("weekdays", "SET", "XXXX-WXX-WD")]),
        (
            "The vote was brought forward from the spring of next year.",
            [("the spring of next year", "DATE", "1990-SP")],
        ),
    ],
)
def test_parts_of_days_weekdays_and_the_season_of_a_relative_year(sentence, expected):
    assert tagged(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "dct", "expected"),
    [
        (
            "Traffic peaked ahead of the Eid al-Fitr holiday.",
            date(2025, 3, 28),
            ("Eid al-Fitr", "DATE", "2025-03-31"),
        ),
        (
            "Families gathered for Eid ul-Fitr 2023.",
            DCT,
            ("Eid ul-Fitr 2023", "DATE", "2023-04-22"),
        ),
        (
            "Pilgrims will mark Eid al-Adha.",
            date(2024, 6, 1),
            ("Eid al-Adha", "DATE", "2024-06-17"),
        ),
    ],
)
def test_an_islamic_feast_is_dated_by_the_arithmetical_hijri_calendar(sentence, dct, expected):
    assert tagged(sentence, dct) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He ordered schools closed until Monday.", ("Monday", "DATE", "1989-10-30")),
        ("The judge adjourned the hearing until Friday.", ("Friday", "DATE", "1989-10-27")),
        ("He stayed in hospital until Monday.", ("Monday", "DATE", "1989-10-23")),
        ("The coach names his squad on Saturday.", ("Saturday", "DATE", "1989-10-28")),
    ],
)
def test_a_day_a_state_was_ordered_to_last_until_and_a_timetable_present_are_ahead(
    sentence, expected
):
    assert tagged(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "They were runners-up in each of the past three seasons.",
            [("the past three seasons", "DURATION", "P3Y")],
        ),
        ("The next 2 seasons will be hard.", [("The next 2 seasons", "DURATION", "P2Y")]),
        ("The four seasons of the year pass.", [("the year", "DATE", "1989")]),
    ],
)
def test_counted_seasons_of_a_sport_are_years(sentence, expected):
    assert tagged(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A curfew imposed at 6 p.m. Tuesday was lifted at 10 a.m.",
            [
                ("6 p.m. Tuesday", "TIME", "1989-10-24T18:00"),
                ("10 a.m.", "TIME", "1989-10-25T10:00"),
            ],
        ),
        (
            "The bar opens at 7 p.m. and closes at 2 a.m.",
            [("7 p.m.", "TIME", "1989-10-26T19:00"), ("2 a.m.", "TIME", "1989-10-27T02:00")],
        ),
        (
            "The meeting began at 9 a.m. and ended at 11 a.m.",
            [("9 a.m.", "TIME", "1989-10-26T09:00"), ("11 a.m.", "TIME", "1989-10-26T11:00")],
        ),
    ],
)
def test_a_morning_told_after_an_evening_in_its_sentence_is_the_next_day(sentence, expected):
    assert tagged(sentence) == expected
