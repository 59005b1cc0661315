"""The store's SQL, shared by SQLite and PostgreSQL; each backend supplies its dialect hooks."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import replace
from datetime import datetime
from functools import lru_cache
from typing import Any

from feeds import clock
from feeds.errors import InputError
from feeds.store import rebuild, rows
from feeds.store.protocol import Facet, Facets, RebuildStats
from feeds.types import ORDERS, Candidate, Document, Event, EventQuery, Source
from feeds.urls import slugify

#: The first migration's tables for documents and candidates, the same on every backend.
DOCUMENT_TABLES = """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

    CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        path TEXT NOT NULL,
        title TEXT NOT NULL,
        publisher TEXT,
        published TEXT NOT NULL,
        dateline TEXT,
        place TEXT,
        anchor TEXT NOT NULL,
        text TEXT NOT NULL,
        paragraphs TEXT NOT NULL,
        digest TEXT NOT NULL
    );
    CREATE INDEX documents_publisher ON documents (publisher);

    CREATE TABLE candidates (
        id TEXT PRIMARY KEY,
        document TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        title TEXT NOT NULL,
        summary TEXT NOT NULL,
        when_value TEXT NOT NULL,
        start_day TEXT NOT NULL,
        end_day TEXT NOT NULL,
        granularity TEXT NOT NULL,
        sentence TEXT NOT NULL,
        tags TEXT NOT NULL,
        places TEXT NOT NULL,
        actors TEXT NOT NULL,
        timex_start INTEGER,
        timex_end INTEGER,
        timex_text TEXT,
        timex_type TEXT,
        timex_value TEXT,
        timex_mod TEXT,
        rule TEXT NOT NULL,
        first_seen TEXT NOT NULL
    );
    CREATE INDEX candidates_document ON candidates (document, position);
    CREATE INDEX candidates_interval ON candidates (start_day, end_day, id);

    -- Candidate intervals added, changed or removed since the last rebuild.
    CREATE TABLE changes (candidate TEXT NOT NULL, start_day TEXT NOT NULL, end_day TEXT NOT NULL);

"""

#: The first migration's event columns (after each backend's key) and the tables that hang off
#: events, the same on every backend.
EVENT_TABLES = """
        title TEXT NOT NULL,
        summary TEXT NOT NULL,
        when_value TEXT NOT NULL,
        start_day TEXT NOT NULL,
        end_day TEXT NOT NULL,
        granularity TEXT NOT NULL,
        tags TEXT NOT NULL,
        places TEXT NOT NULL,
        actors TEXT NOT NULL,
        candidates TEXT NOT NULL,
        merge_reason TEXT NOT NULL,
        first_seen TEXT NOT NULL,
        updated TEXT NOT NULL,
        sequence INTEGER NOT NULL
    );
    CREATE INDEX events_start ON events (start_day, end_day, id);
    CREATE INDEX events_end ON events (end_day);
    CREATE INDEX events_updated ON events (updated, start_day, id);

    CREATE TABLE event_candidates (
        candidate TEXT PRIMARY KEY,
        event TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE
    );
    CREATE INDEX event_candidates_event ON event_candidates (event);

    CREATE TABLE event_sources (
        event TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        document TEXT NOT NULL,
        title TEXT NOT NULL,
        publisher TEXT,
        published TEXT NOT NULL,
        sentence TEXT NOT NULL,
        PRIMARY KEY (event, position)
    );
    CREATE INDEX event_sources_publisher ON event_sources (publisher, event);

    CREATE TABLE event_tags (
        event TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        slug TEXT NOT NULL,
        name TEXT NOT NULL,
        PRIMARY KEY (event, slug)
    );
    CREATE INDEX event_tags_slug ON event_tags (slug, event);

    CREATE TABLE event_places (
        event TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        slug TEXT NOT NULL,
        name TEXT NOT NULL,
        PRIMARY KEY (event, slug)
    );
    CREATE INDEX event_places_slug ON event_places (slug, event);

"""

#: Ids per ``IN (...)`` list: well under every backend's limit on parameters.
CHUNK = 500

#: Events written or deleted by one rebuild beyond which the planner's statistics are
#: refreshed: without them PostgreSQL reads every source of a 100,000-event store per page.
STATISTICS_AFTER = 1000

#: Search words used from one query; more add cost and no precision.
MAX_TERMS = 16

# Letters and digits; underscores and everything else separate words.
_WORD = re.compile(r"[^\W_]+")

# Each order is one of the events indexes read forwards or backwards, so a window of the
# newest events never sorts the whole table.
_ORDER_BY = {
    "date_desc": "e.start_day DESC, e.end_day DESC, e.id DESC",
    "date_asc": "e.start_day, e.end_day, e.id",
    "recent": "e.updated DESC, e.start_day DESC, e.id DESC",
}


# Tags and places repeat across thousands of events: slug each name once.
_slug = lru_cache(maxsize=65536)(slugify)


def search_terms(text: str) -> list[str]:
    """The words of a user's search text; every other character is dropped, never parsed."""
    return _WORD.findall(text)[:MAX_TERMS]


def _chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    """Slices of at most `CHUNK` items."""
    for i in range(0, len(items), CHUNK):
        yield items[i : i + CHUNK]


def _marks(items: Sequence[Any]) -> str:
    """``?, ?, ?`` for an ``IN`` list."""
    return ", ".join("?" * len(items))


def _as_stored(
    candidate: Candidate, doc: Document, first_seen: datetime
) -> tuple[Candidate, datetime]:
    """A candidate and its first_seen as the store reads them back: its source is the stored
    document's record, its time in UTC."""
    source = candidate.source
    if (source.document, source.title, source.publisher, source.published) != (
        doc.id,
        doc.title,
        doc.publisher,
        doc.published,
    ):
        source = Source(doc.id, doc.title, doc.publisher, doc.published, source.sentence)
        candidate = replace(candidate, source=source)
    return candidate, rows.parse_stamp(rows.stamp(first_seen))


class SqlStore:
    """The `Store` over a DB-API connection; subclasses say how their database differs."""

    #: What follows ``ORDER BY`` when a window has an offset but no limit.
    no_limit = "LIMIT -1"

    def __init__(self, connection: Any) -> None:
        """Wrap an open connection whose schema is current."""
        self._connection = connection
        # One connection serves every thread of a web worker; statements must not interleave.
        self._lock = threading.RLock()
        self._facets: tuple[str, Facets] | None = None
        # The candidates this store wrote since its last rebuild, as the rebuild would read
        # them back, and the store's generation after that write: the rebuild that ends an
        # ingest takes them from here instead of decoding them again, unless another writer
        # changed the store in between.
        self._written: dict[str, tuple[Candidate, datetime]] = {}
        self._written_generation = ""
        # Inside `batch`: writes take savepoints of its transaction.
        self._batched = False

    # --- dialect hooks -------------------------------------------------------------------

    def _sql(self, text: str) -> str:
        """The statement in the backend's parameter style (written with ``?``)."""
        return text

    def _transaction(self, write: bool) -> AbstractContextManager[None]:
        """A context in which statements see one snapshot and commit together or not at all."""
        raise NotImplementedError

    def _savepoint(self) -> AbstractContextManager[None]:
        """A context inside an open transaction whose statements are undone together on error."""
        raise NotImplementedError

    def _write_search(self, events: Sequence[Event], stored: Sequence[str]) -> None:
        """Index title, summary and source sentences of events (`stored`: ids indexed before)."""
        raise NotImplementedError

    def _search_filter(self, terms: list[str]) -> tuple[str, list[Any]]:
        """A condition on ``e`` true for events holding every term, with its parameters."""
        raise NotImplementedError

    def _refresh_statistics(self) -> None:
        """Let the query planner see the tables' new sizes (after a large rebuild)."""
        raise NotImplementedError

    # --- plumbing --------------------------------------------------------------------------

    def _execute(self, text: str, params: Sequence[Any] = ()) -> Any:
        """Run one statement; the cursor."""
        return self._connection.execute(self._sql(text), params)

    def _executemany(self, text: str, params: Iterable[Sequence[Any]]) -> int:
        """Run one statement for each parameter row; the number of rows it changed."""
        rows_ = list(params)
        if not rows_:
            return 0
        cursor = self._connection.cursor()
        cursor.executemany(self._sql(text), rows_)
        return int(cursor.rowcount)

    def _all(self, text: str, params: Sequence[Any] = ()) -> list[Any]:
        """Every row of a query."""
        return list(self._execute(text, params).fetchall())

    def _one(self, text: str, params: Sequence[Any] = ()) -> Any:
        """The first row of a query, or None."""
        return self._execute(text, params).fetchone()

    @contextmanager
    def _atomic(self, write: bool = True) -> Iterator[None]:
        """Hold the lock and a transaction (a read-only one does not block other readers); in
        a `batch`, a savepoint of its transaction."""
        with self._lock, self._savepoint() if self._batched else self._transaction(write):
            yield

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Hold one writing transaction around the writes made inside, each in a savepoint of
        its own: a commit per document costs more than its writes (nested: the outer batch)."""
        with self._lock:
            if self._batched:
                yield
                return
            try:
                with self._transaction(True):
                    self._batched = True
                    yield
            except BaseException:
                self._written.clear()  # rolled back: none of them is stored
                raise
            finally:
                self._batched = False

    def _mark_changed(self, now: datetime) -> None:
        """Record when the store last changed (for `last_modified`) and count the change."""
        self._execute(
            "INSERT INTO meta (key, value) VALUES ('changed', ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (rows.stamp(now),),
        )
        self._execute(
            "INSERT INTO meta (key, value) VALUES ('generation', '1') ON CONFLICT (key)"
            " DO UPDATE SET value = CAST(CAST(meta.value AS INTEGER) + 1 AS TEXT)"
        )

    def _generation(self) -> str:
        """A value that differs after every change, from any process (for caches)."""
        row = self._one("SELECT value FROM meta WHERE key = 'generation'")
        return "0" if row is None else str(row[0])

    # --- documents -------------------------------------------------------------------------

    def document_digest(self, doc_id: str) -> str | None:
        """The sha256 of the stored file of a document, or None when it is not stored."""
        with self._lock:
            row = self._one("SELECT digest FROM documents WHERE id = ?", (doc_id,))
        return None if row is None else str(row[0])

    def put_document(
        self, doc: Document, candidates: Sequence[Candidate], now: datetime | None = None
    ) -> None:
        """Store a document and its candidates in one transaction, replacing the old ones.

        Args:
            doc: the document.
            candidates: its event candidates; a repeated id (the same clause twice) is kept once.
            now: the ingest run's time, first_seen of candidates not stored before.

        Raises:
            ValueError: a candidate's source is another document, or `now` is naive.
        """
        moment = now or clock.now()
        for candidate in candidates:
            if candidate.source.document != doc.id:
                raise ValueError(
                    f"candidate {candidate.id} names document {candidate.source.document!r},"
                    f" not {doc.id!r}"
                )
        by_id: dict[str, Candidate] = {}
        for candidate in candidates:
            by_id.setdefault(candidate.id, candidate)
        unique = list(by_id.values())
        with self._atomic():
            self._check_written()
            old = self._all(
                "SELECT id, start_day, end_day, first_seen FROM candidates WHERE document = ?",
                (doc.id,),
            )
            kept = {r[0]: rows.parse_stamp(r[3]) for r in old}
            # Both the old and the new intervals are dirty: events may lose or gain members.
            self._executemany(
                "INSERT INTO changes (candidate, start_day, end_day) VALUES (?, ?, ?)",
                [(r[0], r[1], r[2]) for r in old]
                + [(c.id, rows.day(c.when.start), rows.day(c.when.end)) for c in unique],
            )
            self._execute("DELETE FROM candidates WHERE document = ?", (doc.id,))
            self._execute(
                f"INSERT INTO documents ({rows.DOCUMENT_COLUMNS})"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                " path = excluded.path, title = excluded.title, publisher = excluded.publisher,"
                " published = excluded.published, dateline = excluded.dateline,"
                " place = excluded.place, anchor = excluded.anchor, text = excluded.text,"
                " paragraphs = excluded.paragraphs, digest = excluded.digest",
                rows.document_row(doc),
            )
            inserted = self._executemany(
                f"INSERT INTO candidates ({rows.CANDIDATE_INSERT_COLUMNS}) VALUES"
                " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (id) DO NOTHING",
                [
                    rows.candidate_row(c, doc.id, i, kept.get(c.id, moment))
                    for i, c in enumerate(unique)
                ],
            )
            self._mark_changed(moment)
            for r in old:
                self._written.pop(r[0], None)
            # An id held by another document's row was not written: its row is not this one.
            if inserted == len(unique):
                self._written.update(
                    (c.id, _as_stored(c, doc, kept.get(c.id, moment))) for c in unique
                )
            self._written_generation = self._generation()

    def remove_document(self, doc_id: str, now: datetime | None = None) -> None:
        """Delete a document and its candidates; its events follow at the next rebuild."""
        with self._atomic():
            self._execute(
                "INSERT INTO changes (candidate, start_day, end_day)"
                " SELECT id, start_day, end_day FROM candidates WHERE document = ?",
                (doc_id,),
            )
            deleted = self._execute("DELETE FROM documents WHERE id = ?", (doc_id,)).rowcount
            if deleted:
                self._mark_changed(now or clock.now())
            self._written.clear()

    def document_paths(self) -> dict[str, str]:
        """The file path of every stored document, by id (without loading the texts)."""
        with self._lock:
            return {r[0]: r[1] for r in self._all("SELECT id, path FROM documents")}

    def documents(self) -> list[Document]:
        """Every stored document, by id."""
        with self._lock:
            found = self._all(f"SELECT {rows.DOCUMENT_COLUMNS} FROM documents ORDER BY id")
        return [rows.document_from_row(r) for r in found]

    def get_document(self, doc_id: str) -> Document | None:
        """One stored document, or None."""
        with self._lock:
            row = self._one(
                f"SELECT {rows.DOCUMENT_COLUMNS} FROM documents WHERE id = ?", (doc_id,)
            )
        return None if row is None else rows.document_from_row(row)

    # --- candidates ------------------------------------------------------------------------

    def _candidates(self, ids: Sequence[str] | None) -> list[tuple[Candidate, datetime]]:
        """Candidates with their first_seen: those with the given ids, or all of them."""
        base = (
            f"SELECT {rows.CANDIDATE_COLUMNS} FROM candidates c"
            " JOIN documents d ON d.id = c.document"
        )
        if ids is None:
            found = self._all(base)
        else:
            found = []
            for chunk in _chunks(ids):
                found += self._all(f"{base} WHERE c.id IN ({_marks(chunk)})", chunk)
        return [rows.candidate_from_row(r) for r in found]

    def _check_written(self) -> None:
        """Forget the candidates written here when another writer changed the store since."""
        if self._written and self._generation() != self._written_generation:
            self._written.clear()

    def _reread(self, ids: list[str], every: bool) -> list[tuple[Candidate, datetime]]:
        """The candidates with these ids (`every`: all those stored), those written since the
        last rebuild taken as written."""
        known = [self._written[i] for i in ids if i in self._written]
        if len(known) == len(ids):
            return known
        missing = [i for i in ids if i not in self._written]
        return known + self._candidates(None if every and not known else missing)

    def candidates_of(self, event_id: str) -> list[Candidate]:
        """The candidates merged into an event, in the event's order (empty when unknown)."""
        event = self.get_event(event_id)
        if event is None:
            return []
        with self._lock:
            found = {c.id: c for c, _ in self._candidates(event.candidates)}
        return [found[i] for i in event.candidates if i in found]

    # --- rebuilding ------------------------------------------------------------------------

    def rebuild_events(self, now: datetime) -> RebuildStats:
        """Merge the candidates into events, keeping ids, first_seen and unchanged records.

        Only the calendar years that hold a change since the last rebuild are merged again
        (see `feeds.store.rebuild.regroup`).

        Args:
            now: the rebuild's time: ``first_seen`` of new events, ``updated`` of changed ones.

        Returns:
            `RebuildStats`: events held, new, changed and removed.

        Raises:
            ValueError: `now` is naive.
        """
        from feeds.merge import merge

        rows.stamp(now)
        with self._atomic():
            changes = self._all("SELECT candidate, start_day, end_day FROM changes")
            if not changes:
                return RebuildStats(self._count_all(), 0, 0, 0)
            intervals = self._all("SELECT id, start_day, end_day FROM candidates")
            dirty = rebuild.regroup(intervals, [(r[1], r[2]) for r in changes])
            self._check_written()
            loaded = self._reread(dirty, every=len(dirty) == len(intervals))
            first_seen = {c.id: seen for c, seen in loaded}
            groups = merge([c for c, _ in loaded])
            touched = sorted(set(first_seen) | {r[0] for r in changes})
            members: dict[str, set[str]] = {}
            for chunk in _chunks(touched):
                for candidate_id, event_id in self._all(
                    "SELECT candidate, event FROM event_candidates"
                    f" WHERE candidate IN ({_marks(chunk)})",
                    chunk,
                ):
                    members.setdefault(event_id, set()).add(candidate_id)
            same = rebuild.unchanged(
                groups,
                first_seen,
                {e: frozenset(c) for e, c in members.items()},
                {r[0] for r in changes},
            )
            fresh = [g for g in groups if rebuild.founding(g, first_seen).id not in same]
            old = self._stored(sorted(set(members) - same))
            todo = rebuild.plan(fresh, first_seen, old, now)
            self._apply(todo)
            self._execute("DELETE FROM changes")
            if todo.write or todo.delete:
                self._mark_changed(now)
            stats = RebuildStats(
                events=self._count_all(),
                new=todo.new,
                changed=todo.changed,
                removed=len(todo.delete),
            )
        self._written.clear()
        if len(todo.write) + len(todo.delete) >= STATISTICS_AFTER:
            with self._lock:
                self._refresh_statistics()
        return stats

    def _stored(self, ids: Sequence[str]) -> dict[str, rebuild.Stored]:
        """What a rebuild compares of the stored events with these ids."""
        found: dict[str, rebuild.Stored] = {}
        undigested: list[str] = []
        for chunk in _chunks(ids):
            for r in self._all(
                "SELECT id, content_digest, record_digest, first_seen, updated, sequence"
                f" FROM events WHERE id IN ({_marks(chunk)})",
                chunk,
            ):
                if not r[1]:
                    undigested.append(r[0])
                    continue
                found[r[0]] = rebuild.Stored(
                    r[1], r[2], rows.parse_stamp(r[3]), rows.parse_stamp(r[4]), r[5]
                )
        found.update((e.id, rebuild.stored(e)) for e in self._events_by_id(undigested))
        return found

    def _apply(self, todo: rebuild.Plan) -> None:
        """Write a rebuild plan: delete, overwrite and insert events with their join rows."""
        for chunk in _chunks(todo.delete):
            self._execute(f"DELETE FROM events WHERE id IN ({_marks(chunk)})", chunk)
        for table in ("event_candidates", "event_sources", "event_tags", "event_places"):
            for chunk in _chunks(todo.replace):
                self._execute(f"DELETE FROM {table} WHERE event IN ({_marks(chunk)})", chunk)
        self._executemany(
            f"INSERT INTO events ({rows.EVENT_INSERT_COLUMNS}, content_digest, record_digest)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (id) DO UPDATE SET"
            " title = excluded.title, summary = excluded.summary,"
            " when_value = excluded.when_value, start_day = excluded.start_day,"
            " end_day = excluded.end_day, granularity = excluded.granularity,"
            " tags = excluded.tags, places = excluded.places, actors = excluded.actors,"
            " candidates = excluded.candidates, merge_reason = excluded.merge_reason,"
            " first_seen = excluded.first_seen, updated = excluded.updated,"
            " sequence = excluded.sequence, content_digest = excluded.content_digest,"
            " record_digest = excluded.record_digest",
            [(*rows.event_row(e), *rebuild.digests(e)) for e in todo.write],
        )
        self._executemany(
            "INSERT INTO event_candidates (candidate, event) VALUES (?, ?)",
            [(c, e.id) for e in todo.write for c in e.candidates],
        )
        self._executemany(
            "INSERT INTO event_sources (event, position, document, title, publisher, published,"
            " sentence) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (e.id, i, s.document, s.title, s.publisher, rows.day(s.published), s.sentence)
                for e in todo.write
                for i, s in enumerate(e.sources)
            ],
        )
        for table, attribute in (("event_tags", "tags"), ("event_places", "places")):
            self._executemany(
                f"INSERT INTO {table} (event, slug, name) VALUES (?, ?, ?)"
                " ON CONFLICT (event, slug) DO NOTHING",
                [
                    (e.id, _slug(name), name)
                    for e in todo.write
                    for name in getattr(e, attribute)
                    if _slug(name)
                ],
            )
        self._write_search(todo.write, todo.replace)

    # --- events ----------------------------------------------------------------------------

    def _count_all(self) -> int:
        """How many events are stored."""
        return int(self._one("SELECT COUNT(*) FROM events")[0])

    def _with_sources(self, found: list[Any]) -> list[Event]:
        """Event rows completed with their sources, in the rows' order."""
        ids = [r[0] for r in found]
        by_event: dict[str, list[Source]] = {i: [] for i in ids}
        for chunk in _chunks(ids):
            for r in self._all(
                "SELECT event, sentence, document, title, publisher, published FROM event_sources"
                f" WHERE event IN ({_marks(chunk)}) ORDER BY event, position",
                chunk,
            ):
                by_event[r[0]].append(Source(r[2], r[3], r[4], rows.parse_day(r[5]), r[1]))
        return [Event(sources=tuple(by_event[r[0]]), **rows.event_fields(r)) for r in found]

    def _events_by_id(self, ids: Sequence[str]) -> list[Event]:
        """The stored events with these ids (unknown ids skipped)."""
        found: list[Any] = []
        for chunk in _chunks(ids):
            found += self._all(
                f"SELECT {rows.EVENT_COLUMNS} FROM events e WHERE e.id IN ({_marks(chunk)})",
                chunk,
            )
        return self._with_sources(found)

    def _where(self, q: EventQuery) -> tuple[str, list[Any]]:
        """The ``WHERE`` clause (or nothing) and parameters of a query's filters."""
        clauses: list[str] = []
        params: list[Any] = []
        if q.tag:
            clauses.append("e.id IN (SELECT event FROM event_tags WHERE slug = ?)")
            params.append(slugify(q.tag))
        if q.place:
            clauses.append("e.id IN (SELECT event FROM event_places WHERE slug = ?)")
            params.append(slugify(q.place))
        if q.publisher:
            clauses.append("e.id IN (SELECT event FROM event_sources WHERE publisher = ?)")
            params.append(q.publisher)
        if q.text and q.text.strip():
            terms = search_terms(q.text)
            if terms:
                clause, values = self._search_filter(terms)
                clauses.append(clause)
                params += values
            else:
                # Text with no word in it matches no event.
                clauses.append("1 = 0")
        if q.since:
            clauses.append("e.end_day >= ?")
            params.append(rows.day(q.since))
        if q.until:
            clauses.append("e.start_day <= ?")
            params.append(rows.day(q.until))
        where = " WHERE " + " AND ".join(clauses) if clauses else ""
        return where, params

    def query(self, q: EventQuery) -> list[Event]:
        """The events matching a query, in its order and window.

        Args:
            q: filters, order and window.

        Returns:
            Events with their sources (oldest publication first).

        Raises:
            InputError: the order is not one of `ORDERS`, or the window is negative.
        """
        if q.order not in ORDERS:
            raise InputError("order", f"{q.order!r} is not one of {', '.join(ORDERS)}")
        if q.offset < 0 or (q.limit is not None and q.limit < 0):
            raise InputError("page", "the window of events cannot be negative")
        where, params = self._where(q)
        window = ""
        if q.limit is not None:
            window = " LIMIT ?"
            params.append(q.limit)
        elif q.offset:
            window = " " + self.no_limit
        if q.offset:
            window += " OFFSET ?"
            params.append(q.offset)
        with self._atomic(write=False):
            found = self._all(
                f"SELECT {rows.EVENT_COLUMNS} FROM events e{where}"
                f" ORDER BY {_ORDER_BY[q.order]}{window}",
                params,
            )
            return self._with_sources(found)

    def count(self, q: EventQuery) -> int:
        """How many events match a query's filters (its order and window ignored)."""
        where, params = self._where(q)
        with self._lock:
            return int(self._one(f"SELECT COUNT(*) FROM events e{where}", params)[0])

    def get_event(self, event_id: str) -> Event | None:
        """One event, or None."""
        with self._atomic(write=False):
            found = self._events_by_id([event_id])
        return found[0] if found else None

    def month_counts(self, q: EventQuery) -> list[tuple[str, int]]:
        """Events of a day, week or month per month of their start (``("2024-10", n)``),
        ascending, for a query: an event of a whole year belongs to no one month."""
        where, params = self._where(q)
        within = " AND " if where else " WHERE "
        with self._lock:
            found = self._all(
                f"SELECT SUBSTR(e.start_day, 1, 7) AS month, COUNT(*) FROM events e{where}"
                f"{within}e.granularity IN ('day', 'week', 'month')"
                " GROUP BY month ORDER BY month",
                params,
            )
        return [(str(r[0]), int(r[1])) for r in found]

    def facets(self) -> Facets:
        """Tags, places and publishers with their event counts, most frequent first."""
        with self._atomic(write=False):
            # Counting every tag of a large store takes longer than a page may: count once
            # per change of the store.
            generation = self._generation()
            if self._facets is not None and self._facets[0] == generation:
                return self._facets[1]
            facets = self._count_facets()
            self._facets = (generation, facets)
            return facets

    def _count_facets(self) -> Facets:
        """Count tags, places and publishers."""
        tags, places = (
            self._all(
                f"SELECT MIN(name), slug, COUNT(*) FROM {table} GROUP BY slug"
                " ORDER BY COUNT(*) DESC, slug"
            )
            for table in ("event_tags", "event_places")
        )
        publishers = self._all(
            "SELECT publisher, COUNT(DISTINCT event) FROM event_sources"
            " WHERE publisher IS NOT NULL"
            " GROUP BY publisher ORDER BY COUNT(DISTINCT event) DESC, publisher"
        )
        return Facets(
            tags=tuple(Facet(r[0], r[1], int(r[2])) for r in tags),
            places=tuple(Facet(r[0], r[1], int(r[2])) for r in places),
            publishers=tuple(Facet(r[0], _slug(r[0]), int(r[1])) for r in publishers),
        )

    def last_modified(self) -> datetime | None:
        """The newest event update or store change (aware UTC), None for an empty store."""
        with self._atomic(write=False):
            newest = self._one("SELECT MAX(updated) FROM events")[0]
            changed = self._one("SELECT value FROM meta WHERE key = 'changed'")
        times = [rows.parse_stamp(v) for v in (newest, changed and changed[0]) if v]
        return max(times) if times else None

    def close(self) -> None:
        """Release the connection."""
        with self._lock:
            self._connection.close()
