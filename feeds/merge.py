"""Which candidates from different articles report the same happening, merged into one.

Two candidates are the same happening when their dates are compatible (one interval inside
the other: a day inside a month, a range around a day) and they describe it alike: they
share key terms of their titles and actors, not only a date or a place. Candidates are only
compared within a date block (the month, or the year for coarse dates) and a shared key term,
so the work grows with the number of plausible pairs, not with the square of the input.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from itertools import combinations

from feeds.places import canonical, country_of, place_kind
from feeds.timex.lexicon import MONTHS, WEEKDAYS
from feeds.types import Candidate, Merged, When
from feeds.verbs import base_form, is_past, is_present_third

#: Candidates sharing a term in one date block beyond this many are not compared through
#: that term: a term so common says nothing about sameness (they may still meet on another).
BUCKET_LIMIT = 200
#: Least share of key terms (Dice coefficient) two candidates need besides two shared terms.
MIN_SIMILARITY = 0.25
#: Longest interval (days) over which a happening named only by its kind ("Walkout") merges.
SHORT_DAYS = 7

_WORD = re.compile(r"[a-z0-9][a-z0-9'’-]*")
_NUMBER = re.compile(r"\d[\d,.]*\d")
_YEAR = re.compile(r"(?:19|20)\d\d")
_LEADING_FIGURE = re.compile(r"^\d+-(?=[a-z])")
#: A code or model name: letters then a digit ("h3", "a320", "f-35", "cop29", "htv-x2").
_CODE = re.compile(r"[a-z][a-z-]*\d[\w-]*")
_STOP = frozenset(
    "a an the and or of to in on at for with by from as that which who its their his her "  # noqa: SIM905
    "this these those into than but be is are was were has have had will would not new "
    "says said say after before over under about more than first second third year years "
    "day days month months week weeks new also amid during between among against percent "
    "million billion thousand people former early late mid last next time times president "
    "minister prime chancellor secretary official officials chief head outside inside across "
    "near around toward towards through within via magnitude".split()
)


# A name of capitalised words, with the little words inside names ("Bank of Japan").
_NAME_RUN = re.compile(r"[A-Z][\w-]*(?:\s+(?:(?:of|for|and|the)\s+)*[A-Z][\w-]*)+")

# Ways of saying one kind of happening: the class's name, then its phrases (words as base
# forms or singular nouns). Different outlets name the same strike or swearing-in differently.
# Hosting is a meeting only when people are hosted ("hosts the two parties", not "the Games").
_HAPPENINGS = """
strike: strike; walkout; walk out; stoppage; industrial action
inauguration: inauguration; inaugurate; swear; swear in; take office; assume office; oath
begin: begin; start; open; opening; launch; kick off; commence; get under way; lift off
begin: come into effect; take effect; go into effect; come into force; enter into force
begin: lift-off; liftoff; blast off; blast-off; fly mission
end: end; close; conclude; conclusion; wrap up; finish
sign: sign; signing; ink
meet: meet; meeting; hold talk; sit down; take on; talk; negotiation
meet: host talk; host side; host party; host delegation
exchange: exchange; swap; hand back; trade prisoner
election: election; elect; win election; win vote; poll; referendum; ballot
collapse: collapse; break down; breakdown; fall apart; fall through
resignation: resignation; resign; step down; quit
postponement: postponement; postpone; delay; put off
arrest: arrest; detain; detention
fall: fall; plunge; tumble; slump; sink; slide; crash; drop
rise: rise; rebound; jump; surge; soar; climb; raise; hike
landfall: landfall; make landfall; come ashore; hit land; tear across; tear through
landfall: sweep across; sweep through; slam into; batter; lash
approval: approve; approval; pass; adopt; ratify
hold: hold; keep; on hold; unchanged; hold steady; pause
victory: win; beat; defeat; victory
death: kill; die; dead; death; death toll
attack: attack; assault; bombard; shell
appointment: appoint; appointment; name
agreement: agreement; deal; accord; pact; treaty
cut: cut; lower; reduce; slash
declaration: declare; declaration
earthquake: earthquake; quake; tremor; temblor
derailment: derail; derailment; come off rail; go off rail; leave track; jump track
evacuation: evacuation; evacuate; evacuee; order to leave; order out; flee; leave home
evacuation: force from home; drive from home
suspension: suspension; suspend; halt; shut down; shutdown; stop service; stop traffic
protest: protest; rally; demonstrate; demonstration
visit: visit; arrive; trip; travel; tour
recall: recall
sentence: sentence; jail; imprison
eruption: erupt; eruption
acquisition: acquire; acquisition; buy; purchase; take over; takeover
explosion: explode; explosion; blast; blow up; detonate
injury: injure; injury; wound; hurt
dismissal: dismiss; dismissal; sack; oust; ouster; remove from office
lawsuit: sue; lawsuit; file suit; take to court
ban: ban; prohibit; outlaw
clash: clash; skirmish; fighting
charge: charge; indict; indictment
"""


# Nouns outlets use for one thing, each with the term it counts as ("talks" and
# "negotiations", "a presidential committee" and "a government panel").
_SAME_THINGS = """
committee: committee; panel; commission
soldier: soldier; troop
protester: protester; protestor; demonstrator
plane: plane; aircraft; airliner; jetliner
ship: ship; vessel
fire: fire; blaze; wildfire; bushfire
talk: talk; negotiation
ceasefire: ceasefire; truce; moratorium
ipo: ipo; flotation; debut
company: company; firm
lawmaker: lawmaker; legislator
car: car; vehicle
flood: flood; flooding; floodwater
pope: pope; pontiff
"""
_SYNONYMS = {
    word.strip(): name
    for line in _SAME_THINGS.strip().splitlines()
    for name, words in [line.split(":")]
    for word in words.split(";")
}


def _is_thing(word: str) -> bool:
    """Whether a word is one of the nouns outlets use for one thing ("talks", "negotiations")."""
    return _stem(word.lower().strip(",.;:")) in _SYNONYMS


def _lexicon() -> dict[tuple[str, ...], str]:
    """Every happening phrase as a tuple of normalised words, with its class."""
    table = {}
    for line in _HAPPENINGS.strip().splitlines():
        name, phrases = line.split(":")
        for phrase in phrases.split(";"):
            table[tuple(phrase.split())] = name
    return table


_PHRASES = _lexicon()
#: Happenings of nature, which no actor does.
_NATURAL = frozenset({"earthquake", "eruption", "landfall"})
#: Happenings no actor does, named by words that mean nothing else.
_UNMISTAKABLE = frozenset({"earthquake", "derailment"})
_CLASSES = frozenset(_PHRASES.values())
_BY_FIRST: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
for _phrase, _name in _PHRASES.items():
    _BY_FIRST[_phrase[0]].append((_phrase, _name))
# Little words skipped when matching phrases ("win the election", "took office"), the
# ordinals that count a happening ("flies its sixth mission") and numbers ("#": "forces
# 5,000 from their homes").
_SKIP = frozenset(
    "a an the its their his her to be first second third fourth fifth sixth seventh eighth "  # noqa: SIM905
    "ninth tenth maiden # two both".split()
)

# Verbs so common that sharing one says nothing ("says", "is").
_GENERIC_VERBS = frozenset({"", "say", "be", "have", "do", "go", "get", "make", "take", "tell"})


@dataclass(frozen=True, slots=True)
class _Item:
    """A candidate with what merging looks at: the key terms of its title's subject and of
    what follows its verb, the verb's base form, and its canonical places."""

    candidate: Candidate
    subject: frozenset[str]
    verb: str
    predicate: frozenset[str]
    terms: frozenset[str]
    places: frozenset[str]
    named: frozenset[str]
    says_more: bool
    #: The happening classes its title names, and those named in its subject ("walkout").
    happenings: frozenset[str] = frozenset()
    subject_happenings: frozenset[str] = frozenset()
    #: How many days its date covers.
    days: int = 1
    #: Short forms of the names in its subject ("cn rail" for "Canadian National Railway Co").
    aliases: frozenset[str] = frozenset()
    #: The key terms of the names its subject holds after its first word ("Typhoon Mawar").
    names: frozenset[str] = frozenset()
    #: Who its subject names: its names and places ("israel" for "Israeli army").
    who: frozenset[str] = frozenset()
    #: The key terms of a name right after its verb ("Exxon sues Chevron").
    objects: frozenset[str] = frozenset()
    #: The key terms of the places its title names after "in", "of", "near" ... or its "the
    #: town" means, and whether it says "the town".
    where: frozenset[str] = frozenset()
    in_town: bool = False
    #: The places and the key terms of the names its title gives after its verb ("signs a
    #: deal with China", "holds talks with Biden").
    object_places: frozenset[str] = frozenset()
    object_names: frozenset[str] = frozenset()


def merge(candidates: Sequence[Candidate]) -> list[Merged]:
    """Group the candidates that report the same happening.

    Args:
        candidates: candidates from any number of documents.

    Returns:
        One `Merged` per happening, ordered by date then title; the same groups and order
        whatever the input order. Candidates of one document never merge with each other.
    """
    items = [_item(c) for c in sorted(candidates, key=lambda c: c.id)]
    edges = sorted(_edges(items))
    groups = _Groups(items)
    for _, a, b in edges:
        groups.join(a, b)
    for a, b in _same_story_pairs(items, groups):
        groups.join(a, b)
    merged = [_merged([items[i] for i in members]) for members in groups.members()]
    return sorted(merged, key=lambda m: (m.when.start, m.when.end, m.title, m.candidates[0].id))


# Cached because extraction compares each candidate with every other of its article, and the
# rebuild that ends an ingest merges the same candidates again (read back from the store, equal
# to the extracted ones): sized for the candidates of about a thousand articles.
@lru_cache(maxsize=16_384)
def _item(candidate: Candidate) -> _Item:
    """A candidate with its key terms."""
    places = frozenset(candidate.places)
    words = candidate.title.split()
    at = _verb_index(words)
    verb = ""
    if at is not None:
        word = words[at].lower().strip(",.")
        if word == "to" and at + 1 < len(words):
            # "to next meet", "to formally open": an adverb may stand before the verb
            after = [w.lower().strip(",.") for w in words[at + 1 : at + 3]]
            word = after[0] if base_form(after[0]) else after[-1]
            if word == "be" and len(after) > 1:
                word = after[1]  # "Dividend to be paid": paying
        verb = base_form(word) or word
    named_kinds, things = _happenings(candidate.title)
    found = dict(named_kinds)
    # A noun outlets name one thing by keeps that term, and its kind counts only as a kind:
    # "talks" are a meeting, but two titles saying "talks" share one word, not two.
    things -= {at}
    # A capitalised word inside a name names a thing too ("the Australian Open").
    plain = [
        "" if i in found and not (i and w[:1].isupper()) and i not in things else w
        for i, w in enumerate(words)
    ]
    split = at if at is not None else len(words)
    subject_happenings = frozenset(c for i, c in found.items() if i < split)
    happenings = frozenset(found.values())
    subject = _terms(plain[:split], places) | frozenset(
        c for i, c in found.items() if i < split and i not in things
    )
    predicate = _terms(plain[at + 1 :] if at is not None else [], places) | frozenset(
        c for i, c in found.items() if i > split and i not in things
    )
    actors = _terms(" ".join(candidate.actors).split(), places)
    found_places = (
        [(i, p) for i, w in enumerate(words) if (p := canonical(w.strip(",.’'s"))) in places]
        if places
        else []
    )
    # A name of several words is found whole ("Rio Grande"), not word by word; only one the
    # gazetteer locates, as one it cannot may lie in the country the other title names.
    named = frozenset(p for _, p in found_places) | {
        p for p in places if " " in p and p in candidate.title and country_of(p)
    }
    says_more = at is not None and len(words) > at + 2
    names = _names(words, at, candidate.actors, places)
    town = _town(candidate.title, candidate.source.sentence, candidate.places)
    # "the evacuation of the town": the town the sentence or the dateline names; else where
    # the title says it happened ("residents of Lytton")
    where = _terms(town.split(), frozenset()) if town else _where(candidate.title)
    if town:
        predicate |= where
    kinds = frozenset(c for i, c in found.items() if i not in things)
    terms = subject | predicate | actors | kinds | _acronyms(candidate.title)
    return _Item(
        candidate,
        subject,
        verb,
        predicate,
        terms,
        places,
        named,
        says_more,
        happenings,
        subject_happenings,
        _length(candidate.when),
        _aliases(" ".join(words[:split])),
        names,
        names
        | {place.lower() for word in plain[:split] for _, place in _word_terms(word) if place},
        _objects(words, at, places),
        where,
        bool(town),
        frozenset(p for i, p in found_places if at is not None and i > at),
        _terms([w for w in words[at + 1 :] if w[:1].isupper()], places)
        if at is not None
        else frozenset(),
    )


def _names(
    words: list[str], at: int | None, actors: tuple[str, ...], places: frozenset[str]
) -> frozenset[str]:
    """The key terms of the name that opens a title's subject: the capitalised words after
    the first, and the first when it opens an actor's name ("Toyota", "Typhoon Mawar"), with
    the acronyms the subject spells out."""
    first = words[0].removesuffix("'s").removesuffix("’s") if words else ""
    opens = any(actor.startswith(first) for actor in actors) if first else False
    named = []
    # Without a verb the subject's end is unknown: a later name may be the object's.
    for word in words[1:at] if at else ():
        if not word[:1].isupper():
            break  # "Lift-off from Sriharikota": a name after a little word is not who
        named.append(word)
    subject = " ".join(words[:at] if at else words)
    return _terms([first, *named] if opens else named, places) | _acronyms(subject)


def _objects(words: list[str], at: int | None, places: frozenset[str]) -> frozenset[str]:
    """The key terms of the name a title's verb acts on ("Exxon sues Chevron over ..." ->
    {"chevron"}; "Rocket to launch NISAR"), or none when a little word comes first."""
    if at is None:
        return frozenset()
    i = at + 1
    if words[at].lower() == "to":
        i += 2 if i + 1 < len(words) and words[i].lower() == "be" else 1
    named = []
    for word in words[i:]:
        if not word[:1].isupper():
            break
        named.append(word)
    return _terms(named, places)


@lru_cache(maxsize=200_000)
def _happenings(title: str) -> tuple[tuple[tuple[int, str], ...], frozenset[int]]:
    """Which words of a title name a kind of happening, by position, with the class named
    ("Walkout to run" -> ((0, "strike"),), "Sheinbaum takes office" -> ((1, ...), (2, ...))),
    and which of them are nouns outlets name one thing by, naming it alone ("Talks end", not
    "holds talks")."""
    words = title.split()
    forms = [_forms(w) for w in words]
    found: dict[int, str] = {}
    things = set()
    i = 0
    while i < len(forms):
        match = _phrase_at(forms, i)
        if match:
            end, name = match
            found.update((j, name) for j in range(i, end) if _SKIP.isdisjoint(forms[j]))
            if end == i + 1 and _is_thing(words[i]):
                things.add(i)
            i = end
        else:
            i += 1
    return tuple(found.items()), frozenset(things)


def _phrase_at(forms: list[frozenset[str]], start: int) -> tuple[int, str] | None:
    """The longest happening phrase starting at a word: where it ends and its class."""
    best = None
    for first in forms[start] - _SKIP:
        for phrase, name in _BY_FIRST.get(first, ()):
            end = _match_end(forms, start + 1, phrase[1:])
            if end is not None and (best is None or end > best[0]):
                best = (end, name)
    return best


def _match_end(forms: list[frozenset[str]], i: int, rest: tuple[str, ...]) -> int | None:
    """Where the rest of a phrase ends when it follows from word `i` on, little words
    skipped, or None when it does not."""
    for word in rest:
        while i < len(forms) and word not in forms[i] and not _SKIP.isdisjoint(forms[i]):
            i += 1
        if i >= len(forms) or word not in forms[i]:
            return None
        i += 1
    return i


@lru_cache(maxsize=200_000)
def _forms(raw: str) -> frozenset[str]:
    """A word as written, as a verb's base form and as a singular noun, in lower case."""
    word = raw.lower().strip(",.;:!?\"'’")
    # A verb's "-s" is dropped too, for verbs the verb table does not hold ("erupts").
    forms = {word, base_form(word) or word, _stem(word), word.removesuffix("s")}
    if any(c.isdigit() for c in word):
        forms.add("#")
    return frozenset(forms)


def key_terms(candidate: Candidate) -> frozenset[str]:
    """The words that say what a candidate is about: the content words of its title and actors,
    its verb and the places it names left out.

    Args:
        candidate: an event candidate.

    Returns:
        Lower-case, crudely stemmed content words.
    """
    return _item(candidate).terms


def _adverb_then_verb(first: str, second: str) -> bool:
    """Whether two headline words are an adverb and a verb's base form ("next meet")."""
    verb = second.lower().strip(",.")
    return first.islower() and base_form(first) is None and base_form(verb) == verb


def _verb_index(words: list[str]) -> int | None:
    """Where a headline's verb is ("Forum opens in Yinchuan" -> 1, "Talks to resume" -> 1)."""
    for i in range(1, len(words)):
        word = words[i].lower().strip(",.")
        if word == "to" and i + 1 < len(words) and base_form(words[i + 1].lower()):
            return i
        if word == "to" and i + 2 < len(words) and _adverb_then_verb(words[i + 1], words[i + 2]):
            return i  # "OPEC+ to next meet", "Museum to formally open"
        if not words[i][:1].islower():
            continue
        if is_present_third(word) or is_past(word):
            return i
        plural_subject = " and " in " ".join(words[:i]) or words[i - 1].lower().endswith("s")
        if plural_subject and base_form(word) == word:
            return i
    # A name or a body of people takes a plural verb in headlines ("Police arrest", "Real
    # Madrid sign"): the first base form after the capitalised words that open the title.
    for i in range(1, len(words)):
        if words[i][:1].islower():
            word = words[i].lower().strip(",.")
            return i if base_form(word) == word else None
    return None


def _terms(words: list[str], places: frozenset[str]) -> frozenset[str]:
    """The key terms among some words: no stop words, numbers, verb forms or named places."""
    terms = set()
    for raw in words:
        for term, place in _word_terms(raw):
            if not (place and place in places):
                terms.add(term)
    return frozenset(terms)


@lru_cache(maxsize=200_000)
def _word_terms(raw: str) -> tuple[tuple[str, str | None], ...]:
    """The key terms in one word as written, each with the place it names (or None)."""
    capitalised = raw[:1].isupper()
    # "WHO", "US": an acronym is a name even when it spells a little word
    acronym = len(raw) > 1 and re.sub(r"[’']s$", "", raw.strip(",.;:")).isupper()
    out: list[tuple[str, str | None]] = []
    number = _NUMBER.search(raw)
    if number:
        # A count or amount of three figures or more ("35,000 jobs", "5.25%") or with a
        # decimal ("magnitude 7.1", "7.1-magnitude") is told alike by every outlet; a year
        # is not a count.
        digits = number[0].replace(",", "")
        figures = len(digits.replace(".", "")) >= 3 or "." in digits
        if figures and not _YEAR.fullmatch(digits):
            out.append((f"#{digits}", None))
    for found in _WORD.findall(raw.lower()):
        word = found.removesuffix("'s").removesuffix("’s").rstrip("'’")
        word = _LEADING_FIGURE.sub("", word)  # "7.1-magnitude", "14-day": the unit is the word
        # A model or code ("H3", "A320", "COP29") names one thing however short it is.
        short = len(word) < 3 and not _CODE.fullmatch(word)
        if short or (word in _STOP and not acronym) or word.isdigit() or is_past(word):
            continue
        if not capitalised and is_present_third(word):
            continue
        stem = _stem(word)
        out.append((_SYNONYMS.get(stem, stem), canonical(word) if capitalised else None))
    return tuple(out)


@lru_cache(maxsize=200_000)
def _acronyms(title: str) -> frozenset[str]:
    """The acronyms of the names a title spells out, so "World Health Organization" meets
    "WHO" ("who") and "Bank of England" "BoE" ("boe"); of three letters or more only."""
    found = set()
    for m in _NAME_RUN.finditer(title):
        words = m[0].split()
        initials = "".join(w[0] for w in words if w[0].isupper())
        if len(initials) >= 3:
            found.add(initials.lower())
        if len(words) == 3 and words[1] in ("of", "for"):  # not "Xi and Modi"
            found.add("".join(w[0] for w in words).lower())
    return frozenset(found)


@lru_cache(maxsize=200_000)
def _aliases(subject: str) -> frozenset[str]:
    """Short forms a subject's names go by: an acronym of leading words with the next word's
    start ("CN Rail" and "Canadian National Railway Co" are both "cn rail")."""
    found = set()
    for m in _NAME_RUN.finditer(subject):
        words = [w for w in m[0].split() if w[0].isupper()]
        if 2 <= len(words[0]) <= 5 and words[0].isupper():
            found.add(f"{words[0].lower()} {words[1][:4].lower()}")
        for k in range(2, len(words)):
            initials = "".join(w[0] for w in words[:k])
            found.add(f"{initials.lower()} {words[k][:4].lower()}")
    return frozenset(found)


#: A place named by its kind ("the town"), and a name after a word that says where.
_TOWN = re.compile(r"\b[Tt]he (?:town|city|village)\b")
_WHERE_NAME = re.compile(
    r"\b(?:in|to|from|near|at|of|outside|into)\s+((?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*)"
)


_WIDER_PLACES = frozenset({"country", "region", "state", "province", "demonym"})
_DATE_NAMES = frozenset(MONTHS) | frozenset(WEEKDAYS)


@lru_cache(maxsize=65536)
def _where(title: str) -> frozenset[str]:
    """The key terms of the names a title gives after a word that says where."""
    return _terms(" ".join(m[1] for m in _WHERE_NAME.finditer(title)).split(), frozenset())


@lru_cache(maxsize=65536)
def _town(title: str, sentence: str, places: tuple[str, ...]) -> str:
    """The place a title's "the town" means: the latest one its sentence names before saying
    "the town" (not a country), else the candidate's first place; "" when it says no town."""
    said = _TOWN.search(title)
    if not said:
        return ""
    end = m.start() if (m := _TOWN.search(sentence)) else len(sentence)
    for name in reversed([n[1] for n in _WHERE_NAME.finditer(sentence, 0, end)]):
        first = name.split()[0].lower().rstrip(".")
        if first not in _DATE_NAMES and place_kind(name) not in _WIDER_PLACES:
            return name
    return places[0] if places else ""


def _stem(word: str) -> str:
    """A crude stem so plural and singular meet ("programs" -> "program", "taxes" -> "tax",
    "prices" -> "price", "cars" -> "car")."""
    if word.endswith("ies") and len(word) > 6:
        return word[:-3] + "y"
    if word.endswith("es") and len(word) > 4 and word[:-2].endswith(("s", "x", "z", "ch", "sh")):
        return word[:-2]
    if word.endswith("s") and len(word) > 3 and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _blocks(when: When) -> tuple[list[str], bool]:
    """The date blocks an interval belongs to, and whether it is coarse (longer than 2 months)."""
    if (when.end - when.start).days > 62:
        return [str(y) for y in range(when.start.year, when.end.year + 1)], True
    months = {f"{when.start.year}-{when.start.month:02d}", f"{when.end.year}-{when.end.month:02d}"}
    return sorted(months), False


def _edges(items: list[_Item]) -> Iterable[tuple[float, int, int]]:
    """Pairs of candidates that report the same happening, each after its negated score: a
    plain sort puts the likest first (ties by position), without a key function to call."""
    documents = [item.candidate.source.document for item in items]
    # Days as ordinals: the loop below runs for every pair, and ints compare faster than dates.
    starts = [item.candidate.when.start.toordinal() for item in items]
    ends = [item.candidate.when.end.toordinal() for item in items]
    for a, buckets in enumerate(_neighbourhoods(items)):
        item, document, start, end = items[a], documents[a], starts[a], ends[a]
        # Buckets list candidates in order, so those after `a` are a slice found by bisection.
        # The union runs in C; most pairs fall in several buckets, one per shared term.
        for b in set().union(*(bucket[bisect_right(bucket, a) :] for bucket in buckets)):
            if documents[b] == document:
                continue
            first, last = starts[b], ends[b]
            if (start <= first and last <= end) or (first <= start and end <= last):
                other = items[b]
                score = _resemblance(item, other)
                if score and not _other_objects(item, other):
                    yield -score, a, b


def _same_story_pairs(items: list[_Item], groups: _Groups) -> list[tuple[int, int]]:
    """Pairs of one verb on one day from two articles that already report a happening in
    common: two tellings of one story ("OPEC+ to next meet" and "Producers meet again", both
    on April 5, in two reports of one OPEC+ decision), unless they name different places."""
    # The groups of several articles that each article is in: two articles share a story when
    # they share a group (every pair of a group's articles would grow with its square).
    stories: dict[str, set[int]] = {}
    singles = []
    for number, members in enumerate(groups.members()):
        if len(members) == 1:
            singles.append(members[0])
            continue
        for i in members:
            stories.setdefault(items[i].candidate.source.document, set()).add(number)
    if not stories:
        return []
    by_act: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i in sorted(singles):
        item = items[i]
        if item.candidate.source.document not in stories:
            continue
        when = item.candidate.when
        if when.granularity == "day" and item.verb not in _GENERIC_VERBS:
            by_act[(when.start.isoformat(), item.verb)].append(i)
        # One kind of act in one month or day, named by both verbs: the other outlet may name
        # the doer by what he is ("Keane indicted", "the Democrat from the Southwest Side
        # charged"); a kind named elsewhere in a title may be another act ("travels to meet").
        kind = _PHRASES.get((item.verb,))
        if kind and when.granularity in ("day", "month"):
            by_act[(when.value[:10], f"kind:{kind}")].append(i)
    pairs = []
    for (_, act), members in by_act.items():
        documents = [items[i].candidate.source.document for i in members]
        if act.startswith("kind:") and len(set(documents)) < len(documents):
            continue  # an article telling two acts of the kind: which one is meant is unknown
        for a, b in combinations(members, 2):
            first, second = items[a], items[b]
            one, two = first.candidate.source.document, second.candidate.source.document
            shared = one != two and not stories.get(one, set()).isdisjoint(stories.get(two, ()))
            if shared and not (
                first.named and second.named and _elsewhere(first.named, second.named)
            ):
                pairs.append((a, b))
    return pairs


def _neighbourhoods(items: list[_Item]) -> list[list[list[int]]]:
    """For each candidate, the buckets of those it is compared with: the candidates sharing a
    key term in one of its date blocks (and a coarse date's year with the finer ones in it),
    buckets too common to tell anything left out."""
    fine: dict[tuple[str, str], list[int]] = defaultdict(list)
    coarse: dict[tuple[str, str], list[int]] = defaultdict(list)
    fine_by_year: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, item in enumerate(items):
        blocks, is_coarse = _blocks(item.candidate.when)
        years = () if is_coarse else {block[:4] for block in blocks}
        keys = set(item.terms) | item.aliases
        if item.candidate.when.granularity == "day" and item.verb not in _GENERIC_VERBS:
            keys.add(f"verb:{item.verb}")
        for term in keys:
            for block in blocks:
                (coarse if is_coarse else fine)[(block, term)].append(i)
            for year in years:
                fine_by_year[(year, term)].append(i)
    near: list[list[list[int]]] = [[] for _ in items]
    for members in fine.values():
        if len(members) <= BUCKET_LIMIT:
            for i in members:
                near[i].append(members)
    for key, members in coarse.items():
        if len(members) > BUCKET_LIMIT:
            continue
        finer = fine_by_year.get(key, [])
        both = len(finer) <= BUCKET_LIMIT
        for i in members:
            near[i].append(members)
            if both:
                near[i].append(finer)
        if both:
            for j in finer:
                near[j].append(members)
    return near


def same_happening(a: Candidate, b: Candidate) -> bool:
    """Whether two candidates report one happening: compatible dates and alike descriptions.

    Args:
        a: a candidate.
        b: another candidate, from the same article or another.

    Returns:
        True when merging would join them, the rules that they come from two articles and
        that one doer's act on two different things is two happenings aside (one article
        names its act's object again with other words: "raises its key rate", "the increase"),
        and they name the act alike: one verb or one kind of happening (one article telling
        two acts on one thing, "parliament approves the budget" and "the president signs the
        budget", tells them with two verbs).
    """
    # Most pairs in one article differ in date: those are told apart before reading titles.
    if not _compatible(a.when, b.when):
        return False
    first, second = _item(a), _item(b)
    alike = first.verb == second.verb or not first.happenings.isdisjoint(second.happenings)
    return alike and _resemblance(first, second) > 0


def _resemblance(a: _Item, b: _Item) -> float:
    """How alike the descriptions of two candidates of compatible dates are, or 0 when they
    cannot be the same happening."""
    # The tests that need no shared terms come first: they turn most pairs away.
    if (
        a.verb != b.verb
        and a.says_more
        and b.says_more
        and not a.subject.isdisjoint(b.subject)
        and a.predicate.isdisjoint(b.terms)
        and b.predicate.isdisjoint(a.terms)
        and a.happenings.isdisjoint(b.happenings)
    ):
        return 0.0  # Starmer becomes prime minister; Starmer appoints Reeves: two happenings
    # A day and a whole year or more ("cases reported this year") are one happening only when
    # they name it with one verb or one kind of happening, not for sharing what it is about.
    spread = a.days > 300 * b.days or b.days > 300 * a.days
    if spread and a.verb != b.verb and a.happenings.isdisjoint(b.happenings):
        return 0.0
    shared = a.terms & b.terms
    count = len(shared)
    dice = 2 * count / (len(a.terms) + len(b.terms) or 1)
    # "summit in Kuala Lumpur" and "summit in Rio": elsewhere, another one; so is a town
    # another title names and the one "the town" means.
    if (count < 3 or dice < 0.7) and (
        (a.named and b.named and _elsewhere(a.named, b.named))
        or (a.in_town and b.where and a.where.isdisjoint(b.where))
        or (b.in_town and a.where and b.where.isdisjoint(a.where))
    ):
        return 0.0
    # "Typhoon Mawar" and "Typhoon Yagi": names in both subjects, none shared, no short name
    # in common, and little else shared ("JAXA plans to launch the HTV-X2 cargo vehicle to the
    # space station" and "H3 mission to carry the HTV-X2 ..." share what is carried, where).
    if (
        a.names
        and b.names
        and a.names.isdisjoint(b.names)
        and not (a.names <= b.terms or b.names <= a.terms)  # "Chevron sued by Exxon"
        and a.aliases.isdisjoint(b.aliases)
        and len(shared - _CLASSES) < 3
    ):
        return 0.0
    # "Exxon sues Chevron" and "Exxon sues Greenpeace": one actor, two named others.
    if (
        a.objects
        and b.objects
        and a.objects.isdisjoint(b.terms)
        and b.objects.isdisjoint(a.terms)
        and len(shared - _CLASSES) < 3
    ):
        return 0.0
    # Naming the same kind of happening counts only alongside something else shared.
    if (
        count
        and dice >= MIN_SIMILARITY
        and not shared <= _CLASSES
        and (count >= 2 or (dice >= 0.4 and not a.places.isdisjoint(b.places)))
    ):
        return dice
    if _same_kind(a, b):
        return MIN_SIMILARITY
    # One actor under two names ("CN Rail", "Canadian National Railway Co") doing one thing
    # the same day, told with one verb or one kind of happening.
    if (
        not a.aliases.isdisjoint(b.aliases)
        and _same_act(a, b)
        and _same_day(a.candidate.when, b.candidate.when)
    ):
        return MIN_SIMILARITY
    # "X and Y sign an agreement" / "X signs the deal in Y", the same day; but two named
    # subjects with nothing in common are two things ("forum opens", "museum opens"), and so
    # are two who are named ("Hamas releases hostages", "Israel releases prisoners").
    # The verbs are compared first: most pairs differ there, and comparing dates costs more.
    if (
        a.verb == b.verb
        and a.verb not in _GENERIC_VERBS
        and _same_day(a.candidate.when, b.candidate.when)
        and not a.places.isdisjoint(b.places)
        and not (a.subject and b.subject and a.subject.isdisjoint(b.subject))
        and not (a.who and b.who and a.who.isdisjoint(b.who))
    ):
        return MIN_SIMILARITY
    return 0.0


def _other_objects(a: _Item, b: _Item) -> bool:
    """Whether one doer does one act to two different things: one verb, and what follows
    it names nothing the other title names ("Pakistan bans TikTok", "Pakistan bans smoking in
    public places"). Two verbs for one happening tell it in other words ("makes landfall",
    "comes ashore"), so their details differ without saying anything."""
    if a.verb != b.verb or a.verb in _GENERIC_VERBS:
        return False
    # Only one doer's acts are compared so: two names of one company ("CN Rail", "Canadian
    # National Railway Co") may tell its one act with other words.
    if (a.subject | a.who).isdisjoint(b.subject | b.who):
        return False
    if a.predicate & b.predicate & _CLASSES:
        # One kind of thing acted on ("wins the poll", "wins the election") is another only
        # with another party ("a trade deal with China", "a security pact with Somalia").
        places = a.object_places and b.object_places
        names = a.object_names and b.object_names
        return bool(
            (places and _elsewhere(a.object_places, b.object_places))
            or (names and a.object_names.isdisjoint(b.terms) and b.object_names.isdisjoint(a.terms))
        )
    own_a, own_b = a.predicate - _CLASSES, b.predicate - _CLASSES
    return bool(own_a and own_b and own_a.isdisjoint(b.terms) and own_b.isdisjoint(a.terms))


def _same_day(a: When, b: When) -> bool:
    """Whether two dates are one day, whatever part of it each names ("2026-04-19TEV")."""
    return a.granularity == b.granularity == "day" and a.start == b.start


def _same_act(a: _Item, b: _Item) -> bool:
    """Whether two candidates name their act alike: one telling verb or one kind of happening."""
    return (a.verb == b.verb and a.verb not in _GENERIC_VERBS) or not a.happenings.isdisjoint(
        b.happenings
    )


def _elsewhere(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two titles name different places: none in common, and none a city inside a
    country the other names ("Judges in Lima" and "Peruvian court" are one place)."""
    if not a.isdisjoint(b):
        return False
    return _countries(a).isdisjoint(b) and _countries(b).isdisjoint(a)


@lru_cache(maxsize=65536)
def _countries(places: frozenset[str]) -> frozenset[str]:
    """The countries the places lie in."""
    return frozenset(c for p in places if (c := country_of(p)))


def _same_kind(a: _Item, b: _Item) -> bool:
    """Whether two short happenings are of one kind, named as the subject of at least one
    ("Walkout to run", "Union to stage a strike"), and nothing in their subjects sets them apart."""
    kinds = a.subject_happenings & b.happenings | b.subject_happenings & a.happenings
    # An accident's verb names its kind too ("train derails", "service comes off the rails").
    kinds |= a.happenings & b.happenings & _UNMISTAKABLE
    if not kinds or max(a.days, b.days) > SHORT_DAYS:
        return False
    countries_a, countries_b = _countries(a.places), _countries(b.places)
    if countries_a and countries_b and countries_a.isdisjoint(countries_b):
        return False  # an earthquake off Hualien (Taiwan) and one in Chile
    if kinds & (_NATURAL | _UNMISTAKABLE) and countries_a & countries_b:
        # Nobody does a quake: what its subjects add describes it ("magnitude 6.8 earthquake",
        # "powerful quake"), so one day in one country is one.
        return _same_day(a.candidate.when, b.candidate.when)
    # A place either names is where, not who ("Lift-off from Sriharikota set").
    where = {p.lower() for p in a.places | b.places}
    own_a, own_b = a.subject - _CLASSES - where, b.subject - _CLASSES - where
    return not (own_a and own_b and not own_a & own_b)


def _length(when: When) -> int:
    """How many days an interval covers."""
    return (when.end - when.start).days + 1


def _compatible(a: When, b: When) -> bool:
    """Whether one interval lies inside the other (a day in a month, a range around a day)."""
    return (a.start <= b.start and b.end <= a.end) or (b.start <= a.start and a.end <= b.end)


class _Groups:
    """Union-find over candidates that keeps one document per group and compatible dates."""

    def __init__(self, items: list[_Item]) -> None:
        """Start with every candidate in a group of its own."""
        self.items = items
        self.parent = list(range(len(items)))
        self.documents = [{item.candidate.source.document} for item in items]
        # The narrowest interval in the group (with its `_precision`) and the interval common
        # to all its members.
        self.narrowest = [(_precision(i.candidate.when), i.candidate.when) for i in items]
        self.common = [(item.candidate.when.start, item.candidate.when.end) for item in items]

    def find(self, i: int) -> int:
        """The representative of the group holding `i`."""
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, a: int, b: int) -> None:
        """Join the groups of `a` and `b` unless that puts two candidates of one document or
        incompatible dates together."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb or not self.documents[ra].isdisjoint(self.documents[rb]):
            return
        common = (
            max(self.common[ra][0], self.common[rb][0]),
            min(self.common[ra][1], self.common[rb][1]),
        )
        first, second = self.narrowest[ra], self.narrowest[rb]
        narrowest = first if first[0] <= second[0] else second
        narrow = narrowest[1]
        if not (common[0] <= narrow.start and narrow.end <= common[1]):
            return
        low, high = (ra, rb) if ra < rb else (rb, ra)
        self.parent[high] = low
        self.documents[low] |= self.documents[high]
        self.narrowest[low] = narrowest
        self.common[low] = common

    def members(self) -> list[list[int]]:
        """Every group's members."""
        groups: dict[int, list[int]] = defaultdict(list)
        for i in range(len(self.items)):
            groups[self.find(i)].append(i)
        return list(groups.values())


def _precision(when: When) -> tuple[int, date, str]:
    """Sort key: shorter intervals first, then earlier, then by value."""
    return ((when.end - when.start).days, when.start, when.value)


def _merged(items: list[_Item]) -> Merged:
    """The merged event of a group: the most precise date, the best title, every source."""
    counts: dict[str, int] = defaultdict(int)
    for item in items:
        for term in item.terms:
            counts[term] += 1

    def title_score(item: _Item) -> tuple[bool, int, int, int, str]:
        """Better titles first: a clause's over a bare noun phrase's ("Earthquake in Ecuador"),
        about what the group shares, headline length, then by id."""
        central = sum(1 for t in item.terms if counts[t] > 1)
        length = len(item.candidate.title)
        fits = 1 if 25 <= length <= 90 else 0
        return (item.candidate.rule == "nominal", -central, -fits, length, item.candidate.id)

    best = min(items, key=title_score)
    ordered = sorted(items, key=lambda i: (_precision(i.candidate.when), title_score(i)))
    when = ordered[0].candidate.when
    candidates = tuple(i.candidate for i in ordered)
    return Merged(
        candidates=candidates,
        title=best.candidate.title,
        summary=best.candidate.summary,
        when=when,
        tags=_union(c.tags for c in candidates),
        places=_union(c.places for c in candidates),
        actors=_union(c.actors for c in candidates),
        reason=_reason(items) if len(items) > 1 else "",
    )


def _union(groups: Iterable[tuple[str, ...]]) -> tuple[str, ...]:
    """The values of several tuples without repeats, in first-seen order."""
    return tuple(dict.fromkeys(value for group in groups for value in group))


def _reason(items: list[_Item]) -> str:
    """Why a group was merged, in words."""
    dates = sorted({i.candidate.when.value for i in items})
    shared = sorted(frozenset.intersection(*(i.terms for i in items))) or sorted(
        {t for i in items for t in i.terms if sum(t in j.terms for j in items) > 1}
    )
    documents = len({i.candidate.source.document for i in items})
    return (
        f"{documents} articles, compatible dates ({', '.join(dates)}), "
        f"shared terms: {', '.join(shared[:8])}"
    )
