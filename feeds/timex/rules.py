"""The tagger's rule table: one pattern per kind of temporal expression and its normaliser."""

from __future__ import annotations

from feeds.timex import compounds, dates, lexicon, offsets, periods, times
from feeds.timex.context import Rule
from feeds.timex.patterns import (
    AMPM,
    COUNT,
    DAY,
    DAY_SPEC,
    DAY_WORD,
    MONTH,
    ORDINAL,
    PART_OF_DAY,
    POSITION,
    QUANTITY,
    SEASON,
    SPELLED_YEAR,
    TIMEZONE,
    UNIT,
    WEEKDAY,
    YEAR,
    ZONE,
    alternation,
    compile_rule,
)

_WEEKDAY_FULL = alternation(w for w in lexicon.WEEKDAYS if len(w) > 5)
_HOLIDAY = alternation(
    [
        *lexicon.FIXED_HOLIDAYS,
        *lexicon.WEEKDAY_HOLIDAYS,
        *lexicon.EASTER_HOLIDAYS,
        *lexicon.ISLAMIC_HOLIDAYS,
        "election day",
    ]
).replace("'", "['’]")

_CARDINAL = alternation(lexicon.CARDINALS)

_UNIT_ADJECTIVE = (
    r"(?:more|additional|further|straight|consecutive|full|trading|business|working|calendar)"
)

#: A number in figures or words ("12", "twenty-five"): lighter than a COUNT where one is enough.
#: An hour of the clock in words, and a count of minutes in words: "seven o'clock",
#: "twenty-five minutes past six".
_HOUR_WORD = alternation(w for w, n in lexicon.CARDINALS.items() if 1 <= n <= 12)
_MINUTE_WORD = (
    r"(?:twenty(?:[\s-]+"
    + alternation(w for w, n in lexicon.CARDINALS.items() if 1 <= n <= 9)
    + ")?|"
    + alternation(w for w, n in lexicon.CARDINALS.items() if 1 <= n < 20)
    + ")"
)

_NUMBER = rf"(?:\d[\d,.]*|{_CARDINAL}(?:[\s-]{_CARDINAL})?)"

#: Units in the plural, which can stand with no count ("for years", "weeks or months").
_PLURAL_UNIT = r"(?:years|months|weeks|days|decades|centuries|hours|minutes)"

#: A count and unit before a noun ("the two-week crisis", "the two day rally"): the article
#: belongs to the noun, not to the duration.
_COUNT_ADJECTIVE = (
    rf"(?:an?|{_NUMBER})-{UNIT}|{_NUMBER}\s+(?:day|week|month|year|hour|minute)\s+[a-z]"
)

#: "Last" after "to", a modal or "not" is the verb ("expected to last six weeks"), not "past".
_NOT_THE_VERB_LAST = "".join(
    rf"(?<!\b{word}\s)"
    for word in ("to", "will", "would", "could", "can", "may", "might", "should", "must", "not")
)

#: A weekday before the date it names, with its relative word: "this coming Sunday, March 8".
_WEEKDAY_BEFORE_DATE = rf"(?:(?:this\s+past|this\s+coming|last|next|this|coming)\s+)?{WEEKDAY}"

#: A year after its number: "the 2014 fiscal year".
_YEAR_KIND = r"(?:fiscal|financial|calendar|tax|budget)\s+year\b"

#: A twelve-month span named by its two years, after them: "the 2025-26 season".
_SPLIT_YEAR_NOUN = rf"season|{_YEAR_KIND}|(?:school|academic|marketing|crop)\s+year\b"

#: "A year or so", "a year or two": the approximation belongs to the expression.
_OR_SO = r"(?:\s+or\s+(?:so|two))?"

#: "Third-quarter" before a noun: the article before it is not part of the expression.
_QUARTER_ADJECTIVE = r"(?:(?:fiscal|calendar)\s+)?(?:first|second|third|fourth)-(?:quarter|half)"

RULES: tuple[Rule, ...] = (
    Rule(
        "iso date",
        compile_rule(r"(?P<y>\d{4})-(?P<mo>\d\d)-(?P<d>\d\d)(?:t(?P<h>\d\d):(?P<mi>\d\d))?"),
        dates.build_iso,
    ),
    Rule(
        "year first slash date",
        compile_rule(r"(?P<y>(?:19|20)\d\d)/(?P<mo>\d\d)/(?P<d>\d\d)(?![/\d])"),
        dates.build_iso,
    ),
    Rule(
        "slash date",
        compile_rule(r"(?P<mo>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4}|\d\d)(?!/)"),
        dates.build_slash,
    ),
    Rule(
        "month day",
        compile_rule(
            rf"(?:{_WEEKDAY_BEFORE_DATE}\s*,?\s*)?(?P<pos>{POSITION})?(?P<month>{MONTH})\s*"
            rf"(?:(?P<day>{DAY})|(?:the\s+)?(?P<dayword>{DAY_WORD}))(?:\s*,?\s*(?P<year>{YEAR}))?"
        ),
        dates.build_month_day,
    ),
    Rule(
        "day of the month",
        compile_rule(
            r"the\s+(?P<day>[0-3]?\d(?:st|nd|rd|th))(?=\s*(?:[.,;:!?)]|$|of\s+the\s+month))"
        ),
        dates.build_day_of_month,
    ),
    Rule(
        "day of a period",
        compile_rule(
            r"the\s+(?P<which>first|last|final)\s+day\s+of\s+"
            rf"(?:(?P<month>{MONTH})(?:\s*,?\s*(?P<year>{YEAR}))?"
            r"|(?P<rel>this|next|last|the)\s+(?P<unit>month|year)"
            rf"|(?P<whole_year>{YEAR}))"
        ),
        dates.build_day_of_period,
    ),
    Rule(
        "week of a month",
        compile_rule(
            r"the\s+(?P<which>first|second|third|fourth|last|final)\s+week\s+of\s+"
            rf"(?P<month>{MONTH})(?:\s*,?\s*(?P<year>{YEAR}))?"
        ),
        dates.build_week_of_month,
    ),
    Rule(
        "week of a day",
        compile_rule(
            rf"the\s+(?P<unit>week|weekend)\s+of\s+(?P<month>{MONTH})\s*(?P<day>{DAY})"
            rf"(?:\s*,?\s*(?P<year>{YEAR}))?"
        ),
        dates.build_week_of,
    ),
    Rule(
        "day month",
        compile_rule(
            rf"(?:{_WEEKDAY_BEFORE_DATE}\s*,?\s*)?(?:the\s+)?(?:(?P<day>{DAY})\s+(?:of\s+)?"
            rf"|(?P<dayword>{DAY_WORD})\s+of\s+)(?P<month>{MONTH})(?:\s*,?\s*(?P<year>{YEAR}))?"
        ),
        dates.build_month_day,
    ),
    Rule(
        "month year",
        compile_rule(rf"(?P<pos>{POSITION})?(?P<month>{MONTH})\s*,?\s*(?:of\s+)?(?P<year>{YEAR})"),
        dates.build_month_year,
    ),
    Rule(
        "quarter named by its last month",
        compile_rule(
            rf"the\s+(?P<month>{MONTH})(?:\s+(?P<year>{YEAR}))?\s+quarter"
            rf"(?:\s+(?:of\s+)?(?P<year2>{YEAR}))?"
        ),
        dates.build_month_quarter,
    ),
    Rule(
        "quarter named by its months",
        compile_rule(
            rf"the\s+(?P<first>{MONTH})\s*[-–/]\s*(?P<month>{MONTH})\s+(?:quarter|period)"
            rf"(?:\s+(?:of\s+)?(?P<year>{YEAR}))?"
        ),
        dates.build_months_quarter,
    ),
    Rule(
        "month",
        compile_rule(
            rf"(?P<pos>{POSITION})?(?:(?P<rel>this\s+past|this\s+coming|last|next|this|coming"
            r"|that|the\s+(?:following|next|previous|preceding))\s+)?"
            rf"(?P<month>{MONTH})"
        ),
        dates.build_month,
    ),
    Rule(
        "month of a relative year",
        compile_rule(
            rf"(?P<pos>{POSITION})?(?P<month>{MONTH})\s*,?\s+(?:of\s+)?"
            r"(?P<rel>this|last|next|that|that\s+same|the\s+same"
            r"|the\s+(?:following|next|previous|preceding))\s+year"
        ),
        dates.build_month_relative_year,
    ),
    Rule(
        "spelled year",
        compile_rule(
            rf"(?P<pos>{POSITION})?(?:the\s+year\s+)?(?:(?P<month>{MONTH})\s+(?:of\s+)?)?"
            rf"(?P<sy>{SPELLED_YEAR})"
        ),
        dates.build_spelled_year,
    ),
    Rule(
        "the period",
        compile_rule(
            rf"(?P<pos>{POSITION})?the\s+(?:(?:full|fiscal|current|calendar|entire|whole)\s+)?"
            r"(?P<unit>year|month|week)"
        ),
        dates.build_the_unit,
    ),
    Rule(
        "part of the decade",
        compile_rule(
            r"(?P<pos>(?:the\s+)?(?:end|beginning|start|middle|close)\s+of\s+)"
            r"the\s+(?P<unit>decade|century)"
        ),
        dates.build_the_unit,
    ),
    Rule(
        "year end",
        compile_rule(r"(?:the\s+)?year(?:['’]s)?[\s-]+end"),
        dates.build_year_end,
    ),
    Rule(
        "mid-year",
        compile_rule(r"mid[\s-]?year"),
        dates.build_mid_year,
    ),
    Rule(
        "year",
        compile_rule(
            rf"(?P<pos>{POSITION}|(?P<side>pre|post)-)?(?:(?P<fiscal>fiscal(?:\s+year)?"
            rf"|calendar(?:\s+year)?|the\s+(?:fiscal\s+)?year|model\s+year|fy"
            rf"|the(?=\s+{YEAR}\s+{_YEAR_KIND}))[\s-]*)?"
            rf"(?P<year>{YEAR})(?:\s+(?P<open>or\s+later|or\s+earlier|and\s+beyond)"
            rf"|\s+{_YEAR_KIND})?"
        ),
        dates.build_year,
    ),
    Rule(
        "split year",
        compile_rule(
            rf"(?:(?P<fiscal>fiscal(?:\s+year)?|financial\s+year|fy)[\s-]*"
            rf"|the\s+(?={YEAR}[-–/]\d\d\s+(?:{_SPLIT_YEAR_NOUN})))?"
            rf"(?P<year>{YEAR})[-–/](?P<short>\d\d)(?![\d%]|[-/.,]\d)"
            rf"(?:\s+(?:{_SPLIT_YEAR_NOUN}))?"
        ),
        dates.build_split_year,
    ),
    Rule(
        "decade",
        compile_rule(
            rf"(?P<pos>{POSITION})?(?:the\s+)?(?:(?P<dec>1\d\d|20\d)0['’]?s|['’](?P<short>\d)0['’]?s"
            rf"|(?:(?P<cent>nineteen|eighteen)[\s-]*)?"
            rf"(?P<word>{alternation(lexicon.DECADE_WORDS)}))"
        ),
        dates.build_decade,
    ),
    Rule(
        "century",
        compile_rule(
            rf"(?P<pos>{POSITION})?(?:the\s+)?(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|{ORDINAL})"
            r"[\s-]+century"
        ),
        dates.build_century,
    ),
    Rule(
        "quarter",
        compile_rule(
            rf"(?P<pos>{POSITION})?(?:the\s+(?!{_QUARTER_ADJECTIVE}))?"
            r"(?:(?:fiscal|calendar)[\s-]+)?"
            r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\s-]+"
            r"(?:(?:fiscal|calendar)[\s-]+)?(?P<unit>quarter|half)"
            r"(?:\s+of\s+(?:(?:fiscal|calendar)\s+(?:year\s+)?)?"
            rf"(?:(?P<year>{YEAR})|(?P<rel>this|last|next|the\s+previous|the\s+current|the)"
            rf"\s+(?:fiscal\s+)?year)|\s+(?P<year2>{YEAR}))?"
        ),
        dates.build_quarter,
    ),
    Rule(
        "year's quarter",
        compile_rule(
            rf"(?:(?:the\s+)?(?:fiscal\s+)?(?P<year>{YEAR})(?:['’]s)?|(?P<rel>this|last|next)\s+year['’]s"
            r"|(?:the\s+)?(?P<ago>year[\s-]+(?:ago|earlier)))\s+"
            r"(?:fiscal\s+)?(?P<ord>first|second|third|fourth|final)[\s-]+(?P<unit>quarter|half)"
        ),
        dates.build_quarter,
    ),
    Rule(
        "quarter code",
        compile_rule(
            r"(?:(?P<fy>fy|fiscal)\s*)?(?P<unit>[qh])(?P<part>[1-4])"
            rf"(?:\s*,?\s*(?:fy\s*)?(?:(?P<year>{YEAR})|['’]?(?P<short>\d\d)(?!\d)))?"
        ),
        dates.build_quarter_code,
    ),
    Rule(
        "fiscal year code",
        compile_rule(r"fy\s*['’]?(?P<short>\d\d)(?![\d/])"),
        dates.build_fiscal_year_code,
    ),
    Rule(
        "year's period",
        compile_rule(rf"the\s+(?P<year>{YEAR})\s+(?P<unit>period|quarter)"),
        dates.build_year_period,
    ),
    Rule(
        "the quarter",
        compile_rule(
            r"(?:the\s+)?(?:(?:comparable|corresponding)\s+(?=year[\s-]+(?:ago|earlier)))?"
            r"(?P<which>latest|most\s+recent|just[\s-]+ended|recent|fiscal"
            r"|year[\s-]+ago|year[\s-]+earlier|previous\s+year['’]s|same|corresponding"
            r"|comparable)?[\s-]*(?:fiscal\s+)?(?P<unit>quarter|period)"
            r"(?P<before>\s+(?:last\s+year|a\s+year\s+(?:ago|earlier)))?"
        ),
        dates.build_the_quarter,
    ),
    Rule(
        "year-ago",
        compile_rule(r"(?P<which>year[\s-]+(?:ago|earlier))(?P<unit>)(?P<before>)"),
        dates.build_the_quarter,
    ),
    Rule(
        "season",
        compile_rule(
            rf"(?P<pos>{POSITION})?(?:(?P<rel>this\s+past|this\s+coming|last|next|this|that"
            r"|the\s+(?:following|next|previous|preceding)|the"
            rf"|coming)\s+)?(?:(?:early|late|mid)[\s-]+)?(?P<season>{SEASON})(?:\s+months)?"
            rf"(?:\s*,?\s+(?:of\s+)?(?:(?P<year>{YEAR})|(?P<sy>{SPELLED_YEAR}))"
            r"|\s+of\s+(?P<ry>next|last|this|the\s+following|the\s+previous)\s+year)?"
        ),
        dates.build_season,
    ),
    Rule(
        "weekday",
        compile_rule(
            r"(?:(?P<pos>early|late)\s+)?"
            r"(?:(?P<rel>this\s+past|this\s+coming|last|next|this|coming|past|that"
            r"|the\s+(?:previous|preceding|following|next))\s+)?"
            rf"(?P<weekday>{WEEKDAY})"
            rf"(?:\s*,?\s*(?:(?P<pod>{PART_OF_DAY})|(?P<named>noon|midday|midnight)))?"
        ),
        times.build_weekday,
    ),
    Rule(
        "weekday plural",
        compile_rule(
            rf"(?P<weekday>{_WEEKDAY_FULL})(?:s|(?=\s+{PART_OF_DAY}s\b))"
            r"(?:\s+(?P<pod>morning|afternoon|evening|night)s)?"
        ),
        periods.build_weekday_plural,
    ),
    Rule(
        "deictic day",
        compile_rule(
            r"(?:(?P<pos>early|late|later|earlier)\s+)?"
            r"(?P<word>today|yesterday|tomorrow|tonight|the\s+day\s+before\s+yesterday"
            r"|the\s+day\s+after\s+tomorrow)"
            rf"(?:\s+(?P<pod>{PART_OF_DAY}))?"
        ),
        times.build_deictic,
    ),
    Rule(
        "part of day",
        compile_rule(
            r"(?:(?:later|earlier|early|late)\s+(?=this|last|that|the\s)|the\s+middle\s+of\s+)?"
            r"(?:(?P<rel>this|last|that|the\s+next|the\s+following|the\s+previous|the\s+same"
            r"|the)\s+|(?P<pos>early|late|mid(?!night))[\s-]*)"
            rf"(?P<pod>{PART_OF_DAY})(?:\s+(?P<day>yesterday|today|tomorrow))?"
        ),
        times.build_part_of_day,
    ),
    Rule(
        "overnight",
        compile_rule(
            r"overnight(?!\s+(?:rates?|lending|loans?|repos?|interbank|index|success"
            r"|sensation|stays?|bags?|deposits?|funds?|money|trading|session)\b)"
        ),
        times.build_overnight,
    ),
    Rule(
        "clock time",
        compile_rule(
            r"(?:(?P<qmod>around|approximately)\s+)?"
            rf"(?:(?P<h>\d{{1,2}})(?:[:.](?P<mi>\d\d))?\s*(?P<ampm>{AMPM})"
            r"|(?P<h4>\d{1,2})(?::(?P<mi4>\d\d))?\s+in\s+the\s+(?P<pod>morning|afternoon|evening)"
            r"|(?P<h2>\d{1,2}):(?P<mi2>\d\d)(?![:\d])"
            r"|(?P<named>noon|midnight|midday)"
            rf"|(?P<h3>\d{{1,2}}|{_HOUR_WORD})\s+o['’]clock"
            # "Five minutes past six", "a quarter to seven": minutes before or after an hour.
            rf"|(?:(?P<mw>\d{{1,2}}|{_MINUTE_WORD})\s+minutes?|(?P<part>(?:a\s+)?quarter|half))"
            rf"\s+(?P<side>past|to)\s+(?P<h5>{_HOUR_WORD})(?![\s-]+{UNIT})(?:\s+o['’]clock)?)"
            # "Local time" names no zone: it belongs to the time only before the day it is on.
            rf"(?:\s+{ZONE}|\s+local\s+time(?=\s*,?\s+(?:on\s+)?(?:{WEEKDAY}|{MONTH}|\d"
            r"|today|yesterday|tomorrow|tonight)))?"
            rf"(?:\s*,?\s+(?:on\s+)?(?P<day>{DAY_SPEC}))?"
        ),
        times.build_time,
    ),
    Rule(
        "24-hour clock",
        compile_rule(
            rf"(?P<h>[01]\d|2[0-4])(?P<mi>[0-5]\d)\s*(?:{TIMEZONE}|hours|hrs)"
            rf"(?:\s*,?\s+(?:on\s+)?(?P<day>{DAY_SPEC}))?"
        ),
        times.build_clock_24,
    ),
    Rule(
        "relative period",
        compile_rule(
            rf"(?P<pos>{POSITION}|earlier\s+|later\s+)?"
            r"(?P<rel>this\s+past|this\s+coming|the\s+past|the\s+last|the\s+next|the\s+coming"
            r"|the\s+current|the\s+previous|the\s+following|the\s+same|the\s+preceding|the\s+prior"
            r"|that\s+same"
            r"|the\s+latest|the\s+most\s+recent"
            r"|this|last|next|past|coming|current|previous|prior|that)\s+(?:fiscal\s+)?"
            r"(?P<unit>day|week|weekend|fortnight|month|quarter|year|decade|century|half)" + _OR_SO
        ),
        periods.build_relative,
    ),
    Rule(
        "earlier in the period",
        compile_rule(r"(?P<pos>earlier|later)\s+in\s+(?P<rel>the)\s+(?P<unit>day|week|month|year)"),
        periods.build_relative,
    ),
    Rule(
        "day next to a day",
        compile_rule(
            rf"(?:the\s+)?day\s+(?P<dir>before|after)\s+(?:(?P<rel>last|next|this)\s+)?"
            rf"(?:(?P<weekday>{WEEKDAY})|(?P<month>{MONTH})\s*(?P<day>{DAY})"
            rf"|(?P<name>{_HOLIDAY})(?:\s*,?\s*(?P<year>{YEAR}))?)"
        ),
        offsets.build_day_next_to,
    ),
    Rule(
        "unit next to the one told",
        compile_rule(
            r"the\s+(?P<unit>day|night|week|month|year)\s+(?P<dir>before|after)"
            r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:he|she|it|they|we|i|you|had|was|were|and|but)\b)"
        ),
        offsets.build_unit_next_to,
    ),
    Rule(
        "this time last year",
        compile_rule(
            r"(?:this|the\s+same)\s+time\s+(?P<rel>last|next)\s+(?P<unit>year|month|week)"
        ),
        offsets.build_this_time,
    ),
    Rule(
        "weekday of a month",
        compile_rule(
            rf"(?:the\s+)?(?P<ord>first|second|third|fourth|last)\s+(?P<weekday>{_WEEKDAY_FULL})"
            rf"\s+(?:in|of)\s+(?P<month>{MONTH})(?:\s*,?\s*(?P<year>{YEAR}))?"
        ),
        offsets.build_weekday_of_month,
    ),
    Rule(
        "weekend",
        compile_rule(r"the\s+weekend"),
        periods.build_weekend,
    ),
    Rule(
        "per unit",
        compile_rule(
            rf"(?P<freq>once|twice|thrice|(?:{_NUMBER}|several|many)\s+times)\s+"
            r"(?:a|an|per)\s+(?P<unit>day|week|month|year|hour|minute|quarter)"
        ),
        periods.build_per_unit,
    ),
    Rule(
        "duration",
        compile_rule(
            rf"(?:(?P<qmod>{QUANTITY})|the\s+(?!{_COUNT_ADJECTIVE}))?"
            rf"(?:(?:past|{_NOT_THE_VERB_LAST}last|next|first|coming|previous|final|remaining"
            r"|following|latest"
            r"|initial|entire|whole|full|same)\s+)?"
            rf"(?P<count>{COUNT})(?:\s+(?:to|or)\s+{_NUMBER})?[\s-]+(?:{_UNIT_ADJECTIVE}\s+)?"
            rf"(?P<unit>{UNIT})(?P<half>\s+and\s+a\s+half)?(?![\s-]+old\b){_OR_SO}"
            r"(?:\s+(?P<dir>ago|earlier|from\s+now|hence|back))?"
        ),
        periods.build_duration,
    ),
    Rule(
        "seasons",
        compile_rule(
            r"(?:the\s+)?(?:past|last|previous|next|coming|first)\s+"
            rf"(?P<count>{_NUMBER})(?:\s+{_UNIT_ADJECTIVE})?\s+seasons"
        ),
        periods.build_seasons,
    ),
    Rule(
        "compound duration",
        compile_rule(
            rf"(?P<qmod>{QUANTITY})?(?P<c1>{COUNT})[\s-]+(?P<u1>{UNIT})\s*,?\s*(?:and\s+)?"
            rf"(?P<c2>{COUNT})[\s-]+(?P<u2>{UNIT})"
        ),
        compounds.build_compound,
    ),
    Rule(
        "unit and a half",
        compile_rule(
            r"(?:the\s+)?(?:past|last|next|coming|first|previous|following)\s+"
            r"(?P<unit>year|month|week|day|hour)\s+and\s+a\s+half"
        ),
        compounds.build_unit_and_a_half,
    ),
    Rule(
        "bare plural",
        compile_rule(
            rf"(?P<qmod>{QUANTITY})?(?P<unit>{_PLURAL_UNIT})(?:\s+(?:or|and)\s+{_PLURAL_UNIT})?"
            r"(?:\s+(?P<dir>ago))?"
        ),
        periods.build_bare_plural,
    ),
    Rule(
        "recent units",
        compile_rule(
            r"(?P<rel>recent|coming|past|future)\s+"
            rf"(?P<unit>{_PLURAL_UNIT}|quarters)(?:\s+(?:or|and)\s+{_PLURAL_UNIT})?"
        ),
        periods.build_recent_units,
    ),
    Rule(
        "ordinal day",
        compile_rule(rf"(?:the\s+)?(?P<ord>{ORDINAL})\s+day(?=\s+(?:of|in|since|after)\b)"),
        periods.build_ordinal_day,
    ),
    Rule(
        "long or old",
        compile_rule(
            rf"(?:(?P<count>{_NUMBER})-)?(?P<unit>{UNIT})-long|(?P<plural>{_PLURAL_UNIT})-old"
        ),
        periods.build_long_or_old,
    ),
    Rule(
        "the units",
        compile_rule(rf"the\s+(?P<unit>{_PLURAL_UNIT})(?P<ahead>\s+(?:ahead|to\s+come))?"),
        periods.build_the_units,
    ),
    Rule(
        "reference",
        compile_rule(rf"(?P<word>{alternation(periods.REFS)})"),
        periods.build_ref,
    ),
    Rule(
        "set word",
        compile_rule(
            rf"(?:(?:once|twice|thrice|{_NUMBER}\s+times)\s+)?"
            rf"(?P<word>{alternation(periods.SET_WORDS)})"
        ),
        periods.build_set_word,
    ),
    Rule(
        "every",
        compile_rule(
            r"(?:every|each|per)\s+(?P<other>other\s+)?(?:(?P<count>"
            + COUNT
            + rf")(?:\s+(?:to|or)\s+{_NUMBER})?\s+)?(?:(?P<month>{MONTH})(?:\s*(?P<day>{DAY}))?"
            + rf"|(?P<what>{UNIT}|{WEEKDAY}|{SEASON}|morning|afternoon|evening|night))"
        ),
        periods.build_every,
    ),
    Rule(
        "holiday",
        compile_rule(
            rf"(?:(?P<rel>last|next|this)\s+)?(?P<name>{_HOLIDAY})(?:\s*,?\s*(?P<year>{YEAR}))?"
            r"(?:\s+(?P<week>week|weekend)\b)?"
        ),
        dates.build_holiday,
    ),
)


#: Words a temporal expression can hinge on: the tagger only tries rules near them.
HEAD_WORDS: frozenset[str] = frozenset(
    {
        *lexicon.MONTHS,
        *lexicon.WEEKDAYS,
        *(w + "s" for w in lexicon.WEEKDAYS),
        *lexicon.SEASONS,
        *lexicon.PARTS_OF_DAY,
        *lexicon.UNITS,
        *(w + "s" for w in lexicon.UNITS),
        "centuries",
        *lexicon.CARDINALS,
        *lexicon.DECADE_WORDS,
        *(w.split()[-1] for w in periods.REFS),
        "period",
        "half",
        *periods.SET_WORDS,
        "semi",
        "today",
        "yesterday",
        "tomorrow",
        "tonight",
        "noon",
        "midnight",
        "midday",
        "midyear",
        "christmas",
        "eid",
        "seasons",
        "thanksgiving",
        "easter",
        "halloween",
        "juneteenth",
        "valentine",
        "fiscal",
        "every",
        "each",
    }
)

#: Words that can open an expression before its head word ("the", "about", "early", "last").
OPENING_WORDS: frozenset[str] = frozenset(
    [
        *lexicon.ORDINALS,
        "the",
        "a",
        "an",
        "last",
        "next",
        "this",
        "that",
        "these",
        "early",
        "late",
        "later",
        "earlier",
        "mid",
        "middle",
        "end",
        "beginning",
        "start",
        "turn",
        "close",
        "of",
        "very",
        "about",
        "around",
        "approximately",
        "roughly",
        "some",
        "nearly",
        "almost",
        "more",
        "than",
        "over",
        "less",
        "under",
        "at",
        "least",
        "most",
        "up",
        "to",
        "just",
        "only",
        "fully",
        "barely",
        "past",
        "coming",
        "current",
        "previous",
        "prior",
        "following",
        "same",
        "preceding",
        "first",
        "second",
        "third",
        "fourth",
        "final",
        "1st",
        "2nd",
        "3rd",
        "4th",
        "fiscal",
        "calendar",
        "model",
        "fy",
        "every",
        "each",
        "per",
        "other",
        "right",
        "shortly",
        "recent",
        "latest",
        "remaining",
        "initial",
        "entire",
        "whole",
        "full",
        "new",
        "independence",
        "labor",
        "memorial",
        "st",
        "valentine",
        "mother",
        "father",
        "presidents",
        "columbus",
        "martin",
        "luther",
        "king",
        "veterans",
        "boxing",
        "good",
        "armistice",
        "patrick",
        "jr",
        "year",
        "ago",
        "earlier",
        "in",
        "election",
        "time",
        "'",
        "’",
        "shortly",
        "after",
        "before",
        "few",
        "couple",
        "several",
        "many",
        "dozen",
        "half",
        "numerous",
        "additional",
        "further",
        "straight",
        "consecutive",
        "trading",
        "business",
        "working",
        "nineteen",
        "eighteen",
        "near",
        "short",
        "no",
        "corresponding",
        "comparable",
        "pre",
        "post",
        "once",
        "twice",
        "thrice",
        "times",
    ]
)
