"""Ingest on real files into a real store: idempotent, edits and removals followed, bad files
reported while the rest is stored."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from feeds.documents import read_document
from feeds.errors import DocumentError
from feeds.ingest import BATCH, find_articles, ingest
from feeds.store import Store, open_store
from feeds.types import Event, EventQuery
from tests.test_store_postgres import fresh_database, postgres_server  # noqa: F401

NOW = datetime(2024, 11, 1, 12, 0, tzinfo=UTC)
LATER = NOW + timedelta(days=1)

FORUM = (
    "date 2024-10-28 Forum opens in Yinchuan\n"
    "\n"
    "YINCHUAN, Oct. 27 (Xinhua) -- The China-Central Asia Cooperation Forum opened in Yinchuan"
    " on Oct. 26, 2024, with delegations from five Central Asian countries.\n"
    "\n"
    "Kazakhstan and Uzbekistan signed a logistics agreement in Tashkent on Sept. 12, 2024.\n"
)
ECHO = (
    "date 2024-10-29 Kabar News Agency (Kabar)\n"
    "\n"
    "Central Asian delegations attend Yinchuan forum\n"
    "\n"
    "The China-Central Asia Cooperation Forum opened in Yinchuan on Oct. 26, 2024, with"
    " delegations from five Central Asian countries.\n"
    "\n"
    "Kyrgyzstan will host the next regional summit in Bishkek in June 2025.\n"
)


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """An empty store of each kind."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'timeline.db'}"
    else:
        url = fresh_database(request.getfixturevalue("postgres_server"))
    opened = open_store(url)
    yield opened
    opened.close()


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[Store]:
    """An empty SQLite store in a file."""
    opened = open_store(f"sqlite:///{tmp_path / 'timeline.db'}")
    yield opened
    opened.close()


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    """A folder with two articles that share one happening."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "2024-10-28-forum.txt").write_text(FORUM, encoding="utf-8")
    (folder / "2024-10-29-echo.txt").write_text(ECHO, encoding="utf-8")
    return folder


def on(store: Store, value: str) -> list[Event]:
    """The stored events dated by a TimeML value."""
    return [e for e in store.query(EventQuery(order="date_asc")) if e.when.value == value]


# --- finding files -----------------------------------------------------------------------


def test_find_articles_walks_folders_for_txt_files_in_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("x")
    (tmp_path / "b" / "deep").mkdir()
    (tmp_path / "b" / "deep" / "1.txt").write_text("x")
    (tmp_path / "b" / "notes.md").write_text("x")
    (tmp_path / "b" / ".hidden.txt").write_text("x")
    (tmp_path / "a.text").write_text("x")
    files, missing = find_articles([tmp_path / "b", tmp_path / "a.text", tmp_path / "b"])
    assert files == [tmp_path / "a.text", tmp_path / "b" / "2.txt", tmp_path / "b/deep/1.txt"]
    assert missing == []


def test_find_articles_reports_a_missing_path_and_keeps_the_others(tmp_path: Path) -> None:
    (tmp_path / "1.txt").write_text("x")
    files, missing = find_articles([tmp_path / "gone", tmp_path / "1.txt"])
    assert files == [tmp_path / "1.txt"]
    assert missing == [(str(tmp_path / "gone"), "no such file or folder")]


# --- ingesting ---------------------------------------------------------------------------


def test_ingest_stores_the_documents_and_one_event_per_happening(
    store: Store, articles: Path
) -> None:
    report = ingest(store, [articles], NOW)
    assert (report.documents, report.stored, report.failed) == (2, 2, [])
    assert report.events == store.count(EventQuery()) == report.new
    (forum,) = on(store, "2024-10-26")
    assert [s.document for s in forum.sources] == ["2024-10-28-forum", "2024-10-29-echo"]
    assert [s.publisher for s in forum.sources] == ["Xinhua", "Kabar News Agency (Kabar)"]
    (logistics,) = on(store, "2024-09-12")
    assert [s.document for s in logistics.sources] == ["2024-10-28-forum"]
    assert logistics.first_seen == NOW
    assert NOW <= logistics.updated < NOW + timedelta(milliseconds=1)
    assert on(store, "2025-06")


def test_ingesting_the_same_files_twice_changes_nothing(store: Store, articles: Path) -> None:
    ingest(store, [articles], NOW)
    before = store.query(EventQuery())
    report = ingest(store, [articles], LATER)
    assert (report.documents, report.stored, report.unchanged) == (2, 0, 2)
    assert (report.new, report.changed, report.removed) == (0, 0, 0)
    assert store.query(EventQuery()) == before
    assert store.last_modified() == max(e.updated for e in before) < LATER


def test_force_extracts_again_a_file_stored_unchanged(sqlite_store: Store, articles: Path) -> None:
    forum = read_document(articles / "2024-10-28-forum.txt")
    # A document stored by an older extractor that found nothing in it.
    sqlite_store.put_document(forum, [], NOW)
    sqlite_store.rebuild_events(NOW)
    plain = ingest(sqlite_store, [articles / "2024-10-28-forum.txt"], LATER)
    assert (plain.stored, plain.unchanged, plain.events) == (0, 1, 0)
    forced = ingest(sqlite_store, [articles / "2024-10-28-forum.txt"], LATER, force=True)
    assert (forced.stored, forced.unchanged) == (1, 0)
    assert [e.when.value for e in sqlite_store.query(EventQuery(order="date_asc"))] == [
        "2024-09-12",
        "2024-10-26",
    ]


def test_force_on_current_files_changes_no_event(store: Store, articles: Path) -> None:
    ingest(store, [articles], NOW)
    before = store.query(EventQuery())
    report = ingest(store, [articles], LATER, force=True)
    assert (report.stored, report.new, report.changed) == (2, 0, 0)
    assert store.query(EventQuery()) == before


def test_editing_a_file_updates_its_events_and_keeps_the_others(
    store: Store, articles: Path
) -> None:
    ingest(store, [articles], NOW)
    (forum,) = on(store, "2024-10-26")
    edited = FORUM.replace("on Sept. 12, 2024", "on Sept. 15, 2024")
    (articles / "2024-10-28-forum.txt").write_text(edited, encoding="utf-8")
    report = ingest(store, [articles], LATER)
    assert (report.stored, report.unchanged) == (1, 1)
    assert on(store, "2024-09-12") == []
    (moved,) = on(store, "2024-09-15")
    assert moved.first_seen == LATER
    assert on(store, "2024-10-26") == [forum]


def test_removing_a_file_removes_what_only_it_supported_and_keeps_shared_events(
    store: Store, articles: Path
) -> None:
    ingest(store, [articles], NOW)
    (articles / "2024-10-28-forum.txt").unlink()
    report = ingest(store, [articles], LATER)
    assert (report.documents, report.removed) == (1, 1)
    assert store.get_document("2024-10-28-forum") is None
    assert on(store, "2024-09-12") == []
    (forum,) = on(store, "2024-10-26")
    assert [s.document for s in forum.sources] == ["2024-10-29-echo"]
    assert forum.updated == LATER


def test_documents_from_folders_not_given_are_kept(sqlite_store: Store, articles: Path) -> None:
    other = articles.parent / "other"
    other.mkdir()
    (other / "echo.txt").write_text(
        ECHO.replace("Kabar News Agency (Kabar)", "AKIpress News Agency"), encoding="utf-8"
    )
    ingest(sqlite_store, [articles], NOW)
    (articles / "2024-10-28-forum.txt").unlink()
    ingest(sqlite_store, [other], LATER)
    assert sqlite_store.get_document("2024-10-28-forum") is not None


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("no-header.txt", b"Just some text\n\nwith no date line.\n", "date"),
        ("bad-date.txt", b"date 2024-13-45 Impossible day\n\nThe body.\n", "2024-13-45"),
    ],
)
def test_a_bad_file_is_reported_with_its_reason_and_the_rest_is_stored(
    sqlite_store: Store, articles: Path, name: str, content: bytes, reason: str
) -> None:
    (articles / name).write_bytes(content)
    report = ingest(sqlite_store, [articles], NOW)
    assert [path for path, _ in report.failed] == [str(articles / name)]
    assert reason in report.failed[0][1]
    assert (report.documents, report.stored) == (2, 2)
    assert on(sqlite_store, "2024-10-26")


def test_an_unreadable_path_is_reported_and_the_rest_is_stored(
    sqlite_store: Store, articles: Path
) -> None:
    os.symlink(articles / "nowhere.txt", articles / "dangling.txt")
    report = ingest(sqlite_store, [articles, articles / "missing.txt"], NOW)
    assert sorted(path for path, _ in report.failed) == [
        str(articles / "dangling.txt"),
        str(articles / "missing.txt"),
    ]
    assert report.documents == 2


def test_a_file_that_turns_bad_keeps_what_was_stored_from_it(
    sqlite_store: Store, articles: Path
) -> None:
    ingest(sqlite_store, [articles], NOW)
    before = sqlite_store.query(EventQuery())
    (articles / "2024-10-28-forum.txt").write_bytes(b"\x00\x01\x02")
    report = ingest(sqlite_store, [articles], LATER)
    assert [path for path, _ in report.failed] == [str(articles / "2024-10-28-forum.txt")]
    assert sqlite_store.get_document("2024-10-28-forum") is not None
    assert sqlite_store.query(EventQuery()) == before


def test_two_files_with_one_name_in_different_folders_are_one_document_reported(
    sqlite_store: Store, articles: Path
) -> None:
    twin = articles / "twin"
    twin.mkdir()
    (twin / "2024-10-29-echo.txt").write_text(ECHO, encoding="utf-8")
    report = ingest(sqlite_store, [articles], NOW)
    assert report.documents == 2
    ((path, reason),) = report.failed
    assert path == str(twin / "2024-10-29-echo.txt")
    assert "same document id" in reason


def test_strict_raises_the_first_bad_file_after_storing_the_earlier_ones(
    sqlite_store: Store, articles: Path
) -> None:
    (articles / "2024-10-28-zz-bad.txt").write_bytes(b"")
    with pytest.raises(DocumentError, match="2024-10-28-zz-bad.txt: empty"):
        ingest(sqlite_store, [articles], NOW, strict=True)
    assert sqlite_store.get_document("2024-10-28-forum") is not None
    assert sqlite_store.get_document("2024-10-29-echo") is None
    assert on(sqlite_store, "2024-09-12")


def test_progress_hears_of_every_file_once(sqlite_store: Store, articles: Path) -> None:
    (articles / "bad.txt").write_bytes(b"")
    done: list[Path] = []
    ingest(sqlite_store, [articles], NOW, progress=done.append)
    assert sorted(done) == sorted(articles.glob("*.txt"))


def test_files_beyond_one_batch_are_all_stored_and_a_bad_one_is_reported(
    sqlite_store: Store, tmp_path: Path
) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(BATCH + 3):
        (folder / f"2024-10-{n:03d}.txt").write_text(
            f"date 2024-10-28 Report {n}\n\nTown {n} opened a bridge on Oct. 2, 2024.\n",
            encoding="utf-8",
        )
    (folder / f"2024-10-{BATCH:03d}.txt").write_bytes(b"")
    report = ingest(sqlite_store, [folder], NOW)
    assert [path for path, _ in report.failed] == [str(folder / f"2024-10-{BATCH:03d}.txt")]
    assert (report.documents, report.stored) == (BATCH + 2, BATCH + 2)
    assert len(sqlite_store.documents()) == BATCH + 2
