"""Durations counted from the date told before them ("Two days later")."""

from __future__ import annotations

from datetime import date

import pytest

from feeds.timex import tag
from feeds.timex.later import counted_from_before

DCT = date(2026, 8, 4)


def counted(text: str) -> list[tuple[str, str, str]]:
    """(text, type, value) of each expression after counting from the dates before."""
    return [(t.text, t.type, t.value) for t in counted_from_before(text, tag(text, DCT))]


def test_days_and_weeks_later_count_from_the_last_day_told_past_a_coarser_date() -> None:
    text = (
        "The port exploded at 6:07 p.m. on 4 August 2020. The cargo was unloaded the following "
        "year. Two days later, Macron visited. A week later, he returned."
    )
    assert counted(text)[-2:] == [
        ("Two days later", "DATE", "2020-08-06"),
        ("A week later", "DATE", "2020-08-13"),
    ]


def test_a_count_still_expected_is_not_counted_to_a_day_gone_by() -> None:
    text = (
        "The launch had been scheduled for July 20 but was called off. "
        "Stations are expected to receive the first images a day later."
    )
    found = counted_from_before(text, tag(text, DCT), DCT)
    assert [(t.text, t.value) for t in found][-1] == ("a day later", "2026-08-05")
    # Told in the past, the count keeps its anchor.
    text = "The launch had been set for July 20. The images arrived a day later."
    found = counted_from_before(text, tag(text, DCT), DCT)
    assert [(t.text, t.value) for t in found][-1] == ("a day later", "2026-07-21")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plant opened in March 2019. Two years later it closed.", ("Two years later", "2021")),
        (
            "The plant opened in March 2019. Three months later it closed.",
            ("Three months later", "2019-06"),
        ),
        (
            "The plant closed in June 2019. Two months earlier it was sold.",
            ("Two months earlier", "2019-04"),
        ),
    ],
)
def test_months_and_years_later_keep_the_precision_of_their_unit(
    text: str, expected: tuple[str, str]
) -> None:
    assert [(t, v) for t, _, v in counted(text)][-1] == expected


def test_later_than_planned_and_a_duration_without_a_date_before_stay_durations() -> None:
    text = "The rules will be published in September, a year later than planned."
    assert counted(text)[-1] == ("a year", "DURATION", "P1Y")
    assert counted("Two days later, he resigned.") == [("Two days", "DURATION", "P2D")]
