"""Session-wide fixtures shared by every area's tests."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from index.geo import Gazetteer
from signpost.gazetteer import ensure_gazetteer
from tests.serving import chromium

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SIGNPOST_SHARED_DIR") or REPO.parent / "shared")
"""``../shared`` beside the checkout; a worktree elsewhere points at it with the variable."""
GAZETTEER_PATH = REPO / "var" / "gazetteer.sqlite"


@pytest.fixture(scope="session")
def gazetteer_path() -> Path:
    """The real OS Code-Point Open gazetteer, built once (``make test`` builds it first)."""
    ensure_gazetteer(GAZETTEER_PATH)
    return GAZETTEER_PATH


@pytest.fixture(scope="session")
def gazetteer(gazetteer_path: Path) -> Gazetteer:
    return Gazetteer(gazetteer_path)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One headless Chromium for the whole session: Playwright's sync API allows one running
    instance per thread, so every browser test shares it (each test opens its own context)."""
    with chromium() as browser:
        yield browser


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` reference material; tests that need it skip when it is absent."""
    if not SHARED.exists():
        pytest.skip("../shared is not present beside the project (reference data)")
    return SHARED
