"""Which rules to try where: rules grouped by the characters they can start with.

Trying thirty patterns at every candidate position is what makes a rule-based tagger slow in
Python. A pattern can only match where the text has one of its possible first characters, and
those can be read from the pattern itself; at each position only the rules that can start
with its character are tried, all in one call of one combined pattern.

The first six characters choose much better than the first one ("the qu" and "two ye" start
other rules than "thirty" and "twelve"), so the rules are also grouped by the six characters
they can start with, digits and spaces each counted as one class; when those leave only a
few rules, they are tried one by one.
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
#: ``\s`` matches more than " \t\n\r\f\v": the separators \x1c to \x1f are spaces too.
_SPACES = frozenset(c for c in map(chr, range(128)) if c.isspace())


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


def first_chars(pattern: re.Pattern[str] | str) -> frozenset[str] | None:
    """The characters a match of `pattern` (compiled, or its source) can start with, or None
    when it could be any."""
    return _first_of(_parsed(pattern))


def _parsed(pattern: re.Pattern[str] | str) -> Any:
    """The parsed form of a pattern, as Python's own compiler sees it."""
    if isinstance(pattern, str):
        return sre_parse.parse(pattern)
    return sre_parse.parse(pattern.pattern, pattern.flags)


def _first_of(parsed: Any) -> frozenset[str] | None:
    """The first characters of a parsed pattern, or None when it could be any."""
    found, empty = _first(parsed)
    return _ANY if empty else found


#: How many characters of the text at a position choose the rules tried there.
KEY_LENGTH = 6
#: Up to this many rules are tried one by one; more are tried in one combined pattern.
FEW_RULES = 5
#: A group of rules is combined into one pattern once texts have needed it this often:
#: compiling it costs tens of milliseconds, paid back only where it is used many times.
_COMBINE_AFTER = 200
#: A rule with more possible starts than this is tried wherever its first character allows.
_MAX_PREFIXES = 8000
#: Chosen rules are remembered per key; the memory is emptied when it holds this many.
_MAX_KEYS = 8192


def _char_class(c: str) -> str:
    """The class of a character in prefixes and keys: every digit is '0', every space ' '."""
    if c.isdecimal():
        return "0"
    if c.isspace():
        return " "
    return c


#: The class of each ASCII character; keys with other characters are not classified.
_KEY_CLASSES = str.maketrans({chr(i): _char_class(chr(i)) for i in range(128)})


def _joined(heads: set[str], tails: set[str]) -> set[str]:
    """Every head followed by every tail, cut to the key length (complete heads stay)."""
    return {
        (head + tail)[:KEY_LENGTH] if len(head) < KEY_LENGTH else head
        for head in heads
        for tail in (tails if len(head) < KEY_LENGTH else ("",))
    }


def _item_prefixes(op: Any, av: Any) -> set[str] | None:
    """The starts (up to the key length) of the strings one parsed item matches, or None."""
    if op is sre.LITERAL:
        return {_char_class(chr(av))}
    if op is sre.IN:
        chars = _in_chars(av)
        return None if chars is _ANY else {_char_class(c) for c in chars}
    if op is sre.SUBPATTERN:
        return _prefixes(av[3])
    if op is sre.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            found = _prefixes(branch)
            if found is None:
                return None
            union |= found
        return union
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, sub = av
        once = _prefixes(sub)
        if once is None:
            return None
        found, current, count = set(), {""}, 0
        # Past KEY_LENGTH repetitions nothing new is found: each adds a character or none.
        while count < low or (count != high and count <= KEY_LENGTH):
            if all(len(p) >= KEY_LENGTH for p in current):
                return found | current
            if count >= low:
                found |= current
            current = _joined(current, once)
            count += 1
            if len(current) > _MAX_PREFIXES:
                return None
        return found | current
    return None


def _prefixes(items: Iterable[tuple[Any, Any]]) -> set[str] | None:
    """The starts of the strings a parsed sequence matches, as classes, up to the key length.

    A shorter start is a whole match. Assertions are passed over (they only narrow a match),
    so the set may hold more than can match, never less; None when it cannot be bounded.
    """
    found = {""}
    for op, av in items:
        if all(len(p) >= KEY_LENGTH for p in found):
            break
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue
        item = _item_prefixes(op, av)
        if item is None:
            return None
        found = _joined(found, item)
        if len(found) > _MAX_PREFIXES:
            return None
    return found


def prefixes(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The classified starts of `pattern`'s matches (see `_prefixes`), or None if unbounded."""
    found = _prefixes(_parsed(pattern))
    return None if found is None else frozenset(found)


class _Starts:
    """The starts of one rule's matches, split for a quick test of a key."""

    def __init__(self, found: set[str]) -> None:
        """Keep the starts of full key length apart from the few shorter ones."""
        self.full = frozenset(p for p in found if len(p) == KEY_LENGTH)
        self.short = tuple(p for p in found if len(p) < KEY_LENGTH)
        self.all = frozenset(found)

    def fit(self, key: str) -> bool:
        """Whether a text starting with `key` (classified) may start such a match."""
        if len(key) == KEY_LENGTH:
            return key in self.full or any(key.startswith(p) for p in self.short)
        # Near the end of the text: the key is shorter than the starts.
        return any(key.startswith(p) or p.startswith(key) for p in self.all)


class Dispatcher:
    """Tries, at a position, every rule that can start with the characters found there."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        """Group the patterns by first character; each group is combined when first needed.

        Compiling the combined patterns takes a good part of a second, so it waits until a
        text holds a character that needs one: importing the tagger stays fast.
        """
        self._patterns = patterns
        # Parsing the patterns costs more than reading them: the parsed forms are kept.
        self._parsed = [_parsed(p) for p in patterns]
        firsts = [_first_of(parsed) for parsed in self._parsed]
        chars = set().union(*(f for f in firsts if f is not _ANY))
        self._groups = {
            c: tuple(i for i, f in enumerate(firsts) if f is _ANY or c in f) for c in chars
        }
        self._fallback = tuple(i for i, f in enumerate(firsts) if f is _ANY)
        self._combined: dict[tuple[int, ...], re.Pattern[str]] = {}
        self._uses: dict[tuple[int, ...], int] = {}
        # Read from the patterns at the first match, like the combined patterns.
        self._starts: list[_Starts | None] = []
        self._chosen: dict[str, tuple[int, ...]] = {}

    def match(self, text: str, start: int) -> list[tuple[int, int]]:
        """(rule index, end) of every rule whose pattern matches `text` at `start`."""
        return [(index, end) for index, end, _ in self.matches(text, start)]

    def chosen(self, text: str, start: int) -> tuple[int, ...]:
        """The indexes of the rules that may match `text` at `start`, and no others."""
        key = text[start : start + KEY_LENGTH]
        if not key:
            return ()
        if key.isascii():
            chosen = self._chosen.get(key)
            return self._choose(key) if chosen is None else chosen
        return self._groups.get(key[0], self._fallback)

    def matches(self, text: str, start: int) -> list[tuple[int, int, re.Match[str] | None]]:
        """(rule index, end, match) of every rule whose pattern matches `text` at `start`.

        The match is given when the rule was tried alone (None when tried in a combined
        pattern), so that the caller need not match it again.
        """
        if start >= len(text):
            return []
        key = text[start : start + KEY_LENGTH]
        chosen: tuple[int, ...] | None = None
        if key.isascii():
            chosen = self._chosen.get(key)
            if chosen is None:
                chosen = self._choose(key)
            if len(chosen) <= FEW_RULES:
                return self._each(chosen, text, start)
        indexes = self._groups.get(text[start], self._fallback)
        if not indexes:
            return []
        combined = self._combined.get(indexes)
        if combined is None:
            uses = self._uses[indexes] = self._uses.get(indexes, 0) + 1
            if uses < _COMBINE_AFTER:
                return self._each(indexes if chosen is None else chosen, text, start)
            combined = self._combined[indexes] = _combine(self._patterns, indexes)
        # Every part of the combined pattern may match empty, so it always matches.
        regs = combined.match(text, start).regs[1:]  # type: ignore[union-attr]
        return [
            (index, end, None) for index, (_, end) in zip(indexes, regs, strict=True) if end >= 0
        ]

    def _each(
        self, indexes: tuple[int, ...], text: str, start: int
    ) -> list[tuple[int, int, re.Match[str] | None]]:
        """(rule index, end, match) of each of the rules that matches at `start`, tried alone."""
        found: list[tuple[int, int, re.Match[str] | None]] = []
        for index in indexes:
            m = self._patterns[index].match(text, start)
            if m is not None:
                found.append((index, m.end(), m))
        return found

    def _choose(self, key: str) -> tuple[int, ...]:
        """The rules that may match where the text starts with `key` (ASCII), remembered."""
        if not self._starts:
            found = [_prefixes(parsed) for parsed in self._parsed]
            self._starts = [None if f is None else _Starts(f) for f in found]
        if len(self._chosen) >= _MAX_KEYS:
            self._chosen.clear()
        classes = key.translate(_KEY_CLASSES)
        chosen = tuple(
            i
            for i in self._groups.get(key[0], self._fallback)
            if (starts := self._starts[i]) is None or starts.fit(classes)
        )
        self._chosen[key] = chosen
        return chosen


def _combine(patterns: Sequence[re.Pattern[str]], indexes: tuple[int, ...]) -> re.Pattern[str]:
    """One pattern trying each of the chosen patterns in a lookahead with one capture group.

    A pattern that does not match takes the empty alternative, so one call records where
    each of them ends. Named groups are dropped: a rule's own pattern gives them back.
    """
    bodies = [_NAMED_GROUP.sub("(?:", patterns[i].pattern) for i in indexes]
    flags = patterns[indexes[0]].flags
    return re.compile("".join(f"(?:(?=({body}))|)" for body in bodies), flags)


_NAMED_GROUP = re.compile(r"\(\?P<\w+>")
