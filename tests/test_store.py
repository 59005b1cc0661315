"""The store on a real database: documents, rebuilds with stable ids, queries, search, facets.

Every test runs on SQLite (a file in tmp_path) and on PostgreSQL (a private server), so the
two backends cannot drift apart.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from feeds.errors import InputError, StoreError
from feeds.store import Facet, RebuildStats, Store, open_store
from feeds.timex.values import to_when
from feeds.types import Candidate, Document, EventQuery, Source, Timex
from tests.test_store_postgres import fresh_database, postgres_server  # noqa: F401

NOW = datetime(2024, 11, 1, 12, 0, tzinfo=UTC)
LATER = NOW + timedelta(hours=1)


def rebuild_time(moment: datetime | None) -> datetime | None:
    """The rebuild a record time comes from: events of one rebuild are microseconds apart."""
    return None if moment is None else moment.replace(microsecond=0)


LATEST = NOW + timedelta(hours=2)


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A URL of an empty store of each kind."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'timeline.db'}"
    server: str = request.getfixturevalue("postgres_server")
    return fresh_database(server)


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    """An open, empty store of each kind."""
    opened = open_store(store_url)
    yield opened
    opened.close()


def document(
    doc_id: str,
    published: str = "2024-10-28",
    publisher: str | None = "Xinhua",
    title: str = "Forum opens in Yinchuan",
    digest: str = "0" * 64,
) -> Document:
    """A document with a one-paragraph body."""
    day = date.fromisoformat(published)
    return Document(
        id=doc_id,
        path=f"/articles/{doc_id}.txt",
        title=title,
        publisher=publisher,
        published=day,
        dateline="YINCHUAN, Oct. 27 (Xinhua) --",
        place="Yinchuan",
        anchor=day,
        text="The forum opened on Saturday.\n\nIt lasts two days.",
        paragraphs=("The forum opened on Saturday.", "It lasts two days."),
        digest=digest,
    )


def candidate(
    doc: Document,
    key: str,
    value: str,
    title: str,
    sentence: str,
    tags: tuple[str, ...] = (),
    places: tuple[str, ...] = (),
    actors: tuple[str, ...] = (),
) -> Candidate:
    """A candidate of a document, dated by a TimeML value, its id from the document and key."""
    when = to_when(value)
    assert when is not None
    return Candidate(
        id=f"{doc.id}-{key}",
        title=title,
        summary=sentence,
        when=when,
        source=Source(doc.id, doc.title, doc.publisher, doc.published, sentence),
        tags=tags,
        places=places,
        actors=actors,
        timex=Timex(0, 8, "Saturday", "DATE", value),
        rule="past-verb",
    )


XINHUA = document("2024-10-28-forum", published="2024-10-28")
NCA = document(
    "2024-10-30-forum-ends",
    published="2024-10-30",
    publisher="News Central Asia (nCa)",
    title="Forum ends",
)
FORUM = "The China-Central Asia Cooperation Forum opened in Yinchuan on Saturday."
FORUM_OPENS = candidate(
    XINHUA,
    "opens",
    "2024-10-26",
    "China-Central Asia Cooperation Forum opens in Yinchuan",
    FORUM,
    tags=("cooperation forum", "China"),
    places=("Yinchuan", "China"),
    actors=("China-Central Asia Cooperation Forum",),
)
EXCHANGE = candidate(
    XINHUA,
    "exchange",
    "2023",
    "Kazakhstan and China launch exchange programs",
    "In 2023, Kazakhstan and China launched exchange programs for students.",
    tags=("education",),
    places=("Kazakhstan", "China"),
)
CENTRE = candidate(
    NCA,
    "centre",
    "2024-03",
    "CPPCC proposes joint science-technology centre",
    "In March 2024 the CPPCC proposed a joint science-technology centre.",
    tags=("science",),
    places=("China",),
)
FORUM_AGAIN = candidate(
    NCA,
    "forum",
    "2024-10-26",
    "China-Central Asia Cooperation Forum opens in Yinchuan",
    "The China-Central Asia Cooperation Forum opened in Yinchuan on Oct. 26.",
    tags=("cooperation forum", "China"),
    places=("Yinchuan", "China"),
    actors=("China-Central Asia Cooperation Forum",),
)


def seeded(store: Store) -> Store:
    """The store holding both documents and their three distinct events, rebuilt at NOW."""
    store.put_document(XINHUA, [FORUM_OPENS, EXCHANGE], NOW)
    store.put_document(NCA, [CENTRE], NOW)
    store.rebuild_events(NOW)
    return store


def ids(store: Store, **query: object) -> list[str]:
    """The ids a query returns, in order."""
    return [e.id for e in store.query(EventQuery(**query))]  # type: ignore[arg-type]


# --- documents ---------------------------------------------------------------------------


def test_a_stored_document_reads_back_equal_and_gives_its_digest(store: Store) -> None:
    doc = document("a", digest="ab" * 32)
    store.put_document(doc, [], NOW)
    assert store.get_document("a") == doc
    assert store.document_digest("a") == "ab" * 32


def test_an_unknown_document_has_no_digest_and_reads_as_none(store: Store) -> None:
    assert store.document_digest("nothing") is None
    assert store.get_document("nothing") is None


def test_documents_are_listed_by_id(store: Store) -> None:
    store.put_document(document("b"), [], NOW)
    store.put_document(document("a"), [], NOW)
    assert [d.id for d in store.documents()] == ["a", "b"]


def test_a_candidate_from_another_document_is_refused(store: Store) -> None:
    with pytest.raises(ValueError, match="names document"):
        store.put_document(NCA, [FORUM_OPENS], NOW)
    assert store.get_document(NCA.id) is None


def test_documents_written_in_a_batch_are_committed_together_at_its_end(store_url: str) -> None:
    writer, reader = open_store(store_url), open_store(store_url)
    with writer.batch():
        writer.put_document(XINHUA, [FORUM_OPENS, EXCHANGE], NOW)
        writer.put_document(NCA, [CENTRE], NOW)
        assert writer.document_digest(NCA.id) == NCA.digest
        assert reader.get_document(XINHUA.id) is None
    assert [d.id for d in reader.documents()] == [XINHUA.id, NCA.id]
    writer.rebuild_events(NOW)
    assert reader.count(EventQuery()) == 3
    writer.close()
    reader.close()


def test_a_write_that_fails_in_a_batch_is_undone_and_the_others_are_kept(store: Store) -> None:
    with store.batch():
        store.put_document(XINHUA, [FORUM_OPENS], NOW)
        with pytest.raises(ValueError, match="timezone-aware"):
            store.put_document(NCA, [CENTRE], datetime(2024, 11, 1, 12, 0))
        store.put_document(NCA, [FORUM_AGAIN], NOW)
    assert [c.id for c in store.candidates_of(FORUM_OPENS.id)] == []
    store.rebuild_events(NOW)
    assert ids(store) == [FORUM_OPENS.id]
    assert {c.id for c in store.candidates_of(FORUM_OPENS.id)} == {FORUM_OPENS.id, FORUM_AGAIN.id}


def test_an_error_out_of_a_batch_undoes_all_its_writes(store: Store) -> None:
    with pytest.raises(KeyError), store.batch():
        store.put_document(XINHUA, [FORUM_OPENS, EXCHANGE], NOW)
        raise KeyError("stop")
    assert store.documents() == []
    assert store.rebuild_events(NOW) == RebuildStats(0, 0, 0, 0)
    store.put_document(NCA, [CENTRE], NOW)
    assert store.rebuild_events(NOW).events == 1


# --- rebuilding --------------------------------------------------------------------------


def test_rebuild_makes_an_event_per_happening_named_by_its_candidate(store: Store) -> None:
    store.put_document(XINHUA, [FORUM_OPENS, EXCHANGE], NOW)
    store.put_document(NCA, [CENTRE], NOW)
    assert store.rebuild_events(NOW) == RebuildStats(events=3, new=3, changed=0, removed=0)
    assert sorted(ids(store)) == sorted([FORUM_OPENS.id, EXCHANGE.id, CENTRE.id])


def test_an_event_reads_back_with_every_field(store: Store) -> None:
    seeded(store)
    event = store.get_event(FORUM_OPENS.id)
    assert event is not None
    assert event.title == "China-Central Asia Cooperation Forum opens in Yinchuan"
    assert event.summary == FORUM
    assert (event.when.value, event.when.start, event.when.granularity) == (
        "2024-10-26",
        date(2024, 10, 26),
        "day",
    )
    assert event.sources == (
        Source(XINHUA.id, "Forum opens in Yinchuan", "Xinhua", date(2024, 10, 28), FORUM),
    )
    assert set(event.tags) == {"cooperation forum", "China"}
    assert set(event.places) == {"Yinchuan", "China"}
    assert event.actors == ("China-Central Asia Cooperation Forum",)
    assert event.candidates == (FORUM_OPENS.id,)
    assert (event.first_seen, rebuild_time(event.updated), event.sequence) == (NOW, NOW, 0)
    assert event.first_seen.tzinfo is not None


def test_month_and_year_events_keep_their_precision(store: Store) -> None:
    seeded(store)
    centre = store.get_event(CENTRE.id)
    exchange = store.get_event(EXCHANGE.id)
    assert centre is not None and exchange is not None
    assert (centre.when.start, centre.when.end, centre.when.granularity) == (
        date(2024, 3, 1),
        date(2024, 3, 31),
        "month",
    )
    assert (exchange.when.value, exchange.when.granularity) == ("2023", "year")


def test_candidates_of_an_event_come_back_with_timex_and_rule(store: Store) -> None:
    seeded(store)
    assert store.candidates_of(FORUM_OPENS.id) == [FORUM_OPENS]
    assert store.candidates_of("no-such-event") == []


def test_a_second_rebuild_without_changes_changes_nothing(store: Store) -> None:
    seeded(store)
    before = store.query(EventQuery())
    assert store.rebuild_events(LATER) == RebuildStats(events=3, new=0, changed=0, removed=0)
    assert store.query(EventQuery()) == before
    assert rebuild_time(store.last_modified()) == NOW


def test_storing_the_same_document_again_changes_no_event(store: Store) -> None:
    seeded(store)
    before = store.query(EventQuery())
    store.put_document(XINHUA, [FORUM_OPENS, EXCHANGE], LATER)
    assert store.rebuild_events(LATER) == RebuildStats(events=3, new=0, changed=0, removed=0)
    assert store.query(EventQuery()) == before


def test_an_edited_event_keeps_id_and_first_seen_and_moves_updated_and_sequence(
    store: Store,
) -> None:
    seeded(store)
    edited = replace(FORUM_OPENS, title="Cooperation Forum opens in Yinchuan, Ningxia")
    store.put_document(XINHUA, [edited, EXCHANGE], LATER)
    assert store.rebuild_events(LATER) == RebuildStats(events=3, new=0, changed=1, removed=0)
    event = store.get_event(FORUM_OPENS.id)
    assert event is not None
    assert event.title == "Cooperation Forum opens in Yinchuan, Ningxia"
    assert (event.first_seen, rebuild_time(event.updated), event.sequence) == (NOW, LATER, 1)
    untouched = store.get_event(EXCHANGE.id)
    assert untouched is not None and untouched.updated == NOW


def test_a_candidate_dropped_from_its_document_removes_its_event(store: Store) -> None:
    seeded(store)
    store.put_document(XINHUA, [FORUM_OPENS], LATER)
    assert store.rebuild_events(LATER) == RebuildStats(events=2, new=0, changed=0, removed=1)
    assert store.get_event(EXCHANGE.id) is None


def test_removing_a_document_removes_the_events_only_it_supported(store: Store) -> None:
    seeded(store)
    store.remove_document(XINHUA.id, LATER)
    assert store.get_document(XINHUA.id) is None
    assert store.rebuild_events(LATER) == RebuildStats(events=1, new=0, changed=0, removed=2)
    assert ids(store) == [CENTRE.id]


def test_a_second_source_joins_the_event_without_changing_its_id(store: Store) -> None:
    seeded(store)
    store.put_document(NCA, [CENTRE, FORUM_AGAIN], LATER)
    assert store.rebuild_events(LATER) == RebuildStats(events=3, new=0, changed=1, removed=0)
    event = store.get_event(FORUM_OPENS.id)
    assert event is not None
    assert [s.document for s in event.sources] == [XINHUA.id, NCA.id]
    assert set(event.candidates) == {FORUM_OPENS.id, FORUM_AGAIN.id}
    assert (event.first_seen, rebuild_time(event.updated), event.sequence) == (NOW, LATER, 1)
    assert store.get_event(FORUM_AGAIN.id) is None


def test_the_earliest_seen_candidate_names_the_event_whatever_the_id_order(
    store: Store,
) -> None:
    # FORUM_AGAIN's id sorts after FORUM_OPENS's; seen first, it still founds the event.
    store.put_document(NCA, [FORUM_AGAIN], NOW)
    store.rebuild_events(NOW)
    store.put_document(XINHUA, [FORUM_OPENS], LATER)
    store.rebuild_events(LATER)
    assert ids(store) == [FORUM_AGAIN.id]


def test_removing_one_source_keeps_the_shared_event_with_the_other(store: Store) -> None:
    seeded(store)
    store.put_document(NCA, [CENTRE, FORUM_AGAIN], LATER)
    store.rebuild_events(LATER)
    store.remove_document(NCA.id, LATEST)
    assert store.rebuild_events(LATEST) == RebuildStats(events=2, new=0, changed=1, removed=1)
    event = store.get_event(FORUM_OPENS.id)
    assert event is not None
    assert [s.document for s in event.sources] == [XINHUA.id]
    assert (event.first_seen, event.sequence) == (NOW, 2)


def test_when_the_founding_source_goes_the_event_is_named_by_the_next_one(
    store: Store,
) -> None:
    seeded(store)
    store.put_document(NCA, [CENTRE, FORUM_AGAIN], LATER)
    store.rebuild_events(LATER)
    store.remove_document(XINHUA.id, LATEST)
    store.rebuild_events(LATEST)
    assert sorted(ids(store)) == sorted([FORUM_AGAIN.id, CENTRE.id])


def test_a_candidate_keeps_its_first_seen_when_its_document_is_stored_again(
    store: Store,
) -> None:
    store.put_document(NCA, [FORUM_AGAIN], NOW)
    store.put_document(XINHUA, [FORUM_OPENS], LATER)
    # Stored again later, FORUM_AGAIN is still the first seen: it names the merged event.
    store.put_document(NCA, [FORUM_AGAIN, CENTRE], LATEST)
    store.rebuild_events(LATEST)
    assert sorted(ids(store)) == sorted([FORUM_AGAIN.id, CENTRE.id])


def test_events_stored_before_digests_are_compared_in_full_once(
    store: Store, store_url: str
) -> None:
    seeded(store)
    before = store.query(EventQuery())
    _execute(store_url, "UPDATE events SET content_digest = '', record_digest = ''")
    store.put_document(XINHUA, [FORUM_OPENS, EXCHANGE], LATER)
    assert store.rebuild_events(LATER) == RebuildStats(events=3, new=0, changed=0, removed=0)
    assert store.query(EventQuery()) == before


def _execute(url: str, statement: str) -> None:
    """Run one statement on the store's database behind its back."""
    if url.startswith("sqlite:///"):
        with sqlite3.connect(url.removeprefix("sqlite:///")) as connection:
            connection.execute(statement)
        return
    import psycopg

    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(statement)


def test_sources_are_ordered_by_publication_date(store: Store) -> None:
    early = document("a-early", published="2024-10-27", publisher="Kabar")
    late = document("z-late", published="2024-10-29", publisher="Akipress")
    store.put_document(late, [replace(FORUM_AGAIN, id="late", source=_source(late))], NOW)
    store.put_document(early, [replace(FORUM_AGAIN, id="early", source=_source(early))], NOW)
    store.rebuild_events(NOW)
    (event,) = store.query(EventQuery())
    assert [s.document for s in event.sources] == ["a-early", "z-late"]


def _source(doc: Document) -> Source:
    """The source record of FORUM_AGAIN's sentence in another document."""
    return Source(doc.id, doc.title, doc.publisher, doc.published, FORUM_AGAIN.source.sentence)


def test_a_naive_time_is_refused(store: Store) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        store.rebuild_events(datetime(2024, 11, 1, 12, 0))


# --- queries -----------------------------------------------------------------------------


def test_events_come_newest_first_by_default_and_oldest_first_on_request(store: Store) -> None:
    seeded(store)
    assert ids(store) == [FORUM_OPENS.id, CENTRE.id, EXCHANGE.id]
    assert ids(store, order="date_asc") == [EXCHANGE.id, CENTRE.id, FORUM_OPENS.id]


def test_recent_order_puts_the_last_updated_first(store: Store) -> None:
    seeded(store)
    store.put_document(NCA, [replace(CENTRE, title="CPPCC backs science centre")], LATER)
    store.rebuild_events(LATER)
    assert ids(store, order="recent")[0] == CENTRE.id


def test_an_unknown_order_is_an_input_error(store: Store) -> None:
    with pytest.raises(InputError, match="order"):
        store.query(EventQuery(order="random"))


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"tag": "cooperation-forum"}, [FORUM_OPENS.id]),
        ({"tag": "Cooperation Forum"}, [FORUM_OPENS.id]),
        ({"tag": "china"}, [FORUM_OPENS.id]),
        ({"tag": "unknown"}, []),
        ({"place": "kazakhstan"}, [EXCHANGE.id]),
        ({"place": "china"}, [FORUM_OPENS.id, CENTRE.id, EXCHANGE.id]),
        ({"publisher": "News Central Asia (nCa)"}, [CENTRE.id]),
        ({"publisher": "Nobody"}, []),
        ({"since": date(2024, 3, 31)}, [FORUM_OPENS.id, CENTRE.id]),
        ({"since": date(2024, 4, 1)}, [FORUM_OPENS.id]),
        ({"until": date(2024, 3, 1)}, [CENTRE.id, EXCHANGE.id]),
        ({"since": date(2023, 6, 1), "until": date(2023, 6, 30)}, [EXCHANGE.id]),
        ({"place": "china", "since": date(2024, 1, 1)}, [FORUM_OPENS.id, CENTRE.id]),
        ({"limit": 1, "offset": 1}, [CENTRE.id]),
        ({"offset": 2}, [EXCHANGE.id]),
        ({"limit": 0}, []),
    ],
)
def test_filters_and_windows(store: Store, query: dict[str, object], expected: list[str]) -> None:
    seeded(store)
    assert ids(store, **query) == expected


def test_count_ignores_the_window(store: Store) -> None:
    seeded(store)
    assert store.count(EventQuery(place="china", limit=1, offset=1)) == 3
    assert store.count(EventQuery(tag="education")) == 1


def test_month_counts_group_by_the_start_month_and_leave_out_a_whole_year(store: Store) -> None:
    seeded(store)
    # the 2023 event covers a whole year: it belongs to no one month of the chart
    assert store.month_counts(EventQuery()) == [("2024-03", 1), ("2024-10", 1)]
    assert store.month_counts(EventQuery(tag="science")) == [("2024-03", 1)]


def test_facets_count_tags_places_and_publishers(store: Store) -> None:
    seeded(store)
    facets = store.facets()
    assert facets.places == (
        Facet("China", "china", 3),
        Facet("Kazakhstan", "kazakhstan", 1),
        Facet("Yinchuan", "yinchuan", 1),
    )
    assert facets.tags == (
        Facet("China", "china", 1),
        Facet("cooperation forum", "cooperation-forum", 1),
        Facet("education", "education", 1),
        Facet("science", "science", 1),
    )
    assert facets.publishers == (
        Facet("Xinhua", "xinhua", 2),
        Facet("News Central Asia (nCa)", "news-central-asia-nca", 1),
    )


# --- search ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yinchuan", [FORUM_OPENS.id]),
        ("yinchuan forum", [FORUM_OPENS.id]),
        ("students", [EXCHANGE.id]),
        ("science-technology", [CENTRE.id]),
        ("Kazakhstan Yinchuan", []),
        ("Kazakhstan,", [EXCHANGE.id]),
    ],
)
def test_search_finds_every_word_in_titles_summaries_and_sentences(
    store: Store, text: str, expected: list[str]
) -> None:
    seeded(store)
    assert ids(store, text=text) == expected


@pytest.mark.parametrize(
    ("text", "finds_forum"),
    [
        ('"', False),
        ('forum"', True),
        ('"forum', True),
        ("NEAR(forum yinchuan)", False),
        ("forum NEAR/2 opens", False),
        ("*", False),
        ("forum*", True),
        ("AND OR NOT", False),
        ("forum OR students", False),
        ("title:forum", False),
        ("(forum", True),
        ("^forum", True),
        ("-forum", True),
        ("forum -", True),
        ("{title summary}: forum", False),
        ("Алматы", False),
        ("银川", False),
        ("🗓️ forum", True),
        ("'; DROP TABLE events; --", False),
        ("%_\\", False),
        ("\x00", False),
        ("forum " * 40, True),
    ],
)
def test_hostile_search_text_is_read_as_plain_words(
    store: Store, text: str, finds_forum: bool
) -> None:
    seeded(store)
    found = ids(store, text=text)
    assert found == ([FORUM_OPENS.id] if finds_forum else [])
    assert store.count(EventQuery(text=text)) == len(found)


def test_accents_are_ignored_by_search(store: Store) -> None:
    doc = document("zurich")
    zurich = candidate(doc, "summit", "2024-05-02", "Summit held in Zürich", "A summit was held.")
    store.put_document(doc, [zurich], NOW)
    store.rebuild_events(NOW)
    assert ids(store, text="zurich") == [zurich.id]


# --- record times and the schema -----------------------------------------------------------


def test_last_modified_follows_rebuilds_and_removals(store: Store) -> None:
    assert store.last_modified() is None
    seeded(store)
    assert rebuild_time(store.last_modified()) == NOW
    store.remove_document(NCA.id, LATER)
    store.rebuild_events(LATER)
    assert rebuild_time(store.last_modified()) == LATER


def test_open_store_refuses_an_unknown_kind_of_url() -> None:
    with pytest.raises(InputError, match="store.url"):
        open_store("mysql://localhost/timeline")


def test_a_sqlite_store_reopens_with_its_events(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'timeline.db'}"
    first = seeded(open_store(url))
    before = first.query(EventQuery())
    first.close()
    again = open_store(url)
    assert again.query(EventQuery()) == before
    again.close()


def test_a_sqlite_store_uses_wal_and_foreign_keys(tmp_path: Path) -> None:
    path = tmp_path / "timeline.db"
    open_store(f"sqlite:///{path}").close()
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert connection.execute("PRAGMA user_version").fetchone()[0] >= 1


def test_a_store_from_a_newer_timeline_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "timeline.db"
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA user_version = 999")
    connection.close()
    with pytest.raises(StoreError, match="schema version 999"):
        open_store(f"sqlite:///{path}")


def test_a_file_that_is_not_a_database_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "timeline.db"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="timeline.db"):
        open_store(f"sqlite:///{path}")


def test_an_in_memory_store_works(tmp_path: Path) -> None:
    memory = seeded(open_store("sqlite:///:memory:"))
    assert memory.count(EventQuery()) == 3
    memory.close()


def test_facets_follow_changes_made_through_another_connection(store_url: str) -> None:
    reader = open_store(store_url)
    writer = open_store(store_url)
    assert reader.facets().publishers == ()
    seeded(writer)
    assert [f.name for f in reader.facets().publishers] == ["Xinhua", "News Central Asia (nCa)"]
    writer.remove_document(XINHUA.id, LATER)
    writer.rebuild_events(LATER)
    assert [f.name for f in reader.facets().publishers] == ["News Central Asia (nCa)"]
    reader.close()
    writer.close()


def test_events_of_one_rebuild_have_distinct_record_times(store: Store) -> None:
    seeded(store)
    times = [e.updated for e in store.query(EventQuery(order="recent"))]
    assert len(times) >= 2
    assert len(set(times)) == len(times)
    assert {rebuild_time(t) for t in times} == {NOW}
