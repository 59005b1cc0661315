"""The tagging context: its remembered tense agrees with reading the text afresh."""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from feeds.timex.anchoring import _WORD, FUTURE, PAST, UNKNOWN, _words, has_tense_cues, tense_at
from feeds.timex.context import Context

# Words that decide a tense, words that do not, and marks and spacing the reader treats apart.
PIECES = st.sampled_from(
    [
        "will",
        "said",
        "is",
        "to",
        "be",
        "held",
        "as early as",
        "due",
        "the",
        "plans",
        "Oct.",
        "U.S.",
        "Mr.",
        "Smith",
        "on",
        "12",
        "1999",
        ".",
        ";",
        ",",
        " ",
        "\n",
        "'s",
        "résumé",
        # Long stretches without words, so that the cues far away are the nearest ones.
        "1234567890",
        "2024-10-28",
        "$5,000,000",
        "--",
    ]
)
TEXTS = st.lists(PIECES, max_size=90).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.data())
def test_the_context_gives_every_span_the_tense_read_from_the_whole_text(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    ctx = _context(text)
    assert ctx.tense(start, end) == tense_at(text, start, end)


def test_the_same_words_around_two_dates_give_them_the_same_tense():
    text = "The talks will resume on Friday. The talks will resume on Friday."
    ctx = _context(text)
    assert ctx.tense(26, 32) == ctx.tense(59, 65) == FUTURE


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.data())
def test_the_tense_reader_skips_to_the_words_a_word_by_word_reading_finds(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert _words(text, start, end) == _WORD.findall(text, start, end)


@pytest.mark.parametrize("gap", [100, 113, 114, 125])
def test_a_cue_before_a_date_counts_up_to_its_reading_distance(gap):
    text = "Prices closed " + "1" * (gap - 3) + " on Friday"
    start = len(text) - 6
    ctx = _context(text)
    assert ctx.tense(start, len(text)) == tense_at(text, start, len(text))
    assert (ctx.tense(start, len(text)) == PAST) == (gap <= 113)


@pytest.mark.parametrize("gap", [60, 65, 66, 90])
def test_a_cue_after_a_date_counts_up_to_its_reading_distance(gap):
    text = "The vote on Friday " + "1" * gap + " prices closed"
    ctx = _context(text)
    assert ctx.tense(12, 18) == tense_at(text, 12, 18)
    assert (ctx.tense(12, 18) == PAST) == (gap <= 65)


@pytest.mark.parametrize("gap", [66, 200])
def test_a_date_opening_its_sentence_reads_farther_for_its_verb(gap):
    text = "It rained. On Friday " + "1" * gap + " prices closed"
    assert tense_at(text, 14, 20) == PAST


def test_a_list_of_figures_and_month_names_has_no_tense_cues():
    assert not has_tense_cues("12 may 1999 456 january 7890 march oct. 2024")


@pytest.mark.parametrize(
    "lower",
    ["the talks resume in may", "it was held on 12 may", "prices closed", "as early as june"],
)
def test_a_text_with_a_cue_word_or_an_ed_form_has_tense_cues(lower):
    assert has_tense_cues(lower)


def test_a_cue_cut_out_of_a_longer_word_still_counts_as_one():
    # A window may start inside "this", leaving "is".
    assert has_tense_cues("this 12 may")


def test_every_tense_in_a_text_without_cues_is_unknown():
    text = "12 May 1999 456 January 7890 March Oct. 2024"
    ctx = _context(text)
    assert ctx.tense(3, 6) == tense_at(text, 3, 6) == UNKNOWN


@given(st.text(alphabet="abdeinorstuwlM .,;0123456789", max_size=60))
@settings(max_examples=300, deadline=None)
def test_a_text_without_tense_cues_reads_as_unknown_everywhere(text):
    if has_tense_cues(text.lower()):
        return
    for start in range(0, len(text), 7):
        assert tense_at(text, start, min(len(text), start + 3)) == UNKNOWN


def _context(text: str) -> Context:
    """A context for `text` on a fixed day."""
    day = date(2024, 10, 28)
    return Context(text=text, lower=text.lower(), dct=day, reference=day, day=day)
