"""Event candidates: the dated clauses of an article that report something that happened or
will happen, each with a headline, its sentence, its date interval, places, actors and tags."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from feeds.clauses import (
    Clause,
    Parsed,
    clause_at,
    dates_a_source,
    first_clause,
    gerund_after,
    infinitive_after,
    noun_before,
    parse,
    sentences,
    shared_head,
    shared_verb_after,
)
from feeds.holidays import holiday_country, holiday_name, in_country, is_holiday
from feeds.merge import same_happening
from feeds.places import canonical, country_code, country_of, find_places
from feeds.timex import span, tag, to_when
from feeds.timex.anchoring import tense_at
from feeds.timex.later import counted_from_before
from feeds.timex.lexicon import WEEKDAYS
from feeds.titles import MAX_TITLE, Mentions, noun_title, qualifies_noun, title, with_setting
from feeds.types import Candidate, Document, Source, Timex, When
from feeds.verbs import (
    FUTURE_AUXILIARIES,
    MODALS,
    SCHEDULE_WORDS,
    base_form,
    is_past,
    is_present_third,
)

_HAPPENING_NOUNS = (
    r"elections?|votes?|polls?|referendum|meetings?|summit|talks|hearings?|trial|strikes?|"
    r"ceremony|session|visit|launch|match|rally|debate|sentencing"
)
# Words before a date that make it the edge of a state or a period, not the time of a
# happening ("closed since 2019", "open until Monday", "the budget for 2025"); a happening
# named before "for" is set for that date ("called an election for Nov. 14").
_NOT_A_HAPPENING_BEFORE = re.compile(
    r"\b(?:since|until|till|per|throughout|through|every|each)\s+(?:the\s+)?$"
    r"|\bfor\s+(?:\w+\s+){0,2}of\s+(?:the\s+)?$"
    r"|\b(?!(?:scheduled|planned|set|slated|due|expected|pencil+ed|booked|called|fixed|"
    rf"postponed|moved|delayed|rescheduled|back|date|{_HAPPENING_NOUNS})\b)"
    r"\w+\s+for\s+(?:the\s+)?$"
    # the edge of a reporting period: "for the year to March", "the 12 months ended June 30"
    r"|\b(?:year|months|quarter|weeks|period|half)\s+(?:to|ending|ended)\s+$",
    re.IGNORECASE,
)
# A happening put off until a day is set for that day ("the vote, delayed until Feb. 7"),
# unlike a state that lasts until it ("closed until Friday") or a vague bound ("postponed
# until next month"); the day it was put off from is given up ("postponed from Nov. 15").
_PUT_OFF_UNTIL = re.compile(
    r"\b(?:postponed|delayed|deferred|rescheduled|put\s+off|pushed\s+back)"
    r"(?:\s+[\w-]+){0,3}\s+until\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_PUT_OFF_FROM = re.compile(
    r"\b(?:postponed|delayed|deferred|rescheduled|moved|put\s+off|pushed\s+back|brought\s+forward)"
    r"\s+from\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_SO_FAR = re.compile(r"\b(?:so\s+far|to\s+date|thus\s+far)\s+(?:in\s+)?$", re.IGNORECASE)
# The words `_NOT_A_HAPPENING_BEFORE` ends with: most dates follow none of them, and the last
# word is read much faster than the pattern is searched for.
_STATE_EDGE_WORDS = (
    "since", "until", "till", "per", "throughout", "through", "every", "each", "of", "for",
    "to", "ending", "ended",
)  # fmt: skip
# "since the start of 2019": a state's edge; but "since it listed in March" names a happening.
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?((?:[\w-]+\s+){0,4})(?:in|of)\s+(?:the\s+)?$")
# A happening named before "for" + date, which dates the noun, not the verb ("called a snap
# election for Nov. 14": the election is on Nov. 14, the calling was not).
_SET_FOR = re.compile(rf"\b(?:{_HAPPENING_NOUNS})\s+for\s+(?:the\s+)?$", re.IGNORECASE)
# A date between "In the" opening a sentence and the noun of a happening that a comma closes:
# the happening the main clause took place in ("In the May 19 primary, no candidate cleared
# 50 percent", "In the 2022 runoffs, turnout fell").
_FRONTED = re.compile(r"(?:In|At|During)\s+the\s+")
_FRONTED_BEFORE = re.compile(r"(?:^|[.!?]\s+)(?:In|At|During)\s+the\s+$")
_FRONTED_SETTING = re.compile(r"\s+([a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}),")
# A year used as a modifier of a noun or in a name: "the 2023 report", "its 2030 goals",
# "a revised 2027 budget", "Vision 2030"; a capitalised word before a year that only opens
# the sentence does not count.
_ATTRIBUTIVE_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|its|their|his|her|our|this|that|whose)(?:\s+[a-z][a-z-]*(?:ed|al))?"
    r"|[’']s|\b(?P<name>[A-Z][a-z]+))\s+$"
)
# A happening that a year before it names ("the 2022 runoffs", "the 2008 financial crisis"),
# unlike a document or a goal ("the 2023 report", "its 2030 targets").
_YEAR_OF_HAPPENING = re.compile(
    rf"\s+(?:[a-z]+\s+)?(?:{_HAPPENING_NOUNS}|campaigns?|run-?offs?|primar(?:y|ies)|wars?|crisis|"
    r"census|harvest|drought|floods?|earthquake|quake|protests?|uprising|coup|pandemic|"
    r"outbreak|tournament|championships?|Olympics|Games|World\s+Cup)\b"
)
_OPENING_WORDS = frozenset(
    "In On By During Since From Until Before After Through Throughout Early Late Mid Last Next "  # noqa: SIM905
    "This And But Also As Of For At".split()
)
# Between two dates of one verb: "in November 2018 and September 2019", "in May, and".
_COORDINATED = re.compile(r",|\band\b|\bor\b|\bthen\b")
# A date inside a comparison's reference is what a figure is measured against, not a happening
# of its own: "fell 9 percent from a year earlier", "from $11.6 billion a year earlier", "up
# from 3 percent in May", "double the number reported in 2023", "compared with the version
# adopted in December", "than in 2023", "higher than they were five years ago". A range's
# "from" was joined before this test.
_AMOUNT = (
    r"(?:[$€£¥]?\d[\d,.]*\s*(?:%|percent|per\s+cent|billion|million|trillion|points?)?\s+){1,2}"
)
_COMPARED_BEFORE = re.compile(
    rf"\b(?:from|compared\s+(?:with|to)|versus)\s+(?:{_AMOUNT}(?:(?:in|on|at|during)\s+)?)?"
    r"(?:the\s+|a\s+)?$"
    r"|\bthan\s+(?:(?:in|on|at|during)\s+)?(?:the\s+|a\s+)?$"
    r"|\bthan\s+(?:[\w’']+\s+){1,3}(?:was|were|had\s+been|did|stood)\s+(?:in\s+|at\s+)?$"
    r"|(?:\b(?:double|twice|triple|three\s+times)\s+(?:the|that|its|their)\s+"
    r"|\bcompared\s+(?:with|to)\s+|\b(?:up|down)\s+from\s+|\bas\s+against\s+)"
    r"(?:[\w’'$%.-]+\s+){0,8}?(?:in|on|of|at|during)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A figure's date in an aside after a noun ("the jobless rate, 7.6 percent in May, could
# fall"): when the figure was measured, not a happening. After a date the comma lists figures
# instead ("grew 2% in 2022, 3% in 2023"), which the digit test before the comma leaves alone.
_FIGURE_ASIDE_BEFORE = re.compile(
    rf"(?<![\d%])(?<!\d\s)[,(]\s*{_AMOUNT}(?:in|on|at|during|as\s+of)\s+(?:the\s+)?$", re.IGNORECASE
)
_ASIDE_END = re.compile(r"\s*[,)]")
# A record set against an earlier one ("became the second-youngest player to score, after
# Michael Owen in 1998"): the date is the earlier holder's, no happening of this article.
# A date a figure is measured against: a record's ("above a record set in 2019") or the
# last time a superlative held ("the strongest quake since a magnitude 7.4 tremor in 2023").
_MEASURED_AGAINST = re.compile(
    r"\b(?:a|the|its|their)\s+(?:[\w-]+\s+)?record\s+(?:set|reached|hit)\s+(?:in|on)\s+$"
    r"|\b(?:most|[a-z]{3,}est)\s+(?:[\w.'’-]+\s+){0,6}since\s+(?:[\w.'’-]+\s+){1,6}"
    r"(?:in|on)\s+$",
    re.IGNORECASE,
)
_RANKED_AFTER = re.compile(
    r"\b(?:first|second|third|fourth|fifth|only|last|[a-z]{3,}est)\b[^.;:]{0,80}?,?\s+"
    r"after\s+(?:[A-Z][\w'’-]+\s+){1,3}in\s+$"
)
# "The second half", "the fourth quarter" with no year: in a report of a game they are its
# periods, not the year's halves and quarters.
_PART_OF_YEAR = re.compile(r"\d{4}-[HQ]\d")
_GAME = re.compile(
    r"\b(?:scor(?:e|es|ed|ing)|goals?|halftime|half-time|kick-?off|penalt(?:y|ies)|innings|"
    r"touchdowns?|striker|goalkeeper|referee|whistle|equali[sz](?:er|ed|ing)|"
    r"\d+(?:st|nd|rd|th)\s+minute)\b",
    re.IGNORECASE,
)
# A preposition right before a date makes it the time of the clause ("on New Year's Day").
#: The lower-case word right after an expression.
_WORD_AFTER = re.compile(r" ([a-z]+)\b")
#: Nouns after a holiday's name that make a time of it ("Christmas week", "Easter holidays").
_HOLIDAY_TIMES = frozenset(
    "day eve week weekend holiday holidays season break period night evening".split()  # noqa: SIM905
)
#: Words after a holiday's name that leave it a time or the subject of a verb.
_FUNCTION_WORDS = frozenset(
    (  # noqa: SIM905
        "and or but to of in on at for by with from this that is was are were will would has "
        "had have be can could may might must should shall does did do"
    ).split()
)
_TIME_PREPOSITION = re.compile(
    r"(?:^|\b(?:on|at|over|before|after|by|until|since|during|around|from|to|for|of|in)\s+)$",
    re.IGNORECASE,
)
# A one-word frequency before a noun modifies it ("the daily minimum wage", "weekly market"),
# while one before a preposition, a conjunction or punctuation times the verb ("runs daily").
_MODIFIED_NOUN = re.compile(
    r"\s+(?!(?:at|in|on|from|to|and|or|but|since|for|until|by|with|during|after|before|as|"
    r"through|between|except|the|a|an)\b)[A-Za-z]"
)
# A day written as a noun's modifier: "the June 1 run-off", "Monday's crash".
_DATE_ARTICLE = re.compile(r"\b(?:the|this|last|a)\s+$", re.IGNORECASE)
_POSSESSIVE_DATE = re.compile(r"['’]s\s+")
_PHRASE_WORD = re.compile(r"\s*([\w'’.-]+)")
_NOUN_PHRASE_ENDS = frozenset(
    "was were is are be been has have had will would could can may might should must did does "  # noqa: SIM905
    "who which that when where while after before because said says told and or but".split()
)
_CUT_AFTER_DATE = frozenset(
    "on in at of for to from with by as during since until than over".split()  # noqa: SIM905
)
_LINK_TAIL = re.compile(r"\s+(?:on|in|at|during)\s*$")
_PLACE_TAIL = re.compile(
    r"(?:\s+in\s+(?:(?:the\s+)?(?:north|south|east|west|central|southern|northern|eastern|"
    r"western)\w*\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)+$"
)
_CLAUSE_END = re.compile(r"\s*(?:[.;!?]|$)")
_TIMING_SUBORDINATOR = re.compile(r"(when|after)\s", re.IGNORECASE)
_SAYS_WILL = re.compile(r" (?:says|say) (?:that )?(?:it|they|he|she) will ")
_NONE = re.compile(r"(?:no|not\s+(?:a|any))\b", re.IGNORECASE)
_NOBODY = re.compile(r"(?:nobody|no\s+one|none|nothing)\b", re.IGNORECASE)
# A noun phrase after "is" that ranks or classes its subject ("the second storm", "a record").
_PREDICATE = re.compile(r"(?:the|a|an|its|their)\s", re.IGNORECASE)
_NOWADAYS = frozenset({"today", "nowadays", "these days"})
_COPULAS = [["is"], ["are"], ["was"], ["were"]]
#: Where a quote may be cut to its last clauses: a comma and a conjunction ("..., and we will").
_QUOTE_CLAUSE = re.compile(r",\s*(?:and|but|so)\s+")
#: The last two capitalised words of a speaker's description: the name ("Marcia Holt").
_LAST_NAME_WORDS = re.compile(r"[A-Z][\w'’-]+\s+[A-Z][\w'’-]+$")
#: A happening its owner has set for a date: "(set) his sentencing hearing for (Feb. 9)".
_OWNED_SET_FOR = re.compile(
    rf"(?:\b(?P<owner>his|her|their|its|[A-Z][\w-]+(?=['’]s))(?:['’]s)?\s+"
    rf"|\b(?:set|scheduled)\s+(?:(?:a|an|the)\s+)?)"
    rf"(?P<noun>(?:(?!(?:a|an|the|his|her|their|its)\s)[a-z-]+\s+){{0,2}}(?:{_HAPPENING_NOUNS})"
    rf"(?:\s+of\s+[a-z-]+)?)\s+for\s+(?:the\s+)?$"
)
_OWNERS = frozenset({"his", "her", "their", "its"})
#: A date opening a line of a timeline, then a dash or colon and the line's first word.
_TIMELINE_ENTRY = re.compile(r"\s*(?:[-–—]|:)\s+(\w+)")
#: A labelled item of a list, the date after the label ("- Written papers: from May 10 to
#: June 4", "• Results: expected in July"): the label names what happens.
_LABELLED = re.compile(r"[-•*–]\s+(?P<label>[A-Z][^:;.?!]{2,80}?):\s")
#: The last words of a labelled item's text before its date, after any earlier part of it.
_LABEL_LEAD = re.compile(r"(?:^|[;,]\s*)(?P<lead>[a-z][\w\s-]{0,40}?)\s*$")
_LEAD_PREPOSITION = re.compile(r"\s*\b(?:on|in|at|by|from|for|until|between|of|to)$")
#: A note on the article itself, not news ("Correction:", "Editor's note:", "This interview
#: was conducted on Wednesday and has been edited for length").
_NOTE = re.compile(
    r"(?:Correction|Clarification|Editor['’]s\s+note)\s*:"
    r"|This\s+(?:interview|conversation|article|story|report|transcript)\s+(?:was|has\s+been)\s+"
    r"(?:conducted|edited|updated|corrected|condensed|amended|translated)\b",
    re.IGNORECASE,
)
_ENTRY_DASH = re.compile(r"\s*[-–—]\s")
_SAYS = re.compile(r"\s(?:says|said)\s")
#: A title that is only a vote's name ("Parliamentary election", "Presidential run-off").
_VOTE_TITLE = re.compile(
    r"(?:[A-Z][a-z-]+\s+){0,3}(?:[a-z-]+\s+){0,2}(?:elections?|votes?|run-?offs?|referendum|"
    r"primary|primaries|round)"
)
_JUDGEMENT = re.compile(
    r"(?:a|an|another|the)\s+(?:\w+\s+)?(?:chance|test|opportunity|step|"
    r"sign|reminder|blow|boost|milestone|moment|turning\s+point)\b",
    re.IGNORECASE,
)
_COMPARATIVES = frozenset({"more", "less", "fewer", "worse", "better", "bigger", "higher"})
#: Words in "-er" that are no comparatives ("is under way", "was never").
_NOT_COMPARATIVES = frozenset(
    "under over after never either neither other whether together rather later sooner "  # noqa: SIM905
    "further farther ever".split()
)
_PRESENT_BE = frozenset({"is", "are", "has", "have"})
# "from" after a noun, not after a figure or "up"/"down": the month something starts in.
_MONTH_START = re.compile(r"(?<!\bup)(?<!\bdown)(?<=[a-z])\s+from\s*$")
_NAMED_DAY = re.compile(r"\d|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
_CONJUNCTION = re.compile(r"\s*(?:,\s*)?\b(?:and|or|but)\b\s*|\s*(?:;|,(?!\d))\s*")  # not "2,000"
# A conjunct that only repeats its verb's happening at another date ("and again in 2025").
_REPEATED = re.compile(r"(?:again|once\s+more|once\s+again)\s+(?:(?:in|on|at|during)\s+)?")
# Between two dates of one verb, strictly: "in November 2018 and September 2019".
_SAME_VERB = re.compile(r"[\s,]*(?:(?:and|or|then)\s+)?(?:(?:in|on|at|by|during)\s+)?(?:the\s+)?")
# A date that names its year: "2023", "June last year", "this year".
_NAMES_A_YEAR = re.compile(r"\b\d{4}\b|\byear\b", re.IGNORECASE)
_AT_GAP = re.compile(r"^\s*,?\s*(?:at\s+)?(?:about\s+|around\s+)?$")
_RANGE_GAP = re.compile(r"^\s*(?:to|until|till|through|and|or|-|–|—)\s*$")
#: A period's end ("the end of next week", "late this week"), not the rest of it ("later
#: this week").
_WEEK_END = re.compile(r"\b(?:end|close|late)\b", re.IGNORECASE)
_HALF = re.compile(r"\d{4}-H[12]")
_DAY_OF_RANGE = re.compile(r"\d{1,2}(?:,?\s+\d{4})?")
_RANGE_OPENER = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
_ADJACENT_GAP = re.compile(r"^(?:\s*,?\s*|\s+of\s+)$")
# "the past decade", "recent years": a stretch of time a state lasted, not a moment.
_SPAN = re.compile(
    r"^(?:the\s+)?(?:past|last|recent|previous|coming|next)\s+(?:decade|century|years)", re.I
)

_TOPICS: dict[str, tuple[str, ...]] = {
    "science": ("science", "scientific", "scientist", "research", "scholar", "academ"),
    "technology": ("technolog", "tech", "digital", "innovation", "software", "satellite", "cyber"),
    "education": ("education", "student", "school", "universit", "scholarship", "teacher"),
    "trade": ("trade", "export", "import", "tariff", "customs", "free trade"),
    "economy": ("econom", "gdp", "inflation", "investment", "investor", "growth", "budget"),
    "energy": ("energy", "oil", "gas", "electricity", "renewable", "solar", "nuclear", "power"),
    "diplomacy": (
        "summit",
        "forum",
        "diplomat",
        "talks",
        "bilateral",
        "treaty",
        "ambassador",
        "foreign minister",
        "state visit",
        "cooperation",
        "memorandum",
    ),
    "politics": (
        "election",
        "parliament",
        "vote",
        "president",
        "government",
        "party",
        "legislat",
        "referendum",
        "cabinet",
        "law",
    ),
    "security": (
        "military",
        "army",
        "troops",
        "attack",
        "defence",
        "defense",
        "terror",
        "police",
        "missile",
        "drone",
        "ceasefire",
        "war",
    ),
    "health": ("health", "hospital", "vaccin", "disease", "medical", "patient", "virus"),
    "transport": (
        "rail",
        "road",
        "airport",
        "flight",
        "airline",
        "transport",
        "logistic",
        "corridor",
        "highway",
        "train",
    ),
    "agriculture": ("agricultur", "farm", "harvest", "crop", "grain", "wheat", "cotton"),
    "culture": ("culture", "cultural", "museum", "festival", "film", "heritage", "concert"),
    "sport": ("sport", "tournament", "championship", "olympic", "football", "match", "athlet"),
    "environment": (
        "climate",
        "environment",
        "emission",
        "pollution",
        "flood",
        "drought",
        "earthquake",
        "wildfire",
        "glacier",
        "water",
    ),
    "finance": ("bank", "loan", "bond", "stock", "currency", "fund", "interest rate"),
    "business": ("company", "firm", "merger", "acquisition", "startup", "chief executive", "ceo"),
    "tourism": ("touris", "visa", "visitor"),
}
_TOPIC_WORDS = {stem: topic for topic, stems in _TOPICS.items() for stem in stems}
_TOPIC_LENGTHS = sorted({len(stem) for stem in _TOPIC_WORDS}, reverse=True)
# The first letters of every stem: a word as long that starts otherwise names no topic, alone
# or with the word after it, so most words are passed over at a glance.
_TOPIC_HEAD = min(_TOPIC_LENGTHS)
_TOPIC_HEADS = frozenset(stem[:_TOPIC_HEAD] for stem in _TOPIC_WORDS)
_LOWER_WORD = re.compile(r"[a-z][a-z-]*")
_ACTOR = re.compile(
    r"\b(?:[A-Z][\w'’&-]*|[0-9]+(?:st|nd|rd|th))(?:\s+(?:(?:of|for|and|on|de)\s+(?:the\s+)?)?"
    r"[A-Z][\w'’&-]*)*"
)
# An ordinal or an owner before an actor's name, and an owner's "'s" after it.
_ACTOR_LEAD = re.compile(r"^(?:\d+(?:st|nd|rd|th)\s+|\S+[’']s\s+)")
_ACTOR_POSSESSIVE = re.compile(r"[’']s$")
_ACTOR_PARTS = re.compile(r"\s+and\s+|-")
# Words a subject made only of a date may hold besides it ("the year 2023").
_DATE_WORDS = re.compile(r"\b(?:the|a|an|in|on|of|this|that|last|next|year|month|week|day)\b", re.I)
_LETTER = re.compile(r"[^\W\d_]")
_NOT_ACTORS = frozenset(
    "The A An In On At This That It He She They We But And However Meanwhile According "  # noqa: SIM905
    "Earlier Later Last Next After Before During".split()
)


# Headline verbs that say nothing by themselves.
# A month or weekday named alone ("March", "Monday"), without a year or a day.
_BARE_NAME = re.compile(r"[A-Z][a-z]+\.?")
# The words leading to a date that a verb in the past places before now ("in March", "on
# Monday", "approved ... Monday"), not toward it ("until March", "to March").
_PAST_LEAD = re.compile(r"(?:\b(?:in|on|during|since|[a-z]+ed)\s+)$", re.IGNORECASE)
# A date a "when" clause after it describes: "in April 2023, when the war began".
_WHEN_AFTER = re.compile(r",\s+(when)\s+(?=[a-z])")
# "on Wednesday, a day after the minister toured": a count of days or weeks after a day
_DAYS_COUNT = re.compile(r"P([1-9])([DW])")
_OFFSET_GAP = re.compile(r"\s*,\s*")
_OFFSET_LINK = re.compile(r"\s+(after|before)\s+(?=\w)")
# "on the eve of an OPEC+ meeting at which ...": the happening of the next day, up to what
# says more of it
_EVE_OF = re.compile(
    r",?\s+(?:on\s+)?the\s+eve\s+of\s+(?:an?\s+|the\s+)?"
    r"(?P<what>[^,;.]+?)(?=\s+(?:at|in|which|where|when|that|to|on|as)\b|[,;.]|$)"
)
_INFINITIVE = re.compile(r"\bto\s+[a-z]+")
_SPEECH_HEADS = frozenset({"says", "say", "said", "tells", "adds", "notes", "reports", "states"})
# "Ingrid Solberg tells reporters": someone speaking to an audience, no statement named.
_AUDIENCES = frozenset({"reporters", "journalists", "lawmakers", "parliament", "delegates"})
_TELLS_AUDIENCE = re.compile(
    rf"\btells\s+(?:{'|'.join(sorted(_AUDIENCES))})(?:\s+(?:in|at|outside)\s+[A-Z][\w-]*)?$"
)
# A sentence opening with a quote: '"We are leaner than ever," she told reporters'.
_OPENING_QUOTE = re.compile(r'[“"]([^”"]{3,200}?)(?:[,.!?]?[”"]\s*,?\s+[a-z]|,[”"]\s+[A-Z])')
_SPEAKER = re.compile(r"(.+?)\s+(?:says|said|tells|told|adds|notes)\b")
# Verb-group words that make a clause scheduled rather than reported.
_SCHEDULING = FUTURE_AUXILIARIES | SCHEDULE_WORDS | {"would"}


@dataclass(frozen=True)
class _Dated:
    """A date in a paragraph that may anchor an event: its offsets, timex, interval and rule."""

    start: int
    end: int
    timex: Timex
    when: When
    rule: str


def extract(doc: Document) -> list[Candidate]:
    """The event candidates an article reports.

    Args:
        doc: the article; its body is tagged against `Document.anchor`.

    Returns:
        One candidate per dated clause that reports a happening or a scheduled one, in text
        order. Publication lines never reach the body, so they make no candidates.
    """
    mentions = Mentions(place=doc.place or "")
    found: list[Candidate] = []
    seen: set[str] = set()
    for paragraph, tagged in _tagged_paragraphs(doc):
        if _NOTE.match(paragraph):
            continue  # "Correction: An earlier version misstated the year": about the article
        timexes = [
            t
            for t in _with_national_days(doc, paragraph, tagged)
            if not _holiday_thing(t, paragraph)
        ]
        dated = _dates(paragraph, timexes)
        for s_start, s_end in sentences(paragraph):
            sentence = paragraph[s_start:s_end]
            mentions.read(sentence)
            mine = _without_attributive([d for d in dated if s_start <= d.start < s_end], paragraph)
            # Most sentences hold no date: their expressions and clauses are never looked at.
            if mine:
                here = [t for t in timexes if s_start <= t.start < s_end]
                offsets = [
                    (t.start - s_start, t.end - s_start) for t in here if _in_titles(t, paragraph)
                ]
                habits = [
                    (t.start - s_start, t.end - s_start) for t in here if _habit(t, paragraph)
                ]
                taken = [(d.start - s_start, d.end - s_start) for d in mine]
                parsed = parse(sentence)
            posted, first = None, len(found)
            labelled = _LABELLED.match(sentence) if s_start == 0 else None
            for item in mine:
                if labelled and item.start < labelled.end() <= max(d.start for d in mine):
                    continue  # "- Admission lists for 2027/28: September 2027": the label's
                candidate = _candidate(
                    doc, parsed, s_start, item, (offsets, habits, taken), mentions
                )
                if candidate is None and labelled and item.start >= labelled.end():
                    candidate = _listed(doc, sentence, labelled, item)
                if candidate and candidate.id not in seen and _new_clause(candidate, found):
                    seen.add(candidate.id)
                    found.append(candidate)
                    if _entry_time(item.timex, paragraph):
                        posted = candidate
                    eve = _eve_of(candidate, sentence, item.end - s_start)
                    if eve and eve.id not in seen:
                        seen.add(eve.id)
                        found.append(eve)
            others = [c for c in found[first:] if c is not posted]
            if (
                posted
                and others
                and (_SAYS.search(posted.title) or posted.title in {c.title for c in others})
            ):
                # "2:15 p.m. — Malacañang says Marcos will visit Bislig on Tuesday": the
                # entry's time is when the news was posted, the other date the happening's
                found.remove(posted)
            # Without a candidate of this sentence both filters would keep every candidate.
            if any(c.summary == sentence for c in found):
                found = _without_echoes(found, sentence)
            mentions.remember(sentence)
    return _one_per_happening(found)


def _listed(
    doc: Document, sentence: str, labelled: re.Match[str], item: _Dated
) -> Candidate | None:
    """The candidate of a labelled list item's date that no clause holds: the label and the
    words before the date say what happens ("- Results: expected in July" → "Results
    expected")."""
    lead = _LABEL_LEAD.search(sentence[labelled.end() : item.start])
    words = _LEAD_PREPOSITION.sub("", lead["lead"]) if lead else ""
    headline = " ".join(f"{labelled['label']} {words}".split())
    if len(headline.split()) < 2:
        return None
    text = sentence[item.start : item.end]
    digest = hashlib.sha256(
        "\x1f".join((doc.id, sentence, text, item.when.value)).encode("utf-8")
    ).hexdigest()
    return Candidate(
        id=digest[:16],
        title=headline,
        summary=sentence,
        when=item.when,
        source=Source(doc.id, doc.title, doc.publisher, doc.published, sentence),
        tags=_topics(sentence),
        places=find_places(sentence) or _dateline_place(doc),
        timex=item.timex,
        rule="listed",
    )


def _eve_of(candidate: Candidate, sentence: str, end: int) -> Candidate | None:
    """The happening a day is the eve of, on the day after it ("rose on Wednesday on the eve
    of an OPEC+ meeting": the meeting is Thursday's), or None."""
    m = _EVE_OF.match(sentence, end)
    title = noun_title(m["what"]) if m and candidate.when.granularity == "day" else ""
    if not title:
        return None
    when = to_when((candidate.when.start + timedelta(days=1)).isoformat())
    if when is None:
        return None
    digest = hashlib.sha256(f"{candidate.id}\x1feve\x1f{when.value}".encode()).hexdigest()
    return replace(candidate, id=digest[:16], title=title, when=when, rule="nominal")


def _without_attributive(mine: list[_Dated], paragraph: str) -> list[_Dated]:
    """A sentence's dates without those that only qualify a noun ("fourth-quarter profit",
    "full-year forecast") when another date times its happening ("reported a rise in
    fourth-quarter profit on Tuesday": the report is Tuesday's)."""
    qualifying = [d for d in mine if _qualifies_noun(d, paragraph)]
    return [d for d in mine if d not in qualifying] if len(qualifying) < len(mine) else mine


def _qualifies_noun(item: _Dated, paragraph: str) -> bool:
    """Whether a hyphenated period ("fourth-quarter", "first-half") stands before a noun."""
    return item.when.granularity != "day" and qualifies_noun(
        item.timex.text, paragraph[item.end : item.end + 2]
    )


def _tagged_paragraphs(doc: Document) -> Iterator[tuple[str, list[Timex]]]:
    """Each paragraph with its temporal expressions (offsets in the paragraph), the body tagged
    as one text so that a time or a "the next day" reads from a day an earlier paragraph named
    ("The quake struck on Saturday. ¶ It hit at 12:12 p.m.")."""
    body = "\n\n".join(doc.paragraphs)
    found = counted_from_before(body, tag(body, doc.anchor), doc.anchor)
    offset = 0
    day = doc.anchor.isoformat()
    for paragraph in doc.paragraphs:
        end = offset + len(paragraph)
        mine = [
            replace(t, start=t.start - offset, end=t.end - offset)
            for t in found
            if offset <= t.start and t.end <= end
        ]
        if mine and _entry_time(mine[0], paragraph):
            # A live blog's entry is posted on the day of the entries before it, whatever
            # day the entry before tells of ("... will visit on Tuesday. ¶ 3:40 p.m. — ")
            mine[0] = replace(mine[0], value=day + mine[0].value[mine[0].value.index("T") :])
        elif mine and mine[0].start == 0 and len(mine[0].value) == 10:
            day = mine[0].value  # "Nov. 10 — ...": later entries are of that day
        yield paragraph, mine
        offset = end + 2


def _entry_time(timex: Timex, paragraph: str) -> bool:
    """Whether a clock time labels a paragraph as a live blog's entry ("10:45 a.m. — ")."""
    return (
        timex.start == 0
        and timex.type == "TIME"
        and "T" in timex.value
        and timex.value[:4].isdigit()
        and _ENTRY_DASH.match(paragraph, timex.end) is not None
    )


def _with_national_days(doc: Document, paragraph: str, timexes: list[Timex]) -> list[Timex]:
    """The paragraph's dates with holidays whose day depends on the country ("Independence
    Day") moved to the day of the country the sentence speaks of, or dropped when it is unknown."""
    out = []
    for timex in timexes:
        name = holiday_name(timex)
        if name is None:
            out.append(timex)
            continue
        spans = sentences(paragraph)
        s_start, s_end = next(
            ((a, b) for a, b in spans if a <= timex.start < b), (0, len(paragraph))
        )
        before = paragraph[s_start : timex.start]
        country = holiday_country(before, paragraph[s_start:s_end], _home_country(doc))
        tense = tense_at(paragraph, timex.start, timex.end)
        moved = in_country(timex, name, country, doc.anchor, tense)
        if moved is not None:
            out.append(moved)
    return out


def _home_country(doc: Document) -> str | None:
    """The ISO code of the article's country: its dateline's, else the first in its headline."""
    for place in ((doc.place,) if doc.place else ()) + find_places(doc.title):
        code = country_code(place)
        if code:
            return code
    return None


def _habit(timex: Timex, paragraph: str) -> bool:
    """Whether a set makes its clause a habit ("every year"), not a rate of a quantity
    ("winds of 149 kilometres per hour", "10,000 barrels per day") nor a noun's modifier
    ("raised the daily minimum wage", "its annual report")."""
    if timex.type != "SET" or timex.text.lower().startswith("per "):
        return False
    return not (" " not in timex.text and _MODIFIED_NOUN.match(paragraph, timex.end))


def _holiday_thing(timex: Timex, paragraph: str) -> bool:
    """Whether a holiday's name only qualifies the noun after it ("Skansen's Christmas market
    opens", "Easter egg hunt"), with no preposition making it a time ("until Christmas")."""
    if not is_holiday(timex) or _TIME_PREPOSITION.search(paragraph, 0, timex.start):
        return False
    after = _WORD_AFTER.match(paragraph, timex.end)
    if not after or after[1] in _HOLIDAY_TIMES:
        return False
    word = after[1]
    return not (is_past(word) or is_present_third(word) or word in _FUNCTION_WORDS)


def _in_titles(timex: Timex, paragraph: str) -> bool:
    """Whether a date or time is left out of titles: not a duration, not a holiday named as a
    thing ("marks Independence Day", "on the country's 64th Independence Day") and not a
    capitalised word the tagger read as a reference ("the Future Circular Collider")."""
    if timex.type not in ("DATE", "TIME"):
        return False
    if is_holiday(timex) and not _TIME_PREPOSITION.search(paragraph, 0, timex.start):
        return False
    named = any(w[:1].isupper() for w in timex.text.split() if w.lower() != "the")
    return not (timex.value.endswith("_REF") and named)


def _dates(paragraph: str, timexes: list[Timex]) -> list[_Dated]:
    """The calendar dates of a paragraph, ranges joined and "March this year" read as one."""
    out: list[_Dated] = []
    skip: set[int] = set()
    for i, timex in enumerate(timexes):
        if i in skip or timex.type not in ("DATE", "TIME"):
            continue
        when = to_when(timex.value)
        if when is None:
            continue
        when = _week_end(when) if _WEEK_END.search(timex.text) else when
        following = timexes[i + 1] if i + 1 < len(timexes) else None
        gap = paragraph[timex.end : following.start] if following else ""
        later = to_when(following.value) if following else None
        if (
            timex.type == "TIME"
            and following
            and later
            and later.granularity == "day"
            and _ZONE_GAP.match(gap)
        ):
            # "at midnight Kyiv time on Sunday": one time, dated by the day named after it
            skip.add(i + 1)
            out.append(_Dated(timex.start, following.end, following, later, "date"))
            continue
        half = _half_of_month(timex, gap, later) if following and later else None
        if following and half:
            skip.add(i + 1)  # "in the second half of October": the month's last fortnight
            out.append(_Dated(timex.start, following.end, timex, half, "date"))
            continue
        if (
            following
            and later
            and _RANGE_GAP.match(gap)
            and _is_range(paragraph, timex, gap, following)
        ):
            first = _in_end_year(when, later, timex, following)
            joined = span(first, _after(first, later, following))
            skip.add(i + 1)
            if joined:
                out.append(_Dated(timex.start, following.end, timex, joined, "range"))
            continue
        if following and later and _ADJACENT_GAP.match(gap) and _inside(when, later):
            skip.add(i + 1)  # "March this year", "Saturday, Oct. 26": the finer one dates it
            when = _in_year(when, later)
        elif following and later and _clock_of(timex, gap, following, when, later):
            skip.add(i + 1)  # "on June 12 at 5:40 p.m.": the clock time of the day named
        out.append(_Dated(timex.start, timex.end, timex, when, "date"))
        shifted = _days_apart(paragraph, timex, when, following) if following else None
        if following and shifted:
            skip.add(i + 1)
            out.append(_Dated(following.start, following.end, following, shifted, "offset"))
    return [d for d in out if d.rule == "offset" or _happening_date(paragraph, d)]


def _half_of_month(timex: Timex, gap: str, month: When) -> When | None:
    """The half of a month a half followed by "of" and the month names ("the second half of
    November": the 16th to the end), or None."""
    if not _HALF.fullmatch(timex.value) or gap.strip() != "of" or month.granularity != "month":
        return None
    first = timex.value.endswith("H1")
    start = month.start if first else month.start + timedelta(days=15)
    end = month.start + timedelta(days=14) if first else month.end
    return span(to_when(start.isoformat()) or month, to_when(end.isoformat()) or month)


def _week_end(when: When) -> When:
    """A week's end read as its last three days ("at the end of next week": Friday to
    Sunday), other periods as they are: a month's end is as often its last fortnight."""
    if when.granularity != "week":
        return when
    friday, sunday = when.end - timedelta(days=2), when.end
    return span(to_when(friday.isoformat()) or when, to_when(sunday.isoformat()) or when) or when


def _days_apart(paragraph: str, timex: Timex, when: When, following: Timex) -> When | None:
    """The day of the clause after a count of days that follows a day ("rose on Wednesday, a
    day after the minister toured the camps": the tour is Tuesday's), or None."""
    count = _DAYS_COUNT.fullmatch(following.value)
    if timex.type != "DATE" or when.granularity != "day" or not count:
        return None
    if not _OFFSET_GAP.fullmatch(paragraph, timex.end, following.start):
        return None
    link = _OFFSET_LINK.match(paragraph, following.end)
    if not link:
        return None
    days = int(count[1]) * (7 if count[2] == "W" else 1)
    day = (
        when.start - timedelta(days=days)
        if link[1] == "after"
        else when.start + timedelta(days=days)
    )
    return to_when(day.isoformat())


def _clock_of(timex: Timex, gap: str, following: Timex, when: When, later: When) -> bool:
    """Whether a time right after a day is the clock time of that day ("June 12 at 5:40 p.m.")."""
    same_day = later.start == when.start and later.end == when.end
    # "Sunday: Bangladesh take on Pakistan in Mirpur (2 p.m. local time)": the clock time of
    # the day, set in brackets at the end of its clause
    bracketed = gap.rstrip().endswith("(") and not _SENTENCE_MARK.search(gap)
    return (
        timex.type == "DATE"
        and following.type == "TIME"
        and same_day
        and bool(_AT_GAP.match(gap) or bracketed)
    )


_SENTENCE_MARK = re.compile(r"[.!?;]")


def _after(first: When, end: When, timex: Timex) -> When:
    """A range's end moved a year on when it was read before the range's start and names no
    year of its own ("from April to September" in October: next April to next September)."""
    if end.start >= first.start or re.search(r"\d{4}", timex.text) or not end.value[:4].isdigit():
        return end
    return to_when(f"{int(end.value[:4]) + 1}{end.value[4:]}") or end


def _in_end_year(first: When, end: When, timex: Timex, following: Timex) -> When:
    """A range's start moved into the year its end names when it names none itself ("between
    February and June last year", "from March to May 2023": February and March of that year),
    or the year before when the start would then fall after the end ("from November to
    February 2024")."""
    if not _NAMES_A_YEAR.search(following.text) or _NAMES_A_YEAR.search(timex.text):
        return first
    if not first.value[:4].isdigit():
        return first
    if first.start.year == end.start.year and first.start <= end.start:
        return first
    moved = to_when(f"{end.start.year}{first.value[4:]}")
    if moved and moved.start > end.start:
        moved = to_when(f"{end.start.year - 1}{first.value[4:]}")
    return moved or first


def _edge_then_when(text: str, start: int, end: int) -> re.Match[str] | None:
    """The "when" of a clause that tells what happened at a date the sentence only uses as a
    state's edge ("have crossed since April 2023, when the war began"), or None."""
    when = _WHEN_AFTER.match(text, end)
    if when and _NOT_A_HAPPENING_BEFORE.search(text, max(0, start - 40), start):
        return when
    return None


def _is_range(paragraph: str, timex: Timex, gap: str, following: Timex) -> bool:
    """Whether two dates joined by "to", "and", "or" or a dash are the ends of one range:
    after "from" or "between", around a dash, a bare day after a date ("Sept. 23 and 24"),
    two close days either of which it may be ("late on Thursday or early Friday"), or two
    days in a row ("held on Friday and Saturday"); not the old and new day of a happening
    put off ("postponed from Nov. 15 to Dec. 1")."""
    if _PUT_OFF_FROM.search(paragraph, max(0, timex.start - 40), timex.start):
        return False
    if gap.strip() in ("or", "and"):
        first, second = to_when(timex.value), to_when(following.value)
        days = bool(first and second and first.granularity == second.granularity == "day")
        apart = (second.start - first.end).days if first and second else 0
        if gap.strip() == "or":
            return days and 0 < apart <= 7
        if days and apart == 1:
            return True
    if _RANGE_OPENER.search(paragraph[: timex.start]) or gap.strip() in ("-", "–", "—"):
        return True
    # "March 1 to 12" or "March 1 to 12, 2027": a day of the same month closes the range
    return bool(_DAY_OF_RANGE.fullmatch(following.text))


def _inside(finer: When, coarser: When) -> bool:
    """Whether a second, adjacent date only names the year or month around the first."""
    order = ("day", "week", "month", "season", "quarter", "half", "year")
    if finer.granularity not in order or coarser.granularity not in order:
        return False
    return order.index(finer.granularity) < order.index(coarser.granularity)


def _in_year(finer: When, coarser: When) -> When:
    """The finer date moved into the year the adjacent coarser date names ("March this year")."""
    if coarser.start <= finer.start and finer.end <= coarser.end:
        return finer
    moved = to_when(f"{coarser.start.year}{finer.value[4:]}") if finer.value[:4].isdigit() else None
    return moved if moved and coarser.start <= moved.start <= coarser.end else finer


def _happening_date(paragraph: str, dated: _Dated) -> bool:
    """Whether a date can time a happening: not the edge of a state, not a noun's modifier."""
    before = paragraph[max(0, dated.start - 40) : dated.start]
    if _edge_then_when(paragraph, dated.start, dated.end):
        return True  # "since April 2023, when the war began": the war began then
    if _OWNED_SET_FOR.search(paragraph, max(0, dated.start - 80), dated.start):
        return True  # "set the first meeting of creditors for Dec. 14": the day it is set for
    state_edge = _ends_with(before, _STATE_EDGE_WORDS) and _NOT_A_HAPPENING_BEFORE.search(before)
    if state_edge and dated.when.granularity == "day" and _PUT_OFF_UNTIL.search(before):
        return True  # "delayed until Feb. 7": the day it is set for ("until next month": vague)
    if _SO_FAR.search(before):
        return False  # "118,000 cases so far this year": a tally's span, not a happening's day
    if state_edge or _SPAN.match(dated.timex.text) or _PUT_OFF_FROM.search(before):
        return False
    since = _SINCE_BEFORE.search(before)
    if since and not any(is_past(word) for word in since[1].split()):
        return False
    if _FIGURE_ASIDE_BEFORE.search(
        paragraph, max(0, dated.start - 40), dated.start
    ) and _ASIDE_END.match(paragraph, dated.end):
        return False
    if _RANKED_AFTER.search(paragraph, max(0, dated.start - 160), dated.start):
        return False
    if _MEASURED_AGAINST.search(paragraph, max(0, dated.start - 100), dated.start):
        return False  # "below the record set in 2024", "the strongest since a tremor in 2023"
    compared = _COMPARED_BEFORE.search(paragraph, max(0, dated.start - 60), dated.start)
    if compared and dated.rule != "range" and not _start_day(dated, before):
        return False
    if _period_of_a_game(paragraph, dated.timex):
        return False
    if not dated.timex.text.isdigit():
        return True
    attributive = _ATTRIBUTIVE_BEFORE.search(before)
    if not attributive or _YEAR_OF_HAPPENING.match(paragraph, dated.end):
        return True  # "Ethiopia's 2023 campaign reached", "in the 2022 runoffs": its year
    if _FRONTED_BEFORE.search(before) and _FRONTED_SETTING.match(paragraph, dated.end):
        return True  # "In the 2023 season, he scored": the season's year
    return bool(attributive["name"]) and attributive["name"] in _OPENING_WORDS


def _ends_with(before: str, words: tuple[str, ...]) -> bool:
    """Whether the text before a date ends in a space after a word (or a word and "the")
    that ends with one of `words`: what a pattern of a preposition before a date needs, told
    without searching the text for it. A word not in ASCII is left to the pattern."""
    if not before[-1:].isspace():
        return False
    tail = before.rsplit(None, 2)[-2:]
    if not tail or not all(word.isascii() for word in tail):
        return bool(tail)
    last = tail[-1].lower()
    if last in ("the", "in") and len(tail) == 2:
        last = tail[0].lower()  # "since the", "ended in"
    return last.endswith(words)


def _start_day(dated: _Dated, before: str) -> bool:
    """Whether "from" a named day or month says when something starts ("will launch flights
    from Dec. 1", "from Monday", "cut import duties on components from July"), not the time a
    figure is compared with ("from a year earlier", "fell 3% from March")."""
    if not before.rstrip().endswith("from"):
        return False
    if dated.when.granularity == "month":
        return bool(_MONTH_START.search(before)) and not _NAMED_DAY.search(dated.timex.text)
    return bool(_NAMED_DAY.search(dated.timex.text)) and dated.when.granularity == "day"


def _period_of_a_game(paragraph: str, timex: Timex) -> bool:
    """Whether a half or quarter without a year is a period of the game a paragraph reports
    ("scored late in the second half")."""
    if not _PART_OF_YEAR.fullmatch(timex.value) or re.search(r"\d|year|fiscal", timex.text):
        return False
    return bool(_GAME.search(paragraph))


def _candidate(
    doc: Document,
    parsed: Parsed,
    offset: int,
    item: _Dated,
    spans: tuple[list[tuple[int, int]], list[tuple[int, int]], list[tuple[int, int]]],
    mentions: Mentions,
) -> Candidate | None:
    """The candidate a date makes in its sentence, or None when it dates no happening.

    `spans` holds the offsets in the sentence of its dates and times, of the sets ("every
    year") among them, and of the dates that may time a happening.
    """
    dates, habits, taken = spans
    sentence = parsed.sentence
    start, end = item.start - offset, item.end - offset
    when_after = _edge_then_when(sentence, start, end)
    entry = _TIMELINE_ENTRY.match(sentence, end) if start == 0 else None
    link = _OFFSET_LINK.match(sentence, end) if item.rule == "offset" else None
    if when_after:  # "since April 2023, when the war began": the when-clause's happening
        clause = clause_at(parsed, when_after.start(1), when_after.end(1))
    elif link:  # "a day after the minister toured the camps": the tour
        clause = clause_at(parsed, link.start(1), link.end(1))
        if clause is None or clause.start < link.start(1):
            return None  # "a day after the attack": a noun, no clause of its own
    elif entry:  # "November 2016 - The RBZ introduces bond notes": a timeline's entry
        clause = clause_at(parsed, entry.start(1), entry.end(1))
    else:
        clause = clause_at(parsed, start, end)
    if clause is None or _dates_the_subject(clause, sentence, start, end):
        return None
    if dates_a_source(parsed, clause, alone=len(taken) == 1):
        return None  # "data released on July 31 showed": when the figures came out
    lead = sentence[clause.rest_start if clause.rest_start < start else 0 : start]
    item = _gone_by(item, clause, lead, doc.anchor)
    if clause.subject.lower() == "there" and _NONE.match(clause.rest):
        return None  # "There were no reports of deaths by Tuesday": nothing happened
    if _NOBODY.match(clause.subject):
        return None  # "Nobody is working today", "None of the passengers was hurt"
    if _ranked_now(clause, item.when, doc.anchor):
        return None  # "The typhoon is the second storm to hit the country this year"
    if _period_edge(clause):
        return None  # "its fiscal fourth quarter, which ended Sept. 30": a calendar, no news
    dropped = _DROPPED.match(sentence, end)
    if _superseded(clause.verb) and dropped:
        # "The launch had been scheduled for Nov. 5 but was called off": the day it was dropped
        clause = replace(clause, verb=("was", *dropped[1].split()), rest="", object="")
    elif _superseded(clause.verb) or _plan_in_the_past(clause, item.when, doc.anchor):
        return None  # "had been due to lift off on June 5": a plan that was dropped
    if _nowadays(item.timex, clause, start):
        return None  # "today it is lithium": the present state of things, not a happening
    if _comparison(clause):
        return None  # "This year the promise is bigger": a state compared, not a happening
    if "still" in (w.lower() for w in clause.verb) and _present(clause.verb):
        return None  # "Two years later, she is still serving soy milk": a state that lasts
    if any(
        clause.start <= a and b <= clause.end and not _other_group(clause, clause_at(parsed, a, b))
        for a, b in habits
    ):
        return None  # "runs every year in August": a habit, not a happening
    set_for = _ends_with(sentence[:start], ("for",)) and (
        _SET_FOR.search(sentence, 0, start) or _OWNED_SET_FOR.search(sentence, 0, start)
    )
    nominal = bool(set_for) or any(
        clause.rest_start <= a < start
        and not _COORDINATED.search(sentence, b, start)
        and not _named_by_date(sentence, a, b)  # "certified the results of the March 29 vote"
        for a, b in taken
    )
    # A nearer date already times the verb: this one times its infinitive ("agreed in March
    # to cut the working week by 2029": the cut is in 2029).
    earlier = [
        b
        for a, b in taken
        if clause.start <= a < start
        and not _SAME_VERB.fullmatch(sentence[b:start])
        and _same_group(clause, clause_at(parsed, a, b))
    ]
    infinitive = _verb_after(parsed, clause, max(earlier), start) if earlier else None
    # A day modifying a noun names its own happening when the verb is not its to date: the
    # noun sits in the subject, or another date of the clause times the verb.
    other_date = any(clause.start <= a < clause.end and a != start for a, _ in taken) or any(
        sentence[b : clause.start].strip() == ":"
        for _, b in taken  # "Monday: ministers meet"
    )
    in_subject = start < clause.rest_start
    named = ""
    # "next month's leaders' meeting": a month in the possessive names its noun too (a year's
    # noun, "this year's floods", is as often what the clause is about)
    possessive = item.when.granularity == "month" and sentence.startswith(("'s ", "’s "), end)
    if (item.when.granularity == "day" or possessive) and (in_subject or other_date):
        # in the subject the phrase ends at the verb ("Saturday's quake in Ecuador rose")
        verb_at = sentence.rfind(clause.verb[0], end, clause.rest_start) if in_subject else -1
        # nor does it run into the next date ("the March 29 election on Monday")
        stop = min((a for a, _ in taken if a >= end), default=len(sentence))
        phrase = _named_by_date(sentence[: verb_at if 0 < verb_at < stop else stop], start, end)
        named = noun_title(phrase)
        if phrase and not named and other_date and not in_subject:
            return None  # "certified the results of the March 29 vote on Monday": a bare noun
    if not named and not nominal and item.when.start > doc.anchor and _past(clause.verb):
        # A later date cannot time a verb in the past: it dates the happening named before it
        # ("confirmed him as the winner, clearing the way for his swearing-in on Aug. 6").
        named = noun_title(mentions.owned(noun_before(parsed, start)))
    before_now = item.when.end < doc.anchor
    if not named and not nominal and in_subject and before_now and _present(clause.verb):
        # An earlier date in the subject cannot time its verb in the present: it dates the
        # happening the subject names ("Investigators examining the collision ... on
        # January 11 are focusing on a weld").
        named = noun_title(_happening_before(sentence, start))
    if not named and not nominal and not in_subject and before_now and _present(clause.verb):
        # Nor one after a verb in the present: it dates the happening the object names
        # ("The report follows the collapse of the Birch glacier in May").
        named = noun_title(_of_phrase_before(sentence, start))
    if (
        not named
        and not in_subject
        and not _past(clause.verb)
        and _names_happening_of_year(sentence, start, end)
    ):
        # "Martonyi, who remembers the 1956 uprising": the uprising is 1956's, not the memory
        named = noun_title(_named_by_date(sentence, start, end))
        if not named:
            return None
    if not named and in_subject and _judged(clause):
        # "Mirziyoyev's state visit to Dushanbe next month is a chance to change that": the
        # subject is the happening, the rest an opinion of it
        subject_text = clause.subject.replace(sentence[start:end], " ")
        named = noun_title(_LINK_TAIL.sub("", " ".join(subject_text.split())))
    if named:
        # "the June 1 presidential run-off", "Monday's crash": the date names a happening
        headline = named
        nominal = True
    elif infinitive:
        headline = title(infinitive, dates, mentions, sentence)
        nominal = False
    elif nominal:
        # The verb is taken by a nearer date: this one dates the noun it follows ("rally on
        # Sept. 21 ahead of the parliamentary election on Oct. 26").
        headline = noun_title(noun_before(parsed, start)) or _set_for(sentence, start, mentions)
    else:
        own = _own_part(clause, sentence, start, end, taken)
        headline = title(own, dates, mentions, sentence, taken, (start, end))
    if headline and not nominal and not infinitive:
        headline = _with_main_clause(headline, clause, sentence, taken, mentions)
        headline = _finding(clause, sentence, taken, mentions) or headline
        setting = _FRONTED_SETTING.match(sentence[end:]) if _FRONTED.fullmatch(lead) else None
        if setting:  # "In the May 19 primary, no candidate cleared 50 percent"
            headline = with_setting(headline, f"{lead.split()[0].lower()} the {setting[1]}")
    if headline and _says_nothing(clause, headline):
        headline = _quoted(sentence, headline)
    if not headline or len(headline.split()) < 2:
        return None
    subject = mentions.resolve(clause.subject)
    clause_text = f"{subject}. {sentence[clause.start : clause.end]}"  # two texts, not one name
    # a second verb's places first ("and resume its route to Chisinau next week")
    told = infinitive if infinitive and not named else None
    narrowed = find_places(f"{told.subject} {told.rest}") if told else ()
    places = narrowed or find_places(clause_text) or _dateline_place(doc)
    if nominal and places and _VOTE_TITLE.fullmatch(headline):
        # "Parliamentary election" alone says nothing of where, on a timeline of many
        headline = f"{headline} in {country_of(places[0]) or places[0]}"
    text = sentence[item.start - offset : item.end - offset]
    digest = hashlib.sha256(
        "\x1f".join((doc.id, sentence, text, item.when.value)).encode("utf-8")
    ).hexdigest()
    return Candidate(
        id=digest[:16],
        title=headline,
        summary=sentence,
        when=item.when,
        source=Source(doc.id, doc.title, doc.publisher, doc.published, sentence),
        tags=_topics(sentence),
        places=places,
        actors=_actors(subject, _without(clause.rest, clause.rest_start, dates), places),
        timex=item.timex,
        rule="nominal" if nominal else "reported" if clause.reported else _rule(item, clause),
    )


def _verb_after(parsed: Parsed, clause: Clause, offset: int, limit: int) -> Clause | None:
    """The verb a second date of a clause times when a nearer date times the clause's own: the
    first infinitive ("agreed in March to cut the week by 2029"), gerund ("sentenced on
    Thursday ... for accepting bribes between 2019 and 2021") or verb sharing the auxiliary
    ("will launch flights from June 15 and resume its route next week") after the nearer date."""
    found = [
        narrowed
        for narrowed in (
            infinitive_after(parsed, clause, offset, limit),
            gerund_after(parsed, clause, offset, limit),
            shared_verb_after(parsed, clause, offset, limit),
        )
        if narrowed is not None
    ]
    return min(found, key=lambda c: c.rest_start, default=None)


def _superseded(verb: tuple[str, ...]) -> bool:
    """Whether a verb group tells a plan in the past perfect ("had been due to", "had been
    scheduled for"): the date it names is the one given up."""
    words = [w.lower() for w in verb]
    return "had" in words and "been" in words and bool(set(words) & (SCHEDULE_WORDS | {"due"}))


def _ranked_now(clause: Clause, when: When, anchor: date) -> bool:
    """Whether a clause in the present only says what its subject is in the year under way
    ("The typhoon is the second storm to hit the country this year"): a state, no happening."""
    words = [w.lower() for w in clause.verb]
    in_year = when.granularity == "year" and when.start <= anchor <= when.end
    return words in (["is"], ["are"]) and in_year and bool(_PREDICATE.match(clause.rest))


def _plan_in_the_past(clause: Clause, when: When, anchor: date) -> bool:
    """Whether a relative clause tells in the past what was planned for a day still to come
    ("the marathon, which was scheduled for Sunday, will be held on May 31 instead"): the plan
    has changed, or it would be told in the present."""
    words = {w.lower() for w in clause.verb}
    planned = bool(words & {"was", "were"}) and bool(words & (SCHEDULE_WORDS | {"due"}))
    return planned and clause.subject_kind == "antecedent" and when.start > anchor


def _nowadays(timex: Timex, clause: Clause, start: int) -> bool:
    """Whether "today" before its verb in the present simple contrasts now with then ("today
    it is lithium", "Today dozens of vessels work the coast"), not the day of a happening
    ("opens today", "Today the president signed")."""
    if timex.text.lower() not in _NOWADAYS or start >= clause.rest_start:
        return False
    words = [w.lower() for w in clause.verb]
    if len(words) != 1 or words[0] in _SCHEDULING:
        return False
    word = words[0]
    return word in _PRESENT_BE or is_present_third(word) or base_form(word) == word


def _names_happening_of_year(sentence: str, start: int, end: int) -> bool:
    """Whether a year written before a happening's noun names it ("the 1956 uprising")."""
    return (
        sentence[start:end].isdigit()
        and _ATTRIBUTIVE_BEFORE.search(sentence, max(0, start - 20), start) is not None
        and _YEAR_OF_HAPPENING.match(sentence, end) is not None
    )


def _set_for(sentence: str, start: int, mentions: Mentions) -> str:
    """The title of a happening set for a date that its noun alone would not name ("set his
    sentencing hearing for Feb. 9" -> "Thomas Keane's sentencing hearing set", "set
    sentencing for Feb. 9" -> "Sentencing set"), or ""."""
    m = _OWNED_SET_FOR.search(sentence, 0, start)
    if m is None or (" " not in m["noun"] and m[0].split()[1].lower() in ("a", "an", "the")):
        return ""  # "scheduled a vote for March 3": a bare vote names nothing
    owner = m["owner"] or ""
    if owner.lower() in _OWNERS:
        owner = mentions.resolve(owner)
    if not owner or owner.lower() in _OWNERS:  # none, or "his" with no one named before
        return f"{m['noun'][:1].upper()}{m['noun'][1:]} set"
    mark = "'" if owner.endswith("s") else "'s"
    return f"{owner}{mark} {m['noun']} set"


def _judged(clause: Clause) -> bool:
    """Whether a clause only says what its subject is ("is a chance to change that", "will be
    a test of his strength"): a copula before a noun phrase."""
    words = [w.lower() for w in clause.verb]
    return words[-1] in ("is", "are", "be", "was", "were") and bool(_JUDGEMENT.match(clause.rest))


def _comparison(clause: Clause) -> bool:
    """Whether a clause only compares its subject with another state ("the promise is bigger",
    "losses were worse than expected")."""
    if [w.lower() for w in clause.verb] not in _COPULAS:
        return False
    first = clause.rest.split(maxsplit=1)[0].lower().rstrip(".,;") if clause.rest.strip() else ""
    return first in _COMPARATIVES or (
        len(first) > 4 and first.endswith("er") and first not in _NOT_COMPARATIVES
    )


def _finding(
    clause: Clause, sentence: str, taken: list[tuple[int, int]], mentions: Mentions
) -> str:
    """The title of what a work dated by a participle found ("A study published on Tuesday
    found that deaths have tripled" -> "Study finds deaths have tripled"): its finding is the
    news; "" when the clause is no such participle or the finding is dated itself."""
    if clause.subject_kind != "participle" or any(a >= clause.end for a, _ in taken):
        return ""
    after = sentence[clause.end :]
    main = first_clause(after)
    if main is None or main.subject_kind != "none" or main.verb[-1].lower() not in _FOUND:
        return ""
    return title(replace(main, subject=clause.subject, subject_kind="clause"), [], mentions, after)


#: Verbs by which a study or a report tells what it found.
_FOUND = frozenset({"found", "finds", "showed", "shows", "concluded", "suggested", "revealed"})


def _with_main_clause(
    headline: str,
    clause: Clause,
    sentence: str,
    taken: list[tuple[int, int]],
    mentions: Mentions,
) -> str:
    """A subordinate clause's title after the undated main clause it times ("12 people were
    killed when a bus overturned on Friday" -> "12 people killed when bus overturns"), when
    that fits a headline; else the subordinate clause's own."""
    sub = _TIMING_SUBORDINATOR.match(sentence, clause.start)
    if not sub or any(a < clause.start for a, _ in taken):
        return headline
    if not _CLAUSE_END.match(sentence, clause.end):
        return headline  # "Relatives of the people killed when a dam burst ... are demanding"
    main = first_clause(sentence[: clause.start])
    if main is None or main.subject_kind != "clause" or not _past(main.verb):
        return headline
    lead = title(main, [], mentions, sentence[: clause.start])
    first = headline.split()[0]
    told = headline
    if re.search(rf"\b{re.escape(first.lower())}\b", sentence):
        told = first.lower() + headline[len(first) :]  # "Bus" was "a bus": not a name
    joined = f"{lead} {sub[1].lower()} {told}"
    return joined if len(lead.split()) >= 2 and len(joined) <= 90 else headline


def _present(verb: tuple[str, ...]) -> bool:
    """Whether a verb group is in the present ("are focusing", "says"), not past or scheduled."""
    words = [w.lower() for w in verb]
    if set(words) & (_SCHEDULING | MODALS) or any(is_past(w) for w in words):
        return False
    return words[0] in _PRESENT_BE or is_present_third(words[0]) or base_form(words[0]) == words[0]


def _happening_before(sentence: str, start: int) -> str:
    """The noun phrase a date follows with the places after it left out ("the collision of two
    trains near Adamuz in southern Spain on January 11" -> "collision of two trains near
    Adamuz"), from its last article on, or ""."""
    text = _PLACE_TAIL.sub("", _LINK_TAIL.sub("", sentence[:start]))
    words = text.split()[-10:]
    at = max((i for i, w in enumerate(words) if w.lower() in ("the", "a", "an")), default=None)
    return " ".join(words[at:]) if at is not None and len(words) - at > 1 else ""


def _of_phrase_before(sentence: str, start: int) -> str:
    """The happening a date follows when it is named with "of" ("the collapse of the Birch
    glacier", "the Chi-Chi earthquake of Sept. 21, 1999"), or ""."""
    phrase = _happening_before(sentence, start)
    if phrase.endswith(" of"):
        return phrase[: -len(" of")]  # the date is what the "of" names
    return phrase if " of " in phrase else ""


def _gone_by(item: _Dated, clause: Clause, before: str, anchor: date) -> _Dated:
    """The date a bare month or weekday read as the next one stands for when a verb in the
    past times it ("Solberg, who took office in March," written in February: last March)."""
    if item.when.start <= anchor or not _past(clause.verb):
        return item
    if not _BARE_NAME.fullmatch(item.timex.text) or not _PAST_LEAD.search(before):
        return item
    if _INFINITIVE.search(before):
        return item  # "agreed on Thursday to raise output in April": the raise is to come
    year, rest = item.when.value.split("-", 1)
    if item.when.granularity == "month":
        value = f"{int(year) - 1}-{rest}"
    elif item.when.granularity == "day" and item.timex.text.rstrip(".").lower() in WEEKDAYS:
        value = (item.when.start - timedelta(days=7)).isoformat()
    else:
        return item
    when = to_when(value)
    return replace(item, when=when) if when and when.end <= anchor else item


def _past(verb: tuple[str, ...]) -> bool:
    """Whether a verb group is in the past ("confirmed", "has dismissed"), not scheduled nor a
    passive in the present ("is forecast to strike")."""
    words = [w.lower() for w in verb]
    if words[0] in ("is", "are", "am"):
        return False
    return not set(words) & (_SCHEDULING | MODALS) and is_past(words[-1])


def _named_by_date(sentence: str, start: int, end: int) -> str:
    """The noun phrase a day modifies ("the June 1 presidential run-off", "Monday's crash on
    the expressway"): what follows the date up to a verb, a clause or punctuation, or ""."""
    possessive = _POSSESSIVE_DATE.match(sentence, end) or _POSSESSIVE_DATE.match(sentence, end - 2)
    if not possessive and not _DATE_ARTICLE.search(sentence, 0, start):
        return ""
    at = possessive.end() if possessive else end
    words: list[str] = []
    for m in _PHRASE_WORD.finditer(sentence, at):
        if m.start() != at or len(words) == 8:
            break
        word = m[1]
        if word.lower() in _NOUN_PHRASE_ENDS or (not words and word.lower() in _CUT_AFTER_DATE):
            break
        words.append(word)
        at = m.end()
    while words and words[-1].lower() in _CUT_AFTER_DATE | {"the", "a", "an"}:
        words.pop()
    return " ".join(words).rstrip(".,;:") if words and words[0][:1].isalpha() else ""


def _own_part(
    clause: Clause, sentence: str, start: int, end: int, taken: list[tuple[int, int]]
) -> Clause:
    """The clause with what follows its verb cut to the conjunct holding the date, when
    other dates in it time other conjuncts ("arrested two men on Friday and a third suspect
    on Saturday": "two men" for Friday, "a third suspect" for Saturday)."""
    rest_end = clause.rest_start + len(clause.rest)
    if clause.reported or not clause.rest_start <= start < rest_end:
        return clause
    before = [b for a, b in taken if clause.rest_start <= a and b <= start]
    after = [a for a, b in taken if end <= a < rest_end]
    # a date timing a later verb, not one naming its object ("host next year's summit")
    timing = [a for a, b in taken if end <= a < rest_end and not _named_by_date(sentence, a, b)]
    left, right = clause.rest_start, rest_end
    aside = _DATED_ASIDE.search(sentence, clause.rest_start, start) if before else None
    if aside and not after and all(aside.start() < b <= aside.end() for b in before):
        # "will meet hosts Bangladesh, who knocked out Afghanistan on Thursday, at the stadium
        # on Sunday": the relative clause set off by commas times its noun, the rest is Sunday's
        # (blanked out, so that the offsets of the dates in the rest still hold)
        blank = " " * (aside.end() - aside.start())
        rest = sentence[left : aside.start()] + blank + sentence[aside.end() : right]
        return replace(clause, rest=rest.strip())
    if before:
        cut = _last_conjunction(sentence, max(before), start)
        if cut and _REPEATED.fullmatch(sentence, cut.end(), start):
            # "resumed the inquiry in January 2023 and again in January 2025": the same verb
            # and object again, told without the other conjunct's date
            first = min(a for a, b in taken if clause.rest_start <= a and b <= start)
            return replace(clause, rest=sentence[clause.rest_start : first].strip())
        left = cut.end() if cut and not _opens_with_verb(sentence[cut.end() :]) else left
    if after:
        cut = _first_conjunction(sentence, end, min(after))
        following = sentence[cut.end() :] if cut else ""
        # "will take over the chair in January and host the summit in May": the second verb
        # shares "will" and its date (see `_verb_after`)
        shared = (
            cut is not None
            and cut[0].strip() == "and"
            and bool(shared_head(clause.verb))
            and bool(timing)
        )
        right = cut.start() if cut and (shared or not _opens_with_verb(following)) else right
    if (left, right) == (clause.rest_start, rest_end):
        return clause
    return replace(clause, rest=sentence[left:right].strip(), rest_start=left)


#: A city's time zone between a clock time and its day: "(midnight) Kyiv time on (Sunday)".
_ZONE_GAP = re.compile(r"\s+[A-Z][a-z]+\s+time\s+(?:on\s+)?$")
#: A plan dropped on its day, told right after its date: "but was called off".
_DROPPED = re.compile(
    r"\s*,?\s*but\s+(?:was|were)\s+(called\s+off|cancell?ed|scrapped|scrubbed|abandoned)\b"
)
#: A relative clause set off by commas inside a clause's rest.
_DATED_ASIDE = re.compile(r",\s*(?:who|which)\b[^,;]*,")


def _opens_with_verb(text: str) -> bool:
    """Whether a conjunct starts with a verb of its own ("and host the summit"), so it is a
    clause of its own, not a second object of the first verb."""
    first = text.split(maxsplit=1)[0].lower() if text.strip() else ""
    return base_form(first) is not None


def _last_conjunction(sentence: str, start: int, end: int) -> re.Match[str] | None:
    """The last "and", "or", "but" or comma between two offsets."""
    found = list(_CONJUNCTION.finditer(sentence, start, end))
    return found[-1] if found else None


def _first_conjunction(sentence: str, start: int, end: int) -> re.Match[str] | None:
    """The first "and", "or", "but" or comma between two offsets."""
    return _CONJUNCTION.search(sentence, start, end)


def _same_group(clause: Clause, other: Clause | None) -> bool:
    """Whether another date's clause has the same verb group (not a participle phrase's)."""
    return other is not None and (other.verb, other.rest_start) == (clause.verb, clause.rest_start)


def _other_group(clause: Clause, other: Clause | None) -> bool:
    """Whether another expression's clause has a verb group of its own ("the festival, held
    every May 15," beside "said the parade would take place on May 23")."""
    return other is not None and not _same_group(clause, other)


def _says_nothing(clause: Clause, headline: str) -> bool:
    """Whether a title is only someone saying something ("UNICEF says"): no happening named."""
    written = headline.split()[-1]
    last = written.lower()
    attributed = ", " in headline  # "At least 122 people die, officials say"
    if _TELLS_AUDIENCE.search(headline):  # "tells reporters (in Harare)": nothing told
        return True
    if written[0].isupper():
        return False  # "England face the United States": a name, not "states"
    # "RBZ introduces bond notes": the word is the object's noun, not the verb
    spoken = base_form(last) == base_form(clause.verb[-1].lower())
    return last in _SPEECH_HEADS and spoken and not attributed


def _quoted(sentence: str, headline: str) -> str:
    """A title for a quote the sentence opens with, said by the one a title that says nothing
    names ('"We are leaner," she told reporters on Tuesday' -> 'Ingrid Solberg: "We are
    leaner"'), or "" when there is no quote or it does not fit."""
    quote = _OPENING_QUOTE.match(sentence)
    speaker = _SPEAKER.match(headline)
    if not quote or not speaker:
        return ""
    who = speaker[1]
    name_only = _LAST_NAME_WORDS.search(who)
    for said in (quote[1], *_last_clauses(quote[1])):
        for name in (who, name_only[0] if name_only else who):
            quoted = f'{name}: "{said}"'
            if len(quoted) <= MAX_TITLE:
                return quoted
    return ""


def _last_clauses(quote: str) -> list[str]:
    """A quote's last clauses, shortest last, capitalised ("We respect the jury, but we will
    appeal" -> "We will appeal"), for a title that cannot hold the whole quote."""
    tails = (quote[m.end() :] for m in _QUOTE_CLAUSE.finditer(quote))
    return [tail[:1].upper() + tail[1:] for tail in tails if len(tail.split()) >= 3]


def _period_edge(clause: Clause) -> bool:
    """Whether a clause only tells when a reporting period starts or ends ("the quarter, which
    ended Sept. 30", "the fiscal year begins in April")."""
    words = clause.subject.lower().split()
    head = words[-1] if words else ""
    fiscal = head == "year" and ("fiscal" in words or "financial" in words)
    verb = base_form(clause.verb[-1].lower()) if clause.verb else None
    return (head in _PERIODS or fiscal) and verb in ("end", "begin", "start", "close", "run")


#: Reporting periods: when one starts or ends is a calendar, not a happening ("the school year
#: begins" is news, "the fiscal year begins" is not).
_PERIODS = frozenset({"quarter", "half", "period"})


def _dates_the_subject(clause: Clause, sentence: str, start: int, end: int) -> bool:
    """Whether the date is the clause's subject ("2023 was a good year"): no happening."""
    rest = clause.subject.replace(sentence[start:end], " ")
    # any letter left: "The S&P 500" is a subject, "2023" alone is not
    return clause.subject_kind == "clause" and not _LETTER.search(_DATE_WORDS.sub(" ", rest))


def _without_echoes(found: list[Candidate], sentence: str) -> list[Candidate]:
    """The candidates without those that only repeat, at the date of its saying, a clause
    the sentence dates itself ("X will open in 2026, the company said on Monday")."""
    titles = {c.title for c in found if c.summary == sentence and c.rule != "reported"}
    kept = [c for c in found if not (c.rule == "reported" and c.title in titles)]
    # "The court said on Wednesday it would deliver its verdict on Dec. 10": the saying only
    # announces the verdict, which is an event of its own
    kept = [c for c in kept if not (c.summary == sentence and _announces(c.title, titles))]
    # One clause, two dates, one around the other ("on Thursday, the third rise this year"):
    # the finer date is the happening's. Twins share sentence and title: only those compared.
    twins: dict[tuple[str, str], list[Candidate]] = {}
    for c in kept:
        twins.setdefault((c.summary, c.title), []).append(c)
    return [
        c
        for c in kept
        if not any(_finer_twin(o, c) for o in twins[c.summary, c.title] if o is not c)
    ]


def _announces(headline: str, titles: set[str]) -> bool:
    """Whether a title only says that someone will do what another title of the sentence
    schedules ("Court says it will deliver its verdict" beside "Court to deliver its verdict")."""
    m = _SAYS_WILL.search(headline)
    if not m:
        return False
    scheduled = f"{headline[: m.start()]} to {headline[m.end() :]}"
    return any(t != headline and t.startswith(scheduled[:40]) for t in titles)


def _finer_twin(other: Candidate, c: Candidate) -> bool:
    """Whether `other` is the same clause of the same sentence at a date inside `c`'s."""
    inside = c.when.start <= other.when.start and other.when.end <= c.when.end
    if (other.when.start, other.when.end) == (c.when.start, c.when.end):
        # one day twice: the one with its clock time is the finer ("on Tuesday", "2:15 p.m.")
        inside = "T" in other.when.value and "T" not in c.when.value
    return other.summary == c.summary and other.title == c.title and inside and other.when != c.when


def _one_per_happening(found: list[Candidate]) -> list[Candidate]:
    """The candidates with each happening the article reports twice (a strike in the lead and
    again further down) folded into one, at the place of its first mention."""
    kept: list[Candidate] = []
    for candidate in found:
        for i, other in enumerate(kept):
            if _two_clauses(other, candidate):
                continue
            if same_happening(other, candidate) or _named_again(other, candidate):
                kept[i] = _folded(other, candidate)
                break
        else:
            kept.append(candidate)
    return kept


def _two_clauses(first: Candidate, second: Candidate) -> bool:
    """Whether two candidates of one sentence tell the same verb of two subjects, each with
    its own date ("six are to be freed next week, and the remaining six by the end of the
    month"): two happenings, however alike."""
    if first.source.sentence != second.source.sentence:
        return False
    one, two = first.title.lower().split(), second.title.lower().split()
    shared = next((n for n in range(min(len(one), len(two))) if one[-1 - n] != two[-1 - n]), 0)
    return shared >= 2 and one[0] != two[0]


def _named_again(first: Candidate, second: Candidate) -> bool:
    """Whether one of two candidates of a day only names a happening by a noun ("Monday's
    crash") and the other tells a happening on that day: the article's one report of it."""
    day = first.when == second.when and first.when.granularity == "day"
    return day and (first.rule == "nominal") != (second.rule == "nominal")


def _folded(first: Candidate, second: Candidate) -> Candidate:
    """One candidate from two reports of a happening in one article: the more precise date
    with its clause, the better title, both sentences as its summary."""
    days = [(c.when.end - c.when.start).days for c in (first, second)]
    best, other = (second, first) if days[1] < days[0] else (first, second)
    if (best.rule == "nominal") != (other.rule == "nominal"):
        told = other if best.rule == "nominal" else best  # a verb tells more than a noun
        headline = told.title
    else:
        headline = best.title if _fits(best.title) or not _fits(other.title) else other.title
    summary = first.summary
    if second.summary not in summary:
        summary = f"{summary} {second.summary}"
    return replace(
        best,
        title=headline,
        summary=summary,
        tags=tuple(dict.fromkeys(best.tags + other.tags)),
        places=tuple(dict.fromkeys(best.places + other.places)),
        actors=tuple(dict.fromkeys(best.actors + other.actors)),
    )


def _fits(headline: str) -> bool:
    """Whether a title has a headline's length: says who did what, in at most 90 characters."""
    return 25 <= len(headline) <= 90


def _new_clause(candidate: Candidate, found: list[Candidate]) -> bool:
    """Whether a candidate is not the same clause and day as one already found in its sentence."""
    return not any(
        c.summary == candidate.summary and c.title == candidate.title and c.when == candidate.when
        for c in found
    )


def _dateline_place(doc: Document) -> tuple[str, ...]:
    """The dateline's place, in its canonical spelling, when the article has one."""
    if not doc.place:
        return ()
    return (canonical(doc.place) or doc.place,)


@lru_cache(maxsize=4096)
def _topics(sentence: str) -> tuple[str, ...]:
    """Topic tags for a sentence, in order of first mention, at most four."""
    topics: list[str] = []
    words = _LOWER_WORD.findall(sentence.lower())
    for i, word in enumerate(words):
        if len(word) >= _TOPIC_HEAD and word[:_TOPIC_HEAD] not in _TOPIC_HEADS:
            continue
        pair = f"{word} {words[i + 1]}" if i + 1 < len(words) else word
        for topic in (_topic_of(pair), _topic_of(word)):
            if topic and topic not in topics:
                topics.append(topic)
    return tuple(topics[:4])


@lru_cache(maxsize=65536)
def _topic_of(text: str) -> str | None:
    """The topic whose word stem starts this word or word pair, if any."""
    for n in _TOPIC_LENGTHS:
        topic = _TOPIC_WORDS.get(text[:n])
        if topic:
            return topic
    return None


def _without(text: str, offset: int, dates: list[tuple[int, int]]) -> str:
    """A part of a sentence (starting at `offset`) with its date expressions blanked out."""
    chars = list(text)
    for start, end in dates:
        for i in range(max(start - offset, 0), min(end - offset, len(chars))):
            chars[i] = " "
    return "".join(chars)


def _actors(subject: str, rest: str, places: tuple[str, ...]) -> tuple[str, ...]:
    """Organisations and people a clause names, places left out."""
    names: list[str] = []
    for m in _ACTOR.finditer(f"{subject} | {rest}"):
        name = _ACTOR_LEAD.sub("", m[0]).strip(" .")
        name = _ACTOR_POSSESSIVE.sub("", name)
        if name in _NOT_ACTORS or len(name) < 2 or name[0].isdigit():
            continue
        if (len(name.split()) == 1 and not name.isupper()) or name in places:
            continue
        if all(canonical(part) for part in _ACTOR_PARTS.split(name)):
            continue  # "Kazakhstan and China" are places, not actors
        if name not in names:
            names.append(name)
    return tuple(names)


def _rule(item: _Dated, clause: Clause) -> str:
    """The name of the rule that made the clause an event."""
    words = {w.lower() for w in clause.verb}
    if item.rule == "range":
        return "range"
    if words & _SCHEDULING:
        return "scheduled"
    if clause.subject_kind == "antecedent":
        return "relative-clause"
    return "dated-clause"
