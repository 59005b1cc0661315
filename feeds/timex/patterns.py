"""Regular-expression building blocks for temporal expressions, built from the lexicon."""

from __future__ import annotations

import re
from collections.abc import Iterable

from feeds.timex import lexicon


def alternation(words: Iterable[str]) -> str:
    """A non-capturing group matching any of `words`, longest first, spaces as any whitespace."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"


def compile_rule(pattern: str) -> re.Pattern[str]:
    """Compile a rule pattern: case-insensitive, verbose, ending at a word boundary."""
    return re.compile(pattern + r"(?![\w])", re.IGNORECASE | re.VERBOSE)


#: The end of a word: no letter or digit follows.
END = r"(?![\w])"

MONTH = r"(?:" + alternation(lexicon.MONTHS) + r"\.?)"
WEEKDAY = (
    r"(?:"
    + alternation(w for w in lexicon.WEEKDAYS if w not in lexicon.AMBIGUOUS_WEEKDAYS)
    + "|"
    + alternation(lexicon.AMBIGUOUS_WEEKDAYS)
    + r"\.)"
)
YEAR = r"(?:1[0-9]\d\d|20\d\d)(?![\d,.]\d)"
DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?(?!\d|:\d)"
SEASON = alternation(lexicon.SEASONS)
PART_OF_DAY = alternation(["morning", "afternoon", "evening", "night", "overnight"])
TIMEZONE = r"(?:[ECMP][SD]T|GMT|UTC|BST|CET)"

_TENS = alternation(w for w, n in lexicon.CARDINALS.items() if 20 <= n < 100)
_UNITS_1_9 = alternation(w for w, n in lexicon.CARDINALS.items() if 1 <= n <= 9)
_SMALL = alternation(w for w, n in lexicon.CARDINALS.items() if n < 20)

_TEENS = alternation(w for w, n in lexicon.CARDINALS.items() if 10 <= n < 20)

#: A year in words: "nineteen ninety-six", "two thousand and one", "nineteen hundred".
SPELLED_YEAR = (
    rf"(?:(?:nineteen|eighteen|twenty)[\s-]+(?:{_TENS}(?:[\s-]+{_UNITS_1_9})?|{_TEENS}|hundred"
    rf"|oh[\s-]+{_UNITS_1_9})|two\s+thousand(?:\s+and)?(?:[\s-]+(?:{_TEENS}|{_UNITS_1_9}))?)"
)


def spelled_year(text: str) -> int | None:
    """The year a SPELLED_YEAR match names (``nineteen ninety-six`` → 1996), or None."""
    words = [w for w in text.lower().replace("-", " ").split() if w not in ("and", "oh")]
    if not words or any(w not in lexicon.CARDINALS for w in words):
        return None
    if words[:2] == ["two", "thousand"]:
        return 2000 + sum(lexicon.CARDINALS[w] for w in words[2:])
    century = lexicon.CARDINALS[words[0]] * 100
    rest = words[1:]
    if rest == ["hundred"]:
        return century
    return century + sum(lexicon.CARDINALS[w] for w in rest)


#: A count of units: digits, number words, fractions and vague quantities.
COUNT = (
    rf"(?:(?:an?|{_SMALL}|several|a\s+few)\s+(?:hundred|thousand)"
    r"|\d{1,3}(?:,\d{3})*(?:\.\d+)?(?:\s+\d/\d)?"
    rf"|{_TENS}(?:[\s-]+{_UNITS_1_9})?"
    rf"|{_SMALL}(?:\s+and\s+a\s+half)?"
    r"|a\s+few|a\s+couple(?:\s+of)?|a\s+dozen|a\s+half|half\s+a|several|few|couple\s+of"
    r"|some|many|numerous|an?)"
)

#: Unit words for durations and relative dates (singular, or plural with ``s``).
UNIT = (
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?"
    r"|quarters?|years?|decades?|century|centuries|millenni(?:um|a))"
)

#: Modifiers before a date: ``early``, ``late``, ``mid-``, ``the end of``.
POSITION = (
    r"(?:(?:the\s+)?(?:very\s+)?(?:early|late|mid|middle)(?:\s*-\s*|\s+)"
    r"|(?:the\s+)?(?:end|beginning|start|middle|turn|close)\s+of\s+"
    r"(?:the\s+)?)"
)

#: Modifiers before a quantity: ``about``, ``more than``.
QUANTITY = (
    r"(?:about|around|approximately|roughly|some|nearly|almost|more\s+than|over|less\s+than"
    r"|under|at\s+least|at\s+most|up\s+to|no\s+more\s+than|no\s+less\s+than)\s+"
)

POSITION_MODS = {
    "early": "START",
    "beginning": "START",
    "start": "START",
    "late": "END",
    "end": "END",
    "close": "END",
    "mid": "MID",
    "middle": "MID",
}

QUANTITY_MODS = {
    "about": "APPROX",
    "around": "APPROX",
    "approximately": "APPROX",
    "roughly": "APPROX",
    "some": "APPROX",
    "nearly": "LESS_THAN",
    "almost": "LESS_THAN",
    "more than": "MORE_THAN",
    "over": "MORE_THAN",
    "less than": "LESS_THAN",
    "under": "LESS_THAN",
    "at least": "EQUAL_OR_MORE",
    "at most": "EQUAL_OR_LESS",
    "up to": "EQUAL_OR_LESS",
}


def position_mod(text: str | None) -> str | None:
    """The TimeML mod of a position modifier (``early`` → START), or None."""
    if not text:
        return None
    for word, mod in POSITION_MODS.items():
        if word in text.lower():
            return mod
    return None


def quantity_mod(text: str | None) -> str | None:
    """The TimeML mod of a quantity modifier (``about`` → APPROX), or None."""
    if not text:
        return None
    return QUANTITY_MODS.get(" ".join(text.lower().split()))


def parse_count(text: str) -> float | None:
    """The number a COUNT match stands for; None for vague counts (``several``)."""
    words = text.lower().replace("-", " ").split()
    if not words:
        return None
    if words[0] in ("a", "an") and len(words) == 1:
        return 1
    joined = " ".join(words)
    if joined in ("a couple", "a couple of", "couple of"):
        return 2
    if joined == "a dozen":
        return 12
    if joined in ("a half", "half a"):
        return 0.5
    if joined in lexicon.VAGUE_COUNTS:
        return None
    total = 0.0
    for word in words:
        if word in ("and", "a", "an"):
            continue
        if word in ("hundred", "thousand"):
            total = (total or 1) * lexicon.CARDINALS[word]
        elif word == "half":
            total += 0.5
        elif "/" in word:
            top, _, bottom = word.partition("/")
            total += int(top) / int(bottom) if int(bottom) else 0
        elif word[0].isdigit():
            total += float(word)
        elif word in lexicon.CARDINALS:
            total += lexicon.CARDINALS[word]
        else:
            return None
    return total


def unit_code(word: str) -> str:
    """The lexicon unit code of a unit word, singular or plural (``centuries`` → CE)."""
    word = word.lower()
    if word in lexicon.UNITS:
        return lexicon.UNITS[word]
    if word.endswith("ies"):
        return lexicon.UNITS.get(word[:-3] + "y", lexicon.UNITS.get(word[:-1], "Y"))
    return lexicon.UNITS.get(word.rstrip("s"), lexicon.UNITS.get(word, "Y"))
