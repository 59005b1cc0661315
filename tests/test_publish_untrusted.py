"""Any article text at all gives feeds that parse: control characters, markup, any script."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from xml.etree import ElementTree

import feedparser
import icalendar
import vobject
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from feeds.publish import FORMATS
from feeds.publish.entry import plain_text
from feeds.types import Event, Source
from tests.test_publish import URLS, sample_events, sample_meta

# Any code point but lone surrogates, which no UTF-8 file can hold.
TEXT = st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=60)


def event_with(title: str, summary: str, sentence: str, tag: str) -> Event:
    """The sample forum event with its article text replaced."""
    event = sample_events()[0]
    source = replace(event.sources[0], title=title, sentence=sentence, publisher=tag)
    return replace(
        event,
        title=title,
        summary=summary,
        sources=(source, Source("other", summary, None, source.published, sentence)),
        tags=(tag,),
        places=(title,),
    )


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=TEXT, summary=TEXT, sentence=TEXT, tag=TEXT)
def test_any_article_text_gives_feeds_every_client_parses(
    title: str, summary: str, sentence: str, tag: str
) -> None:
    event = event_with(title, summary, sentence, tag)
    for ext in ("atom", "rss"):
        data = FORMATS[ext].render([event], sample_meta(ext), URLS)
        parsed = feedparser.parse(data)
        assert parsed.bozo == 0, parsed.get("bozo_exception")
        assert len(parsed.entries) == 1
        # Read back with a plain XML parser: feedparser "repairs" text that looks mis-encoded.
        root = ElementTree.fromstring(data)
        titles = [t.text or "" for t in root.iter() if t.tag.endswith("title")]
        assert titles[-1].endswith(plain_text(title))
    feed = json.loads(FORMATS["json"].render([event], sample_meta("json"), URLS))
    assert feed["items"][0]["title"].endswith(plain_text(title))
    data = FORMATS["ics"].render([event], sample_meta("ics"), URLS)
    assert len(list(icalendar.Calendar.from_ical(data).walk("VEVENT"))) == 1
    calendar = vobject.readOne(io.StringIO(data.decode("utf-8")), validate=True)
    # icalendar writes a literal "\\N" as an escaped line break (its documented TEXT rule).
    assert calendar.vevent.summary.value == plain_text(title).replace("\\N", "\n")
