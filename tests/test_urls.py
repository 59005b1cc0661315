"""Every site path comes from one builder; slugs are plain ASCII."""

from __future__ import annotations

import pytest

from feeds.urls import Urls, slugify


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Kyrgyzstan", "kyrgyzstan"),
        ("Science and technology", "science-and-technology"),
        ("Côte d’Ivoire", "cote-divoire"),
        ("  Belt & Road  ", "belt-road"),
    ],
)
def test_slugify_makes_ascii_hyphenated_slugs(name: str, slug: str) -> None:
    assert slugify(name) == slug


def test_feed_paths_for_site_tag_place_and_search() -> None:
    assert Urls.feed("atom") == "/feeds/events.atom"
    assert Urls.feed("ics", tag="trade") == "/tags/trade/events.ics"
    assert Urls.feed("json", place="kazakhstan") == "/places/kazakhstan/events.json"
    assert Urls.feed("rss", q="forum", tag="") == "/feeds/events.rss?q=forum"
    assert Urls.feed("atom", tag="trade", place="kazakhstan") == (
        "/tags/trade/events.atom?place=kazakhstan"
    )
    with pytest.raises(ValueError):
        Urls.feed("xml")


def test_archive_paths_number_pages_beside_the_feed() -> None:
    assert Urls.archive("atom", 3) == "/feeds/events-3.atom"
    assert Urls.archive("json", 1, tag="trade") == "/tags/trade/events-1.json"


def test_absolute_webcal_and_google_urls_use_the_base_url() -> None:
    urls = Urls("https://timeline.example.org/")
    assert urls.absolute("/events/abc") == "https://timeline.example.org/events/abc"
    assert urls.webcal("/feeds/events.ics") == "webcal://timeline.example.org/feeds/events.ics"
    assert urls.google_calendar("/feeds/events.ics") == (
        "https://calendar.google.com/calendar/r?cid=webcal%3A%2F%2Ftimeline.example.org"
        "%2Ffeeds%2Fevents.ics"
    )


def test_home_keeps_only_non_empty_filters_in_a_stable_order() -> None:
    assert Urls.home(tag="trade", q="", order="oldest") == "/?order=oldest&tag=trade"
    assert Urls.home() == "/"


def test_pages_of_a_timeline_are_paths_static_hosts_can_serve() -> None:
    assert Urls.home_page(1) == "/"
    assert Urls.home_page(3) == "/page/3"
    assert Urls.tag("trade", 2) == "/tags/trade/page/2"
    assert Urls.place("kazakhstan") == "/places/kazakhstan"
    with pytest.raises(ValueError):
        Urls.home_page(0)
