"""Headlines from clauses: "X, which opened Saturday in Y" -> "X opens in Y".

A title is the clause's subject (pronouns and "the forum" resolved from earlier mentions in
the article), its verb group in headline tense (past -> present, "will" -> "to", passive ->
participle) and what follows the verb, without the date, attributions, appositives and
parenthetical remarks, shortened at phrase boundaries to at most `MAX_TITLE` characters.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from feeds.clauses import Clause, antecedent, first_clause, ing_base
from feeds.places import canonical, country_of, find_places, place_kind
from feeds.timex.lexicon import WEEKDAYS
from feeds.verbs import (
    AUXILIARIES,
    FUTURE_AUXILIARIES,
    MODALS,
    SCHEDULE_WORDS,
    base_form,
    is_participle,
    is_past,
    is_present_third,
    third_person,
)

#: Longest title, in characters.
MAX_TITLE = 90

_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
_THING_PRONOUNS = frozenset({"it", "they", "this"})
_OWNED = re.compile(r"(?:its|their)\s+([a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})", re.IGNORECASE)
# "it" as the object that ends a clause or leads into a phrase ("to sign it next week").
# "him" as an object; "her" only before a preposition, an adjective of a verdict or the end
# ("found her guilty", "handed her over to"), never before a noun she owns ("her son").
_PERSON_OBJECT = re.compile(
    r"(?:^|\s)(him\b|her(?=\s*$|[,.;]|\s+(?:guilty|innocent|to|as|in|on|at|for|with|by|from|"
    r"over|into|after|before|during|of|and)\b))"
)
_SUBORDINATE_OPENING = re.compile(
    r"(?:when|after|before|until|once|if|as|because|unless)\s+it\b", re.IGNORECASE
)
_THING_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "this", "that"})
# A person named by their age alone ("the 30-year-old", "the 62-year-old former minister").
_AGED = re.compile(r"the\s+\d{1,3}-year-old(?:\s+[a-z-]+){0,2}")
_PLACE_OWNER = re.compile(r"([A-Z][\w-]+)['’]s\s+(?=[A-Z])")
_OBJECT_IT = re.compile(
    r"(?:(?:on|about|against|over|for)\s+)?(it)(?:\s+(?:to|in|on|at|for|by|with|from|into)\b.*)?"
)
# A relative pronoun after a noun ("a ceasefire that will take effect").
_RELATIVE = re.compile(r"([\w-]+)\s+(that|which|who)\s")
_PASSIVE = re.compile(r"\b(?:is|are|was|were|been|be)\s+(?:\w+ly\s+)?([a-z][\w-]+)")
# A count of repetitions ("six times", "twice") and the last of them dated ("most recently in").
_FREQUENCY = re.compile(r"(?:^|\s+)(?:once|twice|(?:[a-z]+|\d+)\s+times)\b")
_LATEST = re.compile(r"\b(?:most\s+recently|most\s+recent|last)\s+(?:in|on|at|during)\b", re.I)
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_LEADING_PREPOSITION = re.compile(r"^(?:of|for|to|from|with|by)\s+(?=\S)", re.IGNORECASE)
_LEADING_POSSESSIVE = re.compile(r"^(?:its|their|his|her|our)\s+(?=\w)", re.IGNORECASE)
# Adverbs before a verb that change what happened ("nearly went bankrupt", "never opened"): a
# headline without them says the opposite.
_HEDGES = frozenset({"almost", "nearly", "narrowly", "barely", "hardly", "scarcely", "never"})
_TRAILING_ADVERB = re.compile(
    r"(?:\s+(?:last|also|now|still|already|first|then|jointly|[a-z]+ly))+$"
)
_OFFICE = re.compile(
    r"\b(?:[A-Z][a-z]+\s+)?(?:President|Prime Minister|Foreign Minister|Minister|Chancellor|"
    r"King|Queen|Premier|Governor|Mayor|Chairman|Secretary-General|Secretary|General|Leader)\s+"
    r"(?=[A-Z])"
)
_ORG_HEADS = frozenset(
    "forum ministry company group bank university council committee commission organization "  # noqa: SIM905
    "organisation government agency center centre institute corporation association union "
    "parliament court party conference summit firm authority office department board "
    "fund exchange alliance federation assembly service academy administration cabinet "
    "festival games expo meeting session exhibition fair championship cup congress talks "
    "project plant station airport port railway corridor programme program initiative "
    # the last word of many company names
    "motors airlines airways holdings industries technologies electronics pharmaceuticals "
    "systems networks labs ventures partners logistics".split()
)
#: Nouns a definite description can use for an event named earlier ("the event", "the meeting").
_EVENT_HEADS = frozenset(
    "forum summit conference festival games expo meeting session exhibition fair "  # noqa: SIM905
    "championship cup congress talks olympics tournament ceremony marathon".split()
)
#: Names a race goes by ("the race" after "the Manila International Marathon").
_RACES = frozenset({"race", "marathon", "half-marathon", "rally", "regatta", "prix", "classic"})
_GENERIC_HEADS = {
    "event": _EVENT_HEADS,
    "company": frozenset({"company", "corporation", "group", "firm", "inc", "corp", "ltd"}),
    "firm": frozenset({"company", "corporation", "group", "firm", "inc", "corp", "ltd"}),
    "organisation": _ORG_HEADS,
    "organization": _ORG_HEADS,
    "body": _ORG_HEADS,
    "race": _RACES,
    # "The tournament began on Nov. 8" after "the Asia Cup": a competition goes by its prize
    "tournament": frozenset({"tournament", "cup", "championship", "championships", "trophy"}),
}
#: Nouns that name the city an article is datelined in ("the city", "the capital").
_CITY_WORDS = frozenset({"city", "capital", "town"})
_COUNTRY_WORDS = frozenset({"country", "nation"})
_COUNTRY_OWNS = re.compile(r"\bthe (?:country|nation)['’]s\b")
#: Verbs whose "that" clause is the news ("officials said on Monday that ...").
_REPORTING = frozenset({"say", "tell", "report", "state", "add", "note", "confirm", "warn"})
#: Verbs whose reported "would" is a headline's "will" ("announces he will retire").
_BACKSHIFTING = _REPORTING | {"announce", "predict", "promise", "pledge", "vow", "reveal"}
_WOULD = re.compile(r"\bwould\b")
#: Verbs of an impersonal passive whose "that" clause is the news ("it was announced that").
_IMPERSONAL = _REPORTING | {"announce", "decide", "agree", "reveal", "learn"}
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})
_THAT = re.compile(r"\bthat\s+")
#: Speakers named by a common noun, written in lower case after a comma ("..., officials say").
_GENERIC_SPEAKERS = frozenset(
    "officials police authorities analysts economists experts residents witnesses "  # noqa: SIM905
    "investigators scientists researchers doctors organisers organizers officers prosecutors "
    "lawyers sources diplomats activists medics rescuers lawmakers ministers leaders "
    "observers traders data figures statistics".split()
)
#: Other nouns news uses for the same happening ("the exercise" after "an earthquake drill").
_SYNONYMS = {
    noun: "|".join(others)
    for noun, others in {
        "exercise": ("drill",),
        "drill": ("exercise",),
        "vote": ("election", "referendum"),
        "poll": ("election", "referendum"),
        "ballot": ("election", "referendum"),
        "quake": ("earthquake",),
        "tremor": ("earthquake",),
        "blaze": ("wildfire", "fire"),
        "walkout": ("strike",),
        "stoppage": ("strike",),
        "deal": ("agreement",),
        "accord": ("agreement", "deal"),
        "pact": ("agreement", "deal"),
    }.items()
}
#: A definite description of lower-case words ("the harvest parade").
_DATE_WORDS = frozenset(m.lower() for m in (*calendar.month_name, *calendar.day_name) if m)
_EDITION = re.compile(r"^(?:the\s+)?\d+(?:st|nd|rd|th)\s+(?=[A-Z])", re.IGNORECASE)
_DESCRIPTION = re.compile(r"(?:the|The)\s+([a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})")
#: What follows a verb of saying that tells only where it was said ("at an emergency meeting on
#: Sunday", "in a televised address").
_OCCASION = re.compile(
    r"(?:at|in|during)\s+(?:a|an|the|its|his|her|their)\s+[^,;:\"“”]{3,60}?[.!]?", re.IGNORECASE
)
#: A verb of saying in the past right before a clause's subject, whose "could" is a "can".
_SAID_BEFORE = re.compile(
    r"\b(?:said|told\s+\w+|announced|added)\s+(?:that\s+)?(?:[\w'’-]+\s+){1,4}could\s+\w+\s*$"
)
#: A part of a proceeding told as the next one ("the next hearing", "the next round").
_NEXT_PART = re.compile(r"the\s+next\s+(?:hearing|session|sitting|round|stage|leg|meeting)")
#: Proceedings made of hearings, sessions or rounds.
_PROCEEDINGS = frozenset(
    "trial case inquiry talks negotiations tournament championship series process".split()  # noqa: SIM905
)
#: Capitalised words that open a subject without naming a company.
_NOT_COMPANIES = (
    _PERSON_PRONOUNS
    | _THING_PRONOUNS
    | frozenset(
        "the a an we i you officials police analysts investors shares sales revenue profit "  # noqa: SIM905
        "economists experts".split()
    )
    | {day for day in WEEKDAYS if day.endswith("day")}  # "Rescuers ... on Monday": no name
)
#: Abstract nouns that point back at the previous sentence's proposal ("The idea was born ...").
_ABSTRACT = frozenset({"idea", "proposal", "plan", "initiative", "move", "decision", "scheme"})

# Lookaheads on a pattern's first letters let a scan skip, at C speed, the positions where no
# match can start.
_PROPER_NAME = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}")
_NAME = r"[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|al-\w+|bin|van|de|von|ibn)){1,3}"
_SAYING = "said|says|told|added|noted"
_PERSON_AFTER_SAID = re.compile(rf"(?=[stan])\b(?:{_SAYING})\s+({_NAME})")
_PERSON_BEFORE_SAID = re.compile(rf"({_NAME})\s+(?:{_SAYING})\b")
_SAYING_WORDS = tuple(_SAYING.split("|"))
# "Sanne de Vries said she", "William Ruto, the president, said on Monday that he",
# "Vladimir Putin told Reuters he": the speaker is the pronoun.
_SPEAKER_OF_PRONOUN = re.compile(
    rf"({_NAME})(?:,\s[^,]{{1,60}})?,?\s+(?:{_SAYING})(?:\s+[\w’'.-]+){{0,3}}?\s+(?:that\s+)?"
    r"([Hh]e|[Ss]he)\b"
)
#: People of a named body speaking just before a clause ("organizers of the Pahiyas Festival,
#: held every May 15, said the").
_SPEAKERS_OF = re.compile(
    rf"\b[a-z]+s\s+of\s+(?:the\s+)?({_NAME})\b(?:,[^,]{{0,40}},)?\s+(?:{_SAYING}|announced)"
    r"\s+(?:that\s+)?$"
)
_PERSON_APPOSITIVE = re.compile(rf"({_NAME}),\s+(?:the\s+|a\s+)?[a-z]")
_TITLED_PERSON = re.compile(
    rf"(?=[PMCKQGSAD])\b(?:President|Prime Minister|Minister|Chancellor|King|Queen|Premier|"
    rf"Mayor|Governor|Senator|Ambassador|Chairman|Director|Dr\.|Mr\.|Mrs\.|Ms\.)\s+({_NAME}|[A-Z][\w'’-]+)"
)
#: A name of capitalised words, perhaps joined by "of", "for", "and", "on" ("Conference on
#: Disarmament"), but not by the "on" of a date ("the Asia Cup on Sunday").
_CAPITALISED_NP = re.compile(
    r"(?=[A-Z0-9])(?:[A-Z0-9][\w'’.&-]*\s+(?:(?:of|for|and|de\s+la|de\s+los|del|de|da|dos|di|van|von"
    + "|on(?!\\s+(?:"
    + "|".join(m for m in (*calendar.day_name, *calendar.month_name) if m)
    + r")\b))"
    r"\s+(?:the\s+)?)?)*[A-Z][\w'’&-]*"
)

_TEMPORAL_PREPOSITIONS = (
    "on|in|at|during|by|from|until|till|since|before|after|through|throughout|of|for|over|"
    "around|within|into|ahead of|prior to|by the end of|at the end of|at the start of|"
    "as of|as early as|as late as|as recently as|no later than|earlier|later|early|late|"
    "beginning|starting|between|this|last|next|"
    # "on the morning of April 24, 2013"
    "the morning of|the afternoon of|the evening of|the night of"
)
_LEAD_ADVERBS = "shortly|just|soon|immediately|right|well"
# After a preposition only: "at about 7:40 p.m.", but "complaints about the June 1 run-off".
_APPROXIMATELY = "about|approximately|roughly"
_LEADING_PREPOSITIONS = re.compile(
    rf"(?:\b(?:{_LEAD_ADVERBS})\s+)?(?:\b(?:{_TEMPORAL_PREPOSITIONS})\s+)+"
    rf"(?:\b(?:{_APPROXIMATELY})\s+)?$",
    re.IGNORECASE,
)
#: The words `_LEADING_PREPOSITIONS` is made of: a date's lead lies in a run of them.
_LEAD_WORDS = frozenset(
    f"{_LEAD_ADVERBS}|{_TEMPORAL_PREPOSITIONS}|{_APPROXIMATELY}".replace("|", " ").split()
)
# A phrasal verb's particle right after the verb ("sworn in", "took over").
_PARTICLE = re.compile(r"(in|on|over|off|up|out|down|back|away|through)\s+", re.IGNORECASE)
# A period a date names as a modifier, in its phrase: "in the June quarter", "during the
# 2023 season".
_PERIOD_PREPOSITIONS = "in|during|for|over|of"
_PERIOD_PHRASE = re.compile(rf"\b(?:{_PERIOD_PREPOSITIONS})\s+the\s+$", re.IGNORECASE)
_PERIOD_WORDS = frozenset(_PERIOD_PREPOSITIONS.split("|")) | {"the"}
_PERIOD_NOUN = re.compile(
    r"\s+(?:quarter|half|period|term|session|season|window|year|months|weeks|days)\b"
)
# A record that only holds with its date: "for the first time since", "the highest since".
_RECORD_SINCE = re.compile(
    r"(?:,\s*)?\b(?:for\s+the\s+first\s+time|(?:its|their|the)\s+(?:first|highest|lowest|"
    r"biggest|largest|smallest|strongest|weakest|worst|best)(?:\s+[\w-]+)?)(?:\s+in\s+[\w-]+"
    r"\s+(?:years|decades|months))?\s+since\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# Words that make one unit with a following "to" ("up to 149 kilometres", "close to").
_BOUND_BEFORE_TO = frozenset(
    {"up", "close", "next", "due", "according", "prior", "owing", "thanks"}
)
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "these"})
# Words in -est that are no superlatives ("the interest rate", "the forest fire").
_EST_NOUNS = frozenset(
    "interest forest protest request harvest contest test west quest arrest guest chest "  # noqa: SIM905
    "rest crest manifest honest modest earnest unrest".split()
)
# A focus word that only restricts a date ("on Friday alone").
_FOCUS_AFTER_DATE = re.compile(r"^\s*\b(?:alone|only|at\s+the\s+(?:latest|earliest))\b")
_ATTRIBUTION_TAIL = re.compile(
    r"(?:,\s*(?:according to|as reported by|reports?|reported|says|said|told|added|noted|"
    r"stated)\b.*"
    r"|\s+according to\b.*"
    r"|,\s*(?:[\w’'.-]+\s+){0,5}(?:said|says|reported|told|added|noted|announced|confirmed)\b.*)$"
)
_DROPPED_ADVERBS = frozenset(
    "also already still just reportedly officially formally successfully finally recently now "  # noqa: SIM905
    "eventually initially jointly previously subsequently again first last then currently "
    "sharply quickly slowly steadily further".split()
)
# A phrase set off by commas between a verb and its object ("approved, after months of delay,
# a plan"): the object is what the title needs.
_LEADING_ASIDE = re.compile(
    r"^,\s*(?:(?:for|after|in|on|at|with|without|despite|amid|under|by|as|once|again|"
    r"however|finally|reportedly|unanimously|also)\b[^,]{0,50}),\s*(?=[\w$\"“])",
    re.IGNORECASE,
)
_CLAUSE_OPENER = re.compile(r"\s+(?:when|while|because|although|whereas)\s+(?=\S)")
# A date between a determiner and a noun modifies the noun ("the 2015 storm").
_MODIFIER_SLOT = re.compile(r"\b(?:the|a|an|its|their|this|last)\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:the|a|an|of|in|on|at|to|and|or|for|before|after|with|by|from|that|which)\b)"
    r"[a-z][a-z-]+\b"
)
_SPEAKER_LEFT = re.compile(r",\s+(?:the|a|an|its|their)\s+[\w'’-]+(?:\s+[\w'’-]+)?\s*,?$")
_PASSIVE_AND = re.compile(r"\b(?:was|were|is|are|been)\s+[a-z]+ed\s+and\s+$")
_BY_AGENT = re.compile(r"by\s+\S")
_BY_AMOUNT = re.compile(
    r"by\s+(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|less\s+than\s+)?"
    r"(?:[$€£¥]|\d[\d.,]*\s*(?:%|percent|per\s+cent|percentage|points?|basis|times|fold|"
    r"million|billion|[a-z]*(?:dollars?|euros?|pesos?|rupees?|yuan|yen|pounds?|tonnes?|tons?|"
    r"barrels?|metres?|meters?|kilometres?|kilometers?|degrees?)\b)|half|a\s+(?:third|quarter|"
    r"fifth|tenth|half)|a\s+fifth|one\s+third|two\s+thirds)",
    re.IGNORECASE,
)
_GERUND_ONLY = re.compile(r"[a-z]+ing")
_CUT_SUBORDINATE = re.compile(
    r"\s+(?:as|when|while|after|before|because)\s+(?:(?:the|a|an|its|their)\s+)?[\w'’-]+\s*,$",
    re.IGNORECASE,
)
_DANGLING_SUBORDINATE = re.compile(
    r"\s*,?\s+\b(?:when|while|because|although|though|whereas|unless)\s+"
    r"(?:(?:the|a|an|its|their|his|her|this|that)\s+)?[\w'’-]+$",
    re.IGNORECASE,
)
_DANGLING_RELATIVE = re.compile(
    r"\s+(?:at|in|on|by|during)\s+which(?:\s+[\w'’-]+){0,5}$", re.IGNORECASE
)
_SO_FAR_END = re.compile(r"\s+(?:so\s+far|thus\s+far|to\s+date)$", re.IGNORECASE)
# What a cut can leave at a title's end that needs what followed it: a subordinate clause of
# a pronoun and its verb ("as it heads"), a lone participle ("12,000 scooters sold").
_RELATIVE_OPENING = re.compile(r"\s+(?:who|whose)\s")
_CUT_TAIL = re.compile(
    r"\s+(?:as|when|while|because|after|before|until)\s+(?:it|they|he|she|we)\s+[a-z]+$"
    # a participle cut from its phrase, not one a passive ends with ("will be held")
    r"|(?<=[a-z])(?<!\bbe)(?<!\bbeen)(?<!\bbeing)(?<!\bwas)(?<!\bwere)(?<!\bis)(?<!\bare)"
    r"\s+(?!(?:been|be|being)\b)(?:[a-z]+ed|sold|built|made|held|seen|paid|won|lost)$"
    # a verb of saying cut from what was said ("issue a joint statement saying")
    r"|\s+(?:saying|explaining|adding|noting|urging|demanding|asking|claiming|telling)$"
)
# A subject that describes a name before giving it: "Vietnamese electric motorbike maker Lumi
# Motors", "National carrier LOT".
# A name's particles ("Sanne de Vries", "Ursula von der Leyen") are part of it, no description.
_PARTICLES = r"(?:de|da|do|dos|das|del|della|di|du|van|von|der|den|ter|la|le|bin|ibn|al)"
_DESCRIBED_NAME = re.compile(
    rf"(?:[A-Z][\w'’-]*\s+)?(?:(?!(?:and|or|of|in|at|for|from|with|by|on|to|the|a|an|{_PARTICLES})\s)"
    rf"[a-z][\w'’-]*\s+)+((?:[A-Z][\w'’&.-]*\s+(?:{_PARTICLES}\s+)*)*[A-Z][\w'’&.-]*)"
)
_RESULT = re.compile(r"(?:killing|injuring|leaving|forcing|making|bringing|raising)\b")
# "a dividend ..., to be paid": the clause's "be" opens an infinitive of what is to come.
_TO_COPULA = re.compile(r"\bto\s+be\s*$")
_TO_BE = re.compile(r"\bto\s+be\s+\S+\s+$")
_CUT_RESULT = re.compile(rf",\s+{_RESULT.pattern}.*$")
# Quantifiers a cut leaves without their "of" phrase ("leaving most").
_BARE_QUANTIFIERS = frozenset({"most", "some", "many", "much", "all", "part", "half", "none"})
_PARENTHETICAL = re.compile(r"\s*\([^)]*\)")
_APPOSITIVE_CUT = re.compile(r",\s+(?!and\b|or\b)")
_LISTED = re.compile(r"\b[A-Z][\w'’-]+,\s+(?:[A-Z][\w'’-]+\s+)*[A-Z][\w'’-]+(?:,|\s+and\b)")
_LIST_SUBJECT = 75
_SPEAKER_THEN = re.compile(
    rf"(?:[A-Z][^,]*,\s+)?(?:(?:and|but|yet|so)\s+)?"  # "..., and the leaders said they"
    rf"(?P<speaker>(?:[\w'’.-]+\s+){{0,5}}?[\w'’.-]+)\s+(?:{_SAYING}|"
    r"reported|announced|confirmed|stated)\s+(?:\w+\s+){0,3}?(?:that\s+)?(?P<pronoun>it|they)\s"
)
_PHRASE_NOUN = re.compile(
    r"(\s(?:from|of|in|at|for|on))\s+(?:the\s+|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*['’]s\s+)"
    r"(?:[\w-]+\s+){1,3}([a-z][\w-]*)$"
)
_ROLE_AFTER_APPOSITIVE = re.compile(r"[^,]+,\s+(as\s+.+)")
_TRAILING_JUNK = re.compile(r"[\s,;:.\-–—\"“”'’(]+$")
# What a title's rest loses once its dates are gone (compiled once: every title passes here).
_POSSESSIVE_S = re.compile(r"[’']s\b")
# "fourth-quarter", "first-half", "full-year", "third-quarter 2025" before a noun
_PERIOD_MODIFIER = re.compile(r"\w+-(?:quarter|half|year)(?:\s+\d{4})?", re.IGNORECASE)
_NOUN_NEXT = re.compile(r"\s+[a-z]")
_RANGE_OPENER_LEFT = re.compile(r"\s+(?:from|between)\s*(?:to|and|-|–)\s*")
# A range's "to" or "and" left alone once both of its dates are gone.
_RANGE_LINK_LEFT = re.compile(
    r"\s+(?:to|and|until|through|-|–)(?=\s+(?:with|in|at|on|for|by|to|before|after)\b|\s*[,.;]|\s*$)"
)
_LEADING_THAT = re.compile(r"^(?:that\s+|,\s*)+")
_SPACE_BEFORE_MARK = re.compile(r"\s+([,.;:])")
_SPACES = re.compile(r"\s{2,}")
# Patterns of the subject's cleaning, compiled once as well.
# "the company", "the Bergen-based company", "the state-owned firm"
_DEMONSTRATIVE_NOUN = re.compile(r"(?:the|this|that)\s+(?:\w+-[\w-]+\s+)?(\w+)")
# The name closing a described subject: "Norwegian salmon farmer Halvorsen Marine".
# Lower-case words inside a name ("Minera Andina del Norte", "Banco de la Nación").
_NAME_PARTICLES = r"(?:de\s+la|de\s+los|de|del|da|do|dos|das|di|della|du|van|von|der)"
_CLOSING_NAME = re.compile(
    rf"(?:^|\s)((?:[A-Z][\w'’&.-]*\s+(?:{_NAME_PARTICLES}\s+)?)*[A-Z][\w'’&.-]*)$"
)
# Capitalised words closing the text before a name ("Canadian National " before "Railway Co").
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w'’&-]*\s+)+$")
_LAST_NAME = re.compile(r"(?:[A-Z][\w'’-]+\s+)*[A-Z][\w'’-]+$")
_LIST_SEPARATOR = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
_LEADING_LOWER_THE = re.compile(r"^the\s+")
_JOINED = re.compile(r"\band\b|\s&\s")
_FUNCTION_WORDS = frozenset(
    "a an the and or of to in on at for with by from as that which who its their his her "  # noqa: SIM905
    "this these those into than but be is are was were ahead prior near".split()
)
_CUT_WORDS = frozenset(
    "for in at with on from during after before under between among including amid despite "  # noqa: SIM905
    "through as to by and of near outside inside across over against via toward towards "
    "ahead following within without around while whereas but about into onto".split()
)
# Words after which a subject's head noun has ended ("Rebels led by X", "Leaders of ...").
_AFTER_HEAD = (
    r"\s+(?:of|from|in|at|for|with|on|between|among|by|to|across|around|near|outside|inside|"
    r"throughout|under|who|which|that)\s+"
)
_SINGULAR_S = frozenset(
    "news series species us nations states emirates gas chaos bias lens atlas canvas "  # noqa: SIM905
    "economics politics physics measles diabetes".split()
)


@dataclass
class Mentions:
    """What an article has said so far: its dateline place, the people and names it
    mentioned, its sentences."""

    place: str = ""
    sentences: list[str] = field(default_factory=list)
    _clauses: dict[int, Clause | None] = field(default_factory=dict)
    current: str = ""
    _people: list[str] = field(default_factory=list)
    _names: list[str] = field(default_factory=list)
    _names_before: int = 0
    #: Sentences read but not yet scanned for names: most titles never ask for them.
    _unread: list[str] = field(default_factory=list)
    _current_clause: tuple[str, Clause | None] | None = None
    #: What a description last meant, and how many names had been read then.
    _meant: dict[str, tuple[str, int]] = field(default_factory=dict)

    def read(self, sentence: str) -> None:
        """Take in a sentence; the people and named things it mentions are found when asked."""
        self.current = sentence
        self._unread.append(sentence)

    @property
    def people(self) -> list[str]:
        """The people the sentences read so far name, in order."""
        self._catch_up()
        return self._people

    @property
    def names(self) -> list[str]:
        """The names of several words or in capitals the sentences read so far hold, in order."""
        self._catch_up()
        return self._names

    def _catch_up(self) -> None:
        """Scan the sentences read since the last scan for people and named things."""
        for sentence in self._unread:
            self._names_before = len(self._names)
            # Most sentences hold no verb of saying: the patterns around one are not tried there.
            saying = any(word in sentence for word in _SAYING_WORDS)
            for pattern in (
                _PERSON_APPOSITIVE,
                _PERSON_AFTER_SAID if saying else None,
                _PERSON_BEFORE_SAID if saying else None,
                _TITLED_PERSON,
            ):
                if pattern is None:
                    continue
                for m in pattern.finditer(sentence):
                    if not _org_like(m[1]):
                        self._people.append(m[1])
            for m in _CAPITALISED_NP.finditer(sentence):
                name = m[0]
                if len(name.split()) > 1 or name.isupper():
                    self._names.append(name)
        self._unread.clear()

    def remember(self, sentence: str) -> None:
        """Keep a finished sentence: its subject may be "it" and its object "the idea" later."""
        self.sentences.append(sentence)

    def _main_clause(self, back: int) -> Clause | None:
        """The first clause of the sentence `back` sentences ago (parsed when first asked)."""
        index = len(self.sentences) - back
        if index not in self._clauses:
            self._clauses[index] = first_clause(self.sentences[index])
        return self._clauses[index]

    def resolve(self, subject: str) -> str:
        """The subject with a pronoun or a generic description replaced by what it names."""
        lower = subject.lower()
        if lower in _PERSON_PRONOUNS or _AGED.fullmatch(lower):
            # "The 30-year-old won ..." is the one named; "Kenya's Sabastian Sawe" is Sawe
            person = self._own_speaker(lower) or self._last_person() or self._person_opening()
            held = _PLACE_OWNER.match(person)
            return person[held.end() :] if held and canonical(held[1]) else person or subject
        speaker = self._speaker_of(lower) if lower in ("it", "they") else ""
        if speaker:  # "The agency says it confirmed a case": the speaker, said once
            return speaker
        if lower == "it" and self._named_before_it():
            return self._named_before_it()  # "as Kazakhstan marked 33 years since it declared"
        if lower in ("it", "they"):
            return self._sentence_subject() or self._last_subject(lower == "it") or subject
        if _NEXT_PART.fullmatch(lower) and self.sentences:
            whole = self._whole_before()
            if whole:  # "The trial ... has yet to conclude. The next hearing is due": its hearing
                return f"{subject} in {whole}"
        owned = _OWNED.fullmatch(subject)
        if owned:  # "its board meets": the board of the organisation named before
            owner = self._owner(subject)
            return f"{owner}'s {owned[1]}" if owner else subject
        m = _DEMONSTRATIVE_NOUN.fullmatch(lower)
        words = subject.split()
        if not m or len(words) > 2 and words[1][:1].isupper():
            return subject  # "The PRSS-3 satellite": a description that names its thing
        noun = m[1]
        if noun in _CITY_WORDS and self.place and place_kind(self.place) == "city":
            return self.place  # "The city was almost destroyed": the dateline's city
        if noun in _COUNTRY_WORDS and self.country():
            return self.country()  # "The country declared independence": the article's one
        heads = _GENERIC_HEADS.get(noun, frozenset({noun}))
        names = self.names
        meant = self._meant.get(noun)
        if meant and not any(_head_word(n) in heads for n in names[meant[1] :]):
            return meant[0]  # "The festival ... The festival will close": the same one
        found = self._description(subject, noun, heads)
        if found:
            self._meant[noun] = (found, len(names))
        return found or self._abstract_of(subject, noun)

    def _description(self, subject: str, noun: str, heads: frozenset[str]) -> str:
        """The name of several words an earlier sentence gave the thing a description means,
        or ""."""
        names = self.names
        at = self.current.find(subject)
        for index in range(len(names) - 1, -1, -1):
            name = names[index]
            # "The festival was first held as part of the Istanbul Music Festival": a name
            # later in the same sentence is another thing, not the one described
            later = index >= self._names_before and self.current.find(name) > at >= 0
            if _headed_by(name, heads) and not later:
                return _series(name)
        named = (
            self._named_kind(noun)
            or self._described(noun)
            or self._synonym(noun)
            or (self._named_company() if noun in ("company", "firm", "group") else "")
        )
        return _series(named) if named else ""

    def _abstract_of(self, subject: str, noun: str) -> str:
        """An abstract description told by what the previous sentence did ("the plan of a
        joint drive"), else the description as written."""
        previous = self._main_clause(1) if noun in _ABSTRACT and self.sentences else None
        obj = object_of(previous, []) if previous else ""
        return f"{subject} of {obj}" if obj else subject

    def _whole_before(self) -> str:
        """The proceeding the previous sentence is about ("The murder trial of the owner ..."
        -> "the murder trial"), of which a "next hearing" is a part, or ""."""
        clause = self._main_clause(1)
        head = re.split(_AFTER_HEAD, clause.subject)[0] if clause else ""
        words = head.split()
        if not words or words[-1].lower() not in _PROCEEDINGS:
            return ""
        if _LEADING_ARTICLE.match(head):
            return _LEADING_ARTICLE.sub("the ", head)
        return head.lower() if len(words) == 1 else ""  # "Talks broke down": the talks

    def _speaker_of(self, pronoun: str) -> str:
        """Who a pronoun opening a reported statement means: the speaker it reports ("The
        agency says it confirmed a case" -> "The agency"), or "" when there is none."""
        m = _SPEAKER_THEN.match(self.current)
        if not m or m["pronoun"].lower() != pronoun:
            return ""
        speaker = m["speaker"]
        if speaker.lower() in ("which", "who", "that"):
            # "the port of Maputo, which said it handled": the relative pronoun's antecedent
            speaker = antecedent(self.current, m.start("speaker"))
        return "" if speaker.lower() in _PERSON_PRONOUNS | _THING_PRONOUNS else speaker

    def country(self) -> str:
        """The country "the country" means: the dateline's, else the only one the article's
        places so far lie in, or "" when there are several."""
        home = country_of(self.place) if self.place else None
        if home:
            return home
        found = {country_of(p) for s in [*self.sentences, self.current] for p in find_places(s)}
        found.discard(None)
        return found.pop() or "" if len(found) == 1 else ""

    def _owner(self, subject: str) -> str:
        """The organisation or place an "its" in the current sentence most likely means: the
        latest one named before it in the sentence, else in the sentences before."""
        at = self.current.find(subject)
        here = [m[0] for m in _CAPITALISED_NP.finditer(self.current, 0, max(at, 0))]
        names = self.names  # first: the scan sets where this sentence's names begin
        earlier = names[: self._names_before]
        for name in [*reversed(here), *reversed(earlier)]:
            if (len(name.split()) > 1 or name.isupper()) and (_org_like(name) or canonical(name)):
                return name
        return ""

    def _named_company(self) -> str:
        """The company "the company" means when the article named it as the subject of this
        sentence's first clause or of an earlier sentence ("Tesla cut ... The company said
        ...", "Tesla shares rose after Musk said the company would ...", "Norwegian salmon
        farmer Halvorsen Marine reported ...")."""
        self._sentence_subject()  # parses the current sentence's first clause once
        here = self._current_clause[1] if self._current_clause else None
        earlier = (self._main_clause(b) for b in range(1, min(len(self.sentences), 4) + 1))
        for clause in (here, *earlier):
            name = _company_name(clause.subject if clause else "")
            if name and name not in self.people and not any(name in p for p in self.people):
                return name
        return ""

    def _synonym(self, noun: str) -> str:
        """The fuller phrase an earlier sentence used for the same kind of happening under
        another noun ("the exercise" -> "citywide earthquake drill")."""
        others = _SYNONYMS.get(noun)
        if not others:
            return ""
        pattern = _fuller_phrase(others)
        for sentence in reversed(self.sentences[-4:]):
            found = pattern.search(sentence)
            if found:
                return found[1]
        return ""

    def _described(self, noun: str) -> str:
        """The name an earlier sentence gave this kind of thing in a phrase ("the feasibility
        study for the Future Circular Collider" -> "Future Circular Collider study")."""
        pattern = _named_after(noun)
        for sentence in reversed(self.sentences[-3:]):
            found = pattern.search(sentence)
            if found and found[1][:1].isupper():
                return f"{found[1]} {noun}"
        return ""

    def _named_kind(self, noun: str) -> str:
        """The latest name an earlier sentence gave a thing of this kind: "Typhoon Yagi" for
        "the typhoon", "the Nikkei 225 index" for "the index"."""
        pattern = _kind_name(noun)
        for sentence in reversed(self.sentences):
            # "the launch" is no "Satellite Launch Center": a name headed by an institution's
            # noun is a place or a body, not a thing of the kind
            found = [
                m
                for m in pattern.finditer(sentence)
                if noun in _ORG_HEADS or m[0].split()[-1].lower() not in _ORG_HEADS
            ]
            if found:
                return _whole_name(sentence, found[-1])
        return ""

    def _own_speaker(self, pronoun: str) -> str:
        """The person who says what a "he" or "she" does, named just before the saying
        ("The new housing minister, Sanne de Vries, said she would travel"), or ""."""
        if pronoun not in ("he", "she") or not any(w in self.current for w in _SAYING_WORDS):
            return ""
        found = _SPEAKER_OF_PRONOUN.search(self.current)
        return found[1] if found and found[2].lower() == pronoun else ""

    def _last_person(self) -> str:
        """The person a "he" or "she" most likely means: the latest earlier sentence's subject
        when it is a name, else the latest person named."""
        for back in range(1, min(len(self.sentences), 2) + 1):
            clause = self._main_clause(back)
            found = clause.subject if clause else ""
            if found.lower() in _PERSON_PRONOUNS | _THING_PRONOUNS:
                continue  # "He spent ...": a pronoun names nobody by itself
            titled = any(found.endswith(" " + person) for person in self.people)
            if (
                found in self.people
                or titled
                or (  # titled: "Defense attorney Karen Wu"
                    _PROPER_NAME.fullmatch(found) and not _org_like(found) and not canonical(found)
                )
            ):
                return found
        # "keep Bolsonaro in power after he lost": the person the sentence itself names
        for person in reversed(self.people):
            if re.search(rf"\b{re.escape(person.split()[-1])}\b", self.current):
                return person
        return self.people[-1] if self.people else ""

    def _person_opening(self) -> str:
        """The last person's name before a "he" or "she" of the current sentence ("Every April
        24, Shirin Akter walks to the plot where she was pulled from the rubble"), or ""."""
        at = re.search(r"\b(?:he|she)\b", self.current)
        names = [
            m[0]
            for m in _PROPER_NAME.finditer(self.current, 0, at.start() if at else 0)
            if len(m[0].split()) > 1
            and not _org_like(m[0])
            and not canonical(m[0])
            and not _DATE_WORDS.intersection(m[0].lower().split())
        ]
        return names[-1] if names else ""

    def person_object(self) -> str:
        """The person an object "him" or "her" most likely means: the name opening the
        current sentence ("Humala became ... when judges found him guilty"), else the person a
        "he" would mean."""
        self._sentence_subject()  # parses the current sentence's first clause once
        clause = self._current_clause[1] if self._current_clause else None
        found = clause.subject if clause else ""
        named = _PROPER_NAME.fullmatch(found) and not _org_like(found) and not canonical(found)
        if named and found.lower() not in _PERSON_PRONOUNS | _THING_PRONOUNS:
            return found
        # "confirmed Karol Nawrocki as the winner, clearing the way for his swearing-in"
        for m in reversed(list(re.finditer(_NAME, self.current))):
            name = m[0]
            if not _org_like(name) and not canonical(name) and "'" not in name + "’":
                return name
        return self._last_person()

    def owned(self, phrase: str) -> str:
        """A noun phrase with a person's "his" or "her" replaced by the person's name ("his
        swearing-in" -> "Karol Nawrocki's swearing-in")."""
        m = re.match(r"(?:his|her)\s+(?=\w)", phrase, re.IGNORECASE)
        person = self.person_object() if m else ""
        return f"{person}'s {phrase[m.end() :]}" if m and person else phrase

    def thing(self, actor: str) -> str:
        """What an object "it" of `actor`'s clause most likely means: what the sentence's
        first clause acted on ("drafted a bill ..., and parliament will vote on it": the
        bill), else the sentence's subject, what the sentence before acted on, or an earlier
        subject; never the actor itself."""
        self._sentence_subject()  # parses the current sentence's first clause once
        here = self._current_clause[1] if self._current_clause else None
        before = self._main_clause(1) if self.sentences else None
        if here and base_form(here.verb[-1].lower()) in _REPORTING:
            # "His lawyers said they would take the case to the court, which will hear it"
            here = first_clause(here.rest) or here
        for found in (
            _object_acted_on(here),
            self._sentence_subject(),
            _object_acted_on(before),
            self._last_subject(),
        ):
            if found and _LEADING_ARTICLE.sub("", found).lower() != actor.lower():
                return found
        return "it"

    def _named_before_it(self) -> str:
        """The place or organisation the current sentence names last before its "it", when
        the sentence opens with something else ("Fireworks lit up ..., as Kazakhstan marked
        33 years since it declared independence")."""
        at = self.current.find(" it ")
        if at < 0:
            return ""
        # Only a name that does something ("Kazakhstan marked"): one a verb acts on ("rain
        # lashed upper Assam, and it was still flowing") leaves "it" to the sentence's subject.
        names = [
            m[0]
            for m in _CAPITALISED_NP.finditer(self.current, 0, at)
            if _verb_follows(self.current, m.end())
        ]
        names = [n for n in names if canonical(n) or (len(n.split()) > 1 and _org_like(n))]
        return names[-1] if names and not self.current.startswith(names[-1]) else ""

    def _sentence_subject(self) -> str:
        """The thing the current sentence's first clause is about, when an "it" in a later
        clause of the same sentence points back to it ("The collider found ..., and it is due
        to shut down")."""
        if not self.current:
            return ""
        if self._current_clause is None or self._current_clause[0] != self.current:
            self._current_clause = (self.current, first_clause(self.current))
        clause = self._current_clause[1]
        found = clause.subject if clause else ""
        thing = found and found.lower() not in _PERSON_PRONOUNS | _THING_PRONOUNS
        return found if thing and found not in self.people else ""

    def _last_subject(self, singular: bool = False) -> str:
        """The subject of the latest earlier sentence that names a thing, not a person; for a
        singular pronoun not a list ("Ethiopia and Somalia announced a drive. It will run"),
        whose sentence's object is meant instead."""
        for back in range(1, min(len(self.sentences), 4) + 1):
            clause = self._main_clause(back)
            if clause is None:
                continue
            found = clause.subject
            if singular and " and " in found:
                return _object_acted_on(clause)
            if found and found.lower() not in _PERSON_PRONOUNS | _THING_PRONOUNS:
                # "Foreign Minister Mauro Vieira" is a person too: "they" or "it" is not him
                return "" if any(p in found for p in self.people) else found
        return ""


def _series(name: str) -> str:
    """A name a description means, without its edition ("the festival" is the Istanbul Jazz
    Festival, not only its 33rd edition)."""
    return _EDITION.sub("", name)


def _one_named(subject: str, people: list[str]) -> bool:
    """Whether a one-word subject is the name of a person the article names ("Marcos flew",
    after "President Ferdinand Marcos Jr."), one person whatever its last letter."""
    return " " not in subject and any(subject in person.split() for person in people)


def _verb_follows(text: str, end: int) -> bool:
    """Whether the word after `end` in a text is a verb form ("Kazakhstan marked")."""
    following = text[end:].split(maxsplit=1)
    word = following[0].strip(",.;:").lower() if following else ""
    return bool(word) and (is_past(word) or is_present_third(word))


def _object_acted_on(clause: Clause | None) -> str:
    """The object of an active clause ("drafted a bill raising defence spending"), or ""."""
    if clause is None or {w.lower() for w in clause.verb} & _BE:
        return ""  # "The treaty was drafted": the subject is what was acted on
    return _drop_phrases(object_of(clause, []), 40)


def _company_name(subject: str) -> str:
    """The name a subject gives a company: "Tesla" alone or before a plural ("Tesla shares"),
    or the name closing a description ("salmon farmer Halvorsen Marine"); "" for a person's
    first name ("Elon Musk"), a place or a generic word."""
    words = subject.split()
    if len(words) == 1 or (len(words) == 2 and words[1].islower()):
        name = words[0]
    else:
        # A name after lower-case words; "Chief Executive Ingrid Solberg" is all capitals.
        closing = _CLOSING_NAME.search(subject)
        name = closing[1] if closing and closing.start(1) > 0 else ""
    if not name[:1].isupper() or name.lower() in _NOT_COMPANIES or canonical(name):
        return ""
    return name


def _head_word(name: str) -> str:
    """The word a name is headed by, in lower case ("Reserve Bank of Australia" -> "bank")."""
    words = re.split(r"\s+(?:of|for)\s+", name)[0].split()
    return words[-1].lower() if words else ""


def _headed_by(name: str, heads: frozenset[str]) -> bool:
    """Whether a name's head is one of `heads` (in English or with another language's ending,
    "Bankası"), or a one-word name is a compound ending in one ("Riksbank" for "the bank")."""
    head = _head_word(name)
    if head in heads:
        return True
    if any(
        head.startswith(h) and 0 < len(head) - len(h) <= 3 and not head.isascii() for h in heads
    ):
        return True  # "Anadolu Ticaret Bankası": the noun with another language's ending
    return " " not in _LEADING_ARTICLE.sub("", name) and any(
        head.endswith(h) and len(head) > len(h) + 2 for h in heads
    )


def _org_like(name: str) -> bool:
    """Whether a capitalised name is an organisation or place rather than a person."""
    return any(word.lower() in _ORG_HEADS for word in name.split())


def title(
    clause: Clause,
    dates: list[tuple[int, int]],
    mentions: Mentions,
    sentence: str,
    happenings: list[tuple[int, int]] | None = None,
    own: tuple[int, int] | None = None,
) -> str:
    """A headline for a clause.

    Args:
        clause: the clause holding the date.
        dates: offsets (in the sentence) of the dates and times, removed from the title.
        mentions: the article's earlier mentions, to resolve pronouns and descriptions.
        sentence: the sentence the clause is in.
        happenings: offsets of the dates that make events of their own (default: `dates`).
        own: offsets of the date the title is for, when known.

    Returns:
        A headline of at most `MAX_TITLE` characters, or "" when the clause has no subject.
    """
    expletive = _expletive(clause, dates, mentions, sentence, happenings)
    if expletive:  # "There was an explosion", "It was announced that the plant would close"
        return expletive
    written = _TRAILING_ADVERB.sub("", clause.subject)  # "The bank last raised rates"
    if written.lower() == "it":
        written = _thing_before(sentence, clause.start) or written
    written = _one_of_kind(written, sentence[: clause.start]) or written
    resolved = mentions.resolve(written)
    if resolved == written:
        resolved = _speakers_own(written, sentence)
    # Only the dates the written subject holds: "Skansen's Christmas market opens ... until
    # Christmas" keeps the market's name whole.
    at = sentence.find(written)
    held = [sentence[a:b] for a, b in dates if at < 0 or at <= a < at + len(written)]
    subject = _clean_subject(_without_dates(resolved, held))
    if not subject:
        return ""
    # "Phivolcs has recorded": a verb the article wrote in the singular keeps its number
    singular = resolved == written and clause.verb[0].lower() in _SINGULAR_AUXILIARIES
    plural = _plural(subject) and not singular and not _one_named(subject, mentions.people)
    reported, attributed = _reported(clause, dates, mentions, sentence, happenings)
    if reported and not attributed:  # "The airline said on Friday it had cancelled ..."
        return reported
    if reported and reported.lower().startswith(subject.lower() + " "):
        return reported  # "The ministry said the ministry had approved it": said once is enough
    if reported and subject.lower() in _PERSON_PRONOUNS | _THING_PRONOUNS | {"we", "i", "you"}:
        return reported  # a speaker no earlier sentence names is left out, not written "They"
    if reported:  # "Officials said on Monday that at least 122 people had died"
        return _attributed(reported, _speaker(clause.subject, subject), plural, clause.verb[-1])
    if (
        clause.subject_kind == "participle"
        or _shared_passive(clause, sentence)
        or _agent(clause)
        or _elided_passive(clause, sentence)
    ):
        verb = " ".join(w for w in clause.verb if not _adverb(w))
    elif _TO_BE.search(sentence, 0, clause.rest_start) and clause.verb[0].lower() == "be":
        verb = headline_verb(("to", *clause.verb), plural)  # "a dividend, to be paid on May 12"
    elif clause.verb == ("be",) and _TO_COPULA.search(sentence, 0, clause.rest_start):
        verb = "to be"  # "wants the ZiG to be the only currency by 2030": what is to be
    else:
        verb = headline_verb(clause.verb, plural)
        if _OCCASION.fullmatch(clause.rest) and base_form(clause.verb[-1].lower()) == "say":
            verb = "speak" if plural else "speaks"  # "said at a news conference on Monday"
        if verb.startswith("could ") and _SAID_BEFORE.search(sentence, 0, clause.rest_start):
            verb = "can" + verb[5:]  # "said owners could bring": reported, so "can bring"
    hedge = _hedge(clause, sentence)
    if hedge and verb and not verb.startswith("to "):
        verb = f"{hedge} {verb}"
    particle = _particle(clause, dates)
    if particle:  # "will be sworn in on Oct. 1": "in" belongs to the verb, not to the date
        verb += " " + particle.group(1)
        clause = replace(
            clause,
            rest=clause.rest[particle.end() :],
            rest_start=clause.rest_start + particle.end(),
        )
    if own:
        clause = _without_dated_relative(clause, dates, happenings or [], own)
    if base_form(clause.verb[-1].lower()) == "spend":
        # "spent Saturday at the site": the day is what was spent, the object stays
        dates = [d for d in dates if d[0] != clause.rest_start]
    rest = _clean_rest(clause, dates)
    aside = _aside_plan(clause, sentence) if not rest else None
    if aside:  # "The next mission, carrying a cargo craft, is scheduled for May 21"
        verb, rest = aside
    if base_form(clause.verb[-1].lower()) in _BACKSHIFTING and is_past(clause.verb[-1].lower()):
        rest = _WOULD.sub("will", rest, count=1)  # "announced he would retire": "will retire"
    it = _OBJECT_IT.fullmatch(rest)  # "is expected to sign it", "will vote on it"
    if it:
        thing = mentions.thing(subject)
        if thing != "it":
            thing = _LEADING_ARTICLE.sub("the ", thing, count=1)
            rest = rest[: it.start(1)] + thing + rest[it.end(1) :]
    rest = _person_object(rest, subject, mentions)
    if _COUNTRY_OWNS.search(rest) and mentions.country():  # "on the country's Independence Day"
        rest = _COUNTRY_OWNS.sub(f"{mentions.country()}'s", rest, count=1)
    if clause.object and _GERUND_ONLY.fullmatch(rest):  # "which Ethiopia started building"
        rest = rest + " " + _PARENTHETICAL.sub("", clause.object)
    elif clause.object:
        rest = _PARENTHETICAL.sub("", clause.object) + " " + rest
    if not rest and clause.subject_kind != "participle":
        rest = _coordinated(clause, dates, sentence, plural)  # "Quake hits and triggers ..."
    if not rest:
        rest = _when_clause(clause, dates, sentence)  # "18 people die when their bus ..."
        if rest and not verb:
            # "Sweden's worst fire season was in 2018, when 25,000 hectares burned": what
            # happened, in the time the subject names
            setting = _LEADING_ARTICLE.sub("the ", clause.subject.strip(), count=1)
            told = _LEADING_ARTICLE.sub("", rest.removeprefix("when "))
            return _shorten(told[:1].upper() + told[1:], "", f"in {setting}")
    result = bool(rest) and bool(re.search(rf",\s*{re.escape(rest.split()[0])}\b", clause.rest))
    if len(clause.verb) == 1 and is_past(clause.verb[0].lower()):
        rest = _SECOND_PAST.sub(lambda m: _second_verb(m, plural), rest)
    return _shorten(subject, verb, rest, result)


#: A second verb in the past joined to the first ("renegotiated the contract and cut volumes"),
#: before its object.
_SECOND_PAST = re.compile(r"\band\s+([a-z]+)(?=\s+(?:the|a|an|its|their|his|her|\d|[a-z]+s\b))")


def _second_verb(m: re.Match[str], plural: bool) -> str:
    """The second verb of a title in headline tense, like its first ("and cuts volumes")."""
    word = m[1]
    base = base_form(word) if is_past(word) else None
    return f"and {base if plural else third_person(base)}" if base else m[0]


def _aside_plan(clause: Clause, sentence: str) -> tuple[str, str] | None:
    """What a scheduled subject will do, told in an aside between commas ("The next mission,
    carrying a cargo craft to the station, is scheduled for May 21" -> ("to carry", "a cargo
    craft to the station")), when the clause itself says only that it is scheduled."""
    words = [w.lower() for w in clause.verb]
    if len(words) != 2 or words[0] not in ("is", "are") or words[1] not in _SCHEDULED:
        return None
    at = sentence.find(clause.subject)
    m = _ASIDE.match(sentence, at + len(clause.subject)) if at >= 0 and clause.subject else None
    if m is None:
        return None
    base = ing_base(m["ing"].lower()) if m["ing"] else m["verb"].lower()
    return (f"to {base}", m["rest"]) if base and base_form(base) == base else None


#: An aside after a subject telling what it will do: ", carrying X," or ", which will bring X,".
_ASIDE = re.compile(
    r",\s*(?:(?P<ing>[a-z]+ing)|which\s+will\s+(?P<verb>[a-z]+))\s+(?P<rest>[^,;]+),"
)
_SCHEDULED = frozenset({"scheduled", "due", "planned", "set", "slated"})


def _speakers_own(subject: str, sentence: str) -> str:
    """A description its speakers' organisation or event owns ("organizers of the Pahiyas
    Festival said the harvest parade would ..." -> "Pahiyas Festival harvest parade"), else
    the subject as it is."""
    m = _DESCRIPTION.fullmatch(subject)
    at = sentence.find(subject)
    if not m or at < 0:
        return subject
    speaker = _SPEAKERS_OF.search(sentence, 0, at)
    if not speaker or not (_org_like(speaker[1]) or _head_word(speaker[1]) in _EVENT_HEADS):
        return subject
    return f"{speaker[1]} {m[1]}"


def _without_dated_relative(
    clause: Clause,
    dates: list[tuple[int, int]],
    happenings: list[tuple[int, int]],
    own: tuple[int, int],
) -> Clause:
    """The clause without a relative clause on its object that holds a date of its own ("agreed
    on Wednesday to a ceasefire that will take effect on Sunday": the ceasefire's start is
    its own event)."""
    for m in _RELATIVE.finditer(clause.rest):
        noun = clause.rest_start + m.start(1)
        if base_form(m[1].lower()) is not None or any(a <= noun < b for a, b in dates):
            continue  # "agreed that", "said on Tuesday that": a complement, not a relative
        at = clause.rest_start + m.start(2)
        if own[0] < at and any(at < a < clause.end for a, _ in happenings):
            return replace(clause, rest=clause.rest[: m.start(2)].rstrip(" ,"))
    return clause


def _hedge(clause: Clause, sentence: str) -> str:
    """The adverbs right before a clause's verb group that change its meaning ("almost",
    "never"), as written, or ""."""
    text = sentence[clause.start : clause.rest_start]
    verb_at = text.rfind(clause.verb[0])
    words = text[:verb_at].split()
    kept: list[str] = []
    while words and words[-1].lower() in _HEDGES:
        kept.insert(0, words.pop().lower())
    return " ".join(kept)


def _shared_passive(clause: Clause, sentence: str) -> bool:
    """Whether a lone participle shares the passive auxiliary of the verb it is coordinated
    with ("was elected in 2018 and re-elected in 2024": "re-elected" is passive too)."""
    if clause.subject_kind != "shared" or len(clause.verb) != 1:
        return False
    if not is_participle(clause.verb[0].lower()):
        return False  # "was granted asylum and flew to Brasilia": "flew" is active
    following = clause.rest.split()[0].lower() if clause.rest.split() else ""
    if following and following not in _CUT_WORDS:
        return False  # "and led parliament to ...": an object makes it active
    first = _PASSIVE.search(sentence, 0, clause.start)
    return first is not None and is_past(first[1].lower())


def _coordinated(clause: Clause, dates: list[tuple[int, int]], sentence: str, plural: bool) -> str:
    """The undated verb phrase coordinated after a clause that says nothing past its verb
    ("The quake hit on Monday and triggered tsunami waves" -> "and triggers tsunami waves"),
    or ""."""
    m = re.match(r"\s*,?\s*and\s+", sentence[clause.end :])
    if not m:
        return ""
    start = clause.end + m.end()
    inner = first_clause(sentence[start:])
    if inner is None or inner.subject_kind != "none" or inner.start != 0:
        return ""
    if any(start <= a < start + inner.end for a, _ in dates):
        return ""  # a dated second verb makes its own event
    return f"and {headline_verb(inner.verb, plural)} {_clean_rest(inner, [])}".strip()


def _thing_before(sentence: str, start: int) -> str:
    """The thing an "it" opening a subordinate clause means: the noun phrase the main clause
    ends with ("will not renew the agreement when it expires" -> "the agreement"), or ""."""
    m = _SUBORDINATE_OPENING.match(sentence, start)
    if not m:
        return ""
    words = sentence[:start].rstrip(" ,").split()[-7:]
    at = max((i for i, w in enumerate(words) if w.lower() in _THING_DETERMINERS), default=None)
    if at is None or at == len(words) - 1:
        return ""
    return " ".join(words[at:])


def _one_of_kind(written: str, before: str) -> str:
    """The thing a subject "the next one" stands for: the last noun phrase named before it
    in the sentence ("publishes its Financial Stability Report twice a year; the next one"
    -> "the next Financial Stability Report"), or ""."""
    one = _ONE_OF_KIND.fullmatch(written)
    if not one:
        return ""
    for m in reversed(list(_OWNED_PHRASE.finditer(before))):
        words = [w for w in m[1].split() if w.lower() not in _ORDINALS]
        while words and (words[-1].lower() in _CUT_WORDS or _has_verb(words[-1])):
            words = words[:-1]  # "a store in", "the company said": the noun alone
        if words and words[-1].lower() not in _KIND_STOPS:
            return f"{written[: one.start(2)]}{' '.join(words)}"
    return ""


_ONE_OF_KIND = re.compile(
    r"(?i)((?:the\s+)?(?:next|first|second|third|last|latest|final|new|previous)\s+)(one)"
)
#: A noun phrase after a determiner: a name ("its Financial Stability Report") or one or two
#: lower-case words ("its first satellite").
_OWNED_PHRASE = re.compile(
    r"\b(?:its|their|his|her|the|a|an)\s+((?:[A-Z][\w-]*\s+)*[A-Z][\w-]*\b|[a-z][\w-]*"
    r"(?:\s+[a-z][\w-]*)?\b)"
)
_ORDINALS = frozenset("first second third last latest final new previous next".split())  # noqa: SIM905
#: Words a phrase "one" cannot stand for: times and quantities ("twice a year", "a lot").
_KIND_STOPS = frozenset(
    "year years month months week weeks day days time times lot number few while".split()  # noqa: SIM905
)


def _person_object(rest: str, subject: str, mentions: Mentions) -> str:
    """The rest with an object "him" or "her" replaced by the person it means ("judges found
    him guilty" -> "found Ollanta Humala guilty"); "her" only where no noun follows it, since
    "her son" is a possessive."""
    m = _PERSON_OBJECT.search(rest)
    if not m:
        return rest
    person = mentions.person_object()
    if not person or person == subject or person.split()[-1] in subject.split():
        return rest
    return rest[: m.start(1)] + person + rest[m.end(1) :]


def _when_clause(clause: Clause, dates: list[tuple[int, int]], sentence: str) -> str:
    """The undated "when" clause after a clause that says nothing past its verb: it tells what
    happened ("more than 150 people died when a tanker overturned" -> "when a tanker
    overturns"), or ""."""
    m = re.match(r"\s*,?\s*when\s+", sentence[clause.end :])
    if not m:
        return ""
    start = clause.end + m.end()
    inner = first_clause(sentence[start:])
    if inner is None or inner.subject_kind != "clause" or inner.start != 0:
        return ""
    if any(start <= a < start + inner.end for a, _ in dates):
        return ""  # a dated "when" clause makes its own event
    subject = inner.subject.strip()  # inside the title: "a tanker", "their bus" as written
    plural = _plural(subject)
    verb = headline_verb(inner.verb, plural)
    if not verb:
        return ""  # "met in 2011, when Biden was vice president": a state, not what happened
    also = _coordinated(replace(inner, end=start + inner.end), dates, sentence, plural)
    return " ".join(part for part in ("when", subject, verb, _clean_rest(inner, []), also) if part)


def _reported(
    clause: Clause,
    dates: list[tuple[int, int]],
    mentions: Mentions,
    sentence: str,
    happenings: list[tuple[int, int]] | None,
) -> tuple[str, bool]:
    """The headline of what a dated verb of saying reports ("said on Monday that at least 122
    people had died" -> "At least 122 people die"), and whether it needs its speaker (not
    when the statement is about the speaker: "said on Friday it had cancelled 300 flights");
    ("", False) when the clause reports no undated statement."""
    words = [w.lower() for w in clause.verb]
    if base_form(words[-1]) not in _REPORTING or set(words) & (MODALS | {"not", "never"}):
        return "", False
    start = _statement_start(clause, dates, sentence)
    if start is None:
        return "", False
    own = [
        a
        for a, b in (dates if happenings is None else happenings)
        if start <= a < clause.end and not _attributive(sentence, b)
    ]
    if own:
        return "", False  # the statement dates itself and makes its own event
    content = sentence[start : clause.end]
    inner = first_clause(content)
    if inner is None or inner.subject_kind != "clause" or not content.startswith(inner.subject):
        return "", False
    inside = [(a - start, b - start) for a, b in dates if start <= a < clause.end]
    inner = _speaker_as_subject(inner, clause, mentions)
    headline = title(inner, inside, mentions, content)
    if len(headline.split()) < 2:
        return "", False
    return headline, inner.subject.lower() not in _PERSON_PRONOUNS | _THING_PRONOUNS


def _speaker_as_subject(inner: Clause, clause: Clause, mentions: Mentions) -> Clause:
    """A reported clause whose pronoun means its speaker ("Trudeau said he would not form a
    coalition": Trudeau; "the airline said it had cancelled": the airline) with the speaker
    written instead."""
    pronoun = inner.subject.lower()
    if pronoun not in {"he", "she", "it"}:
        return inner
    speaker = mentions.resolve(_TRAILING_ADVERB.sub("", clause.subject))
    if not speaker or speaker.lower() in _PERSON_PRONOUNS | _THING_PRONOUNS:
        return inner
    if (pronoun == "it") != _org_like(speaker):
        return inner  # "the ministry said he resigned": someone else
    return replace(inner, subject=speaker)


def _expletive(
    clause: Clause,
    dates: list[tuple[int, int]],
    mentions: Mentions,
    sentence: str,
    happenings: list[tuple[int, int]] | None,
) -> str:
    """The headline of a clause whose subject is an empty "there" or "it": what there was
    ("There was an explosion at the port" -> "Explosion at the port") or what it was announced
    ("It was announced on Friday that the plant would close" -> "Plant to close"), or ""."""
    subject = clause.subject.lower()
    words = [w.lower() for w in clause.verb]
    if subject == "there" and words[-1] in _BE:
        rest = _LEADING_ARTICLE.sub("", _clean_rest(clause, dates)).split(maxsplit=1)
        if not rest:
            return ""
        head = rest[0][:1].upper() + rest[0][1:]
        if len(rest) == 1:  # "There will be a vote on Friday": "Vote due"
            return f"{head} due" if set(words) & FUTURE_AUXILIARIES else ""
        return _shorten(head, "", rest[1])
    passive = set(words) & _BE and is_past(words[-1])
    if subject != "it" or not passive or base_form(words[-1]) not in _IMPERSONAL:
        return ""
    speech = replace(clause, verb=("said",))
    return _reported(speech, dates, mentions, sentence, happenings)[0]


def _attributive(sentence: str, end: int) -> bool:
    """Whether a date ending at `end` modifies the noun after it ("first-quarter revenue")."""
    m = re.match(r"\s+([a-z][\w-]*)", sentence[end:])
    if not m:
        return False
    word = m[1]
    return word not in _CUT_WORDS | _DETERMINERS and base_form(word) is None


def _statement_start(clause: Clause, dates: list[tuple[int, int]], sentence: str) -> int | None:
    """Where the statement after a verb of saying starts: after its "that", or after the date
    that follows the verb ("said on Friday it had ..."), adjuncts of a few words allowed
    before it ("in a speech"); None when the verb has no statement after it."""
    m = _THAT.search(clause.rest)
    if m:
        before = clause.rest[: m.start()]
        adjuncts = _without_dates(before, [sentence[a:b] for a, b in dates])
        return clause.rest_start + m.end() if len(adjuncts.split()) <= 4 else None
    for a, b in sorted(dates):
        if a >= clause.rest_start and len(sentence[clause.rest_start : a].split()) <= 4:
            after = re.match(r"[\s,]*", sentence[b:])
            return b + (after.end() if after else 0)
    return None


def _speaker(written: str, subject: str) -> str:
    """A subject as an attribution after a comma: "officials", "the company" in lower case,
    names as written."""
    first = subject.split()[0].rstrip("'’") if subject.split() else ""
    described = re.search(rf"\b{re.escape(first.lower())}\b", written)  # not resolved to a name
    words = subject.split()
    # "Employers' groups", "Health officials": capitalised only to open the sentence
    common = (
        len(words) > 1
        and words[1][:1].islower()
        and first[1:].islower()  # not "ISRO chairman"
        and not canonical(first.removesuffix("'s"))
    )
    generic = bool(described) or common or subject.lower() in _GENERIC_SPEAKERS
    return subject[:1].lower() + subject[1:] if generic and subject[:1].isupper() else subject


def _attributed(headline: str, speaker: str, plural: bool, verb: str) -> str:
    """A reported headline with its speaker after it ("..., officials say"), shortened to
    fit, or without the speaker when it cannot fit."""
    base = base_form(verb.lower()) or "say"
    base = "say" if base == "tell" else base  # "told reporters": "tells" needs its object
    tail = f", {speaker} {base if plural else third_person(base)}"
    if len(headline) + len(tail) > MAX_TITLE:
        shorter = _drop_phrases(headline, MAX_TITLE - len(tail))
        if len(shorter.split()) < 3 or len(shorter) + len(tail) > MAX_TITLE:
            return headline
        headline = shorter
    return headline + tail


# The patterns below are built per noun; compiling one costs more than reading a whole
# sentence, and the same nouns come back article after article.
@lru_cache(maxsize=1024)
def _named_after(noun: str) -> re.Pattern[str]:
    """A kind's noun and the name it is "for", "of", "on" or "into" ("study for the Future
    Circular Collider")."""
    return re.compile(rf"\b(?i:{re.escape(noun)})\s+(?:for|of|on|into)\s+(?:the\s+)?({_NAME})")


@lru_cache(maxsize=256)
def _fuller_phrase(nouns: str) -> re.Pattern[str]:
    """A phrase of up to three words ending in one of some nouns ("the citywide earthquake
    drill"), `nouns` an alternation."""
    return re.compile(rf"\b(?:a|an|the|its|their)\s+((?:[\w.-]+\s+){{0,2}}(?:{nouns}))\b")


@lru_cache(maxsize=1024)
def _kind_name(noun: str) -> re.Pattern[str]:
    """A name that holds a kind's noun: "Typhoon Yagi", "Nikkei 225 index"."""
    kind = re.escape(noun)
    return re.compile(
        rf"\b{kind.capitalize()}(?:\s+[A-Z][\w'’-]+)+"
        rf"|\b(?:[A-Z][\w'’&-]*\s+)+(?:\d+\s+)?{kind}\b"
    )


def with_setting(headline: str, setting: str) -> str:
    """A headline with the happening it took place in after it ("No candidate clears 50
    percent" + "in the primary"), its last phrases dropped to make room; the headline alone
    when it names that happening already."""
    head = setting.split()[-1].lower().rstrip("s")
    if head in headline.lower():
        return headline
    room = MAX_TITLE - len(setting) - 1
    shorter = _drop_phrases(headline, room) if len(headline) > room else headline
    return f"{shorter} {setting}" if len(shorter) <= room else headline


def _whole_name(sentence: str, found: re.Match[str]) -> str:
    """A found name with the capitalised words just before it ("Railway Co" in "Canadian
    National Railway Co" is the whole name), a sentence's opening little word left out."""
    before = _NAME_BEFORE.search(sentence, 0, found.start())
    if not before:
        return found[0]
    words = before[0].split()
    while words and words[0].lower() in _FUNCTION_WORDS | _CUT_WORDS:
        words.pop(0)
    return " ".join([*words, found[0]])


def noun_title(phrase: str) -> str:
    """A headline from a noun phrase that names a happening ("the parliamentary election" ->
    "Parliamentary election"), or "" when it is a pronoun or a single common word."""
    text = _clean_subject(phrase)
    if len(text.split()) < 2 or text.lower() in _PERSON_PRONOUNS | _THING_PRONOUNS:
        return ""
    return text


def _particle(clause: Clause, dates: list[tuple[int, int]]) -> re.Match[str] | None:
    """The particle of a phrasal verb that a date's preposition follows ("sworn in on Oct. 1",
    "handed over on Monday"), or None."""
    m = _PARTICLE.match(clause.rest)
    if not m:
        return None
    for start, _ in dates:
        gap = clause.rest[m.end() : start - clause.rest_start]
        lead = _LEADING_PREPOSITIONS.fullmatch(gap) and not gap.lower().startswith("the ")
        if start - clause.rest_start > m.end() and lead:  # not "on the morning of"
            return m
    return None


def _date_lead(text: str, at: int) -> int:
    """Where the prepositions that lead to a date at `at` begin ("as early as", "on")."""
    # Searched only from where the run of lead words before the date starts: the same match
    # as from the text's start, without trying the pattern at every character before it.
    lead = _LEADING_PREPOSITIONS.search(text, _run_start(text, at, _LEAD_WORDS), at)
    if lead is None and text[max(0, at - 4) : at].lower() == "the ":
        # "in the days before": a date tagged without its article takes it along
        lead = _LEADING_PREPOSITIONS.search(text, _run_start(text, at - 4, _LEAD_WORDS), at - 4)
    return lead.start() if lead else at


def _run_start(text: str, at: int, words: frozenset[str]) -> int:
    """Where the run of some words and spaces that ends at `at` starts, so that a pattern made
    of them and anchored at `at` is tried from there (a word outside ASCII counts as one of
    them: the patterns ignore case, and "ſ" is an "s" to them)."""
    start = at
    while True:
        end = start
        while end > 0 and text[end - 1].isspace():
            end -= 1
        begin = end
        while begin > 0 and (text[begin - 1].isalnum() or text[begin - 1] == "_"):
            begin -= 1
        word = text[begin:end]
        if not word or (word.isascii() and word.lower() not in words):
            return start
        start = begin


def qualifies_noun(date_text: str, after: str) -> bool:
    """Whether a date is a hyphenated period qualifying the noun after it ("fourth-quarter
    profit", "full-year forecast"), given the text that follows it."""
    return bool(_PERIOD_MODIFIER.fullmatch(date_text) and _NOUN_NEXT.match(after))


def _without_dates(text: str, dates: list[str]) -> str:
    """Text without the given date expressions and the prepositions that lead to them."""
    for date_text in dates:
        at = text.find(date_text) if date_text else -1
        if at < 0:
            continue
        after = text[at + len(date_text) :]
        if _POSSESSIVE_S.match(after):  # "Sunday's vote" -> "the vote"
            text = text[:at] + "the" + after[2:]
            continue
        if qualifies_noun(date_text, after):  # "a rise in fourth-quarter profit": in profit
            text = text[:at] + after.lstrip()
            continue
        text = text[: _date_lead(text, at)] + " " + _FOCUS_AFTER_DATE.sub("", after)
    return _SPACES.sub(" ", text).strip(" ,")


#: A possessive determiner right before a date: the date is a noun phrase ("their first day");
#: not "her", which is as often an object ("paid tribute to her last year").
_OWNER_BEFORE = re.compile(r"\b(?:its|their|his|our)\s+$", re.IGNORECASE)
#: The time zone named after a clock time by a city or as local: "Kyiv time", "local time".
_ZONE_AFTER_DATE = re.compile(r"^\s*(?:[A-Z][a-z]+|local)\s+time\b")


def object_of(clause: Clause, dates: list[tuple[int, int]]) -> str:
    """The noun phrase right after a clause's verb ("a joint sci-tech centre")."""
    rest = _clean_rest(clause, dates)
    m = re.match(
        r"((?:\S+\s+){0,6}?\S+?)(?=\s+(?:" + "|".join(sorted(_CUT_WORDS)) + r")\b|$)", rest
    )
    if not m or m[1].split()[0].lower() not in ("a", "an", "the"):
        return ""
    words = rest.split()
    n = len(m[1].split())
    if n < len(words) and words[n].lower() == "and" and not _cut_point(words, n):
        # "a combined flu and Covid-19 vaccine": one noun phrase across its "and"
        joined = object_of(replace(clause, rest=" ".join(["a", *words[n + 1 :]])), [])
        return f"{m[1]} and {joined.split(' ', 1)[1]}" if joined else m[1]
    found = m[1].split()
    if len(found) > 2 and found[-1].islower() and is_past(found[-1]):
        return " ".join(found[:-1])  # "a vaccine made (by Vireo)": the participle's agent gone
    return m[1]


def _clean_subject(subject: str) -> str:
    """A subject as a headline opens: no article, no parenthetical, no appositive."""
    subject = _PARENTHETICAL.sub("", subject)
    subject = _name_list(subject) or _without_appositive(subject).strip(' ,"“”')
    subject = _LEADING_ARTICLE.sub("", _LEADING_POSSESSIVE.sub("", subject))
    subject = _LEADING_PREPOSITION.sub("", subject)  # "(the rehiring) of 300 workers dismissed"
    subject = _TRAILING_ADVERB.sub("", subject)
    if len(subject) > 40 and " and " in subject:
        subject = _OFFICE.sub(
            "", subject
        )  # "Chinese President Xi Jinping and ..." -> "Xi Jinping and ..."
    # A list of names ("Ministers of Kazakhstan, Kyrgyzstan and Uzbekistan") is kept whole
    # longer than other phrases: cut after its first name it would misreport who acted.
    if len(subject) > (_LIST_SUBJECT if _LISTED.search(subject) else 55):
        subject = _drop_phrases(subject, 55)
    return subject[:1].upper() + subject[1:]


def _without_appositive(subject: str) -> str:
    """A subject up to its first comma, unless the comma continues a list of names that
    ends it ("The water ministers of Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan")."""
    head, comma, tail = subject.partition(", ")
    last = _LAST_NAME.search(head)
    if comma and last and _name_list(f"{last[0]}, {tail}"):
        return subject
    return head


def _name_list(subject: str) -> str:
    """A subject that lists names ("Daron Acemoglu, Simon Johnson and James Robinson"), by
    surname when it is long ("Acemoglu, Johnson and Robinson"), or "" when it is no list."""
    names = _LIST_SEPARATOR.split(subject.strip(' ,"“”'))
    names = [_LEADING_LOWER_THE.sub("", n) for n in names]
    if len(names) < 3 or not all(_PROPER_NAME.fullmatch(n) for n in names):
        return ""
    if len(subject) > 40 and all(len(n.split()) > 1 for n in names):
        names = [n.split()[-1] for n in names]
    return ", ".join(names[:-1]) + " and " + names[-1]


def _plural(subject: str) -> bool:
    """Whether a subject takes a plural verb ("Kazakhstan and China", "experts")."""
    head = re.split(_AFTER_HEAD, subject)[0]
    words = head.split()
    # "Rebels led by X": a participle after the head noun describes it
    participle = next(
        (
            i
            for i, w in enumerate(words)
            if i > 0 and w.islower() and (is_past(w) or _ing_before_object(words, i))
        ),
        0,
    )
    head = " ".join(words[:participle]) if participle else head
    if (_JOINED.search(head) and not _joined_modifiers(head)) or head.lower() in ("they", "we"):
        return True  # not "S&P"
    words = head.split()
    last = words[-1] if words else ""
    common = last.islower() or (len(words) == 1 and not last.isupper())
    plural_form = last.endswith("s") and not last.lower().endswith(("ss", "us", "is", "'s", "’s"))
    collective = last.lower() in ("police", "people", "authorities", "staff", "media")
    collective = collective or last.lower() in _PARTY_MEMBERS  # "Trudeau's Liberals win"
    # "Fishermen", "gunmen": a plural in -men, not a name ("Yemen") nor an odd noun
    men = last.lower().endswith("men") and last.lower() not in _SINGULAR_MEN
    plural_form = plural_form or (men and not canonical(last))
    counted = last.lower() in _MANY or (last.replace(",", "").isdigit() and last != "1")
    collective = collective or counted  # "Two of the five plants close", "12 of them"
    return collective or (common and plural_form and last.lower() not in _SINGULAR_S)


def _joined_modifiers(head: str) -> bool:
    """Whether an "and" in a subject only joins the words before one singular noun ("Peru's
    energy and mines minister", "the trade and industry ministry"), not two things ("the
    president and the prime minister", "Kenya and Ethiopia")."""
    *_, second = re.split(r"\band\b", head)
    words = second.split()
    if not words or words[0][:1].isupper() or words[0].lower() in _DETERMINERS | _THING_DETERMINERS:
        return False
    last = words[-1]
    return len(words) > 1 and last.islower() and not last.endswith("s")


_SINGULAR_MEN = frozenset({"specimen", "abdomen", "regimen", "omen", "amen", "stamen", "hymen"})
_SINGULAR_AUXILIARIES = frozenset({"has", "is", "was", "does"})
#: Counts that make a subject plural ("two of the plants").
_MANY = frozenset(
    "two three four five six seven eight nine ten dozens hundreds thousands millions several "  # noqa: SIM905
    "many both".split()
)
#: Parties named by their members, which take a plural verb.
_PARTY_MEMBERS = frozenset(
    "liberals conservatives democrats republicans socialists greens tories nationalists "  # noqa: SIM905
    "communists islamists maoists loyalists separatists".split()
)


def _elided_passive(clause: Clause, sentence: str) -> bool:
    """Whether a lone participle with a subject of its own leaves out the auxiliary of the
    passive before it ("21 people were killed and more than 100 injured")."""
    if len(clause.verb) != 1 or not is_participle(clause.verb[0].lower()):
        return False
    before = sentence[: clause.start]
    if sentence.startswith("and ", clause.start):  # the clause may open with its "and"
        before += "and "
    return bool(_PASSIVE_AND.search(before))


def _agent(clause: Clause) -> bool:
    """Whether a lone participle is followed by its agent, so it is passive ("The case, filed
    by 40 senators"), not by an amount ("increased by 5 percent")."""
    if len(clause.verb) != 1 or not is_participle(clause.verb[0].lower()):
        return False
    return bool(_BY_AGENT.match(clause.rest)) and not _BY_AMOUNT.match(clause.rest)


def _ing_before_object(words: list[str], i: int) -> bool:
    """Whether word `i` is an -ing participle taking an object ("Investigators examining the
    crash"), not a noun's modifier ("building workers")."""
    following = words[i + 1].lower() if i + 1 < len(words) else ""
    return ing_base(words[i]) is not None and following in _DETERMINERS


def headline_verb(words: tuple[str, ...], plural: bool) -> str:
    """A verb group in headline tense: "opened" -> "opens", "will resume" -> "to resume".

    Args:
        words: the verb group as written.
        plural: whether its subject is plural.

    Returns:
        The group as a headline says it: present for past and perfect, "to" for the future,
        the participle alone for the passive, "expected to" without its "is".
    """
    # The group's last word is its verb even when it could be an adverb ("could last").
    kept = [
        w
        for n, w in enumerate(words)
        if w.lower() in ("not", "never") or not _adverb(w) or _first_of_passive(words, n)
    ]
    if len(words) > 1 and words[-2].lower() in AUXILIARIES and _adverb(words[-1]):
        kept.append(words[-1])
    lower = [w.lower() for w in kept]
    if not lower:
        return " ".join(words)
    if lower[0] in FUTURE_AUXILIARIES or lower[0] in ("would", "'ll", "’ll"):
        tail = kept[1:]
        if tail and tail[0].lower() in ("not", "never"):
            return "will " + " ".join(tail)  # "would not form": "will not form", not "to not"
        return "to " + " ".join(tail) if tail else " ".join(kept)
    be = {"is", "are", "was", "were", "be", "been", "being", "'s", "’s", "am"}
    have = {"has", "have", "had"}
    i = 0
    while i < len(lower) - 1 and (lower[i] in be | have):
        i += 1
    head, tail = lower[i], kept[i + 1 :]
    auxiliaries = set(lower[:i])
    if head in be and not tail:
        return ""  # a headline drops the copula: "Sales had been strong" -> "Sales strong"
    if head in SCHEDULE_WORDS and auxiliaries & be and tail and tail[0] == "to":
        return " ".join([head, *tail])
    if auxiliaries & be and is_past(head):
        return " ".join([head, *tail])
    if auxiliaries & be and head.endswith("ing"):
        base = ing_base(head)
        if base:
            return " ".join([base if plural else third_person(base), *tail])
    if head in ("did", "do", "does") and tail:
        return " ".join(["do" if plural else "does", *tail])
    if head in AUXILIARIES and head not in be | have:
        return " ".join(kept[i:])
    if is_past(head) or auxiliaries & have:
        base = base_form(head)
        if base:
            return " ".join([base if plural else third_person(base), *tail])
    return " ".join(kept[i:])


def _first_of_passive(words: tuple[str, ...], n: int) -> bool:
    """Whether word `n` is the "first" of a passive ("was first held in 1994"): the origin of
    something that recurs, which the headline keeps."""
    return (
        words[n].lower() == "first"
        and 0 < n < len(words) - 1
        and words[n - 1].lower() in _BE
        and is_past(words[n + 1].lower())
    )


def _adverb(word: str) -> bool:
    """Whether a word in a verb group is an adverb a headline leaves out ("also",
    "officially"); "almost", "nearly" and "not" change the meaning and stay."""
    return word.lower() in _DROPPED_ADVERBS


def _clean_rest(clause: Clause, dates: list[tuple[int, int]]) -> str:
    """What follows the verb, without dates, remarks in brackets, appositives or attribution."""
    rest = _CUT_SUBORDINATE.sub("", clause.rest)  # "as the train, which runs ...,": cut off
    base = clause.rest_start
    for start, end in sorted(dates, reverse=True):
        a, b = start - base, end - base
        if b <= 0 or a >= len(rest):
            continue
        a, b = max(a, 0), min(b, len(rest))
        timed = any((x, y) != (start, end) and clause.start <= x < clause.end for x, y in dates)
        if timed and qualifies_noun(rest[a:b], rest[b:]):
            # "published preliminary second-quarter figures on Tuesday": the figures' name,
            # the event being Tuesday's
            continue
        if _POSSESSIVE_S.match(rest, b):  # "in Thursday's election" -> "in the election"
            rest = rest[:a] + "the" + rest[b + 2 :]
            continue
        if _OWNER_BEFORE.search(rest, 0, a) and rest.startswith(" of ", b):
            continue  # "ended their first day of trading": a noun the owner's word opens
        period = _PERIOD_PHRASE.search(rest, _run_start(rest, a, _PERIOD_WORDS), a)
        noun = _PERIOD_NOUN.match(rest, b)
        if period and noun:  # "in the June quarter": the whole phrase goes
            a, b = period.start(), noun.end()
        record = _RECORD_SINCE.search(rest, max(0, a - 80), a)
        if record:  # "for the first time since 2009" is untrue without its date
            a = record.start()
        modifier = _MODIFIER_SLOT.search(rest, 0, a) and _NOUN_AFTER.match(rest, b)
        if not modifier and not qualifies_noun(rest[a:b], rest[b:]):
            a = _date_lead(rest, a)  # "of the 2015 storm" keeps "of the": the date modifies
        after = _ZONE_AFTER_DATE.sub("", rest[b:])  # "at midnight Kyiv time": the clock's zone
        rest = rest[:a].rstrip() + " " + _FOCUS_AFTER_DATE.sub("", after).lstrip(" ")
    rest = _PARENTHETICAL.sub("", rest)
    if _LATEST.search(clause.rest):  # "won the cup six times, most recently in 2019": one win
        rest = _FREQUENCY.sub("", rest)
    rest = _RANGE_OPENER_LEFT.sub(" ", rest)
    rest = _RANGE_LINK_LEFT.sub("", rest)
    rest = _ATTRIBUTION_TAIL.sub("", rest.strip())
    rest = _LEADING_ASIDE.sub("", rest)  # "published, for the first time, the list"
    rest = _cut_appositive(rest)
    if clause.reported:  # "halted loading, the operator, ICTSI, said": the speaker goes
        rest = _SPEAKER_LEFT.sub("", rest)
    rest = _LEADING_THAT.sub("", rest.strip())
    rest = _SPACE_BEFORE_MARK.sub(r"\1", _SPACES.sub(" ", rest))
    return _TRAILING_JUNK.sub("", rest).strip(' "“”')


def _cut_appositive(rest: str) -> str:
    """Text up to the first comma that is not inside a list ("in Y, capital of Z" -> "in Y")."""
    for m in _APPOSITIVE_CUT.finditer(rest):
        after = rest[m.end() :]
        if re.match(r"[\w'’-]+(?:\s+[\w'’-]+)?\s*(?:,|\band\b|\bor\b)", after):
            continue  # a list: "trade, energy and transport"
        if _RESULT.match(after):
            continue  # a result the headline keeps: ", killing at least 12 people"
        role = _ROLE_AFTER_APPOSITIVE.match(after)
        if role:  # "appointed X, a lecturer, as prime minister": the role belongs to the verb
            return rest[: m.start()] + " " + _cut_appositive(role[1])
        return rest[: m.start()]
    return rest


def _shorten(subject: str, verb: str, rest: str, result: bool = False) -> str:
    """Subject, verb and rest joined, trailing phrases dropped until it fits `MAX_TITLE`; a
    rest that was a result after a comma keeps its comma (`result`)."""
    head = f"{subject} {verb}".strip()
    if result and _RESULT.match(rest):
        rest = ", " + rest  # "Earthquake strikes, killing at least 12 people"
    named = _DESCRIBED_NAME.fullmatch(subject)
    if len(f"{head} {rest}") > MAX_TITLE and named:
        head = f"{named[1]} {verb}".strip()  # "electric motorbike maker Lumi Motors": Lumi Motors
    if len(f"{head} {rest}") > MAX_TITLE:
        room = MAX_TITLE - len(head) - 1
        # The rest would end mid-phrase however it is cut ("show the ANC falling short of a
        # majority"): the subject's last phrase is told by its noun alone ("results from
        # South Africa's general election" -> "results from the election").
        short = _PHRASE_NOUN.sub(r"\1 the \2", subject)
        if len(_phrases_within(rest.split(), room)) > room and short != subject:
            head = f"{short} {verb}".strip()
            room = MAX_TITLE - len(head) - 1
        rest = _CUT_TAIL.sub("", _drop_phrases(rest, room))
    # A subordinate clause cut to its subject says nothing ("will not renew it when it").
    rest = _DANGLING_SUBORDINATE.sub("", rest)
    rest = _DANGLING_RELATIVE.sub("", rest)  # "a meeting at which Saudi Arabia": cut short
    # "cases so far (this year)": with its period taken out, the tally's edge says nothing
    rest = _SO_FAR_END.sub("", rest)
    # The head keeps its last word even when it is a particle ("to be sworn in"), and so does
    # "go ahead" ("ahead" is otherwise what is left of "ahead of" a date).
    go_ahead = rest == "ahead" and base_form(verb.rsplit(" ", 1)[-1].lower()) == "go"
    rest = rest if go_ahead else _trim_function_words(rest, 0)
    return _balanced(f"{head} {rest}".strip().replace(" , ", ", "))


def _balanced(text: str) -> str:
    """Text without its double quotes when a cut left one of a pair ('Ruling changes nothing"
    about ...')."""
    if (text.count('"') + text.count("“") + text.count("”")) % 2:
        return re.sub('["“”]', "", text)
    return text


def _drop_phrases(text: str, limit: int) -> str:
    """Text with trailing prepositional phrases dropped until it is at most `limit` long, and
    without a last phrase that a cut left as a bare "a call" or "an end" (its "for ..." gone)."""
    full = text.split()
    words = _phrases_within(full, limit).split()
    while len(" ".join(words)) > limit and len(words) > 1:
        words = words[:-1]
    # A cut that leaves a relative clause its verb only ("fires that tore") drops it.
    text = re.sub(r"\s+(?:that|which|who)(?:\s+\S+)?$", "", " ".join(words))
    relative = list(_RELATIVE_OPENING.finditer(text))
    if len(words) < len(full) and relative and "," not in text[relative[-1].end() :]:
        # a relative clause on people cut short ("an appeal by two ministers who had asked
        # for Bitar (to be removed)") misreports what they did: it goes whole
        text = text[: relative[-1].start()]
    if len(words) < len(full):  # a cut that leaves a second verb alone ("and bursts") drops it
        text = re.sub(r"\s+(?:and|or)\s+\S+$", "", text)
        text = re.sub(r",\s*\S+$", "", text)  # and a result cut to its verb (", killing")
        last = text.split()
        if len(last) > 2 and last[-1].islower() and is_past(last[-1]) and last[-2] not in _BE:
            text = text.rsplit(" ", 1)[0]  # and a participle cut from its phrase ("nitrate stored")
        if text.split()[-1].lower() in _BARE_QUANTIFIERS:  # "leaving most" (of what?)
            cut = _CUT_RESULT.sub("", text)
            text = cut if cut != text else text.rsplit(" ", 1)[0]
    # So does a cut that leaves a clause of cause or time without its verb ("rose 3 percent
    # while a weaker yen and fears").
    opener = list(_CLAUSE_OPENER.finditer(text))
    if opener and len(text) < len(" ".join(full)) and not _has_verb(text[opener[-1].end() :]):
        text = text[: opener[-1].start()]
    return _trim_function_words(text)


def _has_verb(text: str) -> bool:
    """Whether some words hold a finite verb form ("sent", "rises")."""
    return any(
        is_past(w) or is_present_third(w) for w in (w.lower().strip(",.") for w in text.split())
    )


def _phrases_within(words: list[str], limit: int) -> str:
    """Words with trailing phrases dropped, at phrase boundaries only, until they are at most
    `limit` long or no boundary is left, and without a last phrase that a cut left as a bare
    "a call" or "an end" (its "for ..." gone)."""
    cut_made = False
    while len(" ".join(words)) > limit or (cut_made and _bare_indefinite(words)):
        cut = max((i for i in range(2, len(words)) if _cut_point(words, i)), default=None)
        if cut is None:
            break
        words = words[:cut]
        cut_made = True
    return " ".join(words)


#: Bare units of time that lead a phrase of time ("hours before the ceremony").
_TIME_UNITS = frozenset({"minutes", "hours", "days", "weeks", "months", "moments"})


def _cut_point(words: list[str], i: int) -> bool:
    """Whether a title may end before word `i`: before a preposition that opens a phrase (not
    the "to" of "up to"), an "and" that joins verbs (not nouns: "passenger and freight"), or
    after a comma."""
    word, before = words[i].lower(), words[i - 1].lower()
    listed = words[i - 2].endswith(",")  # "A, B, C and D"
    following = words[i + 1].lower() if i + 1 < len(words) else ""
    if following in ("before", "after") and word in _TIME_UNITS:
        return True  # "paralysed the network hours before the ceremony": the time goes too
    if word in ("before", "after") and before in _TIME_UNITS:
        return False
    if before.endswith(","):
        return words[i][:1].islower()  # ", disrupting ...", not inside a list of names
    if word in ("that", "which", "who"):
        return base_form(before) is None  # "runoffs that nobody asked for", not "said that"
    if word not in _CUT_WORDS or (word == "to" and before in _BOUND_BEFORE_TO):
        return False
    if word in ("about", "around") and i + 1 < len(words) and words[i + 1][:1].isdigit():
        return False  # "about 300 people": a number, not a phrase
    if word in ("and", "or") and listed and words[i - 1][:1].isupper():
        return False
    if word not in ("and", "or"):
        return True
    verb = base_form(following) is not None or ing_base(following) is not None
    plural = before.endswith("s") and not before.endswith("ss")
    return verb or following in _DETERMINERS or plural or words[i - 1][:1].isupper()


def _bare_indefinite(words: list[str]) -> bool:
    """Whether words end in "a" or "an" and one noun, or in a superlative and its noun ("the
    biggest deal"): a phrase that needs what followed it."""
    if len(words) > 2 and words[-2].lower() in ("a", "an"):
        return True
    word = words[-2].lower()
    superlative = (word.endswith("est") and word not in _EST_NOUNS) or word in ("first", "last")
    return len(words) > 3 and words[-3].lower() == "the" and superlative


def _trim_function_words(text: str, keep: int = 2) -> str:
    """Text without trailing function words or punctuation a cut can leave behind, its first
    `keep` words kept."""
    words = _TRAILING_JUNK.sub("", text).split()
    while len(words) > keep and words[-1].lower().strip(",") in _FUNCTION_WORDS:
        words.pop()
    return _TRAILING_JUNK.sub("", " ".join(words))
