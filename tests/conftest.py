"""Session-wide fixtures shared by every area's tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.geo import Gazetteer
from signpost.gazetteer import ensure_gazetteer

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
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
def shared_dir() -> Path:
    """``../shared`` reference material; tests that need it skip when it is absent."""
    if not SHARED.exists():
        pytest.skip("../shared is not present beside the project (reference data)")
    return SHARED
