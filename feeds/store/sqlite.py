"""The SQLite store: the standard library's sqlite3, WAL journal, FTS5 for search."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from feeds.errors import StoreError
from feeds.store.sql import DOCUMENT_TABLES, EVENT_TABLES, SqlStore
from feeds.types import Event

#: Numbered migrations: ``MIGRATIONS[n - 1]`` takes the schema from version n - 1 to n.
MIGRATIONS: tuple[str, ...] = (
    DOCUMENT_TABLES
    + """
    CREATE TABLE events (
        n INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
"""
    + EVENT_TABLES
    + """
    -- Full text of each event; its rowid is the event's n.
    CREATE VIRTUAL TABLE event_search USING fts5 (
        title, summary, sentences, tokenize = 'porter unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER events_unindex AFTER DELETE ON events BEGIN
        DELETE FROM event_search WHERE rowid = old.n;
    END;
    """,
    # Digests of each event's content and record, so a rebuild compares without loading it
    # (empty for events stored before: those are compared in full once).
    """
    ALTER TABLE events ADD COLUMN content_digest TEXT NOT NULL DEFAULT '';
    ALTER TABLE events ADD COLUMN record_digest TEXT NOT NULL DEFAULT '';
    """,
)


class SQLiteStore(SqlStore):
    """The store in one SQLite file (or in memory)."""

    def _transaction(self, write: bool) -> Any:
        """A transaction; a writing one takes the write lock at once, so writers queue."""
        return _begin(
            self._connection, "BEGIN IMMEDIATE" if write else "BEGIN", "COMMIT", ("ROLLBACK",)
        )

    def _savepoint(self) -> Any:
        """A savepoint of the open transaction, rolled back to on error."""
        # A savepoint rolled back to is still open: it is released after.
        return _begin(
            self._connection,
            "SAVEPOINT write",
            "RELEASE write",
            ("ROLLBACK TO write", "RELEASE write"),
        )

    def _write_search(self, events: Sequence[Event], stored: Sequence[str]) -> None:
        """Replace the FTS5 rows of events (joined to them by ``events.n``)."""
        self._executemany(
            "DELETE FROM event_search WHERE rowid = (SELECT n FROM events WHERE id = ?)",
            [(event_id,) for event_id in stored],
        )
        self._executemany(
            "INSERT INTO event_search (rowid, title, summary, sentences)"
            " SELECT n, ?, ?, ? FROM events WHERE id = ?",
            [(e.title, e.summary, "\n".join(s.sentence for s in e.sources), e.id) for e in events],
        )

    def _refresh_statistics(self) -> None:
        """SQLite's own advice on which statistics to gather."""
        self._execute("PRAGMA optimize")

    def _search_filter(self, terms: list[str]) -> tuple[str, list[Any]]:
        """An FTS5 match of every term, each quoted so no user text is read as FTS syntax."""
        expression = " ".join('"' + term.replace('"', '""') + '"' for term in terms)
        return "e.n IN (SELECT rowid FROM event_search WHERE event_search MATCH ?)", [expression]


@contextmanager
def _begin(
    connection: sqlite3.Connection, begin: str, end: str, undo: tuple[str, ...]
) -> Iterator[None]:
    """A transaction (or a savepoint) on an autocommit connection, undone on error."""
    connection.execute(begin)
    try:
        yield
    except BaseException:
        for statement in undo:
            connection.execute(statement)
        raise
    connection.execute(end)


def migrate(connection: sqlite3.Connection) -> None:
    """Bring the schema to the newest version, each migration in its own transaction.

    Raises:
        StoreError: the file holds a schema newer than this program knows.
    """
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    if version > len(MIGRATIONS):
        raise StoreError(
            f"the store has schema version {version}; this Timeline knows up to"
            f" {len(MIGRATIONS)}: upgrade Timeline"
        )
    for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
        connection.executescript(
            f"BEGIN IMMEDIATE; {script}; PRAGMA user_version = {number}; COMMIT;"
        )


def open_sqlite(path: str) -> SQLiteStore:
    """Open (creating if needed) the SQLite store at a path or ``:memory:``.

    Raises:
        StoreError: the file cannot be opened or is not a Timeline store.
    """
    try:
        connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    except sqlite3.Error as e:
        raise StoreError(f"cannot open the SQLite store {path}: {e}") from e
    try:
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("PRAGMA synchronous = NORMAL")
        connection.execute("PRAGMA busy_timeout = 10000")
        # Event ids are hashes, so index inserts land all over the file: keep it cached.
        connection.execute("PRAGMA cache_size = -65536")
        migrate(connection)
    except sqlite3.Error as e:
        connection.close()
        raise StoreError(f"cannot use the SQLite store {path}: {e}") from e
    except BaseException:
        connection.close()
        raise
    return SQLiteStore(connection)
