"""The tagger: finds the words a date can hinge on, tries the rules around them, keeps the best."""

from __future__ import annotations

import re
from datetime import date

from feeds.timex.patterns import DAY, YEAR, compile_rule
from feeds.timex.rules import HEAD_WORDS, OPENING_WORDS, RULES, Context, Found, Rule
from feeds.timex.values import to_when
from feeds.types import Timex

_TOKEN = re.compile(r"[^\W\d_]+|\d+")
_WORD = re.compile(r"[\w’']+|['’]")
_QUARTER_VALUE = re.compile(r"\d{4}-Q[1-4]$")

#: How many words before a head word an expression may start ("about two years ago").
_LOOKBACK_WORDS = 5
_LOOKBACK_CHARS = 60

#: The second end of a day range: "Nov. 20 to 24", "March 3-5, 2024".
_RANGE_TAIL = compile_rule(
    rf"\s*(?:-|–|—|to|through|thru|until|till|and)\s*(?P<day>{DAY})"
    rf"(?:\s*,?\s*(?P<year>{YEAR}))?"
)
_DAY_RULES = frozenset({"month day"})


def tag(text: str, dct: date) -> list[Timex]:
    """Find the temporal expressions in a text and give each its TimeML type and value.

    Args:
        text: any text, typically one paragraph of an article.
        dct: the day relative expressions ("yesterday", "Friday") resolve against.

    Returns:
        The timexes, sorted by start, not overlapping, with code-point offsets (end exclusive).
    """
    ctx = Context(text=text, dct=dct, reference=dct, day=dct)
    found: list[Timex] = []
    covered = 0
    for token in _TOKEN.finditer(text):
        head = token.start()
        if head < covered:
            continue
        word = token[0]
        if not word[0].isdigit() and word.lower() not in HEAD_WORDS:
            continue
        best = _best(text, head, covered, ctx)
        if best is None:
            continue
        start, end, rule, result = best
        timex = Timex(start, end, text[start:end], result.type, result.value, result.mod)
        found.append(timex)
        covered = end
        _remember(ctx, timex, result.anchors)
        if rule.name in _DAY_RULES and result.type == "DATE":
            tail = _range_tail(text, timex)
            if tail is not None:
                found.append(tail)
                covered = tail.end
                _remember(ctx, tail)
    return found


def _starts(text: str, head: int, covered: int) -> list[int]:
    """Where an expression around a head word may start: the head or the words before it
    that can open one ("about two years ago", "the end of 1990"), nearest first."""
    lower = max(covered, head - _LOOKBACK_CHARS)
    words = list(_WORD.finditer(text, lower, head))[-_LOOKBACK_WORDS:]
    starts = [head]
    for m in reversed(words):
        word = m[0].lower()
        if word.endswith(("'s", "’s")):
            word = word[:-2]
        if not (word in OPENING_WORDS or word in HEAD_WORDS or word[:1].isdigit()):
            break
        starts.append(m.start())
    return starts


def _best(text: str, head: int, covered: int, ctx: Context) -> tuple[int, int, Rule, Found] | None:
    """The longest rule match that covers the head word and normalises to a value."""
    matches: list[tuple[int, int, int, re.Match[str]]] = []
    for start in _starts(text, head, covered):
        for index, rule in enumerate(RULES):
            m = rule.pattern.match(text, start)
            if m is not None and m.end() > head:
                matches.append((-m.end(), start, index, m))
    matches.sort(key=lambda item: (item[0], item[1], item[2]))
    for _, start, index, m in matches:
        rule = RULES[index]
        result = rule.build(m, ctx)
        if result is not None:
            return start, m.end(), rule, result
    return None


def _remember(ctx: Context, timex: Timex, anchors: bool = True) -> None:
    """Keep the last date and quarter the text named, for "the next day" and "the quarter"."""
    if timex.type not in ("DATE", "TIME") or not anchors:
        return
    when = to_when(timex.value)
    if when is not None:
        ctx.reference = when.start
        if when.granularity == "day":
            ctx.day = when.start
    if _QUARTER_VALUE.match(timex.value):
        ctx.quarter = timex.value


def _range_tail(text: str, first: Timex) -> Timex | None:
    """The second day of a range after a month-and-day date ("Nov. 20 to 24"), or None."""
    m = _RANGE_TAIL.match(text, first.end)
    if m is None:
        return None
    year, month, day = first.value[:4], first.value[5:7], int(re.sub(r"\D", "", m["day"]))
    if m["year"]:
        year = m["year"]
    if not int(first.value[8:10]) < day <= 31:
        return None
    try:
        value = date(int(year), int(month), day).isoformat()
    except ValueError:
        return None
    start = m.start("day")
    return Timex(start, m.end(), text[start : m.end()], "DATE", value)
