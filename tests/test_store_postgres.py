"""A private PostgreSQL server for the store's tests, and what only the PostgreSQL store does.

`postgres_server` starts one server per test session (as the ``postgres`` user when the tests
run as root); `fresh_database` gives each test its own empty database on it. Without
PostgreSQL installed the tests skip, except under CI, where they fail.
"""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from feeds.errors import StoreError
from feeds.store import open_store
from feeds.store.postgres import MIGRATIONS
from feeds.types import EventQuery
from tests.conftest import IN_CI

_numbers = itertools.count()


def _unavailable(reason: str) -> None:
    """Skip the PostgreSQL tests, or fail them under CI, where they must run."""
    if IN_CI:
        pytest.fail(f"PostgreSQL tests cannot run under CI: {reason}")
    pytest.skip(f"PostgreSQL tests skipped: {reason}")


def _free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """The URL of a private PostgreSQL server's ``postgres`` database, stopped after the run."""
    pg_config = shutil.which("pg_config")
    if pg_config is None:
        _unavailable("pg_config not found (apt-get install postgresql)")
    bindir = Path(
        subprocess.run(
            [pg_config, "--bindir"], capture_output=True, text=True, check=True
        ).stdout.strip()
    )
    if not (bindir / "initdb").exists():
        _unavailable(f"no initdb in {bindir} (apt-get install postgresql)")
    # initdb refuses root: run the server as postgres, in a folder it owns outside pytest's.
    as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    data = tempfile.mkdtemp(prefix="timeline-pg-", dir="/tmp")
    if as_user:
        shutil.chown(data, "postgres", "postgres")
    port = _free_port()

    def run(*args: str) -> None:
        """Run a server program, failing with its output."""
        done = subprocess.run(
            [*as_user, *args], cwd="/tmp", capture_output=True, text=True, check=False
        )
        if done.returncode != 0:
            raise RuntimeError(f"{args[0]} failed: {done.stdout}{done.stderr}")

    options = (
        f"-p {port} -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off"
        " -c synchronous_commit=off -c full_page_writes=off"
    )
    initdb = [str(bindir / "initdb"), "-D", data, "-U", "postgres", "-A", "trust"]
    start = [str(bindir / "pg_ctl"), "-D", data, "-l", f"{data}/server.log", "-w", "-o", options]
    try:
        run(*initdb, "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
        run(*start, "start")
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            [*as_user, str(bindir / "pg_ctl"), "-D", data, "-m", "immediate", "-w", "stop"],
            cwd="/tmp",
            capture_output=True,
            check=False,
        )
        shutil.rmtree(data, ignore_errors=True)


def fresh_database(server: str) -> str:
    """The URL of a new, empty schema on the server (cheaper than a database per test)."""
    import psycopg

    name = f"timeline_{os.getpid()}_{next(_numbers)}"
    with psycopg.connect(server, autocommit=True) as connection:
        connection.execute(f"CREATE SCHEMA {name}")
    return f"{server}?options=-csearch_path%3D{name}"


def test_a_new_database_gets_the_schema_once_and_reopens(postgres_server: str) -> None:
    import psycopg

    url = fresh_database(postgres_server)
    open_store(url).close()
    store = open_store(url)
    assert store.count(EventQuery()) == 0
    store.close()
    with psycopg.connect(url) as connection:
        versions = connection.execute(
            "SELECT version FROM schema_version ORDER BY version"
        ).fetchall()
    assert versions == [(n,) for n in range(1, len(MIGRATIONS) + 1)]


def test_a_database_from_a_newer_timeline_is_refused(postgres_server: str) -> None:
    import psycopg

    url = fresh_database(postgres_server)
    open_store(url).close()
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute("INSERT INTO schema_version (version) VALUES (999)")
    with pytest.raises(StoreError, match="schema version 999"):
        open_store(url)


def test_an_unreachable_server_is_a_store_error() -> None:
    url = f"postgresql://nobody@127.0.0.1:{_free_port()}/nothing?connect_timeout=2"
    with pytest.raises(StoreError, match="cannot connect"):
        open_store(url)
