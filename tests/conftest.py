"""Shared fixtures: the repository's folders and the team's shared data when it is beside us."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
IN_CI = os.environ.get("CI") == "true"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The sample articles shipped with the product."""
    return SEEDS


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The team's shared folder (corpora, tools); tests that need it skip where it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the repository")
    return SHARED
