"""Runs any WSGI application under gunicorn, configured from Python rather than a file."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from gunicorn.app.base import BaseApplication


class _Server(BaseApplication):  # type: ignore[misc]
    """A gunicorn application that serves one already-built WSGI app."""

    def __init__(self, app: Callable[..., Any], options: dict[str, Any]) -> None:
        """Keep the app and the gunicorn settings to apply."""
        self.application = app
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        """Apply the settings gunicorn knows; unknown names are a programming error."""
        for name, value in self.options.items():
            self.cfg.set(name, value)

    def load(self) -> Callable[..., Any]:
        """The WSGI app each worker serves."""
        return self.application


def run_gunicorn(app: Callable[..., Any], host: str, port: int, workers: int) -> None:
    """Serve `app` on host:port with threaded workers until interrupted."""
    options = {
        "bind": f"{host}:{port}",
        "workers": max(1, workers),
        "worker_class": "gthread",
        "threads": 4,
        "accesslog": "-",
        "errorlog": "-",
        "loglevel": "warning",
        "timeout": 60,
    }
    _Server(app, options).run()
