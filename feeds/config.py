"""Settings: every key declared once, read from defaults, config.toml, the environment, flags."""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from feeds.errors import ConfigError


@dataclass(frozen=True)
class Key:
    """One setting: its dotted name in config.toml, its type, default and help."""

    name: str
    type: type
    default: Any
    help: str

    @property
    def attr(self) -> str:
        """The `Settings` attribute that holds this key."""
        return self.name.replace(".", "_")

    @property
    def env(self) -> str:
        """The environment variable that overrides this key."""
        return "TIMELINE_" + self.attr.upper()


KEYS: tuple[Key, ...] = (
    Key("site.title", str, "Timeline", "Title of the site and of its feeds."),
    Key(
        "site.description",
        str,
        "Dated events from the news.",
        "One line under the title; the feeds' subtitle.",
    ),
    Key("site.author", str, "Timeline", "Author named in the feeds."),
    Key(
        "site.base_url",
        str,
        "http://127.0.0.1:8000",
        "Public URL of the site; absolute URLs in feeds start with it.",
    ),
    Key(
        "site.timezone",
        str,
        "UTC",
        "IANA timezone of the site, used in the calendar and for display.",
    ),
    Key(
        "sources.paths",
        list,
        ["seeds"],
        "Article files or folders `timeline ingest` reads by default; relative to config.toml.",
    ),
    Key(
        "store.url",
        str,
        "sqlite:///timeline.db",
        "Where events are stored: `sqlite:///FILE` (relative to config.toml) or `postgresql://...`.",
    ),
    Key(
        "feeds.limit",
        int,
        100,
        "Most entries in one feed document; older entries go to archive pages.",
    ),
    Key("feeds.hub_url", str, "", "WebSub hub announced in the feeds (empty: none)."),
    Key("http.cache_seconds", int, 300, "`Cache-Control: max-age` for pages and feeds."),
    Key(
        "calendar.include_coarse",
        bool,
        False,
        "Put month, quarter and year events into the calendar as multi-day events.",
    ),
    Key("calendar.refresh_minutes", int, 60, "How often calendar clients are asked to refresh."),
    Key(
        "calendar.limit",
        int,
        1000,
        "Most events in a calendar: the latest-dated ones, so every upcoming event comes first.",
    ),
    Key("web.page_size", int, 50, "Events on one page of the timeline."),
)

_BY_NAME = {key.name: key for key in KEYS}


@dataclass(frozen=True)
class Settings:
    """Resolved settings; `root` is the folder relative paths are read against."""

    root: Path
    site_title: str
    site_description: str
    site_author: str
    site_base_url: str
    site_timezone: str
    sources_paths: tuple[str, ...]
    store_url: str
    feeds_limit: int
    feeds_hub_url: str
    http_cache_seconds: int
    calendar_include_coarse: bool
    calendar_refresh_minutes: int
    calendar_limit: int
    web_page_size: int

    def source_paths(self) -> list[Path]:
        """The configured source paths, made absolute against `root`."""
        return [(self.root / p) for p in self.sources_paths]


def _flatten(table: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """Turn nested TOML tables into dotted names."""
    flat: dict[str, Any] = {}
    for name, value in table.items():
        dotted = f"{prefix}{name}"
        if isinstance(value, dict):
            flat.update(_flatten(value, dotted + "."))
        else:
            flat[dotted] = value
    return flat


def _coerce(key: Key, value: Any, where: str) -> Any:
    """Check one value against its key's type; strings from the environment are converted."""
    if isinstance(value, str) and key.type is not str:
        text = value.strip()
        if key.type is bool:
            if text.lower() in ("1", "true", "yes", "on"):
                return True
            if text.lower() in ("0", "false", "no", "off"):
                return False
        elif key.type is int:
            try:
                return int(text)
            except ValueError:
                pass
        elif key.type is list:
            return [p for p in text.split(os.pathsep) if p]
        raise ConfigError(where, f"{key.name} must be {key.type.__name__}, got {value!r}")
    ok = isinstance(value, key.type) and not (key.type is int and isinstance(value, bool))
    if not ok:
        raise ConfigError(where, f"{key.name} must be {key.type.__name__}, got {value!r}")
    if key.type is list and not all(isinstance(v, str) for v in value):
        raise ConfigError(where, f"{key.name} must be a list of strings")
    return value


def _validate(values: dict[str, Any], where: str) -> None:
    """Refuse impossible values."""
    if not str(values["site.base_url"]).startswith(("http://", "https://")):
        raise ConfigError(where, "site.base_url must start with http:// or https://")
    try:
        ZoneInfo(values["site.timezone"])
    except (ZoneInfoNotFoundError, ValueError) as e:
        raise ConfigError(
            where, f"site.timezone {values['site.timezone']!r} is not a known timezone"
        ) from e
    for name in ("feeds.limit", "web.page_size", "calendar.refresh_minutes", "calendar.limit"):
        if values[name] < 1:
            raise ConfigError(where, f"{name} must be at least 1")
    if values["http.cache_seconds"] < 0:
        raise ConfigError(where, "http.cache_seconds must not be negative")
    url = values["store.url"]
    if not url.startswith(("sqlite:///", "postgresql://", "postgres://")):
        raise ConfigError(where, f"store.url {url!r} must start with sqlite:/// or postgresql://")


def load_settings(
    path: Path | None = None,
    overrides: Mapping[str, Any] | None = None,
    environ: Mapping[str, str] | None = None,
) -> Settings:
    """Read settings: defaults, then `path` (if given), then TIMELINE_* variables, then overrides.

    Args:
        path: a config.toml; None uses defaults only, relative paths then resolve
            against the current folder.
        overrides: dotted names to values (from CLI flags).
        environ: the environment to read (default `os.environ`).

    Returns:
        The resolved `Settings`.

    Raises:
        ConfigError: the file is missing, not TOML, or a key is unknown or of the wrong type.
    """
    values: dict[str, Any] = {key.name: key.default for key in KEYS}
    where = "defaults"
    root = Path.cwd()
    if path is not None:
        where = str(path)
        try:
            raw = path.read_bytes()
        except OSError as e:
            raise ConfigError(where, f"cannot read the config file ({e.strerror or e})") from e
        try:
            table = tomllib.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
            raise ConfigError(where, f"not valid TOML: {e}") from e
        for name, value in _flatten(table).items():
            if name not in _BY_NAME:
                raise ConfigError(where, f"unknown key {name!r}")
            values[name] = _coerce(_BY_NAME[name], value, where)
        root = path.resolve().parent
    env = os.environ if environ is None else environ
    for key in KEYS:
        if key.env in env:
            values[key.name] = _coerce(key, env[key.env], key.env)
    for name, value in (overrides or {}).items():
        if name not in _BY_NAME:
            raise ConfigError("command line", f"unknown key {name!r}")
        values[name] = _coerce(_BY_NAME[name], value, "command line")
    _validate(values, where)
    values["site.base_url"] = values["site.base_url"].rstrip("/")
    attrs = {key.attr: values[key.name] for key in KEYS}
    attrs["sources_paths"] = tuple(attrs["sources_paths"])
    return Settings(root=root, **attrs)


def sqlite_path(settings: Settings) -> Path | None:
    """The SQLite file the store URL names (relative to `root`), or None for another store."""
    url = settings.store_url
    if not url.startswith("sqlite:///"):
        return None
    rest = url[len("sqlite:///") :]
    if rest == ":memory:":
        return Path(":memory:")
    return settings.root / rest
