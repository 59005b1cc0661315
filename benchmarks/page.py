"""How fast the timeline page renders over a large store (target: under 200 ms, under 300 KB).

Builds (once, then reuses) a SQLite store of generated events through the store's own API,
then times pages through the app in-process with every cache of the app dropped before
each request, so each figure is a full render: store queries (count, window, month counts,
facets), grouping, chart and template. The server keeps facets and month counts per store
state and the bytes per URL, so repeated requests cost far less (the last line).

    python benchmarks/page.py                    # 100,000 events in build/bench-100000.db
    python benchmarks/page.py --events 10000 --repeat 5
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from feeds.config import load_settings  # noqa: E402
from feeds.store import open_store  # noqa: E402
from feeds.types import Candidate, Document, EventQuery, Source, When  # noqa: E402
from web import create_app  # noqa: E402

WORDS = [
    "forum",
    "summit",
    "treaty",
    "pipeline",
    "railway",
    "election",
    "budget",
    "drought",
    "harvest",
    "festival",
    "exhibition",
    "agreement",
    "visit",
    "talks",
    "launch",
    "plant",
    "bridge",
    "corridor",
    "grant",
    "loan",
    "tariff",
    "border",
    "census",
    "strike",
    "flood",
    "vaccine",
    "satellite",
    "museum",
    "university",
    "reform",
    "court",
]
PLACES = [f"Place {i}" for i in range(150)]
TAGS = [f"topic {i}" for i in range(300)]
PUBLISHERS = [f"Publisher {i}" for i in range(20)]
PER_DOCUMENT = 50
START = date(2000, 1, 1)
DAYS = 9000


def _when(rng: random.Random) -> When:
    """A random date: mostly days, some months and years, as news mentions them."""
    day = START + timedelta(days=rng.randrange(DAYS))
    kind = rng.random()
    if kind < 0.8:
        return When(day.isoformat(), day, day, "day")
    if kind < 0.95:
        last = (day.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        return When(f"{day:%Y-%m}", day.replace(day=1), last, "month")
    return When(str(day.year), date(day.year, 1, 1), date(day.year, 12, 31), "year")


def build(path: Path, events: int) -> None:
    """Fill a new store with `events` generated single-source events."""
    rng = random.Random(20241026)
    store = open_store(f"sqlite:///{path}")
    now = datetime(2024, 11, 1, tzinfo=UTC)
    for d in range(events // PER_DOCUMENT):
        published = START + timedelta(days=rng.randrange(DAYS))
        doc_id = f"generated-{d:06d}"
        clauses = []
        for n in range(PER_DOCUMENT):
            words = " ".join(rng.choice(WORDS) for _ in range(6))
            clauses.append((n, words, f"Officials said the {words} number {d}-{n} went ahead."))
        sentences = [sentence for _, _, sentence in clauses]
        doc = Document(
            id=doc_id,
            path=f"generated/{doc_id}.txt",
            title=f"Generated article {d}",
            publisher=rng.choice(PUBLISHERS),
            published=published,
            dateline=None,
            place=None,
            anchor=published,
            text="\n\n".join(sentences),
            paragraphs=tuple(sentences),
            digest=f"{d:064x}",
        )
        store.put_document(
            doc,
            [
                Candidate(
                    id=f"{doc_id}-{n}",
                    title=f"{words.capitalize()} {d}-{n}",
                    summary=sentence,
                    when=_when(rng),
                    source=Source(doc.id, doc.title, doc.publisher, doc.published, sentence),
                    tags=tuple(rng.sample(TAGS, 2)),
                    places=(rng.choice(PLACES),),
                )
                for n, words, sentence in clauses
            ],
            now=now,
        )
    store.rebuild_events(now)
    store.close()


def _time(client: Any, app: Any, path: str, repeat: int) -> tuple[float, int]:
    """Median milliseconds of full renders of a path, and its size in bytes."""
    timings = []
    size = 0
    for _ in range(repeat):
        app.extensions["timeline"].forget()
        start = time.perf_counter()
        response = client.get(path)
        timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (path, response.status_code)
        size = len(response.get_data())
    return statistics.median(timings), size


def main() -> None:
    """Build or reuse the store, then print render times and sizes."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--db", type=Path, default=None)
    args = parser.parse_args()
    db = args.db or ROOT / "build" / f"bench-{args.events}.db"
    if not db.exists():
        db.parent.mkdir(parents=True, exist_ok=True)
        start = time.perf_counter()
        build(db, args.events)
        print(f"built {db} in {time.perf_counter() - start:.1f} s")
    settings = load_settings(None, overrides={"store.url": f"sqlite:///{db}"}, environ={})
    app = create_app(settings)
    client = app.test_client()
    store = app.extensions["timeline"].stores.get()
    total = store.count(EventQuery())
    tag = store.facets().tags[0].slug
    paths = [
        "/",
        "/?order=oldest",
        f"/?page={max(1, total // settings.web_page_size // 2)}",
        f"/?tag={tag}",
        f"/tags/{tag}",
        "/?q=railway+budget",
        "/?from=2010-01-01&to=2010-12-31",
        "/feeds/events.atom",
    ]
    start = time.perf_counter()
    client.get("/")
    first = (time.perf_counter() - start) * 1000
    print(f"first request (store opened, templates compiled): {first:.0f} ms")
    print(f"{total:,} events; web.page_size {settings.web_page_size}; median of {args.repeat}")
    print(f"{'path':40} {'ms':>8} {'KB':>8}")
    for path in paths:
        ms, size = _time(client, app, path, args.repeat)
        print(f"{path:40} {ms:8.1f} {size / 1024:8.1f}")
    start = time.perf_counter()
    for _ in range(200):
        client.get("/feeds/events.atom")
    cached = (time.perf_counter() - start) / 200 * 1000
    etag = client.get("/").headers["ETag"]
    start = time.perf_counter()
    for _ in range(200):
        client.get("/", headers={"If-None-Match": etag})
    print(f"cached feed {cached:.2f} ms; 304 {(time.perf_counter() - start) / 200 * 1000:.2f} ms")


if __name__ == "__main__":
    main()
