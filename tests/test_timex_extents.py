"""Which expressions the tagger marks, where they start and end, and their TimeML type."""

from __future__ import annotations

from datetime import date

import pytest

from feeds.timex import tag

DCT = date(2000, 4, 7)  # a Friday


def tagged(text: str, dct: date = DCT) -> list[tuple[str, str, str]]:
    """The (text, type, value) triples the tagger finds."""
    return [(t.text, t.type, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Castro declared Wednesday night that the boy would return.",
            ("Wednesday night", "DATE", "2000-04-05TNI"),
        ),
        (
            "Officials postponed until Tuesday morning any action on the case.",
            ("Tuesday morning", "DATE", "2000-04-11TMO"),
        ),
        (
            "Protesters rallied in the plaza Sunday evening.",
            ("Sunday evening", "DATE", "2000-04-02TEV"),
        ),
    ],
)
def test_a_part_of_a_named_weekday_is_a_date(sentence, expected):
    assert tagged(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The bomb went off last night.", ("last night", "TIME", "2000-04-06TNI")),
        ("He will speak tonight.", ("tonight", "TIME", "2000-04-07TNI")),
    ],
)
def test_a_part_of_today_or_yesterday_stays_a_time(sentence, expected):
    assert tagged(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The board meets twice a year.", ("twice a year", "SET", "P1Y")),
        ("Inspectors visit three times a week.", ("three times a week", "SET", "P1W")),
        ("The pill is taken once a day.", ("once a day", "SET", "P1D")),
    ],
)
def test_a_frequency_and_its_period_are_one_set(sentence, expected):
    assert tagged(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "The preferred stock has a dividend rate of $1.76 a year.",
        "The cuts should save $500 million a year in costs.",
        "Qantas will add four flights a week to the route.",
        "The economy created jobs at a rate of 358,000 a month.",
        "The chip runs 15 million instructions per second.",
        "Agents are doing hundreds of interviews a day.",
    ],
)
def test_the_period_of_a_rate_is_not_a_timex(sentence):
    assert tagged(sentence) == []


def test_a_period_after_a_year_in_figures_is_still_a_duration():
    assert tagged("In 1997 a week passed without news.") == [
        ("1997", "DATE", "1997"),
        ("a week", "DURATION", "P1W"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Czech foreign minister, Jan Kavan, signed for Prague.",
        "Geremek and Jan Kavan signed the accession documents.",
        "The award went to May Brown of Ohio.",
    ],
)
def test_a_month_word_before_a_capitalised_name_is_a_name(sentence):
    assert tagged(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The treaty takes effect in May.", ("May", "DATE", "2000-05")),
        ("In May Congress will vote on the bill.", ("May", "DATE", "2000-05")),
    ],
)
def test_a_month_after_in_stays_a_month(sentence, expected):
    assert tagged(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "Gonzalez said on CBS's ''60 Minutes'' that the boy was abused.",
        'Baker, speaking on ABC News\' "This Week," said the request was fair.',
        "The poster showed Gary Cooper from the film ``High Noon.''",
    ],
)
def test_capitalised_time_words_inside_a_sentence_are_titles(sentence):
    assert tagged(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Profit fell. Yesterday it closed at $4.", ("Yesterday", "DATE", "2000-04-06")),
        ('"Now we see that edge eroded," he said.', ("Now", "DATE", "PRESENT_REF")),
        ("Strike Ends After Two Weeks", ("Two Weeks", "DURATION", "P2W")),
        (
            "Elian was found Thanksgiving Day clinging to an inner tube.",
            ("Thanksgiving Day", "DATE", "1999-11-25"),
        ),
    ],
)
def test_capitalised_time_words_opening_a_sentence_or_in_a_headline_are_kept(sentence, expected):
    assert tagged(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Lawyers filed a petition earlier Friday.", ("Friday", "DATE", "2000-04-07")),
        ("Later Thursday, two relatives met the judge.", ("Thursday", "DATE", "2000-04-06")),
        ("Officials spoke late Monday.", ("late Monday", "DATE", "2000-04-03")),
    ],
)
def test_earlier_and_later_stay_outside_a_weekday(sentence, expected):
    assert tagged(sentence) == [expected]


def test_a_plural_part_of_a_weekday_is_a_set():
    assert tagged("The show airs on Tuesday nights.") == [
        ("Tuesday nights", "SET", "XXXX-WXX-2TNI")
    ]


def test_an_approximate_count_before_ago_is_a_date_with_its_mod():
    [timex] = tag("The war in Bosnia ended nearly four years ago.", DCT)
    assert (timex.text, timex.type, timex.value, timex.mod) == (
        "nearly four years ago",
        "DATE",
        "1996",
        "LESS_THAN",
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Slepian was shot on Oct. 23. His car was seen in the weeks before the shooting.",
            [("Oct. 23", "DATE", "1999-10-23"), ("weeks", "DATE", "1999-10")],
        ),
        (
            "Days after the attack, the police arrested him.",
            [("Days", "DATE", "2000-04")],
        ),
        ("He waited for days after the storm.", [("days", "DURATION", "PXD")]),
        ("It is a matter of days before he returns.", []),
    ],
)
def test_bare_days_or_weeks_before_a_happening_are_a_date(sentence, expected):
    assert tagged(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Then, a week or so ago, the general picked a date.",
            ("a week or so ago", "DATE", "2000-W13"),
        ),
        (
            "Two plants will be closed over the next year or so.",
            ("the next year or so", "DATE", "2001"),
        ),
        ("You may, in a year or two, save a few lives.", ("a year or two", "DURATION", "P1Y")),
        ("Repairs take two to three weeks.", ("two to three weeks", "DURATION", "P2W")),
        (
            "Sales will grow over the next 12 to 18 months.",
            ("the next 12 to 18 months", "DURATION", "P12M"),
        ),
        (
            "He probably died within weeks or months of his capture.",
            ("weeks or months", "DURATION", "PXW"),
        ),
        ("Investors may sell in the weeks ahead.", ("the weeks ahead", "DURATION", "PXW")),
        (
            "Inspectors may visit for no more than sixty days.",
            ("no more than sixty days", "DURATION", "P60D"),
        ),
    ],
)
def test_approximations_and_ranges_belong_to_the_expression(sentence, expected):
    assert tagged(sentence) == [expected]


def test_now_opening_a_sentence_before_a_comma_turns_the_argument():
    assert tagged("Now, he says, the plan looks dead.") == []
    assert tagged("Now the court has ruled.") == [("Now", "DATE", "PRESENT_REF")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The blast occurred at about 10:35 a.m. (0735 GMT) Friday.",
            [("10:35 a.m.", "TIME", "2000-04-07T10:35"), ("Friday", "DATE", "2000-04-07")],
        ),
        ("The talks open at 9 a.m. (1400 GMT).", [("9 a.m.", "TIME", "2000-04-07T09:00")]),
    ],
)
def test_a_time_repeated_in_another_zone_in_brackets_is_not_tagged_twice(sentence, expected):
    assert tagged(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The case is a lesson for today's youth.", []),
        ("Paternity is easy to prove in today's world.", []),
        ("The offer appears in today's editions.", [("today", "DATE", "2000-04-07")]),
    ],
)
def test_todays_before_a_generic_noun_is_the_present_age_not_a_day(sentence, expected):
    assert tagged(sentence) == expected


def test_high_noon_is_an_idiom_not_a_time():
    assert tagged("For the people of Poland, high noon comes today.") == [
        ("today", "DATE", "2000-04-07")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The quarter-to-quarter comparison was also better.",
        "It was the biggest year-over-year gain.",
        "If I were choosing the people of tomorrow, I would choose them.",
    ],
)
def test_comparisons_and_generic_tomorrow_are_not_timexes(sentence):
    assert tagged(sentence) == []


def test_as_of_today_is_a_day():
    assert tagged("As of today, the office is closed.") == [("today", "DATE", "2000-04-07")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Crowds gathered for the two day rally.", ("two day", "DURATION", "P2D")),
        ("Bush spoke of the two-week crisis.", ("two-week", "DURATION", "P2W")),
        ("He offered him the four days he asked for.", ("the four days", "DURATION", "P4D")),
    ],
)
def test_the_article_before_a_count_used_as_an_adjective_belongs_to_the_noun(sentence, expected):
    assert tagged(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The system has evolved over several years.", ("several years", "DURATION", "PXY")),
        ("The money can be used over three years.", ("three years", "DURATION", "P3Y")),
        ("He has lived there for over a decade.", ("over a decade", "DURATION", "P10Y")),
    ],
)
def test_over_is_more_than_only_after_for_in_or_just(sentence, expected):
    assert tagged(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It was their third day-long meeting.", ("day-long", "DURATION", "P1D")),
        ("The decades-long battle goes on.", ("decades-long", "DURATION", "PXY")),
        ("Kenya hoped to end a years-old slump.", ("years-old", "DURATION", "PXY")),
        ("The hour-long speech ended.", ("hour-long", "DURATION", "PT1H")),
    ],
)
def test_long_and_old_adjectives_of_units_are_durations(sentence, expected):
    assert tagged(sentence) == [expected]


def test_the_age_of_a_person_is_not_a_duration():
    assert tagged("A six-year-old boy arrived in Miami.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The post-1959 politics split families.", ("post-1959", "DATE", "1959", "AFTER")),
        ("Israel rejected the pre-1967 borders.", ("pre-1967", "DATE", "1967", "BEFORE")),
    ],
)
def test_pre_and_post_before_a_year_are_part_of_it(sentence, expected):
    assert [(t.text, t.type, t.value, t.mod) for t in tag(sentence, DCT)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It is the second day of an offensive.", [("the second day", "DATE", "2000-04-07")]),
        ("He would act on his first day in office.", [("first day", "DATE", "2000-04-07")]),
        ("The first day was hard.", []),
    ],
)
def test_an_ordinal_day_of_a_happening_is_a_date(sentence, expected):
    assert tagged(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "It will not be profitable until 1994 or later.",
            ("1994 or later", "DATE", "1994", "ON_OR_AFTER"),
        ),
        (
            "It is confident about earnings for 1990 and beyond.",
            ("1990 and beyond", "DATE", "1990", "ON_OR_AFTER"),
        ),
        (
            "Sales were $6 billion in the latest fiscal year.",
            ("the latest fiscal year", "DATE", "1999", None),
        ),
    ],
)
def test_open_ended_years_and_the_latest_year(sentence, expected):
    assert [(t.text, t.type, t.value, t.mod) for t in tag(sentence, DCT)] == [expected]


def test_counted_weekdays_are_not_a_set():
    assert tagged("It happened two Sundays ago.") == []
    assert tagged("Shops close on Sundays.") == [("Sundays", "SET", "XXXX-WXX-7")]


def test_a_weekday_plural_after_and_is_still_a_set():
    assert tagged("New flights leave on Monday and Tuesday nights.")[-1] == (
        "Tuesday nights",
        "SET",
        "XXXX-WXX-2TNI",
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Protesters prayed as Easter week began.", ("Easter week", "DATE", "2000-W16")),
        (
            "Roads were busy over the Christmas weekend.",
            ("Christmas weekend", "DATE", "1999-W51-WE"),
        ),
    ],
)
def test_the_week_of_a_holiday_is_one_expression(sentence, expected):
    assert tagged(sentence, date(2000, 4, 17)) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The March accession will let them join.", [("March", "DATE", "2000-03")]),
        ("Voters await the May elections.", [("May", "DATE", "2000-05")]),
        ("He led the March on Washington.", []),
        ("They joined the March for Life.", []),
        ("The March was peaceful.", []),
    ],
)
def test_a_month_word_after_the_dates_the_noun_that_follows(sentence, expected):
    assert tagged(sentence) == expected


def test_that_same_day_is_the_day_last_named():
    assert tagged("He was arrested on Oct. 23. His name was removed that same day.") == [
        ("Oct. 23", "DATE", "1999-10-23"),
        ("that same day", "DATE", "1999-10-23"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Net was $1.8 million for the corresponding period last year.",
            "the corresponding period last year",
        ),
        ("In the comparable year-ago quarter, sales fell.", "the comparable year-ago quarter"),
    ],
)
def test_corresponding_and_comparable_open_a_reported_period(sentence, expected):
    assert [t.text for t in tag(sentence, date(1989, 10, 30))] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He planned to make the late-November trip.", "late-November"),
        ("Sales grew with the mid-1990s boom.", "mid-1990s"),
        ("Shares peaked in the mid-1990s, then fell.", "the mid-1990s"),
        ("It happened in the late 1970s.", "the late 1970s"),
    ],
)
def test_the_article_before_a_modified_date_used_as_an_adjective_stays_out(sentence, expected):
    assert [t.text for t in tag(sentence, DCT)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The two sides met on Monday and talks broke down later in the day.",
            [("Monday", "DATE", "2000-04-03"), ("later in the day", "DATE", "2000-04-03")],
        ),
        (
            "Earlier in the year, sales fell sharply.",
            [("Earlier in the year", "DATE", "2000")],
        ),
    ],
)
def test_earlier_or_later_in_the_period_is_the_period_mentioned(sentence, expected):
    assert tagged(sentence) == expected


def test_earlier_in_a_period_marks_its_start_and_later_its_end():
    found = tag("He spoke earlier in the day and left later in the day.", DCT)
    assert [(t.text, t.mod) for t in found] == [
        ("earlier in the day", "START"),
        ("later in the day", "END"),
    ]


def test_in_a_count_of_months_after_a_future_verb_is_the_date_that_far_ahead():
    assert tagged("The envoys will meet again in three months.") == [
        ("three months", "DATE", "2000-07")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He stayed for three months.", ("three months", "DURATION", "P3M")),
        ("The plant was built in three years.", ("three years", "DURATION", "P3Y")),
        (
            "Prices will fall in the next three months.",
            ("the next three months", "DURATION", "P3M"),
        ),
    ],
)
def test_a_count_of_units_outside_a_future_in_phrase_stays_a_duration(sentence, expected):
    assert tagged(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The rains lasted from April to September.",
            [("April", "DATE", "1999-04"), ("September", "DATE", "1999-09")],
        ),
        (
            "Prices fell from October through March.",
            [("October", "DATE", "1999-10"), ("March", "DATE", "2000-03")],
        ),
    ],
)
def test_the_end_month_of_a_range_follows_its_start(sentence, expected):
    assert tagged(sentence, date(2000, 1, 20)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Winds of 149 kilometres per hour hit the coast.",
        "Winds reached 90 miles an hour.",
        "The storm dumped 3 inches of rain an hour.",
        "Profits grew 20% annually.",
    ],
)
def test_the_period_of_a_rate_of_a_quantity_is_not_a_timex(sentence):
    assert tag(sentence, DCT) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The bus runs once an hour.", ("once an hour", "SET", "PT1H")),
        ("The festival is held annually.", ("annually", "SET", "P1Y")),
    ],
)
def test_a_frequency_stays_a_set(sentence, expected):
    assert tagged(sentence) == [expected]


def test_the_season_months_are_one_expression():
    assert tagged("During the summer months, tourism rises.") == [
        ("the summer months", "DATE", "2000-SU")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The hearing was the day before last Tuesday.",
            ("the day before last Tuesday", "DATE", "2000-04-03"),
        ),
        ("Markets fell the day after Oct. 3.", ("the day after Oct. 3", "DATE", "1999-10-04")),
        (
            "Shops reopened the day after Christmas.",
            ("the day after Christmas", "DATE", "1999-12-26"),
        ),
    ],
)
def test_the_day_before_or_after_a_named_day_is_counted_from_it(sentence, expected):
    assert tagged(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "dct", "value"),
    [
        ("Voters go to the polls on Election Day.", date(1998, 10, 26), "1998-11-03"),
        ("Voters go to the polls on Election Day.", date(2022, 10, 1), "2022-11-08"),
    ],
)
def test_election_day_is_the_tuesday_after_the_first_monday_of_november(sentence, dct, value):
    assert tagged(sentence, dct) == [("Election Day", "DATE", value)]


def test_two_weekdays_before_a_plural_part_of_day_are_both_sets():
    assert tagged("The bars close on Monday and Tuesday nights.") == [
        ("Monday", "SET", "XXXX-WXX-1TNI"),
        ("Tuesday nights", "SET", "XXXX-WXX-2TNI"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "It will be the first time in five years that the team wins.",
        "Prices will reach their highest level in two years.",
    ],
)
def test_in_a_count_after_a_first_or_a_superlative_is_how_long_since(sentence):
    assert [t.type for t in tag(sentence, DCT)] == ["DURATION"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Early this morning, police arrested him.", ("Early this morning", "TIME")),
        ("Police arrested him late last night.", ("late last night", "TIME")),
    ],
)
def test_early_or_late_before_a_relative_part_of_day_is_part_of_it(sentence, expected):
    assert [(t.text, t.type) for t in tag(sentence, DCT)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The trial is expected to last six weeks.", ("six weeks", "DURATION", "P6W")),
        ("The talks did not last two days.", ("two days", "DURATION", "P2D")),
        ("He spent the last two weeks at home.", ("the last two weeks", "DURATION", "P2W")),
    ],
)
def test_last_the_verb_is_not_part_of_a_duration(sentence, expected):
    assert tagged(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The vote was held on the first Tuesday in November.",
            ("the first Tuesday in November", "DATE", "1999-11-02"),
        ),
        (
            "The meeting is on the last Friday of March 2024.",
            ("the last Friday of March 2024", "DATE", "2024-03-29"),
        ),
    ],
)
def test_a_weekday_ranked_in_a_month_is_one_date(sentence, expected):
    assert tagged(sentence) == [expected]


def test_the_end_weekday_of_a_range_follows_its_start():
    assert tagged("The festival ran from Friday to Monday.", date(2000, 4, 5)) == [
        ("Friday", "DATE", "2000-03-31"),
        ("Monday", "DATE", "2000-04-03"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The vote is this coming Sunday, March eighth.",
            ("this coming Sunday, March eighth", "DATE", "1998-03-08"),
        ),
        ("He died last Friday, Feb. 27.", ("last Friday, Feb. 27", "DATE", "1998-02-27")),
    ],
)
def test_a_relative_weekday_before_its_date_is_one_expression(sentence, expected):
    assert tagged(sentence, date(1998, 3, 4)) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The show airs at 8 p.m. Eastern time.", "8 p.m. Eastern time"),
        ("The launch is at 9:30 a.m. Pacific Standard Time.", "9:30 a.m. Pacific Standard Time"),
    ],
)
def test_a_named_us_time_zone_belongs_to_the_clock_time(sentence, expected):
    assert [t.text for t in tag(sentence, DCT)] == [expected]


def test_the_middle_of_a_part_of_day_is_one_time():
    assert tagged("In the middle of the night, shots rang out.") == [
        ("the middle of the night", "TIME", "2000-04-07TNI")
    ]


def test_the_end_day_of_a_range_follows_its_start_across_the_new_year():
    assert tagged("The festival will run from Dec. 20 to Jan. 5.", date(1998, 3, 4)) == [
        ("Dec. 20", "DATE", "1998-12-20"),
        ("Jan. 5", "DATE", "1999-01-05"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The meeting is held twice yearly.", ("twice yearly", "SET", "P1Y")),
        ("The board meets three times yearly.", ("three times yearly", "SET", "P1Y")),
        (
            "Inspections take place every two to three years.",
            ("every two to three years", "SET", "P2Y"),
        ),
        ("The magazine appears fortnightly.", ("fortnightly", "SET", "P2W")),
        ("Rents are reviewed biennially.", ("biennially", "SET", "P2Y")),
    ],
)
def test_a_frequency_word_with_its_count_or_a_range_is_one_set(sentence, expected):
    assert tagged(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The siege lasted a year and two months.", ("a year and two months", "P1Y2M")),
        ("The flight took 2 hours 40 minutes.", ("2 hours 40 minutes", "PT2H40M")),
        ("The race lasted 1 hour, 52 minutes.", ("1 hour, 52 minutes", "PT1H52M")),
        ("He was held for a week and two days.", ("a week and two days", "P9D")),
    ],
)
def test_a_duration_of_two_units_is_one_duration(sentence, expected):
    assert tagged(sentence) == [(expected[0], "DURATION", expected[1])]


def test_two_durations_in_rising_units_stay_apart():
    assert tagged("He waited two hours, a day later he left.") == [
        ("two hours", "DURATION", "PT2H"),
        ("a day", "DURATION", "P1D"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Police said on Tuesday that he had arrived the night before.",
            ("the night before", "TIME", "2000-04-03TNI"),
        ),
        (
            "He met her on Tuesday; the day before, he had resigned.",
            ("the day before", "DATE", "2000-04-03"),
        ),
        (
            "The plant opened in 1990. The year before, it had been a farm.",
            ("The year before", "DATE", "1989"),
        ),
    ],
)
def test_the_unit_before_or_after_counts_from_the_last_one_told(sentence, expected):
    assert tagged(sentence)[-1] == expected


def test_the_day_before_a_happening_is_left_to_the_happening():
    assert tagged("He spoke the day before the election.") == []


def test_the_past_unit_and_a_half_is_one_duration():
    assert tagged("Over the past year and a half, prices fell.") == [
        ("the past year and a half", "DURATION", "P1Y6M")
    ]


@pytest.mark.parametrize(
    "sentence",
    ["The Sunday Times reported the deal.", "The Mail on Sunday said he lied."],
)
def test_a_weekday_in_a_newspaper_name_is_no_date(sentence):
    assert tag(sentence, DCT) == []


def test_a_weekday_before_a_capitalised_name_stays_a_date():
    assert tagged("On Sunday President Clinton said taxes would rise.") == [
        ("Sunday", "DATE", "2000-04-02")
    ]


def test_a_capitalised_unit_after_a_hyphen_in_prose_names_a_thing():
    assert tag("The Six-Day War changed the region.", DCT) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The agreement expires at the end of the decade.",
            ("the end of the decade", "DATE", "200"),
        ),
        (
            "By the middle of the century, sea levels will rise.",
            ("the middle of the century", "DATE", "20"),
        ),
    ],
)
def test_a_part_of_the_current_decade_or_century_is_a_date(sentence, expected):
    assert tagged(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Polls close at 8pm.", "8pm"),
        ("Polls close at 8 p.m.", "8 p.m."),
        ("The meeting is at 10:30 tomorrow morning.", "10:30 tomorrow morning"),
    ],
)
def test_a_clock_time_ends_at_its_day_and_part_of_day_not_the_full_stop(sentence, expected):
    assert [t.text for t in tag(sentence, DCT)] == [expected]


def test_the_weekend_of_a_day_is_one_expression():
    assert tagged("On the weekend of March 7, the fair opens.", date(1998, 3, 4)) == [
        ("the weekend of March 7", "DATE", "1998-W10-WE")
    ]


def test_weekends_with_no_count_is_every_weekend():
    assert tagged("The store is closed on weekends.") == [("weekends", "SET", "XXXX-WXX-WE")]


def test_the_following_season_comes_after_the_period_told_of():
    text = "The ceasefire was signed in May 1990 and lasted until the following spring."
    assert tagged(text)[-1] == ("the following spring", "DATE", "1991-SP")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Two weekends ago, he left.", ("Two weekends ago", "DATE", "1998-W08-WE")),
        ("A fortnight ago, he left.", ("A fortnight ago", "DATE", "1998-W08")),
    ],
)
def test_weekends_or_fortnights_ago_are_dates(sentence, expected):
    assert tagged(sentence, date(1998, 3, 4)) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Prices are higher than this time last year.",
            ("this time last year", "DATE", "1997-03-04"),
        ),
        (
            "By this time next week, the vote will be over.",
            ("this time next week", "DATE", "1998-03-11"),
        ),
    ],
)
def test_this_time_last_year_is_today_a_year_back(sentence, expected):
    assert tagged(sentence, date(1998, 3, 4)) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A decision is expected within the next fortnight.",
            [("the next fortnight", "DURATION", "P2W")],
        ),
        ("Over the past fortnight, prices rose.", [("the past fortnight", "DURATION", "P2W")]),
        # A fortnight has no calendar value to name: "last fortnight" is left untagged.
        ("Last fortnight he left.", []),
    ],
)
def test_the_next_or_past_fortnight_is_a_two_week_span(sentence, expected):
    assert tagged(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The vote is due by the end of the first quarter.",
            [("the end of the first quarter", "DATE", "2000-Q1")],
        ),
        (
            "The plant will close at the end of the third quarter of 2001.",
            [("the end of the third quarter of 2001", "DATE", "2001-Q3")],
        ),
        (
            "The merger should be complete in the second half of the year.",
            [("the second half of the year", "DATE", "2000-H2")],
        ),
    ],
)
def test_the_end_of_a_quarter_and_the_half_of_the_year_are_one_expression(sentence, expected):
    assert tagged(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Williams gave Spain the lead early in the second half before Palmer equalised.",
            [],
        ),
        ("The Lakers scored 40 points in the fourth quarter.", []),
        ("Profits rose in the second half.", [("the second half", "DATE", "1999-H2")]),
    ],
)
def test_a_half_or_quarter_of_a_game_is_no_date(sentence, expected):
    assert tagged(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "It was the biggest fall since the Black Monday crash of October 1987.",
            [("October 1987", "DATE", "1987-10")],
        ),
        ("Voters in 14 states went to the polls on Super Tuesday.", []),
        ("CERN will study the Future Circular Collider.", []),
    ],
)
def test_a_weekday_or_time_word_inside_a_name_is_no_date(sentence, expected):
    assert tagged(sentence) == expected


def test_a_weekday_joined_to_every_weekday_recurs_too():
    assert tagged("The board meets every Monday and Thursday.") == [
        ("every Monday", "SET", "XXXX-WXX-1"),
        ("Thursday", "SET", "XXXX-WXX-4"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The deal closes on Mar 3.", [("Mar 3", "DATE", "2000-03-03")]),
        ("The offer runs until Jun 30.", [("Jun 30", "DATE", "2000-06-30")]),
    ],
)
def test_a_short_month_name_and_a_day_after_a_preposition_is_a_day(sentence, expected):
    assert tagged(sentence) == expected


def test_a_unit_inside_a_hyphenated_compound_with_a_is_no_span():
    assert tagged("It was a once-in-a-decade leadership transition.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("April Ryan asked the first question.", []),
        ("June Carter sang at the festival.", []),
        ("In April Apple released a phone.", [("April", "DATE", "2000-04")]),
        ("August 1999 was hot.", [("August 1999", "DATE", "1999-08")]),
    ],
)
def test_a_month_name_opening_a_sentence_before_a_surname_is_a_first_name(sentence, expected):
    assert tagged(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("She lives in Mar Mikhael, near the port.", []),
        ("The strike did not stop the Durban July.", []),
        ("It happened in Mar 2024.", [("Mar 2024", "DATE", "2024-03")]),
        ("Sales rose in the March quarter.", [("the March quarter", "DATE", "2000-Q1")]),
    ],
)
def test_a_month_ending_a_name_or_an_abbreviation_before_a_name_is_no_date(sentence, expected):
    assert tagged(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Athletes prepare for the Winter Olympics.",
        "Millions travel during the Spring Festival.",
        "The protests were part of the Arab Spring.",
    ],
)
def test_a_capitalised_season_inside_a_sentence_is_a_name(sentence):
    assert tagged(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Security Council Resolution 1973 authorised force.", []),
        ("Route 1999 was closed for repairs.", []),
        ("He lives at 2010 Main Street.", []),
        ("In 1999 Elm Street was rebuilt.", [("1999", "DATE", "1999")]),
        ("The Class of 1998 graduated.", [("1998", "DATE", "1998")]),
    ],
)
def test_a_number_naming_a_resolution_route_or_house_is_no_year(sentence, expected):
    assert tagged(sentence) == expected


def test_a_hyphenated_count_with_a_half_is_one_duration():
    assert tagged("He got a two-and-a-half-year sentence.") == [
        ("two-and-a-half-year", "DURATION", "P2Y6M")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The fair ran 3-5 April.",
            [("3", "DATE", "2000-04-03"), ("5 April", "DATE", "2000-04-05")],
        ),
        (
            "The summit will run from 3 to 5 April 2025.",
            [("3", "DATE", "2025-04-03"), ("5 April 2025", "DATE", "2025-04-05")],
        ),
        (
            "The talks were held between 13 and 15 March.",
            [("13", "DATE", "2000-03-13"), ("15 March", "DATE", "2000-03-15")],
        ),
        (
            "They met from 3rd to 5th March.",
            [("3rd", "DATE", "2000-03-03"), ("5th March", "DATE", "2000-03-05")],
        ),
        (
            "The festival runs from the 3rd to the 5th of May.",
            [("the 3rd", "DATE", "2000-05-03"), ("the 5th of May", "DATE", "2000-05-05")],
        ),
    ],
)
def test_the_first_day_of_a_day_first_range_is_its_own_date(sentence, expected):
    assert tagged(sentence) == expected


def test_a_number_not_before_the_day_it_ranges_to_is_not_a_day():
    assert tagged("Items 6 and 5 April 1999 were lost.") == [("5 April 1999", "DATE", "1999-04-05")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Prices fell in the 2008-09 recession.", [("2008-09", "DATE", "2008")]),
        ("He scored ten goals in the 1999-00 season.", [("the 1999-00 season", "DATE", "1999")]),
        ("The budget for fiscal 1998-99 was cut.", [("fiscal 1998-99", "DATE", "1998")]),
        ("Growers are paid more for the 2025/26 crop season.", [("2025/26", "DATE", "2025")]),
        (
            "The surplus slips to the 2028/29 fiscal year.",
            [("the 2028/29 fiscal year", "DATE", "2028")],
        ),
        (
            "Output grew in 2008-2009.",
            [("2008", "DATE", "2008"), ("2009", "DATE", "2009")],
        ),
        ("Output grew in 2008-11.", [("2008", "DATE", "2008"), ("11", "DATE", "2011")]),
        ("The report is dated 2008-09-12.", [("2008-09-12", "DATE", "2008-09-12")]),
    ],
)
def test_a_split_year_is_one_span_dated_by_its_first_year(sentence, expected):
    assert tagged(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "He left on Oct. 3. Days later he was dead.",
            [("Oct. 3", "DATE", "1999-10-03"), ("Days", "DURATION", "PXD")],
        ),
        ("Hours later, the fire was out.", [("Hours", "DURATION", "PTXH")]),
        ("Weeks earlier, the bank had warned him.", [("Weeks", "DURATION", "PXW")]),
        ("Years later he came back.", [("Years", "DURATION", "PXY")]),
    ],
)
def test_bare_units_before_later_or_earlier_are_a_vague_duration(sentence, expected):
    assert tagged(sentence) == expected


def test_the_second_day_of_a_range_may_be_written_with_the():
    assert tagged("The fair runs from May 3 to the 5th.") == [
        ("May 3", "DATE", "2000-05-03"),
        ("the 5th", "DATE", "2000-05-05"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Yankees won 7-5 April 2, 1999.", [("April 2, 1999", "DATE", "1999-04-02")]),
        ("Boston beat Detroit 3-2 March 12.", [("March 12", "DATE", "2000-03-12")]),
        (
            "The fair ran 3-5 April 1999.",
            [("3", "DATE", "1999-04-03"), ("5 April 1999", "DATE", "1999-04-05")],
        ),
    ],
)
def test_a_score_before_a_month_is_not_its_day_when_the_month_has_one(sentence, expected):
    assert tagged(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Debt will peak by end-2025.", ("end-2025", "DATE", "2025")),
        ("Stocks were sold from end-March.", ("end-March", "DATE", "2000-03")),
    ],
)
def test_end_hyphen_before_a_year_or_month_is_its_end(sentence, expected):
    found = tag(sentence, DCT)
    assert [(t.text, t.type, t.value) for t in found] == [expected]
    assert found[0].mod == "END"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Profit rose in the January-March quarter.",
            [("the January-March quarter", "DATE", "2000-Q1")],
        ),
        (
            "Sales fell in the October-December period of 1998.",
            [("the October-December period of 1998", "DATE", "1998-Q4")],
        ),
        # Months that make no calendar quarter stay months.
        (
            "Sales fell in the February-April quarter.",
            [("February", "DATE", "2000-02"), ("April", "DATE", "2000-04")],
        ),
    ],
)
def test_a_quarter_named_by_its_first_and_last_months_is_that_quarter(sentence, expected):
    assert tagged(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Every April 24, she walks to the site.", [("Every April 24", "SET", "XXXX-04-24")]),
        ("The festival, held every May 15, is big.", [("every May 15", "SET", "XXXX-05-15")]),
        ("Each July, the town floods.", [("Each July", "SET", "XXXX-07")]),
    ],
)
def test_every_month_with_its_day_is_a_yearly_day(sentence, expected):
    assert tagged(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Shipments reached 2 million cubic meters a day in March.",
            [("March", "DATE", "2000-03")],
        ),
        ("The mine produces 20 tonnes of copper ore a month.", []),
        # A preposition parts the amount from the period: a time, not a rate.
        ("The bond paid 5 percent for a year.", [("a year", "DURATION", "P1Y")]),
    ],
)
def test_a_rate_may_count_a_noun_of_several_words(sentence, expected):
    assert tagged(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Nasdaq's average daily volume fell.", []),
        ("The average monthly wage rose.", []),
        ("Flights to Sydney run daily.", [("daily", "SET", "P1D")]),
    ],
)
def test_an_average_daily_amount_is_a_measure_not_a_set(sentence, expected):
    assert tagged(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Talks resume in the first week of April 2013.",
            [("the first week of April 2013", "DATE", "2013-W14")],
        ),
        (
            "Sales peaked in the last week of March 2013.",
            [("the last week of March 2013", "DATE", "2013-W13")],
        ),
        (
            "It opened in the first week of January 2012.",
            [("the first week of January 2012", "DATE", "2012-W01")],
        ),
    ],
)
def test_a_week_of_a_month_is_one_iso_week(sentence, expected):
    assert tagged(sentence) == expected


def test_every_weekend_is_the_set_of_weekends():
    assert tagged("He goes there every weekend.") == [("every weekend", "SET", "XXXX-WXX-WE")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He got 13 days' pay.", []),
        ("Upjohn offers a bonus equal to six months of base pay.", []),
        ("Reserves cover four months of imports.", []),
        ("The country has a month's supply of fuel.", []),
        ("Talks ended after two years of war.", [("two years", "DURATION", "P2Y")]),
    ],
)
def test_a_count_of_time_measuring_pay_or_goods_is_no_duration(sentence, expected):
    assert tagged(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The company cut its FY24 guidance.", [("FY24", "DATE", "2024")]),
        (
            "Fourth-quarter 1999 profit rose.",
            [("Fourth-quarter 1999", "DATE", "1999-Q4")],
        ),
    ],
)
def test_a_fiscal_year_code_and_a_quarter_with_its_year_after_are_one_date(sentence, expected):
    assert tagged(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Children aged 12 to 15 months get the first dose.", []),
        ("The vaccine is for children under 5 years of age.", []),
        ("Boys between the ages of 6 and 12 years took part.", []),
        ("He served 5 years of his sentence.", [("5 years", "DURATION", "P5Y")]),
    ],
)
def test_an_age_is_no_duration(sentence, expected):
    assert tagged(sentence) == expected


def test_the_years_to_come_is_a_stretch_of_the_future():
    assert tagged("Prices will rise in the years to come.") == [
        ("the years to come", "DURATION", "PXY")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Marches have provoked violence for the past three summers.", []),
        ("During the past season, the team won 40 games.", []),
        ("The past few seasons have been hard.", []),
        ("In the past, Russia has often claimed the fleet.", [("the past", "DATE", "PAST_REF")]),
        ("In the past a company could borrow cheaply.", [("the past", "DATE", "PAST_REF")]),
    ],
)
def test_the_past_before_a_count_or_a_season_qualifies_a_noun(sentence, expected):
    assert tagged(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Over the years, many patients died waiting.", [("the years", "DURATION", "PXY")]),
        ("The town has changed through the decades.", [("the decades", "DURATION", "PXY")]),
        ("Sales will rise in the weeks ahead.", [("the weeks ahead", "DURATION", "PXW")]),
        ("Over the years of war, the city was ruined.", []),
        (
            "Prices rose over the years 2010 to 2015.",
            [("2010", "DATE", "2010"), ("2015", "DATE", "2015")],
        ),
        ("The years of war ruined the city.", []),
    ],
)
def test_the_years_something_runs_over_are_a_stretch_of_unsaid_length(sentence, expected):
    assert tagged(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "By the mid-1950s she was assisting the muralist.",
            [("the mid-1950s", "DATE", "195")],
        ),
        (
            "The rand firmed by 4:15 p.m. local time, and yields fell.",
            [("4:15 p.m.", "TIME", "2000-04-07T16:15")],
        ),
        (
            "The launch is set for 9:30 a.m. local time on Tuesday.",
            [("9:30 a.m. local time on Tuesday", "TIME", "2000-04-11T09:30")],
        ),
        ("Staff may work from home on the days before the holiday.", []),
    ],
)
def test_extents_that_end_at_a_clause_or_a_remark(sentence, expected):
    assert tagged(sentence) == expected


def test_a_clock_time_leaves_a_weekday_that_opens_a_date_of_its_own():
    assert tagged("It is five minutes past six on Wednesday, the 5th of April.") == [
        ("five minutes past six", "TIME", "2000-04-07T06:05"),
        ("Wednesday, the 5th of April", "DATE", "2000-04-05"),
    ]
