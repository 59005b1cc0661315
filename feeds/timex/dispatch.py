"""Which rules to try where: rules grouped by the characters they can start with.

Trying thirty patterns at every candidate position is what makes a rule-based tagger slow in
Python. A pattern can only match where the text has one of its possible first characters, and
those can be read from the pattern itself; at each position only the rules that can start
with its character are tried, all in one call of one combined pattern.
"""

from __future__ import annotations

import re
import re._constants as sre  # the parsed form of Python's own regular expressions
import re._parser as sre_parse
from collections.abc import Iterable, Sequence
from typing import Any

#: Any character at all: the analysis could not bound the first character.
_ANY = None

_DIGITS = frozenset("0123456789")
_SPACES = frozenset(" \t\n\r\f\v")


def _in_chars(items: Iterable[tuple[Any, Any]]) -> frozenset[str] | None:
    """The characters a character class ``[...]`` matches, or None if unbounded."""
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            chars.add(chr(av))
        elif op is sre.RANGE and av[1] - av[0] < 256:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        elif op is sre.CATEGORY and av is sre.CATEGORY_DIGIT:
            chars |= _DIGITS
        elif op is sre.CATEGORY and av is sre.CATEGORY_SPACE:
            chars |= _SPACES
        else:
            return _ANY
    return frozenset(chars)


def _first(items: Iterable[tuple[Any, Any]]) -> tuple[frozenset[str] | None, bool]:
    """The first characters of a parsed sequence and whether it can match the empty string."""
    chars: set[str] = set()
    found: frozenset[str] | None
    for op, av in items:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue
        if op is sre.LITERAL:
            found, empty = frozenset(chr(av)), False
        elif op is sre.IN:
            found, empty = _in_chars(av), False
        elif op is sre.SUBPATTERN:
            found, empty = _first(av[3])
        elif op is sre.BRANCH:
            union: set[str] = set()
            empty = False
            for branch in av[1]:
                sub, sub_empty = _first(branch)
                if sub is _ANY:
                    return _ANY, False
                union |= sub
                empty = empty or sub_empty
            found = frozenset(union)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            found, empty = _first(av[2])
            empty = empty or av[0] == 0
        else:
            return _ANY, False
        if found is _ANY:
            return _ANY, False
        chars |= found
        if not empty:
            return frozenset(chars), False
    return frozenset(chars), True


def first_chars(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The characters a match of `pattern` can start with, or None when it could be any."""
    found, empty = _first(sre_parse.parse(pattern.pattern, pattern.flags))
    return _ANY if empty else found


class Dispatcher:
    """Tries, at a position, every rule that can start with the character found there."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        """Group the patterns by first character; each group is combined when first needed.

        Compiling the combined patterns takes a good part of a second, so it waits until a
        text holds a character that needs one: importing the tagger stays fast.
        """
        self._patterns = patterns
        firsts = [first_chars(p) for p in patterns]
        chars = set().union(*(f for f in firsts if f is not _ANY))
        self._groups = {
            c: tuple(i for i, f in enumerate(firsts) if f is _ANY or c in f) for c in chars
        }
        self._fallback = tuple(i for i, f in enumerate(firsts) if f is _ANY)
        self._combined: dict[tuple[int, ...], re.Pattern[str]] = {}

    def match(self, text: str, start: int) -> list[tuple[int, int]]:
        """(rule index, end) of every rule whose pattern matches `text` at `start`."""
        if start >= len(text):
            return []
        indexes = self._groups.get(text[start], self._fallback)
        if not indexes:
            return []
        combined = self._combined.get(indexes)
        if combined is None:
            combined = self._combined[indexes] = _combine(self._patterns, indexes)
        # Every part of the combined pattern may match empty, so it always matches.
        regs = combined.match(text, start).regs[1:]  # type: ignore[union-attr]
        return [(index, end) for index, (_, end) in zip(indexes, regs, strict=True) if end >= 0]


def _combine(patterns: Sequence[re.Pattern[str]], indexes: tuple[int, ...]) -> re.Pattern[str]:
    """One pattern trying each of the chosen patterns in a lookahead with one capture group.

    A pattern that does not match takes the empty alternative, so one call records where
    each of them ends. Named groups are dropped: a rule's own pattern gives them back.
    """
    bodies = [_NAMED_GROUP.sub("(?:", patterns[i].pattern) for i in indexes]
    flags = patterns[indexes[0]].flags
    return re.compile("".join(f"(?:(?=({body}))|)" for body in bodies), flags)


_NAMED_GROUP = re.compile(r"\(\?P<\w+>")
