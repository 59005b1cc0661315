"""The offline gazetteer: names, aliases and adjectives in text -> canonical places."""

from __future__ import annotations

import pytest

from feeds.places import canonical, country_code, country_of, find_places, place_kind


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("The Kyrgyz parliament met in Bishkek.", ("Kyrgyzstan", "Bishkek")),
        ("U.S. officials flew to the UK.", ("United States", "United Kingdom")),
        ("Uzbek and Kazakh ministers met.", ("Uzbekistan", "Kazakhstan")),
        ("The China-Central Asia forum opened in Yinchuan.", ("China", "Central Asia", "Yinchuan")),
        ("Experts from central Asian countries spoke.", ("Central Asia",)),
        ("Delegates reached Nur-Sultan, then Astana again.", ("Astana",)),
        ("Talks took place in Texas and in the Netherlands.", ("Texas", "Netherlands")),
        ("Kazakhstan's capital hosted the summit.", ("Kazakhstan",)),
        ("The stage splashed down in the Indian Ocean.", ()),
        ("Indian Prime Minister Narendra Modi met Xi.", ("India",)),
    ],
)
def test_places_named_in_text(text: str, places: tuple[str, ...]) -> None:
    assert find_places(text) == places


@pytest.mark.parametrize(
    "text",
    [
        "The Washington Post reported it.",
        "George Washington crossed the river.",
        "Nice weather helped the harvest.",
        "Mary Smith said the Shanghai Cooperation Organization met.",
        "Sales rose in March.",
    ],
)
def test_names_that_only_contain_a_place_word_are_not_places(text: str) -> None:
    assert find_places(text) == ()


def test_a_place_followed_by_an_institution_word_is_still_placed() -> None:
    assert find_places("He studied at Tashkent State University.") == ("Tashkent",)


@pytest.mark.parametrize(
    ("name", "place"),
    [("Kyrgyz", "Kyrgyzstan"), ("NEW YORK", "New York"), ("Yinchuan", "Yinchuan"), ("Zzz", None)],
)
def test_canonical_names(name: str, place: str | None) -> None:
    assert canonical(name) == place


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Lagos", "NG"),
        ("Kyrgyz", "KG"),
        ("Texas", "US"),
        ("U.S.", "US"),
        ("Tashkent", "UZ"),
        ("Central Asia", None),
        ("Atlantis", None),
    ],
)
def test_country_codes_of_cities_states_countries_and_demonyms(name: str, code: str | None) -> None:
    assert country_code(name) == code


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("A flash flood swept away a hamlet in Lao Cai province on Tuesday.", ("Lào Cai",)),
        ("The Lao government declared an emergency.", ("Laos",)),
        ("Kyrgyz President Sadyr Japarov signed the law.", ("Kyrgyzstan",)),
        ("Kenyan Eliud Kipchoge won the race.", ("Kenya",)),
        ("Mexicans elected a new president.", ("Mexico",)),
    ],
)
def test_a_country_adjective_before_a_single_name_word_is_part_of_that_name(
    text: str, places: tuple[str, ...]
) -> None:
    assert find_places(text) == places


def test_brent_is_the_oil_benchmark_not_the_london_borough() -> None:
    assert find_places("Brent crude fell 1.2% to $68.40 a barrel in London.") == ("London",)


def test_an_adjective_before_a_name_word_and_an_office_is_no_country() -> None:
    # The province's own name, not Britain's adjective.
    assert find_places("British Columbia Premier David Eby is due to visit") == (
        "British Columbia",
    )
    assert find_places("the Kyrgyz President said") == ("Kyrgyzstan",)


@pytest.mark.parametrize(
    ("text", "places", "countries"),
    [
        ("Heavy rain flooded parts of Sichuan province on Sunday.", ("Sichuan",), ("China",)),
        ("Authorities in Guangdong ordered factories to close.", ("Guangdong",), ("China",)),
        ("A magnitude 5.5 quake struck Xinjiang early Monday.", ("Xinjiang",), ("China",)),
        ("Herders in Inner Mongolia lost thousands of sheep.", ("Inner Mongolia",), ("China",)),
        ("Police in Tibet detained two monks.", ("Tibet",), ("China",)),
        ("Monsoon floods killed 12 people in Assam.", ("Assam",), ("India",)),
        ("Voters in Bihar go to the polls in November.", ("Bihar",), ("India",)),
        ("The Kerala government declared a holiday.", ("Kerala",), ("India",)),
        ("A bus fell into a gorge in Himachal Pradesh.", ("Himachal Pradesh",), ("India",)),
        ("Farmers in Uttar Pradesh protested the new law.", ("Uttar Pradesh",), ("India",)),
        ("Gunmen attacked a convoy in Balochistan.", ("Balochistan",), ("Pakistan",)),
        (
            "Floods swept through Sindh and Khyber Pakhtunkhwa.",
            ("Sindh", "Khyber Pakhtunkhwa"),
            ("Pakistan", "Pakistan"),
        ),
        (
            "Wildfires in Ontario and Quebec forced evacuations.",
            ("Ontario", "Québec"),
            ("Canada", "Canada"),
        ),
        ("Alberta's premier met oil executives.", ("Alberta",), ("Canada",)),
        (
            "Voters in British Columbia elected a new legislature.",
            ("British Columbia",),
            ("Canada",),
        ),
        ("Cyclone Alfred neared Queensland on Thursday.", ("Queensland",), ("Australia",)),
        ("Bushfires burned across New South Wales.", ("New South Wales",), ("Australia",)),
        ("Tasmania's parliament was dissolved.", ("Tasmania",), ("Australia",)),
        ("Floods hit Bahia state on Friday.", ("Bahia",), ("Brazil",)),
        ("Fires spread in Mato Grosso and Pará.", ("Mato Grosso",), ("Brazil",)),
        ("Rio Grande do Sul declared a state of emergency.", ("Rio Grande do Sul",), ("Brazil",)),
        ("Cartel violence flared in Sinaloa.", ("Sinaloa",), ("Mexico",)),
        ("Temperatures topped 45C in Nuevo León.", ("Nuevo León",), ("Mexico",)),
        ("Gunmen killed a mayor in Guerrero state.", ("Guerrero State",), ("Mexico",)),
        ("A storm made landfall in Baja California Sur.", ("Baja California Sur",), ("Mexico",)),
        ("Vineyards in Mendoza lost half their harvest.", ("Mendoza",), ("Argentina",)),
        ("Wildfires spread in Córdoba province.", ("Córdoba",), ("Argentina",)),
        ("Workers in Neuquén blocked the oil fields.", ("Neuquén",), ("Argentina",)),
        ("Gunmen abducted 20 students in Kaduna state.", ("Kaduna",), ("Nigeria",)),
        ("Flooding in Borno displaced thousands.", ("Borno",), ("Nigeria",)),
        ("Militants attacked a pipeline in Delta State.", ("Delta State",), ("Nigeria",)),
        ("The governor of Rivers State resigned.", ("Rivers State",), ("Nigeria",)),
        ("Floods in KwaZulu-Natal killed 22 people.", ("KwaZulu-Natal",), ("South Africa",)),
        ("Water cuts hit Gauteng for a third week.", ("Gauteng",), ("South Africa",)),
        ("Farmers in the Western Cape counted losses.", ("Western Cape",), ("South Africa",)),
        (
            "Storms hit Bavaria and Baden-Württemberg.",
            ("Bavaria", "Baden-Württemberg"),
            ("Germany", "Germany"),
        ),
        ("Voters in Lower Saxony backed the coalition.", ("Lower Saxony",), ("Germany",)),
        (
            "Floods in North Rhine-Westphalia closed roads.",
            ("North Rhine-Westphalia",),
            ("Germany",),
        ),
        ("Farmers in Lombardy asked for drought aid.", ("Lombardy",), ("Italy",)),
        (
            "Wildfires burned across Sicily and Sardinia.",
            ("Sicily", "Sardinia"),
            ("Italy", "Italy"),
        ),
        ("Tuscany's wine harvest was early.", ("Tuscany",), ("Italy",)),
        ("Catalonia's parliament met on Monday.", ("Catalonia",), ("Spain",)),
        ("A heatwave hit Andalusia.", ("Andalusia",), ("Spain",)),
        ("Police in the Basque Country arrested two men.", ("Basque Country",), ("Spain",)),
        (
            "Storm Ciaran battered Brittany and Normandy.",
            ("Brittany", "Normandy"),
            ("France", "France"),
        ),
        ("Drones struck the Kursk region overnight.", ("Kursk Oblast",), ("Russia",)),
        ("Shelling hit the Belgorod region.", ("Belgorod Oblast",), ("Russia",)),
        ("Troops advanced in the Donetsk region.", ("Donetsk Oblast",), ("Ukraine",)),
        ("Power was cut in the Kharkiv region.", ("Kharkiv Oblast",), ("Ukraine",)),
        ("Missiles hit Odesa Oblast.", ("Odesa Oblast",), ("Ukraine",)),
        ("Russia annexed Crimea in 2014.", ("Russia", "Crimea"), ("Russia", "Ukraine")),
        ("Heavy snow fell in Hokkaido.", ("Hokkaido",), ("Japan",)),
        ("A quake shook Ishikawa prefecture.", ("Ishikawa",), ("Japan",)),
        ("Okinawa's governor opposed the base.", ("Okinawa",), ("Japan",)),
        ("A volcano erupted in East Java.", ("East Java",), ("Indonesia",)),
        ("Floods struck West Sumatra.", ("West Sumatra",), ("Indonesia",)),
        ("A ferry sank off Bali.", ("Bali",), ("Indonesia",)),
        (
            "Typhoon Kristine lashed Cebu and Batangas.",
            ("Cebu", "Batangas"),
            ("Philippines", "Philippines"),
        ),
        ("Rice farmers in Pampanga lost their crop.", ("Pampanga",), ("Philippines",)),
        ("Heavy rain hit Punjab on Monday.", ("Punjab",), (None,)),
        ("Fighting spread in Shan State.", ("Shan State",), ("Myanmar",)),
    ],
)
def test_provinces_states_and_regions_of_every_country_are_found_with_their_country(
    text: str, places: tuple[str, ...], countries: tuple[str | None, ...]
) -> None:
    assert find_places(text) == places
    assert tuple(country_of(place) for place in places) == countries


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Sichuan", "China"),
        ("Bavaria", "Germany"),
        ("Bayern", "Germany"),
        ("Catalunya", "Spain"),
        ("Bihār", "India"),
        ("Donetsk region", "Ukraine"),
        ("Kursk Oblast", "Russia"),
        ("Adygea", "Russia"),
        ("West Java", "Indonesia"),
    ],
)
def test_a_province_knows_its_country_under_its_local_and_english_names(
    name: str, country: str
) -> None:
    assert country_of(name) == country
    assert place_kind(name) == "province"


@pytest.mark.parametrize(
    "text",
    [
        "Delta said its profits rose.",
        "Meta unveiled new glasses.",
        "Guerrero said the vote was fair.",
        "Rivers burst their banks across the north.",
        "The Central Bank raised rates.",
        "Western leaders met.",
        "Nelson said he would stay.",
        "Leaders discussed the Blue Nile.",
        "Ships in the Red Sea were attacked.",
        "The Organization of American States will meet.",
    ],
)
def test_a_province_named_like_a_word_or_a_person_needs_its_unit(text: str) -> None:
    assert find_places(text) == ()


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        ("Talks were held in Buenos Aires.", "Buenos Aires", "Argentina"),
        ("Islamabad hosted the talks.", "Islamabad", "Pakistan"),
        ("Lagos traffic ground to a halt.", "Lagos", "Nigeria"),
        ("Police in Jerusalem arrested two men.", "Jerusalem", "Israel"),
        ("A tourist from Kochi waited 19 hours.", "Kochi", "India"),
    ],
)
def test_a_town_keeps_a_name_it_shares_with_a_province_of_its_country_or_a_smaller_one(
    text: str, place: str, country: str
) -> None:
    assert find_places(text) == (place,)
    assert place_kind(place) == "city"
    assert country_of(place) == country


def test_a_province_takes_its_name_from_a_smaller_city_abroad() -> None:
    assert find_places("Wildfires burned in Ontario.") == ("Ontario",)
    assert country_of("Ontario") == "Canada"


def test_a_province_wins_over_a_city_alternate_name() -> None:
    assert find_places("Floods hit Bahia state.") == ("Bahia",)
    assert find_places("Floods in KwaZulu-Natal.") == ("KwaZulu-Natal",)


def test_a_province_name_two_countries_share_is_given_to_neither() -> None:
    assert find_places("Heavy rain hit Punjab.") == ("Punjab",)
    assert country_of("Punjab") is None


def test_an_office_after_a_province_keeps_the_province() -> None:
    assert find_places("Punjab Chief Minister Maryam Nawaz said") == ("Punjab",)
    assert find_places("Queensland Premier David Crisafulli said") == ("Queensland",)
