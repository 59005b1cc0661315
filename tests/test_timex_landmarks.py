"""The year a clause tells of is read from the sentence ends and years found once per text."""

from __future__ import annotations

from datetime import date

import pytest

from feeds.timex import tag
from feeds.timex.dates import _YEAR_IN_TEXT
from feeds.timex.landmarks import Landmarks

DCT = date(2024, 10, 28)


def tagged(text: str) -> list[tuple[str, str]]:
    """The (text, value) of each timex the tagger finds."""
    return [(t.text, t.value) for t in tag(text, DCT)]


def landmarks(text: str) -> Landmarks:
    """The landmarks of a text, as the tagger finds them."""
    return Landmarks(text.lower(), _YEAR_IN_TEXT)


@pytest.mark.parametrize(
    ("text", "low", "start", "expected"),
    [
        ("It rained. Then it stopped", 0, 26, 11),
        ("It rained. Then! It stopped", 0, 27, 17),
        ("Up 3.5 percent", 0, 14, 0),
        ("It rained.", 0, 10, 10),
        ("It rained. Then", 11, 15, 11),
        ("It rained. Then", 3, 15, 11),
        ("It rained.\nThen", 0, 15, 11),
    ],
)
def test_a_sentence_starts_after_the_last_mark_and_space_before_a_position(
    text, low, start, expected
):
    assert landmarks(text).sentence_start(low, start) == expected


@pytest.mark.parametrize(
    ("text", "low", "start", "expected"),
    [
        ("in 2008 and 2011 it", 0, 19, [(3, 7), (12, 16)]),
        ("in 2008 and 2011 it", 5, 19, [(12, 16)]),
        # Figures that are no year: an amount, a range's first year, a decade.
        ("$2008 and 2011-12 and 1990s", 0, 27, []),
        # A year just before the position is read as if the text ended there.
        ("in 2008-", 0, 7, [(3, 7)]),
        ("in 2008,5", 0, 8, [(3, 7)]),
        ("in 2008,5", 0, 9, []),
        ("by 2030 9", 0, 8, [(3, 7)]),
        ("the 1990s", 0, 9, []),
        ("the 1990s", 0, 8, [(4, 8)]),
    ],
)
def test_the_years_before_a_position_are_those_a_search_up_to_it_finds(text, low, start, expected):
    assert landmarks(text).years(low, start) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The plant opened in 2008 and closed on Oct. 12.",
            [("2008", "2008"), ("Oct. 12", "2008-10-12")],
        ),
        (
            "The plant opened in 2008. It closed on Oct. 12.",
            [("2008", "2008"), ("Oct. 12", "2024-10-12")],
        ),
        (
            "In 2011, when talks broke down, prices peaked in June.",
            [("2011", "2011"), ("June", "2011-06")],
        ),
        (
            "Sales have grown since 2008 and peaked in June.",
            [("2008", "2008"), ("June", "2024-06")],
        ),
    ],
)
def test_a_date_without_a_year_takes_the_year_its_clause_tells_of(sentence, expected):
    assert tagged(sentence) == expected
