"""Headline quality: which words of a dated clause make its title, in headline tense."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_events import events, one


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("She will be sworn in on Oct. 1 in Mexico City.", "Claudia Sheinbaum to be sworn in"),
        ("The minister took over on Monday.", "Minister takes over"),
        (
            "The keys were handed over on Friday to the new owners.",
            "Keys handed over to the new owners",
        ),
    ],
)
def test_a_phrasal_verb_keeps_its_particle_before_the_date(sentence: str, title: str) -> None:
    found = events(f"Claudia Sheinbaum won the vote. {sentence}")
    assert found[-1].title.startswith(title), [c.title for c in found]


def test_subject_agreement_follows_the_head_noun_not_the_participle_phrase() -> None:
    c = one("Rebels led by Hayat Tahrir al-Sham began their offensive on Nov. 27.")
    assert c.title == "Rebels led by Hayat Tahrir al-Sham begin their offensive"
    assert (c.when.start, c.when.granularity) == (date(2024, 11, 27), "day")


def test_passive_keeps_its_subject_and_the_city_is_the_datelines() -> None:
    c = one(
        "ALMATY, July 2 -- The city was almost destroyed by an earthquake in 1911.",
        header="date 2024-07-02 Almaty drill",
    )
    assert c.title == "Almaty almost destroyed by an earthquake"
    assert (c.when.value, c.when.granularity) == ("1911", "year")
    assert c.places == ("Almaty",)


def test_a_modal_after_whether_stays_in_the_title() -> None:
    c = one(
        "Brazil's Supreme Court will decide next week whether former President Jair "
        "Bolsonaro may travel abroad."
    )
    assert c.title == (
        "Brazil's Supreme Court to decide whether former President Jair Bolsonaro may travel abroad"
    )
    assert (c.when.start, c.when.end) == (date(2024, 11, 4), date(2024, 11, 10))


def test_a_focus_word_after_the_date_goes_with_it() -> None:
    c = one("About 250,000 travellers were affected on Friday alone.")
    assert c.title == "About 250,000 travellers affected"
    assert c.when.start == date(2024, 10, 25)


def test_a_date_after_ahead_of_titles_the_noun_it_follows() -> None:
    found = events(
        "Georgia's opposition parties will hold a joint rally in Tbilisi on Sept. 21 ahead "
        "of the parliamentary election on Oct. 26."
    )
    assert [c.title for c in found] == [
        "Georgia's opposition parties to hold a joint rally in Tbilisi",
        "Parliamentary election",
    ]
    assert found[1].when.start == date(2024, 10, 26)


def test_a_long_title_is_not_cut_to_a_bare_indefinite_noun() -> None:
    c = one(
        "Southeast Asian leaders wrapped up their annual summit in the Laotian capital on "
        "Friday with a call for an immediate end to the fighting in Myanmar."
    )
    assert c.title == "Southeast Asian leaders wrap up their annual summit in the Laotian capital"
