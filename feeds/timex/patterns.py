"""Regular-expression building blocks for temporal expressions, built from the lexicon."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from feeds.timex import lexicon
from feeds.timex.dispatch import first_chars


def alternation(words: Iterable[str]) -> str:
    """A non-capturing group matching any of `words` (spaces match any whitespace).

    The words are laid out as a trie ("jan(?:uary)?|june?"): Python's regular expressions try
    alternatives one by one, so sharing prefixes makes a failing match much cheaper.
    """
    tree: dict[str, dict[str, Any]] = {}
    for word in set(words):
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return "(?:" + _trie(tree) + ")"


def _trie(node: dict[str, dict[str, Any]]) -> str:
    """The pattern for the words below one node of a trie."""
    branches = [
        (r"\s+" if char == " " else re.escape(char)) + _trie(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    if len(branches) == 1 and "" not in node:
        return branches[0]
    return "(?:" + "|".join(branches) + ")" + ("?" if "" in node else "")


def guarded(pattern: str) -> str:
    """`pattern` behind a look-ahead at the characters it can start with.

    An optional part that cannot start where it is tried ("early" before "March 5") then
    fails on one test of a character, not after trying each of its alternatives.
    """
    chars = first_chars(pattern)
    if not chars:
        return pattern
    return "(?=[" + "".join(re.escape(c) for c in sorted(chars)) + "])" + pattern


def compile_rule(pattern: str) -> re.Pattern[str]:
    """Compile a rule pattern, ending at a word boundary.

    Rules are written in lower case and matched against `lower_ascii` of the text: matching
    case-insensitively makes Python's regular expressions several times slower. A word joined
    on by "-to-" or "-over-" makes a comparison ("quarter-to-quarter", "year-over-year").
    """
    return re.compile(pattern + r"(?![\w]|-(?:to|on|over|by)-)", re.VERBOSE)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def lower_ascii(text: str) -> str:
    """The text with ASCII letters in lower case: same length, so offsets carry over."""
    return text.translate(_ASCII_LOWER)


#: A lower-case noun after "the May", which the month dates ("the March accession"): not a
#: preposition or a verb ("the March on Washington", "the March was peaceful").
NOUN_AFTER = re.compile(
    r" (?!(?:of|for|to|on|in|at|by|from|with|into|across|through|toward|against|and|or|that"
    r"|which|was|is|were|are|will|would|has|had|have|began|ended|drew|took|passed)\b)[a-z]{3,}\b"
)

#: A month name, or its abbreviation with or without a period ("Sept." , "Oct").
MONTH = (
    "(?:"
    + alternation(w for w in lexicon.MONTHS if len(w) > 4 or w in ("may", "june", "july"))
    + "|"
    + alternation(w for w in lexicon.MONTHS if len(w) <= 4 and w not in ("may", "june", "july"))
    + r"\.?)"
)
ORDINAL = alternation(lexicon.ORDINALS)

#: A day of the month in words: "fifth", "twenty-second", "thirty-first".
DAY_WORD = (
    r"(?:(?:twenty|thirty)[\s-]+(?:"
    + alternation(w for w, n in lexicon.ORDINALS.items() if n < 10)
    + ")|"
    + alternation(w for w, n in lexicon.ORDINALS.items() if n <= 31)
    + ")"
)


def day_number(text: str) -> int:
    """The day a DAY match or a DAY_WORD match names ("3rd" → 3, "twenty-second" → 22)."""
    digits = "".join(c for c in text if c.isdigit())
    if digits:
        return int(digits)
    words = text.lower().replace("-", " ").split()
    if words[0] in ("twenty", "thirty") and len(words) > 1:
        return lexicon.CARDINALS[words[0]] + lexicon.ORDINALS[words[-1]]
    return lexicon.ORDINALS[words[0]]


WEEKDAY = guarded(
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
ZONE = (
    r"(?:[ecmp][sd]?t|gmt|utc|bst|cest?|msk|ist|jst|hkt|sgt|aest"
    r"|(?:eastern|central|mountain|pacific|atlantic)(?:\s+(?:standard|daylight))?\s+time)"
)
TIMEZONE = rf"(?:{ZONE}|local\s+time)"

#: The day a clock time is given on: "Nov. 6", "6 November 2024", "Thursday, June 12", "today".
DAY_SPEC = (
    rf"(?:(?:{WEEKDAY}\s*,\s*)?(?:(?:{MONTH})\s+{DAY}|{DAY}\s+(?:{MONTH}))(?:\s*,?\s*{YEAR})?"
    # "Wednesday, the 11th of June" is a date of its own, which the time does not take apart.
    rf"|(?:{WEEKDAY}(?!\s*,\s*the\s+\d)|today|yesterday|tomorrow)(?:\s+{PART_OF_DAY})?|tonight)"
)
#: "p.m." keeps its last period; after "pm" a period ends the sentence.
AMPM = r"(?:[ap]\.\s?m\b\.?|[ap]\s?m\b)"

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
    rf"|{_SMALL}(?:[\s-]+and[\s-]+a[\s-]+half)?"
    r"|a\s+few|a\s+couple(?:\s+of)?|a\s+dozen|a\s+half|half\s+an?|a\s+quarter(?:\s+of\s+an?)?|several|few|couple\s+of"
    r"|some|many|numerous|an?)"
)

#: Unit words for durations and relative dates (singular, or plural with ``s``).
UNIT = (
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?"
    r"|quarters?|years?|decades?|century|centuries|millenni(?:um|a))"
)

#: Modifiers before a date: ``early``, ``late``, ``mid-``, ``the end of``. Before a noun ("the
#: late-November trip") the article belongs to the noun.
POSITION = guarded(
    r"(?:(?:the\s+(?!(?:early|late|mid)-[\w'’]+\s+"
    r"(?!(?:and|or|to|through|until|when|as|of|in|on|at|for|with|by"
    # "By the mid-1950s she was": a pronoun or an article after it opens a clause.
    r"|she|he|it|they|we|i|you|there|the|a|an|his|her|its|their|this|that)\b)[a-z]))?"
    r"(?:very\s+)?(?:early|late|mid|middle)(?:\s*-\s*|\s+)"
    r"|(?:the\s+)?(?:end|beginning|start|middle|turn|close)\s+of\s+"
    r"(?:the\s+)?"
    # "By end-2025", "from end-March": a period's end in the style of wire copy.
    r"|end-)"
)

#: Modifiers before a quantity: ``about``, ``more than``.
QUANTITY = guarded(
    r"(?:about|around|approximately|roughly|some|nearly|almost|more\s+than|over|less\s+than"
    r"|under|at\s+least|at\s+most|up\s+to|no\s+more\s+than|no\s+less\s+than)\s+"
)

POSITION_MODS = {
    "early": "START",
    "earlier": "START",
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
    if joined in ("a half", "half a", "half an"):
        return 0.5
    if joined.startswith("a quarter"):
        return 0.25
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
            total += float(word.replace(",", ""))
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
