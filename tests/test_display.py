"""Dates shown at exactly their precision; record times and article text made fit to show."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from feeds.display import (
    as_utc,
    format_day,
    format_record_time,
    format_when,
    rfc3339,
    strip_controls,
)
from feeds.timex.values import to_when
from feeds.types import When


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("2024-10-26", "26 October 2024"),
        ("2024-10-26T14:00", "26 October 2024"),
        ("2024-03", "March 2024"),
        ("2023", "2023"),
        ("2025-Q2", "Q2 2025"),
        ("2025-FA", "autumn 2025"),
        ("2025-SP", "spring 2025"),
        ("2025-WI", "winter 2025\u201326"),
        ("2025-H1", "first half of 2025"),
        ("2025-H2", "second half of 2025"),
        ("2025-W14", "week 14, 2025"),
        ("2025-W14-WE", "the weekend of 5\u20136 April 2025"),
        ("199", "the 1990s"),
        ("200", "the 2000s"),
        ("19", "the 20th century"),
        ("20", "the 21st century"),
        ("2024-11-20/2024-11-24", "20\u201324 November 2024"),
        ("2024-10-28/2024-11-02", "28 October \u2013 2 November 2024"),
        ("2024-12-28/2025-01-02", "28 December 2024 \u2013 2 January 2025"),
        ("2024-03/2024-05", "March\u2013May 2024"),
        ("2024-11/2025-02", "November 2024 \u2013 February 2025"),
        ("2023/2025", "2023\u20132025"),
        ("2024-11-20/2024-12", "20 November 2024 \u2013 December 2024"),
        ("2025-Q1/2025-Q2", "Q1 2025 \u2013 Q2 2025"),
    ],
)
def test_a_date_is_shown_at_its_own_precision(value: str, shown: str) -> None:
    when = to_when(value)
    assert when is not None
    assert format_when(when) == shown


def test_a_month_never_gains_a_day() -> None:
    when = When("2024-03", date(2024, 3, 1), date(2024, 3, 31), "month")
    assert "1" not in format_when(when).replace("2024", "")


def test_an_interval_with_an_unknown_value_is_shown_by_its_days() -> None:
    when = When("the fair", date(2024, 11, 20), date(2024, 11, 24), "day")
    assert format_when(when) == "20\u201324 November 2024"


def test_a_day_has_no_leading_zero_and_an_english_month() -> None:
    assert format_day(date(2024, 7, 4)) == "4 July 2024"


def test_a_record_time_is_shown_in_the_site_timezone() -> None:
    moment = datetime(2024, 10, 28, 10, 15, 59, tzinfo=UTC)
    assert format_record_time(moment) == "28 October 2024, 10:15 UTC"
    assert format_record_time(moment, "Asia/Shanghai") == "28 October 2024, 18:15 CST"


def test_record_times_are_written_in_utc_with_their_sub_seconds() -> None:
    plus_two = timezone(timedelta(hours=2))
    assert rfc3339(datetime(2024, 10, 28, 12, 0, tzinfo=plus_two)) == "2024-10-28T10:00:00+00:00"
    moment = datetime(2024, 10, 28, 10, 0, 0, 5, tzinfo=UTC)
    assert rfc3339(moment) == "2024-10-28T10:00:00.000005+00:00"


def test_a_naive_record_time_is_refused() -> None:
    with pytest.raises(ValueError, match="no timezone"):
        as_utc(datetime(2024, 10, 28, 10, 0))


def test_control_characters_are_removed_but_tabs_and_newlines_stay() -> None:
    text = "Forum\x00 opens\x07 in\x1b Yinchuan\x85\x9f\ttoday\nand \ufffetomorrow\r"
    assert strip_controls(text) == "Forum opens in Yinchuan\ttoday\nand tomorrow"


def test_ordinary_text_is_left_as_it_is() -> None:
    text = "Ürümqi \u2013 \u201cquoted\u201d \u4e2d\u56fd & <b>"
    assert strip_controls(text) == text
