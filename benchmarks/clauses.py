"""Check which verb a date anchors against TimeBank: TLINKs that put a verb's event inside a date.

Run by hand:  python benchmarks/clauses.py [--data ../shared/corpora/tempeval3] [--show 20]

For every TLINK in the TimeML files that says a verbal event happened within a date of the
same sentence (IS_INCLUDED, or INCLUDES / DURING / SIMULTANEOUS seen from the date), asks
`feeds.clauses.clause_at` for the clause the date belongs to and counts how often its verb group
holds the linked verb. Several verbs may be linked to one date; any of them counts.
"""

from __future__ import annotations

import argparse
import re
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from feeds.clauses import clause_at, parse, sentences  # noqa: E402

_INSIDE = {"IS_INCLUDED", "DURING", "SIMULTANEOUS"}
_AROUND = {"INCLUDES", "DURING_INV", "SIMULTANEOUS"}


#: Offsets of annotated spans by their id.
Spans = dict[str, tuple[int, int]]


def _flatten(text: ET.Element) -> tuple[str, Spans, Spans]:
    """The plain text of a TEXT element, with the offsets of its events and its dates."""
    parts: list[str] = [text.text or ""]
    events: Spans = {}
    dates: Spans = {}
    position = len(parts[0])
    for child in text:
        inner = "".join(child.itertext())
        if child.tag == "EVENT":
            events[child.get("eid", "")] = (position, position + len(inner))
        elif child.tag == "TIMEX3" and child.get("type") in ("DATE", "TIME"):
            dates[child.get("tid", "")] = (position, position + len(inner))
        parts.append(inner + (child.tail or ""))
        position += len(parts[-1])
    return "".join(parts), events, dates


def links(path: Path) -> list[tuple[str, tuple[int, int], list[tuple[int, int]]]]:
    """Each date of a file that TLINKs place verbal events in: its sentence, the date's span
    and the linked verbs' spans, offsets within the sentence."""
    tree = ET.parse(path).getroot()
    body = tree.find("TEXT")
    if body is None:
        return []
    text, events, dates = _flatten(body)
    verbs = {
        m.get("eiid", ""): m.get("eventID", "")
        for m in tree.iter("MAKEINSTANCE")
        if m.get("pos") == "VERB"
    }
    linked: dict[str, list[str]] = defaultdict(list)
    for link in tree.iter("TLINK"):
        kind = link.get("relType", "")
        event, time = link.get("eventInstanceID"), link.get("relatedToTime")
        if event in verbs and time in dates and kind in _INSIDE:
            linked[time].append(verbs[event])
        time, event = link.get("timeID"), link.get("relatedToEventInstance")
        if event in verbs and time in dates and kind in _AROUND:
            linked[time].append(verbs[event])
    spans = [
        (m.start() + a, m.start() + b)
        for m in re.finditer(r"\S(?:.|\n(?!\s*\n))*", text)
        for a, b in sentences(m[0])
    ]
    out = []
    for time, eids in linked.items():
        start, end = dates[time]
        here = next(((a, b) for a, b in spans if a <= start < b), None)
        if here is None:
            continue
        a, b = here
        inside = [events[e] for e in eids if e in events and a <= events[e][0] < b]
        if inside and end <= b:
            shifted = [(s - a, e - a) for s, e in inside]
            out.append((text[a:b], (start - a, end - a), shifted))
    return out


def main() -> None:
    """Score the clause finder on the TimeML files and print the figure."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data", type=Path, default=ROOT.parent / "shared" / "corpora" / "tempeval3"
    )
    parser.add_argument("--show", type=int, default=0, help="print this many misses")
    args = parser.parse_args()
    total = right = none = 0
    misses = []
    for path in sorted(args.data.rglob("*.tml")):
        for sentence, (start, end), verbs in links(path):
            total += 1
            clause = clause_at(parse(sentence), start, end)
            if clause is None:
                none += 1
                misses.append((sentence, sentence[start:end], "-", verbs))
                continue
            words = set(clause.verb)
            if any(sentence[s:e] in words for s, e in verbs):
                right += 1
            else:
                misses.append((sentence, sentence[start:end], " ".join(clause.verb), verbs))
    print(f"dates linked to verbs: {total}")
    print(f"clause verb is a linked verb: {right}/{total} = {right / max(total, 1):.1%}")
    print(f"no clause found: {none}")
    for sentence, date_text, verb, spans in misses[: args.show]:
        gold = ", ".join(sentence[s:e] for s, e in spans)
        print(f"\n{date_text!r}: clause verb {verb!r}, linked {gold!r}\n  {sentence}")


if __name__ == "__main__":
    main()
