"""Which rules the tagger tries where: the starts read from a pattern, and the dispatcher."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from feeds.timex.dispatch import Dispatcher, prefixes
from feeds.timex.patterns import guarded
from feeds.timex.rules import RULES

DISPATCHER = Dispatcher([rule.pattern for rule in RULES])


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"(?:the\s+)?ab", frozenset({"the ab", "the  a", "the   ", "ab"})),
        (r"\d{4}-\d\d", frozenset({"0000-0"})),
        (r"q[1-4](?!\d)", frozenset({"q0"})),
        (r"(?:early|late)-\d", frozenset({"early-", "late-0"})),
        (r"x?y?", frozenset({"", "x", "y", "xy"})),
        (r".x", None),
        (r"[^a]b", None),
    ],
)
def test_the_starts_of_a_pattern_are_read_with_digits_and_spaces_as_classes(pattern, expected):
    assert prefixes(re.compile(pattern)) == expected


#: ASCII text around the rules' words, with the rarer spaces (\x1c..\x1f are spaces to `\s`).
WORDS = st.lists(
    st.sampled_from(
        [
            "the",
            "two",
            "third",
            "quarter",
            "march",
            "oct.",
            "27",
            "1999",
            "'90s",
            "mid-",
            "10:35",
            "a.m.",
            "q3",
            "fy",
            "every",
            "weeks",
            "ago",
            "noon",
            "1st",
            "century",
            " ",
            "\t",
            "\x1c",
            "\x1f",
            "-",
            ",",
            "/",
        ]
    ),
    min_size=1,
    max_size=10,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(WORDS)
def test_the_dispatcher_finds_every_rule_that_matches_at_every_position(text):
    for start in range(len(text) + 1):
        expected = [
            (index, m.end())
            for index, rule in enumerate(RULES)
            if (m := rule.pattern.match(text, start)) is not None
        ]
        assert DISPATCHER.match(text, start) == expected


@settings(max_examples=300, deadline=None)
@given(WORDS)
def test_the_rules_chosen_at_a_position_hold_every_rule_that_matches_there(text):
    for start in range(len(text) + 1):
        chosen = DISPATCHER.chosen(text, start)
        for index, _ in DISPATCHER.match(text, start):
            assert index in chosen


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"(?:early|late)\s+", r"(?=[el])(?:early|late)\s+"),
        (r"(?:\d|q)x", r"(?=[0123456789q])(?:\d|q)x"),
        (r".x", r".x"),
    ],
)
def test_a_guarded_pattern_first_looks_at_the_characters_it_can_start_with(pattern, expected):
    assert guarded(pattern) == expected
    for text in ("early 5", "late", "qx", "7x", "ax"):
        found, plain = re.match(guarded(pattern), text), re.match(pattern, text)
        assert (found and found.span()) == (plain and plain.span())


def test_rules_tried_one_by_one_and_combined_once_often_needed_find_the_same_matches():
    dispatcher = Dispatcher([rule.pattern for rule in RULES])
    text = "last week, the next three months, late on Tuesday, 12 May 2024"
    first = [dispatcher.matches(text, start) for start in range(len(text))]
    for _ in range(250):
        later = [dispatcher.matches(text, start) for start in range(len(text))]
    assert [[(i, end) for i, end, _ in found] for found in later] == [
        [(i, end) for i, end, _ in found] for found in first
    ]
    assert any(found and found[0][2] is None for found in later)  # now a combined pattern
    assert sum(len(found) for found in first) >= 6
