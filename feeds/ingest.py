"""Article files into the store: each file all or nothing, then one rebuild of events."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from feeds.documents import content_digest, document_id, parse_document, read_file
from feeds.errors import DocumentError
from feeds.store import Store

#: Files stored in one transaction (each in a savepoint of its own): a commit per file costs
#: more than writing it, and a run cut short loses at most these, read again by the next run.
BATCH = 50

#: What ingest calls after each file, with the file's path (the CLI moves its progress bar).
Progress = Callable[[Path], object]


@dataclass
class IngestReport:
    """What one ingest run did.

    Attributes:
        documents: article files read (stored or unchanged).
        stored: documents new or changed, written with their candidates.
        unchanged: documents skipped because their file's digest is already stored.
        removed: stored documents dropped because their file left its folder.
        events: events in the store after the run.
        new: events that did not exist before the run.
        changed: events whose content the run changed.
        failed: ``(path, reason)`` of every path that could not be ingested.
    """

    documents: int = 0
    stored: int = 0
    unchanged: int = 0
    removed: int = 0
    events: int = 0
    new: int = 0
    changed: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)


def find_articles(paths: Sequence[Path]) -> tuple[list[Path], list[tuple[str, str]]]:
    """The article files that paths name: files as given, folders' ``*.txt`` recursively.

    Args:
        paths: files and folders.

    Returns:
        The files (sorted, each once; hidden files and folders inside a folder skipped), and
        ``(path, reason)`` for every path that does not exist.
    """
    found: dict[Path, Path] = {}
    missing: list[tuple[str, str]] = []
    for path in paths:
        if path.is_dir():
            for file in path.rglob("*.txt"):
                hidden = any(part.startswith(".") for part in file.relative_to(path).parts)
                # A broken link is listed so that it is reported, not silently passed over.
                if (file.is_file() or file.is_symlink()) and not hidden:
                    found.setdefault(file.resolve(), file)
        elif path.exists():
            found.setdefault(path.resolve(), path)
        else:
            missing.append((str(path), "no such file or folder"))
    return sorted(found.values()), missing


def ingest(
    store: Store,
    paths: Sequence[Path],
    now: datetime,
    progress: Progress | None = None,
    strict: bool = False,
    force: bool = False,
) -> IngestReport:
    """Read article files into the store and rebuild its events.

    Each file is read, skipped when its digest is already stored (unless `force`), else its
    events extracted and stored with it all or nothing (files are committed `BATCH` at a
    time, each in a savepoint of its own). A file that cannot be read is
    reported and the rest go on. Documents stored from a given folder whose file is gone are
    removed. One rebuild of the events ends the run, so running it twice on the same files
    changes nothing.

    Args:
        store: the open store.
        paths: article files and folders of them.
        now: the run's time: first_seen of new candidates and events, updated of changed ones.
        progress: called with each file's path once it is done.
        strict: raise the first file's error instead of reporting it (after the rebuild).
        force: extract and store every file again even when its digest is unchanged (after an
            upgrade of the extractor, say).

    Returns:
        The `IngestReport`.

    Raises:
        DocumentError: with `strict`, the first file that cannot be ingested.
    """
    files, missing = find_articles(paths)
    report = IngestReport(failed=list(missing))
    first_error: DocumentError | None = None
    owners: dict[str, Path] = {}
    for begin in range(0, len(files), BATCH):
        with store.batch():
            for path in files[begin : begin + BATCH]:
                try:
                    _ingest_file(store, path, now, force, owners, report)
                except DocumentError as e:
                    report.failed.append((str(path), e.reason))
                    first_error = first_error or DocumentError(str(path), e.reason)
                    if strict:
                        break
                finally:
                    if progress is not None:
                        progress(path)
        if strict and first_error:
            break
    if not (strict and first_error):
        report.removed = _remove_vanished(store, paths, now)
    stats = store.rebuild_events(now)
    report.events, report.new, report.changed = stats.events, stats.new, stats.changed
    if strict and first_error is not None:
        raise first_error
    return report


def _ingest_file(
    store: Store,
    path: Path,
    now: datetime,
    force: bool,
    owners: dict[str, Path],
    report: IngestReport,
) -> None:
    """Read one file and store it with its candidates unless its digest is stored (`force`:
    even then); `owners` maps the document ids read so far to their files. An unchanged file
    is known by its bytes' digest, without being parsed again.

    Raises:
        DocumentError: the file cannot be read, repeats a document id, or its events cannot
            be extracted.
    """
    from feeds.events import extract

    resolved = path.resolve()
    data = read_file(resolved)
    doc_id = document_id(str(resolved))
    if not force and store.document_digest(doc_id) == content_digest(data):
        _own(owners, doc_id, path)
        report.unchanged += 1
    else:
        doc = parse_document(data, str(resolved))
        _own(owners, doc_id, path)
        try:
            candidates = extract(doc)
        except Exception as e:
            # A flaw in extraction on one unusual article must not stop the run; the file is
            # reported and left unstored, so the next run tries it again.
            raise DocumentError(
                str(path), f"events could not be extracted ({type(e).__name__}: {e})"
            ) from e
        store.put_document(doc, candidates, now)
        report.stored += 1
    report.documents += 1


def _own(owners: dict[str, Path], doc_id: str, path: Path) -> None:
    """Record that a file holds a document id.

    Raises:
        DocumentError: an earlier file of the run holds that id.
    """
    if doc_id in owners:
        raise DocumentError(str(path), f"has the same document id {doc_id!r} as {owners[doc_id]}")
    owners[doc_id] = path


def _remove_vanished(store: Store, paths: Sequence[Path], now: datetime) -> int:
    """Remove the stored documents whose file was in one of the folders and is gone."""
    folders = [p.resolve() for p in paths if p.is_dir()]
    removed = 0
    for doc_id, stored in sorted(store.document_paths().items()):
        file = Path(stored)
        if any(file.is_relative_to(folder) for folder in folders) and not file.exists():
            store.remove_document(doc_id, now)
            removed += 1
    return removed
