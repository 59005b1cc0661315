"""Pure steps of a rebuild: which candidates to regroup, and merged groups into event records.

A rebuild regroups only the calendar years that hold a candidate added, changed or removed
since the last one (see `regroup`), and rewrites only the events whose record changed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence, Set
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from feeds.store.rows import encode_json
from feeds.types import Candidate, Event, Merged, Source


@dataclass(frozen=True)
class Plan:
    """What a rebuild writes.

    Attributes:
        write: events to insert or overwrite, with their record times set.
        replace: ids of the events in `write` that are stored already (their rows go first).
        delete: ids of events to delete.
        new: how many of `write` are new events.
        changed: how many of `write` changed content (``updated`` and ``sequence`` moved).
    """

    write: tuple[Event, ...]
    replace: tuple[str, ...]
    delete: tuple[str, ...]
    new: int
    changed: int


def regroup(
    intervals: Sequence[tuple[str, str, str]], changes: Iterable[tuple[str, str]]
) -> list[str]:
    """The ids of the candidates to merge again: every candidate of every year a change touches.

    `feeds.merge` compares candidates only within a calendar year (its date blocks are months,
    or years for coarse dates, and a term too common in a block is not compared through), so
    the candidates touching a set of years, closed over candidates that span several years,
    merge exactly as they would among all candidates.

    Args:
        intervals: ``(id, start, end)`` of every stored candidate (ISO days).
        changes: ``(start, end)`` of every candidate added, changed or removed.

    Returns:
        Candidate ids, in the order of `intervals`.
    """
    years = {y for start, end in changes for y in range(int(start[:4]), int(end[:4]) + 1)}
    spanning = [
        (int(start[:4]), int(end[:4])) for _, start, end in intervals if start[:4] != end[:4]
    ]
    grown = True
    while grown:
        grown = False
        for first, last in spanning:
            touched = range(first, last + 1)
            if not years.issuperset(touched) and any(y in years for y in touched):
                years.update(touched)
                grown = True
    return [
        candidate_id
        for candidate_id, start, end in intervals
        if any(y in years for y in range(int(start[:4]), int(end[:4]) + 1))
    ]


def founding(group: Merged, first_seen: Mapping[str, datetime]) -> Candidate:
    """The candidate an event takes its id from: first seen earliest, ties by id."""
    return min(group.candidates, key=lambda c: (first_seen[c.id], c.id))


def sources(candidates: Sequence[Candidate]) -> tuple[Source, ...]:
    """One source per reporting document (its first candidate's), oldest publication first."""
    by_document: dict[str, Source] = {}
    for candidate in candidates:
        by_document.setdefault(candidate.source.document, candidate.source)
    return tuple(sorted(by_document.values(), key=lambda s: (s.published, s.document)))


def draft(group: Merged, first_seen: Mapping[str, datetime], now: datetime) -> Event:
    """A merged group as a new event record seen and updated at `now`."""
    return Event(
        id=founding(group, first_seen).id,
        title=group.title,
        summary=group.summary,
        when=group.when,
        sources=sources(group.candidates),
        tags=group.tags,
        places=group.places,
        actors=group.actors,
        first_seen=now,
        updated=now,
        sequence=0,
        candidates=tuple(c.id for c in group.candidates),
        merge_reason=group.reason,
    )


@dataclass(frozen=True)
class Stored:
    """What a rebuild needs to know of a stored event to tell whether it changed.

    Attributes:
        content: `digests` of the event's content.
        record: `digests` of its whole record (content, actors, candidates, merge reason).
        first_seen: when it was first stored.
        updated: when its content last changed.
        sequence: its revision counter.
    """

    content: str
    record: str
    first_seen: datetime
    updated: datetime
    sequence: int


def digests(event: Event) -> tuple[str, str]:
    """Digests of an event's content and of its whole record, to compare without loading it.

    The content is what a reader sees (title, summary, date, sources, tags, places): a change
    there is an update in every feed. The record adds actors, candidates and merge reason.
    """
    when = event.when
    content = encode_json(
        [
            event.title,
            event.summary,
            [when.value, when.start.isoformat(), when.end.isoformat(), when.granularity],
            [
                [s.document, s.title, s.publisher, s.published.isoformat(), s.sentence]
                for s in event.sources
            ],
            list(event.tags),
            list(event.places),
        ]
    )
    rest = encode_json([list(event.actors), list(event.candidates), event.merge_reason])
    return _sha256(content), _sha256(content + rest)


def _sha256(text: str) -> str:
    """Hex sha256 of text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def stored(event: Event) -> Stored:
    """The `Stored` view of a full event."""
    content, record = digests(event)
    return Stored(content, record, event.first_seen, event.updated, event.sequence)


def unchanged(
    groups: Sequence[Merged],
    first_seen: Mapping[str, datetime],
    members: Mapping[str, frozenset[str]],
    changed_candidates: Set[str],
) -> set[str]:
    """The ids of stored events that merged groups leave exactly as they are.

    Args:
        groups: the merge of the candidates being regrouped.
        first_seen: when each of those candidates was first stored.
        members: the candidate ids of each stored event being regrouped, by event id.
        changed_candidates: ids of the candidates stored, changed or removed since the last
            rebuild.

    Returns:
        Ids of events whose group has exactly their candidates, none of them changed: merge
        chooses the same fields for the same candidates, so there is nothing to compare.
    """
    same: set[str] = set()
    for group in groups:
        ids = frozenset(c.id for c in group.candidates)
        founder = founding(group, first_seen).id
        if members.get(founder) == ids and not ids & changed_candidates:
            same.add(founder)
    return same


def plan(
    groups: Sequence[Merged],
    first_seen: Mapping[str, datetime],
    old: Mapping[str, Stored],
    now: datetime,
) -> Plan:
    """Compare freshly merged groups with the stored events they replace.

    Args:
        groups: the merge of the candidates being regrouped.
        first_seen: when each of those candidates was first stored.
        old: the stored events that held any of those candidates (or removed ones), by id.
        now: the rebuild's time, for new and changed events.

    Returns:
        The `Plan`: an event keeps ``first_seen``; ``updated`` and ``sequence`` move only when
        its content changes; old events no group founds any more are deleted.

    Raises:
        ValueError: the merge put one candidate into two groups.
    """
    write: list[Event] = []
    seen: set[str] = set()
    new = changed = 0
    for n, group in enumerate(groups):
        # Each event of one rebuild gets its own record time, a microsecond apart: feed readers
        # and validators take entries sharing one `updated` for duplicates.
        event = replace(draft(group, first_seen, now), updated=now + timedelta(microseconds=n))
        if event.id in seen:
            raise ValueError(f"merge put candidate {event.id} into two events")
        seen.add(event.id)
        before = old.get(event.id)
        if before is None:
            new += 1
            write.append(event)
            continue
        content, record = digests(event)
        if content != before.content:
            changed += 1
            write.append(replace(event, first_seen=before.first_seen, sequence=before.sequence + 1))
        elif record != before.record:
            write.append(
                replace(
                    event,
                    first_seen=before.first_seen,
                    updated=before.updated,
                    sequence=before.sequence,
                )
            )
    delete = tuple(sorted(set(old) - seen))
    overwritten = tuple(e.id for e in write if e.id in old)
    return Plan(write=tuple(write), replace=overwritten, delete=delete, new=new, changed=changed)
