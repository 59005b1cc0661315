"""The first-level divisions of every country (states, provinces, regions) under the names
English news gives them, built from the ISO 3166-2 table the ``pycountry`` package ships."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

# Kinds of division that are towns or parts of towns, not provinces: their names are the
# cities' own, or too small and too many to be told from ordinary words.
_LOCAL_TYPES = frozenset(
    {
        "Autonomous city",
        "Borough",
        "Capital city",
        "Capital district",
        "City",
        "City with county rights",
        "Commune",
        "District",
        "Local council",
        "Metropolitan administration",
        "Metropolitan city",
        "Municipality",
        "Parish",
        "Quarter",
        "Rayon",
        "Special administrative city",
        "Special city",
        "Special municipality",
        "Town",
        "Urban municipality",
        "Administrative atoll",
    }
)
# Countries whose ISO top level groups the provinces news names ("West Java", "Cebu"): their
# provinces are the level below.
_GROUPED = frozenset({"ID", "PH"})
# The US states come from the gazetteer package with the cities; Britain's nations are
# aliases of the country there.
_ELSEWHERE = frozenset({"US"})

# Administrative words the ISO names carry that English news leaves out ("Sichuan Sheng").
_SUFFIX = re.compile(
    r"\s+(?:Sheng|Shi|(?:Zhuangzu |Huizu |Uygur )?Zizhiqu|SAR|oblast'?|oblysy|kray|"
    r"Respublikasi|avtonomnyy okrug|kraj|City)$"
    r"|-(?:do|gwangyeoksi|teukbyeolsi|teukbyeoljachido)$"
)
# Words for the unit after an inverted name ("Murcia, Región de", "Adygeya, Respublika").
_INVERTED_UNIT = re.compile(r"[^,]+, (?:Respublika|Principado de|Región de|Comunidad.*|Région)")
# Division names that are ordinary English words, people's names or brands: a place only
# with its unit after it ("Delta State", "Meta Department", "Shan State").
_WORD_NAMES = frozenset(
    (
        "Acre", "Alba", "Bay", "Bolivar", "Bolívar", "Caldas", "Cesar", "Chihuahua", "Chin",
        "Colon", "Colón", "Concepción", "Cortés", "Delta", "Durango", "Edo", "Falcón", "Flores",
        "Florida", "Gilbert", "Guerrero", "Herrera", "Hidalgo", "Ica", "Imo",
        "Lakes", "Lara", "León", "Littoral", "Loreto", "Magdalena", "Maldonado", "Marlborough",
        "Maritime", "Mary", "Meta", "Miranda", "Mon", "Morelos", "Nan", "Nara", "Nelson",
        "Pará", "Pest", "Plateau", "Plateaux", "Pool", "Rivera", "Rivers", "Rocha", "Saga",
        "Sahel", "San Martín", "Santa Cruz", "Santander", "Savannah", "Savanes", "Shan",
        "Soriano", "Sucre", "Surin", "Tabasco", "Tak", "Trujillo", "Unity", "Victoria", "Volta",
        "Zamora", "Cascades", "Collines", "Kasai", "Copperbelt", "Midlands", "Guadalcanal",
        # named after their river
        "Blue Nile", "White Nile", "Upper Nile", "Tana River", "River Nile",
        # named after their sea or gulf
        "Red Sea", "Gulf", "Mara",
    )
)  # fmt: skip
# Words that only say where in a country: a name made of them alone is no place's own.
_COMPASS = frozenset(
    "North South East West Northern Southern Eastern Western Central Centre Center Upper "  # noqa: SIM905
    "Lower Greater Far Middle Capital National Coast Coastal Region Province Nord Sud Est "
    "Ouest Centrale Norte Sul Sur Leste Oriental Occidental Islands Northeast Northwest "
    "Southeast Southwest North-Western North-Eastern".split()
)
# The unit words that follow a division's name.
_UNITS = frozenset(
    "State Province Region Department County Governorate Prefecture Territory Division "  # noqa: SIM905
    "Canton Emirate Oblast".split()
)
# Indonesian places put the direction after the name ("Jawa Barat" is West Java).
_INDONESIAN_DIRECTIONS = {
    "Barat Daya": "Southwest",
    "Barat": "West",
    "Timur": "East",
    "Tengah": "Central",
    "Utara": "North",
    "Selatan": "South",
    "Tenggara": "Southeast",
}
_INDONESIAN_NAMES = {"Jawa": "Java", "Sumatera": "Sumatra"}

# The English names news uses where the ISO table has only the local one, by ISO code; the
# first is the name the product shows.
_EXONYMS: dict[str, tuple[str, ...]] = {
    "AT-2": ("Carinthia",),
    "AT-3": ("Lower Austria",),
    "AT-4": ("Upper Austria",),
    "AT-6": ("Styria",),
    "AT-7": ("Tyrol",),
    "AT-9": ("Vienna",),
    "BE-BRU": ("Brussels",),
    "BE-VLG": ("Flanders",),
    "BE-WAL": ("Wallonia",),
    "CH-GE": ("Geneva",),
    "CH-LU": ("Lucerne",),
    "CH-ZH": ("Zurich",),
    "CL-RM": ("Santiago Metropolitan Region",),
    "CN-NM": ("Inner Mongolia",),
    "CN-XZ": ("Tibet",),
    "DE-BW": ("Baden-Württemberg", "Baden-Wuerttemberg"),
    "DE-BY": ("Bavaria",),
    "DE-HE": ("Hesse",),
    "DE-MV": ("Mecklenburg-Western Pomerania",),
    "DE-NI": ("Lower Saxony",),
    "DE-NW": ("North Rhine-Westphalia",),
    "DE-RP": ("Rhineland-Palatinate",),
    "DE-SN": ("Saxony",),
    "DE-ST": ("Saxony-Anhalt",),
    "DE-TH": ("Thuringia",),
    "ES-AN": ("Andalusia",),
    "ES-AR": ("Aragon",),
    "ES-CL": ("Castile and León", "Castile and Leon"),
    "ES-CM": ("Castilla-La Mancha", "Castile-La Mancha"),
    "ES-CN": ("Canary Islands",),
    "ES-CT": ("Catalonia",),
    "ES-IB": ("Balearic Islands",),
    "ES-NC": ("Navarre",),
    "ES-PV": ("Basque Country",),
    "ES-VC": ("Valencian Community", "Valencia region"),
    "FR-20R": ("Corsica",),
    "FR-BFC": ("Burgundy-Franche-Comté",),
    "FR-BRE": ("Brittany",),
    "FR-GES": ("Grand Est",),
    "FR-NOR": ("Normandy",),
    "FR-OCC": ("Occitania",),
    "FR-PAC": ("Provence-Alpes-Côte d'Azur", "Provence"),
    "FR-PDL": ("Pays de la Loire",),
    "GR-69": ("Mount Athos",),
    "GR-A": ("Eastern Macedonia and Thrace",),
    "GR-B": ("Central Macedonia",),
    "GR-C": ("Western Macedonia",),
    "GR-D": ("Epirus",),
    "GR-E": ("Thessaly",),
    "GR-F": ("Ionian Islands",),
    "GR-G": ("Western Greece",),
    "GR-H": ("Central Greece",),
    "GR-I": ("Attica",),
    "GR-J": ("Peloponnese",),
    "GR-K": ("North Aegean",),
    "GR-L": ("South Aegean",),
    "GR-M": ("Crete",),
    "IQ-AN": ("Anbar",),
    "IQ-KR": ("Kurdistan Region",),
    "IQ-NI": ("Nineveh",),
    "IQ-SD": ("Salahuddin", "Salahuddin province"),
    "IT-21": ("Piedmont",),
    "IT-23": ("Aosta Valley",),
    "IT-25": ("Lombardy",),
    "IT-32": ("Trentino-Alto Adige", "Trentino-South Tyrol"),
    "IT-52": ("Tuscany",),
    "IT-75": ("Apulia",),
    "IT-82": ("Sicily",),
    "IT-88": ("Sardinia",),
    "KR-41": ("Gyeonggi",),
    "KR-42": ("Gangwon",),
    "KR-43": ("North Chungcheong",),
    "KR-44": ("South Chungcheong",),
    "KR-45": ("North Jeolla",),
    "KR-46": ("South Jeolla",),
    "KR-47": ("North Gyeongsang",),
    "KR-48": ("South Gyeongsang",),
    "KR-49": ("Jeju",),
    "MX-CMX": ("Mexico City",),
    "MX-COA": ("Coahuila",),
    "MX-MEX": ("Mexico State",),
    "MX-MIC": ("Michoacán", "Michoacan"),
    "MX-VER": ("Veracruz",),
    "NL-FR": ("Friesland",),
    "NL-NB": ("North Brabant",),
    "NL-NH": ("North Holland",),
    "NL-ZH": ("South Holland",),
    "PL-02": ("Lower Silesia",),
    "PL-12": ("Lesser Poland",),
    "PL-14": ("Masovia",),
    "PL-18": ("Subcarpathia",),
    "PL-22": ("Pomerania",),
    "PL-24": ("Silesia",),
    "PL-30": ("Greater Poland",),
    "PL-32": ("West Pomerania",),
    "PT-20": ("Azores",),
    "PT-30": ("Madeira",),
    "RU-AD": ("Adygea",),
    "RU-AL": ("Altai Republic",),
    "RU-BU": ("Buryatia",),
    "RU-CE": ("Chechnya",),
    "RU-CU": ("Chuvashia",),
    "RU-IN": ("Ingushetia",),
    "RU-KB": ("Kabardino-Balkaria",),
    "RU-KC": ("Karachay-Cherkessia",),
    "RU-KK": ("Khakassia",),
    "RU-KL": ("Kalmykia",),
    "RU-KR": ("Karelia",),
    "RU-ME": ("Mari El",),
    "RU-MO": ("Mordovia",),
    "RU-SA": ("Yakutia", "Sakha"),
    "RU-SE": ("North Ossetia",),
    "RU-TY": ("Tuva",),
    "RU-UD": ("Udmurtia",),
    "RU-CHU": ("Chukotka",),
    "RU-KHM": ("Khanty-Mansi",),
    "RU-NEN": ("Nenets",),
    "RU-YAN": ("Yamalo-Nenets",),
    "RU-YEV": ("Jewish Autonomous Oblast",),
    "UA-43": ("Crimea",),
    "ZA-KZN": ("KwaZulu-Natal",),
}
# Russian and Ukrainian oblasts and krais are named by their centre's city in English news
# ("the Kursk region", "Donetsk Oblast"): the city's name(s) by ISO code.
_CENTRES: dict[str, tuple[str, ...]] = {
    "RU-ALT": ("Altai",),
    "RU-AMU": ("Amur",),
    "RU-ARK": ("Arkhangelsk",),
    "RU-AST": ("Astrakhan",),
    "RU-BEL": ("Belgorod",),
    "RU-BRY": ("Bryansk",),
    "RU-CHE": ("Chelyabinsk",),
    "RU-IRK": ("Irkutsk",),
    "RU-IVA": ("Ivanovo",),
    "RU-KAM": ("Kamchatka",),
    "RU-KDA": ("Krasnodar",),
    "RU-KEM": ("Kemerovo",),
    "RU-KGD": ("Kaliningrad",),
    "RU-KGN": ("Kurgan",),
    "RU-KHA": ("Khabarovsk",),
    "RU-KIR": ("Kirov",),
    "RU-KLU": ("Kaluga",),
    "RU-KOS": ("Kostroma",),
    "RU-KRS": ("Kursk",),
    "RU-KYA": ("Krasnoyarsk",),
    "RU-LEN": ("Leningrad",),
    "RU-LIP": ("Lipetsk",),
    "RU-MAG": ("Magadan",),
    "RU-MOS": ("Moscow",),
    "RU-MUR": ("Murmansk",),
    "RU-NGR": ("Novgorod",),
    "RU-NIZ": ("Nizhny Novgorod",),
    "RU-NVS": ("Novosibirsk",),
    "RU-OMS": ("Omsk",),
    "RU-ORE": ("Orenburg",),
    "RU-ORL": ("Oryol", "Orel"),
    "RU-PER": ("Perm",),
    "RU-PNZ": ("Penza",),
    "RU-PRI": ("Primorsky", "Primorye"),
    "RU-PSK": ("Pskov",),
    "RU-ROS": ("Rostov",),
    "RU-RYA": ("Ryazan",),
    "RU-SAK": ("Sakhalin",),
    "RU-SAM": ("Samara",),
    "RU-SAR": ("Saratov",),
    "RU-SMO": ("Smolensk",),
    "RU-STA": ("Stavropol",),
    "RU-SVE": ("Sverdlovsk",),
    "RU-TAM": ("Tambov",),
    "RU-TOM": ("Tomsk",),
    "RU-TUL": ("Tula",),
    "RU-TVE": ("Tver",),
    "RU-TYU": ("Tyumen",),
    "RU-ULY": ("Ulyanovsk",),
    "RU-VGG": ("Volgograd",),
    "RU-VLA": ("Vladimir",),
    "RU-VLG": ("Vologda",),
    "RU-VOR": ("Voronezh",),
    "RU-YAR": ("Yaroslavl",),
    "RU-ZAB": ("Zabaykalsky",),
    "UA-05": ("Vinnytsia",),
    "UA-07": ("Volyn",),
    "UA-09": ("Luhansk",),
    "UA-12": ("Dnipropetrovsk",),
    "UA-14": ("Donetsk",),
    "UA-18": ("Zhytomyr",),
    "UA-21": ("Zakarpattia",),
    "UA-23": ("Zaporizhzhia", "Zaporizhia"),
    "UA-26": ("Ivano-Frankivsk",),
    "UA-32": ("Kyiv", "Kiev"),
    "UA-35": ("Kirovohrad",),
    "UA-46": ("Lviv",),
    "UA-48": ("Mykolaiv",),
    "UA-51": ("Odesa", "Odessa"),
    "UA-53": ("Poltava",),
    "UA-56": ("Rivne",),
    "UA-59": ("Sumy",),
    "UA-61": ("Ternopil",),
    "UA-63": ("Kharkiv",),
    "UA-65": ("Kherson",),
    "UA-68": ("Khmelnytskyi",),
    "UA-71": ("Cherkasy",),
    "UA-74": ("Chernihiv",),
    "UA-77": ("Chernivtsi",),
}


@dataclass(frozen=True)
class Province:
    """A first-level division: the name the product shows, the other names news writes for
    it, and the ISO code of its country."""

    name: str
    country: str
    forms: tuple[str, ...]


@cache
def provinces() -> tuple[Province, ...]:
    """Every country's first-level divisions (Indonesia's and the Philippines' one level
    down), with English names where news has its own."""
    import pycountry  # noqa: PLC0415 - 0.1 s at import; needed once, when places are first looked up

    tops = [s for s in pycountry.subdivisions if s.parent_code is None]
    grouped = {s.code for s in tops if s.country_code in _GROUPED}
    found = []
    for division in pycountry.subdivisions:
        if division.country_code in _ELSEWHERE or division.type in _LOCAL_TYPES:
            continue
        if division.country_code in _GROUPED:
            if division.parent_code not in grouped:
                continue
        elif division.parent_code is not None:
            continue
        found.append(_province(division.code, division.name, division.type, division.country_code))
    return tuple(found)


def _province(code: str, iso_name: str, kind: str, country: str) -> Province:
    """One division under its English names."""
    local = [_english(name, country) for name in _local_names(iso_name)]
    if any(_word_like(name) for name in local):
        # Only "Delta State", "Rivers state", "Meta Department" say the word is a place.
        unit = kind.split()[-1].title() if kind.split()[-1].title() in _UNITS else "Region"
        local = [n if n.endswith(f" {unit}") else f"{n} {unit}" for n in local]
        local += [f"{n.removesuffix(unit)}{unit.lower()}" for n in local]
    centres = _CENTRES.get(code, ())
    unit = "Krai" if iso_name.endswith(" kray") else "Oblast"
    named = [f"{centre} {unit}" for centre in centres]
    named += [f"{centre} {word}" for centre in centres for word in (unit.lower(), "region")]
    named += [f"{centre} Region" for centre in centres]
    names = [*_EXONYMS.get(code, ()), *named, *local]
    folded = [fold(name) for name in names]
    forms = tuple(dict.fromkeys(n for n in [*names, *folded] if n))
    return Province(_display(names[0]), country, forms)


def _word_like(name: str) -> bool:
    """Whether a division's name is also an ordinary word or a person's name ("Delta",
    "Guerrero"), or only says where in a country ("Western", "North-West")."""
    return name in _WORD_NAMES or all(w in _COMPASS for w in re.split(r"[ -]", name))


def _local_names(iso_name: str) -> list[str]:
    """The names an ISO entry gives, its administrative words left out: "Catalunya
    [Cataluña]" -> Catalunya, Cataluña; "Ilocos (Region I)" -> Ilocos."""
    bracketed = re.fullmatch(r"(.*?)\s*\[(.*)\]", iso_name)
    names = [bracketed[1], bracketed[2]] if bracketed else [iso_name]
    out = []
    for name in names:
        name = re.sub(r"\s*\(.*\)$", "", name)
        if re.search(r"[A-Z]{2}-", name):
            continue  # a code given as an alternative ("Cymru GB-CYM")
        if _INVERTED_UNIT.fullmatch(name):
            name = name.split(", ")[0]
        out.append(_SUFFIX.sub("", name).strip())
    return out


def _english(name: str, country: str) -> str:
    """A local name in English word order where the rule is regular ("Jawa Barat" -> West
    Java)."""
    if country != "ID":
        return name
    for local, english in _INDONESIAN_NAMES.items():
        name = re.sub(rf"\b{local}\b", english, name)
    if name.startswith("Kepulauan "):
        return f"{name.removeprefix('Kepulauan ')} Islands"
    for local, direction in _INDONESIAN_DIRECTIONS.items():
        if name.endswith(f" {local}"):
            return f"{direction} {name.removesuffix(f' {local}')}"
    return name


def fold(name: str) -> str:
    """A name without diacritics, as news wires write it ("Bihār" -> Bihar, "Şanlıurfa" ->
    Sanliurfa)."""
    if name.isascii():
        return name
    decomposed = unicodedata.normalize("NFKD", name.translate(_UNDOTTED))
    return decomposed.encode("ascii", "ignore").decode()


# Letters that have no decomposition into a plain letter and a mark.
_UNDOTTED = str.maketrans(
    {
        "ı": "i",
        "İ": "I",
        "ł": "l",
        "Ł": "L",
        "Đ": "D",
        "đ": "d",
        "ð": "d",
        "Ø": "O",
        "ø": "o",
        "æ": "ae",
        "ß": "ss",
        "’": "'",
        "‘": "'",
        "ʻ": "'",
    }
)


def _display(name: str) -> str:
    """The name shown for a division: an English name as written, a romanised one (macrons,
    dots) folded."""
    return name if name.isascii() or _orthographic(name) else fold(name)


def _orthographic(name: str) -> bool:
    """Whether a name's marks are those of a language written in Latin letters (é, ñ, ü, ô,
    ç), not the macrons and dots of a romanisation."""
    marks = {
        unicodedata.name(c)
        for c in unicodedata.normalize("NFKD", name.translate(_UNDOTTED))
        if unicodedata.combining(c)
    }
    return marks <= _ORTHOGRAPHIC_MARKS


_ORTHOGRAPHIC_MARKS = frozenset(
    {
        "COMBINING ACUTE ACCENT",
        "COMBINING GRAVE ACCENT",
        "COMBINING CIRCUMFLEX ACCENT",
        "COMBINING TILDE",
        "COMBINING DIAERESIS",
        "COMBINING CEDILLA",
    }
)
