"""The one clock: record times come from here, so tests and exports can fix time."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, datetime

_fixed = os.environ.get("TIMELINE_NOW")


def _system_now() -> datetime:
    """The current time, aware UTC (or TIMELINE_NOW, ISO 8601, when set)."""
    if _fixed:
        return datetime.fromisoformat(_fixed).astimezone(UTC)
    return datetime.now(UTC)


now: Callable[[], datetime] = _system_now
