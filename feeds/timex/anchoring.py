"""Anchoring: which way an unanchored weekday or month points, read from the tense of its verb."""

from __future__ import annotations

import re

from feeds.timex.lexicon import UNITS
from feeds.timex.patterns import WEEKDAY, alternation

PAST, FUTURE, UNKNOWN = -1, 1, 0

_FUTURE_WORDS = frozenset(
    {
        "will",
        "'ll",
        "’ll",
        "shall",
        "would",
        "wo",
        "should",
        "must",
        "might",
        "going",
        "plans",
        "plan",
        "planned",
        "planning",
        "scheduled",
        "slated",
        "expected",
        "expects",
        "expect",
        "due",
        "payable",
        "effective",
        "expire",
        "expires",
        "expiring",
        "deadline",
        "soon",
        "upcoming",
        "coming",
        "intends",
        "hopes",
        "next",
        "starting",
        "beginning",
        "tomorrow",
        "await",
        "awaits",
        "awaiting",
        "can",
        "could",
        "may",
    }
)

_PAST_WORDS = frozenset(
    {
        "was",
        "were",
        "had",
        "did",
        "said",
        "told",
        "ago",
        "last",
        "earlier",
        "since",
        "yesterday",
        "been",
        "announced",
        "reported",
        "came",
        "went",
        "began",
        "took",
        "made",
        "met",
        "won",
        "lost",
        "fell",
        "rose",
        "gave",
        "got",
        "left",
        "held",
        "sent",
        "found",
        "saw",
        "paid",
        "sold",
        "bought",
        "spoke",
        "wrote",
        "ran",
        "struck",
        "hit",
        "killed",
        "follows",  # "the report follows the collapse in May": what it follows is behind it
    }
    # Irregular past tenses (and participles that are only ever past), which no "-ed" rule finds.
    | {
        "led",
        "fled",
        "bred",
        "sped",
        "became",
        "brought",
        "built",
        "caught",
        "chose",
        "chosen",
        "drew",
        "drove",
        "ate",
        "fought",
        "flew",
        "forgot",
        "forgave",
        "froze",
        "grew",
        "heard",
        "hid",
        "kept",
        "knew",
        "laid",
        "meant",
        "rang",
        "rode",
        "sang",
        "sank",
        "sat",
        "shot",
        "shook",
        "slept",
        "sought",
        "spent",
        "stood",
        "stole",
        "stuck",
        "swore",
        "swept",
        "taught",
        "thought",
        "threw",
        "understood",
        "woke",
        "wore",
        "withdrew",
        "undertook",
        "overtook",
        "oversaw",
        "overcame",
        "upheld",
        "withheld",
        "felt",
        "dealt",
        "lent",
        "arose",
        "blew",
        "broke",
        "dug",
        "drank",
        "hung",
        "sprang",
        "swung",
        "tore",
        "wept",
        "rebuilt",
        "taken",
        "written",
        "spoken",
        "gone",
        "done",
        "born",
        "sworn",
    }
    # Short "-ed" forms, which the "-ed" rule leaves to longer words ("bed", "red").
    | {"died", "sued", "owed", "tied", "eyed", "axed"}
)

#: Words, and the marks that end a clause for tense lookup (the tense of another clause says
#: nothing here). Dotted initials ("U.S.", "a.m.") and titles ("Mr.") are words: their
#: periods end no sentence, nor does a period before a digit, a small letter or a comma
#: ("$5.8 billion", "Oct. 3", "Inc. said"), nor a colon between figures ("8:30").
_NOT_AN_END = r"\.(?=\s*[a-z\d,])|:(?=\d)"
_WORD = re.compile(
    r"(?:[A-Za-z]\.){2,}|(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|vs)\.(?=\s+[A-Z])"
    # a hyphenated compound is one word: "worst-hit", "state-owned" are adjectives, no tense
    rf"|[A-Za-z’']+(?:-[A-Za-z’']+)*|(?!{_NOT_AN_END})[.;:!?]"
)
#: The same words, reached by skipping at once the characters that cannot start one: a
#: window of digits costs one step, not one failed try per character.
_SKIP_TO_WORD = re.compile(rf"(?:[^A-Za-z’'.;:!?]++|{_NOT_AN_END})*+(" + _WORD.pattern + ")?")
#: "As early as Tuesday", "as soon as Friday": a date still to come.
_AS_EARLY_AS = re.compile(r"\bas\s+(?:early|soon)\s+as\s+$", re.IGNORECASE)
#: A wish or plan a report of speech keeps in the past tense, then the phrase of its verb up
#: to the expression: "said they hoped to sign a framework agreement by".
_REPORTED_WISH = re.compile(
    r"\b(?:said|says|added)\s+(?:they|it|he|she|we)\s+"
    r"(?:hoped|aimed|wanted|intended|planned|vowed|promised)\s+to\s+[a-z]+\b"
    r"(?:(?!\b(?:that|which|who|when|after|before|since|because)\b)[^.;:!?,])*$"
)
#: How many words before an expression its governing verb may stand.
_LOOKBACK = 10
#: Verbs of warning whose "of" phrase tells what is to come ("warned of storms on Friday").
_FORECAST_VERBS = frozenset({"warn", "warns", "warned", "warning"})
#: Auxiliaries of the future that govern a date even beyond `_LOOKBACK` words.
_FUTURE_AUXILIARY = frozenset({"will", "shall", "'ll", "’ll"})
#: Verbs before a participle that make it passive or an adjective ("will remain closed"):
#: the verb before them, not the participle, holds the tense.
_PASSIVE_AUXILIARIES = frozenset(
    {"be", "being", "been", "is", "are", "am", "get", "gets", "remain", "remains", "stay"}
    | {"stays", "seem", "seems", "become", "becomes", "appear", "appears"}
)
#: Conjunctions that open a clause of their own, with its own verb and tense.
_CONJUNCTIONS = frozenset({"after", "before", "when", "since", "because", "while", "until", "once"})
#: Prefixes that keep a hyphenated word a verb ("re-elected", "co-hosted").
_VERB_PREFIXES = frozenset({"re", "co", "pre", "un", "mis", "over", "out", "under", "de"})
_IRREGULAR_ED = frozenset({"need", "speed", "feed", "bed", "red", "seed", "shed"})


def _word_tense(word: str) -> int:
    """The tense one word, as written, signals: PAST, FUTURE or UNKNOWN.

    A capitalised word ending in "-ed" is a name ("United"), not a past tense.
    """
    low = word.lower()
    if "-" in low:
        prefix, _, rest = low.partition("-")
        if prefix not in _VERB_PREFIXES:
            return UNKNOWN  # "worst-hit district", "state-owned firm": adjectives
        return _word_tense(rest)  # "was re-elected on Tuesday"
    if low in _FUTURE_WORDS:
        return FUTURE
    if low in _PAST_WORDS:
        return PAST
    if len(low) > 4 and low.endswith("ed") and low not in _IRREGULAR_ED and word[0].islower():
        return PAST
    return UNKNOWN


def is_past_form(word: str) -> bool:
    """Whether a lower-case word is a past tense or participle ("announced", "began")."""
    return _word_tense(word) == PAST and word not in _PAST_ADVERBS


def _first_cue(words: list[str], backwards: bool) -> int:
    """The tense of the first decisive word in `words`, stopping at the end of the clause.

    `words` run away from the expression: backwards (nearest first) before it, forwards after
    it. A participle after a form of "be" ("will be held") is passive voice, not past tense:
    the auxiliary before it decides. "To be", "is to" and "set to" look ahead.
    """
    step = -1 if backwards else 1
    for i, word in enumerate(words):
        if word in ".;:!?":
            break
        low = word.lower()
        if low not in _CUE_WORDS and not low.endswith("ed"):
            continue  # most words say nothing of tense: skip the checks below
        following = words[i + step].lower() if 0 <= i + step < len(words) else ""
        preceding = words[i - step].lower() if 0 <= i - step < len(words) else ""
        if low == "face" and "to" in (following, preceding):
            continue  # "met face to face on Tuesday": a manner, not a fixture ("face Chile")
        if "due" in (low, preceding) and not _due_is_a_plan(words, i, step):
            continue  # "grounded due to fog": a cause, not a timetable
        if low == "to" and (following == "be" or preceding in _TO_FUTURE):
            return FUTURE
        if backwards and low in ("is", "are") and all(w.lower() in ("on", "in") for w in words[:i]):
            return FUTURE  # "the meeting is on Friday", "the vote is in May": a date to come
        if low in _PRESENT_BE and i <= 5 and _is_participle(following):
            return FUTURE  # "the party is holding a rally Saturday": an arrangement to come
        if low == "last" and (preceding == "to" or preceding in MODALS):
            continue  # "expected to last until Thursday": the verb, not "last week"
        if low == "may" and word != "may":
            continue  # "May" is the month or a name, not the modal
        if low in MODALS and _inside_name(word, preceding):
            continue  # "Tin Can Island", "actor Will Smith": a name, not a modal
        if low in _MODALS_OF_CHANCE and _denied_or_done(words, i, step):
            # "he can not attend on Friday", "the fire could have started on Sunday": an
            # ability denied or a guess about the past, not a prospect.
            continue
        if low == "coming" and preceding in ("was", "were"):
            return PAST  # "he was coming home on Friday": on the way then, not to come
        if backwards and low in _FORECAST_VERBS and following == "of":
            return FUTURE  # "has warned of more dust from Thursday": what is warned of lies ahead
        if low == "coming" and following.rstrip("s") in UNITS:
            continue  # "its budget for the coming year on Monday": a time named, not a verb
        if low == "ahead" and following == "of" and backwards and i == 1:
            return FUTURE  # "ahead of Sunday's vote": what is prepared for lies ahead
        if low == "set" and following == "for" and backwards:
            return FUTURE  # "a hearing is set for Tuesday", as "scheduled for"
        if (
            backwards
            and low in _PLANNED
            and following in ("for", "at", "in", "on")
            and preceding not in _BE_FORMS | _PERFECT
            and not preceding.endswith("ly")
        ):
            # "A service planned for Saturday was canceled": the plan qualifies a noun, the
            # verb of the clause (after the date) decides; failing one, the plan looks ahead.
            return _PLANNED_FOR
        if low == "next" and following == "to":
            continue  # "next to the embassy": a place, not a time to come
        if low in _NOUN_CUES and (
            i == 0
            and not backwards
            or following in ("for", "of")
            or _after_determiner(words, i, step)
        ):
            continue  # "the plan", "vacation plans for", "the Tuesday deadline": a thing
        if backwards and low in _POSTPONED and words[0].lower() in _UNTIL:
            return FUTURE  # "extended its deadline until Tuesday": a day still to come
        if backwards and low in ("comes", "come") and following == "into":
            return FUTURE  # "the law comes into force on Monday" (but "the move comes after")
        if low in _SCHEDULED_PRESENT and i == 0 and not backwards and not low.endswith("s"):
            continue  # "the weekend vote", "a Sunday return": a noun the date qualifies
        if (
            low in _SCHEDULED_PRESENT
            and preceding not in _BEFORE_BARE_VERB
            and following != "of"  # "Alarcon, head of the assembly, said": a noun
            and not _after_determiner(words, i, step)
        ):
            return FUTURE  # "the talks resume Monday": the present of a timetable
        tense = _word_tense(word)
        if tense == FUTURE and backwards and "had" in (w.lower() for w in words[i + 1 : i + 5]):
            return PAST  # "had been due to expire Friday": a plan the past has overtaken
        if (
            tense == PAST
            and backwards
            and low not in _PAST_ADVERBS
            and _auxiliary_before(words, i) in _PASSIVE_AUXILIARIES
        ):
            continue
        if backwards and tense == PAST and low not in _PAST_WORDS and _after_bare_verb(words, i):
            continue  # "plans to publish revised forecasts in May": an adjective on the object
        if (
            tense == PAST and low not in _PAST_WORDS or tense == FUTURE and low.endswith("ed")
        ) and _after_determiner(words, i, step):
            continue  # "a still unspecified date", "the hastily planned trip": adjectives
        if tense != UNKNOWN:
            return tense
    return UNKNOWN


#: Modals of ability or chance: a prospect, unless denied or perfect ("could have").
_MODALS_OF_CHANCE = frozenset({"can", "could", "may", "might"})


def _denied_or_done(words: list[str], i: int, step: int) -> bool:
    """Whether the modal ``words[i]`` is denied ("could not") or perfect ("could have
    started", but not "could have to wait"); `step` runs away from the expression, so the
    words after the modal are met going against it."""
    after = [words[j].lower() for j in (i + step, i + 2 * step) if 0 <= j < len(words)]
    if not after:
        return False
    if after[0] in ("not", "n't", "never"):
        return True
    if words[i].lower() == "could" and after[0] == "be" and after[1:2] != ["able"]:
        return True  # "could be located Wednesday": a past ability as often as a prospect
    return after[0] == "have" and after[1:] != ["to"]


#: Present forms of "be" before a present participle: the progressive of an arrangement.
_PRESENT_BE = frozenset({"is", "are", "am"})
#: Words ending in "-ing" after "is" that are no participles of an arrangement.
_NOT_PARTICIPLES = frozenset(
    {"during", "something", "nothing", "anything", "everything", "morning", "evening"}
    | {"thing", "things", "king", "spring", "string", "ceiling", "darling"}
    # Activities under way, not arrangements: "is continuing to try to sell itself".
    | {"continuing", "trying", "seeking", "working", "waiting", "struggling", "looking"}
)


def _is_participle(word: str) -> bool:
    """Whether a word after a form of "be" is a present participle ("holding", not "nothing")."""
    low = word.lower()
    return len(low) > 4 and low.endswith("ing") and low not in _NOT_PARTICIPLES


def _due_is_a_plan(words: list[str], i: int, step: int) -> bool:
    """Whether "due" at or just before ``words[i]`` is a plan ("is due to land", "due in
    March") rather than a cause ("closed due to snow"): before "to", only after "be" or
    before a verb of a timetable ("Premier Li due to visit Astana", "the envoy, due to
    arrive on Friday")."""
    due = i if words[i].lower() == "due" else i - step
    after = words[due + step].lower() if 0 <= due + step < len(words) else ""
    if after != "to":
        return True
    before = words[due - step].lower() if 0 <= due - step < len(words) else ""
    verb = words[due + 2 * step].lower() if 0 <= due + 2 * step < len(words) else ""
    return before in _BE_FORMS or verb in _TIMETABLE_VERBS


#: Verbs that follow "due to" in a timetable ("due to visit", "due to be sworn in"); a cause
#: after "due to" is a noun phrase ("due to fog", "due to the strike"), which none of these is.
_TIMETABLE_VERBS = frozenset(
    {"be", "visit", "arrive", "attend", "hold", "meet", "begin", "start", "open", "close"}
    | {"end", "expire", "take", "sign", "speak", "address", "deliver", "present", "release"}
    | {"publish", "announce", "vote", "rule", "hear", "resume", "return", "leave", "travel"}
    | {"fly", "land", "depart", "launch", "host", "join", "chair", "hand", "submit", "report"}
    | {"testify", "appear", "go", "retire", "step", "reach", "lift", "send", "convene"}
    | {"finish", "complete", "receive", "give", "make", "face", "play", "undergo", "debate"}
    | {"discuss", "review", "consider", "unveil", "inaugurate", "tour", "stay", "enter"}
    | {"celebrate", "sit", "shut", "reopen", "decide", "issue", "pay", "mature", "come"}
)


#: Forms of "be" that make "due to" a timetable.
_BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being", "am", "'s", "’s"})


def _after_determiner(words: list[str], i: int, step: int) -> bool:
    """Whether ``words[i]`` follows a determiner or a possessive, past adverbs ("the hastily
    planned", "Parliament's vote"), so it is an adjective or a noun rather than a verb.
    `step` runs away from the expression."""
    j = i - step
    while 0 <= j < len(words):
        low = words[j].lower()
        if low in _DETERMINERS or low.endswith(("'s", "’s")):
            return True
        if low not in ("still", "not", "yet") and not (low.endswith("ly") and len(low) > 4):
            return False
        j -= step
    return False


def _after_bare_verb(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` (walking backwards) directly follows a bare verb after "to" or a
    modal ("to publish revised", "will release updated"), so it qualifies that verb's object.

    A perfect or passive ("to have finished", "will be delayed") keeps its participle a verb.
    """
    if i + 2 >= len(words):
        return False
    verb = words[i + 1].lower()
    if not verb.isalpha() or verb in _BEFORE_BARE_VERB or verb in _NOT_BARE_OBJECT_VERBS:
        return False
    return words[i + 2].lower() in _BEFORE_BARE_VERB


#: Bare verbs whose participle after them is a perfect or passive, not an adjective.
_NOT_BARE_OBJECT_VERBS = frozenset({"have", "be", "get", "become", "remain", "stay", "seem"})
#: Words that open a noun phrase: a participle after one is an adjective ("an unnamed source").
#: Demonstratives ("this", "that") are left out: as subjects they precede verbs ("this
#: happened in March").
_DETERMINERS = frozenset(
    {"a", "an", "the", "its", "his", "her", "their", "our", "your", "each", "every", "no"}
    | {"any", "another"}
)
#: Verbs whose present tense with a date is a timetable ("the court hears the case Monday").
#: Forms that are mostly nouns ("visits", "votes", "start") are left out; after a determiner
#: ("the vote", "his return") none of them is a verb.
_SCHEDULED_PRESENT = frozenset(
    {"meets", "meet", "begins", "begin", "opens", "resumes", "resume", "travels", "arrives"}
    | {"arrive", "leaves", "hosts", "hears", "takes", "faces", "launches", "convenes"}
    | {"convene", "testifies", "testify", "unveils", "goes", "flies", "attends", "reopens"}
    | {"go", "vote", "returns", "return", "ends", "closes", "starts", "finishes", "concludes"}
    | {"kicks", "plays", "gathers", "gather", "sits", "head", "heads", "speaks", "lands"}
    | {"departs", "welcomes", "debuts", "announces", "reconvenes", "reconvene", "enters"}
    | {"decides", "presides", "receives", "inaugurates"}
    | {"celebrates", "publishes", "delivers", "reopen", "wraps"}
    | {"face", "play", "host", "take"}  # "England face the United States on Friday"
    | {"holds", "announces"}
    | {"names", "picks", "selects", "releases", "reveals"}  # "The coach names his squad Friday"
)
#: Words after which a bare verb is an infinitive or follows an auxiliary: not a present tense.
_BEFORE_BARE_VERB = frozenset(
    {"to", "did", "do", "does", "not", "never", "can", "could", "will", "would", "should"}
    | {"may", "might", "must", "shall", "didn't", "don't", "doesn't", "n't"}
)
#: Verbs that move a date later or grant time, and the words that introduce the new date.
_POSTPONED = frozenset(
    {"extended", "postponed", "delayed", "deferred", "adjourned", "rescheduled", "prolonged"}
    | {"gave", "given", "granted"}
)
_UNTIL = frozenset({"until", "till", "through", "to", "into"})
#: Future cues that are also nouns: "the plan" or "the deadline" say nothing of tense.
_NOUN_CUES = frozenset({"plan", "plans", "deadline"})


def _inside_name(word: str, earlier: str) -> bool:
    """Whether a word capitalised after another word ("Tin Can Island", "starring Will
    Smith") is part of a name inside its sentence, not a modal opening it."""
    return word[:1].isupper() and earlier[:1].isalpha()


def _auxiliary_before(words: list[str], i: int) -> str:
    """The word governing the participle ``words[i]`` (nearest first), past adverbs and "not".

    "Would be fully repaired" is as passive as "would be repaired"; "have" after a modal
    ("will have finished") is a perfect still to come, so the modal decides, as after "be".
    """
    for j in range(i + 1, len(words)):
        low = words[j].lower()
        if low == "not" or (low.endswith("ly") and len(low) > 4):
            continue
        if low == "have" and j + 1 < len(words) and words[j + 1].lower() in MODALS:
            return "be"
        return low
    return ""


#: Past cues that are not participles, so a form of "be" before them makes no passive.
_PAST_ADVERBS = frozenset({"ago", "last", "earlier", "since", "yesterday"})
#: Verbs of directing or deciding, whose infinitive in the present perfect is still to come
#: ("has ordered the mine closed ... to reopen on Monday", "have agreed to meet on Friday").
_DIRECTING = frozenset(
    "ordered asked told agreed decided voted instructed directed urged approved authorized "  # noqa: SIM905
    "authorised allowed invited called".split()
)
#: Modal verbs: a perfect "have" after one ("will have finished") is still to come, and
#: "one day" after one ("will one day be") is an unsaid day to come.
MODALS = frozenset({"will", "would", "shall", "should", "must", "may", "might", "could", "can"})


#: Words before "to" that make the verb after it a plan: "is to resume", "set to open".
_TO_FUTURE = frozenset(
    {"is", "are", "was", "were", "set", "due", "going", "ready", "about", "supposed"}
    | {"likely", "unlikely", "poised", "forecast", "projected", "predicted", "bound"}
    # Present forms of wishing and intending ("hope to", "aims to"); past ones ("hoped to")
    # may have been overtaken.
    | {"hope", "hopes", "hoping", "aim", "aims", "aiming", "want", "wants", "intend"}
    | {"intends", "seek", "seeks", "seeking", "vow", "vows", "promise", "promises"}
    | {"prepare", "prepares", "preparing"}
)
#: Words before "to" that make a plan of the verb after it even a long phrase before the
#: date: "is forecast to strike Vietnam's central coast between Da Nang and Hue on Wednesday".
_FAR_TO_FUTURE = (_TO_FUTURE - {"was", "were", "due"}) | {"expected", "scheduled", "slated"}
_FAR_TO_FUTURE |= {"planned"}


def tense_at(text: str, start: int, end: int) -> int:
    """The tense of the clause around ``text[start:end]``: PAST, FUTURE or UNKNOWN.

    The nearest tense cue before the expression in its sentence decides; failing that, the
    nearest one after it.
    """
    if _AS_EARLY_AS.search(text, max(0, start - 20), start):
        return FUTURE
    if _REPORTED_WISH.search(text, max(0, start - 120), start):
        return FUTURE  # "said they hoped to sign a deal by March": a hope as of its telling
    label = label_end(text, end)
    if label is not None:
        # "Tuesday: Fiji's parliament holds its final vote": a day that labels its line
        # takes the tense of the line after the colon.
        return _first_cue(_words(text, label, min(len(text), label + 160))[:10], backwards=False)
    # "will meet hosts Bangladesh, who knocked out Afghanistan on Thursday, on Sunday": a
    # relative clause closed before the expression tells of its noun, not of the date.
    window = _CLOSED_RELATIVE.sub(" , ", text[max(0, start - 240) : start])
    before = _words(window, max(0, len(window) - 120), len(window))
    nearest = before[::-1]
    tense = _first_cue(nearest[:_LOOKBACK], backwards=True)
    if tense == PAST and _directed_ahead(nearest[: _LOOKBACK + 6]):
        return FUTURE
    if tense not in (UNKNOWN, _PLANNED_FOR):
        return tense
    # "will travel to Geneva for his first summit with Putin on Wednesday": a "will" a long
    # phrase away still governs the date when nothing nearer says otherwise, unless a
    # conjunction opens another clause in between ("will need a partner after the commission
    # on Monday confirmed ...").
    if tense == UNKNOWN and _far_future(nearest, _LOOKBACK + 6):
        return FUTURE
    if tense == UNKNOWN and _far_passive_past(nearest, _LOOKBACK + 6):
        return PAST
    fronted = _opens_sentence(before)
    if not fronted and _ATTRIBUTION.match(text, end):
        # "... hold trials on Dec. 10, the federation's president said": the verb after the
        # comma tells when it was said, not when the trials are.
        return FUTURE if tense == _PLANNED_FOR else UNKNOWN
    # A date that opens its sentence ("In January, a week after the anniversary, a bomb
    # killed ...") takes the tense of the main clause, however far off its verb stands.
    after = _words(text, end, min(len(text), end + (_FRONTED_CHARS if fronted else 80)))
    if fronted:
        # "On Monday, the company, which will close two plants, said ...": the main verb comes
        # after the relative clause between commas.
        tail = _RELATIVE_CLAUSE.sub(" ", text[end : min(len(text), end + _FRONTED_CHARS)])
        after = _words(tail, 0, len(tail))
    else:
        # "Tuesday's declaration by Ford, which will bid for the firm": a relative clause
        # tells of its noun, not of the date.
        after = after[: next((i for i, w in enumerate(after) if w.lower() in _RELATIVE), None)]
    later = _first_cue(after[: _FRONTED if fronted else 10], backwards=False)
    return FUTURE if later == UNKNOWN and tense == _PLANNED_FOR else later


#: A day that labels the line after it: "Monday:", "Thursday-Friday:" at a line's start.
_LABEL = re.compile(rf"(?:\s*[-–]\s*{WEEKDAY})?\s*:\s", re.IGNORECASE)


def label_end(text: str, end: int) -> int | None:
    """Where the line labelled by the day ending at `end` starts after its colon, or None
    when the day labels nothing (it does not open its line, or no colon follows it)."""
    found = _LABEL.match(text, end)
    if found is None:
        return None
    line_start = text.rfind("\n", 0, end) + 1
    if _DAY_AT_LINE_START.match(text, line_start) is None:
        return None
    return found.end()


#: A weekday at the start of a line, as a label opens it.
_DAY_AT_LINE_START = re.compile(rf"\s*{WEEKDAY}\b", re.IGNORECASE)


def _directed_ahead(nearest: list[str]) -> bool:
    """Whether the date times the infinitive of a verb of directing or deciding in the
    present perfect ("has ordered a full inspection of the mine to begin on Tuesday", "have
    agreed to meet on Friday"): what was ordered is still to come."""
    infinitive = False
    for i, word in enumerate(nearest):
        low = word.lower()
        if word in ".;:!?" or low in _CONJUNCTIONS:
            return False
        if low == "to":
            infinitive = True
        elif low in _DIRECTING:
            earlier = nearest[i + 1].lower() if i + 1 < len(nearest) else ""
            return infinitive and earlier in ("has", "have")
        elif _word_tense(word) == PAST:
            return False  # "has ordered a mine that closed to ...": another verb is nearer
    return False


def _far_future(nearest: list[str], reach: int) -> bool:
    """Whether a future auxiliary or the "to" of a plan ("is forecast to strike", "due to
    visit") comes, walking back at most `reach` words, before any end of sentence or clause."""
    for i, word in enumerate(nearest[:reach]):
        low = word.lower()
        earlier = nearest[i + 1] if i + 1 < len(nearest) else ""
        if low in _FUTURE_AUXILIARY and not _inside_name(word, earlier):
            return True
        if word in ".;:!?" or low in _CONJUNCTIONS:
            return False
        if low == "to" and i + 1 < len(nearest):
            before = nearest[i + 1].lower()
            if before in _FAR_TO_FUTURE or before == "due" and _due_is_a_plan(nearest, i + 1, -1):
                return "had" not in (w.lower() for w in nearest[i + 2 : i + 6])
    return False


def _far_passive_past(nearest: list[str], reach: int) -> bool:
    """Whether a passive in the past ("was introduced in the House of Commons for its first
    reading on 21 January") comes, walking back at most `reach` words, before any end of
    sentence or clause: its "was" governs a date a long phrase away as a "will" does."""
    for i, word in enumerate(nearest[:reach]):
        low = word.lower()
        if word in ".;:!?" or low in _CONJUNCTIONS or low in _FUTURE_AUXILIARY:
            return False
        if low in ("was", "were") and i > 0 and _word_tense(nearest[i - 1]) == PAST:
            return True
    return False


#: Pronouns that open a relative clause.
_RELATIVE = frozenset({"which", "who", "whom", "whose"})
#: A relative clause between commas.
_RELATIVE_CLAUSE = re.compile(r",\s*(?:which|who|whom|whose)\b[^,.;]*,")
#: A source named after a comma: ", the ministry said", ", officials told reporters".
_ATTRIBUTION = re.compile(r"\s*,\s*(?:[\w.'’-]+\s+){0,6}?(?:said|says|told|tells|added|adds)\b")

#: A relative clause between commas that the main clause resumes after with a preposition
#: (", who knocked out Afghanistan on Thursday, at the stadium"); a noun after the second
#: comma continues a list inside the clause (", who stepped down as chairman, president").
_CLOSED_RELATIVE = re.compile(
    r",\s*(?:which|who|whom|whose)\b[^,.;]*,(?=\s*(?:at|on|in|for|from|with|by|to|into|under)\s)"
)


def _opens_sentence(before: list[str]) -> bool:
    """Whether at most two words ("In", "Early on") stand between an expression and the start
    of its sentence (`before` holds the words before it, in text order)."""
    for count, word in enumerate(reversed(before)):
        if word in ".;:!?":
            return True
        if count >= 2:
            return False
    return len(before) <= 2


#: How far, in words and characters, a sentence-opening date may look for its main verb.
_FRONTED = 30
_FRONTED_CHARS = 240


#: What `_first_cue` finds at a plan that qualifies a noun ("a rally planned for Saturday").
_PLANNED_FOR = 2
_PLANNED = frozenset({"planned", "scheduled", "slated"})
_PERFECT = frozenset({"had", "has", "have"})


#: Nouns for what is only reported once it has happened: a weekday's attack or ruling.
_DONE_NOUNS = frozenset(
    {"attack", "attacks", "bombing", "bombings", "shooting", "shootings", "killing", "killings"}
    | {"crash", "explosion", "explosions", "blast", "blasts", "raid", "raids", "ambush"}
    | {"assault", "massacre", "murder", "earthquake", "quake", "accident", "incident", "fire"}
    | {"ruling", "rulings", "decision", "verdict", "announcement", "remarks", "comments"}
    | {"resignation", "arrest", "arrests", "death", "deaths", "collapse", "defeat", "victory"}
    | {"win", "loss", "upset", "clashes", "violence", "riots", "purchase", "purchases"}
    | {"sell-off", "selloff", "plunge", "drop", "decline", "gains", "losses", "trading"}
    | {"close", "closing", "edition", "editions", "disclosure", "release", "rescue"}
    | {"results", "outcome", "aftermath", "turnout", "winner", "winners"}
)
#: A weekday in the possessive and the two words after it: "Monday's attack", "Friday's
#: suicide bombing" (the head of a compound noun comes second).
_POSSESSIVE_NOUN = re.compile(r"['’]s\s+([a-z-]+)(?:\s+([a-z-]+))?")
_AHEAD_OF = re.compile(r"\b(?:ahead\s+of|awaiting|awaits|await|before)\s+$", re.IGNORECASE)


def names_past_event(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a day) owns a thing that is only told once it happened.

    "The president will visit the site of Monday's attack": the attack is over, whatever the
    tense of the clause; "ahead of Monday's ruling" still waits for it.
    """
    found = _POSSESSIVE_NOUN.match(text, end)
    if found is None or not (found[1] in _DONE_NOUNS or found[2] in _DONE_NOUNS):
        return False
    return _AHEAD_OF.search(text, max(0, start - 12), start) is None


#: Nouns for what is announced before it happens: a weekday's election or match.
_SCHEDULED_NOUNS = frozenset(
    {"election", "elections", "vote", "referendum", "runoff", "run-off", "poll", "primary"}
    | {"match", "game", "final", "race", "summit", "meeting", "talks", "hearing", "debate"}
    | {"deadline", "ceremony", "parade", "launch", "opening", "inauguration", "rally"}
)


def names_scheduled_event(text: str, end: int) -> bool:
    """Whether a day ending at `end` owns a thing announced before it happens: "Sunday's
    election", "Saturday's final"; without a tense, the nearer such day is meant."""
    found = _POSSESSIVE_NOUN.match(text, end)
    return (
        found is not None
        and (found[1] in _SCHEDULED_NOUNS or found[2] in _SCHEDULED_NOUNS)
        and not (found[1] in _DONE_NOUNS or found[2] in _DONE_NOUNS)
    )


def _words(text: str, start: int, end: int) -> list[str]:
    """The words and clause marks of ``text[start:end]``, as ``_WORD.findall`` gives them."""
    return [word for word in _SKIP_TO_WORD.findall(text, start, end) if word]


#: Every word some check in `_first_cue` looks for (besides "-ed" forms).
_CUE_WORDS = (
    frozenset({"to", "is", "are", "am", "set", "next", "ahead", "comes", "come"})
    | _NOUN_CUES
    | _POSTPONED
    | _SCHEDULED_PRESENT
    | _FUTURE_WORDS
    | _PAST_WORDS
    | _FORECAST_VERBS
)


#: Any letters a tense cue could be read from: a cue word, or "ed", or the "as" of "as early
#: as", even inside a longer word (a window may cut one). Without any, every tense is UNKNOWN.
#: The modal "may" counts only before a word that is no month: in lower case it is the month
#: too, which lists of dates hold with figures or months after it ("12 may 1999 march").
_ANY_CUE = re.compile(
    alternation((_CUE_WORDS - {"may"}) | {"ed", "as"})
    + r"|may\s+(?!jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]"
)


def has_tense_cues(lower: str) -> bool:
    """Whether `tense_at` can find any tense in a text (given with ASCII letters in lower case).

    Lists of figures and names ("12 May 1999 456 January") have none: their dates need no
    clause read around them.
    """
    return _ANY_CUE.search(lower) is not None
