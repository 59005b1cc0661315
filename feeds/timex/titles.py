"""Common time words written with a capital inside a sentence: names and titles, not times.

"60 Minutes" and "This Week" (television programmes), "High Noon" (a film) and "VOA Today"
name things; a reader does not take them for a duration or a day. Prose writes these words in
lower case unless they open a sentence, so a capital elsewhere marks a name. Lines written in
title case (headlines) capitalise every word and are left alone.
"""

from __future__ import annotations

import re

from feeds.timex import lexicon
from feeds.timex.context import Context
from feeds.timex.patterns import alternation

_COMMON = re.compile(
    r"\b(?:"
    + alternation(
        [
            *lexicon.UNITS,
            *(w + "s" for w in lexicon.UNITS),
            "centuries",
            *lexicon.PARTS_OF_DAY,
            "today",
            "tonight",
            "tomorrow",
            "yesterday",
            "now",
            "future",
            *lexicon.SEASONS,
            "noon",
            "midnight",
        ]
    )
    + r")\b"
)
#: What may stand between a sentence's end and its first word: spaces, quotes, brackets.
_OPENERS = " \t\"'`‘“(["
#: A lower-case word of four letters or more: the line is prose, not a title-case headline.
_PROSE_WORD = re.compile(r"(?<![\w'’-])[a-z]{4,}")
#: How far around a word `_in_prose` looks for lower-case words.
_NEAR = 200


#: A weekday in the name of a newspaper or programme: "The Sunday Times", "the Mail on
#: Sunday". Such names are quoted as sources throughout the news.
_PAPER_AFTER = re.compile(
    r"\s+(?:Times|Telegraph|Mirror|Express|Herald|Post|Tribune|Independent|Observer|Mail"
    r"|Star|Night\s+Football)\b"
)
_PAPER_BEFORE = re.compile(r"\b(?:Mail\s+on|Independent\s+on|Observer\s+on)\s+$")
_WEEKDAY_END = re.compile(r"\b(?:" + alternation(lexicon.WEEKDAYS) + r")$")
#: A weekday that names a day of history or trade: "the Black Monday crash", "Super Tuesday".
_NAMED_DAY_BEFORE = re.compile(r"\b(?:Black|Bloody|Super|Cyber|Blue|Giving)\s+$")


def is_title(ctx: Context, start: int, end: int) -> bool:
    """Whether the expression at [start, end) holds a capitalised common time word that does
    not open a sentence, in a line of prose: a name or title ("60 Minutes"), not a time."""
    # A weekday name ends in a letter (the search's "$" also matches before a last "\n").
    if (
        (ctx.lower[end - 1].isalpha() or ctx.lower[end - 1] == "\n")
        and _WEEKDAY_END.search(ctx.lower, start, end)
        and (
            _PAPER_AFTER.match(ctx.text, end)
            or _PAPER_BEFORE.search(ctx.text, max(0, start - 24), start)
            or _NAMED_DAY_BEFORE.search(ctx.text, max(0, start - 8), start)
        )
    ):
        return True
    if _COMMON.search(ctx.lower, start, end) is None:
        return False
    for m in _COMMON.finditer(ctx.lower, start, end):
        if ctx.text[m.start()].isupper() and not _opens_sentence(ctx.text, m.start()):
            return _in_prose(ctx.text, m.start())
    return False


def _opens_sentence(text: str, pos: int) -> bool:
    """Whether the word at `pos` is the first of a sentence, line or quotation."""
    i = pos
    while i > 0 and text[i - 1] in _OPENERS:
        i -= 1
    if i > 1 and text[i - 1] == "-" and text[i - 2].isalnum():
        # A hyphen inside a compound ("the Six-Day War") starts no sentence.
        return False
    return i == 0 or text[i - 1] in ".!?:;\n_-—" or i < pos and text[i] in "\"“`'‘"


def _in_prose(text: str, pos: int) -> bool:
    """Whether the line around `pos` is prose (has lower-case words), not a headline.

    Only the nearest part of a long line is read, so that a long paragraph costs no more.
    """
    low, high = max(0, pos - _NEAR), min(len(text), pos + _NEAR)
    line_start = text.rfind("\n", low, pos) + 1 or low
    line_end = text.find("\n", pos, high)
    return _PROSE_WORD.search(text, line_start, high if line_end < 0 else line_end) is not None
