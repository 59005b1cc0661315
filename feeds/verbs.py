"""English verb forms for clause finding and headline writing: which words are verbs, and their
base form ("opened" -> "open", "met" -> "meet") and headline tense ("opens", "meet")."""

from __future__ import annotations

import re
from functools import cache, lru_cache

# base, past, past participle of the irregular verbs news uses.
_IRREGULAR = """
arise arose arisen; be was been; bear bore born; beat beat beaten; become became become;
begin began begun; bend bent bent; bet bet bet; bid bid bid; bind bound bound; bite bit bitten;
bleed bled bled; blow blew blown; break broke broken; bring brought brought;
broadcast broadcast broadcast; build built built; burn burnt burnt; burst burst burst;
buy bought bought; cast cast cast; catch caught caught; choose chose chosen; cling clung clung;
come came come; cost cost cost; creep crept crept; cut cut cut; deal dealt dealt; dig dug dug;
do did done; draw drew drawn; drink drank drunk; drive drove driven; eat ate eaten;
fall fell fallen; feed fed fed; feel felt felt; fight fought fought; find found found;
flee fled fled; fly flew flown; forbid forbade forbidden; forecast forecast forecast;
foresee foresaw foreseen; forget forgot forgotten; forgive forgave forgiven; freeze froze frozen;
get got got; give gave given; go went gone; grind ground ground; grow grew grown;
hang hung hung; have had had; hear heard heard; hide hid hidden; hit hit hit; hold held held;
hurt hurt hurt; keep kept kept; know knew known; lay laid laid; lead led led; leave left left;
lend lent lent; let let let; lie lay lain; light lit lit; lose lost lost; make made made;
mean meant meant; meet met met; mislead misled misled; overcome overcame overcome;
oversee oversaw overseen; overtake overtook overtaken; overthrow overthrew overthrown;
pay paid paid; prove proved proven; put put put; quit quit quit; read read read;
rebuild rebuilt rebuilt; redo redid redone; rethink rethought rethought; ride rode ridden;
ring rang rung;
rise rose risen; run ran run; say said said; see saw seen; seek sought sought; sell sold sold;
send sent sent; set set set; shake shook shaken; shed shed shed; shine shone shone;
shoot shot shot; show showed shown; shrink shrank shrunk; shut shut shut; sing sang sung;
sink sank sunk; sit sat sat; sleep slept slept; slide slid slid; speak spoke spoken;
speed sped sped; spend spent spent; spin spun spun; split split split; spread spread spread;
spring sprang sprung; stand stood stood; steal stole stolen; stick stuck stuck; sting stung stung;
strike struck struck; strive strove striven; swear swore sworn; sweep swept swept;
swim swam swum; swing swung swung; take took taken; teach taught taught; tear tore torn;
tell told told; think thought thought; throw threw thrown; undergo underwent undergone;
understand understood understood; undertake undertook undertaken; unwind unwound unwound;
uphold upheld upheld;
upset upset upset; wake woke woken; wear wore worn; weave wove woven; win won won;
withdraw withdrew withdrawn; withhold withheld withheld; withstand withstood withstood;
write wrote written
"""

# Regular verbs common in news: present forms ("opens") are only known as verbs through this.
_REGULAR = """
accept accuse achieve acquire act add address adopt advance affect agree aim allow announce
appear apply appoint approve argue arrest arrive ask attack attend award back ban base
believe boost call cancel capture celebrate change charge claim close collapse commission
complete conclude condemn confirm consider continue contribute convene cooperate create
crash damage decide declare decline defeat delay deliver demand deny deploy destroy develop
die discuss dismiss drop elect emerge end enter erupt establish evacuate exceed expand
expect explode export express extend face file finish follow force form found gain grant
happen help host hope impose improve include increase inaugurate introduce invade invest
invite issue join kill land launch lift list live look mark merge move name need note
observe occur offer open order organise organize participate pass plan pledge postpone
present press prevent produce promise propose protest provide publish pursue raise rally
ratify reach receive recognise recognize record reduce reject release remain remove rename
reopen replace report represent request require rescue resign resolve respond restore
resume retire return reveal rule schedule score secure seize serve settle ship sign slash
start state stop strengthen struggle submit succeed suffer suggest supply support surge
suspend target test threaten top total trade train travel triple double turn unveil urge
use create visit vote want warn welcome work hail attract feature aim co-host host stage witness
plunge tumble slump soar climb rebound jump dip slip recover employ operate hire sue jail acquit
convict indict overturn testify plead investigate detain kidnap abduct annex injure hospitalize
hospitalise widen concede nominate endorse qualify eliminate clinch discover detect oust impeach
criticise criticize praise mourn bury collide derail tighten loosen delist borrow repay
restructure plummet predict unleash uncover undermine unlock unseat unite unify
commit allege estimate maintain dissolve depart displace reschedule owe gather demonstrate
execute halt trigger push pull expel deport ease slow hike block veto re-elect sanction
expire renew adjourn summon vaccinate commemorate honour honor boycott pardon extradite liberate
recapture intercept survive perish drown outlaw legalise legalize decriminalise enact repeal
amend reelect relegate disclose surpass stabilise stabilize devalue manufacture assemble
construct decommission carry skip infect acknowledge admit apologise apologize assess audit bomb
capsize cite denounce greet hover ignite implement interrogate mediate negotiate occupy penalise
penalize perform play privatise privatize nationalise nationalize reaffirm regulate reinstate
reiterate relocate repatriate resettle restart subsidise subsidize thank tout vow slam lease
rent sponsor remember compare describe recount peak prepare scrap rig sentence imprison
"""

_ED_NOT_VERBS = frozenset(
    "bed bred red shed seed need speed feed fled led sled hundred kindred indeed creed breed "  # noqa: SIM905
    "greed sacred naked wicked rugged beloved ragged crooked wretched learned aged".split()
)

#: Auxiliaries that may open a verb group.
AUXILIARIES = frozenset(
    "is are was were be been being am has have had will would shall should can could may might "  # noqa: SIM905
    "must do does did 's ’s".split()
)
#: Modal auxiliaries ("may travel", "could begin").
MODALS = frozenset({"will", "would", "shall", "should", "can", "could", "may", "might", "must"})
#: Auxiliaries that make the group's time the future ("will resume" -> "to resume").
FUTURE_AUXILIARIES = frozenset({"will", "shall", "’ll", "'ll"})
#: Adjectives after "be" that take a "to" infinitive of a scheduled act ("is set to open").
SCHEDULE_WORDS = frozenset(
    "expected scheduled set due slated poised planned going likely about supposed "  # noqa: SIM905
    "ready bound".split()
)


@cache
def _tables() -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    """(past form -> base, past participle -> base, base forms), built once."""
    past: dict[str, str] = {}
    participle: dict[str, str] = {}
    bases: set[str] = set(_REGULAR.split())
    for entry in _IRREGULAR.replace("\n", " ").split(";"):
        base, simple, done = entry.split()
        past[simple] = base
        participle[done] = base
        bases.add(base)
    return past, participle, frozenset(bases)


# Cached: clause reading asks about the same few thousand words for every sentence.
@lru_cache(maxsize=65_536)
def base_form(word: str) -> str | None:
    """The base form of a verb form, or None if the word is not known as a verb.

    Args:
        word: a lower-case word (``opened``, ``met``, ``opens``, ``begun``, ``sign``).

    Returns:
        The base (``open``, ``meet``, ``open``, ``begin``, ``sign``), or None.
    """
    past, participle, bases = _tables()
    if word in past:  # "found" is the past of "find" before it is "found" a company
        return past[word]
    if word in bases:
        return word
    if word in participle:
        return participle[word]
    if word.endswith("ed") and len(word) > 3 and _last_part(word) not in _ED_NOT_VERBS:
        for known in (word[:-1], word[:-2]):
            if known in bases:
                return known
        return _regular_base(word)
    for suffix, replacement in (("ies", "y"), ("es", ""), ("s", "")):
        if word.endswith(suffix) and word[: -len(suffix)] + replacement in bases:
            return word[: -len(suffix)] + replacement
    return None


@lru_cache(maxsize=65_536)
def is_past(word: str) -> bool:
    """Whether a word is a past-tense or past-participle form (``opened``, ``met``, ``begun``)."""
    past, participle, bases = _tables()
    if word in past or word in participle:
        return not (word in bases and word not in past)
    if not word.endswith("ed") or len(word) <= 3 or _last_part(word) in _ED_NOT_VERBS:
        return False
    # "unchanged", "unopposed": adjectives, unless a known verb ("unveiled")
    return not word.startswith("un") or word[:-1] in bases or word[:-2] in bases


def _last_part(word: str) -> str:
    """The last part of a hyphenated word ("high-speed" -> "speed"), or the word itself."""
    return word.rpartition("-")[2]


def is_participle(word: str) -> bool:
    """Whether a word can be a past participle (``opened``, ``flown``), not only a simple past
    (``flew``)."""
    past, participle, _ = _tables()
    if word in participle:
        return True
    return word not in past and is_past(word)


@lru_cache(maxsize=65_536)
def is_present_third(word: str) -> bool:
    """Whether a word is a known verb's third-person present form (``opens``, ``says``)."""
    _, _, bases = _tables()
    return word not in bases and word.endswith("s") and base_form(word) is not None


_DOUBLED = re.compile(r"([bdgmnprt])\1$")
_VOWEL_GROUP = re.compile(r"[aeiouy]+")


def _regular_base(word: str) -> str:
    """The base of a regular ``-ed`` form by English spelling rules (``stopped`` -> ``stop``)."""
    stem = word[:-2]
    if word.endswith("ied"):
        return word[:-3] + "y"
    if word.endswith("eed"):
        return word[:-1]
    if _DOUBLED.search(stem) and stem != "add":  # "skidded", "nodded"; "added" stays
        return stem[:-1]
    if stem.endswith(("ell", "oll")) and len(_VOWEL_GROUP.findall(stem)) >= 2:
        return stem[:-1]
    if _needs_e(stem):
        return stem + "e"
    return stem


def _needs_e(stem: str) -> bool:
    """Whether an ``-ed`` stem lost a final ``e`` (``announc`` -> ``announce``)."""
    if stem.endswith(("zz", "eat", "oat", "oot", "out", "ait", "elop", "cus", "ias")):
        return False
    return bool(_LOST_E.search(stem))


# Stem endings that only occur when a final "e" was dropped before "-ed": announced, moved,
# argued, seized, created, voted, completed, invited, changed, urged, judged, reversed,
# enabled, settled, scheduled, declared, required, decided, described, liked, hoped, named,
# defined, welcomed, raised, closed, used.
_LOST_E = re.compile(
    r"(?:[cvuz]|at|ot|ut|let|pet|vit|cit|nit|ang|eng|ung|rg|dg|rs|ns|ps|ls"
    r"|[bdgptkfzc]l|dul|uir|[^aeiou]ed|[^aeiou][aiou]r|[^aeiou][aiou][dbkp]|[^aeiou](?:[aiu]m|com|in)"
    r"|[aeiou]s|ys)$"
)


_CONSONANT_Y = re.compile(r"[^aeiou]y$")


def third_person(base: str) -> str:
    """The third-person singular present of a base form (``open`` -> ``opens``)."""
    if base == "be":
        return "is"
    if base == "have":
        return "has"
    if _CONSONANT_Y.search(base):
        return base[:-1] + "ies"
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        return base + "es"
    return base + "s"
