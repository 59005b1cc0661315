"""The tagger on hostile input: any string, date-like noise, long paragraphs made of pieces."""

from __future__ import annotations

import random
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from feeds.timex import tag
from feeds.types import Timex

DCT = date(2024, 10, 28)
TYPES = {"DATE", "TIME", "DURATION", "SET"}

#: Pieces of text that look like dates: digits (ASCII and other scripts), month and weekday
#: names, separators, spaces of every kind and combining marks that attach to what precedes.
DATE_LIKE = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "January",
                "May",
                "March",
                "Oct.",
                "Sept",
                "Friday",
                "Sun.",
                "mid-",
                "the",
                "of",
                "a.m.",
                "'90s",
                "Q3",
                "FY",
                "-",
                "–",
                "/",
                ",",
                ".",
                ":",
                "'",
                "’",
                " ",
                "  ",
                "\n",
                "\n\n",
                "\t",
                "\u00a0",
                "\u2009",
                "\u0301",
                "\u0308",
                "\u200b",
            ]
        ),
        st.text(alphabet="0123456789", min_size=1, max_size=5),
        st.text(alphabet="٠١٢٣٤٥٦٧٨٩۱۲۳０１２３²³½", min_size=1, max_size=4),
    ),
    max_size=60,
).map("".join)


def assert_well_formed(text: str, found: list[Timex]) -> None:
    """Offsets inside the text, sorted and disjoint; each timex quotes its span and is typed."""
    end = 0
    for timex in found:
        assert end <= timex.start < timex.end <= len(text)
        assert text[timex.start : timex.end] == timex.text
        assert timex.type in TYPES
        assert timex.value
        end = timex.end


@settings(max_examples=400, deadline=None)
@given(DATE_LIKE, st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
def test_date_like_noise_is_tagged_without_error_into_sorted_disjoint_spans(text, dct):
    assert_well_formed(text, tag(text, dct))


@settings(max_examples=200, deadline=None)
@given(DATE_LIKE)
def test_the_same_text_is_always_tagged_the_same_way(text):
    assert tag(text, DCT) == tag(text, DCT)


#: Sentences whose expressions name their own year: their values cannot depend on what
#: precedes them, so a paragraph of them is tagged as its sentences are one by one.
SELF_CONTAINED = [
    "Talks opened on Oct. 27, 2024 in Geneva",
    "The plant closed in March 1999 after 12 years",
    "Sales fell 4.5 % in fiscal 1998 to 7890 units",
    "The law took effect on 2024-10-27 for 23 states",
    "Prices rose through the 1990s and 2010s",
    "The fund was set up on 1 May 2003 with 456 members",
    "Output grew in the third quarter of 1998",
    "The vote of 10/27/2020 drew 1 2 3 4 comments",
]


def test_a_long_paragraph_is_tagged_as_its_sentences_are_one_by_one():
    rng = random.Random(4)
    sentences = [rng.choice(SELF_CONTAINED) + "." for _ in range(5_000)]
    text = " ".join(sentences)
    assert len(text) > 200_000
    expected = []
    offset = 0
    for sentence in sentences:
        for t in tag(sentence, DCT):
            expected.append((t.start + offset, t.end + offset, t.text, t.type, t.value, t.mod))
        offset += len(sentence) + 1
    found = tag(text, DCT)
    assert [(t.start, t.end, t.text, t.type, t.value, t.mod) for t in found] == expected
    assert_well_formed(text, found)


def test_a_long_paragraph_of_digits_and_month_names_is_tagged_into_well_formed_spans():
    rng = random.Random(1)
    words = ["1", "23", "456", "7890", "January", "May", "March", "Oct.", "12", "2024", "1999"]
    text = " ".join(rng.choice(words) for _ in range(50_000))[:200_000]
    found = tag(text, DCT)
    assert len(found) > 10_000
    assert_well_formed(text, found)
