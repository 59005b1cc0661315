"""The offline gazetteer: names, aliases and adjectives in text -> canonical places."""

from __future__ import annotations

import pytest

from feeds.places import canonical, country_code, find_places


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
    assert find_places("British Columbia Premier David Eby is due to visit") == ()
    assert find_places("the Kyrgyz President said") == ("Kyrgyzstan",)
