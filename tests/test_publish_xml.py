"""Atom and RSS as real clients read them: feedparser and the W3C feed validator."""

from __future__ import annotations

import importlib.util
import io
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import feedparser
import pytest

from feeds.publish import FORMATS
from feeds.urls import Urls
from tests.conftest import IN_CI
from tests.test_publish import URLS, render, sample_events, stamp

ATOM = "{http://www.w3.org/2005/Atom}"
HISTORY = "{http://purl.org/syndication/history/1.0}"


def parsed(ext: str, **changes: Any) -> Any:
    """feedparser's reading of one format's output; a bozo document fails the test."""
    result = feedparser.parse(render(ext, **changes))
    assert result.bozo == 0, result.get("bozo_exception")
    return result


def links(data: bytes, ext: str) -> dict[str, str]:
    """The feed-level links by rel (Atom links, or atom:link elements of an RSS channel)."""
    root = ElementTree.fromstring(data)
    parent = root if ext == "atom" else root.find("channel")
    assert parent is not None
    return {el.get("rel", "alternate"): el.get("href", "") for el in parent.findall(f"{ATOM}link")}


# ------------------------------------------------------------------ feedparser


def test_atom_entries_keep_the_given_order_with_ids_titles_links_and_record_dates() -> None:
    feed = parsed("atom")
    assert feed.version == "atom10"
    first = feed.entries[0]
    assert [e.id for e in feed.entries] == [
        URLS.absolute(Urls.event(e.id)) for e in sample_events()
    ]
    assert (
        first.title
        == "26 October 2024: 11th China-Central Asia Cooperation Forum opens in Yinchuan"
    )
    assert first.link == "https://timeline.example.org/events/f3a9c1d2e4b5"
    assert first.updated == "2024-10-28T09:30:00.000001+00:00"
    assert first.published == "2024-10-28T09:00:00.000003+00:00"
    assert [t.term for t in first.tags] == ["science", "cooperation", "Yinchuan", "China"]
    assert "Forum in Yinchuan ends with cooperation agreements" in first.content[0].value
    assert first.content[0].type == "text/html"


def test_atom_feed_names_itself_its_page_and_its_author() -> None:
    feed = parsed("atom").feed
    assert feed.title == "Timeline"
    assert feed.subtitle == "Dated events from the news."
    assert feed.id == "https://timeline.example.org/feeds/events.atom"
    assert feed.updated == "2024-10-28T09:30:00.000001+00:00"
    assert feed.author == "Timeline"
    assert links(render("atom"), "atom") == {
        "self": "https://timeline.example.org/feeds/events.atom",
        "alternate": "https://timeline.example.org/",
    }


def test_rss_items_carry_guids_that_are_not_permalinks_and_rfc822_dates() -> None:
    data = render("rss")
    feed = parsed("rss")
    assert feed.version == "rss20"
    item = feed.entries[0]
    assert item.id == "https://timeline.example.org/events/f3a9c1d2e4b5"
    assert item.guidislink is False
    assert item.link == "https://timeline.example.org/events/f3a9c1d2e4b5"
    assert item.published == "Mon, 28 Oct 2024 09:00:00 +0000"
    assert b'<guid isPermaLink="false">' in data
    assert b"<lastBuildDate>Mon, 28 Oct 2024 09:30:00 +0000</lastBuildDate>" in data
    assert data.count(b"<lastBuildDate>") == 1


def test_rss_channel_links_to_the_page_and_to_itself() -> None:
    feed = parsed("rss").feed
    assert feed.link == "https://timeline.example.org/"
    assert links(render("rss"), "rss") == {"self": "https://timeline.example.org/feeds/events.rss"}


def test_a_future_event_does_not_date_its_entry_in_the_future() -> None:
    # The rail link opens in 2025; its entry is dated when it was recorded.
    feed = parsed("rss")
    rail = feed.entries[-1]
    assert rail.title.startswith("Q2 2025: ")
    assert rail.published == "Sun, 27 Oct 2024 23:59:59 +0000"


def test_article_markup_never_reaches_readers_as_markup() -> None:
    feed = parsed("atom")
    fair = feed.entries[1]
    assert fair.title == "20\u201324 November 2024: Trade fair in Almaty"
    assert "&lt;Central Asia&gt;" in fair.content[0].value


@pytest.mark.parametrize("ext", ["atom", "rss"])
def test_a_hub_is_announced_beside_the_self_link(ext: str) -> None:
    found = links(render(ext, hub_url="https://hub.example.org/"), ext)
    assert found["hub"] == "https://hub.example.org/"
    assert found["self"] == URLS.absolute(Urls.feed(ext))


@pytest.mark.parametrize("ext", ["atom", "rss"])
def test_the_current_document_links_to_its_newest_archive(ext: str) -> None:
    data = render(ext, prev_archive_path=Urls.archive(ext, 3))
    assert links(data, ext)["prev-archive"] == URLS.absolute(Urls.archive(ext, 3))
    assert ElementTree.fromstring(data).find(f".//{HISTORY}archive") is None


@pytest.mark.parametrize("ext", ["atom", "rss"])
def test_an_archive_page_is_marked_and_links_to_current_and_both_neighbours(ext: str) -> None:
    data = render(
        ext,
        self_path=Urls.archive(ext, 2),
        current_path=Urls.feed(ext),
        prev_archive_path=Urls.archive(ext, 1),
        next_archive_path=Urls.archive(ext, 3),
    )
    found = links(data, ext)
    assert found["self"] == URLS.absolute(Urls.archive(ext, 2))
    assert found["current"] == URLS.absolute(Urls.feed(ext))
    assert found["prev-archive"] == URLS.absolute(Urls.archive(ext, 1))
    assert found["next-archive"] == URLS.absolute(Urls.archive(ext, 3))
    assert ElementTree.fromstring(data).find(f".//{HISTORY}archive") is not None
    assert feedparser.parse(data).bozo == 0


def test_an_archive_page_shares_the_id_of_its_feed() -> None:
    archive = render("atom", self_path=Urls.archive("atom", 1), current_path=Urls.feed("atom"))
    assert feedparser.parse(archive).feed.id == parsed("atom").feed.id


# ------------------------------------------------------------------ W3C feed validator


@pytest.fixture(scope="module")
def validator(shared_dir: Path) -> Any:
    """The W3C Feed Validation Service's code from the shared tools, imported once."""
    source = shared_dir / "tools" / "feedcheck" / "w3c-feedvalidator" / "src"
    if not (source / "feedvalidator").is_dir():
        pytest.skip("the W3C feed validator is not in the shared tools")
    for needed in ("html5lib", "rdflib"):
        if importlib.util.find_spec(needed) is None and not IN_CI:
            pytest.skip(f"the W3C feed validator needs {needed}")
    sys.path.insert(0, str(source))
    try:
        import feedvalidator
    finally:
        sys.path.remove(str(source))
    return feedvalidator


def validate(validator: Any, data: bytes, ext: str, self_path: str) -> dict[str, list[str]]:
    """The validator's errors and warnings for a document served at `self_path`."""
    from feedvalidator import logging as events
    from feedvalidator.formatter.text_plain import Formatter

    result = validator.validateStream(
        io.BytesIO(data),
        firstOccurrenceOnly=1,
        contentType=FORMATS[ext].media_type,
        base=URLS.absolute(self_path),
    )
    found: dict[str, list[str]] = {"errors": [], "warnings": []}
    for event in result["loggedEvents"]:
        if isinstance(event, events.Error):
            found["errors"].append(Formatter([event])[0])
        elif isinstance(event, events.Warning):
            found["warnings"].append(Formatter([event])[0])
    return found


@pytest.mark.parametrize("ext", ["atom", "rss"])
def test_the_w3c_validator_finds_no_error_and_no_warning(validator: Any, ext: str) -> None:
    data = render(ext, hub_url="https://hub.example.org/", prev_archive_path=Urls.archive(ext, 1))
    assert validate(validator, data, ext, Urls.feed(ext)) == {"errors": [], "warnings": []}


@pytest.mark.parametrize("ext", ["atom", "rss"])
def test_the_w3c_validator_accepts_an_archive_page(validator: Any, ext: str) -> None:
    path = Urls.archive(ext, 2)
    data = render(
        ext,
        self_path=path,
        current_path=Urls.feed(ext),
        prev_archive_path=Urls.archive(ext, 1),
        next_archive_path=Urls.archive(ext, 3),
    )
    assert validate(validator, data, ext, path) == {"errors": [], "warnings": []}


@pytest.mark.parametrize("ext", ["atom", "rss"])
def test_the_w3c_validator_accepts_an_empty_feed(validator: Any, ext: str) -> None:
    data = render(ext, events=[], updated=stamp(0))
    assert validate(validator, data, ext, Urls.feed(ext)) == {"errors": [], "warnings": []}


@pytest.mark.parametrize("ext", ["atom", "rss"])
@pytest.mark.parametrize(
    "title",
    [
        "China&#39;s R&amp;D centre opens",
        "Trade <b>fair</b> opens in <a href='/almaty'>Almaty</a>",
        "AT&T and R&D agree & sign",
        "Forum\x07 opens \u2013 \u201cquoted\u201d \u4e2d\u56fd",
    ],
)
def test_the_w3c_validator_accepts_titles_copied_from_web_pages(
    validator: Any, ext: str, title: str
) -> None:
    event = replace(sample_events()[0], title=title, tags=(title,))
    data = render(ext, events=[event])
    assert validate(validator, data, ext, Urls.feed(ext)) == {"errors": [], "warnings": []}
