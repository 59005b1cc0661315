"""The ``timeline`` command: ingest articles, list events, serve and export the site, tag dates."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from functools import update_wrapper
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit

import click

from feeds.config import Settings, load_settings
from feeds.errors import TimelineError
from feeds.types import Event

F = TypeVar("F", bound=Callable[..., Any])

DEFAULT_CONFIG = Path("config.toml")


@dataclass
class Context:
    """What the global options resolve to, shared by every command."""

    config: Path | None
    db: Path | None

    def settings(self, **overrides: Any) -> Settings:
        """Load the settings, with ``--db`` and any command overrides applied."""
        if self.db is not None:
            overrides["store.url"] = f"sqlite:///{self.db.resolve()}"
        return load_settings(self.config, overrides)


def fail_cleanly(func: F) -> F:
    """Turn Timeline's own errors into one line on stderr and exit status 1."""

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except TimelineError as e:
            raise click.ClickException(str(e)) from e

    return update_wrapper(wrapper, func)  # type: ignore[return-value]


@contextmanager
def opened_store(settings: Settings) -> Iterator[Any]:
    """Open the configured store and close it when the command is done."""
    from feeds.store import open_store

    store = open_store(_store_url(settings))
    try:
        yield store
    finally:
        store.close()


def _store_url(settings: Settings) -> str:
    """The store URL with a relative SQLite path made absolute against the config folder."""
    from feeds.config import sqlite_path

    path = sqlite_path(settings)
    if path is None or str(path) == ":memory:":
        return settings.store_url
    return f"sqlite:///{path}"


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--config",
    "config",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Settings file (default: ./config.toml when it exists).",
)
@click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Use this SQLite file as the store (overrides store.url).",
)
@click.version_option(package_name="timeline")
@click.pass_context
def cli(ctx: click.Context, config: Path | None, db: Path | None) -> None:
    """Timeline: dated events from news articles, as a page and as feeds."""
    if config is None and DEFAULT_CONFIG.is_file():
        config = DEFAULT_CONFIG
    ctx.obj = Context(config=config, db=db)


pass_context = click.make_pass_decorator(Context)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--strict", is_flag=True, help="Stop at the first file that cannot be read.")
@click.option(
    "--force",
    is_flag=True,
    help="Extract events again from files already stored unchanged (after an upgrade).",
)
@pass_context
@fail_cleanly
def ingest(obj: Context, paths: tuple[Path, ...], strict: bool, force: bool) -> None:
    """Read article files or folders (default: the configured sources) into the store."""
    settings = obj.settings()
    with opened_store(settings) as store:
        report = run_ingest(store, list(paths) or settings.source_paths(), strict, force)
    if report.failed:
        sys.exit(1)


def run_ingest(store: Any, paths: list[Path], strict: bool, force: bool = False) -> Any:
    """Ingest paths with a progress bar on a terminal; print failures and the summary line."""
    from feeds import clock
    from feeds.ingest import find_articles, ingest

    files, _ = find_articles(paths)
    with click.progressbar(
        length=len(files), label="Ingesting", file=sys.stderr, hidden=not sys.stderr.isatty()
    ) as bar:
        report = ingest(
            store,
            paths,
            clock.now(),
            progress=lambda _path: bar.update(1),
            strict=strict,
            force=force,
        )
    for path, reason in report.failed:
        click.echo(f"timeline: {path}: {reason}", err=True)
    click.echo(
        f"{report.documents} documents, {report.events} events ({report.new} new), "
        f"{len(report.failed)} failed"
    )
    return report


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print the events as a JSON list.")
@click.option("--explain", metavar="ID", help="Show how one event was found and merged.")
@pass_context
@fail_cleanly
def events(obj: Context, as_json: bool, explain: str | None) -> None:
    """List the stored events, oldest first."""
    from feeds.display import format_when
    from feeds.types import EventQuery

    settings = obj.settings()
    with opened_store(settings) as store:
        if explain is not None:
            click.echo(explain_event(store, explain))
            return
        found = store.query(EventQuery(order="date_asc"))
    if as_json:
        click.echo(json.dumps([event_json(e) for e in found], ensure_ascii=False, indent=2))
        return
    for event in found:
        publishers = ", ".join(sorted({s.publisher or s.document for s in event.sources}))
        click.echo(f"{format_when(event.when):<28} {event.title}  [{publishers}]  {event.id}")


def event_json(event: Event) -> dict[str, Any]:
    """An event as the JSON object `timeline events --json` prints."""
    return {
        "id": event.id,
        "title": event.title,
        "summary": event.summary,
        "value": event.when.value,
        "start": event.when.start.isoformat(),
        "end": event.when.end.isoformat(),
        "granularity": event.when.granularity,
        "tags": list(event.tags),
        "places": list(event.places),
        "actors": list(event.actors),
        "sources": [
            {
                "document": s.document,
                "title": s.title,
                "publisher": s.publisher,
                "published": s.published.isoformat(),
                "sentence": s.sentence,
            }
            for s in event.sources
        ],
        "first_seen": event.first_seen.isoformat(),
        "updated": event.updated.isoformat(),
    }


def explain_event(store: Any, event_id: str) -> str:
    """Say, for one event, which timex and clause made it, by which rule, and why it merged."""
    from feeds.display import format_when

    event = store.get_event(event_id)
    if event is None:
        raise click.ClickException(f"no event with id {event_id!r}")
    lines = [
        f"{event.id}: {event.title}",
        f"  date: {format_when(event.when)} ({event.when.value})",
    ]
    for candidate in store.candidates_of(event_id):
        timex = candidate.timex
        lines.append(f"  from {candidate.source.document} (candidate {candidate.id}):")
        if timex is not None:
            lines.append(f"    timex: {timex.text!r} {timex.type} {timex.value}")
        lines.append(f"    clause: {candidate.summary}")
        lines.append(f"    rule: {candidate.rule}")
        lines.append(f"    title: {candidate.title}")
    lines.append(f"  merged: {event.merge_reason or 'single source'}")
    return "\n".join(lines)


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=int, help="Port to listen on.")
@click.option("--dev", is_flag=True, help="Flask's development server with the reloader.")
@click.option("--workers", default=2, show_default=True, type=int, help="Server processes.")
@pass_context
@fail_cleanly
def serve(obj: Context, host: str, port: int, dev: bool, workers: int) -> None:
    """Serve the timeline and its feeds (ingests the configured sources if the store is empty)."""
    from feeds.types import EventQuery

    settings = obj.settings()
    local = urlsplit(settings.site_base_url).hostname in ("127.0.0.1", "localhost")
    if local:
        # A local base URL follows the address actually served, so feed links work as printed.
        settings = obj.settings(**{"site.base_url": f"http://{host}:{port}"})
    with opened_store(settings) as store:
        if store.count(EventQuery()) == 0 and not store.documents():
            report = run_ingest(store, settings.source_paths(), strict=False)
            if report.documents == 0:
                click.echo(
                    "timeline: no articles ingested; add some with `timeline ingest PATH`", err=True
                )
    click.echo(f"Serving the timeline at http://{host}:{port}/", err=True)
    from web import create_app

    app = create_app(settings)
    if dev:
        app.run(host=host, port=port, debug=True, use_reloader=True)
        return
    from feeds.server import run_gunicorn

    run_gunicorn(app, host, port, workers)


@cli.command()
@click.argument("outdir", type=click.Path(file_okay=False, path_type=Path))
@pass_context
@fail_cleanly
def build(obj: Context, outdir: Path) -> None:
    """Write every page and feed as static files into OUTDIR, byte-identical to the server's."""
    from web import create_app
    from web.export import export_site

    app = create_app(obj.settings())
    written = export_site(app, outdir)
    click.echo(f"{len(written)} files written to {outdir}")


@cli.command()
@click.argument("file", type=click.File("r", encoding="utf-8-sig"))
@click.option("--dct", required=True, help="Document creation time, YYYY-MM-DD.")
@fail_cleanly
def timex(file: Any, dct: str) -> None:
    """Tag the temporal expressions in FILE ('-' for stdin) and print them as JSON."""
    from feeds.timex import tag
    from feeds.timex.evaluate import timex_json

    try:
        day = date.fromisoformat(dct)
    except ValueError as e:
        raise click.BadParameter(
            f"{dct!r} is not a date like 2024-10-28", param_hint="--dct"
        ) from e
    try:
        text = file.read()
    except UnicodeDecodeError as e:
        raise click.ClickException(f"{file.name}: not UTF-8 text ({e.reason})") from e
    click.echo(json.dumps(timex_json(tag(text, day)), ensure_ascii=False, indent=2))


@cli.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the measures as JSON.")
@click.option("--errors", is_flag=True, help="Also list the wrong and missed expressions.")
@fail_cleanly
def evaluate(folder: Path, as_json: bool, errors: bool) -> None:
    """Score the tagger on a folder of TimeML files (TempEval-3 measures)."""
    from feeds.timex.evaluate import evaluate_folder, format_evaluation

    result = evaluate_folder(folder)
    if as_json:
        click.echo(json.dumps(result.as_dict(), indent=2))
    else:
        click.echo(format_evaluation(result, errors=errors))


def main() -> None:
    """Entry point of the ``timeline`` console script."""
    cli(prog_name="timeline")
