"""What every store offers: the `Store` protocol and the values only the store returns."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from feeds.types import Candidate, Document, Event, EventQuery


@dataclass(frozen=True)
class RebuildStats:
    """What one `Store.rebuild_events` did.

    Attributes:
        events: events held after the rebuild.
        new: events that did not exist before.
        changed: events whose content changed (their ``updated`` and ``sequence`` moved).
        removed: events no candidate supports any more, deleted.
    """

    events: int
    new: int
    changed: int
    removed: int


@dataclass(frozen=True)
class Facet:
    """One value of a filter with the number of events that have it.

    Attributes:
        name: the value as written (``Kazakhstan``, ``News Central Asia (nCa)``).
        slug: `feeds.urls.slugify` of the name, as used in URLs.
        count: how many events have it.
    """

    name: str
    slug: str
    count: int


@dataclass(frozen=True)
class Facets:
    """The values the timeline can be filtered by, most frequent first.

    Attributes:
        tags: event tags.
        places: event places.
        publishers: publishers of the events' sources (filter by ``name``).
    """

    tags: tuple[Facet, ...]
    places: tuple[Facet, ...]
    publishers: tuple[Facet, ...]


class Store(Protocol):
    """Documents, their event candidates and the merged events, behind one interface."""

    def document_digest(self, doc_id: str) -> str | None:
        """The sha256 of the stored file of a document, or None when it is not stored."""
        ...

    def put_document(
        self, doc: Document, candidates: Sequence[Candidate], now: datetime | None = None
    ) -> None:
        """Store a document and its candidates in one transaction, replacing the old ones."""
        ...

    def remove_document(self, doc_id: str, now: datetime | None = None) -> None:
        """Delete a document and its candidates (events follow at the next rebuild)."""
        ...

    def batch(self) -> AbstractContextManager[None]:
        """Commit the writes made inside together at its end; each is still all or nothing."""
        ...

    def document_paths(self) -> dict[str, str]:
        """The file path of every stored document, by id (without loading the texts)."""
        ...

    def documents(self) -> list[Document]:
        """Every stored document, by id."""
        ...

    def get_document(self, doc_id: str) -> Document | None:
        """One stored document, or None."""
        ...

    def rebuild_events(self, now: datetime) -> RebuildStats:
        """Merge the candidates into events, keeping ids, first_seen and unchanged records."""
        ...

    def query(self, q: EventQuery) -> list[Event]:
        """The events matching a query, in its order and window."""
        ...

    def count(self, q: EventQuery) -> int:
        """How many events match a query (its window ignored)."""
        ...

    def get_event(self, event_id: str) -> Event | None:
        """One event, or None."""
        ...

    def candidates_of(self, event_id: str) -> list[Candidate]:
        """The candidates merged into an event, in the event's order (empty when unknown)."""
        ...

    def month_counts(self, q: EventQuery) -> list[tuple[str, int]]:
        """Events of a day, week or month per month of their start (``("2024-10", n)``),
        ascending, for a query."""
        ...

    def facets(self) -> Facets:
        """Tags, places and publishers with their event counts."""
        ...

    def last_modified(self) -> datetime | None:
        """The newest event update or store change (aware UTC), None for an empty store."""
        ...

    def close(self) -> None:
        """Release the connection."""
        ...
