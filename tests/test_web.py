"""The timeline page, event, topic and source pages, read as a browser's parser reads them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import lxml.html
import pytest
from flask import Flask
from flask.testing import FlaskClient

from feeds.types import EventQuery
from tests.web_fixtures import FORUM, NOW, SUMMIT, make_store, settings_for
from web import create_app


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store file with the three test articles."""
    path = tmp_path_factory.mktemp("web") / "timeline.db"
    make_store(path).close()
    return path


@pytest.fixture
def app(db: Path) -> Flask:
    """The app over the test store, opening its own connections."""
    return create_app(settings_for(db))


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    """A test client."""
    return app.test_client()


def page(client: FlaskClient, path: str, status: int = 200) -> lxml.html.HtmlElement:
    """GET a page and parse it, checking the status."""
    response = client.get(path)
    assert response.status_code == status, response.get_data(as_text=True)[:500]
    assert response.content_type == "text/html; charset=utf-8"
    return lxml.html.fromstring(response.get_data())


def texts(doc: lxml.html.HtmlElement, xpath: str) -> list[str]:
    """The whitespace-normalised text of each element an XPath selects."""
    return [" ".join(el.text_content().split()) for el in doc.xpath(xpath)]


def event_id(db: Path, title: str) -> str:
    """The id of the event with a title."""
    from feeds.store import open_store

    store = open_store(f"sqlite:///{db}")
    try:
        return next(e.id for e in store.query(EventQuery()) if e.title == title)
    finally:
        store.close()


def test_timeline_groups_events_by_year_and_month_newest_first(client: FlaskClient) -> None:
    doc = page(client, "/")
    assert texts(doc, "//section[@class='year']/h2") == ["2025", "2024", "2023"]
    assert texts(doc, "//section[@class='year'][h2='2024']//h3") == [
        "October 2024",
        "June 2024",
        "March 2024",
    ]
    assert texts(doc, "//h4[@class='event-title']")[0] == "Talks on the centre expected"


def test_oldest_first_toggle_reverses_the_order(client: FlaskClient) -> None:
    doc = page(client, "/?order=oldest")
    assert texts(doc, "//section[@class='year']/h2") == ["2023", "2024", "2025"]
    assert texts(doc, "//p[@class='order']/a") == ["Show newest first"]
    assert doc.xpath("//p[@class='order']/a/@href") == ["/"]


def test_each_date_is_shown_at_its_own_precision(client: FlaskClient) -> None:
    doc = page(client, "/?order=oldest")
    assert texts(doc, "//p[@class='when']") == [
        "2023",
        "March 2024",
        "1–2 June 2024",
        "26 October 2024",
        "Q2 2025",
    ]
    assert doc.xpath("//p[@class='when']/time/@datetime") == ["2023", "2024-03", "2024-10-26"]


def test_event_shows_its_quoted_sentence_source_tags_and_places(client: FlaskClient) -> None:
    doc = page(client, "/tags/cooperation")
    (event,) = doc.xpath("//article[contains(@class, 'event')]")
    assert texts(event, ".//blockquote") == [FORUM.paragraphs[0]]
    assert texts(event, ".//p[@class='cite']") == [
        "Xinhua: Experts hail regional tech exchange at <Forum> & more, 28 October 2024"
    ]
    assert event.xpath(".//p[@class='cite']/a/@href") == ["/sources/2024-10-28-forum"]
    assert event.xpath(".//a[contains(@class, 'chip')]/@href") == [
        "/places/yinchuan",
        "/places/china",
        "/tags/science",
        "/tags/cooperation",
    ]


def test_article_text_is_escaped_not_markup(client: FlaskClient) -> None:
    html = client.get("/tags/cooperation").get_data(as_text=True)
    assert "&lt;Forum&gt; &amp; more" in html
    assert "<Forum>" not in html


def test_tag_page_lists_only_events_with_the_tag(client: FlaskClient) -> None:
    doc = page(client, "/tags/science")
    assert texts(doc, "//h1") == ["Tagged “science”"]
    assert texts(doc, "//h4[@class='event-title']") == [
        "Talks on the centre expected",
        "China-Central Asia Cooperation Forum opens in Yinchuan",
        "CPPCC proposal for a joint science-technology centre",
    ]


def test_place_page_lists_only_events_in_the_place(client: FlaskClient) -> None:
    doc = page(client, "/places/kazakhstan")
    assert texts(doc, "//h1") == ["Events in Kazakhstan"]
    assert texts(doc, "//h4[@class='event-title']") == [
        "Leaders meet in Astana",
        "Kazakhstan and China expand exchange programs",
    ]


@pytest.mark.parametrize(
    ("query", "titles"),
    [
        (
            "publisher=News+Central+Asia+%28nCa%29",
            [
                "Talks on the centre expected",
                "CPPCC proposal for a joint science-technology centre",
            ],
        ),
        ("q=Yinchuan", ["China-Central Asia Cooperation Forum opens in Yinchuan"]),
        (
            "from=2024-06-01&to=2024-10-31",
            ["China-Central Asia Cooperation Forum opens in Yinchuan", "Leaders meet in Astana"],
        ),
        (
            "tag=science&place=china",
            [
                "China-Central Asia Cooperation Forum opens in Yinchuan",
                "CPPCC proposal for a joint science-technology centre",
            ],
        ),
    ],
)
def test_filters_in_the_url_narrow_the_list(
    client: FlaskClient, query: str, titles: list[str]
) -> None:
    doc = page(client, "/?" + query)
    assert texts(doc, "//h4[@class='event-title']") == titles
    assert doc.xpath("//p[@class='count']/a/@href") == ["/"]


def test_the_filter_form_shows_the_current_filters(client: FlaskClient) -> None:
    doc = page(client, "/?q=forum&tag=science&from=2024-01-01")
    assert doc.xpath("//input[@id='q']/@value") == ["forum"]
    assert doc.xpath("//select[@id='tag']/option[@selected]/@value") == ["science"]
    assert doc.xpath("//input[@id='from']/@value") == ["2024-01-01"]
    assert doc.xpath("//form[@role='search']/@action") == ["/"]


def test_a_search_matching_nothing_says_so(client: FlaskClient) -> None:
    doc = page(client, "/?q=zeppelin")
    assert texts(doc, "//section[@class='empty']/h2") == ["No events match this view"]


@pytest.mark.parametrize(
    ("query", "name"),
    [("from=2024-13-45", "from"), ("to=soon", "to"), ("page=0", "page"), ("order=random", "order")],
)
def test_a_bad_parameter_is_a_400_page_naming_it(
    client: FlaskClient, query: str, name: str
) -> None:
    doc = page(client, "/?" + query, status=400)
    assert f"“{name}”" in texts(doc, "//main")[0]


def test_pages_split_the_timeline_and_link_to_each_other(db: Path) -> None:
    client = create_app(settings_for(db, **{"web.page_size": 4})).test_client()
    first = page(client, "/")
    assert len(first.xpath("//article")) == 4
    assert first.xpath("//nav[@aria-label='Pages']//a/@href") == ["/page/2"]
    second = page(client, "/page/2")
    assert texts(second, "//h4[@class='event-title']") == [
        "Kazakhstan and China expand exchange programs"
    ]
    assert second.xpath("//nav[@aria-label='Pages']//a[@rel='prev']/@href") == ["/"]
    assert texts(page(client, "/?page=2"), "//h4[@class='event-title']") == texts(
        second, "//h4[@class='event-title']"
    )
    page(client, "/page/3", status=404)
    page(client, "/page/1", status=404)


def test_filtered_views_page_by_query_and_topic_pages_by_path(db: Path) -> None:
    client = create_app(settings_for(db, **{"web.page_size": 1})).test_client()
    searched = page(client, "/?q=china")
    assert searched.xpath("//nav[@aria-label='Pages']//a[@rel='next']/@href") == [
        "/?page=2&q=china"
    ]
    tag = page(client, "/tags/science")
    assert tag.xpath("//nav[@aria-label='Pages']//a[@rel='next']/@href") == ["/tags/science/page/2"]
    assert page(client, "/tags/science/page/2").xpath("//article")


def test_overview_bars_link_to_their_month(client: FlaskClient) -> None:
    doc = page(client, "/")
    labels = doc.xpath("//figure[@class='overview']//a/@aria-label")
    assert labels == [
        "March 2024: 1 event",
        "June 2024: 1 event",
        "October 2024: 1 event",
    ]
    assert doc.xpath("//figure//a[@aria-label='October 2024: 1 event']/@href") == [
        "/?from=2024-10-01&to=2024-10-31"
    ]
    assert texts(doc, "//figcaption")[0].startswith("Events per month, March 2024 to October 2024.")


def test_autodiscovery_links_mirror_the_view(client: FlaskClient) -> None:
    home = page(client, "/?q=forum&page=1")
    assert home.xpath("//link[@rel='alternate']/@href") == [
        "/feeds/events.atom?q=forum",
        "/feeds/events.rss?q=forum",
        "/feeds/events.json?q=forum",
        "/feeds/events.ics?q=forum",
    ]
    assert home.xpath("//link[@rel='alternate']/@type") == [
        "application/atom+xml",
        "application/rss+xml",
        "application/feed+json",
        "text/calendar",
    ]
    tag = page(client, "/tags/science")
    assert tag.xpath("//link[@rel='alternate']/@href")[0] == "/tags/science/events.atom"


def test_subscribe_box_holds_absolute_feed_and_calendar_urls(client: FlaskClient) -> None:
    doc = page(client, "/places/kazakhstan")
    box = doc.xpath("//section[@id='subscribe']")[0]
    assert box.xpath(".//input/@value") == [
        "https://timeline.example/places/kazakhstan/events.atom",
        "https://timeline.example/places/kazakhstan/events.rss",
        "https://timeline.example/places/kazakhstan/events.json",
        "https://timeline.example/places/kazakhstan/events.ics",
    ]
    assert box.xpath(".//p[@class='calendar-links']/a/@href") == [
        "webcal://timeline.example/places/kazakhstan/events.ics",
        "https://calendar.google.com/calendar/r?cid=webcal%3A%2F%2Ftimeline.example%2Fplaces%2Fkazakhstan%2Fevents.ics",
    ]
    assert box.xpath(".//button[@data-copy]/@data-copy") == [
        "feed-atom",
        "feed-rss",
        "feed-json",
        "feed-ics",
    ]


def test_event_page_offers_calendar_and_share_links(client: FlaskClient, db: Path) -> None:
    event = event_id(db, "Leaders meet in Astana")
    doc = page(client, f"/events/{event}")
    assert texts(doc, "//h1") == ["Leaders meet in Astana"]
    assert texts(doc, "//p[@class='when']") == ["1–2 June 2024"]
    assert doc.xpath("//a[@download]/@href") == [f"/events/{event}.ics"]
    assert doc.xpath("//input[@id='permalink']/@value") == [
        f"https://timeline.example/events/{event}"
    ]
    assert doc.xpath("//link[@rel='canonical']/@href") == [
        f"https://timeline.example/events/{event}"
    ]
    assert doc.xpath("//a[starts-with(@href, 'mailto:')]")


def test_unknown_event_tag_place_and_source_are_404_pages_in_site_style(
    client: FlaskClient,
) -> None:
    for path in (
        "/events/nope",
        "/events/nope.ics",
        "/tags/nope",
        "/places/nope",
        "/sources/nope",
        "/nope",
    ):
        doc = page(client, path, status=404)
        assert texts(doc, "//h1") == ["Page not found"]
        assert doc.xpath("//a[@class='skip']/@href") == ["#main"]


def test_source_page_shows_the_article_as_read(client: FlaskClient) -> None:
    doc = page(client, "/sources/2024-10-10-centre")
    assert texts(doc, "//h1") == ["China planning to establish joint science-technology centre"]
    assert texts(doc, "//p[@class='byline']") == ["News Central Asia (nCa), 10 October 2024"]
    assert texts(doc, "//div[@class='article-text']/p") == [
        "The proposal was made at the CPPCC session in March 2024.",
        "Talks are expected in the second quarter of 2025.",
    ]


def test_every_page_has_lang_landmarks_skip_link_and_one_h1(client: FlaskClient, db: Path) -> None:
    event = event_id(db, "Leaders meet in Astana")
    for path in ("/", "/tags/science", f"/events/{event}", "/sources/2024-06-02-summit"):
        doc = page(client, path)
        assert doc.xpath("/html/@lang") == ["en"]
        assert len(doc.xpath("//main[@id='main']")) == 1
        assert len(doc.xpath("//header")) >= 1 and len(doc.xpath("//footer")) == 1
        assert len(doc.xpath("//h1")) == 1
        assert doc.xpath("//meta[@name='viewport']")


def test_empty_store_explains_how_to_add_articles(tmp_path: Path) -> None:
    client = create_app(settings_for(tmp_path / "empty.db")).test_client()
    doc = page(client, "/")
    assert texts(doc, "//section[@class='empty']/h2") == ["No events yet"]
    assert "timeline ingest PATH" in texts(doc, "//section[@class='empty']")[0]
    assert not doc.xpath("//figure")


def test_static_files_are_served_with_their_types(client: FlaskClient) -> None:
    assert client.get("/static/site.css").content_type == "text/css; charset=utf-8"
    assert client.get("/static/site.js").content_type == "text/javascript; charset=utf-8"
    assert client.get("/static/favicon.svg").content_type == "image/svg+xml; charset=utf-8"
    assert client.get("/static/missing.css").status_code == 404


def test_sample_articles_fill_every_page_and_feed(tmp_path: Path, seeds_dir: Path) -> None:
    from feeds.ingest import ingest
    from feeds.store import open_store

    store = open_store(f"sqlite:///{tmp_path / 'seeds.db'}")
    ingest(store, [seeds_dir], NOW)
    events = store.query(EventQuery())
    store.close()
    client = create_app(settings_for(tmp_path / "seeds.db")).test_client()
    doc = page(client, "/")
    assert sorted(texts(doc, "//h4[@class='event-title']")) == sorted(e.title for e in events)
    assert {"26 October 2024", "March 2024", "2023"} <= set(texts(doc, "//p[@class='when']"))
    for event in events:
        page(client, f"/events/{event.id}")
        for source in event.sources:
            page(client, f"/sources/{source.document}")
    for ext in ("atom", "rss", "json", "ics"):
        assert client.get(f"/feeds/events.{ext}").status_code == 200


def test_pages_parse_as_html5_without_errors(client: FlaskClient, db: Path) -> None:
    import html5lib

    event = event_id(db, "Leaders meet in Astana")
    paths = [
        "/",
        "/?order=oldest&tag=science",
        "/tags/science",
        f"/events/{event}",
        "/sources/2024-06-02-summit",
        "/nope",
    ]
    for path in paths:
        parser = html5lib.HTMLParser(strict=True)
        parser.parse(client.get(path).get_data())
        assert parser.errors == [], path


def test_a_store_that_cannot_be_opened_gives_a_500_page_in_site_style(tmp_path: Path) -> None:
    (tmp_path / "not-a-database.db").write_bytes(b"this is not SQLite" * 100)
    client = create_app(settings_for(tmp_path / "not-a-database.db")).test_client()
    doc = page(client, "/", status=500)
    assert texts(doc, "//h1") == ["Something went wrong"]
    assert doc.xpath("//a[@class='skip']/@href") == ["#main"]


def test_control_characters_in_article_text_never_reach_the_page(tmp_path: Path) -> None:
    from feeds.store import open_store
    from feeds.types import Candidate, Source, When

    sentence = "The bell\x07 rang on\x0b 5 May 2024."
    doc = replace(SUMMIT, id="bell", title="Bell\x1b story", paragraphs=(sentence,), text=sentence)
    store = open_store(f"sqlite:///{tmp_path / 'bell.db'}")
    day = date(2024, 5, 5)
    candidate = Candidate(
        id="bell-1",
        title="Bell\x07 rings",
        summary=sentence,
        when=When("2024-05-05", day, day, "day"),
        source=Source(doc.id, doc.title, doc.publisher, doc.published, sentence),
    )
    store.put_document(doc, [candidate], now=NOW)
    store.rebuild_events(NOW)
    store.close()
    client = create_app(settings_for(tmp_path / "bell.db")).test_client()
    for path, shown in (("/", "Bell rings"), ("/sources/bell", "Bell story")):
        html = client.get(path).get_data(as_text=True)
        assert shown in html
        assert not any(ch in html for ch in "\x07\x0b\x1b")
