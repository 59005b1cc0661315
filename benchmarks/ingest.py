"""Ingest and store figures: articles per second into SQLite, and a 100,000-event store.

Run by hand: ``python benchmarks/ingest.py [--articles 500] [--no-written] [--events 100000]
[--store URL]``
(``--store postgresql://...`` builds the big store in an empty PostgreSQL database). It prints:
- articles of 500 words ingested per second end to end (read, tag, extract, store, rebuild)
  into a SQLite file after warming up on other articles, by the clock and per core (process time,
  which other work on a shared machine does not inflate), with the time split between reading,
  tagging, extracting, merging and the store (writes, queries, the rest of the rebuild); first
  for generated articles (a dozen dated sentences among repeated filler), then for the
  repository's hand-written ones (the event sets and seeds: real news prose, denser in dates,
  the honest figure);
- for a store of N events (candidates stored directly): the first full rebuild, an
  incremental rebuild after one more article, and the median time of the queries the web
  page makes (a page of 50 events, filtered pages, search, counts, month bars, facets).
"""

from __future__ import annotations

import argparse
import contextlib
import random
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import feeds.events
import feeds.ingest
import feeds.merge
from feeds.ingest import ingest
from feeds.merge import merge
from feeds.store import Store, open_store
from feeds.timex.values import to_when
from feeds.types import Candidate, Document, EventQuery, Source

NOW = datetime(2025, 1, 1, tzinfo=UTC)
ROOT = Path(__file__).resolve().parent.parent

COUNTRIES = [
    "Kazakhstan", "Uzbekistan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "China", "Russia",
    "Mongolia", "Iran", "Turkey", "Azerbaijan", "Georgia", "Armenia", "Pakistan", "India",
]  # fmt: skip
CITIES = [
    "Astana", "Almaty", "Tashkent", "Bishkek", "Dushanbe", "Ashgabat", "Beijing", "Yinchuan",
    "Urumqi", "Moscow", "Baku", "Tbilisi", "Samarkand", "Osh", "Khujand",
]  # fmt: skip
ACTORS = [
    "the Ministry of Energy", "the central bank", "the national railway company",
    "the Shanghai Cooperation Organization", "the Asian Development Bank", "the parliament",
    "the state oil company", "the Ministry of Education", "a regional airline", "the government",
]  # fmt: skip
VERBS = [
    ("signed", "an agreement on"), ("opened", "a new centre for"), ("launched", "a programme of"),
    ("approved", "a plan for"), ("announced", "new rules on"), ("hosted", "a forum on"),
    ("completed", "the first phase of"), ("agreed", "on joint work in"),
]  # fmt: skip
TOPICS = [
    "renewable energy", "rail freight", "water management", "digital trade", "student exchange",
    "wheat exports", "cross-border logistics", "public health", "tourism", "mining safety",
]  # fmt: skip
FILLER = (
    "Officials said the step would help the region's economy and create jobs for young people. "
    "Analysts expect further cooperation between the neighbouring countries in the coming years. "
    "The project is part of a wider programme of investment in infrastructure and services. "
    "Representatives of business associations welcomed the decision and called for more talks. "
)
MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip


def dated_sentence(rng: random.Random, published: date) -> str:
    """One sentence reporting a happening on a date written in one of the usual ways."""
    day = published - timedelta(days=rng.randint(1, 400))
    actor = rng.choice(ACTORS)
    verb, obj = rng.choice(VERBS)
    topic = rng.choice(TOPICS)
    place = rng.choice(CITIES)
    when = rng.choice(
        [
            f"on {MONTHS[day.month - 1]} {day.day}, {day.year}",
            f"on {day.day} {MONTHS[day.month - 1]} {day.year}",
            f"in {MONTHS[day.month - 1]} {day.year}",
            f"in {day.year}",
        ]
    )
    return f"In {place}, {actor} {verb} {obj} {topic} {when}."


def article(rng: random.Random, number: int) -> str:
    """An article of about 500 words in the seed format, with a dozen dated sentences."""
    published = date(2024, 1, 1) + timedelta(days=rng.randint(0, 365))
    country = rng.choice(COUNTRIES)
    paragraphs = []
    words = 0
    while words < 480:
        text = " ".join(dated_sentence(rng, published) for _ in range(2)) + " " + FILLER
        paragraphs.append(text)
        words += len(text.split())
    head = f"date {published.isoformat()} {country} expands regional cooperation, report {number}"
    return head + "\n\n" + "\n\n".join(paragraphs) + "\n"


def timed(action: Callable[[], object], repeat: int = 5) -> float:
    """Median seconds of an action over a few runs."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


@contextlib.contextmanager
def stages(spent: dict[str, float]) -> Iterator[None]:
    """Add the process time of each ingest stage to `spent` while the block runs: the
    stages' functions are wrapped where ingest looks them up, and put back after."""
    wrapped = [
        (feeds.ingest, "parse_document", "read"),
        (feeds.events, "tag", "tag"),
        (feeds.events, "extract", "extract"),
        (feeds.merge, "merge", "merge"),
    ]
    originals = [getattr(module, name) for module, name, _ in wrapped]

    def stopwatch(function: Callable[..., object], stage: str) -> Callable[..., object]:
        """The function, adding its process time to its stage."""

        def timed(*args: object) -> object:
            """Call the function and count its time."""
            start = time.process_time()
            try:
                return function(*args)
            finally:
                spent[stage] = spent.get(stage, 0.0) + time.process_time() - start

        return timed

    for (module, name, stage), function in zip(wrapped, originals, strict=True):
        setattr(module, name, stopwatch(function, stage))
    try:
        yield
    finally:
        for (module, name, _), function in zip(wrapped, originals, strict=True):
            setattr(module, name, function)


def generated(folder: Path, count: int, seed: int = 7) -> Path:
    """Write `count` generated articles into a new folder and return it."""
    rng = random.Random(seed)
    articles = folder / f"articles-{seed}"
    articles.mkdir()
    for n in range(count):
        (articles / f"article-{n:05d}.txt").write_text(article(rng, n), encoding="utf-8")
    return articles


def written(folder: Path) -> Path:
    """Copy the repository's hand-written articles (the event sets and the seeds) into a new
    folder and return it: real news prose, denser in dates than the generated filler."""
    articles = folder / "written"
    articles.mkdir()
    for path in sorted(ROOT.glob("tests/data/events*/*.txt")) + sorted(ROOT.glob("seeds/*.txt")):
        (articles / f"{path.parent.name}-{path.name}").write_bytes(path.read_bytes())
    return articles


def ingest_rate(articles: Path, label: str) -> None:
    """Print how fast the articles of a folder are ingested into a new SQLite file, as
    articles of 500 words per second."""
    count = len(list(articles.glob("*.txt")))
    words = sum(len(p.read_text().split()) for p in articles.glob("*.txt"))
    store = open_store(f"sqlite:///{articles.parent / (articles.name + '.db')}")
    spent: dict[str, float] = {}
    start, cpu = time.perf_counter(), time.process_time()
    with stages(spent):
        report = ingest(store, [articles], NOW)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    start = time.perf_counter()
    again = ingest(store, [articles], NOW + timedelta(hours=1))
    second = time.perf_counter() - start
    store.close()
    per_500 = words / 500
    print(
        f"ingest, {label}: {count} articles of {words / count:.0f} words in {elapsed:.2f} s ="
        f" {per_500 / elapsed:.0f} articles of 500 words/s; {report.events} events,"
        f" {len(report.failed)} failed"
    )
    # Extraction's time holds the tagger's; the store's is what is left of the run.
    spent["extract"] = spent.get("extract", 0.0) - spent.get("tag", 0.0)
    spent["store"] = cpu - sum(spent.values())
    split = ", ".join(f"{stage} {seconds:.2f} s" for stage, seconds in spent.items())
    print(
        f"ingest per core, {label}: {cpu:.2f} s of process time ="
        f" {per_500 / cpu:.0f} articles of 500 words/s ({split})"
    )
    print(f"ingest again (unchanged files skipped): {second:.2f} s, {again.new} new events")


THINGS = ["accord", "plan", "deal", "road", "plant", "budget", "treaty", "bridge", "census"]
SYLLABLES = ["ka", "zu", "mir", "tol", "ben", "sar", "qu", "dem", "lia", "vor", "nek", "osh"]


def name(rng: random.Random) -> str:
    """A made-up proper name, so synthetic events differ as real ones do."""
    return "".join(rng.choice(SYLLABLES) for _ in range(5)).capitalize()


def synthetic(rng: random.Random, n: int, doc: Document) -> Candidate:
    """A candidate about its own made-up names, on a day between 2000 and 2025."""
    day = date(2000, 1, 1) + timedelta(days=rng.randint(0, 9131))
    value = rng.choice([day.isoformat()] * 8 + [day.isoformat()[:7], day.isoformat()[:4]])
    when = to_when(value)
    assert when is not None
    verb, _ = rng.choice(VERBS)
    first = name(rng)
    title = f"{first} and {name(rng)} {verb} the {name(rng)} {rng.choice(THINGS)}"
    sentence = f"{title} in {rng.choice(CITIES)}, officials said."
    return Candidate(
        id=f"c{n:07d}",
        title=title,
        summary=sentence,
        when=when,
        source=Source(doc.id, doc.title, doc.publisher, doc.published, sentence),
        tags=(rng.choice(TOPICS),),
        places=(rng.choice(COUNTRIES), rng.choice(CITIES)),
        actors=(first,),
        rule="benchmark",
    )


def document(n: int, rng: random.Random) -> Document:
    """A document holding a batch of synthetic candidates."""
    published = date(2000, 1, 1) + timedelta(days=rng.randint(0, 9131))
    return Document(
        id=f"doc-{n:06d}",
        path=f"/articles/doc-{n:06d}.txt",
        title=f"Regional report {n}",
        publisher=f"Agency {n % 20}",
        published=published,
        dateline=None,
        place=None,
        anchor=published,
        text="Body.",
        paragraphs=("Body.",),
        digest=f"{n:064d}",
    )


def big_store(url: str, events: int) -> None:
    """Build a store of `events` candidates at a URL, rebuild it, and time the web's queries."""
    rng = random.Random(11)
    store: Store = open_store(url)
    per_doc = 10
    made: list[Candidate] = []
    start = time.perf_counter()
    for d in range(events // per_doc):
        doc = document(d, rng)
        batch = [synthetic(rng, d * per_doc + i, doc) for i in range(per_doc)]
        store.put_document(doc, batch, NOW)
        made += batch
    print(f"store: {events} candidates put in {time.perf_counter() - start:.1f} s")
    start = time.perf_counter()
    merge(made)
    print(f"merge alone on them: {time.perf_counter() - start:.1f} s")
    start = time.perf_counter()
    stats = store.rebuild_events(NOW)
    print(f"store: first rebuild of {stats.events} events: {time.perf_counter() - start:.1f} s")
    doc = document(events, rng)
    store.put_document(doc, [synthetic(rng, events * 10 + i, doc) for i in range(per_doc)], NOW)
    start = time.perf_counter()
    stats = store.rebuild_events(NOW + timedelta(hours=1))
    print(
        f"store: incremental rebuild after one more article: {time.perf_counter() - start:.2f} s"
        f" ({stats.new} new, {stats.events} events)"
    )
    page = EventQuery(limit=50)
    queries: dict[str, Callable[[], object]] = {
        "page of 50, newest first": lambda: store.query(page),
        "page of 50, page 100": lambda: store.query(EventQuery(limit=50, offset=4950)),
        "page of 50, oldest first": lambda: store.query(EventQuery(order="date_asc", limit=50)),
        "feed of 50, recent first": lambda: store.query(EventQuery(order="recent", limit=50)),
        "tag page of 50": lambda: store.query(EventQuery(tag="rail-freight", limit=50)),
        "place + dates page of 50": lambda: store.query(
            EventQuery(place="tashkent", since=date(2010, 1, 1), until=date(2012, 12, 31), limit=50)
        ),
        "publisher page of 50": lambda: store.query(EventQuery(publisher="Agency 3", limit=50)),
        "search 'railway wheat'": lambda: store.query(EventQuery(text="railway wheat", limit=50)),
        "count all": lambda: store.count(EventQuery()),
        "count tag": lambda: store.count(EventQuery(tag="rail-freight")),
        "month counts all": lambda: store.month_counts(EventQuery()),
        "month counts tag": lambda: store.month_counts(EventQuery(tag="rail-freight")),
        "facets": store.facets,
        "last modified": store.last_modified,
        "one event": lambda: store.get_event("c0004242"),
    }
    for name, action in queries.items():
        print(f"query: {name:<28} {timed(action) * 1000:8.1f} ms")
    store.close()


def main() -> None:
    """Parse the sizes and print every figure."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500, help="articles to ingest")
    parser.add_argument("--events", type=int, default=100_000, help="events in the big store")
    parser.add_argument(
        "--no-written",
        dest="written",
        action="store_false",
        help="skip the repository's hand-written articles",
    )
    parser.add_argument(
        "--store", help="URL of an empty store for the big one (default: a SQLite file)"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        # Warm up on other articles first: the gazetteer and the tagger's combined patterns
        # are built once per process, a cost a long ingest pays once and a short run inflates.
        warm = open_store(f"sqlite:///{folder / 'warm.db'}")
        ingest(warm, [generated(folder, 50, 8)], NOW)
        warm.close()
        if args.articles:
            ingest_rate(generated(folder, args.articles), "generated")
        if args.written:
            ingest_rate(written(folder), "written")
        if args.events:
            big_store(args.store or f"sqlite:///{folder / 'big.db'}", args.events)


if __name__ == "__main__":
    main()
