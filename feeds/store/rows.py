"""How values are written in the store's columns: ISO days and UTC times as text, lists as JSON.

Both backends store the same text, so every query (ordering by day, grouping by month) is
one SQL string shared by SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any

from feeds.types import Candidate, Document, Event, Source, Timex, When


def day(value: date) -> str:
    """A day as ``YYYY-MM-DD``."""
    return value.isoformat()


def parse_day(value: Any) -> date:
    """A stored day back as a `date`."""
    return value if isinstance(value, date) else date.fromisoformat(value)


# An ingest stamps every candidate it writes with its one run time: each is written once.
@lru_cache(maxsize=1024)
def stamp(moment: datetime) -> str:
    """A record time as fixed-width ISO 8601 UTC text, so text order is time order.

    Raises:
        ValueError: the datetime is naive.
    """
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"record times must be timezone-aware, got {moment!r}")
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def parse_stamp(value: Any) -> datetime:
    """A stored record time back as an aware UTC `datetime`."""
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(value)
    return moment.astimezone(UTC)


#: Compact JSON text of lists and strings; one encoder, as `json.dumps` with options builds a
#: new one on every call.
encode_json = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_decode = json.JSONDecoder().decode


def names(values: Sequence[str]) -> str:
    """A list of strings as JSON text."""
    return encode_json(list(values))


def parse_names(value: str) -> tuple[str, ...]:
    """JSON text back as a tuple of strings."""
    return tuple(_decode(value))


# Tags, places and actors are short lists that come back row after row ("Kazakhstan", a topic):
# each is encoded and decoded once per process.
@lru_cache(maxsize=16_384)
def labels(values: tuple[str, ...]) -> str:
    """A short tuple of names that repeats across rows (tags, places, actors) as JSON text."""
    return names(values)


@lru_cache(maxsize=16_384)
def parse_labels(value: str) -> tuple[str, ...]:
    """JSON text of `labels` back as a tuple of strings."""
    return parse_names(value)


#: Columns of `documents`, in the order `document_row` and `document_from_row` use.
DOCUMENT_COLUMNS = (
    "id, path, title, publisher, published, dateline, place, anchor, text, paragraphs, digest"
)


def document_row(doc: Document) -> tuple[Any, ...]:
    """A document as a row of `DOCUMENT_COLUMNS`."""
    return (
        doc.id,
        doc.path,
        doc.title,
        doc.publisher,
        day(doc.published),
        doc.dateline,
        doc.place,
        day(doc.anchor),
        doc.text,
        names(doc.paragraphs),
        doc.digest,
    )


def document_from_row(row: Sequence[Any]) -> Document:
    """A row of `DOCUMENT_COLUMNS` back as a `Document`."""
    return Document(
        id=row[0],
        path=row[1],
        title=row[2],
        publisher=row[3],
        published=parse_day(row[4]),
        dateline=row[5],
        place=row[6],
        anchor=parse_day(row[7]),
        text=row[8],
        paragraphs=parse_names(row[9]),
        digest=row[10],
    )


#: Columns of `candidates` joined with its document (``c`` and ``d``), for `candidate_from_row`.
CANDIDATE_COLUMNS = (
    "c.id, c.title, c.summary, c.when_value, c.start_day, c.end_day, c.granularity,"
    " c.sentence, c.tags, c.places, c.actors, c.timex_start, c.timex_end, c.timex_text,"
    " c.timex_type, c.timex_value, c.timex_mod, c.rule, c.first_seen,"
    " d.id, d.title, d.publisher, d.published"
)

#: Columns `candidate_row` fills, in its order.
CANDIDATE_INSERT_COLUMNS = (
    "id, document, position, title, summary, when_value, start_day, end_day, granularity,"
    " sentence, tags, places, actors, timex_start, timex_end, timex_text, timex_type,"
    " timex_value, timex_mod, rule, first_seen"
)


def candidate_row(
    candidate: Candidate, doc_id: str, position: int, first_seen: datetime
) -> tuple[Any, ...]:
    """A candidate as a row of `CANDIDATE_INSERT_COLUMNS`."""
    timex = candidate.timex
    return (
        candidate.id,
        doc_id,
        position,
        candidate.title,
        candidate.summary,
        candidate.when.value,
        day(candidate.when.start),
        day(candidate.when.end),
        candidate.when.granularity,
        candidate.source.sentence,
        labels(candidate.tags),
        labels(candidate.places),
        labels(candidate.actors),
        timex.start if timex else None,
        timex.end if timex else None,
        timex.text if timex else None,
        timex.type if timex else None,
        timex.value if timex else None,
        timex.mod if timex else None,
        candidate.rule,
        stamp(first_seen),
    )


def candidate_from_row(row: Sequence[Any]) -> tuple[Candidate, datetime]:
    """A row of `CANDIDATE_COLUMNS` back as a `Candidate` with its first_seen."""
    timex = None
    if row[11] is not None:
        timex = Timex(
            start=row[11], end=row[12], text=row[13], type=row[14], value=row[15], mod=row[16]
        )
    candidate = Candidate(
        id=row[0],
        title=row[1],
        summary=row[2],
        when=When(row[3], parse_day(row[4]), parse_day(row[5]), row[6]),
        source=Source(
            document=row[19],
            title=row[20],
            publisher=row[21],
            published=parse_day(row[22]),
            sentence=row[7],
        ),
        tags=parse_labels(row[8]),
        places=parse_labels(row[9]),
        actors=parse_labels(row[10]),
        timex=timex,
        rule=row[17],
    )
    return candidate, parse_stamp(row[18])


#: Columns of `events` (alias ``e``), in the order `event_from_row` reads them.
EVENT_COLUMNS = (
    "e.id, e.title, e.summary, e.when_value, e.start_day, e.end_day, e.granularity,"
    " e.tags, e.places, e.actors, e.candidates, e.merge_reason, e.first_seen, e.updated,"
    " e.sequence"
)

#: Columns `event_row` fills, in its order.
EVENT_INSERT_COLUMNS = EVENT_COLUMNS.replace("e.", "")


def event_row(event: Event) -> tuple[Any, ...]:
    """An `Event` as a row of `EVENT_INSERT_COLUMNS`."""
    return (
        event.id,
        event.title,
        event.summary,
        event.when.value,
        day(event.when.start),
        day(event.when.end),
        event.when.granularity,
        labels(event.tags),
        labels(event.places),
        labels(event.actors),
        names(event.candidates),
        event.merge_reason,
        stamp(event.first_seen),
        stamp(event.updated),
        event.sequence,
    )


def event_fields(row: Sequence[Any]) -> dict[str, Any]:
    """A row of `EVENT_COLUMNS` as `Event` keyword arguments (sources left to the caller)."""
    return {
        "id": row[0],
        "title": row[1],
        "summary": row[2],
        "when": When(row[3], parse_day(row[4]), parse_day(row[5]), row[6]),
        "tags": parse_labels(row[7]),
        "places": parse_labels(row[8]),
        "actors": parse_labels(row[9]),
        "candidates": parse_names(row[10]),
        "merge_reason": row[11],
        "first_seen": parse_stamp(row[12]),
        "updated": parse_stamp(row[13]),
        "sequence": row[14],
    }
