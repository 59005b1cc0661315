"""The Flask web app: the timeline page, event and topic pages, and the feeds, over one store."""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable, Hashable
from datetime import datetime
from typing import Any, TypeVar, cast

from flask import Flask

from feeds import clock
from feeds.config import Settings
from feeds.display import strip_controls
from feeds.store import Store, open_store
from feeds.urls import Urls
from web.http import ResponseCache, secure

T = TypeVar("T")

#: Most values `Site.memo` keeps for one store state.
MEMO_SIZE = 1024


def _printable(value: Any) -> Any:
    """A template value with control characters removed from text."""
    return strip_controls(value) if isinstance(value, str) else value


class _Held:
    """A thread's store; when the thread ends its locals go, and with them the connection."""

    __slots__ = ("store", "__weakref__")

    def __init__(self, store: Store) -> None:
        """Hold the store."""
        self.store = store


class Stores:
    """One store per serving thread, opened on first use and closed when the thread ends.

    Opening costs milliseconds, more than serving a cached feed, so a thread keeps its
    connection across requests; servers that start a thread per request (Flask's own)
    get theirs closed as each thread finishes.
    """

    def __init__(self, url: str, given: Store | None = None) -> None:
        """Open lazily from `url`, or always hand out `given` (tests pass a store they own)."""
        self.url = url
        self.given = given
        self._local = threading.local()
        self._held: weakref.WeakSet[_Held] = weakref.WeakSet()

    def get(self) -> Store:
        """This thread's store."""
        if self.given is not None:
            return self.given
        held: _Held | None = getattr(self._local, "held", None)
        if held is None:
            store = open_store(self.url)
            held = _Held(store)
            weakref.finalize(held, store.close)
            self._local.held = held
            self._held.add(held)
        return held.store

    def close(self) -> None:
        """Close every store still open (a given store stays its owner's to close)."""
        for held in list(self._held):
            held.store.close()
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
    # Article text is untrusted: no control character reaches a page, whatever the reader kept.
    app.jinja_env.finalize = _printable
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
