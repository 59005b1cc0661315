"""A small real store for the web tests: three articles and the events they report."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from feeds.config import Settings, load_settings
from feeds.store import Store, open_store
from feeds.types import Candidate, Document, Source, When

BASE_URL = "https://timeline.example"
NOW = datetime(2024, 11, 1, 12, 0, tzinfo=UTC)


def settings_for(db: Path, **overrides: object) -> Settings:
    """Settings for a store file, with the environment ignored and small pages and feeds."""
    values: dict[str, object] = {
        "store.url": f"sqlite:///{db}",
        "site.base_url": BASE_URL,
        "site.title": "Test Timeline",
        "feeds.limit": 3,
        "web.page_size": 10,
    }
    values.update(overrides)
    return load_settings(None, overrides=values, environ={})


def _doc(
    doc_id: str, title: str, publisher: str | None, published: date, paragraphs: list[str]
) -> Document:
    """An article as the reader would return it."""
    return Document(
        id=doc_id,
        path=f"seeds/{doc_id}.txt",
        title=title,
        publisher=publisher,
        published=published,
        dateline=None,
        place=None,
        anchor=published,
        text="\n\n".join(paragraphs),
        paragraphs=tuple(paragraphs),
        digest=doc_id.encode().hex(),
    )


def _candidate(
    doc: Document,
    n: int,
    title: str,
    when: When,
    sentence: str,
    tags: tuple[str, ...],
    places: tuple[str, ...],
) -> Candidate:
    """One dated clause of an article."""
    source = Source(doc.id, doc.title, doc.publisher, doc.published, sentence)
    return Candidate(
        id=f"{doc.id}-{n}",
        title=title,
        summary=sentence,
        when=when,
        source=source,
        tags=tags,
        places=places,
    )


FORUM = _doc(
    "2024-10-28-forum",
    "Experts hail regional tech exchange at <Forum> & more",
    "Xinhua",
    date(2024, 10, 28),
    [
        "The 11th China-Central Asia Cooperation Forum opened Saturday in Yinchuan.",
        "In 2023, Kazakhstan and China expanded exchange programs for researchers.",
    ],
)
CENTRE = _doc(
    "2024-10-10-centre",
    "China planning to establish joint science-technology centre",
    "News Central Asia (nCa)",
    date(2024, 10, 10),
    [
        "The proposal was made at the CPPCC session in March 2024.",
        "Talks are expected in the second quarter of 2025.",
    ],
)
SUMMIT = _doc(
    "2024-06-02-summit",
    "Leaders meet in Astana",
    "Xinhua",
    date(2024, 6, 2),
    ["The leaders met in Astana from June 1 to 2, 2024."],
)

CANDIDATES = {
    FORUM: [
        _candidate(
            FORUM,
            1,
            "China-Central Asia Cooperation Forum opens in Yinchuan",
            When("2024-10-26", date(2024, 10, 26), date(2024, 10, 26), "day"),
            FORUM.paragraphs[0],
            ("science", "cooperation"),
            ("Yinchuan", "China"),
        ),
        _candidate(
            FORUM,
            2,
            "Kazakhstan and China expand exchange programs",
            When("2023", date(2023, 1, 1), date(2023, 12, 31), "year"),
            FORUM.paragraphs[1],
            ("education",),
            ("Kazakhstan",),
        ),
    ],
    CENTRE: [
        _candidate(
            CENTRE,
            1,
            "CPPCC proposal for a joint science-technology centre",
            When("2024-03", date(2024, 3, 1), date(2024, 3, 31), "month"),
            CENTRE.paragraphs[0],
            ("science",),
            ("China",),
        ),
        _candidate(
            CENTRE,
            2,
            "Talks on the centre expected",
            When("2025-Q2", date(2025, 4, 1), date(2025, 6, 30), "quarter"),
            CENTRE.paragraphs[1],
            ("science",),
            (),
        ),
    ],
    SUMMIT: [
        _candidate(
            SUMMIT,
            1,
            "Leaders meet in Astana",
            When("2024-06-01/2024-06-02", date(2024, 6, 1), date(2024, 6, 2), "day"),
            SUMMIT.paragraphs[0],
            ("diplomacy",),
            ("Astana", "Kazakhstan"),
        ),
    ],
}


def fill(store: Store) -> Store:
    """Put the three articles into a store and merge their events."""
    for doc, candidates in CANDIDATES.items():
        store.put_document(doc, candidates, now=NOW)
    store.rebuild_events(NOW)
    return store


def make_store(db: Path) -> Store:
    """A store file holding the three articles' five events."""
    return fill(open_store(f"sqlite:///{db}"))
