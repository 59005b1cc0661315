"""The frozen values that cross module boundaries: documents, timexes, dates, sources, events."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

#: Granularities a `When` can have, finest first.
GRANULARITIES = (
    "day",
    "week",
    "month",
    "season",
    "quarter",
    "half",
    "year",
    "decade",
    "century",
)


@dataclass(frozen=True)
class Document:
    """One article as read from its file.

    Attributes:
        id: the file stem (``2024-10-28-china-central-asia-cooperation-forum``).
        path: the file's path as given to the reader (posix form).
        title: the headline.
        publisher: the publisher's name, when the file names one.
        published: the header date, the document creation time (DCT).
        dateline: the dateline as written (``YINCHUAN, Oct. 27 (Xinhua) --``), or None.
        place: the dateline's place (``Yinchuan``), or None.
        anchor: the day relative dates resolve against: the dateline's day, else ``published``.
        text: the body, paragraphs joined by a blank line (headline, header, dateline line
            and sign-off excluded; an inline dateline prefix is kept out of the first paragraph).
        paragraphs: the body's paragraphs, in order.
        digest: sha256 hex of the file's bytes, so an unchanged file is skipped on re-ingest.
    """

    id: str
    path: str
    title: str
    publisher: str | None
    published: date
    dateline: str | None
    place: str | None
    anchor: date
    text: str
    paragraphs: tuple[str, ...]
    digest: str


@dataclass(frozen=True)
class Timex:
    """A temporal expression found in a text.

    Attributes:
        start: code-point offset of the first character.
        end: code-point offset after the last character (exclusive).
        text: ``text[start:end]`` of the tagged string.
        type: DATE, TIME, DURATION or SET.
        value: the TimeML value (``2024-10-26``, ``2024-03``, ``P3D``, ``PRESENT_REF`` ...).
        mod: the TimeML ``mod`` (``START``, ``END``, ``MID``, ``APPROX`` ...), or None.
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None


@dataclass(frozen=True)
class When:
    """The day interval an event date covers, both ends inclusive, at its own precision.

    Attributes:
        value: the TimeML value, or ``START/END`` values for a range (``2024-11-20/2024-11-24``).
        start: first day covered.
        end: last day covered (inclusive).
        granularity: one of `GRANULARITIES`; a range takes the granularity of its ends.
    """

    value: str
    start: date
    end: date
    granularity: str


@dataclass(frozen=True)
class Source:
    """One article's report of an event.

    Attributes:
        document: the article's `Document.id`.
        title: the article's headline.
        publisher: the article's publisher, if known.
        published: the article's date.
        sentence: the sentence that reports the event, verbatim.
    """

    document: str
    title: str
    publisher: str | None
    published: date
    sentence: str


@dataclass(frozen=True)
class Candidate:
    """An event as one document reports it, before merging across documents.

    Attributes:
        id: stable id derived from the document id and the clause (same input, same id).
        title: a short headline built from the clause holding the date.
        summary: the sentence (or two) that states it.
        when: the event's date interval.
        source: the reporting article and sentence.
        tags: topic tags (lower case words or phrases).
        places: place names (canonical spelling: ``Kyrgyzstan``, ``Yinchuan``).
        actors: organisations and people named as actors.
        timex: the temporal expression that dates it.
        rule: the name of the rule that made this clause an event (for ``--explain``).
    """

    id: str
    title: str
    summary: str
    when: When
    source: Source
    tags: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    timex: Timex | None = None
    rule: str = ""


@dataclass(frozen=True)
class Event:
    """A happening on the timeline, possibly reported by several sources.

    Attributes:
        id: stable id; does not change when another source of the same event arrives.
        title: the best title among its candidates.
        summary: the best summary among its candidates.
        when: the most precise date among its candidates.
        sources: every article that reports it, oldest publication first.
        tags: union of its candidates' tags.
        places: union of its candidates' places.
        actors: union of its candidates' actors.
        first_seen: when the store first held it (aware UTC).
        updated: when it last changed (aware UTC).
        sequence: revision counter, bumped on every change (iCalendar ``SEQUENCE``).
        candidates: ids of the candidates merged into it.
        merge_reason: why its candidates were merged (empty for a single source).
    """

    id: str
    title: str
    summary: str
    when: When
    sources: tuple[Source, ...]
    tags: tuple[str, ...]
    places: tuple[str, ...]
    actors: tuple[str, ...]
    first_seen: datetime
    updated: datetime
    sequence: int = 0
    candidates: tuple[str, ...] = ()
    merge_reason: str = ""


@dataclass(frozen=True)
class FeedMeta:
    """What a feed says about itself.

    Attributes:
        title: the feed's title (site title, plus the topic for topic feeds).
        subtitle: one line describing the feed.
        author: the site's author.
        base_url: absolute site URL without trailing slash; every absolute URL starts with it.
        self_path: the path of this feed (``/feeds/events.atom``).
        page_path: the HTML page the feed mirrors (``/`` or ``/tags/china``).
        updated: newest record time among its events, or the store's time when empty (aware UTC).
        timezone: IANA name of the site's timezone.
        hub_url: WebSub hub, or None.
        prev_archive_path: path of the previous archive page (RFC 5005), or None.
        next_page_path: path of the next page of older items (JSON Feed ``next_url``), or None.
        current_path: for an archive page (RFC 5005 ``fh:archive``), the path of the current
            feed it belongs to; None for the current feed itself.
        next_archive_path: for an archive page, the path of the next newer archive page, or None.
        include_coarse: whether month/quarter/year events go into the calendar.
        refresh_minutes: the calendar's suggested refresh interval.
    """

    title: str
    subtitle: str
    author: str
    base_url: str
    self_path: str
    page_path: str
    updated: datetime
    timezone: str = "UTC"
    hub_url: str | None = None
    prev_archive_path: str | None = None
    next_page_path: str | None = None
    current_path: str | None = None
    next_archive_path: str | None = None
    include_coarse: bool = False
    refresh_minutes: int = 60


@dataclass(frozen=True)
class Merged:
    """Candidates that `feeds.merge` found to report the same happening, with the chosen fields.

    Attributes:
        candidates: the candidates, most precise and best-titled first.
        title: the best title.
        summary: the best summary.
        when: the most precise date.
        tags: union of tags, in first-seen order.
        places: union of places.
        actors: union of actors.
        reason: why they were merged, in words (empty for one candidate).
    """

    candidates: tuple[Candidate, ...]
    title: str
    summary: str
    when: When
    tags: tuple[str, ...]
    places: tuple[str, ...]
    actors: tuple[str, ...]
    reason: str = ""


#: Orders `EventQuery.order` accepts: by event date newest/oldest first, or by record time.
ORDERS = ("date_desc", "date_asc", "recent")


@dataclass(frozen=True)
class EventQuery:
    """A filtered, ordered window of events (the page's filters and the topic feeds).

    Attributes:
        tag: only events with this tag slug.
        place: only events with this place slug.
        publisher: only events with a source from this publisher (exact name).
        text: full-text search over title, summary and source sentences.
        since: only events whose interval ends on or after this day.
        until: only events whose interval starts on or before this day.
        order: one of `ORDERS`; ``recent`` is `Event.updated` newest first (feeds).
        limit: most events returned (None: all).
        offset: events skipped before the window.
    """

    tag: str | None = None
    place: str | None = None
    publisher: str | None = None
    text: str | None = None
    since: date | None = None
    until: date | None = None
    order: str = "date_desc"
    limit: int | None = None
    offset: int = 0
