"""The tagger: finds the words a date can hinge on, tries the rules around them, keeps the best."""

from __future__ import annotations

import functools
import re
from datetime import date

from feeds.timex import lexicon
from feeds.timex.context import Context, Found, Rule
from feeds.timex.dispatch import FEW_RULES, Dispatcher
from feeds.timex.patterns import DAY, NOUN_AFTER, YEAR, alternation, compile_rule, lower_ascii
from feeds.timex.plain import PLAIN_RULES, plain_value
from feeds.timex.reports import note_period
from feeds.timex.rules import HEAD_WORDS, OPENING_WORDS, RULES
from feeds.timex.titles import is_title
from feeds.timex.values import to_when
from feeds.types import Timex

#: How many words before a head word an expression may start ("about two years ago").
_LOOKBACK_WORDS = 5
_LOOKBACK_CHARS = 60

#: A number that may be part of a temporal expression: a year, a decade, an ordinal, a clock
#: time or a date in figures, or a count followed (perhaps after one word) by a unit, a month,
#: "a.m." or "o'clock". Other numbers (amounts, scores) are not worth trying the rules on.
_NUMBER_HEAD = re.compile(
    # The digits are read once (no ending below starts with a digit, so none is given back);
    # so are the spaces and the word after them (every unit starts with a letter).
    r"\d{4}(?!\d)|\d++(?:['’]?s\b|st\b|nd\b|rd\b|th\b|[:/,.]\d|-\d|\s*[ap]\.?\s?m\b"
    r"|(?:\s+\d/\d|\s+(?:to|or)\s+\d+)?[\s-]++(?:[a-z]++[\s-]++)?"
    r"(?:sec|min|hour|hr|day|night|week|fortnight|month"
    r"|quarter|year|yr|season|decade|centur|millenni|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
    r"|[ap]\.?\s?m\b|o['’]clock|in\s+the))"
)
_NUMBER_AFTER = re.compile(r"\.?,?\s*\d")
#: A capitalised word after "Jan" or "May" makes a person's name ("Jan Kavan"), not a month.
_NAME_AFTER = re.compile(r" [A-Z][a-z]")
#: Names that are also common words ("may", "sun"): heads only when written with a capital.
_NAMES_ALSO_WORDS = lexicon.AMBIGUOUS_MONTHS | lexicon.AMBIGUOUS_WEEKDAYS

#: The second end of a day range: "Nov. 20 to 24", "March 3-5, 2024".
_RANGE_TAIL = compile_rule(
    rf"\s*(?:-|–|—|to|through|thru|until|till|and)\s*(?P<day>(?:the\s+)?{DAY})"
    rf"(?:\s*,?\s*(?P<year>{YEAR}))?"
)
_DAY_RULES = frozenset({"month day"})
#: The first day of a range before a day-and-month date ("3-5 April", "between 3 and 5 April"),
#: read on the few characters before the date.
_RANGE_HEAD = re.compile(
    rf"(?<![\d.,:/-])(?P<day>(?:\bthe\s+)?{DAY})\s*(?:-|–|—|to|through|thru|and)\s*\Z"
)
_RANGE_HEAD_CHARS = 16
_DAY_FIRST_RULES = frozenset({"day month"})
#: A rule's match at a start: its index, its end, and the match when the dispatcher kept it.
_Match = tuple[int, int, re.Match[str] | None]
_DISPATCH = Dispatcher([rule.pattern for rule in RULES])
_RULE_INDEX = {rule.name: index for index, rule in enumerate(RULES)}
#: The rules that can match at a month name.
_MONTH_RULES = tuple(
    _RULE_INDEX[name]
    for name in ("month day", "month year", "month", "month of a relative year", "spelled year")
)
_MONTH_FAMILY = frozenset(_MONTH_RULES)
_MONTH_NUMBER_RULES = (_RULE_INDEX["month day"], _RULE_INDEX["month year"])
_MONTH_RULE = _RULE_INDEX["month"]
#: The month word and what follows it up to the next character that is not a space or comma.
_AFTER_MONTH = re.compile(r"[^\W\d_]++\.?[\s,]*+(.?)", re.DOTALL)

#: A head word (a month, a unit, "yesterday"...), or a number or code ("Q3", "FY2024") start.
#: The number test is part of the pattern, so that the many numbers no rule can use (amounts,
#: scores) are passed over by the scan itself.
_HEAD = re.compile(
    r"\b(?P<word>" + alternation(w for w in HEAD_WORDS if w.isalpha()) + r")(?:['’]s)?(?![^\W_])"
    r"|\b(?=" + _NUMBER_HEAD.pattern + r"|fy\d|[qh][1-4]\b)"
)
#: The interval of a value, remembered: a text names the same few dates again and again.
_interval = functools.lru_cache(maxsize=1024)(to_when)

#: A character that may belong to a word opening an expression: a letter, "_" or a quote.
_OPENS = re.compile(r"[^\W\d]|['’]")
#: The rest of a word, as `_WORD_BEFORE` reads words: letters and digits.
_WORD = re.compile(r"[^\W_]*")
#: A word with its possessive "'s", or a lone quote ("'90s"): where an expression may open.
#: Read backwards from a head word, in the reversed text (so "'s" comes first, as "s'"): the
#: characters between two words, then the word, split as reading forwards splits them.
_WORD_BEFORE = re.compile(r"(?:[^\w'’]|_)*+((?:s['’])?[^\W_]+|['’])")


def tag(text: str, dct: date) -> list[Timex]:
    """Find the temporal expressions in a text and give each its TimeML type and value.

    Args:
        text: any text, typically one paragraph of an article.
        dct: the day relative expressions ("yesterday", "Friday") resolve against.

    Returns:
        The timexes, sorted by start, not overlapping, with code-point offsets (end exclusive).
    """
    lower = lower_ascii(text)
    ctx = Context(text=text, lower=lower, dct=dct, reference=dct, day=dct)
    found: list[Timex] = []
    # The rules' matches from a start position; only recent starts are ever asked
    # for again, so the cache is emptied now and then and memory stays flat.
    ends: dict[int, list[_Match]] = {}
    covered = 0
    # From `covered` to `tried` the text holds only head words that were tried and gave
    # nothing, numbers and punctuation (see `_lookback`); -1 after another word.
    tried = 0
    for head in _HEAD.finditer(lower):
        at = head.start()
        word = head["word"]
        if at < covered or (word in _NAMES_ALSO_WORDS and not _is_name_head(ctx, head)):
            continue
        if len(ends) > 256:
            ends.clear()
        starts = _lookback(ctx, at, covered, tried)
        candidates = None
        if len(starts) == 1 and at not in ends:
            candidates = _at_head(lower, at, word in lexicon.MONTHS)
        if candidates is None:
            candidates = _candidates(ctx, at, starts, ends)
        best = _first_with_value(ctx, candidates)
        if best is None:
            if tried >= 0 and _OPENS.search(lower, tried, at) is None:
                rest = _WORD.match(lower, at)
                tried = max(head.end(), rest.end() if rest else at)
            else:
                # A word that was not tried stands in the way: nothing is read again until
                # the next expression, so that each stretch of text is read once.
                tried = -1
            continue
        start, end, rule, result = best
        timex = Timex(start, end, text[start:end], result.type, result.value, result.mod)
        if rule.name in _DAY_FIRST_RULES and result.type == "DATE":
            head_day = _range_head(text, lower, timex, covered)
            if head_day is not None:
                found.append(head_day)
        found.append(timex)
        covered = end
        _remember(ctx, timex, result.anchors)
        tail = None
        if rule.name in _DAY_RULES and result.type == "DATE":
            tail = _range_tail(text, lower, timex)
        elif result.type == "DATE" and len(result.value) == 4 and result.value.isdecimal():
            tail = _year_tail(text, lower, timex)
        if tail is not None:
            found.append(tail)
            covered = tail.end
            _remember(ctx, tail)
        tried = covered
    return found


def _is_name_head(ctx: Context, head: re.Match[str]) -> bool:
    """Whether a name that is also a word ("may", "sun") is one a date may hinge on here."""
    word = head["word"]
    if not ctx.text[head.start()].isupper():
        return False
    # "May" the name and "March" the verb: a date only with a number after or a word such as
    # "in" or "early" before.
    if word in lexicon.AMBIGUOUS_MONTHS:
        if _NUMBER_AFTER.match(ctx.lower, head.end()):
            return True
        before = ctx.word_before(head.start())
        if before == "the":
            # "The March accession", "the May elections": a month before the noun it dates.
            return NOUN_AFTER.match(ctx.text, head.end()) is not None
        return before in lexicon.MONTH_ONLY_CONTEXT or (
            before in lexicon.MONTH_CONTEXT and not _NAME_AFTER.match(ctx.text, head.end())
        )
    return True


def _starts(ctx: Context, head: int, covered: int) -> list[int]:
    """Where an expression around a head word may start: the head, or one of the few words
    before it that can open one ("about two years ago", "the end of 1990"), nearest first.

    The words are read backwards, one at a time: the word before a head seldom opens an
    expression, and then no other is read.
    """
    starts = [head]
    before = ctx.lower[max(covered, head - _LOOKBACK_CHARS) : head][::-1]
    at = 0
    for _ in range(_LOOKBACK_WORDS):
        word = _WORD_BEFORE.match(before, at)
        if word is None:
            break
        at = word.end(1)
        start = head - at
        key = ctx.lower[start : head - word.start(1)]
        if key.endswith(("'s", "’s")):
            key = key[:-2]
        if key[:1].isdigit():
            # A number can only open an expression that its own head test lets through.
            if _NUMBER_HEAD.match(ctx.lower, start) is None:
                break
        elif key not in OPENING_WORDS and key not in HEAD_WORDS:
            break
        starts.append(start)
    return starts


def _lookback(ctx: Context, head: int, covered: int, tried: int) -> list[int]:
    """The starts to try for a head word: `_starts`, or only the head itself when nothing
    stands between it and the last expression (or the lookback's reach) but numbers,
    punctuation and head words tried since.

    Before a head word only numbers that are heads themselves and words that are heads or
    open an expression ("the", "early") can start one. Every head since the last expression
    was tried and gave nothing: the text and what the tagger knows are the same now, so the
    matches from those heads would give nothing again.
    """
    low = max(covered, head - _LOOKBACK_CHARS)
    if _OPENS.search(ctx.lower, max(low, tried), head) is None and (
        low == covered or not ctx.lower[low - 1 : low + 1].isalnum()
    ):
        return [head]
    return _starts(ctx, head, covered)


#: A match to try: its start, its rule's index, and the match (None: match the rule again).
_Candidate = tuple[int, int, re.Match[str] | None]


def _candidates(
    ctx: Context, head: int, starts: list[int], ends: dict[int, list[_Match]]
) -> list[_Candidate]:
    """The matches that cover the head word, those that end last first, then those that
    start first."""
    if len(starts) == 1:
        found = ends.get(head)
        if found is None:
            found = ends[head] = _DISPATCH.matches(ctx.lower, head)
        if not found:
            return []
        if len(found) == 1:
            index, end, m = found[0]
            return [(head, index, m)] if end > head else []
    matches: list[tuple[int, int, int, re.Match[str] | None]] = []
    for start in starts:
        found = ends.get(start)
        if found is None:
            found = ends[start] = _DISPATCH.matches(ctx.lower, start)
        matches += [(-end, start, index, m) for index, end, m in found if end > head]
    # No two matches share end, start and rule, so the match objects are never compared.
    matches.sort()
    return [(start, index, m) for _, start, index, m in matches]


def _at_head(lower: str, at: int, month: bool) -> list[_Candidate] | None:
    """`_candidates` at a head with nothing before it to try, from the few rules that may
    start there, each matched alone; None when too many may (the dispatcher combines them).

    At a month name with a number or no word after it, fewer patterns are read: only the
    dates with a month can match there, each after characters of its own (a day or a year in
    figures: "March 5", "March 1999"). A day and a year exclude each other, and each ends
    after the month alone, which is tried only if they give no value.
    """
    chosen = _DISPATCH.chosen(lower, at)
    if len(chosen) > FEW_RULES:
        return None
    if month and len(chosen) > 1 and _MONTH_FAMILY.issuperset(chosen):
        after = _AFTER_MONTH.match(lower, at)
        if after is not None and not after[1][:1].isalpha():
            if after[1].isdecimal():
                for index in _MONTH_NUMBER_RULES:
                    m = RULES[index].pattern.match(lower, at)
                    if m is not None:
                        return [(at, index, m), (at, _MONTH_RULE, None)]
            return [(at, _MONTH_RULE, None)]
    matches: list[tuple[int, int, re.Match[str]]] = []
    for index in chosen:
        m = RULES[index].pattern.match(lower, at)
        if m is not None and m.end() > at:
            matches.append((-m.end(), index, m))
    if len(matches) > 1:
        # No two matches share end and rule, so the match objects are never compared.
        matches.sort()
    return [(at, index, m) for _, index, m in matches]


def _first_with_value(
    ctx: Context, candidates: list[_Candidate]
) -> tuple[int, int, Rule, Found] | None:
    """The first of the matches whose rule finds a value, and that is not part of a title."""
    for start, index, m in candidates:
        rule = RULES[index]
        if m is None:
            m = rule.pattern.match(ctx.lower, start)
            if m is None:
                continue
        if index in PLAIN_RULES and (result := plain_value(ctx.text, index, m)) is not None:
            # A date written out in full needs neither its normaliser nor the title test.
            return start, m.end(), rule, result
        try:
            result = rule.build(m, ctx)
        except (ValueError, OverflowError):
            # The day it names falls outside the calendar (before year 1 or after 9999).
            continue
        if result is not None and (rule.name == "holiday" or not is_title(ctx, start, m.end())):
            return start, m.end(), rule, result
    return None


def _remember(ctx: Context, timex: Timex, anchors: bool = True) -> None:
    """Keep the last date and reporting period the text named, for "the next day" and "the
    quarter"."""
    if not anchors:
        return
    note_period(ctx, timex)
    if timex.type not in ("DATE", "TIME") or not timex.value[:1].isdigit():
        return
    when = _interval(timex.value)
    if when is None:
        return
    ctx.reference = when.start
    if when.granularity == "day":
        ctx.day = when.start


def _range_head(text: str, lower: str, second: Timex, covered: int) -> Timex | None:
    """The first day of a range before a day-and-month date ("3-5 April"), or None."""
    if not _FULL_DAY.match(second.value) or not _DAY_OPENS.match(text, second.start):
        return None
    low = max(covered, second.start - _RANGE_HEAD_CHARS)
    m = _RANGE_HEAD.search(lower[low : second.start])
    if m is None:
        return None
    day = int(re.sub(r"\D", "", m["day"]))
    if not 0 < day < int(second.value[8:10]):
        return None
    start, end = low + m.start("day"), low + m.end("day")
    return Timex(start, end, text[start:end], "DATE", f"{second.value[:8]}{day:02d}")


#: How a day-and-month date that ends a range opens: "5 April", "the 5th of April".
_DAY_OPENS = re.compile(r"(?:the\s+)?\d", re.IGNORECASE)
#: A day's value, its year known or not: "2025-04-05", "XXXX-04-05".
_FULL_DAY = re.compile(r"(?:\d{4}|XXXX)-\d\d-\d\d\Z")


def _year_tail(text: str, lower: str, first: Timex) -> Timex | None:
    """The second year of a span written short after a year ("2008-09", "the 1998-99
    season"), or None."""
    if not lower.endswith(first.value[2:], 0, first.end):
        return None
    m = _YEAR_TAIL.match(lower, first.end)
    if m is None:
        return None
    century, short = int(first.value[:2]), int(first.value[2:])
    later = int(m[1])
    if later <= short:
        if short != 99 or later != 0:
            return None
        century += 1
    start = m.start(1)
    return Timex(start, m.end(), text[start : m.end()], "DATE", f"{century:02d}{later:02d}")


#: The two figures after a year that end a span of years ("-09").
_YEAR_TAIL = re.compile(r"[-–/](\d\d)(?![\d%]|[-/.,]\d)")


def _range_tail(text: str, lower: str, first: Timex) -> Timex | None:
    """The second day of a range after a month-and-day date ("Nov. 20 to 24"), or None."""
    m = _RANGE_TAIL.match(lower, first.end)
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
