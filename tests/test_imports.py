"""Start-up stays light: the command and the tagger do not import the web or feed libraries."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize(
    ("module", "heavy"),
    [
        ("feeds.cli", ["flask", "feedgen", "icalendar", "gunicorn", "sqlite3", "feeds.store"]),
        ("feeds.timex", ["flask", "feedgen", "icalendar", "sqlite3"]),
        ("feeds.events", ["flask", "feedgen", "icalendar", "sqlite3"]),
    ],
)
def test_module_does_not_import_heavy_dependencies(module: str, heavy: list[str]) -> None:
    code = f"import sys, {module}; print(' '.join(m for m in {heavy!r} if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""


def test_the_engine_never_imports_flask() -> None:
    code = (
        "import sys, pkgutil, importlib, feeds\n"
        "for m in pkgutil.walk_packages(feeds.__path__, 'feeds.'):\n"
        "    if m.name not in ('feeds.__main__',):\n"
        "        importlib.import_module(m.name)\n"
        "print('flask' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
