"""TimeML values become inclusive day intervals at their own precision."""

from __future__ import annotations

from datetime import date

import pytest

from feeds.timex.values import span, to_when


@pytest.mark.parametrize(
    ("value", "start", "end", "granularity"),
    [
        ("2024-10-26", date(2024, 10, 26), date(2024, 10, 26), "day"),
        ("2024-10-26T14:30", date(2024, 10, 26), date(2024, 10, 26), "day"),
        ("2024-03", date(2024, 3, 1), date(2024, 3, 31), "month"),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29), "month"),
        ("2023", date(2023, 1, 1), date(2023, 12, 31), "year"),
        ("2025-Q2", date(2025, 4, 1), date(2025, 6, 30), "quarter"),
        ("2025-H2", date(2025, 7, 1), date(2025, 12, 31), "half"),
        ("2025-W14", date(2025, 3, 31), date(2025, 4, 6), "week"),
        ("2025-W14-WE", date(2025, 4, 5), date(2025, 4, 6), "week"),
        ("2025-FA", date(2025, 9, 1), date(2025, 11, 30), "season"),
        ("2024-WI", date(2024, 12, 1), date(2025, 2, 28), "season"),
        ("199", date(1990, 1, 1), date(1999, 12, 31), "decade"),
        ("19", date(1900, 1, 1), date(1999, 12, 31), "century"),
    ],
)
def test_calendar_values_cover_their_whole_span(
    value: str, start: date, end: date, granularity: str
) -> None:
    when = to_when(value)
    assert when is not None
    assert (when.value, when.start, when.end, when.granularity) == (value, start, end, granularity)


@pytest.mark.parametrize(
    "value",
    ["P3D", "PRESENT_REF", "PAST_REF", "XXXX-10-26", "XXXX-WXX-1", "2024-13", "2024-02-30", ""],
)
def test_values_that_name_no_interval_give_none(value: str) -> None:
    assert to_when(value) is None


def test_a_range_value_spans_both_ends_at_the_precision_of_its_ends() -> None:
    when = to_when("2024-11-20/2024-11-24")
    assert when is not None
    assert (when.start, when.end, when.granularity) == (
        date(2024, 11, 20),
        date(2024, 11, 24),
        "day",
    )


def test_span_joins_two_intervals_and_refuses_a_reversed_range() -> None:
    first, last = to_when("2024-11-20"), to_when("2024-11-24")
    assert first is not None and last is not None
    joined = span(first, last)
    assert joined is not None and joined.value == "2024-11-20/2024-11-24"
    assert span(last, first) is None
    assert to_when("2024-11-24/2024-11-20") is None
