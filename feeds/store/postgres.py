"""The PostgreSQL store: psycopg 3, the shared SQL, and PostgreSQL's own full-text search."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from contextlib import AbstractContextManager
from functools import lru_cache
from typing import Any

from feeds.errors import StoreError
from feeds.store.sql import DOCUMENT_TABLES, EVENT_TABLES, SqlStore
from feeds.types import Event

#: The text search configuration: English stemming, as SQLite's porter tokenizer does.
SEARCH_CONFIG = "english"

#: Numbered migrations: ``MIGRATIONS[n - 1]`` takes the schema from version n - 1 to n.
MIGRATIONS: tuple[str, ...] = (
    DOCUMENT_TABLES
    + """
    CREATE TABLE events (
        id TEXT PRIMARY KEY,
"""
    + EVENT_TABLES
    + """
    -- Full text of each event: title weighted above summary above source sentences.
    CREATE TABLE event_search (
        event TEXT PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
        document TSVECTOR NOT NULL
    );
    CREATE INDEX event_search_document ON event_search USING GIN (document);
    """,
    # Digests of each event's content and record, so a rebuild compares without loading it
    # (empty for events stored before: those are compared in full once).
    """
    ALTER TABLE events ADD COLUMN content_digest TEXT NOT NULL DEFAULT '';
    ALTER TABLE events ADD COLUMN record_digest TEXT NOT NULL DEFAULT '';
    """,
)


def fold(text: str) -> str:
    """Text without accents ("Zürich" -> "Zurich"), as SQLite's tokenizer reads it."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=256)
def _placeholders(text: str) -> str:
    """A statement written with ``?`` in psycopg's ``%s`` style."""
    return text.replace("%", "%%").replace("?", "%s")


class PostgresStore(SqlStore):
    """The store in a PostgreSQL database."""

    no_limit = "LIMIT ALL"

    def _sql(self, text: str) -> str:
        """The statement in psycopg's parameter style."""
        return _placeholders(text)

    def _transaction(self, write: bool) -> AbstractContextManager[Any]:
        """psycopg's transaction block (the connection itself autocommits)."""
        return self._connection.transaction()  # type: ignore[no-any-return]

    def _savepoint(self) -> AbstractContextManager[Any]:
        """psycopg's transaction block inside the open one: a savepoint."""
        return self._connection.transaction()  # type: ignore[no-any-return]

    def _write_search(self, events: Sequence[Event], stored: Sequence[str]) -> None:
        """Replace the search vectors of events (an upsert: `stored` needs no deleting)."""
        self._executemany(
            "INSERT INTO event_search (event, document) VALUES (?,"
            f" setweight(to_tsvector('{SEARCH_CONFIG}', ?), 'A')"
            f" || setweight(to_tsvector('{SEARCH_CONFIG}', ?), 'B')"
            f" || setweight(to_tsvector('{SEARCH_CONFIG}', ?), 'C'))"
            " ON CONFLICT (event) DO UPDATE SET document = excluded.document",
            [
                (
                    e.id,
                    fold(e.title),
                    fold(e.summary),
                    fold("\n".join(s.sentence for s in e.sources)),
                )
                for e in events
            ],
        )

    def _refresh_statistics(self) -> None:
        """ANALYZE the tables a rebuild writes (autovacuum would, but only later)."""
        self._execute(
            "ANALYZE candidates, events, event_candidates, event_sources, event_tags,"
            " event_places, event_search"
        )

    def _search_filter(self, terms: list[str]) -> tuple[str, list[Any]]:
        """Every term through plainto_tsquery, which reads no operators from user text."""
        return (
            "e.id IN (SELECT event FROM event_search"
            f" WHERE document @@ plainto_tsquery('{SEARCH_CONFIG}', ?))",
            [fold(" ".join(terms))],
        )


def migrate(connection: Any) -> None:
    """Bring the schema to the newest version in one locked transaction per migration.

    Raises:
        StoreError: the database holds a schema newer than this program knows.
    """
    with connection.transaction():
        # Two processes opening a new database at once must not both create the schema.
        connection.execute("SELECT pg_advisory_xact_lock(7243001)")
        connection.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        row = connection.execute("SELECT MAX(version) FROM schema_version").fetchone()
        version = row[0] or 0
        if version > len(MIGRATIONS):
            raise StoreError(
                f"the store has schema version {version}; this Timeline knows up to"
                f" {len(MIGRATIONS)}: upgrade Timeline"
            )
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            connection.execute(script)
            connection.execute("INSERT INTO schema_version (version) VALUES (%s)", (number,))


def open_postgres(url: str) -> PostgresStore:
    """Connect to the PostgreSQL store a URL names, creating or migrating its schema.

    Raises:
        StoreError: psycopg is not installed, or the server cannot be reached or used.
    """
    try:
        import psycopg
    except ImportError as e:
        raise StoreError(
            "a postgresql:// store needs psycopg: pip install 'timeline[postgres]'"
        ) from e
    try:
        connection = psycopg.connect(url, autocommit=True)
    except psycopg.Error as e:
        raise StoreError(f"cannot connect to the PostgreSQL store: {e}") from e
    try:
        migrate(connection)
    except psycopg.Error as e:
        connection.close()
        raise StoreError(f"cannot use the PostgreSQL store: {e}") from e
    except BaseException:
        connection.close()
        raise
    return PostgresStore(connection)
