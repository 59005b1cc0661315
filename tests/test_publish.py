"""The event -> feed-fields mapping, the format registry, and what every format shares.

The golden files in tests/data/feeds/ are the renderers' output for `sample_events()`;
after a deliberate change of output, regenerate them with

    TIMELINE_REGEN_FEEDS=1 python -m pytest tests/test_publish.py -k golden

and review the diff before committing it.
"""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from feeds.publish import FORMATS
from feeds.publish.entry import entry_fields, plain_text
from feeds.timex.values import to_when
from feeds.types import Event, FeedMeta, Source, When
from feeds.urls import FEED_EXTENSIONS, Urls

GOLDEN = Path(__file__).parent / "data" / "feeds"
BASE_URL = "https://timeline.example.org"
URLS = Urls(BASE_URL)

FORUM_ARTICLE = Source(
    document="2024-10-28-china-central-asia-cooperation-forum",
    title="Experts hail regional tech exchange at China-Central Asia Cooperation Forum",
    publisher=None,
    published=date(2024, 10, 28),
    sentence=(
        "Experts and scholars from central Asian countries hailed sustained and greater"
        " cooperation in science and technology at the 11th China-Central Asia Cooperation"
        " Forum, which opened Saturday in Yinchuan, capital of northwest China's Ningxia Hui"
        " Autonomous Region."
    ),
)
CENTRE_ARTICLE = Source(
    document="2024-10-10-joint-sci-tech-centre-proposal",
    title="China planning to establish joint science-technology centre with Central Asia",
    publisher="News Central Asia (nCa)",
    published=date(2024, 10, 10),
    sentence=(
        "The idea was born during a meeting of the CPPCC (Chinese People\u2019s Political"
        " Consultative Conference) in March this year."
    ),
)


def when(value: str) -> When:
    """The `When` of a TimeML value (the tests' values are all valid)."""
    found = to_when(value)
    assert found is not None
    return found


def stamp(minute: int, micro: int = 0) -> datetime:
    """A record time on 28 October 2024 (aware UTC)."""
    return datetime(2024, 10, 28, 9, minute, 0, micro, tzinfo=UTC)


def sample_events() -> list[Event]:
    """Events of every precision, newest record first, as the store gives them to feeds."""
    forum = Event(
        id="f3a9c1d2e4b5",
        title="11th China-Central Asia Cooperation Forum opens in Yinchuan",
        summary=FORUM_ARTICLE.sentence,
        when=when("2024-10-26"),
        sources=(
            FORUM_ARTICLE,
            Source(
                document="2024-10-29-forum-follow-up",
                title="Forum in Yinchuan ends with cooperation agreements",
                publisher="Xinhua",
                published=date(2024, 10, 29),
                sentence="The forum, which opened on Oct. 26, ended on Monday.",
            ),
        ),
        tags=("science", "cooperation"),
        places=("Yinchuan", "China"),
        actors=(),
        first_seen=stamp(0, 3),
        updated=stamp(30, 1),
        sequence=1,
    )
    fair = Event(
        id="0b7e2a9d41c3",
        # Article text is untrusted: markup and control characters must not reach readers.
        title="Trade <b>fair</b> in Almaty\x07",
        summary="Organisers said the fair & its \x1bforum will run from Nov. 20 to 24.",
        when=when("2024-11-20/2024-11-24"),
        sources=(
            Source(
                document="2024-10-28-almaty-fair",
                title="Almaty to host <Central Asia> trade fair",
                publisher="Kazinform",
                published=date(2024, 10, 28),
                sentence="Organisers said the fair & its \x1bforum will run from Nov. 20 to 24.",
            ),
        ),
        tags=("trade",),
        places=("Almaty", "Kazakhstan"),
        actors=(),
        first_seen=stamp(0, 2),
        updated=stamp(0, 2),
    )
    exchange = Event(
        id="9d8c7b6a5f4e",
        title="Kazakhstan and China expand exchange programs for researchers and students",
        summary=(
            '"In 2023, Kazakhstan and China achieved significant progress in developing'
            ' exchange programs for researchers and students," said Gulnar Shaimergenova.'
        ),
        when=when("2023"),
        sources=(FORUM_ARTICLE,),
        tags=("education",),
        places=("Kazakhstan", "China"),
        actors=("Gulnar Shaimergenova",),
        first_seen=stamp(0, 1),
        updated=stamp(0, 1),
    )
    proposal = Event(
        id="5e4d3c2b1a09",
        title="CPPCC members propose a joint sci-tech centre with Central Asia",
        summary=CENTRE_ARTICLE.sentence,
        when=when("2024-03"),
        sources=(CENTRE_ARTICLE,),
        tags=("science",),
        places=("Xinjiang", "Central Asia"),
        actors=("CPPCC",),
        first_seen=stamp(0),
        updated=stamp(0),
    )
    rail = Event(
        id="77aa88bb99cc",
        title="Rail link to Central Asia to open",
        summary="The new rail link is due to open in the second quarter of 2025.",
        when=when("2025-Q2"),
        sources=(CENTRE_ARTICLE,),
        tags=(),
        places=(),
        actors=(),
        first_seen=datetime(2024, 10, 27, 23, 59, 59, tzinfo=UTC),
        updated=datetime(2024, 10, 27, 23, 59, 59, tzinfo=UTC),
    )
    return [forum, fair, exchange, proposal, rail]


def sample_meta(ext: str, **changes: Any) -> FeedMeta:
    """The site feed's metadata for one format, with `changes` applied."""
    meta = FeedMeta(
        title="Timeline",
        subtitle="Dated events from the news.",
        author="Timeline",
        base_url=BASE_URL,
        self_path=Urls.feed(ext),
        page_path=Urls.home(),
        updated=stamp(30, 1),
    )
    return replace(meta, **changes)


def render(ext: str, events: list[Event] | None = None, **changes: Any) -> bytes:
    """One format's output for the sample events (or `events`)."""
    chosen = sample_events() if events is None else events
    return FORMATS[ext].render(chosen, sample_meta(ext, **changes), URLS)


# ------------------------------------------------------------------ the feed-fields mapping


def test_an_entry_is_identified_by_the_absolute_url_of_its_event_page() -> None:
    fields = entry_fields(sample_events()[0], URLS)
    assert fields.id == "https://timeline.example.org/events/f3a9c1d2e4b5"
    assert fields.url == fields.id


def test_an_entry_title_starts_with_the_date_as_shown() -> None:
    titles = [entry_fields(e, URLS).title for e in sample_events()]
    assert titles == [
        "26 October 2024: 11th China-Central Asia Cooperation Forum opens in Yinchuan",
        "20\u201324 November 2024: Trade fair in Almaty",
        "2023: Kazakhstan and China expand exchange programs for researchers and students",
        "March 2024: CPPCC members propose a joint sci-tech centre with Central Asia",
        "Q2 2025: Rail link to Central Asia to open",
    ]


@pytest.mark.parametrize(
    ("value", "title"),
    [("2025-FA", "Autumn 2025: Rail link"), ("199", "The 1990s: Rail link")],
)
def test_an_entry_title_opens_with_a_capital_whatever_the_date(value: str, title: str) -> None:
    event = replace(sample_events()[4], title="Rail link", when=when(value))
    assert entry_fields(event, URLS).title == title


def test_a_title_of_nothing_but_markup_leaves_the_date_alone() -> None:
    event = replace(sample_events()[0], title="<br/>\x07")
    assert entry_fields(event, URLS).title == "26 October 2024"


def test_entry_content_holds_the_summary_and_every_source_with_its_sentence() -> None:
    fields = entry_fields(sample_events()[0], URLS)
    assert fields.content_text.splitlines()[0] == "26 October 2024"
    assert FORUM_ARTICLE.sentence in fields.content_text
    assert "The forum, which opened on Oct. 26, ended on Monday." in fields.content_text
    assert "Xinhua, 29 October 2024" in fields.content_text
    assert (
        '<a href="https://timeline.example.org/sources/2024-10-29-forum-follow-up">'
        "Forum in Yinchuan ends with cooperation agreements</a>"
    ) in fields.content_html


def test_article_markup_is_escaped_in_html_content() -> None:
    fields = entry_fields(sample_events()[1], URLS)
    assert "Almaty to host &lt;Central Asia&gt; trade fair" in fields.content_html
    assert "the fair &amp; its forum" in fields.content_html
    assert "<Central Asia>" not in fields.content_html


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("Trade <b>fair</b> in Almaty", "Trade fair in Almaty"),
        ('See <a href="https://example.org/">the plan</a>.', "See the plan."),
        ("Prices rise <5% as a < b", "Prices rise <5% as a < b"),
        ("Forum\x07 opens\n in  Yinchuan", "Forum opens in Yinchuan"),
        ("China&#39;s R&amp;D centre &lt;b&gt;opens&lt;/b&gt;", "China's R&D centre opens"),
        ("AT&T and R&D agree", "AT&T and R&D agree"),
        ("Bell &#7;rings", "Bell rings"),
    ],
)
def test_plain_text_fields_lose_markup_and_controls(text: str, plain: str) -> None:
    assert plain_text(text) == plain


def test_entry_categories_are_tags_then_places() -> None:
    fields = entry_fields(sample_events()[0], URLS)
    assert fields.categories == ("science", "cooperation", "Yinchuan", "China")


def test_entry_dates_are_the_record_times_never_the_event_date() -> None:
    event = sample_events()[0]
    fields = entry_fields(event, URLS)
    assert fields.published == event.first_seen
    assert fields.updated == event.updated
    assert fields.published.tzinfo is not None


def test_an_event_with_a_naive_record_time_is_refused() -> None:
    event = replace(sample_events()[0], updated=datetime(2024, 10, 28, 9, 0))
    with pytest.raises(ValueError, match="no timezone"):
        entry_fields(event, URLS)


# ------------------------------------------------------------------ the registry


def test_every_feed_extension_has_a_format_with_a_utf8_media_type() -> None:
    assert tuple(FORMATS) == FEED_EXTENSIONS
    assert {ext: fmt.media_type for ext, fmt in FORMATS.items()} == {
        "atom": "application/atom+xml; charset=utf-8",
        "rss": "application/rss+xml; charset=utf-8",
        "json": "application/feed+json; charset=utf-8",
        "ics": "text/calendar; charset=utf-8",
    }


# ------------------------------------------------------------------ shared by every format


@pytest.mark.parametrize("ext", FEED_EXTENSIONS)
def test_rendering_is_deterministic(ext: str) -> None:
    assert render(ext) == render(ext)


@pytest.mark.parametrize("ext", FEED_EXTENSIONS)
def test_output_carries_no_control_characters(ext: str) -> None:
    text = render(ext, include_coarse=True).decode("utf-8")
    allowed = {"\t", "\n", "\r"}
    assert not [c for c in text if (ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F) and c not in allowed]
    assert "Trade" in text


@pytest.mark.parametrize("ext", FEED_EXTENSIONS)
def test_an_empty_feed_is_still_a_document(ext: str) -> None:
    data = render(ext, events=[])
    assert data.strip()
    assert b"Timeline" in data


@pytest.mark.parametrize("ext", FEED_EXTENSIONS)
def test_rendering_never_touches_the_process_locale(ext: str) -> None:
    # feedgen formats RFC 822 dates by switching the whole process to the C locale, which
    # races with other threads of a server; the renderers must never call setlocale.
    calls: list[str] = []

    def watch(frame: Any, event: str, arg: Any) -> None:
        """Record calls of C functions named setlocale."""
        if event == "c_call" and getattr(arg, "__name__", "") == "setlocale":
            calls.append(event)

    sys.setprofile(watch)
    try:
        render(ext)
    finally:
        sys.setprofile(None)
    assert calls == []


GOLDEN_CASES = {
    "events.atom": lambda: render("atom", hub_url="https://hub.example.org/"),
    "events.rss": lambda: render("rss"),
    "events.json": lambda: render("json"),
    "events.ics": lambda: render("ics"),
    "events-coarse.ics": lambda: render("ics", include_coarse=True),
    "events-1.atom": lambda: render(
        "atom",
        self_path=Urls.archive("atom", 1),
        current_path=Urls.feed("atom"),
        next_archive_path=Urls.archive("atom", 2),
    ),
}


@pytest.mark.parametrize("name", sorted(GOLDEN_CASES))
def test_output_matches_the_golden_file(name: str) -> None:
    data = GOLDEN_CASES[name]()
    path = GOLDEN / name
    if os.environ.get("TIMELINE_REGEN_FEEDS"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    assert data == path.read_bytes(), f"{name} changed; see this module's docstring"
