"""The Flask web app: the timeline page, event and topic pages, and the feeds, over one store."""

from __future__ import annotations

import threading
from datetime import datetime

from flask import Flask

from feeds import clock
from feeds.config import Settings
from feeds.store import Facets, Store, open_store
from feeds.urls import Urls
from web.http import ResponseCache, secure


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
        self._facets: tuple[datetime, Facets] | None = None
        self._lock = threading.Lock()

    def facets(self, store: Store, stamp: datetime) -> Facets:
        """The store's facets, computed once per store state (they cost a scan of every event)."""
        with self._lock:
            if self._facets is not None and self._facets[0] == stamp:
                return self._facets[1]
        facets = store.facets()
        with self._lock:
            self._facets = (stamp, facets)
        return facets
