"""The store: documents, event candidates and merged events, in SQLite or PostgreSQL."""

from __future__ import annotations

from feeds.errors import InputError
from feeds.store.protocol import Facet, Facets, RebuildStats, Store

__all__ = ["Facet", "Facets", "RebuildStats", "Store", "open_store"]


def open_store(url: str) -> Store:
    """Open the store a URL names, creating or migrating its schema.

    Args:
        url: ``sqlite:///relative/file.db``, ``sqlite:////absolute/file.db``,
            ``sqlite:///:memory:`` or ``postgresql://user:password@host:port/database``.

    Returns:
        The open `Store`; close it with `Store.close`.

    Raises:
        InputError: the URL names no known kind of store.
        StoreError: the database cannot be opened or holds a newer schema.
    """
    if url.startswith("sqlite:///"):
        from feeds.store.sqlite import open_sqlite

        return open_sqlite(url.removeprefix("sqlite:///"))
    if url.startswith(("postgresql://", "postgres://")):
        from feeds.store.postgres import open_postgres

        return open_postgres(url)
    raise InputError("store.url", f"{url!r} must start with sqlite:/// or postgresql://")
