"""Sentences and clauses: which verb a date in a sentence belongs to, and that verb's subject.

No parser: the clause around a date is bounded by punctuation and clause openers (``, which``,
``; ``, ``, but``, ``and`` + verb), its verb is the nearest verb group before the date (or the
first after a date that opens the clause), and its subject the noun phrase left of that verb
once leading adverbials and appositives are set aside.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from typing import NamedTuple

from feeds.timex.lexicon import MONTHS, UNITS, WEEKDAYS
from feeds.verbs import (
    AUXILIARIES,
    MODALS,
    SCHEDULE_WORDS,
    base_form,
    is_participle,
    is_past,
    is_present_third,
)

_TOKEN = re.compile(r"\d+(?:[.,:]\d+)+|\w+(?:[-'’.&]\w+)*|[^\w\s]")

_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen col lt sgt capt gov sen rep st no inc corp ltd co jr sr vs etc mt "  # noqa: SIM905
    "ft approx dept univ bros fig op jan feb mar apr jun jul aug sep sept oct nov dec "
    "e.g i.e u.s u.k u.n".split()
)
_SENTENCE_END = re.compile(r"[.!?]+[\"”’)\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])")

_DETERMINERS = frozenset(
    "the a an its their his her our your my this that these those such every each some "  # noqa: SIM905
    "any no another".split()
)
_PRONOUNS = frozenset("he she it they we i you".split())  # noqa: SIM905
_ORDINAL_WORDS = frozenset(
    "first second third fourth fifth sixth seventh eighth ninth tenth last latest".split()  # noqa: SIM905
)
_PREPOSITIONS = frozenset(
    "in on at during according after before since by for from with under amid despite "  # noqa: SIM905
    "following over through throughout until till within without across between among "
    "against toward towards into onto upon about around near of as like than per via".split()
)
# Words that make a preposition with "of" ("ahead of"): a noun phrase read backwards ends there.
_COMPLEX_PREPOSITIONS = frozenset(
    "ahead because instead out regardless spite front outside inside part".split()  # noqa: SIM905
)
_RELATIVES = frozenset({"which", "who", "whom", "whose", "where"})
# Words a noun phrase read backwards stops at, besides prepositions and verbs.
_NP_STOPS = _RELATIVES | {"to", "that", "and", "or", "but", "than"}
_CONTRASTS = frozenset({"while", "whereas", "but", "although", "though", "because", "whilst"})
_COMPLEMENTIZERS = frozenset({"whether", "if", "how", "why", "what", "that"})
# Documents and figures a report cites, and the verbs that bring them out.
_SOURCE_NOUNS = frozenset(
    "data figures statistics numbers report reports survey study poll statement estimates "  # noqa: SIM905
    "results document documents filing records".split()
)
# Works whose coming out is news of its own when no other date of the sentence times a figure
# ("A study published on Tuesday found that ...").
_WORKS = frozenset({"report", "survey", "study", "poll"})
_PUBLISHING = frozenset({"release", "publish", "issue", "post", "compile", "make"})
_SUBORDINATORS = frozenset({"after", "before", "when", "as", "since", "until", "once", "if"})
_COORDINATORS = frozenset({"and", "or"})
# Before a verb group without a subject, these carry the subject over ("X received the same
# sentence but was granted asylum").
_SHARING = _COORDINATORS | {"but", "yet"}
_GROUP_ADVERBS = frozenset(
    "not n't never also already jointly officially formally reportedly successfully finally "  # noqa: SIM905
    "still just recently again first now eventually initially partially fully almost never "
    "soon later even often repeatedly".split()
)
_PARTICLES = frozenset({"up", "out", "off", "down", "place", "back", "away"})
# Verbs whose "to" infinitive continues the same verb group ("plans to build").
_CONTROL_VERBS = frozenset(
    "plan aim intend hope want seek agree decide promise vow pledge continue start begin "  # noqa: SIM905
    "expect try fail refuse need prepare move vote threaten seem appear help be go".split()
)
_QUOTES = frozenset({'"', "“", "”"})
#: Words after a preposition that make it a quantity's ("at least", "up to a dozen").
_COUNT_WORDS = frozenset(
    "least most to a an half dozen dozens hundred hundreds thousand thousands million "  # noqa: SIM905
    "millions two three four five six seven eight nine ten twenty".split()
)
_QUANTIFIERS = frozenset(
    "about around over nearly almost some approximately roughly up more fewer less at".split()  # noqa: SIM905
)
# Words after which an -s word is a counted noun ("two talks", "many states").
_COUNTERS = frozenset(
    "two three four five six seven eight nine ten many several both all these those few "  # noqa: SIM905
    "various numerous other some".split()
)
# Past forms that mostly follow a noun as its participle, not as the clause's verb.
_PARTICIPLE_AFTER_NOUN = frozenset({"based", "related", "linked", "owned", "led", "backed"})
_SPEECH_VERBS = frozenset(
    "say tell add note state report announce confirm claim warn think believe expect "  # noqa: SIM905
    "hope suggest argue insist deny reveal show".split()
)
# Words after which a past form describes a noun ("its first crewed mission").
_ADJECTIVE_MAKERS = frozenset(
    "first second third new former newly so well recently long highly fully".split()  # noqa: SIM905
)
_NOT_PLURALS = frozenset(
    "is was has his its this us as yes less thus does plus news always perhaps various".split()  # noqa: SIM905
)
# Speech verbs after which a clause may follow without "that".
_SAID = frozenset({"said", "says", "told", "announced", "added", "warned"})
_DASHES = frozenset({"—", "–", "-"})
#: Sentence adverbs that open a clause without being its subject.
_OPENING_ADVERBS = frozenset(
    "however meanwhile moreover separately earlier later also additionally furthermore "  # noqa: SIM905
    "nevertheless nonetheless still yet then thus therefore instead overall today "
    "previously subsequently currently now".split()
)
# Capitalised words that open a sentence as adverbs of time, not as names ("Yesterday, the").
_NOT_NAMES = _OPENING_ADVERBS | {
    w.lower() for w in (*calendar.day_name, *calendar.month_name, "yesterday", "tomorrow") if w
}

# Unions of the word classes above that the parse tests tokens against, built once: written
# inside a test they would be built again for every token.
_RELATIVES_OR_THAT = _RELATIVES | {"that"}
_CLAUSE_SUBORDINATORS = _SUBORDINATORS | {"because", "while", "although", "though"}
_NOT_NOUNS = AUXILIARIES | _PRONOUNS | _NP_STOPS
_CLAUSE_LINKS = {"that", "to", "and", "or", "which", "who", ",", "not"} | _PRONOUNS
_PREPOSITIONS_OR_COUNTERS = _PREPOSITIONS | _COUNTERS
#: Adjectives that only ever stand before a noun, never before a verb as a subject would.
_NOUN_ADJECTIVES = frozenset(
    "new fresh further additional recent other more fewer higher lower".split()  # noqa: SIM905
)
_NOT_OBJECT_WORDS = _PREPOSITIONS | _GROUP_ADVERBS | _OPENING_ADVERBS | _NP_STOPS
_DETERMINERS_OR_PREPOSITIONS = _DETERMINERS | _PREPOSITIONS
_AUXILIARIES_OR_TO = AUXILIARIES | {"to"}
_SHARING_OR_COMMA = _SHARING | {","}
_ADVERBIAL_OPENERS = _PREPOSITIONS | _SUBORDINATORS | _OPENING_ADVERBS
_PRONOUNS_OR_DETERMINERS = _PRONOUNS | _DETERMINERS
#: Words that open a statement's subject after whom it was told ("told reporters the ...").
_STATEMENT_OPENERS = (_PRONOUNS | _DETERMINERS) - {"that"}
_PHRASE_ADVERBS = _ADJECTIVE_MAKERS | _GROUP_ADVERBS
_OPENERS_TO_STRIP = _OPENING_ADVERBS | _SUBORDINATORS | _CONTRASTS | _RELATIVES
_PHRASE_STOPS = _PREPOSITIONS | _NP_STOPS
_SUBORDINATORS_OR_CONTRASTS = _SUBORDINATORS | _CONTRASTS


class Token(NamedTuple):
    """A word or punctuation mark with its offsets in the sentence, and in lower case."""

    text: str
    start: int
    end: int
    lower: str


@dataclass(frozen=True)
class Clause:
    """The clause a date belongs to, split into subject, verb group and the rest.

    Attributes:
        subject: the subject as written ("" when none was found), a pronoun left as it is.
        subject_kind: where the subject came from: ``clause``, ``antecedent`` (of a relative
            pronoun), ``participle`` (the noun a participle phrase follows), ``shared`` (of a
            coordinated verb) or ``none``.
        verb: the verb group's words (``("will", "resume")``, ``("was", "born")``).
        rest: the text after the verb group to the clause's end.
        rest_start: offset of `rest` in the sentence.
        start: offset of the clause in the sentence.
        end: offset after the clause in the sentence.
        object: the noun a relative clause's verb acts on ("the law, which parliament
            adopted" -> "the law"), or "".
        reported: whether the date stood only by a verb of saying ("..., X said on Monday")
            and the clause is what was said.
    """

    subject: str
    subject_kind: str
    verb: tuple[str, ...]
    rest: str
    rest_start: int
    start: int
    end: int
    object: str = ""
    reported: bool = False


def sentences(text: str) -> list[tuple[int, int]]:
    """The sentences of a paragraph as (start, end) offsets, abbreviations kept whole."""
    spans: list[tuple[int, int]] = []
    begin = 0
    for m in _SENTENCE_END.finditer(text):
        if text[m.start()] == ".":
            last = _last_word(text, begin, m.start() + 1).rstrip(".").lower()
            if last in _ABBREVIATIONS or (len(last) == 1 and "a" <= last <= "z"):
                continue
        spans.append((begin, m.end()))
        begin = m.end()
        while begin < len(text) and text[begin].isspace():
            begin += 1
    if text[begin:].strip():
        spans.append((begin, len(text.rstrip())))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def _last_word(text: str, begin: int, end: int) -> str:
    """The run of word characters and dots that ends ``text[begin:end]`` ("U.S." in "the U.S.")."""
    start = end
    while start > begin and (text[start - 1].isalnum() or text[start - 1] in "_."):
        start -= 1
    return text[start:end]


def tokenize(sentence: str) -> list[Token]:
    """The words and punctuation marks of a sentence."""
    # Built through tuple.__new__: a hundred tokens a sentence make Token's own __new__ count.
    return [
        _new_token(Token, (m[0], m.start(), m.end(), m[0].lower()))
        for m in _TOKEN.finditer(sentence)
    ]


_new_token = tuple.__new__


@dataclass(frozen=True)
class Parsed:
    """A sentence split into tokens, with where verb groups and clauses start."""

    sentence: str
    tokens: list[Token]
    starts: list[bool]
    bounds: list[int]


def parse(sentence: str) -> Parsed:
    """Tokens, verb-group starts and clause boundaries of a sentence (once per sentence)."""
    tokens = tokenize(sentence)
    # Punctuation and capitalised words inside the sentence never start a group: most tokens
    # are told apart here without the call.
    starts = [
        (i == 0 or not t.text[0].isupper()) and t.text[0].isalnum() and _starts_group(tokens, i)
        for i, t in enumerate(tokens)
    ]
    return Parsed(sentence, tokens, starts, _boundaries(tokens, starts))


def clause_at(sentence: str | Parsed, start: int, end: int) -> Clause | None:
    """The clause that the expression at ``sentence[start:end]`` dates.

    Args:
        sentence: one sentence, or its `parse` when several dates share it.
        start: offset of the date expression in the sentence.
        end: offset after it.

    Returns:
        The `Clause`, or None when no verb governs the expression (a title, a list, a
        noun phrase standing alone).
    """
    parsed = parse(sentence) if isinstance(sentence, str) else sentence
    sentence, tokens, starts, bounds = parsed.sentence, parsed.tokens, parsed.starts, parsed.bounds
    inside = [i for i, t in enumerate(tokens) if t.start < end and t.end > start]
    if not inside:
        return None
    first, last = inside[0], inside[-1]
    gapped = _gapped(parsed, first, last)
    if gapped:
        return gapped
    lo = max((b for b in bounds if b <= first), default=0)
    hi = min((b for b in bounds if b > last), default=len(tokens))
    groups = _groups(tokens, starts, lo, hi)
    closed = _closed_relative(tokens, lo, first)
    if closed:
        # "plans to spin off its energy business, which employs 80,000 people, by 2020": the
        # relative clause closed before the date, which times the clause around it.
        relative = (lo, closed)
        lo = max((b for b in bounds if b < lo), default=0)
        groups = [
            g for g in _groups(tokens, starts, lo, hi) if not relative[0] <= g[0] < relative[1]
        ]
    before = [g for g in groups if g[1] <= first]
    after = [g for g in groups if g[0] > last]
    # A date before any verb times the main clause, not a relative clause on its subject
    # ("In January, officers who had been searching for him concluded ...").
    main = [g for g in after if tokens[g[0] - 1].lower not in _RELATIVES_OR_THAT]
    if len(main) > 1 and _reduced_subject(tokens, groups, main[0]):
        # nor a participle describing its subject ("On 4 August 2020, ammonium nitrate stored
        # in a warehouse exploded"): the verb after it
        main = main[1:]
    aside = main[0] if main and tokens[main[0][0] - 1].text == "," else None
    if aside and _participle_phrase(tokens, starts, aside[0]):
        # nor a participle phrase between commas ("5 April 2024 - The ZiG, backed by gold,
        # is launched"): the verb after its closing comma
        close = next((i for i in range(aside[1], len(tokens)) if tokens[i].text == ","), None)
        main = [g for g in main if close is not None and g[0] > close] or main
    if len(before) > 1 and _maker(tokens, before[-1]):
        # "approved a vaccine made by Vireo Biologics on Thursday": who makes a thing is no
        # happening of the day, the verb before it is
        before = before[:-1]
    group = before[-1] if before else (main or after)[0] if after else None
    if group is None:
        return None
    reported = (
        _speech_without_content(tokens, group, hi, first, last)
        and len(before) > 1
        and not _participle_phrase(tokens, starts, group[0])  # "the plan, announced in 2022,"
    )
    if reported:
        # The statement is its main clause, not a subordinate one told on the way ("has
        # delayed the launch after engineers found a fault, it announced on June 2").
        told = before[:-1]
        while len(told) > 1 and (
            _subordinate(tokens, bounds, told[-1]) or _bound_relative(tokens, told[-1])
        ):
            told = told[:-1]  # nor a relative clause on a noun ("because of hoses that crack")
        group = told[-1]
        hi = group[1] + _rest_length(tokens, group[1], first)
        main = _groups(tokens, starts, max((b for b in bounds if b < lo), default=0), lo)
        if lo > 0 and main and _subordinate(tokens, bounds, group):
            group, hi, lo = main[-1], lo, max((b for b in bounds if b < lo), default=0)
    # A relative clause on the subject ("the floods that followed rose") belongs to it.
    previous_end = max(
        (
            g[1]
            for g in groups
            if g[1] <= group[0]
            and not _bound_relative(tokens, g)
            and not _reduced_subject(tokens, groups, g)
            # nor a participle phrase set off by commas ("The market, held twice a year,")
            and not _participle_aside(tokens, starts, g, group[0])
        ),
        default=lo,
    )
    following = [g for g in groups if g[0] >= group[1] and g[0] > last]
    if (
        following
        and not _speech(tokens, group)
        and _new_clause_at(tokens, following[0][0])
        and not _complement_between(tokens, group[1], following[0][0])
    ):
        hi = following[0][0]  # "when a dam burst ... on April 29 are demanding": ends at "are"
    subject, kind = _subject(tokens, starts, bounds, lo, previous_end, group[0])
    if kind == "clause" and _reduced_subject(tokens, groups, group):
        kind, hi = "participle", min(g[0] for g in groups if g[0] >= group[1])
    elif kind == "clause" and group[0] > lo:
        inner = next((g for g in groups if lo <= g[0] < group[0]), None)
        between = inner and any(inner[1] <= g[0] < group[0] for g in groups)
        if (
            inner
            and not between  # "Data released on Monday showed prices rose": the prices rose
            and _reduced_subject(tokens, groups, inner)
            and _dated(tokens, inner[1], group[0])
        ):
            # "Protesters arrested on Monday were released": the date is the arrest's
            subject = _noun_phrase_before(tokens, inner[0]) or subject
    # "Organised by IKSV, this year's festival brings": a date after the opening phrase's
    # comma is the main clause's
    closed = any(tokens[k].text == "," for k in range(group[1], first))
    if (
        kind == "none"
        and is_past(tokens[group[1] - 1].lower)
        and after
        and group[0] == 0
        and not closed
    ):
        # "Born in 1961, she became ...": the participle opening the sentence is about the
        # main clause's subject and the date is its own
        main_end = max((g[1] for g in groups if g[1] <= after[0][0]), default=lo)
        subject, _ = _subject(tokens, starts, bounds, lo, main_end, after[0][0])
        kind = "participle" if subject else kind
        hi = next((i for i in range(group[1], hi) if tokens[i].text == ","), hi)
    elif kind == "none" and is_past(tokens[group[1] - 1].lower) and after:
        # "In a statement released on Monday, the ministry condemned ...": the main clause
        group, hi = after[0], min((b for b in bounds if b > after[0][0]), default=len(tokens))
        previous_end = max((g[1] for g in groups if g[1] <= group[0]), default=lo)
        subject, kind = _subject(tokens, starts, bounds, lo, previous_end, group[0])
    obj = ""
    that = _subject_opened(tokens, previous_end, group[0]) if kind == "clause" else 0
    if that and tokens[that].lower != "whether" and _lacks_object(tokens, group):
        # "the N70,000 that Tinubu signed into law": what was signed is the N70,000
        obj = _object_of_relative(parsed, that)
        obj = re.sub(r"^(?:The|A|An|This|That|Its|Their)\b", lambda m: m[0].lower(), obj)
    if kind == "object":  # "the law, which parliament adopted": the law is what it adopted
        obj, kind = _noun_phrase_before(tokens, lo - 1), "clause"
        obj = re.sub(r"^(?:The|A|An|This|That|Its|Their)\b", lambda m: m[0].lower(), obj)
    if kind == "participle":  # "The plant, built in 2019, will ...": the clause ends at the comma
        hi = next((i for i in range(group[1], hi) if tokens[i].text == ","), hi)
    rest_tokens = tokens[group[1] : hi]
    rest_start = rest_tokens[0].start if rest_tokens else tokens[group[1] - 1].end
    rest_end = rest_tokens[-1].end if rest_tokens else rest_start
    return Clause(
        subject=subject,
        subject_kind=kind,
        # a verb opening the sentence is written with a capital only for that reason
        verb=tuple(tokens[k].lower if k == 0 else tokens[k].text for k in range(*group)),
        rest=sentence[rest_start:rest_end],
        rest_start=rest_start,
        start=tokens[lo].start,
        end=tokens[hi - 1].end,
        object=obj,
        reported=reported,
    )


def _agent_participle(tokens: list[Token], i: int) -> bool:
    """Whether token `i` is a past participle after a noun with its agent after it ("a
    vaccine made by Vireo")."""
    return (
        i + 1 < len(tokens)
        and tokens[i + 1].lower == "by"
        and is_participle(tokens[i].lower)
        and tokens[i - 1].text[0].isalnum()
        and tokens[i - 1].lower not in AUXILIARIES
        and tokens[i - 1].lower not in _ADVERBIAL_OPENERS  # "as laid down by": no noun
    )


def _maker(tokens: list[Token], group: tuple[int, int]) -> bool:
    """Whether a verb group is a lone participle naming who makes or owns a thing ("a
    vaccine made by Vireo", "a plant owned by the state")."""
    i, j = group
    return (
        j - i == 1
        and tokens[i].lower in _MAKING
        and j < len(tokens)
        and tokens[j].lower == "by"
        and i > 0
        and tokens[i - 1].text[0].isalnum()
    )


#: Participles that tell who makes, runs or owns a thing: a lasting fact, not a happening.
_MAKING = frozenset(
    "made produced manufactured developed designed built owned operated run".split()  # noqa: SIM905
)


def _gapped(parsed: Parsed, first: int, last: int) -> Clause | None:
    """The clause of a date whose verb was left out after "and" because it is the verb of the
    dated clause before ("opens in May and the second plant in September", "... freed at the
    end of next week, and the remaining six by the end of the month"), or None."""
    tokens, starts = parsed.tokens, parsed.starts
    joined = next((k for k in range(first - 1, 0, -1) if tokens[k].lower == "and"), 0)
    words = tokens[joined + 1 : first]
    if words and words[-1].lower in _PREPOSITIONS:
        words = words[:-1]  # "by (the end of the month)"
    if (
        not joined
        or not 1 <= len(words) <= 5
        or not (words[0].lower in _DETERMINERS or words[0].text[0].isupper())
        or any(t.text[0] in _GAP_STOPS or t.text[0].isdigit() for t in words)
        or any(starts[joined + 1 : first])
        or _dated(tokens, joined + 1, joined + 1 + len(words))
    ):
        return None
    close = next((k for k in range(last + 1, len(tokens)) if tokens[k].text in ",.;"), len(tokens))
    before = joined - (tokens[joined - 1].text == ",")
    if any(starts[last + 1 : close]) or not _dated(tokens, before - 3, before):
        return None  # the clause before ends in a date of its own: the two are parallel
    prior = clause_at(parsed, tokens[before - 1].start, tokens[before - 1].end)
    if prior is None or prior.reported or prior.end < tokens[before - 1].end:
        return None
    # Only a verb whose rest is its date alone leaves its subject to the gap ("will open in
    # May and the second in September"); after an object or a place the noun stands for
    # that ("launch a probe in 2027 and a lander in 2028", "moves to Batumi on Dec 6 and
    # Yerevan on Dec 9").
    r = next(k for k, t in enumerate(tokens) if t.start >= prior.rest_start)
    r += tokens[r].lower in _PREPOSITIONS
    if not all(_time_word(t) for t in tokens[r:before]):
        return None
    rest_start = tokens[joined + 1 + len(words)].start
    subject = _text(words)
    if words[-1].lower in _ORDINAL_WORDS and prior.subject:
        subject += " " + prior.subject.rsplit(" ", 1)[-1]  # "the first plant ... the second"
    return Clause(
        subject=subject,
        subject_kind="clause",
        verb=prior.verb,
        rest=parsed.sentence[rest_start : tokens[close - 1].end],
        rest_start=rest_start,
        start=tokens[joined + 1].start,
        end=tokens[close - 1].end,
        object="",
        reported=False,
    )


def _time_word(token: Token) -> bool:
    """Whether a token can be part of a date phrase ("the end of next week", "Dec. 6")."""
    word = token.lower
    return (
        word in (".", ",")  # "Dec. 6", "June 4, 2025"
        or word in _TIME_MODIFIERS
        or word in _TIME_NOUNS
        or word in _PHASE_WORDS
        or token.text[0].isdigit()
        or _dated([token], 0, 1)
        or word in _MONTH_ABBREVIATIONS
    )


#: Words for a part of a period in a date phrase ("the end of the month").
_PHASE_WORDS = frozenset({"end", "start", "beginning", "middle", "half", "mid", "close"})
#: Month names as news agencies shorten them ("Dec 6", "Nov. 19").
_MONTH_ABBREVIATIONS = frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()  # noqa: SIM905
)
#: Marks that end a noun phrase standing for a gapped clause's subject.
_GAP_STOPS = frozenset(',;:()"“”')


def _subordinate(tokens: list[Token], bounds: list[int], group: tuple[int, int]) -> bool:
    """Whether a verb group's clause opens with a subordinating word ("after engineers found")."""
    lo = max((b for b in bounds if b <= group[0]), default=0)
    return tokens[lo].lower in _CLAUSE_SUBORDINATORS


def _closed_relative(tokens: list[Token], lo: int, first: int) -> int:
    """The closing comma of a relative clause set off by commas that opens at token `lo` and
    ends before token `first` (", which employs 80,000 people, by 2020"), or 0."""
    if lo < 2 or tokens[lo].lower not in ("which", "who") or tokens[lo - 1].text != ",":
        return 0
    return next((k for k in range(lo + 2, first) if tokens[k].text == ","), 0)


def _bound_relative(tokens: list[Token], group: tuple[int, int]) -> bool:
    """Whether a verb group is that of a relative clause bound to the noun before it, with no
    comma ("the floods that followed", "people who live")."""
    at = group[0]
    if at > 2 and tokens[at - 1].lower in _GROUP_ADVERBS:
        at -= 1  # "the pipeline that now carries"
    return (
        at > 1 and tokens[at - 1].lower in ("that", "who", "which") and tokens[at - 2].text != ","
    )


def _participle_aside(
    tokens: list[Token], starts: list[bool], g: tuple[int, int], verb: int
) -> bool:
    """Whether a lone participle opens a phrase between commas before the verb at `verb`
    ("The market, held twice a year, returns"): it describes the noun before it."""
    return (
        g[1] - g[0] == 1
        and tokens[g[0] - 1].text == ","
        and tokens[verb - 1].text == ","
        and base_form(tokens[g[0]].lower) not in _SPEECH_VERBS
        and not any(t.text == "," for t in tokens[g[1] : verb - 1])
        and _participle_phrase(tokens, starts, g[0])
    )


def _reduced_subject(
    tokens: list[Token], groups: list[tuple[int, int]], g: tuple[int, int]
) -> bool:
    """Whether a lone past participle after the subject's noun describes it, the sentence's
    verb following in the same clause ("Protesters arrested on Monday were released", "A law
    passed in March will take effect", "Economists surveyed last week expect")."""
    i, j = g
    if j - i != 1 or i < 1 or not is_past(tokens[i].lower) or j >= len(tokens):
        return False
    noun = tokens[i - 1]
    if not _is_word(noun) or noun.lower in _NOT_NOUNS:
        return False
    if _subject_opened(tokens, 0, i):
        return False  # "The plan that the cabinet approved in March will": a relative clause
    if base_form(tokens[i].lower) in _SPEECH_VERBS or tokens[j].lower not in _AFTER_PARTICIPLE:
        return False  # "Officials said on Monday the bridge was closed": what was said
    following = next((h for h in groups if h[0] >= j), None)
    k = following[0] if following else None
    if k is None or tokens[k].lower in ("'s", "’s"):
        return False
    if following and following[1] - k == 1 and _followed_by(tokens, k, "by"):
        return False  # "gathered ... for a summit hosted by Putin": no finite verb follows
    stops = _NP_STOPS | _SUBORDINATORS | _PRONOUNS | _QUOTES | {",", ";", ":", "(", "—", "–"}
    for n in range(j, k):
        word = tokens[n].lower
        if word in stops:
            return False
        if word in _DETERMINERS and tokens[n - 1].lower not in _PREPOSITIONS:
            return False  # "decided on Monday the plant would close": a new subject
    return True


def _dated(tokens: list[Token], begin: int, end: int) -> bool:
    """Whether the tokens from `begin` to `end` hold a date word."""
    return any(
        t.lower in _TIME_WORDS
        or t.text[0].isdigit()
        or (t.text[0].isupper() and t.lower in _DATE_NAMES)
        for t in tokens[begin:end]
    )


#: Month and weekday names, which make a capitalised word a date rather than a name.
_DATE_NAMES = frozenset(MONTHS) | frozenset(WEEKDAYS)
#: Words that open a time phrase without a preposition ("last week", "this year").
_TIME_DETERMINERS = frozenset({"last", "this", "next", "every"})
#: Words that make a phrase a time ("surveyed last week", "arrested yesterday").
_TIME_WORDS = frozenset({"yesterday", "today", "tonight", "week", "month", "year", "weekend"})
#: Words that open or qualify a time phrase ("last", "earlier this", "the same", "two ... later").
_TIME_MODIFIERS = frozenset(
    "last next this that the same early earlier late later of previous following ago a "  # noqa: SIM905
    "one two three four five six seven eight nine ten few several".split()
)
#: The nouns a time phrase names ("The same day", "Two days later", "Last June").
_TIME_NOUNS = _TIME_WORDS | frozenset(
    "day days morning afternoon evening night weeks months years decade hours".split()  # noqa: SIM905
)


def _speech(tokens: list[Token], group: tuple[int, int]) -> bool:
    """Whether a verb group is a verb of saying or thinking, whose object is a clause."""
    base = base_form(tokens[group[1] - 1].lower) or ""
    return base in _SPEECH_VERBS


def _new_clause_at(tokens: list[Token], i: int) -> bool:
    """Whether the verb group at token `i` belongs to a clause of its own, not to a complement."""
    before = tokens[i - 1].lower if i > 0 else ""
    return before not in _CLAUSE_LINKS


def _complement_between(tokens: list[Token], begin: int, end: int) -> bool:
    """Whether a complement clause opens between two verb groups, so the second belongs to
    the first's object ("will decide next week whether X may travel abroad")."""
    return any(tokens[k].lower in _COMPLEMENTIZERS for k in range(begin, end))


def _rest_length(tokens: list[Token], begin: int, stop: int) -> int:
    """How many tokens after `begin` come before the comma that precedes token `stop`."""
    commas = [i for i in range(begin, stop) if tokens[i].text == ","]
    return (commas[-1] if commas else stop) - begin


def _speech_without_content(
    tokens: list[Token], group: tuple[int, int], hi: int, first: int, last: int
) -> bool:
    """Whether the verb is "said" with only the date after it ("..., X said on Monday")."""
    words = [t.lower for t in tokens[group[0] : group[1]]]
    if base_form(words[-1]) not in _SPEECH_VERBS:
        return False
    commas = [i for i in range(last + 1, hi) if tokens[i].text == ","]
    stop = commas[0] if commas else hi  # "..., the company said on Monday, adding ..."
    trailing = [
        t for i, t in enumerate(tokens[group[1] : stop], group[1]) if not first <= i <= last
    ]
    if any(t.lower in _MEDIA for t in trailing):  # "said in a statement on Monday"
        trailing = [t for t in trailing if t.lower not in _MEDIA_WORDS]
    trailing = _without_place_names(trailing)  # "said in Seoul on Monday": where, not what
    return all(not t.text[0].isalnum() or t.lower in _PREPOSITIONS for t in trailing)


def _without_place_names(tokens: list[Token]) -> list[Token]:
    """The tokens less the capitalised names right after "in", "at" or "from" ("in Seoul")."""
    kept: list[Token] = []
    for token in tokens:
        named = token.text[0].isupper() and kept and kept[-1].lower in _PLACE_PREPOSITIONS
        if not named:
            kept.append(token)
    return kept


#: Prepositions of where something was said.
_PLACE_PREPOSITIONS = frozenset({"in", "at", "from"})
#: What a statement comes in, so that "said in a statement" says no more than "said".
_MEDIA = frozenset(
    "statement interview post posts letter email tweet note filing release video broadcast "  # noqa: SIM905
    "message".split()
)
#: Words of a phrase naming the medium of a statement ("in a written statement").
_MEDIA_WORDS = (
    _MEDIA
    | _DETERMINERS
    | frozenset(
        "written joint separate brief short televised video radio newspaper emailed "  # noqa: SIM905
        "telephone phone television online".split()
    )
)


def _is_word(token: Token) -> bool:
    """Whether a token is a word (not punctuation)."""
    return token.text[0].isalnum()


def _starts_group(tokens: list[Token], i: int) -> bool:
    """Whether a verb group can start at token `i`."""
    token = tokens[i]
    word = token.lower
    if not _is_word(token) or (token.text[0].isupper() and i > 0):
        return False  # "in May", "Will Smith": a capital inside a sentence is a name
    if word in AUXILIARIES:
        return word not in ("'s", "’s") or (i + 1 < len(tokens) and is_past(tokens[i + 1].lower))
    previous = tokens[i - 1].lower if i > 0 else ""
    # "that" before a verb form is a relative pronoun ("fires that tore through"), not "that one"
    relative_that = previous == "that" and (is_past(word) or is_present_third(word))
    # "the pipeline that (now) carries Vaca Muerta gas": a relative clause's verb and its object
    that_at = i - 2 if previous in _GROUP_ADVERBS else i - 1
    relative_verb = (
        that_at > 0
        and tokens[that_at].lower == "that"
        and is_present_third(word)
        and _object_opens(tokens, i + 1)
    )
    if relative_verb:
        return True
    if (previous in _DETERMINERS and not relative_that) or previous.endswith(("'s", "’s")):
        return False
    if previous == "to":
        return False
    if is_past(word):
        if previous in ("them", "him", "us", "me") and tokens[i - 1].text.islower():
            return False  # "left them unchanged": a complement, not a verb
        if _complement_of_order(tokens, i):
            return False  # "ordered Aydın held in detention": what was ordered, not a verb
        if "-" in previous and i > 1 and tokens[i - 2].lower in _POSSESSIVES:
            return False  # "cut its full-year forecast": a noun its modifier qualifies
        before = tokens[i - 2].lower if i > 1 else ""
        # "the votes cast": a participle; but "the floods that followed rose", "the United
        # States took" and "Chinese exports grew": the verb
        subject_before = (
            is_present_third(previous)
            and _noun_here(tokens, i - 1)
            and not _in_phrase(tokens, i - 1)
            and not _noun_here(tokens, i)
        )
        relative_before = i > 1 and tokens[i - 2].lower in ("that", "which", "who")
        after_verb = (
            i > 0
            and _finite_verb(tokens[i - 1])
            and tokens[i - 1].text[0].islower()
            and not relative_before
            and not subject_before
            # "Two of the injured died": "the injured" is a noun
            and not (before in _DETERMINERS and is_past(previous))
        )
        # "to publish revised forecasts", "will release updated figures": the object's
        # adjective (but "to have finished", "will be delayed", "to get married": a verb)
        after_base = (
            before in _TO_BASE
            and base_form(previous) == previous
            and previous not in AUXILIARIES
            and previous not in _LINKING_BASES
        )
        # "its (second) domestically built satellite": an adverb and participle after a
        # determiner, perhaps with an ordinal between them, qualify the noun
        opener = tokens[i - 3].lower if before in _ORDINAL_WORDS and i > 2 else before
        return not (
            (previous.endswith("ly") and opener in _DETERMINERS)
            or after_base
            or (previous in _ADJECTIVE_MAKERS and before != ",")  # not ", first announced in"
            or previous in _PREPOSITIONS
            or after_verb
        )
    if is_present_third(word):
        # "to discuss changes", "will review costs": the object of a verb's base form
        after_base = i > 1 and base_form(previous) == previous and tokens[i - 2].lower in _TO_BASE
        # "for new issues", "of fresh talks": a plural after an adjective of novelty or degree
        # after a preposition is a noun
        described = previous in _NOUN_ADJECTIVES and i > 1 and tokens[i - 2].lower in _PREPOSITIONS
        return (
            not after_base
            and not described
            and previous not in _PREPOSITIONS_OR_COUNTERS
            and not previous[:1].isdigit()  # "549,000 marks", "20 seats"
            and not _object_of_verb_before(tokens, i)
            and not _compound_in_object(tokens, i)
            and not _noun_here(tokens, i)
            and not _list_member(tokens, i)
        )
    if base_form(word) != word:
        return False
    if previous in _PRONOUNS or (previous in ("which", "who") and i > 1):
        return True  # "they meet", "the rights, which expire Nov. 21"
    if _team_then_object(tokens, i):
        return True
    if _two_names_before(tokens, i):
        return True  # "Sisi and Abiy meet in Nairobi": two names are one plural subject
    if previous == "," and _plural_before_relative(tokens, i - 1):
        return True  # "The new fares, which raise the price to 42 lira, take effect"
    # "both governments aim", "Economists (now) expect": a plural noun, then a verb's base form
    if previous in _GROUP_ADVERBS and i > 1:
        i, previous = i - 1, tokens[i - 2].lower
        if previous in _PRONOUNS:
            return True  # "we now aim", "they also expect"
    plural = previous.endswith("s") and previous not in _NOT_PLURALS and not previous.endswith("ss")
    following = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    return (
        plural
        and _is_word(tokens[i - 1])
        and following not in ("of", ",", ".")
        and not _object_of_base_before(tokens, i - 1)
    )


def _list_member(tokens: list[Token], i: int) -> bool:
    """Whether an -s word between a plural after a comma and "and" or "or" is one noun of a
    list ("shut down ferries, trains and public services"), not a verb ("trains and hires")."""
    if i < 2 or i + 2 >= len(tokens) or tokens[i - 1].text != ",":
        return False
    before, after = tokens[i - 2], tokens[i + 1].lower
    plural = (
        before.text.islower() and before.lower.endswith("s") and not before.lower.endswith("ss")
    )
    return (
        plural
        and not is_present_third(before.lower)
        and after in _COORDINATORS
        and not is_present_third(tokens[i + 2].lower)
    )


def _complement_of_order(tokens: list[Token], i: int) -> bool:
    """Whether the past participle at token `i` completes the short object of a verb of
    ordering or declaring ("ordered Aydın held", "declared the two men elected") in a main
    clause."""
    for k in range(i - 2, max(-1, i - 5), -1):
        if tokens[k].lower in _ORDERING:
            between = tokens[k + 1 : i]
            # "the chief who ordered the raid resigned": the relative clause ends, "resigned"
            # is the main verb
            relative = k > 0 and tokens[k - 1].lower in _RELATIVES_OR_THAT
            return not relative and all(_is_word(t) and not _finite_verb(t) for t in between)
        if not _is_word(tokens[k]):
            return False
    return False


#: Verbs whose object a past participle completes ("ordered him held", "wants it done").
_ORDERING = frozenset({"ordered", "orders", "order", "declared", "declares", "wants", "wanted"})


def _object_opens(tokens: list[Token], i: int) -> bool:
    """Whether an object noun phrase opens at token `i`: a name, a number or a determiner."""
    if i >= len(tokens) or not _is_word(tokens[i]):
        return False
    token = tokens[i]
    return token.text[0].isupper() or token.text[0].isdigit() or token.lower in _DETERMINERS


def _object_of_base_before(tokens: list[Token], i: int) -> bool:
    """Whether the plural at token `i` opens a compound noun in the object of a verb's base
    form ("will present the savings plan", "to review the jobs plan"): no subject of its own.
    A verb of saying or thinking may take a clause instead ("will say the workers plan")."""
    if i < 3 or tokens[i - 1].lower not in _DETERMINERS:
        return False
    verb, before = tokens[i - 2].lower, tokens[i - 3].lower
    return before in _TO_BASE and base_form(verb) == verb and verb not in _SPEECH_VERBS


def _two_names_before(tokens: list[Token], i: int) -> bool:
    """Whether two capitalised names joined by "and" stand right before token `i`."""
    return (
        i > 2
        and tokens[i - 2].lower == "and"
        and all(_is_word(tokens[k]) and tokens[k].text[0].isupper() for k in (i - 3, i - 1))
    )


def _team_then_object(tokens: list[Token], i: int) -> bool:
    """Whether a verb's base form follows a team written as one ("England face the United
    States", "Southgate's side meet Wales"), its object a name or a noun with its article."""
    if i < 1 or i + 1 >= len(tokens):
        return False
    before, after = tokens[i - 1], tokens[i + 1]
    if before.text == ",":  # "Racing, who last won a title in 1988, face Independiente"
        before = _name_before_relative(tokens, i - 1) or before
    team = before.lower in _TEAMS or (
        before.text[0].isupper() and before.text.isalpha() and before.lower not in _FUNCTION_CAPS
    )
    if after.lower in ("on", "against") and i + 2 < len(tokens):
        after = tokens[i + 2]  # "Bangladesh take on Pakistan": a phrasal verb's object
        if after.lower in _NOT_NAMES:
            return False  # "Bangladesh arrive on Monday": a date, no object
    named_object = after.text[0].isupper() and after.text.isalpha()
    return team and (named_object or after.lower in ("the", "their", "a"))


def _name_before_relative(tokens: list[Token], comma: int) -> Token | None:
    """The name a relative clause set off by commas describes, when `comma` closes it
    ("Racing, who last won in 1988,"), or None."""
    opener = next((k for k in range(comma - 1, 0, -1) if tokens[k].text == ","), 0)
    if opener < 1 or opener + 1 >= comma or tokens[opener + 1].lower not in ("who", "which"):
        return None
    name = tokens[opener - 1]
    return name if name.text[0].isupper() and name.text.isalpha() else None


def _plural_before_relative(tokens: list[Token], comma: int) -> bool:
    """Whether `comma` closes a relative clause set off by commas on a plural noun ("The new
    fares, which raise the price,"), so a verb's base form after it is the noun's verb."""
    opener = next((k for k in range(comma - 1, 0, -1) if tokens[k].text == ","), 0)
    if opener < 1 or opener + 1 >= comma or tokens[opener + 1].lower not in ("who", "which"):
        return False
    noun = tokens[opener - 1]
    word = noun.lower
    return (
        noun.text.isalpha()
        and noun.text.islower()
        and word.endswith("s")
        and not word.endswith("ss")
        and word not in _NOT_PLURALS
    )


#: Words for a team that take a plural verb in sports reports.
_TEAMS = frozenset({"side", "team", "squad"})
#: Capitalised words that open a sentence without naming anything ("The", "In").
_FUNCTION_CAPS = _DETERMINERS | _PREPOSITIONS | _PRONOUNS | _SUBORDINATORS | {"but", "and"}


def _object_of_verb_before(tokens: list[Token], i: int) -> bool:
    """Whether an -s word ends the object of a finite verb a few words before it ("presented
    state awards", "introduces bond notes", "raised rates"); a time word between them leaves
    it a verb ("data released today shows"), and a verb of saying takes a clause ("said the
    government plans", "says talks")."""
    k = i - 1
    while k > 0 and k >= i - 5:
        verb = tokens[k]
        if verb.text.islower() and _finite_verb(verb) and _starts_group(tokens, k):
            return base_form(verb.lower) not in _SPEECH_VERBS or (
                k == i - 2 and is_past(verb.lower)
            )
        if _infinitive(tokens, k):
            # "to publish growth forecasts", "will raise interest rates": its object too
            return base_form(verb.lower) not in _SPEECH_VERBS
        if k == i - 5 or not _plain_object_word(verb, k == i - 1):
            return False
        k -= 1
    return False


def _infinitive(tokens: list[Token], k: int) -> bool:
    """Whether token `k` is a base verb after "to" or a modal ("to publish", "will raise")."""
    word = tokens[k].lower
    return (
        k > 0
        and tokens[k].text.islower()
        and tokens[k - 1].lower in _TO_BASE
        and base_form(word) == word
        and word not in AUXILIARIES
    )


def _plain_object_word(token: Token, last: bool) -> bool:
    """Whether a word can stand inside an object noun phrase before its head: a plain
    lower-case word, or further back a determiner or a name."""
    word = token.lower
    if not last and token.text[0].isupper() and token.text.isalnum():
        return True  # "adopted its ReFuelEU aviation rules": a name qualifying the head
    if not (token.text.isalpha() and token.text.islower()) or word.endswith("ly"):
        return False
    if word in _DETERMINERS:
        return not last
    return (
        word not in _NOT_OBJECT_WORDS
        and word not in AUXILIARIES
        and word not in ("yesterday", "tonight", "tomorrow")
    )


def _compound_in_object(tokens: list[Token], i: int) -> bool:
    """Whether an -s word closes a compound noun after "of" in the object of a verb in the
    past or an infinitive ("approved a package of tax increases", "to push for an extension
    of production cuts"), not a verb of its own ("the price of oil rises")."""
    if i < 3 or not tokens[i - 1].text.isalpha() or not tokens[i - 1].text.islower():
        return False
    # "of tax increases", "of voluntary production cuts": a modifier may stand between
    of_at = i - 2 if tokens[i - 2].lower == "of" else i - 3
    if of_at < 1 or tokens[of_at].lower != "of" or not tokens[of_at + 1].text.islower():
        return False
    for k in range(of_at - 1, -1, -1):
        word = tokens[k].lower
        if word == "to" and k + 1 < of_at and base_form(tokens[k + 1].lower) == tokens[k + 1].lower:
            return True  # "to push for an extension of production cuts": its object
        if word in _NP_STOPS | _SUBORDINATORS | {",", ";", ":"}:
            return False
        if tokens[k].text.islower() and is_past(word) and _starts_group(tokens, k):
            return True
    return False


def _noun_here(tokens: list[Token], i: int) -> bool:
    """Whether an -s word that could be a verb is a plural noun here: a modal follows it
    ("member states will"), or a finite verb comes later in the same stretch of the clause
    ("Similar protests in August left")."""
    if i + 1 < len(tokens) and tokens[i + 1].lower in ("the", "a", "an"):
        return False  # "says the plant will": a verb and its object's article
    if i > 0 and tokens[i - 1].lower in ("he", "she", "it"):
        return False  # "He faces": a verb
    previous = ""
    for k, token in enumerate(tokens[i + 1 : i + 12], i + 1):
        word = token.lower
        if word in (",", ";", ":", "that", "which", "who", "and", "but", "or", '"', "“", "”"):
            return False
        if word in _SUBORDINATORS_OR_CONTRASTS:
            return False  # "faces prison when he is sentenced": the verb is the other clause's
        if word in AUXILIARIES and word not in ("'s", "’s") and token.text[0].islower():
            return True
        # "prepares to cut duties": "cut" after "to" is no past form, nor is "an estimated"
        finite = (
            token.text[0].islower()
            and is_past(word)
            and previous != "to"
            and previous not in _DETERMINERS
            and not _infinitive(tokens, k - 1)  # "to publish revised forecasts": an adjective
        )
        if finite and word not in _PARTICIPLE_AFTER_NOUN:
            return True
        previous = word
    return False


def _in_phrase(tokens: list[Token], i: int) -> bool:
    """Whether token `i` sits in a prepositional phrase ("of the votes"), so it is no subject."""
    before = [t.lower for t in tokens[max(0, i - 3) : i]]
    while before and (before[-1] in _DETERMINERS or not before[-1].isalpha()):
        before.pop()
    return bool(before) and before[-1] in _PREPOSITIONS


def _finite_verb(token: Token) -> bool:
    """Whether a token is a finite main verb form ("increases", "opened"), not an auxiliary."""
    return token.lower not in AUXILIARIES and (
        is_present_third(token.lower) or is_past(token.lower)
    )


def _groups(tokens: list[Token], starts: list[bool], lo: int, hi: int) -> list[tuple[int, int]]:
    """The verb groups between tokens `lo` and `hi`, as [start, end) token ranges."""
    groups: list[tuple[int, int]] = []
    i = lo
    while i < hi:
        if starts[i]:
            j = _extend(tokens, i, hi)
            groups.append((i, j))
            i = j
        else:
            i += 1
    return groups


def _extend(tokens: list[Token], i: int, hi: int) -> int:
    """The end of the verb group that starts at token `i`."""
    j = i + 1
    while j < hi:
        token, previous = tokens[j], tokens[j - 1].lower
        word = token.lower
        if not _is_word(token) or token.text[0].isupper():
            break
        adverb = word in _GROUP_ADVERBS or (word.endswith("ly") and len(word) > 4)
        modal = previous in MODALS and word.isalpha() and word not in _DETERMINERS_OR_PREPOSITIONS
        helper = (
            modal
            or previous in _AUXILIARIES_OR_TO
            or (previous in _GROUP_ADVERBS and j >= 2 and tokens[j - 2].lower in AUXILIARIES)
        )
        after_auxiliary = modal or (
            helper and (is_past(word) or _verb_like(word) or word in SCHEDULE_WORDS)
        )
        infinitive = (
            word == "to" and j + 1 < hi and _verb_like(tokens[j + 1].lower) and _controls(previous)
        )
        particle = word in _PARTICLES and j == i + 1
        after_adverb = is_past(word) and previous in _GROUP_ADVERBS
        if not (
            word in AUXILIARIES
            or adverb
            or after_auxiliary
            or infinitive
            or particle
            or after_adverb
        ):
            break
        j += 1
    while j - 1 > i and (tokens[j - 1].lower in _GROUP_ADVERBS or tokens[j - 1].lower == "to"):
        j -= 1  # a group ends on a verb, not on "not" or a dangling "to"
    return j


def _verb_like(word: str) -> bool:
    """Whether a word can be a verb after an auxiliary or "to" (base, participle, -ing)."""
    if word.endswith("ing") and len(word) > 5:
        return True
    return base_form(word) is not None


def _controls(word: str) -> bool:
    """Whether a verb form takes a "to" infinitive in the same group ("plans to", "set to")."""
    if word in SCHEDULE_WORDS:
        return True
    base = base_form(word) or ing_base(word)
    return base in _CONTROL_VERBS


def ing_base(word: str) -> str | None:
    """The base of an ``-ing`` form (``planning`` -> ``plan``), or None."""
    if not word.endswith("ing") or len(word) < 5:
        return None
    return base_form(word[:-3] + "ed")


def _boundaries(tokens: list[Token], starts: list[bool]) -> list[int]:
    """Token indices where a new clause starts."""
    bounds: list[int] = []
    last = 0
    in_relative = False
    depth = 0  # inside parentheses ("(IDX: SHEN)", "(or "the Company"; ...)") no clause starts
    for b in range(1, len(tokens)):
        word, previous = tokens[b].lower, tokens[b - 1].text
        depth += (previous == "(") - (previous == ")" and depth > 0)
        if depth:
            continue
        # Only a coordinator or a subordinator asks whether a verb came before or comes soon.
        has_verb = (word in _COORDINATORS or word in _SUBORDINATORS) and any(starts[last:b])
        # A subordinate clause's subject may be a long noun phrase with a date in it ("after
        # Kosovo's election commission on Monday confirmed"); a coordinated verb comes soon.
        reach = 11 if word in _SUBORDINATORS else 6
        soon = (
            next((k for k in range(b + 1, min(b + reach, len(tokens))) if starts[k]), 0)
            if has_verb
            else 0
        )
        verb_soon = (
            has_verb
            and soon > 0
            and "," not in [t.text for t in tokens[b + 1 : max(b + 4, soon)]]
            # "after a shooting that killed a boy": that verb is the relative clause's
            and not any(t.lower in _RELATIVES_OR_THAT for t in tokens[b + 1 : soon])
            # "to Al Maktoum and Muscat on Tuesday and cancelled": that verb has its own "and"
            and not (soon - 1 > b and tokens[soon - 1].lower in _COORDINATORS)
            # "a flu and Covid-19 vaccine made by Vireo": a participle on the noun, no clause
            and not (word == "and" and soon > b + 1 and _agent_participle(tokens, soon))
        )
        new = (
            previous == ";"
            or (previous == ":" and tokens[b].start > tokens[b - 1].end)  # not "4:10"
            or (previous in _DASHES and tokens[b - 1].start > 0 and _spaced_dash(tokens, b - 1))
            or (
                previous in _QUOTES
                and _quote_edge(tokens, b - 1)
                and not _quoted_fragment(tokens, starts, b - 1)
            )
            or (
                tokens[b].text in _QUOTES
                and _quote_edge(tokens, b)
                and not _quoted_fragment(tokens, starts, b)
            )
            or (word in _RELATIVES and previous == ",")
            or _prepositional_relative(tokens, b)
            or (word == "where" and _clause_follows(tokens, starts, b))
            or (word in _CONTRASTS and not _followed_by(tokens, b, "of"))  # not "because of"
            or (
                word in _COORDINATORS
                and has_verb
                and (verb_soon or previous == ",")
                and not _closes_name_list(tokens, b)
            )
            or (in_relative and previous == "," and starts[b])
            or (
                word in _SUBORDINATORS
                and has_verb
                and verb_soon
                and starts[b + 1 : b + 2] != [True]
                # "since 1966 and lost": a preposition before a year, not a clause
                and not (b + 1 < len(tokens) and tokens[b + 1].text.isdigit())
                # "hit before dawn on Monday": a time of day, not a clause's subject
                and not (b + 1 < len(tokens) and tokens[b + 1].lower in _TIMES_OF_DAY)
                # "as many as 1.7 million", "as early as June": a measure, not a clause
                and not (word == "as" and _measure_as(tokens, b))
            )
        )
        if new:
            bounds.append(b)
            last = b
            resumed = in_relative and previous == "," and starts[b]
            opens = (word in _RELATIVES and previous == ",") or _prepositional_relative(tokens, b)
            in_relative = opens or (in_relative and not resumed)
    return bounds


def _prepositional_relative(tokens: list[Token], b: int) -> bool:
    """Whether token `b` is a preposition opening a relative clause after a comma ("the
    meeting, at which two members argued,", "the hearing, during which")."""
    return (
        tokens[b].lower in _PREPOSITIONS
        and tokens[b - 1].text == ","
        and b + 1 < len(tokens)
        and tokens[b + 1].lower in ("which", "whom", "whose")
    )


#: Times of day a subordinator governs as a preposition ("before dawn", "after midnight").
_TIMES_OF_DAY = frozenset(
    "dawn daybreak sunrise noon midday dusk sunset nightfall midnight lunch dark".split()  # noqa: SIM905
)


def _clause_follows(tokens: list[Token], starts: list[bool], b: int) -> bool:
    """Whether a subject and its verb follow token `b` before any comma ("the site where the
    service came off the rails"): a clause of its own, with its own dates."""
    for k in range(b + 1, min(b + 9, len(tokens))):
        if tokens[k].text == ",":
            return False
        if starts[k]:
            return k > b + 1
    return False


def _closes_name_list(tokens: list[Token], b: int) -> bool:
    """Whether the "and" at token `b` joins the last of a list of names ("the Commission for
    Conciliation, Mediation and Arbitration"), not two clauses."""
    if b < 3 or b + 1 >= len(tokens):
        return False
    if _two_names_then_plural(tokens, b):
        return True
    named = [tokens[b - 1], tokens[b - 3], tokens[b + 1]]
    return tokens[b - 2].text == "," and all(
        t.text[0].isupper() and t.text.isalpha() and t.lower not in _FUNCTION_CAPS for t in named
    )


def _two_names_then_plural(tokens: list[Token], b: int) -> bool:
    """Whether the "and" at token `b` joins two names that a plural verb follows ("at which
    Saudi Arabia and Russia are expected"): one subject, not two clauses."""
    k = b + 1
    while k < len(tokens) and tokens[k].text[0].isupper() and tokens[k].text.isalpha():
        k += 1
    named = tokens[b - 1].text[0].isupper() and tokens[b - 1].text.isalpha() and k > b + 1
    return named and k < len(tokens) and tokens[k].lower in ("are", "were", "have")


def _measure_as(tokens: list[Token], b: int) -> bool:
    """Whether the "as" at token `b` is one of the pair of a measure ("as many as", "as early
    as"), not a subordinator."""
    after = b + 2 < len(tokens) and tokens[b + 2].lower == "as"
    before = b >= 2 and tokens[b - 2].lower == "as"
    middle = tokens[b + 1].lower if after else tokens[b - 1].lower if before else ""
    return (after or before) and middle not in ("soon", "long", "far")  # "as soon as it opens"


def _followed_by(tokens: list[Token], i: int, word: str) -> bool:
    """Whether token `i` is followed by the given word."""
    return i + 1 < len(tokens) and tokens[i + 1].lower == word


def _spaced_dash(tokens: list[Token], i: int) -> bool:
    """Whether a dash token stands between spaces (a clause dash, not a hyphen)."""
    before = tokens[i - 1].end < tokens[i].start
    after = i + 1 < len(tokens) and tokens[i].end < tokens[i + 1].start
    return before and after or tokens[i].text != "-"


def _quote_edge(tokens: list[Token], i: int) -> bool:
    """Whether a quote mark opens or closes quoted speech (next to punctuation or an edge)."""
    previous = tokens[i - 1].text if i > 0 else ""
    following = tokens[i + 1].text if i + 1 < len(tokens) else ""
    return i == 0 or i == len(tokens) - 1 or previous in ",.?!:" or following in ",."


def _quoted_fragment(tokens: list[Token], starts: list[bool], i: int) -> bool:
    """Whether the quote mark at token `i` is one of a pair around words without a verb,
    opened after a word ('will walk free "within days", with'): a phrase quoted inside the
    clause, not speech that ends or opens one."""
    marks = [k for k, t in enumerate(tokens) if t.text in _QUOTES]
    n = marks.index(i)
    pair = (marks[n - 1], i) if n % 2 else (i, marks[n + 1]) if n + 1 < len(marks) else None
    if pair is None or pair[0] < 1:
        return False
    opened_after_word = tokens[pair[0] - 1].text[0].isalnum()
    return opened_after_word and not any(starts[pair[0] + 1 : pair[1]])


def _subject(
    tokens: list[Token],
    starts: list[bool],
    bounds: list[int],
    lo: int,
    previous_end: int,
    verb: int,
) -> tuple[str, str]:
    """The subject of the verb group starting at token `verb`, and where it came from."""
    if lo > 1 and tokens[lo - 1].text == "," and tokens[lo].text[0].isalpha() and starts[lo]:
        relative = max(
            (
                b
                for b in bounds
                if b < lo and (tokens[b].lower in _RELATIVES or _prepositional_relative(tokens, b))
            ),
            default=0,
        )
        # "X, who founded Y, was barred", "X, at which Y argued, will be": X is the subject
        if relative > 1 and verb == lo:
            return _noun_phrase_before(tokens, relative - 1), "antecedent"
    named = _name_before_described(tokens, lo, verb)
    if named:  # "Ibarra, the filmmaker whose films won prizes in Havana, died": Ibarra
        return named, "clause"
    reduced = previous_end > lo and _reduced_relative(tokens, previous_end, verb)
    if _participle_phrase(tokens, starts, verb) or reduced:
        comma = _phrase_comma(tokens, verb)
        phrase = _noun_phrase_before(tokens, comma if comma > 0 else verb)
        if phrase.split(" ", 1)[0].lower() in _OBJECT_PRONOUNS and comma > lo:
            # "A plan to unwind them gradually, backed by ...": the plan, not "them"
            whole = _strip_openers(tokens[lo:comma])
            phrase = _text(whole) if whole and whole[0].lower in _DETERMINERS else phrase
        return phrase, "participle"
    left = [t for t in tokens[previous_end:verb] if t.text not in _QUOTES]
    if previous_end > 0 and tokens[previous_end - 1].lower == "told":
        # "told reporters the government would", "told his supporters the vote was": whom
        # it was told comes first, then the statement's own subject
        start = next(
            (k for k in range(1, min(len(left), 4)) if left[k].lower in _STATEMENT_OPENERS), 0
        )
        left = left[start:]
    while len(left) > 1 and left[-1].lower in _PRE_VERB_ADVERBS:
        left = left[:-1]  # "Racing, who last won a title": the adverb is the verb's
    relative = bool(left) and left[-1].lower in ("who", "which", "that")
    if relative and tokens[verb - 2].text != "," and (len(left) > 1 or previous_end > lo):
        phrase = _noun_phrase_before(tokens, verb - 1)  # "protesters who gathered"
        if phrase.endswith(" of"):  # "in stages, the first of which is due": of the stages
            comma = next((k for k in range(verb - 2, lo, -1) if tokens[k].text == ","), 0)
            owner = _noun_phrase_before(tokens, comma) if comma else ""
            if comma and not owner and _is_word(tokens[comma - 1]):
                owner = tokens[comma - 1].text  # a plural that is also a verb form ("stages")
            phrase = f"{phrase} {_LEADING_BARE.sub('the ', owner)}" if owner else ""
        elif left[-1].lower != "who":
            phrase = _nearest_of(phrase)  # "the victims of forest fires that tore"
        if phrase:
            return phrase, "antecedent"
    if left and left[0].lower in _RELATIVES and len(left) == 1 and lo > 1:
        phrase = _noun_phrase_before(tokens, lo - 1)
        if left[0].lower == "which":
            phrase = _owner_of_generic(tokens, lo - 1, phrase)
            owner = _owner_of_person(tokens, lo - 1, phrase)
            nearest = _nearest_of(phrase)
            if nearest.split()[-1:] and nearest.split()[-1].lower() in _PERSON_NOUNS:
                nearest = phrase  # "the trial of the building's owner, which": not the owner
            phrase = owner or nearest or phrase  # "the view of the chamber, which"
        return phrase, "antecedent"
    if len(left) > 1 and left[0].lower == "whose" and left[0] is tokens[lo] and lo > 1:
        # "Bernanke, whose term ends": his term; "the sixth flight of the H3, whose maiden
        # launch failed": the nearest noun's
        owner = _nearest_of(_noun_phrase_before(tokens, lo - 1))
        if owner:
            mark = "'" if owner.endswith("s") else "'s"
            return f"{owner}{mark} {_text(_strip_openers(left[1:]))}", "antecedent"
    if (
        left
        and left[0].lower in ("which", "that", "whom")
        and lo > 1
        and tokens[lo - 1].text == ","
        and left[0] is tokens[lo]  # "the law, which ...", not "X, and data showed that ..."
    ):
        words = _strip_openers(left[1:])
        if words and _subject_like(words, True):
            return _text(words), "object"
    if not left or (len(left) == 1 and left[0].lower in _SHARING_OR_COMMA):
        aside = _aside_opening(tokens, verb) if left and left[0].text == "," else 0
        words = _strip_openers(tokens[lo:aside]) if aside > lo else []
        phrase = _text(words) if words and _subject_like(words, True) else ""
        if phrase:  # "A run-off, if one is needed, is scheduled": the noun before the aside
            return phrase, "clause"
        titled = _named_by_title(tokens, bounds, lo) if left and left[0].text == "," else ""
        if titled:  # 'Her first feature, "La Sal del Río", won': the feature won
            return titled, "clause"
        if lo > 0 and tokens[lo].lower in _SHARING:
            outer = max((b for b in bounds if b < lo), default=0)
            groups = _groups(tokens, starts, outer, lo)
            if groups:
                shared, _ = _subject(tokens, starts, bounds, outer, outer, groups[0][0])
                return shared, "shared"
        return "", "none"
    for tokens_left in (left, tokens[lo:verb]):
        chunks = _chunks([t for t in tokens_left if t.text not in _QUOTES])
        for n, chunk in reversed(list(enumerate(chunks))):
            after_that = _after_complementizer(chunk)
            words = _strip_openers(after_that)
            if words and chunk[0].start == tokens[lo].start:
                # "On Tuesday he appointed", "..., and on Thursday a court ordered"
                words = _after_fronted_phrase(words)
            opens = n == 0 or after_that is not chunk or all(map(_adverbial, chunks[:n]))
            fronted = n > 0 and all(map(_adverbial, chunks[:n]))
            if n > 0 and words and words[0].text[0] in "0123456789$€£¥" and not fronted:
                continue  # "the jobless rate, 7.6 percent in May, could fall": an aside
            head = _without_aside(chunks[0])
            if n == 1 and head and _appositive_of_name(head, words):
                return _text(head), "clause"  # "Yagi, the strongest storm ..., made"
            closed = tokens_left[-1].text == ","
            if n > 0 and closed and _region_of_place(chunks[n - 1], words):
                # "its line to Fort Nelson, British Columbia, would": one noun phrase
                end = chunks[n - 1][-1].end
                n -= 1
                after_that = _after_complementizer(chunks[n])
                words = _strip_openers(after_that) + [Token(",", end, end + 1, ",")] + words
                opens = n == 0 or after_that is not chunks[n]
            if words and _subject_like(words, opens):
                listed = any(t.lower == "and" for t in words)
                while n > 0 and listed and _listed_name(chunks[n - 1]):
                    n -= 1  # "A, B and C won": the whole list
                    end = chunks[n][-1].end
                    words = chunks[n] + [Token(",", end, end + 1, ",")] + words
                head = chunks[n - 1] if n > 0 and listed else []
                if (
                    head
                    and head[-1].text[0].isupper()
                    and any(t.lower in _LIST_OWNERS for t in head)
                ):
                    end = head[-1].end  # "The ministers of A, B and C": the list is theirs
                    words = _strip_openers(head) + [Token(",", end, end + 1, ",")] + words
                while len(words) > 1 and (
                    words[-1].lower in _GROUP_ADVERBS or _infinitive_mark(words)
                ):
                    # "The ministry also approved", "expect the transaction to be": the noun
                    words = words[:-1]
                return _text(words), "clause"
    return "", "none"


def _name_before_described(tokens: list[Token], lo: int, verb: int) -> str:
    """The name opening a clause when an appositive holding a relative clause stands between
    it and the verb at token `verb` ("Rosa María Ibarra, the filmmaker whose portraits won
    prizes, died"), or ""."""
    if verb < 2 or tokens[verb - 1].text != ",":
        return ""
    commas = [k for k in range(lo, verb - 1) if tokens[k].text == ","]
    if len(commas) != 1 or commas[0] - lo < 1:
        return ""
    name, described = tokens[lo : commas[0]], tokens[commas[0] + 1 : verb - 1]
    if not all(t.text[0].isupper() for t in name) or len(described) < 3:
        return ""
    opens = described[0].lower in ("the", "a", "an")
    relative = any(t.lower in _RELATIVES_OR_THAT for t in described[2:])
    return _text(name) if opens and relative else ""


def _named_by_title(tokens: list[Token], bounds: list[int], lo: int) -> str:
    """The subject named by a quoted title between commas after a noun phrase, when the
    clause at token `lo` opens with the comma after it ('Her first feature, "La Sal del Río",
    won': the film of that name), or ""."""
    if lo < 4 or tokens[lo - 1].text not in _QUOTES:
        return ""
    opening = next((k for k in range(lo - 2, 0, -1) if tokens[k].text in _QUOTES), 0)
    if opening < 2 or tokens[opening - 1].text != ",":
        return ""
    begin = max((b for b in bounds if b < opening - 1), default=0)
    words = _strip_openers(tokens[begin : opening - 1])
    name = tokens[opening + 1 : lo - 1]
    if not words or not name or not _subject_like(words, True):
        return ""
    return _text(name) if name[0].text[0].isupper() else _text(words)


def _aside_opening(tokens: list[Token], verb: int) -> int:
    """The comma opening a conditional or concessive aside that closes just before the verb at
    token `verb` ("A run-off, if one is needed, is", "The law, once signed, will"), or 0."""
    for k in range(verb - 2, max(0, verb - 12), -1):
        if tokens[k].text == ",":
            opens = k + 1 < verb and tokens[k + 1].lower in _ASIDE_OPENERS
            return k if opens and _is_word(tokens[k - 1]) else 0
    return 0


_OBJECT_PRONOUNS = frozenset({"them", "him", "her", "it", "us", "me"})
#: Words opening an aside between a subject and its verb.
_ASIDE_OPENERS = frozenset({"if", "unless", "once", "though", "although", "when", "as"})

_POSSESSIVES = frozenset({"its", "their", "his", "her", "our", "my", "your"})
#: Adverbs between a subject and its verb ("who last won", "which also owns").
_PRE_VERB_ADVERBS = _GROUP_ADVERBS | {"last"}

#: Words that make a following list of names one subject's ("ministers of A, B and C").
_LIST_OWNERS = frozenset({"of", "from"})


def _owner_of_person(tokens: list[Token], comma: int, name: str) -> str:
    """What a "which" after a person named in apposition means: the noun phrase that person
    belongs to ("The murder trial of the building's owner, Sohel Rana, which opened": the
    trial), or "" when the name is no person's set off by commas."""
    words = name.split()
    at = comma - len(tokenize(name)) - 1
    if not 1 < len(words) <= 3 or not all(w[:1].isupper() for w in words) or at < 1:
        return ""
    if tokens[at].text != "," or tokens[at - 1].lower not in _PERSON_NOUNS:
        return ""
    return _noun_phrase_before(tokens, at)


#: Nouns for a person's role, before a name in apposition ("the building's owner, Sohel Rana").
_PERSON_NOUNS = frozenset(
    "owner founder leader president minister director chairman chairwoman chief executive "  # noqa: SIM905
    "manager head governor mayor secretary spokesman spokeswoman spokesperson husband wife "
    "son daughter father mother brother sister coach captain lawyer author editor".split()
)


def _infinitive_mark(words: list[Token]) -> bool:
    """Whether a subject ends in the "to" of the infinitive that follows it, after a noun
    ("the transaction to"), not after a verb of its own ("Conditions appear to")."""
    before = words[-2].lower if len(words) > 1 else ""
    return words[-1].lower == "to" and base_form(before) is None and before not in _PARTICLES


def _after_fronted_phrase(words: list[Token]) -> list[Token]:
    """A chunk without the time or place phrase it opens with when no comma closes that
    phrase ("On Tuesday he appointed", "In Hanoi on Monday authorities evacuated")."""
    i = 0
    if words[0].lower in _QUANTIFIERS:
        return words  # "About 300,000 visitors came"
    if (
        len(words) > 2
        and words[0].lower in _TIME_DETERMINERS
        and (words[1].lower in _TIME_WORDS or words[1].lower in _DATE_NAMES)
    ):
        return words[2:]  # "Last week Ethiopia and Somalia announced": the time goes
    if (
        len(words) > 3
        and words[1].lower.rstrip("s") in UNITS
        and words[2].lower in ("later", "earlier", "ago", "afterwards")
    ):
        return words[3:]  # "Two years later it closed": the time goes
    while i + 1 < len(words) and words[i].lower in _PREPOSITIONS:
        j = i + 1
        while j < len(words) and (words[j].text[0].isupper() or words[j].text[0].isdigit()):
            j += 1
        if j == i + 1:
            return words
        i = j
    return words[i:] if 0 < i < len(words) else words


def _appositive_of_name(name: list[Token], words: list[Token]) -> bool:
    """Whether a chunk after a name describes it ("Yagi, the strongest storm in decades,",
    "Shareholders of Kellanova, the maker of Pringles,"), rather than the name being an
    opening word or a list's first item and the chunk the subject ("Today, the ...",
    "Japan, the United States and Australia"); "one of" opens a description too ("Halvorsen,
    one of Norway's largest salmon farmers,")."""
    if len(words) < 2:
        return False
    one_of = words[0].lower == "one" and words[1].lower == "of"
    # "an Indonesian renewable power producer": a described kind after its nationality
    kind = words[0].lower in ("a", "an") and len(words) > 2 and words[2].text.islower()
    lower = words[1].text.islower() or kind
    if not one_of and (words[0].lower not in ("the", "a", "an") or not lower):
        return False
    noun_phrase = name[0].lower in ("the", "a", "an") and len(name) <= 5  # "The strike, the third"
    # "In Beijing, the committee ...": an opening place phrase, capitalised, is no name
    named = not _adverbial(name) and (
        _listed_name(name) or name[-1].text[0].isupper() or noun_phrase
    )
    return named and not any(t.lower in _NOT_NAMES for t in name)


def _without_aside(chunk: list[Token]) -> list[Token]:
    """A chunk without the parenthesis closing it ("PT Samudra Hijau Energi Tbk ("Samudra
    Hijau"; IDX: SHEN)" -> "PT Samudra Hijau Energi Tbk")."""
    if not chunk or chunk[-1].text != ")":
        return chunk
    opening = max((k for k, t in enumerate(chunk) if t.text == "("), default=0)
    return chunk[:opening]


def _region_of_place(chunk: list[Token], words: list[Token]) -> bool:
    """Whether a chunk of one to three capitalised words names the region of the place that
    ends the chunk before it ("to Fort Nelson" + "British Columbia", "in Austin" + "Texas")."""
    if not 0 < len(words) <= 3 or not all(t.text[0].isupper() for t in words):
        return False
    run = len(chunk)
    while run > 0 and chunk[run - 1].text[0].isupper():
        run -= 1
    return 0 < run < len(chunk) and chunk[run - 1].lower in _PLACE_PREPOSITIONS


#: Prepositions before a place name ("a plant in Austin, Texas,").
_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "from", "to", "of"})


def _adverbial(chunk: list[Token]) -> bool:
    """Whether a comma-separated chunk is an opening adverbial ("In Hanoi on Monday", "Last
    June", "Next year")."""
    return chunk[0].lower in _ADVERBIAL_OPENERS or _time_phrase(chunk)


def _time_phrase(chunk: list[Token]) -> bool:
    """Whether a chunk only names a time ("Last June", "Earlier this year", "Next Tuesday"):
    words of time around a month, a weekday, a time noun or a year."""
    named = False
    for token in chunk:
        if token.lower in _TIME_NOUNS or token.lower in _DATE_NAMES or token.text.isdigit():
            named = True
        elif token.lower not in _TIME_MODIFIERS:
            return False
    return named


def _reduced_relative(tokens: list[Token], previous_end: int, verb: int) -> bool:
    """Whether a lone past participle describes the noun before it ("the version adopted in
    December", "data released on July 31"), after the clause's own verb."""
    word = tokens[verb].lower
    if not is_past(word) or verb < 1 or previous_end == 0 or verb - previous_end < 2:
        return False
    if _subject_opened(tokens, previous_end, verb):
        return False  # "data showed that hiring slowed", "the N70,000 that Tinubu signed"
    if base_form(tokens[previous_end - 1].lower) in _SPEECH_VERBS:
        return False  # "said an emergency committee met earlier": what was said
    following = tokens[verb + 1].lower if verb + 1 < len(tokens) else ""
    speech = base_form(word) in _SPEECH_VERBS
    if speech and (tokens[verb - 1].text[0].isupper() or (word == "said" and following != "to")):
        return False  # "..., the minister said at a news conference": a speaker speaking
    before = tokens[verb - 1]
    noun_before = _is_word(before) and before.lower not in _NOT_NOUNS
    return noun_before and following in _AFTER_PARTICIPLE


def _subject_opened(tokens: list[Token], previous_end: int, verb: int) -> int:
    """Where the "that", "which" or "whether" is that opens a subject of a few words before
    the verb at token `verb` ("that hiring slowed", "that President Bola Tinubu signed"), or
    0 when there is none."""
    for k in range(verb - 2, max(previous_end, verb - 6) - 1, -1):
        if tokens[k].lower in ("that", "which", "whether"):
            following = tokens[k + 1]
            opens = following.text[0].isupper() or following.lower in _DETERMINERS
            if any(is_past(t.lower) for t in tokens[k + 1 : verb]):
                return 0  # "the floods that followed rose": the relative clause has its verb
            return k if k + 2 == verb or opens else 0
        if not _is_word(tokens[k]):
            return 0
    return 0


def _lacks_object(tokens: list[Token], group: tuple[int, int]) -> bool:
    """Whether an active verb group has no object after it ("signed into law", "adopted in
    2023"), as in a relative clause on its object; a passive ("will not be repatriated") or an
    object ("had mistreated his son") says the "that" clause is no such relative clause."""
    words = [t.lower for t in tokens[group[0] : group[1]]]
    if any(w in _BE_FORMS for w in words):
        return False
    following = tokens[group[1]] if group[1] < len(tokens) else None
    if following is None or not _is_word(following) or following.lower in _AFTER_PARTICIPLE:
        return True
    time = following.lower in _TIME_WORDS or following.lower in _DATE_NAMES  # "mailed Friday"
    return following.text[0].isdigit() or time


#: Forms of "be", which make a verb group passive or a copula.
_BE_FORMS = frozenset({"be", "is", "are", "was", "were", "been", "being", "am"})


def _object_of_relative(parsed: Parsed, that: int) -> str:
    """The noun phrase a bound "that" or "which" relative clause acts on ("the N70,000 that
    Tinubu signed"): from its determiner to the pronoun, or "" when none is near."""
    tokens, sentence = parsed.tokens, parsed.sentence
    if that < 2 or tokens[that - 1].text == "," or not _is_word(tokens[that - 1]):
        return ""
    before = tokens[that - 1].lower
    if parsed.starts[that - 1] or before in AUXILIARIES or before in _CONTENT_NOUNS:
        return ""  # "said that", "the news that": a complement, no relative clause
    if ing_base(before) is not None:
        return ""  # "adding that": a complement of a verb's -ing form
    for k in range(that - 1, max(0, that - 6) - 1, -1):
        if tokens[k].lower in _DETERMINERS:
            return sentence[tokens[k].start : tokens[that - 1].end]
        if not _is_word(tokens[k]) and tokens[k].text != ",":
            return ""
    return ""


#: Nouns a "that" clause tells the content of ("the news that the plant closed").
_CONTENT_NOUNS = frozenset(
    "news fact idea claim claims report reports hope hopes fear fears belief possibility "  # noqa: SIM905
    "sign signs evidence view argument suggestion rumours rumors speculation assurance "
    "assurances warning warnings concern concerns announcement statement".split()
)
#: Words before a verb's base form ("to discuss", "will review").
_TO_BASE = MODALS | {"to"}
#: Base verbs after which a participle is still part of the verb ("get married").
_LINKING_BASES = frozenset({"get", "become", "remain", "stay", "seem", "feel", "look"})
#: Words that follow a participle describing a noun ("adopted in December", "surveyed last week").
_AFTER_PARTICIPLE = _PREPOSITIONS | {"last", "this", "next", "earlier"}


#: A bare plural or a phrase without its article ("stages" -> "the stages").
_LEADING_BARE = re.compile(r"^(?!(?:the|a|an|its|their|his|her|our)\b)(?=[a-z])", re.IGNORECASE)


#: Prepositions after a noun that tell what it is about or aimed at ("a ceasefire on strikes").
_ABOUT = frozenset({"on", "against", "over", "for"})


def _owner_of_generic(tokens: list[Token], end: int, phrase: str) -> str:
    """The noun phrase a "which" clause describes when the nearest noun is a bare plural after
    "on", "against", "over" or "for" ("a partial ceasefire on strikes against energy
    facilities, which came into effect"): a bare plural names a kind, not the one thing a
    clause set off by commas tells of, so the phrase with a determiner it qualifies is meant.
    `end` is the comma before "which"."""
    words = phrase.split()
    if not words or not phrase.islower() or not words[-1].endswith("s"):
        return phrase
    i = end - len(tokenize(phrase))  # the phrase's first token
    for _ in range(3):  # "on strikes against energy facilities": up to three phrases back
        if i < 2 or tokens[i - 1].lower not in _ABOUT:
            return phrase
        j = i - 2
        while j >= 0 and i - 1 - j <= 4 and _is_word(tokens[j]) and tokens[j].text.islower():
            if tokens[j].lower in _DETERMINERS:
                return _text(tokens[j:end])
            if tokens[j].lower in _PHRASE_STOPS or tokens[j].lower in AUXILIARIES:
                break
            j -= 1
        if j == i - 2 or not tokens[j + 1].text.endswith("s"):
            return phrase  # no bare plural before the preposition either
        i = j + 1
    return phrase


def _nearest_of(phrase: str) -> str:
    """The noun a "that" or "which" clause most likely describes in "X of Y": Y, unless the
    phrase is a name ("the Ministry of Foreign Affairs")."""
    head, of, tail = phrase.rpartition(" of ")
    named = any(w[:1].isupper() for w in head.split()[1:] or head.split())
    return tail if of and head and (tail[:1].islower() or not named) else phrase


def _listed_name(chunk: list[Token]) -> bool:
    """Whether a comma-separated chunk is one name of a list ("Daron Acemoglu", "Ethiopia")."""
    return 0 < len(chunk) <= 4 and all(t.text[0].isupper() for t in chunk)


def _after_complementizer(chunk: list[Token]) -> list[Token]:
    """The part of a chunk after its last "that" or "whether" ("said on Monday that X" -> X)."""
    marks = [i for i, t in enumerate(chunk) if t.lower in ("that", "whether", "which")]
    # "The government said on Monday it would ...": a speech verb opens the clause too
    said = [i for i, t in enumerate(chunk) if t.lower in _SAID and 0 < i < len(chunk) - 1]
    if said and (not marks or said[-1] > marks[-1]):
        after = _after_fronted_phrase(chunk[said[-1] + 1 :])
        return after if after and after[0].lower in _PRONOUNS_OR_DETERMINERS else chunk
    if not marks or marks[-1] == 0:
        return chunk
    after = chunk[marks[-1] + 1 :]
    if all(t.text[0].islower() and is_past(t.lower) for t in after):
        return chunk  # "the floods that followed": a relative clause, no subject after it
    if _relative_on_noun(chunk, marks[-1]):
        return chunk  # "the firm that owned the plant": the subject is the whole phrase
    return after


def _relative_on_noun(chunk: list[Token], that: int) -> bool:
    """Whether the "that" at `that` opens a relative clause on the noun before it, its verb
    right after it ("the pipeline that now carries gas"), not a statement after a verb."""
    before = chunk[that - 1]
    if not before.text.isalpha() or not before.text.islower() or is_past(before.lower):
        return False
    if before.lower in _NOT_NOUNS or base_form(before.lower) in _SPEECH_VERBS:
        return False
    k = that + 1
    if k < len(chunk) - 1 and chunk[k].lower in _GROUP_ADVERBS:
        k += 1
    verb = chunk[k].lower if k < len(chunk) - 1 else ""
    return chunk[k].text.islower() and (is_past(verb) or is_present_third(verb))


def _phrase_comma(tokens: list[Token], verb: int) -> int:
    """The comma a participle phrase opens with, an adverb allowed between them ("The merger,
    first announced in August, ..."), or -1."""
    before = tokens[verb - 1] if verb > 0 else None
    if before is not None and before.text == ",":
        return verb - 1
    adverb = before is not None and (
        before.lower in _PHRASE_ADVERBS or (before.text.islower() and before.lower.endswith("ly"))
    )
    return verb - 2 if adverb and verb > 1 and tokens[verb - 2].text == "," else -1


def _participle_phrase(tokens: list[Token], starts: list[bool], verb: int) -> bool:
    """Whether a past participle after a comma opens a phrase about the noun before the comma
    ("The plant, built in 2019, will open"): the sentence's verb comes after the phrase, or
    came before it."""
    comma = _phrase_comma(tokens, verb)
    # "..., began its work": a simple past only ("began", "took") is never a participle
    if comma < 1 or not is_participle(tokens[verb].lower):
        return False
    if verb + 1 < len(tokens) and starts[verb + 1]:
        return False  # "..., announced will ..." is not a participle phrase
    if verb + 1 < len(tokens) and tokens[verb + 1].lower in ("a", "an", "its", "their"):
        return False  # "the commission, the CIAF, opened an inquiry": a verb and its object
    if tokens[comma - 1].lower in _OPENING_ADVERBS or not tokens[comma - 1].text[0].isalnum():
        return False
    earlier = [k for k in range(1, comma) if starts[k]]
    if earlier and tokens[earlier[-1] - 1].text == "," and is_past(tokens[earlier[-1]].lower):
        return False  # "The telescope, launched in 2021, captured": the comma closes a phrase
    if not earlier and tokens[0].text[0].isupper() and any(t.text == "," for t in tokens[1:comma]):
        return False  # "Halvorsen, one of Norway's largest farmers, said": it closes an aside
    resumes = any(
        tokens[k].text == "," and k + 1 < len(tokens) and starts[k + 1]
        for k in range(verb + 1, len(tokens))
    )
    return resumes or any(starts[: verb - 1])


def _chunks(tokens: list[Token]) -> list[list[Token]]:
    """Tokens split at commas outside parentheses."""
    chunks: list[list[Token]] = [[]]
    depth = 0
    for token in tokens:
        depth += token.text == "("
        depth -= token.text == ")" and depth > 0
        if token.text == "," and depth == 0:
            chunks.append([])
        else:
            chunks[-1].append(token)
    return [c for c in chunks if c]


def _strip_openers(chunk: list[Token]) -> list[Token]:
    """A chunk without leading "that", conjunctions and sentence adverbs."""
    words = list(chunk)
    while words and (
        words[0].lower in ("that", "and", "but", "so", "then")
        or words[0].lower in _OPENERS_TO_STRIP
    ):
        words.pop(0)
    return words


def _subject_like(words: list[Token], opens_clause: bool) -> bool:
    """Whether a chunk can be a subject: not an adverbial phrase, not an age or an appositive
    ("Liu, director of ...": a lower-case chunk after a comma describes the name before it)."""
    first = words[0]
    # "About 250,000 travellers", "More than 300 people": a number, not a preposition
    quantity = first.lower in _QUANTIFIERS and len(words) > 1 and words[-1].text[0].isalpha()
    if quantity and first.lower in _PREPOSITIONS:
        # "at least 12", "about 250,000", but "at the weekend by the committee": a phrase
        quantity = any(t.text[0].isdigit() or t.lower in _COUNT_WORDS for t in words[1:4])
    if quantity:
        return True
    if first.lower in _PREPOSITIONS or first.lower in _SUBORDINATORS:
        return False
    if (first.lower.endswith("ly") and len(words) == 1) or all(w.text.isdigit() for w in words):
        return False
    appositive = first.text[0].islower() and first.lower not in _PRONOUNS_OR_DETERMINERS
    return opens_clause or not appositive


def _noun_phrase_before(tokens: list[Token], end: int) -> str:
    """The noun phrase that ends just before token `end` (the antecedent of "which")."""
    i = end - 1
    while i >= 0:
        token = tokens[i]
        word = token.lower
        if token.text == ")":
            while i >= 0 and tokens[i].text != "(":
                i -= 1
            i -= 1
            continue
        if not _is_word(token) and token.text not in ("-", "&", "'", "’"):
            break
        capitalised_pair = (
            i > 0 and tokens[i - 1].text[0].isupper() and tokens[i + 1].text[0].isupper()
        )
        after = tokens[i + 2] if tokens[i + 1].lower == "the" and i + 2 < end else tokens[i + 1]
        from_a_place = word == "from" and i + 1 < end and after.text[0].isupper()
        if (
            (word in ("of", "by") or (word == "for" and capitalised_pair) or from_a_place)
            and i > 0
            and _is_word(tokens[i - 1])
            and tokens[i - 1].lower not in _COMPLEX_PREPOSITIONS
        ):
            i -= 1
            continue
        head = _list_head(tokens, i) if word == "and" else None
        if head is not None:  # "The presidents of A, B and C, who met": all three
            i = head - 1
            continue
        if word in _PHRASE_STOPS or word in AUXILIARIES or is_past(word):
            break
        if word in ("say", "says", "tell", "tells"):
            break  # "Critics say the plan, announced in 2022,": the plan
        if word.endswith("ing") and token.text[0].islower() and len(word) > 5 and i < end - 1:
            break  # "is preparing for the festival, which": the festival; "mourning, which"
        if token.text[0].islower() and (is_present_third(word) or _after_auxiliary(tokens, i)):
            break  # "The budget goes to X, who", "will examine recordings released"
        if _plural_subjects_verb(tokens, i, end):
            break  # "Older residents remember Cyclone Jokwe, which": the cyclone
        i -= 1
    phrase = tokens[i + 1 : end]
    if phrase and all(t.text.isdigit() for t in phrase) and i > 0 and tokens[i].text == ",":
        return _noun_phrase_before(tokens, i)  # "Jacob Zuma, 82, who": the name, not the age
    return _text(phrase)


def _plural_subjects_verb(tokens: list[Token], i: int, end: int) -> bool:
    """Whether token `i` is a verb in the base form after a plural subject, its object
    opening with a determiner or a name ("residents remember Cyclone Jokwe", "many people
    recall the storm")."""
    token = tokens[i]
    if not token.text.islower() or base_form(token.lower) != token.lower or i == 0 or i + 1 >= end:
        return False
    before, after = tokens[i - 1], tokens[i + 1]
    plural = before.text.islower() and (before.lower.endswith("s") or before.lower in _PLURAL_WORDS)
    return plural and (after.lower in _DETERMINERS or after.text[0].isupper())


_PLURAL_WORDS = frozenset({"people", "they", "we", "police", "children", "men", "women"})


def _list_head(tokens: list[Token], i: int) -> int | None:
    """Where the "of" or "from" that heads a list of names ending in the "and" at token `i`
    is ("ministers of A, B and C"), or None when the "and" ends no such list."""
    j = i - 1 if i > 0 and tokens[i - 1].text != "," else i - 2  # "A, B, and C"
    commas = 0
    while j >= 0:
        start = j
        while j >= 0 and _is_word(tokens[j]) and tokens[j].text[0].isupper():
            j -= 1
        if j == start:
            return None
        if j < 0 or tokens[j].text != ",":
            break
        commas += 1
        j -= 1
    owner = tokens[j - 1] if j > 0 else None
    listed = (
        commas
        and owner is not None
        and tokens[j].lower in _LIST_OWNERS
        and _is_word(owner)
        and not owner.lower.endswith("ing")  # "a meeting of A, B and C": see the "ing" rule
    )
    return j if listed else None


def _after_auxiliary(tokens: list[Token], i: int) -> bool:
    """Whether token `i` follows an auxiliary or modal, so it is a verb ("will examine", "did
    not stop")."""
    if i > 1 and tokens[i - 1].lower in ("not", "n't"):
        i -= 1
    return i > 0 and tokens[i - 1].lower in _AUXILIARIES_OR_TO


def _text(tokens: list[Token]) -> str:
    """Tokens joined back with their original spacing, parenthetical remarks left out."""
    out: list[str] = []
    depth = 0
    previous_end = -1
    for token in tokens:
        if token.text == "(":
            depth += 1
        elif token.text == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(token.text if token.start == previous_end or not out else " " + token.text)
        previous_end = token.end
    return "".join(out).strip()


def first_clause(sentence: str) -> Clause | None:
    """The sentence's first clause with a verb: its subject, verb and what follows."""
    tokens = tokenize(sentence)
    # Punctuation and capitalised words inside the sentence never start a group: most tokens
    # are told apart here without the call.
    starts = [
        (i == 0 or not t.text[0].isupper()) and t.text[0].isalnum() and _starts_group(tokens, i)
        for i, t in enumerate(tokens)
    ]
    if True not in starts:
        return None
    verb = starts.index(True)
    bounds = _boundaries(tokens, starts)
    lo = max((b for b in bounds if b <= verb), default=0)
    hi = min((b for b in bounds if b > verb), default=len(tokens))
    end = _extend(tokens, verb, hi)
    subject, kind = _subject(tokens, starts, bounds, lo, lo, verb)
    rest_tokens = tokens[end:hi]
    rest_start = rest_tokens[0].start if rest_tokens else tokens[end - 1].end
    return Clause(
        subject=subject,
        subject_kind=kind,
        verb=tuple(t.text for t in tokens[verb:end]),
        rest=sentence[rest_start : rest_tokens[-1].end] if rest_tokens else "",
        rest_start=rest_start,
        start=tokens[lo].start,
        end=tokens[hi - 1].end,
    )


def infinitive_after(parsed: Parsed, clause: Clause, offset: int, limit: int) -> Clause | None:
    """The clause narrowed to its "to" infinitive between offsets `offset` and `limit`, the
    subject shared ("the two sides agreed in March to cut the week by 2029" -> "to cut the
    week by 2029"), or None when there is none."""
    tokens = parsed.tokens
    for i, token in enumerate(tokens[:-1]):
        verb = tokens[i + 1]
        if token.lower != "to" or not offset <= token.start or verb.end > limit:
            continue
        if verb.end > clause.end or base_form(verb.lower) != verb.lower:
            continue
        rest = [t for t in tokens[i + 2 :] if t.end <= clause.end]
        rest_start = rest[0].start if rest else verb.end
        subject, kind = clause.subject, clause.subject_kind
        verbs: tuple[str, ...] = ("to", verb.text)
        told = _OBJECT_CONTROL.get(base_form(clause.verb[-1].lower()) or "")
        obj = _object_before(tokens, clause.rest_start, token.start) if told else ""
        if told and obj:  # "ordered the company in May to close": the company is to close
            subject, kind, verbs = obj, "participle", (told, "to", verb.text)
        owner = _with_subject(tokens, i)
        if owner:  # "scheduled for April 25, with the winner to take office": the winner
            subject, kind = owner, "clause"
        return Clause(
            subject=subject,
            subject_kind=kind,
            verb=verbs,
            rest=parsed.sentence[rest_start : clause.end] if rest else "",
            rest_start=rest_start,
            start=clause.start,
            end=clause.end,
        )
    return None


def _with_subject(tokens: list[Token], to: int) -> str:
    """The noun phrase between a "with" after a comma and the "to" at token `to` ("...,
    with the winner to take office"): the subject of that infinitive; "" when there is none
    ("agreed with regulators to close": the subject's own)."""
    for k in range(to - 1, max(0, to - 6), -1):
        if tokens[k].lower == "with":
            words = tokens[k + 1 : to]
            plain = all(
                _is_word(t) and t.lower not in _NOT_NOUNS and t.lower not in _PREPOSITIONS
                for t in words
            )
            return _text(words) if words and plain and tokens[k - 1].text == "," else ""
        if not _is_word(tokens[k]):
            return ""
    return ""


def gerund_after(parsed: Parsed, clause: Clause, offset: int, limit: int) -> Clause | None:
    """The clause narrowed to a gerund after a preposition between offsets `offset` and
    `limit`, done by the verb's object or else its subject ("sentenced a former minister on
    Thursday to six years for accepting bribes between 2019 and 2021" -> "a former minister
    was accepting bribes"), or None when there is none."""
    tokens = parsed.tokens
    for i, token in enumerate(tokens[:-1]):
        verb = tokens[i + 1]
        if token.lower not in _GERUND_PREPOSITIONS or not offset <= token.start:
            continue
        if verb.end > limit or verb.end > clause.end or ing_base(verb.lower) is None:
            continue
        rest = [t for t in tokens[i + 2 :] if t.end <= clause.end]
        rest_start = rest[0].start if rest else verb.end
        obj = _object_before(tokens, clause.rest_start, token.start)
        words = [w.lower() for w in clause.verb]
        passive = bool(set(words) & AUXILIARIES) and is_past(words[-1])
        doer, kind = (
            (obj, "clause") if obj and not passive else (clause.subject, clause.subject_kind)
        )
        return Clause(
            subject=doer,
            subject_kind=kind,
            # the progressive lets the headline verb agree with its subject: "accepts bribes"
            verb=("was", verb.text),
            rest=parsed.sentence[rest_start : clause.end] if rest else "",
            rest_start=rest_start,
            start=clause.start,
            end=clause.end,
        )
    return None


#: Prepositions before a gerund that tells what a sentence or a deal was for ("jailed for
#: accepting bribes", "fined after dumping waste").
_GERUND_PREPOSITIONS = frozenset({"for", "after", "over", "by"})


def shared_head(verb: tuple[str, ...]) -> tuple[str, ...]:
    """The part of a verb group a verb coordinated after it shares: up to its last modal or
    "to" ("will launch" -> "will", "is expected to sign" -> "is expected to"), or ()."""
    marks = [k for k, w in enumerate(verb[:-1]) if w.lower() in MODALS or w.lower() == "to"]
    return verb[: marks[-1] + 1] if marks else ()


def shared_verb_after(parsed: Parsed, clause: Clause, offset: int, limit: int) -> Clause | None:
    """The clause narrowed to a second verb that shares its auxiliary after an "and" between
    offsets `offset` and `limit` ("will launch flights from June 15 and resume its route next
    week" -> "will resume its route"), or None when there is none."""
    auxiliaries = shared_head(clause.verb)
    if not auxiliaries:
        return None
    tokens = parsed.tokens
    for i in range(len(tokens) - 2, 0, -1):
        token, verb = tokens[i], tokens[i + 1]
        if token.start < offset or verb.end > limit or token.lower != "and":
            continue
        if base_form(verb.lower) != verb.lower or not _is_word(tokens[i + 2]):
            continue
        rest = [t for t in tokens[i + 2 :] if t.end <= clause.end]
        rest_start = rest[0].start if rest else verb.end
        return Clause(
            subject=clause.subject,
            subject_kind=clause.subject_kind,
            verb=(*auxiliaries, verb.text),
            rest=parsed.sentence[rest_start : clause.end] if rest else "",
            rest_start=rest_start,
            start=clause.start,
            end=clause.end,
        )
    return None


#: Verbs whose object does what the "to" infinitive says ("ordered the company to close"), with
#: the participle a headline puts after that object ("Company ordered to close").
_OBJECT_CONTROL = {
    "order": "ordered",
    "tell": "told",
    "ask": "asked",
    "urge": "urged",
    "force": "forced",
    "allow": "allowed",
    "invite": "invited",
    "persuade": "persuaded",
    "encourage": "encouraged",
    "require": "required",
    "instruct": "instructed",
    "direct": "directed",
}


def _object_before(tokens: list[Token], begin: int, end: int) -> str:
    """The noun phrase opening the offsets `begin`..`end` (a verb's object before its "to"
    infinitive), or "" when a preposition, date or punctuation comes first."""
    words = []
    for token in tokens:
        if token.start < begin or token.end > end:
            continue
        if not _is_word(token) or token.lower in _PREPOSITIONS or token.lower == "to":
            break
        if token.text[0].isupper() and token.lower in _DATE_NAMES:
            break
        words.append(token)
    return _text(words)


def dates_a_source(parsed: Parsed, clause: Clause, alone: bool = False) -> bool:
    """Whether a clause only says when the source of a figure came out ("data released on July
    31 showed", "according to figures published on Tuesday"): a bare participle of publishing
    right after a noun for a document or figures. When the date is the sentence's only one
    (`alone`), a study or a report coming out is the news ("A study published on Tuesday
    found ...")."""
    if len(clause.verb) != 1 or base_form(clause.verb[0].lower()) not in _PUBLISHING:
        return False
    at = next((i for i, t in enumerate(parsed.tokens) if t.start >= clause.rest_start), 0)
    verb = at - 1 if at else 0
    noun = parsed.tokens[verb - 1].lower if verb > 0 else ""
    return noun in _SOURCE_NOUNS and not (alone and noun in _WORKS)


def antecedent(sentence: str, offset: int) -> str:
    """The noun phrase a relative pronoun at `offset` stands for ("the port of Maputo, which
    said" -> "the port of Maputo"), or ""."""
    tokens = tokenize(sentence)
    index = next((i for i, t in enumerate(tokens) if t.start >= offset), len(tokens))
    if index > 0 and tokens[index - 1].text == ",":
        index -= 1
    phrase = _noun_phrase_before(tokens, index)
    first = index - len(tokenize(phrase))
    if phrase and first > 1 and tokens[first - 1].lower == "and":
        # "a coalition of trade unions and student groups, which said": the whole coalition
        joined = re.sub(r"^(?:by|of)\s+", "", _noun_phrase_before(tokens, first - 1))
        return f"{joined} and {phrase}" if joined else phrase
    return phrase


def noun_before(parsed: Parsed, offset: int) -> str:
    """The noun phrase a date expression at `offset` follows, its linking preposition skipped
    ("the parliamentary election on Oct. 26" -> "the parliamentary election")."""
    index = next((i for i, t in enumerate(parsed.tokens) if t.start >= offset), len(parsed.tokens))
    linked = index
    while linked > 0 and parsed.tokens[linked - 1].lower in (
        "on",
        "in",
        "at",
        "of",
        "for",
        "during",
    ):
        linked -= 1
    return _noun_phrase_before(parsed.tokens, linked) if linked < index else ""
