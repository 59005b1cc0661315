"""The calendar as calendar clients read it: icalendar, vobject, and RFC 5545's wire rules."""

from __future__ import annotations

import io
from datetime import date, timedelta
from typing import Any

import icalendar
import pytest
import vobject

from feeds.urls import Urls
from tests.test_publish import URLS, render, sample_events


def vevents(data: bytes) -> list[Any]:
    """The VEVENTs icalendar reads from a calendar."""
    return list(icalendar.Calendar.from_ical(data).walk("VEVENT"))


def by_uid(data: bytes) -> dict[str, Any]:
    """The VEVENTs by UID."""
    return {str(v["UID"]): v for v in vevents(data)}


def uid(index: int) -> str:
    """The UID of the sample event at `index`: the absolute URL of its page."""
    return URLS.absolute(Urls.event(sample_events()[index].id))


def test_only_day_precision_events_are_in_the_calendar_by_default() -> None:
    assert sorted(by_uid(render("ics"))) == sorted([uid(0), uid(1)])


def test_coarse_events_come_in_when_asked_for_spanning_their_whole_date() -> None:
    found = by_uid(render("ics", include_coarse=True))
    assert len(found) == 5
    march = found[uid(3)]
    assert march.decoded("DTSTART") == date(2024, 3, 1)
    assert march.decoded("DTEND") == date(2024, 4, 1)
    year = found[uid(2)]
    assert (year.decoded("DTSTART"), year.decoded("DTEND")) == (date(2023, 1, 1), date(2024, 1, 1))
    quarter = found[uid(4)]
    assert quarter.decoded("DTEND") == date(2025, 7, 1)


def test_a_day_is_an_all_day_event_ending_the_next_day() -> None:
    data = render("ics")
    forum = by_uid(data)[uid(0)]
    assert forum.decoded("DTSTART") == date(2024, 10, 26)
    assert forum.decoded("DTEND") == date(2024, 10, 27)
    assert b"DTSTART;VALUE=DATE:20241026\r\n" in data
    assert b"DTEND;VALUE=DATE:20241027\r\n" in data


def test_a_range_of_days_ends_the_day_after_its_last_day() -> None:
    fair = by_uid(render("ics"))[uid(1)]
    assert fair.decoded("DTSTART") == date(2024, 11, 20)
    assert fair.decoded("DTEND") == date(2024, 11, 25)


def test_record_fields_come_from_the_record_not_the_render_time() -> None:
    event = sample_events()[0]
    forum = by_uid(render("ics"))[uid(0)]
    assert forum.decoded("DTSTAMP") == event.updated.replace(microsecond=0)
    assert forum.decoded("LAST-MODIFIED") == event.updated.replace(microsecond=0)
    assert forum.decoded("CREATED") == event.first_seen.replace(microsecond=0)
    assert forum["SEQUENCE"] == 1


def test_an_event_links_to_its_page_and_describes_its_sources() -> None:
    forum = by_uid(render("ics"))[uid(0)]
    assert str(forum["URL"]) == uid(0)
    assert str(forum["SUMMARY"]) == "11th China-Central Asia Cooperation Forum opens in Yinchuan"
    description = str(forum["DESCRIPTION"])
    assert description.startswith("26 October 2024\n")
    assert "Forum in Yinchuan ends with cooperation agreements (Xinhua, 29 October 2024)" in (
        description
    )
    assert "https://timeline.example.org/sources/2024-10-29-forum-follow-up" in description
    assert str(forum["LOCATION"]) == "Yinchuan, China"


def test_an_event_without_tags_or_places_has_no_empty_categories() -> None:
    # libical rejects "CATEGORIES:" with no value (X-LIC-ERROR).
    data = render("ics", include_coarse=True)
    rail = by_uid(data)[uid(4)]
    assert "CATEGORIES" not in rail
    assert b"CATEGORIES:\r\n" not in data


def test_the_calendar_names_itself_and_asks_to_be_refreshed() -> None:
    data = render("ics", refresh_minutes=90)
    calendar = icalendar.Calendar.from_ical(data)
    assert str(calendar["X-WR-CALNAME"]) == "Timeline"
    assert str(calendar["NAME"]) == "Timeline"
    assert str(calendar["METHOD"]) == "PUBLISH"
    assert b"REFRESH-INTERVAL;VALUE=DURATION:PT1H30M\r\n" in data
    assert b"X-PUBLISHED-TTL:PT1H30M\r\n" in data
    assert calendar.decoded("REFRESH-INTERVAL") == timedelta(minutes=90)


def test_times_are_utc_or_all_day_dates_so_no_time_zone_is_needed() -> None:
    data = render("ics", include_coarse=True)
    assert b"TZID" not in data
    stamps = [
        line for line in data.split(b"\r\n") if line.startswith((b"DTSTAMP", b"LAST-MODIFIED"))
    ]
    assert stamps
    assert all(line.endswith(b"Z") for line in stamps)


def test_lines_end_in_crlf_and_fold_at_75_octets_between_characters() -> None:
    data = render("ics", include_coarse=True)
    assert data.endswith(b"\r\n")
    lines = data.split(b"\r\n")[:-1]
    assert all(b"\n" not in line and b"\r" not in line for line in lines)
    assert max(len(line) for line in lines) <= 75
    for line in lines:
        line.decode("utf-8")  # a fold inside a multi-byte character would fail here
    assert any(line.startswith(b" ") for line in lines)


def test_the_calendar_survives_an_icalendar_round_trip() -> None:
    data = render("ics", include_coarse=True)
    again = icalendar.Calendar.from_ical(data).to_ical()
    assert by_uid(again).keys() == by_uid(data).keys()
    assert icalendar.Calendar.from_ical(again) == icalendar.Calendar.from_ical(data)


@pytest.mark.parametrize("coarse", [False, True])
def test_vobject_validates_the_calendar(coarse: bool) -> None:
    data = render("ics", include_coarse=coarse)
    calendar = vobject.readOne(io.StringIO(data.decode("utf-8")), validate=True)
    found = {e.uid.value: e for e in calendar.vevent_list}
    assert len(found) == (5 if coarse else 2)
    assert found[uid(0)].dtstart.value == date(2024, 10, 26)
    assert found[uid(0)].summary.value.startswith("11th China-Central Asia")


def test_one_event_makes_an_add_to_calendar_file() -> None:
    event = sample_events()[3]
    path = Urls.event_calendar(event.id)
    data = render(
        "ics", events=[event], self_path=path, page_path=Urls.event(event.id), include_coarse=True
    )
    assert list(by_uid(data)) == [uid(3)]
    assert vobject.readOne(
        io.StringIO(data.decode("utf-8")), validate=True
    ).vevent.uid.value == uid(3)


def test_an_empty_calendar_still_parses() -> None:
    data = render("ics", events=[])
    assert vevents(data) == []
    assert str(icalendar.Calendar.from_ical(data)["X-WR-CALNAME"]) == "Timeline"


def test_control_characters_in_article_text_do_not_reach_the_calendar() -> None:
    fair = by_uid(render("ics"))[uid(1)]
    assert str(fair["SUMMARY"]) == "Trade fair in Almaty"
    assert "\x1b" not in str(fair["DESCRIPTION"])
