"""The feed routes: site, topic and search feeds, RFC 5005 archives and one-event calendars."""

from __future__ import annotations

import json
from pathlib import Path

import feedparser
import icalendar
import pytest
from flask.testing import FlaskClient

from feeds.store import open_store
from feeds.types import EventQuery
from tests.web_fixtures import make_store, settings_for
from web import create_app


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store file with the three test articles (five events; feeds hold three)."""
    path = tmp_path_factory.mktemp("feeds") / "timeline.db"
    make_store(path).close()
    return path


@pytest.fixture
def client(db: Path) -> FlaskClient:
    """A test client of the app over the store, with a WebSub hub configured."""
    settings = settings_for(db, **{"feeds.hub_url": "https://hub.example/"})
    return create_app(settings).test_client()


def parsed(client: FlaskClient, path: str) -> feedparser.FeedParserDict:
    """GET a feed and parse it as a feed reader would, checking it parsed cleanly."""
    response = client.get(path)
    assert response.status_code == 200, path
    feed = feedparser.parse(response.get_data())
    assert not feed.bozo, feed.get("bozo_exception")
    return feed


def links(feed: feedparser.FeedParserDict) -> dict[str, str]:
    """The feed's links by relation."""
    return {link["rel"]: link["href"] for link in feed.feed.links}


def ids(db: Path) -> list[str]:
    """Every event id, newest record first as the feeds order them."""
    store = open_store(f"sqlite:///{db}")
    try:
        return [e.id for e in store.query(EventQuery(order="recent"))]
    finally:
        store.close()


@pytest.mark.parametrize("ext", ["atom", "rss"])
def test_site_feed_holds_the_newest_records_up_to_the_limit(
    client: FlaskClient, db: Path, ext: str
) -> None:
    feed = parsed(client, f"/feeds/events.{ext}")
    assert len(feed.entries) == 3
    assert [e.id.rsplit("/", 1)[1] for e in feed.entries] == ids(db)[:3]
    assert links(feed)["self"] == f"https://timeline.example/feeds/events.{ext}"
    assert links(feed)["hub"] == "https://hub.example/"


def test_atom_feed_links_to_its_newest_archive_page_which_holds_the_rest(
    client: FlaskClient, db: Path
) -> None:
    current = parsed(client, "/feeds/events.atom")
    assert links(current)["prev-archive"] == "https://timeline.example/feeds/events-1.atom"
    archive = parsed(client, "/feeds/events-1.atom")
    assert links(archive)["current"] == "https://timeline.example/feeds/events.atom"
    assert "prev-archive" not in links(archive)
    assert [e.id.rsplit("/", 1)[1] for e in archive.entries] == ids(db)[3:]
    assert b"<fh:archive/>" in client.get("/feeds/events-1.atom").get_data()


def test_archive_pages_beyond_the_history_are_404(client: FlaskClient) -> None:
    assert client.get("/feeds/events-2.atom").status_code == 404
    assert client.get("/feeds/events-0.atom").status_code == 404
    assert client.get("/feeds/events-1.ics").status_code == 404


def test_json_feed_pages_with_next_url(client: FlaskClient, db: Path) -> None:
    response = client.get("/feeds/events.json")
    assert response.headers["Content-Type"] == "application/feed+json; charset=utf-8"
    current = json.loads(response.get_data())
    assert current["next_url"] == "https://timeline.example/feeds/events-1.json"
    older = json.loads(client.get("/feeds/events-1.json").get_data())
    assert "next_url" not in older
    assert [item["id"] for item in current["items"] + older["items"]] == [
        f"https://timeline.example/events/{i}" for i in ids(db)
    ]


def test_tag_feed_has_its_own_title_self_link_and_page(client: FlaskClient) -> None:
    feed = parsed(client, "/tags/education/events.atom")
    assert feed.feed.title == "Test Timeline: events tagged “education”"
    assert links(feed)["self"] == "https://timeline.example/tags/education/events.atom"
    assert links(feed)["alternate"] == "https://timeline.example/tags/education"
    assert [e.title for e in feed.entries] == [
        "2023: Kazakhstan and China expand exchange programs"
    ]


def test_place_feed_holds_only_the_place_s_events(client: FlaskClient) -> None:
    feed = parsed(client, "/places/kazakhstan/events.rss")
    assert feed.feed.title == "Test Timeline: events in Kazakhstan"
    assert len(feed.entries) == 2


def test_search_feed_mirrors_the_searched_page(client: FlaskClient) -> None:
    feed = parsed(client, "/feeds/events.atom?q=Yinchuan")
    assert feed.feed.title == "Test Timeline — “Yinchuan”"
    assert links(feed)["self"] == "https://timeline.example/feeds/events.atom?q=Yinchuan"
    assert links(feed)["alternate"] == "https://timeline.example/?q=Yinchuan"
    assert "prev-archive" not in links(feed)
    assert len(feed.entries) == 1


def test_feeds_of_unknown_topics_or_formats_are_404(client: FlaskClient) -> None:
    assert client.get("/tags/nope/events.atom").status_code == 404
    assert client.get("/places/nope/events.ics").status_code == 404
    assert client.get("/feeds/events.xml").status_code == 404


def test_event_calendar_holds_that_one_event_even_when_coarse(
    client: FlaskClient, db: Path
) -> None:
    store = open_store(f"sqlite:///{db}")
    month = next(e for e in store.query(EventQuery()) if e.when.granularity == "month")
    store.close()
    response = client.get(f"/events/{month.id}.ics")
    assert response.headers["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = icalendar.Calendar.from_ical(response.get_data())
    (event,) = calendar.walk("VEVENT")
    assert str(event["SUMMARY"]) == month.title
    assert event.decoded("DTSTART").isoformat() == "2024-03-01"
    assert event.decoded("DTEND").isoformat() == "2024-04-01"


def test_site_calendar_leaves_coarse_events_out_by_default(client: FlaskClient) -> None:
    calendar = icalendar.Calendar.from_ical(client.get("/feeds/events.ics").get_data())
    starts = sorted(e.decoded("DTSTART").isoformat() for e in calendar.walk("VEVENT"))
    assert starts == ["2024-06-01", "2024-10-26"]


def test_site_calendar_holds_the_latest_dated_events_up_to_its_own_limit(db: Path) -> None:
    settings = settings_for(db, **{"calendar.limit": 4, "calendar.include_coarse": True})
    body = create_app(settings).test_client().get("/feeds/events.ics").get_data()
    calendar = icalendar.Calendar.from_ical(body)
    starts = sorted(e.decoded("DTSTART").isoformat() for e in calendar.walk("VEVENT"))
    # Four events although feeds hold three; the 2023 event is the earliest and is left out.
    assert starts == ["2024-03-01", "2024-06-01", "2024-10-26", "2025-04-01"]


def test_feeds_are_the_same_bytes_on_every_request(db: Path) -> None:
    first = create_app(settings_for(db)).test_client().get("/feeds/events.atom").get_data()
    second = create_app(settings_for(db)).test_client().get("/feeds/events.atom").get_data()
    assert first == second
