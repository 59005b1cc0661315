"""Incremental rebuilds: which candidates are merged again, and that regrouping only those gives
the events a rebuild of everything gives."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from feeds.store import Store, open_store
from feeds.store.rebuild import regroup
from feeds.timex.values import to_when
from feeds.types import Candidate, Document, EventQuery, Source

NOW = datetime(2025, 1, 1, tzinfo=UTC)

INTERVALS = [
    ("day-2023", "2023-05-02", "2023-05-02"),
    ("new-year", "2023-12-30", "2024-01-02"),
    ("day-2024", "2024-07-01", "2024-07-01"),
    ("year-2024", "2024-01-01", "2024-12-31"),
    ("day-2022", "2022-03-03", "2022-03-03"),
    ("day-2025", "2025-02-02", "2025-02-02"),
]


def test_a_change_regroups_every_candidate_of_its_year() -> None:
    assert regroup(INTERVALS[2:4], [("2024-07-01", "2024-07-01")]) == ["day-2024", "year-2024"]


def test_a_candidate_across_new_year_regroups_both_years() -> None:
    assert regroup(INTERVALS, [("2024-07-01", "2024-07-01")]) == [
        "day-2023",
        "new-year",
        "day-2024",
        "year-2024",
    ]


def test_a_removed_candidate_regroups_the_years_it_held() -> None:
    assert regroup(INTERVALS, [("2025-01-01", "2025-12-31")]) == ["day-2025"]


def test_nothing_is_regrouped_without_changes() -> None:
    assert regroup(INTERVALS, []) == []


ACTORS = ["Kazakhstan railway", "Uzbek energy ministry", "Kyrgyz parliament", "Tajik airline"]
ACTIONS = ["signs freight deal", "opens solar plant", "approves water plan", "launches route"]
PLACES = ["Astana", "Tashkent", "Bishkek", "Dushanbe"]


def _document(number: int, published: date) -> Document:
    """An article record (its text is not what the rebuild reads)."""
    return Document(
        id=f"doc-{number:03d}",
        path=f"/articles/doc-{number:03d}.txt",
        title=f"Report {number}",
        publisher=f"Agency {number % 3}",
        published=published,
        dateline=None,
        place=None,
        anchor=published,
        text="Body.",
        paragraphs=("Body.",),
        digest=f"{number:064d}",
    )


def _candidates(rng: random.Random, doc: Document, version: int) -> list[Candidate]:
    """A few candidates, many of them the same happenings as other documents report."""
    found = []
    for i in range(rng.randint(1, 5)):
        day = date(2023, 11, 1) + timedelta(days=rng.randint(0, 120))
        value = rng.choice([day.isoformat()] * 6 + [day.isoformat()[:7], day.isoformat()[:4]])
        when = to_when(value)
        assert when is not None
        k = rng.randrange(len(ACTORS))
        title = f"{ACTORS[k]} {rng.choice(ACTIONS)}"
        sentence = f"The {title} in {PLACES[k]}, officials said (v{version})."
        found.append(
            Candidate(
                id=f"{doc.id}-{version}-{i}",
                title=title,
                summary=sentence,
                when=when,
                source=Source(doc.id, doc.title, doc.publisher, doc.published, sentence),
                tags=(ACTIONS[k].split()[-1],),
                places=(PLACES[k],),
                actors=(ACTORS[k],),
                rule="test",
            )
        )
    return found


def _groups(store: Store) -> set[tuple[frozenset[str], str, str, str]]:
    """Every event as its candidates, title, date and summary (ids and times left out)."""
    return {
        (frozenset(e.candidates), e.title, e.when.value, e.summary)
        for e in store.query(EventQuery())
    }


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_incremental_rebuilds_end_where_one_full_rebuild_ends(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    incremental = open_store(f"sqlite:///{tmp_path / 'incremental.db'}")
    final: dict[str, tuple[Document, list[Candidate]]] = {}
    moment = NOW
    for step in range(6):
        for _ in range(rng.randint(2, 6)):
            number = rng.randrange(30)
            doc = _document(number, date(2024, 3, 1) + timedelta(days=number))
            if doc.id in final and rng.random() < 0.3:
                incremental.remove_document(doc.id, moment)
                del final[doc.id]
                continue
            candidates = _candidates(rng, doc, step)
            incremental.put_document(doc, candidates, moment)
            final[doc.id] = (doc, candidates)
        incremental.rebuild_events(moment)
        moment += timedelta(hours=1)
    full = open_store(f"sqlite:///{tmp_path / 'full.db'}")
    for doc, candidates in final.values():
        full.put_document(doc, candidates, NOW)
    full.rebuild_events(NOW)
    merged = [e for e in full.query(EventQuery()) if len(e.candidates) > 1]
    assert merged, "the scenario should hold events with several sources"
    assert _groups(incremental) == _groups(full)
    incremental.close()
    full.close()


def _one_candidate(doc: Document, title: str) -> Candidate:
    """A candidate of a document on 1 March 2024 with the given title."""
    when = to_when("2024-03-01")
    assert when is not None
    sentence = f"{title} on March 1."
    return Candidate(
        id=f"{doc.id}-0",
        title=title,
        summary=sentence,
        when=when,
        source=Source(doc.id, doc.title, doc.publisher, doc.published, sentence),
        rule="test",
    )


def test_a_rebuild_reads_what_another_writer_stored_after_this_store_wrote(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    first, second = open_store(url), open_store(url)
    doc = _document(1, date(2024, 3, 2))
    first.put_document(doc, [_one_candidate(doc, "Kazakhstan railway signs freight deal")], NOW)
    second.put_document(doc, [_one_candidate(doc, "Kyrgyz parliament approves water plan")], NOW)
    first.rebuild_events(NOW)
    assert [e.title for e in first.query(EventQuery())] == ["Kyrgyz parliament approves water plan"]
    first.close()
    second.close()


def test_a_rebuild_sources_a_candidate_from_its_stored_document(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'store.db'}")
    doc = _document(2, date(2024, 3, 2))
    candidate = _one_candidate(doc, "Tajik airline launches route")
    stale = Source(doc.id, "An older headline", None, date(2024, 1, 1), candidate.summary)
    store.put_document(doc, [Candidate(**{**candidate.__dict__, "source": stale})], NOW)
    store.rebuild_events(NOW)
    (event,) = store.query(EventQuery())
    assert [(s.title, s.publisher, s.published) for s in event.sources] == [
        ("Report 2", "Agency 2", date(2024, 3, 2))
    ]
    store.close()
