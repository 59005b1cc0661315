"""Merging: the same happening across articles is one event; different happenings stay apart."""

from __future__ import annotations

import hashlib
import random
from dataclasses import replace
from datetime import date

import pytest

from feeds.merge import key_terms, merge, same_happening
from feeds.places import find_places
from feeds.timex import to_when
from feeds.types import Candidate, Source


def candidate(
    doc: str,
    title: str,
    value: str,
    places: tuple[str, ...] = (),
    actors: tuple[str, ...] = (),
) -> Candidate:
    """A candidate from a literal title and TimeML value."""
    when = to_when(value)
    assert when is not None
    return Candidate(
        id=hashlib.sha256(f"{doc}|{title}|{value}".encode()).hexdigest()[:16],
        title=title,
        summary=f"{title}.",
        when=when,
        source=Source(doc, f"Headline of {doc}", None, date(2024, 11, 6), f"{title}."),
        places=places,
        actors=actors,
    )


def test_same_happening_in_two_articles_is_one_event_with_the_finer_date() -> None:
    day = candidate("a", "Real Madrid win the Champions League for a 15th time", "2024-06-01")
    month = candidate("b", "Real Madrid crowned European champions for the 15th time", "2024-06")
    [merged] = merge([month, day])
    assert merged.when.value == "2024-06-01"
    assert {c.id for c in merged.candidates} == {day.id, month.id}
    assert merged.candidates[0] is day
    assert "real" in merged.reason and "2 articles" in merged.reason


def test_range_around_a_day_is_compatible() -> None:
    day = candidate("a", "GDL train drivers' union stages a strike over pay", "2025-01-22")
    span = candidate(
        "b", "GDL train drivers' union strike over pay to run", "2025-01-22/2025-01-24"
    )
    assert len(merge([day, span])) == 1


def test_different_happenings_on_the_same_day_in_the_same_city_stay_two() -> None:
    forum = candidate(
        "a",
        "China-Central Asia Cooperation Forum opens in Yinchuan",
        "2024-10-26",
        places=("Yinchuan",),
    )
    museum = candidate(
        "b", "New history museum opens in Yinchuan", "2024-10-26", places=("Yinchuan",)
    )
    assert len(merge([forum, museum])) == 2


def test_same_person_doing_two_things_the_same_day_stays_two() -> None:
    becomes = candidate("a", "Keir Starmer becomes prime minister after a landslide", "2024-07-05")
    appoints = candidate("b", "Keir Starmer appoints Rachel Reeves as chancellor", "2024-07-05")
    assert len(merge([becomes, appoints])) == 2


def test_incompatible_dates_never_merge() -> None:
    a = candidate("a", "Kazakhstan and Uzbekistan sign logistics hub agreement", "2024-11-04")
    b = candidate("b", "Kazakhstan and Uzbekistan sign logistics hub agreement", "2024-11-05")
    assert len(merge([a, b])) == 2


def test_summits_in_different_named_places_stay_apart() -> None:
    a = candidate(
        "a",
        "Malaysia to host the next summit in Kuala Lumpur",
        "2025-05",
        places=("Malaysia", "Kuala Lumpur"),
    )
    b = candidate(
        "b",
        "Brazil to host the next summit in Rio de Janeiro",
        "2025",
        places=("Brazil", "Rio de Janeiro"),
    )
    assert len(merge([a, b])) == 2


def test_same_verb_same_day_and_place_with_other_words_merges() -> None:
    a = candidate(
        "a",
        "Kazakhstan and Uzbekistan sign an agreement to build a logistics hub",
        "2024-11-04",
        places=("Kazakhstan", "Uzbekistan"),
    )
    b = candidate(
        "b",
        "Transport minister signs the deal with his Uzbek counterpart in Tashkent",
        "2024-11-04",
        places=("Uzbekistan", "Tashkent"),
    )
    assert len(merge([a, b])) == 1


def test_candidates_of_one_document_never_merge_even_through_a_third() -> None:
    a1 = candidate("a", "Talks with Deutsche Bahn collapse over pay", "2025-01-17")
    a2 = candidate("a", "Talks with Deutsche Bahn collapse over pay again", "2025-01-17")
    b = candidate("b", "Talks between the union and Deutsche Bahn collapse over pay", "2025-01-17")
    groups = merge([a1, a2, b])
    assert len(groups) == 2
    for group in groups:
        documents = [c.source.document for c in group.candidates]
        assert len(documents) == len(set(documents))


def test_result_is_the_same_whatever_the_input_order() -> None:
    items = [
        candidate("a", "Real Madrid win the Champions League for a 15th time", "2024-06-01"),
        candidate("b", "Real Madrid crowned European champions for the 15th time", "2024-06"),
        candidate("c", "Real Madrid champions for the 15th time at Wembley", "2024"),
        candidate("d", "Dortmund coach praises Real Madrid", "2024-06-02"),
        candidate("e", "New history museum opens in Yinchuan", "2024-10-26"),
    ]
    expected = merge(items)
    for seed in range(5):
        shuffled = items[:]
        random.Random(seed).shuffle(shuffled)
        assert merge(shuffled) == expected


def test_key_terms_leave_out_the_verb_stop_words_and_named_places() -> None:
    c = candidate(
        "a",
        "Kazakhstan and China achieve significant progress in exchange programs",
        "2023",
        places=("Kazakhstan", "China"),
    )
    assert key_terms(c) == frozenset({"significant", "progress", "exchange", "program"})


def test_many_candidates_merge_in_blocks() -> None:
    """A thousand candidates over a year: every one lands in exactly one group."""
    items = [
        candidate(
            f"doc{i}",
            f"Topic{i % 50} council approves plan{i % 7} for district{i % 13}",
            f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}",
        )
        for i in range(1000)
    ]
    groups = merge(items)
    assert sum(len(g.candidates) for g in groups) == 1000
    assert len({c.id for g in groups for c in g.candidates}) == 1000


def test_swearing_in_and_taking_office_are_one_happening() -> None:
    sworn = candidate("a", "Claudia Sheinbaum to be sworn in", "2024-10-01")
    office = candidate("b", "Sheinbaum takes office for a six-year term", "2024-10-01")
    [merged] = merge([sworn, office])
    assert "inauguration" in merged.reason and "sheinbaum" in merged.reason


@pytest.mark.parametrize(
    ("first", "second", "places"),
    [
        (
            "Hosts Bangladesh take on Pakistan for the Asia Cup title in Mirpur",
            "Pakistan to meet hosts Bangladesh at the Sher-e-Bangla National Stadium in Mirpur",
            ("Mirpur",),
        ),
        (
            "Ukraine and Russia exchange 250 prisoners of war each",
            "250 Russian servicemen handed back by Kyiv under a deal",
            ("Kyiv",),
        ),
    ],
)
def test_a_fixture_or_a_swap_told_with_other_verbs_is_one_happening(
    first: str, second: str, places: tuple[str, ...]
) -> None:
    a = candidate("a", first, "2026-11-22", places)
    b = candidate("b", second, "2026-11-22", places)
    assert same_happening(a, b)


def test_a_walkout_named_only_by_its_kind_merges_with_the_strike_it_spans() -> None:
    walkout = candidate("a", "Walkout to run", "2025-01-22/2025-01-24", places=("Berlin",))
    strike = candidate(
        "b",
        "Two-day strike by the GDL train drivers' union due to begin",
        "2025-01-22",
        places=("Frankfurt",),
    )
    assert len(merge([walkout, strike])) == 1


def test_two_strikes_on_the_same_day_in_one_city_stay_two() -> None:
    teachers = candidate("a", "Teachers strike over pay in Paris", "2025-03-06", places=("Paris",))
    controllers = candidate(
        "b", "Air traffic controllers stage walkout in Paris", "2025-03-06", places=("Paris",)
    )
    assert len(merge([teachers, controllers])) == 2


def test_two_leaders_sworn_in_on_the_same_day_stay_two() -> None:
    sheinbaum = candidate("a", "Sheinbaum takes office as president", "2024-10-01")
    mayor = candidate("b", "New mayor Clara Brugada sworn in", "2024-10-01")
    assert len(merge([sheinbaum, mayor])) == 2


def test_inking_a_deal_is_signing_it() -> None:
    inks = candidate("a", "Kazakhstan and Uzbekistan ink logistics hub deal", "2024-11-04")
    signs = candidate("b", "Uzbekistan signs logistics agreement with Kazakhstan", "2024-11-04")
    [merged] = merge([inks, signs])
    assert "sign" in merged.reason


def test_a_kind_of_happening_alone_does_not_merge_over_a_month() -> None:
    walkout = candidate("a", "Walkout to run", "2025-01")
    strike = candidate("b", "Strike by dock workers due to begin", "2025-01-15")
    assert len(merge([walkout, strike])) == 2


def test_openings_of_two_places_in_one_city_stay_two() -> None:
    museum = candidate("a", "Museum inaugurated in Yinchuan", "2024-10-26", places=("Yinchuan",))
    park = candidate("b", "Park opens in Yinchuan", "2024-10-26", places=("Yinchuan",))
    assert len(merge([museum, park])) == 2


def test_same_happening_holds_for_two_reports_in_one_article() -> None:
    strike = candidate("a", "Train drivers' union to stage a strike", "2025-01-22")
    walkout = candidate("a", "Walkout to run", "2025-01-22/2025-01-24")
    assert same_happening(strike, walkout)
    assert len(merge([strike, walkout])) == 2


def test_a_strike_named_after_its_verb_merges_with_a_walkout_named_by_its_kind() -> None:
    stage = candidate("a", "GDL union to stage a 48-hour strike", "2025-01-22")
    walkout = candidate("b", "Walkout to run", "2025-01-22/2025-01-24")
    assert len(merge([stage, walkout])) == 1


def test_taking_the_oath_is_being_sworn_in() -> None:
    sworn = candidate("a", "Anura Kumara Dissanayake sworn in as president", "2024-09-23")
    oath = candidate("b", "Dissanayake takes the oath of office in Colombo", "2024-09-23")
    [merged] = merge([sworn, oath])
    assert "inauguration" in merged.reason


def test_a_market_plunge_and_tumble_of_one_index_on_one_day_merge() -> None:
    plunge = candidate("a", "Japan's Nikkei share average plunges 12.4 percent", "2024-08-05")
    tumble = candidate("b", "Nikkei 225 index tumbles 12.4 percent", "2024-08-05")
    rebound = candidate("c", "Nikkei 225 index rebounds 10.2 percent", "2024-08-06")
    assert len(merge([plunge, tumble, rebound])) == 2


def test_a_storm_making_landfall_is_the_storm_coming_ashore() -> None:
    landfall = candidate("a", "Yagi makes landfall in Quang Ninh province", "2024-09-07")
    ashore = candidate("b", "Typhoon Yagi comes ashore in the northeast", "2024-09-07")
    assert len(merge([landfall, ashore])) == 1


def test_outlets_naming_one_happening_with_other_verbs_merge() -> None:
    pairs = [
        ("Parliament passes the 2025 budget", "Lawmakers approve the 2025 budget"),
        ("Manchester City beat Arsenal 2-1", "Arsenal defeated by Manchester City"),
        ("Central bank cuts its key rate to 12 percent", "Central bank lowers key rate"),
        ("Airstrike kills 12 in Gaza City", "Twelve dead in Gaza City airstrike"),
    ]
    for first, second in pairs:
        a, b = candidate("a", first, "2024-10-22"), candidate("b", second, "2024-10-22")
        assert len(merge([a, b])) == 1, (first, second)


def test_a_rise_and_a_fall_of_one_index_on_one_day_stay_two() -> None:
    fall = candidate("a", "Nikkei 225 index falls 2 percent", "2024-10-22")
    cut = candidate("b", "Bank of Japan cuts rates", "2024-10-22")
    assert len(merge([fall, cut])) == 2


def test_an_acronym_meets_the_name_it_stands_for() -> None:
    full = candidate(
        "a", "World Health Organization declares mpox a public health emergency", "2024-08-14"
    )
    short = candidate("b", "WHO's declaration follows a rise in cases in Congo", "2024-08-14")
    [merged] = merge([full, short])
    assert "who" in merged.reason


def test_a_day_and_a_year_long_figure_about_one_thing_stay_two() -> None:
    day = candidate("a", "WHO's declaration follows a rise in cases in Congo", "2024-08-14")
    year = candidate("b", "More than 15,600 cases and 537 deaths reported in Congo", "2024")
    assert len(merge([day, year])) == 2


def crowd_of_june_summits() -> list[Candidate]:
    """More candidates than a bucket holds, all holding a summit on trade in early June."""
    return [
        candidate(f"crowd{n}", "Leaders hold summit on trade", f"2024-06-0{1 + n % 9}")
        for n in range(201)
    ]


def test_a_term_too_common_in_its_month_does_not_make_two_candidates_compared() -> None:
    alike = [candidate(d, "Leaders hold summit on trade", "2024-06-10") for d in ("a", "b")]
    groups = merge(crowd_of_june_summits() + alike)
    ours = [g for g in groups if g.candidates[0].source.document in ("a", "b")]
    assert [len(g.candidates) for g in ours] == [1, 1]


def test_a_rarer_shared_term_still_merges_two_candidates_beside_common_ones() -> None:
    alike = [
        candidate(d, "Leaders hold summit on trade in Koper", "2024-06-10") for d in ("a", "b")
    ]
    groups = merge(crowd_of_june_summits() + alike)
    [ours] = [g for g in groups if g.candidates[0].source.document in ("a", "b")]
    assert {c.source.document for c in ours.candidates} == {"a", "b"}


def test_a_city_and_the_country_it_lies_in_are_not_two_places() -> None:
    court = candidate(
        "a",
        "Peruvian court sentences former president Ollanta Humala to 15 years in prison",
        "2025-04-09",
        places=("Peru",),
    )
    judges = candidate(
        "b",
        "Judges in Lima find Ollanta Humala guilty of money laundering",
        "2025-04-09",
        ("Lima",),
    )
    assert len(merge([court, judges])) == 1


def test_two_cities_of_one_country_are_still_two_places() -> None:
    moscow = candidate("a", "Summit of regional leaders opens in Moscow", "2025-05-12", ("Moscow",))
    kazan = candidate("b", "Leaders gather for a summit in Kazan", "2025-05-12", ("Kazan",))
    assert len(merge([moscow, kazan])) == 2


def test_keeping_a_rate_and_leaving_it_on_hold_are_one_decision() -> None:
    week = candidate("a", "Bank of Ghana's rate setters leave borrowing costs on hold", "2025-W07")
    day = candidate("b", "Central bank's committee votes to keep the benchmark rate", "2025-02-13")
    assert same_happening(week, day)


def test_a_clause_title_is_chosen_over_a_bare_noun_phrase() -> None:
    noun = replace(
        candidate("a", "Earthquake in southern Ecuador", "2023-03-11", places=("Ecuador",)),
        rule="nominal",
    )
    clause = candidate(
        "b", "Magnitude 6.8 earthquake strikes southern Ecuador", "2023-03-11", places=("Ecuador",)
    )
    [merged] = merge([noun, clause])
    assert merged.title == "Magnitude 6.8 earthquake strikes southern Ecuador"


def _opec_reports(second_meeting: str) -> list[Candidate]:
    """Two reports of one OPEC+ decision, each telling the group's next meeting."""
    return [
        candidate("a", "OPEC+ agrees to raise oil output by 137,000 barrels per day", "2026-03-05"),
        candidate("a", "OPEC+ to next meet to set May production levels", "2026-04-05"),
        candidate("b", "OPEC+ agrees another small increase in oil output", "2026-03-05"),
        candidate("b", second_meeting, "2026-04-05"),
    ]


def test_one_verb_on_one_day_in_two_tellings_of_one_story_is_one_event() -> None:
    merged = merge(_opec_reports("Producers meet again"))
    assert sorted(len(m.candidates) for m in merged) == [2, 2]
    assert {m.when.value for m in merged} == {"2026-03-05", "2026-04-05"}


def test_one_verb_on_one_day_in_two_unrelated_articles_stays_two() -> None:
    meeting = candidate("a", "OPEC+ to next meet to set May production levels", "2026-04-05")
    other = candidate("c", "Producers meet again", "2026-04-05")
    assert len(merge([meeting, other])) == 2


def test_one_story_with_one_verb_on_one_day_in_two_named_places_stays_two() -> None:
    reports = _opec_reports("Producers meet again in Riyadh")
    reports[1] = replace(reports[1], places=("Vienna",), title=reports[1].title + " in Vienna")
    reports[3] = replace(reports[3], places=("Riyadh",))
    assert len(merge(reports)) == 3


def test_a_lift_off_from_a_place_is_the_launch_reported_there() -> None:
    launch = candidate("a", "NISAR satellite to launch", "2025-06-12", places=("Sriharikota",))
    lift_off = candidate("b", "Lift-off from Sriharikota set", "2025-06-12T17:40")
    [merged] = merge([launch, lift_off])
    assert {c.id for c in merged.candidates} == {launch.id, lift_off.id}
    assert merged.places == ("Sriharikota",)


def test_two_openings_set_in_one_place_for_different_things_stay_two() -> None:
    museum = candidate("a", "Museum to open", "2025-06-12", places=("Yinchuan",))
    bridge = candidate("b", "Bridge opening in Yinchuan set", "2025-06-12")
    assert len(merge([museum, bridge])) == 2


def test_to_be_done_reads_the_verb_after_be() -> None:
    reports = [
        candidate("a", "Halvorsen Marine reports a rise in operating profit", "2026-02-03"),
        candidate("a", "Dividend of 4 crowns per share to be paid", "2026-05-12"),
        candidate("b", "Quarterly profit rises 14%, Halvorsen Marine says", "2026-02-03"),
        candidate("b", "Bergen-based company to pay shareholders a dividend", "2026-05-12"),
    ]
    assert sorted(len(m.candidates) for m in merge(reports)) == [2, 2]


def said(c: Candidate, sentence: str) -> Candidate:
    """A candidate reported in a literal sentence."""
    return replace(c, source=replace(c.source, sentence=sentence))


@pytest.mark.parametrize(
    ("word", "term"),
    [("H3", "h3"), ("A320", "a320"), ("F-35", "f-35"), ("COP29", "cop29")],
)
def test_a_model_or_code_is_a_key_term_however_short(word: str, term: str) -> None:
    assert term in key_terms(candidate("a", f"Officials inspect the {word} rocket", "2026-04-16"))


def test_one_launch_told_with_two_verbs_and_one_rocket_model_is_one_event() -> None:
    lifts = candidate(
        "a", "Japan's H3 rocket lifts off from the Tanegashima Space Center", "2026-04-16"
    )
    flies = candidate(
        "b", "Mitsubishi Heavy Industries' H3 rocket flies its sixth mission", "2026-04-16"
    )
    assert len(merge([lifts, flies])) == 1


def test_one_rocket_model_doing_two_things_the_same_day_stays_two() -> None:
    lifts = candidate(
        "a", "Japan's H3 rocket lifts off from the Tanegashima Space Center", "2026-04-16"
    )
    engine = candidate("b", "H3 rocket engine explodes during a test in Kakuda", "2026-04-16")
    assert len(merge([lifts, engine])) == 2


def test_an_acronym_led_short_name_is_the_company_named_in_full() -> None:
    short = candidate("a", "CN Rail suspends service on its line to Fort Nelson", "2026-04-19TEV")
    full = candidate("b", "Canadian National Railway Co suspends traffic", "2026-04-19")
    assert len(merge([short, full])) == 1


def test_one_company_under_two_names_doing_two_things_the_same_day_stays_two() -> None:
    short = candidate("a", "CN Rail suspends service on its line to Fort Nelson", "2026-04-19")
    full = candidate("b", "Canadian National Railway Co names a new chief executive", "2026-04-19")
    assert len(merge([short, full])) == 2


def test_the_town_is_the_town_its_sentence_names() -> None:
    residents = candidate(
        "a", "About 3,000 residents of Fort Nelson ordered to leave their homes", "2026-04-19"
    )
    town = said(
        candidate("b", "Wildfire forces the evacuation of the town", "2026-04-19"),
        "The railway said its line to Fort Nelson, British Columbia, would stay shut after a "
        "wildfire forced the evacuation of the town on April 19.",
    )
    assert len(merge([residents, town])) == 1


def test_the_evacuation_of_another_town_the_same_day_stays_apart() -> None:
    residents = candidate(
        "a", "About 3,000 residents of Fort Nelson ordered to leave their homes", "2026-04-19"
    )
    town = said(
        candidate("b", "Wildfire forces the evacuation of the town", "2026-04-19"),
        "Flights to Prince George were cancelled after a wildfire forced the evacuation of "
        "the town on April 19.",
    )
    assert len(merge([residents, town])) == 2


def test_talks_with_a_committee_are_negotiations_with_a_panel() -> None:
    talks = candidate(
        "a", "Talks between the unions and a presidential committee break down", "2026-05-15TNI"
    )
    negotiations = candidate(
        "b", "Stoppage follows the collapse of negotiations with a government panel", "2026-05-15"
    )
    assert len(merge([talks, negotiations])) == 1


def test_a_storm_tearing_across_an_island_is_its_landfall() -> None:
    landfall = candidate("a", "Mawar makes landfall in Dinalungan, Aurora", "2026-05-15T22:40")
    across = candidate(
        "b", "Typhoon Mawar tears across the northern Philippine island of Luzon", "2026-05-15"
    )
    assert len(merge([landfall, across])) == 1


def test_two_named_storms_hitting_islands_the_same_day_stay_two() -> None:
    mawar = candidate("a", "Typhoon Mawar tears across the island of Luzon", "2026-05-15")
    yagi = candidate("b", "Typhoon Yagi slams into the island of Hainan", "2026-05-15")
    assert len(merge([mawar, yagi])) == 2


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Protesters rally outside parliament in Tbilisi", "Thousands demonstrate at parliament"),
        ("Pope Leo visits Lebanon", "Pontiff arrives in Beirut on first trip to Lebanon"),
        (
            "Flooding forces 5,000 from their homes in Valencia",
            "Thousands evacuated as floods hit Valencia",
        ),
        ("Etna erupts, sending ash over Catania", "Mount Etna eruption closes Catania airport"),
    ],
)
def test_one_happening_told_with_other_words_is_one_event(first: str, second: str) -> None:
    found = [
        candidate(doc, title, "2026-03-04", places=find_places(title))
        for doc, title in (("a", first), ("b", second))
    ]
    assert len(merge(found)) == 1


def test_plural_and_singular_meet() -> None:
    assert key_terms(candidate("a", "Fuel prices and taxes rise", "2026-03-04")) >= {
        "price",
        "tax",
    }


def test_two_carmakers_recalling_cars_the_same_day_stay_two() -> None:
    first = candidate(
        "a",
        "Volkswagen recalls 1.2 million cars over faulty airbags",
        "2026-03-04",
        actors=("Volkswagen",),
    )
    second = candidate(
        "b", "Honda recalls 300,000 cars over fuel pumps", "2026-03-04", actors=("Honda",)
    )
    assert len(merge([first, second])) == 2


def test_earthquakes_in_two_countries_the_same_day_stay_two() -> None:
    taiwan = candidate("a", "Earthquake strikes off Hualien", "2026-03-04", places=("Taiwan",))
    chile = candidate("b", "Earthquake strikes central Chile", "2026-03-04", places=("Chile",))
    assert len(merge([taiwan, chile])) == 2


def test_a_quake_described_two_ways_in_one_country_is_one_event() -> None:
    first = candidate(
        "a", "Magnitude 6.8 earthquake strikes central Morocco", "2023-09-08", places=("Morocco",)
    )
    second = candidate(
        "b", "Powerful quake hits Morocco's Atlas mountains", "2023-09-08", places=("Morocco",)
    )
    assert len(merge([first, second])) == 1


def test_two_named_actors_doing_one_thing_the_same_day_stay_two() -> None:
    hamas = candidate(
        "a",
        "Hamas releases three Israeli hostages",
        "2025-01-19",
        places=("Israel",),
        actors=("Hamas",),
    )
    israel = candidate(
        "b",
        "Israel releases 90 Palestinian prisoners",
        "2025-01-19",
        places=("Israel", "Palestine"),
    )
    assert len(merge([hamas, israel])) == 2


def test_two_companies_cutting_jobs_in_one_country_the_same_day_stay_two() -> None:
    volkswagen = candidate(
        "a",
        "Volkswagen to cut 35,000 jobs in Germany",
        "2024-12-20",
        places=("Germany",),
        actors=("Volkswagen",),
    )
    bosch = candidate(
        "b",
        "Bosch to cut 5,000 jobs in Germany",
        "2024-12-20",
        places=("Germany",),
        actors=("Bosch",),
    )
    assert len(merge([volkswagen, bosch])) == 2


def test_a_count_of_three_figures_is_a_key_term_and_a_year_is_not() -> None:
    terms = key_terms(candidate("a", "Volkswagen to cut 35,000 jobs by 2030", "2024-12-20"))
    assert "#35000" in terms
    assert not any("2030" in term for term in terms)


def test_an_acronym_may_keep_the_little_words_of_a_name() -> None:
    bank = candidate("a", "Bank of England raises interest rates to 5.25%", "2023-08-03")
    boe = candidate("b", "BoE lifts its key rate to a 15-year high of 5.25%", "2023-08-03")
    assert "boe" in key_terms(bank)
    assert len(merge([bank, boe])) == 1


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Explosion at a chemical plant kills 8 in Jiangsu",
            "Blast at Jiangsu chemical factory leaves eight dead",
        ),
        ("Bus crash injures 30 near Lima", "Thirty hurt as bus plunges off road outside Lima"),
        ("Italy holds a referendum on citizenship", "Italians vote in citizenship ballot"),
    ],
)
def test_more_happenings_told_with_other_words_are_one_event(first: str, second: str) -> None:
    found = [
        candidate(doc, title, "2026-03-04", places=find_places(title))
        for doc, title in (("a", first), ("b", second))
    ]
    assert len(merge(found)) == 1


def test_one_actor_acting_on_two_named_others_the_same_day_stays_two() -> None:
    chevron = candidate(
        "a", "Exxon sues Chevron over Guyana oil stake", "2026-03-04", actors=("Exxon", "Chevron")
    )
    greenpeace = candidate(
        "b", "Exxon sues Greenpeace over protest", "2026-03-04", actors=("Exxon", "Greenpeace")
    )
    assert len(merge([chevron, greenpeace])) == 2


def test_the_one_acted_on_may_be_the_subject_of_the_other_title() -> None:
    sues = candidate(
        "a", "Exxon sues Chevron over Guyana oil stake", "2026-03-04", actors=("Exxon", "Chevron")
    )
    sued = candidate(
        "b", "Chevron taken to court by Exxon over Guyana", "2026-03-04", actors=("Chevron",)
    )
    assert len(merge([sues, sued])) == 1


def test_a_train_derailing_is_a_service_coming_off_the_rails_the_same_day_in_one_country() -> None:
    derails = candidate(
        "a", "High-speed train derails near Burgos", "2026-07-10TNI", places=("Spain", "Burgos")
    )
    rails = candidate(
        "b",
        "Madrid-Bilbao service comes off the rails near Quintanapalla",
        "2026-07-10",
        places=("Madrid", "Bilbao"),
    )
    assert len(merge([derails, rails])) == 1


def test_derailments_in_two_countries_the_same_day_stay_two() -> None:
    spain = candidate("a", "High-speed train derails near Burgos", "2026-07-10", places=("Spain",))
    india = candidate("b", "Express train derails in Odisha", "2026-07-10", places=("India",))
    assert len(merge([spain, india])) == 2


def test_the_town_is_not_another_town_a_title_names() -> None:
    lytton = candidate(
        "a", "Residents of Lytton ordered to leave as wildfire spreads", "2026-04-19"
    )
    town = said(
        candidate("b", "Wildfire forces the evacuation of the town", "2026-04-19"),
        "The railway said its line to Fort Nelson, British Columbia, would stay shut after a "
        "wildfire forced the evacuation of the town on April 19.",
    )
    assert len(merge([lytton, town])) == 2


def _two_articles(first: str, second: str) -> list[Candidate]:
    """Two titles as candidates of two articles on one day, with the places they name."""
    return [
        candidate(doc, title, "2026-03-04", places=find_places(title))
        for doc, title in (("a", first), ("b", second))
    ]


# Hard pairs: one actor or place, one day, one verb, two different things acted on.
@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Pakistan bans TikTok", "Pakistan bans smoking in public places"),
        ("Government raises fuel prices", "Government raises the minimum wage"),
        ("Parliament approves the 2025 budget", "Parliament approves a new cybersecurity law"),
        (
            "Senate confirms Hegseth as defence secretary",
            "Senate confirms Rubio as secretary of state",
        ),
        (
            "President Ruto dissolves his cabinet",
            "President Ruto dissolves the electoral commission",
        ),
        ("Macron appoints Bayrou as prime minister", "Macron appoints a new army chief"),
        (
            "Government extends the state of emergency",
            "Government extends the fuel subsidy scheme",
        ),
        ("Japan lifts tsunami warning", "Japan lifts curbs on rice imports"),
        ("Police arrest two protesters in Paris", "Police arrest a bank robber in Paris"),
        ("Supreme Court upholds TikTok ban", "Supreme Court upholds abortion pill access"),
        ("Judge blocks Trump's tariffs", "Judge blocks the deportation of Venezuelan migrants"),
        (
            "Prosecutors charge a former minister with corruption",
            "Prosecutors charge two teenagers with murder",
        ),
        (
            "Police seize 2 tonnes of cocaine in Rotterdam",
            "Police seize illegal firearms in Rotterdam",
        ),
        (
            "Central bank cuts interest rates by 25 basis points",
            "Central bank cuts reserve requirement ratio",
        ),
        ("Oil prices rise after OPEC+ decision", "Gold prices rise to a record high"),
        ("Nigeria raises electricity tariffs", "Nigeria raises the minimum wage to 70,000 naira"),
        ("Treasury sells $50 billion of bonds", "Treasury sells its stake in NatWest"),
        ("Microsoft acquires Activision Blizzard", "Microsoft acquires a cybersecurity startup"),
        (
            "Boeing wins a $10 billion order from Emirates",
            "Boeing wins an Air Force tanker contract",
        ),
        ("Toyota recalls 1 million cars over airbags", "Toyota recalls 50,000 forklifts"),
        ("Apple opens its first store in Mumbai", "Apple opens a research centre in Shanghai"),
        ("Shell sells its Nigerian onshore unit", "Shell sells stake in Indian gas venture"),
        (
            "Amazon launches a satellite internet service",
            "Amazon launches a discount store in India",
        ),
        ("Kenya signs trade deal with China", "Kenya signs a security pact with Somalia"),
        ("Xi meets Putin in Beijing", "Xi meets Lula in Beijing"),
        ("Blinken meets Netanyahu in Jerusalem", "Blinken meets Abbas in Ramallah"),
        ("India expels a Canadian diplomat", "India expels two Pakistani officials"),
        ("Modi holds talks with Biden", "Modi holds talks with Albanese"),
        ("Turkey approves Sweden's NATO bid", "Turkey approves a new gas pipeline"),
        ("Arsenal beat Chelsea 2-0", "Arsenal beat Bayern Munich in the Champions League"),
        ("Real Madrid sign Kylian Mbappe", "Real Madrid sign Endrick from Palmeiras"),
        ("Djokovic wins the Australian Open", "Djokovic wins the Olympic gold medal"),
        ("Liverpool sack their manager", "Liverpool sack their sporting director"),
        ("Mbappe scores a hat-trick against Valencia", "Mbappe scores a penalty against Girona"),
        ("Earthquake strikes Hokkaido", "Earthquake strikes Okinawa"),
        ("Floods kill 20 in Bahia", "Floods kill 12 in Rio Grande do Sul"),
        ("Wildfire destroys 300 homes in Maui", "Wildfire destroys a vineyard in Napa"),
        ("Storm cuts power to 200,000 homes", "Storm cuts rail links to Scotland"),
        ("Army rescues 40 miners in Zacatecas", "Army rescues stranded tourists in Chiapas"),
        ("WHO declares mpox a global emergency", "WHO declares Egypt malaria-free"),
        ("NASA launches Europa Clipper", "NASA launches a weather satellite"),
        ("Germany bans Hamas-linked group", "Germany bans petrol car sales from 2035"),
        ("Tesla cuts prices in China", "Tesla cuts 10% of its workforce"),
        (
            "Police arrest Imran Khan in Islamabad",
            "Police arrest opposition activists in Islamabad",
        ),
        ("Sri Lanka signs debt deal with India", "Sri Lanka signs debt deal with China"),
        ("Putin meets Kim Jong Un in Vladivostok", "Putin meets Erdogan in Sochi"),
        ("EU fines Apple 1.8 billion euros", "EU fines Meta over data transfers"),
        ("Brazil wins the Copa America", "Brazil wins the right to host the 2027 World Cup"),
        (
            "Hurricane Milton kills 10 in Florida",
            "Hurricane Milton destroys a baseball stadium roof",
        ),
        (
            "Indonesia opens its new capital Nusantara",
            "Indonesia opens a nickel smelter in Sulawesi",
        ),
        ("Fed holds rates steady", "Fed holds its annual Jackson Hole symposium"),
        (
            "Government announces a new tax on sugary drinks",
            "Government announces an inquiry into the Post Office scandal",
        ),
        (
            "Army kills 12 militants in North Waziristan",
            "Army kills a Taliban commander in Kandahar",
        ),
        ("Ryanair cancels flights to Tel Aviv", "Ryanair cancels its order for Boeing jets"),
        ("Netflix raises subscription prices", "Netflix raises $1 billion in bonds"),
        ("Parliament passes the Rwanda bill", "Parliament passes a ban on conversion therapy"),
        (
            "Court sentences Bolsonaro to 27 years",
            "Court sentences Fernando Collor to 8 years",
        ),
        ("Court sentences Bolsonaro to 27 years", "Court sentences five generals to prison"),
    ],
)
def test_one_act_on_two_different_things_the_same_day_stays_two(first: str, second: str) -> None:
    assert len(merge(_two_articles(first, second))) == 2


# One happening as two outlets tell it: other verbs, other names, details one of them leaves out.
@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Kenya signs trade deal with China", "Kenyan and Chinese officials ink trade agreement"),
        ("Police arrest two protesters in Paris", "Two demonstrators detained by Paris police"),
        ("Government raises fuel prices", "Fuel prices hiked by the government"),
        (
            "Xi meets Modi in Kazan",
            "Modi holds talks with Xi on the sidelines of the BRICS summit",
        ),
        (
            "Microsoft completes its takeover of Activision Blizzard",
            "Microsoft closes $69 billion Activision deal",
        ),
        ("Pakistan bans TikTok", "Pakistan blocks TikTok over indecent content"),
        ("Arsenal beat Chelsea 2-0", "Arsenal defeat Chelsea at the Emirates"),
        ("Earthquake strikes Hokkaido", "Strong quake jolts northern Japan's Hokkaido"),
        (
            "Central bank cuts interest rates by 25 basis points",
            "Central bank lowers its key rate by a quarter point",
        ),
        ("Supreme Court upholds TikTok ban", "Supreme Court backs law banning TikTok"),
        (
            "Macron appoints Bayrou as prime minister",
            "Bayrou named French prime minister by Macron",
        ),
        (
            "Senate confirms Hegseth as defence secretary",
            "Hegseth confirmed as Pentagon chief by Senate",
        ),
        ("NASA launches Europa Clipper", "Europa Clipper lifts off from Cape Canaveral"),
        ("Floods kill 20 in Bahia", "Flooding leaves 20 dead in Brazil's Bahia state"),
        ("Real Madrid sign Kylian Mbappe", "Mbappe joins Real Madrid on a five-year deal"),
        (
            "Court sentences former president Bolsonaro to 27 years",
            "Bolsonaro jailed for 27 years",
        ),
        (
            "Putin meets Kim Jong Un in Vladivostok",
            "Kim holds talks with Putin at Vostochny cosmodrome",
        ),
        (
            "EU fines Apple 1.8 billion euros",
            "Apple hit with 1.8 billion euro EU fine over music streaming",
        ),
        ("Tesla cuts prices in China", "Tesla lowers car prices in China"),
        ("Parliament passes the Rwanda bill", "MPs approve Rwanda deportation bill"),
        ("Fed holds rates steady", "Federal Reserve keeps interest rates unchanged"),
        ("Netflix raises subscription prices", "Netflix hikes prices of its plans"),
    ],
)
def test_one_happening_told_by_two_outlets_is_one_event(first: str, second: str) -> None:
    assert len(merge(_two_articles(first, second))) == 1


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Negotiations over pay and scheduling break down",
            "Talks between the airline and its pilots fall apart",
        ),
        (
            "Labour minister to meet the two sides in Ottawa",
            "Labour minister to sit down with both parties",
        ),
    ],
)
def test_talks_falling_apart_and_a_sit_down_are_one_happening_told_two_ways(
    first: str, second: str
) -> None:
    found = [
        candidate(doc, title, "2026-10-15", places=("Canada",))
        for doc, title in (("a", first), ("b", second))
    ]
    assert len(merge(found)) == 1


def test_a_magnitude_with_a_decimal_is_shared_however_it_is_written() -> None:
    live = candidate(
        "a", "Phivolcs says the magnitude 7.1 earthquake struck east of Bislig", "2026-11-09T10:45"
    )
    wire = candidate("b", "7.1-magnitude tremor hits before dawn", "2026-11-09", ("Bislig",))
    assert "#7.1" in key_terms(live) & key_terms(wire)
    assert same_happening(live, wire)
    other = candidate("c", "6.2-magnitude tremor hits before dawn", "2026-11-09", ("Chile",))
    assert not same_happening(live, other)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Finance Minister Rachel Reeves meets union leaders",
            "Talks between Rachel Reeves and the strikers' representatives end without agreement",
        ),
        (
            "Truce on strikes against energy facilities comes into effect",
            "Moratorium on attacks on power plants begins",
        ),
        ("Ceasefire in Gaza takes effect", "Gaza truce begins"),
    ],
)
def test_talks_and_a_truce_coming_into_effect_are_named_alike(first: str, second: str) -> None:
    one, other = _two_articles(first, second)
    assert same_happening(one, other)
    assert len(merge([one, other])) == 1


def test_a_flotation_and_a_market_debut_name_one_thing() -> None:
    debut = candidate("a", "Kessler shares rise 14% in their stock market debut", "2026-11-12")
    flotation = candidate("b", "Kessler's flotation lifts the Frankfurt market", "2026-11-12")
    assert "ipo" in key_terms(debut) & key_terms(flotation)
    assert len(merge([debut, flotation])) == 1


def test_hosting_the_two_sides_is_the_meeting_they_were_invited_to() -> None:
    invited = candidate(
        "a", "Labour minister invites both sides to a meeting in Accra", "2026-W46", ("Accra",)
    )
    hosted = candidate(
        "b", "Labour minister hosts the two parties in Accra", "2026-11-13", ("Accra",)
    )
    assert same_happening(invited, hosted)
    assert len(merge([invited, hosted])) == 1


def test_hosting_a_tournament_is_not_a_meeting() -> None:
    tournament = candidate("a", "Nigeria hosts the African Nations Championship", "2026-03-04")
    match = candidate("b", "Nigeria meets Ghana in a qualifier", "2026-03-04")
    assert len(merge([tournament, match])) == 2


def test_two_rounds_of_talks_share_one_word_not_a_meeting_as_well() -> None:
    port = candidate("a", "Wage talks with port operators break down", "2026-11-10")
    loan = candidate("b", "Talks with the International Monetary Fund stall", "2026-11")
    assert "talk" in key_terms(port) & key_terms(loan)
    assert "meet" not in key_terms(port) | key_terms(loan)
    assert len(merge([port, loan])) == 2


def _trial_reports(charged: tuple[str, ...]) -> list[Candidate]:
    """Two reports of one verdict, the second telling the charges as `charged` says."""
    return [
        candidate("a", "Jury convicts Senator Menendez of bribery", "2024-07-16"),
        candidate("a", "Menendez indicted", "2023-09"),
        candidate("b", "Jury convicts Senator Menendez on all 16 counts", "2024-07-16"),
        *(candidate("b", title, "2023-09") for title in charged),
    ]


def test_one_kind_of_act_in_one_month_in_two_tellings_of_one_story_is_one_event() -> None:
    merged = merge(_trial_reports(("New Jersey Democrat charged",)))
    assert sorted(len(m.candidates) for m in merged) == [2, 2]


def test_one_kind_of_act_in_one_month_in_two_unrelated_articles_stays_two() -> None:
    indicted = candidate("a", "Menendez indicted", "2023-09")
    charged = candidate("c", "New Jersey Democrat charged", "2023-09")
    assert len(merge([indicted, charged])) == 2


def test_one_story_telling_two_acts_of_the_kind_in_the_month_merges_neither() -> None:
    reports = _trial_reports(("New Jersey Democrat charged", "His wife Nadine charged"))
    assert sorted(len(m.candidates) for m in merge(reports)) == [1, 1, 1, 2]


def test_one_story_naming_a_kind_of_act_outside_both_verbs_stays_two() -> None:
    reports = [
        candidate("a", "Bakker sworn in as prime minister", "2026-11-03"),
        candidate("a", "Bakker to chair his first cabinet meeting", "2026-11-06"),
        candidate("b", "Dick Bakker sworn in at the royal palace", "2026-11-03"),
        candidate(
            "b", "Housing minister to travel to Rotterdam to meet city officials", "2026-11-06"
        ),
    ]
    assert sorted(len(m.candidates) for m in merge(reports)) == [1, 1, 2]
