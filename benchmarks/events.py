"""Score event extraction and merging against the dev set's gold file, and time extraction.

Run by hand:  python benchmarks/events.py [--data DIR ...] [--show] [--repeat 20]
                                         [--merge-scale 100000]

Each data directory (articles + gold.json) is scored on its own: by default the tuned dev set
(tests/data/events) and held-out sets written after the rules (tests/data/events-heldout,
then tests/data/events-heldout2, -heldout3 ... after each round of fixes),
whose figures as first measured estimate the score on unseen articles; a set fixed against is
a dev set from then on.

Prints event recall (right interval and a title holding the gold key terms), events taken from
publication lines (header, date line, dateline, sign-off), merge precision and recall over pairs
of gold events from different articles, extraction speed in articles per second (reading
and tagging included, storage left out), and how long merging takes for many candidates (the
dev set's candidates copied into other documents and months).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import replace
from datetime import date, timedelta
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from feeds.documents import read_document  # noqa: E402
from feeds.events import extract  # noqa: E402
from feeds.merge import merge  # noqa: E402
from feeds.timex import to_when  # noqa: E402
from feeds.types import Candidate, Document  # noqa: E402


def found(gold: dict[str, object], candidates: list[Candidate]) -> Candidate | None:
    """The candidate that reports a gold event: same interval, every key term in its title."""
    start, end = date.fromisoformat(str(gold["start"])), date.fromisoformat(str(gold["end"]))
    terms = [str(t).lower() for t in gold["terms"]]  # type: ignore[attr-defined]
    for candidate in candidates:
        title = candidate.title.lower()
        if (candidate.when.start, candidate.when.end) == (start, end) and all(
            t in title for t in terms
        ):
            return candidate
    return None


def publication_leaks(doc: Document, raw: str, candidates: list[Candidate]) -> list[Candidate]:
    """Candidates drawn from publication lines rather than from the article's text."""
    lines = [line.strip() for line in raw.splitlines() if line.strip()]
    heads = [lines[0]] if lines else []
    if doc.dateline:
        heads.append(doc.dateline)
    leaks = []
    for candidate in candidates:
        text = candidate.timex.text if candidate.timex else ""
        in_body = bool(text) and text in doc.text
        # A sign-off may close the last paragraph's line: its sentences are still text.
        from_line = any(candidate.source.sentence in line for line in heads)
        if not in_body or from_line or "///" in candidate.source.sentence:
            leaks.append(candidate)
    return leaks


def scaled(candidates: list[Candidate], size: int) -> list[Candidate]:
    """Copies of the candidates in other documents, each copy moved on by five weeks at its
    own precision (a day stays a day, a month a month, a year a year)."""
    out: list[Candidate] = []
    copy = 0
    while len(out) < size:
        for c in candidates:
            start = c.when.start + timedelta(weeks=5 * copy)
            value = {
                "day": start.isoformat(),
                "month": start.isoformat()[:7],
                "year": start.isoformat()[:4],
            }.get(c.when.granularity, c.when.value)
            when = to_when(value)
            if when is None:
                continue
            source = replace(c.source, document=f"{c.source.document}-copy{copy}")
            out.append(replace(c, id=f"{c.id}-{copy}", when=when, source=source))
            if len(out) >= size:
                break
        copy += 1
    return out


def score(data: Path, show: bool) -> tuple[list[Path], dict[str, Document], list[Candidate]]:
    """Print one data directory's recall, publication-line events and merge pairs."""
    gold = json.loads((data / "gold.json").read_text(encoding="utf-8"))["events"]
    paths = sorted(data.glob("*.txt"))
    docs = {p.stem: read_document(p) for p in paths}
    raws = {p.stem: p.read_text(encoding="utf-8-sig") for p in paths}
    by_doc = {doc_id: extract(doc) for doc_id, doc in docs.items()}

    matched: list[tuple[dict[str, object], Candidate]] = []
    missed = []
    for event in gold:
        candidate = found(event, by_doc[str(event["doc"])])
        if candidate:
            matched.append((event, candidate))
        else:
            missed.append(event)
    leaks = [c for d in docs for c in publication_leaks(docs[d], raws[d], by_doc[d])]

    everything = [c for cs in by_doc.values() for c in cs]
    group_of = {}
    for index, merged in enumerate(merge(everything)):
        for c in merged.candidates:
            group_of[c.id] = index
    tp = fp = fn = 0
    mistakes = []
    for (a, ca), (b, cb) in combinations(matched, 2):
        if a["doc"] == b["doc"] or ca.id == cb.id:
            continue
        same_gold = a.get("group") is not None and a.get("group") == b.get("group")
        same_merged = group_of[ca.id] == group_of[cb.id]
        tp += same_gold and same_merged
        fp += same_merged and not same_gold
        fn += same_gold and not same_merged
        if same_gold != same_merged:
            kind = "NOT MERGED" if same_gold else "WRONGLY MERGED"
            mistakes.append(f"{kind}: {ca.when.value} {ca.title!r} | {cb.when.value} {cb.title!r}")

    print(f"== {data.name}")
    print(f"articles: {len(docs)}, gold events: {len(gold)}, candidates: {len(everything)}")
    print(f"event recall: {len(matched)}/{len(gold)} = {len(matched) / len(gold):.1%}")
    print(f"events from publication lines: {len(leaks)}")
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    print(f"merge pairs: precision {tp}/{tp + fp} = {precision:.1%}, ", end="")
    print(f"recall {tp}/{tp + fn} = {recall:.1%}")
    if show:
        for event in missed:
            titles = [f"{c.when.value} {c.title}" for c in by_doc[str(event["doc"])]]
            print(f"\nMISSED {event['doc']} {event['start']}..{event['end']} {event['terms']}")
            for t in titles:
                print(f"    {t}")
        for c in leaks:
            print(f"\nLEAK {c.source.document}: {c.title}")
        for line in mistakes:
            print(line)
    return paths, docs, everything


def default_sets() -> list[Path]:
    """The dev set, then every held-out set in the order they were written."""
    data = ROOT / "tests" / "data"
    held = data.glob("events-heldout*")
    return [
        data / "events",
        *sorted(held, key=lambda p: int(p.name.removeprefix("events-heldout") or 1)),
    ]


def main() -> None:
    """Score each data directory and print the figures, then time extraction and merging."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data",
        type=Path,
        action="append",
        help="a directory of articles and gold.json (repeatable; default: dev and held-out sets)",
    )
    parser.add_argument("--show", action="store_true", help="list missed events and titles")
    parser.add_argument("--repeat", type=int, default=20, help="extraction passes timed")
    parser.add_argument("--merge-scale", type=int, default=100_000, help="candidates merged")
    args = parser.parse_args()
    sets = args.data or default_sets()

    paths: list[Path] = []
    docs: dict[str, Document] = {}
    everything: list[Candidate] = []
    for data in sets:
        set_paths, set_docs, set_candidates = score(data, args.show)
        paths += set_paths
        docs.update(set_docs)
        everything += set_candidates

    started = time.perf_counter()
    for _ in range(args.repeat):
        for path in paths:
            extract(read_document(path))
    elapsed = time.perf_counter() - started
    words = sum(len(d.text.split()) for d in docs.values()) / len(docs)
    rate = args.repeat * len(paths) / elapsed
    print("==")
    print(
        f"extraction: {rate:.0f} articles/s ({words:.0f} words per article, read + tag + extract)"
    )
    many = scaled(everything, args.merge_scale)
    started = time.perf_counter()
    merged = merge(many)
    elapsed = time.perf_counter() - started
    print(f"merge: {len(many)} candidates -> {len(merged)} events in {elapsed:.1f} s")


if __name__ == "__main__":
    main()
