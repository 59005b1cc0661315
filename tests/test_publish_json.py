"""JSON Feed 1.1 as a reader reads it: the spec's fields, string ids, record dates."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from feeds.urls import Urls
from tests.test_publish import URLS, render, sample_events


def document(**changes: Any) -> dict[str, Any]:
    """The JSON Feed of the sample events, parsed."""
    parsed: dict[str, Any] = json.loads(render("json", **changes).decode("utf-8"))
    return parsed


def test_the_feed_declares_version_1_1_and_names_itself() -> None:
    feed = document()
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert feed["title"] == "Timeline"
    assert feed["home_page_url"] == "https://timeline.example.org/"
    assert feed["feed_url"] == "https://timeline.example.org/feeds/events.json"
    assert feed["authors"] == [{"name": "Timeline"}]
    assert "author" not in feed


def test_items_keep_the_given_order_with_string_ids_and_absolute_urls() -> None:
    items = document()["items"]
    expected = [URLS.absolute(Urls.event(e.id)) for e in sample_events()]
    assert [i["id"] for i in items] == expected
    assert [i["url"] for i in items] == expected


def test_an_item_carries_title_content_tags_and_record_dates() -> None:
    item = document()["items"][0]
    assert (
        item["title"]
        == "26 October 2024: 11th China-Central Asia Cooperation Forum opens in Yinchuan"
    )
    assert item["content_text"].startswith("26 October 2024\n")
    assert "<ul><li>" in item["content_html"]
    assert item["tags"] == ["science", "cooperation", "Yinchuan", "China"]
    assert item["date_published"] == "2024-10-28T09:00:00.000003+00:00"
    assert item["date_modified"] == "2024-10-28T09:30:00.000001+00:00"
    assert datetime.fromisoformat(item["date_modified"]).tzinfo is not None


def test_an_item_states_the_event_date_at_its_precision() -> None:
    items = document()["items"]
    assert items[3]["_timeline"] == {
        "when": "March 2024",
        "value": "2024-03",
        "start": "2024-03-01",
        "end": "2024-03-31",
        "granularity": "month",
    }


def test_an_item_without_tags_has_no_tags_key() -> None:
    assert "tags" not in document()["items"][4]


def test_older_items_are_linked_as_the_next_page() -> None:
    feed = document(next_page_path=Urls.archive("json", 4))
    assert feed["next_url"] == "https://timeline.example.org/feeds/events-4.json"
    assert "next_url" not in document()


def test_a_hub_is_announced_as_websub() -> None:
    feed = document(hub_url="https://hub.example.org/")
    assert feed["hubs"] == [{"type": "WebSub", "url": "https://hub.example.org/"}]


def test_control_characters_are_gone_from_every_string() -> None:
    fair = document()["items"][1]
    assert fair["title"] == "20\u201324 November 2024: Trade fair in Almaty"
    strings = [v for v in fair.values() if isinstance(v, str)]
    assert not [s for s in strings if any(ord(c) < 0x20 and c != "\n" for c in s)]
