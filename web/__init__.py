"""The Flask web app: the timeline page, event and topic pages, and the feeds, over one store."""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from datetime import datetime
from typing import Any, TypeVar, cast

from flask import Flask

from feeds import clock
from feeds.config import Settings
from feeds.store import Store, open_store
from feeds.urls import Urls
from web.http import ResponseCache, secure

T = TypeVar("T")

#: Most values `Site.memo` keeps for one store state.
MEMO_SIZE = 1024


class Stores:
    """One store per thread, opened on first use, so SQLite connections never cross threads."""

    def __init__(self, url: str, given: Store | None = None) -> None:
        """Open lazily from `url`, or always hand out `given` (tests pass a store they own)."""
        self.url = url
        self.given = given
        self._local = threading.local()
        self._opened: list[Store] = []
        self._lock = threading.Lock()

    def get(self) -> Store:
        """This thread's store."""
        if self.given is not None:
            return self.given
        store: Store | None = getattr(self._local, "store", None)
        if store is None:
            store = open_store(self.url)
            self._local.store = store
            with self._lock:
                self._opened.append(store)
        return store

    def close(self) -> None:
        """Close every store this object opened (a given store stays its owner's to close)."""
        with self._lock:
            opened, self._opened = self._opened, []
        for store in opened:
            store.close()
        self._local = threading.local()


def create_app(settings: Settings, store: Store | None = None) -> Flask:
    """Build the app for these settings, over `store` or one opened from ``settings.store_url``.

    Args:
        settings: the resolved settings (site, feeds, HTTP, web keys).
        store: a store to serve from; when None each serving thread opens its own.

    Returns:
        The Flask app; ``app.extensions["timeline"]`` holds its stores, URLs and cache.
    """
    from web.views import blueprint, register_errors

    app = Flask(__name__)
    app.config["JSON_SORT_KEYS"] = False
    stores = Stores(settings.store_url, store)
    app.extensions["timeline"] = Site(settings, stores)
    app.register_blueprint(blueprint)
    register_errors(app)
    app.after_request(secure)
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True
    return app


class Site:
    """What every request needs: settings, stores, the URL builder and the response cache."""

    def __init__(self, settings: Settings, stores: Stores) -> None:
        """Bundle the per-app state; `started` stands in for the store time of an empty store."""
        self.settings = settings
        self.stores = stores
        self.urls = Urls(settings.site_base_url)
        self.cache = ResponseCache()
        self.started = clock.now().replace(microsecond=0)
        self._stamp: datetime | None = None
        self._memo: dict[Hashable, Any] = {}
        self._lock = threading.Lock()

    def forget(self) -> None:
        """Drop the cached bytes and memoised values, so the next request renders in full."""
        self.cache.clear()
        with self._lock:
            self._stamp, self._memo = None, {}

    def memo(self, key: Hashable, stamp: datetime, compute: Callable[[], T]) -> T:
        """A value computed once per store state (facets, month counts: scans of every event).

        Everything remembered is forgotten when the store's time moves on; at most
        `MEMO_SIZE` values are kept for one state.
        """
        with self._lock:
            if self._stamp != stamp:
                self._stamp, self._memo = stamp, {}
            if key in self._memo:
                return cast(T, self._memo[key])
        value = compute()
        with self._lock:
            if self._stamp == stamp and len(self._memo) < MEMO_SIZE:
                self._memo[key] = value
        return value
