"""TempEval-3 scoring of the tagger on TimeML files: span, value and type P/R/F1."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from feeds.errors import InputError
from feeds.timex.tagger import tag
from feeds.types import Timex

TYPES = ("DATE", "TIME", "DURATION", "SET")
_DCT = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})")


@dataclass(frozen=True)
class TimeMLDocument:
    """One annotated document: its TEXT as plain text, its creation day and the gold timexes."""

    name: str
    text: str
    dct: date
    gold: tuple[Timex, ...]


@dataclass
class Counts:
    """Match counts over a collection (micro-averaged, as TempEval-3 scores)."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0

    def add(self, other: Counts) -> None:
        """Add another collection's counts to these."""
        self.gold += other.gold
        self.system += other.system
        self.strict += other.strict
        self.relaxed += other.relaxed
        self.value += other.value
        self.type += other.type

    def as_dict(self) -> dict[str, Any]:
        """The counts and the measures they give, JSON-ready."""
        strict = _prf(self.strict, self.system, self.gold)
        relaxed = _prf(self.relaxed, self.system, self.gold)
        value_acc = self.value / self.relaxed if self.relaxed else 0.0
        type_acc = self.type / self.relaxed if self.relaxed else 0.0
        return {
            "counts": {
                "gold": self.gold,
                "system": self.system,
                "strict": self.strict,
                "relaxed": self.relaxed,
                "value": self.value,
                "type": self.type,
            },
            "strict": strict,
            "relaxed": relaxed,
            "value": {"accuracy": value_acc, "f1": relaxed["f1"] * value_acc},
            "type": {"accuracy": type_acc, "f1": relaxed["f1"] * type_acc},
        }


@dataclass(frozen=True)
class Mistake:
    """One expression the tagger got wrong: missed, spurious, or matched with a wrong attribute.

    Attributes:
        document: the document's name.
        kind: ``missed``, ``spurious``, ``extent``, ``value`` or ``type`` (first wrong one).
        gold: the gold timex (None when spurious).
        system: the tagger's timex (None when missed).
    """

    document: str
    kind: str
    gold: Timex | None
    system: Timex | None


@dataclass
class Evaluation:
    """The scores of the tagger on a collection, overall and per gold type, with its mistakes."""

    documents: int = 0
    total: Counts = field(default_factory=Counts)
    per_type: dict[str, Counts] = field(default_factory=lambda: {t: Counts() for t in TYPES})
    mistakes: list[Mistake] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready: overall measures and counts, the same per type, and the document count."""
        result = self.total.as_dict()
        result["documents"] = self.documents
        result["per_type"] = {t: c.as_dict() for t, c in self.per_type.items()}
        return result


def _prf(match: int, n_system: int, n_gold: int) -> dict[str, float]:
    """Precision, recall and F1."""
    p = match / n_system if n_system else 0.0
    r = match / n_gold if n_gold else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def _local(name: str) -> str:
    """An XML tag name without its namespace."""
    return name.rsplit("}", 1)[-1]


def _flatten(elem: ET.Element, parts: list[str], pos: int, found: list[Timex]) -> int:
    """Append an element's text to `parts`, recording TIMEX3 spans; return the new offset."""
    if elem.text:
        parts.append(elem.text)
        pos += len(elem.text)
    for child in elem:
        start = pos
        pos = _flatten(child, parts, pos, found)
        creation = child.get("functionInDocument") == "CREATION_TIME" or child.get("tid") == "t0"
        if _local(child.tag) == "TIMEX3" and not creation:
            found.append(Timex(start, pos, "", child.get("type", ""), child.get("value", "")))
        if child.tail:
            parts.append(child.tail)
            pos += len(child.tail)
    return pos


def parse_timeml(data: bytes, name: str) -> TimeMLDocument:
    """Read one TimeML document: the TEXT element as plain text, the DCT and the gold TIMEX3s.

    Args:
        data: the file's bytes.
        name: the document's name (file name without ``.tml``), used in errors and reports.

    Returns:
        The document; gold timexes sorted by span, the creation-time TIMEX3 left out.

    Raises:
        InputError: the data is not XML, or has no TEXT element or no creation time.
    """
    try:
        root = ET.fromstring(data)
    except ET.ParseError as e:
        raise InputError(name, f"not TimeML: {e}") from e
    dct_value = next(
        (
            el.get("value", "")
            for el in root.iter()
            if _local(el.tag) == "TIMEX3" and el.get("functionInDocument") == "CREATION_TIME"
        ),
        "",
    )
    found = _DCT.match(dct_value)
    if found is None:
        raise InputError(name, "not TimeML: no TIMEX3 with functionInDocument=CREATION_TIME")
    try:
        dct = date(int(found[1]), int(found[2]), int(found[3]))
    except ValueError as e:
        raise InputError(name, f"creation time {dct_value!r} is not a date") from e
    text_el = next((el for el in root.iter() if _local(el.tag) == "TEXT"), None)
    if text_el is None:
        raise InputError(name, "not TimeML: no TEXT element")
    parts: list[str] = []
    gold: list[Timex] = []
    _flatten(text_el, parts, 0, gold)
    text = "".join(parts)
    spans = sorted(gold, key=lambda t: (t.start, t.end))
    filled = (Timex(t.start, t.end, text[t.start : t.end], t.type, t.value) for t in spans)
    return TimeMLDocument(name, text, dct, tuple(filled))


def read_folder(folder: Path) -> list[TimeMLDocument]:
    """Every ``.tml`` document of a folder, by name.

    Raises:
        InputError: the folder has no ``.tml`` file, or one of them is not TimeML.
    """
    paths = sorted(folder.glob("*.tml")) if folder.is_dir() else []
    if not paths:
        raise InputError(str(folder), "no .tml files in this folder")
    docs = []
    for path in paths:
        try:
            docs.append(parse_timeml(path.read_bytes(), path.stem))
        except InputError as e:
            raise InputError(str(path), e.reason) from e
        except OSError as e:
            raise InputError(str(path), f"cannot read: {e.strerror}") from e
    return docs


def align(gold: Sequence[Timex], system: Sequence[Timex]) -> list[tuple[int, int]]:
    """Pair gold and system timexes one to one: identical spans, then by overlap, largest first."""
    pairs: list[tuple[int, int]] = []
    used_gold: set[int] = set()
    used_system: set[int] = set()
    exact = {(g.start, g.end): gi for gi, g in enumerate(gold)}
    for si, s in enumerate(system):
        gi = exact.get((s.start, s.end))
        if gi is not None and gi not in used_gold:
            pairs.append((gi, si))
            used_gold.add(gi)
            used_system.add(si)
    overlaps = []
    for gi, g in enumerate(gold):
        if gi in used_gold:
            continue
        for si, s in enumerate(system):
            overlap = min(g.end, s.end) - max(g.start, s.start)
            if si not in used_system and overlap > 0:
                overlaps.append((-overlap, g.start, s.start, gi, si))
    for _, _, _, gi, si in sorted(overlaps):
        if gi not in used_gold and si not in used_system:
            pairs.append((gi, si))
            used_gold.add(gi)
            used_system.add(si)
    return pairs


def score_document(doc: TimeMLDocument, system: Sequence[Timex], ev: Evaluation) -> None:
    """Add one document's matches and mistakes to an evaluation."""
    ev.documents += 1
    counts = Counts(gold=len(doc.gold), system=len(system))
    for g in doc.gold:
        ev.per_type.setdefault(g.type, Counts()).gold += 1
    for s in system:
        ev.per_type.setdefault(s.type, Counts()).system += 1
    pairs = align(doc.gold, system)
    for gi, si in pairs:
        g, s = doc.gold[gi], system[si]
        per = ev.per_type[g.type]
        strict = (g.start, g.end) == (s.start, s.end)
        for c in (counts, per):
            c.relaxed += 1
            c.strict += strict
            c.value += g.value == s.value
            c.type += g.type == s.type
        kind = "" if strict else "extent"
        kind = kind or ("value" if g.value != s.value else "type" if g.type != s.type else "")
        if kind:
            ev.mistakes.append(Mistake(doc.name, kind, g, s))
    matched_gold = {gi for gi, _ in pairs}
    matched_system = {si for _, si in pairs}
    for gi, g in enumerate(doc.gold):
        if gi not in matched_gold:
            ev.mistakes.append(Mistake(doc.name, "missed", g, None))
    for si, s in enumerate(system):
        if si not in matched_system:
            ev.mistakes.append(Mistake(doc.name, "spurious", None, s))
    ev.total.add(counts)


def evaluate(docs: Iterable[TimeMLDocument]) -> Evaluation:
    """Tag each document's text with its creation day and score the result against its gold."""
    ev = Evaluation()
    for doc in docs:
        score_document(doc, tag(doc.text, doc.dct), ev)
    return ev


def evaluate_folder(folder: Path) -> Evaluation:
    """Tag and score every TimeML document of a folder.

    Args:
        folder: a folder of ``.tml`` files (TimeML with a DCT and TIMEX3s inside TEXT).

    Returns:
        The evaluation: overall and per-type counts and measures, and every mistake.

    Raises:
        InputError: the folder holds no ``.tml`` file, or a file that is not TimeML.
    """
    return evaluate(read_folder(folder))


def timex_json(timexes: Iterable[Timex]) -> list[dict[str, Any]]:
    """Timexes as JSON-ready dicts: start, end (exclusive), text, type and value."""
    return [
        {"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value}
        for t in timexes
    ]


def _describe(t: Timex | None) -> str:
    """A timex as ``'text' TYPE value`` for the error list."""
    return "-" if t is None else f"{t.text!r} {t.type} {t.value}"


def format_evaluation(ev: Evaluation, errors: bool = False) -> str:
    """The evaluation as a table, and with `errors` the wrong and missed expressions.

    Args:
        ev: an evaluation.
        errors: also list every mistake (document, kind, gold and tagger's expression).

    Returns:
        Lines of text, without a trailing newline.
    """
    c = ev.total
    lines = [
        f"documents: {ev.documents}  gold: {c.gold}  system: {c.system}  "
        f"relaxed matches: {c.relaxed}  strict matches: {c.strict}",
        f"{'':10s}{'P':>8s}{'R':>8s}{'F1':>8s}",
    ]
    measures = c.as_dict()
    for key in ("strict", "relaxed"):
        m = measures[key]
        lines.append(
            f"{key:10s}{100 * m['precision']:8.2f}{100 * m['recall']:8.2f}{100 * m['f1']:8.2f}"
        )
    lines.append(f"{'':10s}{'accuracy':>10s}{'F1':>8s}")
    for key in ("value", "type"):
        m = measures[key]
        lines.append(f"{key:10s}{100 * m['accuracy']:10.2f}{100 * m['f1']:8.2f}")
    lines.append("")
    lines.append(
        f"{'type':10s}{'gold':>6s}{'system':>8s}{'strict R':>10s}{'relaxed R':>11s}"
        f"{'value acc':>11s}"
    )
    for name, t in ev.per_type.items():
        if not t.gold and not t.system:
            continue
        strict_r = t.strict / t.gold if t.gold else 0.0
        relaxed_r = t.relaxed / t.gold if t.gold else 0.0
        value_acc = t.value / t.relaxed if t.relaxed else 0.0
        lines.append(
            f"{name:10s}{t.gold:6d}{t.system:8d}{100 * strict_r:10.2f}{100 * relaxed_r:11.2f}"
            f"{100 * value_acc:11.2f}"
        )
    if errors:
        lines.append("")
        for mistake in ev.mistakes:
            lines.append(
                f"{mistake.document}\t{mistake.kind}\tgold={_describe(mistake.gold)}"
                f"\tours={_describe(mistake.system)}"
            )
    return "\n".join(lines)


def error_kinds(ev: Evaluation, top: int = 10) -> list[tuple[str, int]]:
    """The most frequent kinds of mistake, as ``kind: 'expression' (type)`` with counts.

    Digits are folded to ``9`` so that "Oct. 27" and "Oct. 28" count as one kind.
    """
    kinds: Counter[str] = Counter()
    for m in ev.mistakes:
        t = m.gold or m.system
        if t is None:
            continue
        shape = re.sub(r"\d", "9", " ".join(t.text.lower().split()))
        kinds[f"{m.kind}: {shape!r} ({t.type})"] += 1
    return kinds.most_common(top)
