"""Anchoring: which way an unanchored weekday or month points, read from the tense of its verb."""

from __future__ import annotations

import re

PAST, FUTURE, UNKNOWN = -1, 1, 0

_FUTURE_WORDS = frozenset(
    {
        "will",
        "'ll",
        "’ll",
        "shall",
        "would",
        "wo",
        "going",
        "plans",
        "plan",
        "planned",
        "planning",
        "scheduled",
        "expected",
        "expects",
        "expect",
        "due",
        "payable",
        "effective",
        "expire",
        "expires",
        "expiring",
        "deadline",
        "soon",
        "upcoming",
        "coming",
        "intends",
        "hopes",
        "until",
        "till",
        "next",
        "starting",
        "beginning",
        "tomorrow",
    }
)

_PAST_WORDS = frozenset(
    {
        "was",
        "were",
        "had",
        "did",
        "said",
        "told",
        "ago",
        "last",
        "earlier",
        "since",
        "yesterday",
        "been",
        "announced",
        "reported",
        "came",
        "went",
        "began",
        "took",
        "made",
        "met",
        "won",
        "lost",
        "fell",
        "rose",
        "gave",
        "got",
        "left",
        "held",
        "sent",
        "found",
        "saw",
        "paid",
        "sold",
        "bought",
        "spoke",
        "wrote",
        "ran",
        "struck",
        "hit",
        "killed",
    }
)

#: Words that end a clause for tense lookup: the tense of another clause says nothing here.
_WORD = re.compile(r"[A-Za-z’']+|[.;:!?]")
#: "As early as Tuesday", "as soon as Friday": a date still to come.
_AS_EARLY_AS = re.compile(r"\bas\s+(?:early|soon)\s+as\s+$", re.IGNORECASE)
#: How many words before an expression its governing verb may stand.
_LOOKBACK = 8
_PASSIVE_AUXILIARIES = frozenset({"be", "being", "is", "are", "am", "get", "gets"})
_IRREGULAR_ED = frozenset({"need", "speed", "feed", "bed", "red", "bred", "seed", "shed", "led"})


def _word_tense(word: str) -> int:
    """The tense one word signals: PAST, FUTURE or UNKNOWN."""
    if word in _FUTURE_WORDS:
        return FUTURE
    if word in _PAST_WORDS:
        return PAST
    if len(word) > 4 and word.endswith("ed") and word not in _IRREGULAR_ED:
        return PAST
    return UNKNOWN


def _first_cue(words: list[str]) -> int:
    """The tense of the first decisive word in `words`, stopping at the end of the clause.

    A participle after a form of "be" ("will be held") is passive voice, not past tense: the
    auxiliary before it decides.
    """
    for i, word in enumerate(words):
        if word in ".;:!?":
            break
        tense = _word_tense(word)
        if word == "to" and i > 0 and words[i - 1] == "be":
            return FUTURE
        if tense == PAST and i + 1 < len(words) and words[i + 1] in _PASSIVE_AUXILIARIES:
            continue
        if tense != UNKNOWN:
            return tense
    return UNKNOWN


def tense_at(text: str, start: int, end: int) -> int:
    """The tense of the clause around ``text[start:end]``: PAST, FUTURE or UNKNOWN.

    The nearest tense cue before the expression in its sentence decides; failing that, the
    nearest one after it.
    """
    if _AS_EARLY_AS.search(text, max(0, start - 20), start):
        return FUTURE
    before = [w.lower() for w in _WORD.findall(text, max(0, start - 120), start)]
    tense = _first_cue(before[::-1][:_LOOKBACK])
    if tense != UNKNOWN:
        return tense
    after = [w.lower() for w in _WORD.findall(text, end, min(len(text), end + 80))]
    return _first_cue(after[:10])
