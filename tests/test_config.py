"""Settings: defaults, the file, the environment, flags; errors that name the file and the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from feeds.config import KEYS, load_settings, sqlite_path
from feeds.errors import ConfigError

ROOT = Path(__file__).resolve().parent.parent


def write(tmp_path: Path, text: str) -> Path:
    """Write a config.toml with `text` and return its path."""
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_every_key_is_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [key.name for key in KEYS if f"`{key.name}`" not in readme]
    assert missing == []


def test_shipped_config_loads_and_uses_the_seeds(tmp_path: Path) -> None:
    settings = load_settings(ROOT / "config.toml", environ={})
    assert settings.sources_paths == ("seeds",)
    assert settings.source_paths() == [ROOT / "seeds"]
    assert sqlite_path(settings) == ROOT / "timeline.db"


def test_defaults_apply_without_a_file() -> None:
    settings = load_settings(None, environ={})
    assert settings.feeds_limit == 100
    assert settings.calendar_include_coarse is False
    assert settings.site_base_url == "http://127.0.0.1:8000"


def test_file_then_environment_then_flags(tmp_path: Path) -> None:
    path = write(tmp_path, '[feeds]\nlimit = 20\n[site]\ntitle = "From file"\n')
    settings = load_settings(
        path,
        overrides={"site.title": "From flag"},
        environ={"TIMELINE_FEEDS_LIMIT": "30", "TIMELINE_SITE_TITLE": "From env"},
    )
    assert settings.feeds_limit == 30
    assert settings.site_title == "From flag"
    assert settings.root == tmp_path


def test_unknown_key_names_the_file_and_the_key(tmp_path: Path) -> None:
    path = write(tmp_path, "[feeds]\nlimt = 20\n")
    with pytest.raises(ConfigError) as info:
        load_settings(path, environ={})
    assert str(path) in str(info.value)
    assert "feeds.limt" in str(info.value)


def test_wrong_type_names_the_key(tmp_path: Path) -> None:
    path = write(tmp_path, '[feeds]\nlimit = "many"\n')
    with pytest.raises(ConfigError, match="feeds.limit must be int"):
        load_settings(path, environ={})


def test_malformed_toml_names_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, "[site\ntitle = 1\n")
    with pytest.raises(ConfigError, match="not valid TOML") as info:
        load_settings(path, environ={})
    assert info.value.where == str(path)


def test_missing_file_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "absent.toml"
    with pytest.raises(ConfigError, match="cannot read") as info:
        load_settings(path, environ={})
    assert info.value.where == str(path)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[site]\nbase_url = "example.org"\n', "must start with http"),
        ('[site]\ntimezone = "Mars/Olympus"\n', "not a known timezone"),
        ("[feeds]\nlimit = 0\n", "feeds.limit must be at least 1"),
        ('[store]\nurl = "mysql://x"\n', "must start with sqlite"),
    ],
)
def test_impossible_values_are_refused(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        load_settings(write(tmp_path, text), environ={})


def test_bad_environment_value_names_the_variable() -> None:
    with pytest.raises(ConfigError) as info:
        load_settings(None, environ={"TIMELINE_CALENDAR_INCLUDE_COARSE": "perhaps"})
    assert info.value.where == "TIMELINE_CALENDAR_INCLUDE_COARSE"
