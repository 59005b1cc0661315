"""The `timeline` command end to end on the sample articles and on bad input, as a user runs it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import SEEDS


def timeline(*args: str, cwd: Path, check: bool = True) -> subprocess.CompletedProcess[str]:
    """Run the command in a child process, as a user would, and capture its output."""
    env = {**os.environ, "PYTHONWARNINGS": "error"}
    done = subprocess.run(
        [sys.executable, "-m", "feeds", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    if check:
        assert done.returncode == 0, done.stderr
    return done


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict[str, Any]]]:
    """A store built from the seeds by `timeline ingest`, and its `events --json` output."""
    work = tmp_path_factory.mktemp("seeded")
    timeline("--db", "store.db", "ingest", str(SEEDS), cwd=work)
    listed = json.loads(timeline("--db", "store.db", "events", "--json", cwd=work).stdout)
    return work, listed


def find(events: list[dict[str, Any]], start: str, granularity: str) -> list[dict[str, Any]]:
    """The events that start on `start` at `granularity`."""
    return [e for e in events if e["start"] == start and e["granularity"] == granularity]


def test_forum_that_opened_saturday_is_an_event_on_the_26th(seeded: Any) -> None:
    _, events = seeded
    found = find(events, "2024-10-26", "day")
    assert any("China-Central Asia Cooperation Forum" in e["title"] for e in found), found
    forum = next(e for e in found if "Cooperation Forum" in e["title"])
    assert forum["end"] == "2024-10-26"
    assert "opened Saturday" in forum["sources"][0]["sentence"]
    assert forum["sources"][0]["document"] == "2024-10-28-china-central-asia-cooperation-forum"


def test_exchange_programs_of_2023_are_a_year_event(seeded: Any) -> None:
    _, events = seeded
    found = find(events, "2023-01-01", "year")
    assert found, events
    assert found[0]["end"] == "2023-12-31"
    assert "exchange program" in (found[0]["title"] + found[0]["summary"]).lower()
    assert "Kazakhstan" in found[0]["title"] + found[0]["summary"]


def test_cppcc_proposal_in_march_this_year_is_a_month_event(seeded: Any) -> None:
    _, events = seeded
    found = find(events, "2024-03-01", "month")
    assert found, events
    assert found[0]["end"] == "2024-03-31"
    assert "CPPCC" in found[0]["title"] + found[0]["summary"]
    source = found[0]["sources"][0]
    assert (
        source["title"]
        == "China planning to establish joint science-technology centre with Central Asia"
    )
    assert source["publisher"] == "News Central Asia (nCa)"


def test_no_event_comes_from_a_publication_line(seeded: Any) -> None:
    _, events = seeded
    days = {e["start"] for e in events if e["granularity"] == "day"}
    assert not days & {"2024-10-10", "2024-10-27", "2024-10-28"}
    assert not any("///" in s["sentence"] for e in events for s in e["sources"])


def test_ingesting_twice_gives_identical_events(seeded: Any) -> None:
    work, first = seeded
    again = timeline("--db", "store.db", "ingest", str(SEEDS), cwd=work)
    assert "(0 new), 0 failed" in again.stdout
    second = json.loads(timeline("--db", "store.db", "events", "--json", cwd=work).stdout)
    assert second == first


def test_ingest_force_extracts_again_and_keeps_the_events(seeded: Any) -> None:
    work, first = seeded
    again = timeline("--db", "store.db", "ingest", "--force", str(SEEDS), cwd=work)
    assert "(0 new), 0 failed" in again.stdout
    second = json.loads(timeline("--db", "store.db", "events", "--json", cwd=work).stdout)
    assert second == first


def test_a_fresh_store_gives_the_same_ids(seeded: Any, tmp_path: Path) -> None:
    _, first = seeded
    timeline("--db", "other.db", "ingest", str(SEEDS), cwd=tmp_path)
    second = json.loads(timeline("--db", "other.db", "events", "--json", cwd=tmp_path).stdout)
    assert [e["id"] for e in second] == [e["id"] for e in first]


def test_explain_names_the_timex_the_clause_and_the_rule(seeded: Any) -> None:
    work, events = seeded
    forum = next(e for e in events if "Cooperation Forum" in e["title"])
    shown = timeline("--db", "store.db", "events", "--explain", forum["id"], cwd=work).stdout
    assert "timex: 'Saturday'" in shown
    assert "rule:" in shown
    assert "opened Saturday" in shown


BAD_FILES: dict[str, tuple[bytes, str]] = {
    "empty.txt": (b"", "empty"),
    "binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\xff\xfe", "binary"),
    "latin1.txt": (b"date 2024-10-10 Caf\xe9 opens\n\nThe caf\xe9 opened on Monday.\n", "UTF-8"),
    "no-header.txt": (b"Just some text without a date line.\n\nMore text.\n", "date"),
    "bad-date.txt": (b"date 2024-13-45 Headline\n\nBody text on Monday.\n", "2024-13-45"),
}


def test_bad_files_are_reported_one_line_each_and_the_rest_is_ingested(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    for name, (data, _) in BAD_FILES.items():
        (articles / name).write_bytes(data)
    for seed in SEEDS.glob("*.txt"):
        shutil.copy(seed, articles / seed.name)
    missing = tmp_path / "nowhere.txt"
    done = timeline(
        "--db", "s.db", "ingest", str(articles), str(missing), cwd=tmp_path, check=False
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    for name, (_, reason) in BAD_FILES.items():
        line = next(line for line in lines if name in line)
        assert reason.lower() in line.lower(), line
    assert any(str(missing) in line for line in lines)
    assert done.stdout.strip().endswith("6 failed")
    assert done.stdout.startswith("2 documents")
    events = json.loads(timeline("--db", "s.db", "events", "--json", cwd=tmp_path).stdout)
    assert find(events, "2024-10-26", "day")


def test_a_bad_file_later_costs_nothing_already_stored(seeded: Any, tmp_path: Path) -> None:
    work, before = seeded
    shutil.copy(work / "store.db", tmp_path / "store.db")
    (tmp_path / "broken.txt").write_bytes(b"\x00\x01\x02")
    done = timeline("--db", "store.db", "ingest", "broken.txt", cwd=tmp_path, check=False)
    assert done.returncode == 1
    after = json.loads(timeline("--db", "store.db", "events", "--json", cwd=tmp_path).stdout)
    assert after == before


def test_unreadable_config_is_one_line_naming_the_file(tmp_path: Path) -> None:
    (tmp_path / "bad.toml").write_text("[site\n", encoding="utf-8")
    done = timeline("--config", "bad.toml", "events", cwd=tmp_path, check=False)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert "bad.toml" in done.stderr and "TOML" in done.stderr


def test_timex_prints_offsets_types_and_values(tmp_path: Path) -> None:
    text = "The forum opened Saturday and will close on Oct. 30."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    done = timeline("timex", "--dct", "2024-10-28", "a.txt", cwd=tmp_path)
    found = json.loads(done.stdout)
    assert {
        "start": 17,
        "end": 25,
        "text": "Saturday",
        "type": "DATE",
        "value": "2024-10-26",
    } in found
    for item in found:
        assert text[item["start"] : item["end"]] == item["text"]


def test_timex_refuses_a_bad_dct_in_one_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("today", encoding="utf-8")
    done = timeline("timex", "--dct", "2024-13-45", "a.txt", cwd=tmp_path, check=False)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr and "2024-13-45" in done.stderr


def test_events_are_listed_oldest_first_in_plain_text(seeded: Any) -> None:
    work, events = seeded
    shown = timeline("--db", "store.db", "events", cwd=work).stdout.splitlines()
    assert len(shown) == len(events)
    starts = [date.fromisoformat(e["start"]) for e in events]
    assert starts == sorted(starts)
    assert shown[0].startswith("2023")
