"""Fixtures for tests that need the sample sites. Copy this pattern into other areas' tests:

def test_something(sample_sites: str) -> None:       # shared, never modified
    ...  # sample_sites == "http://127.0.0.1:{port}", the value of ${SAMPLE_SITES}

def test_faults(sample_sites_fresh: str) -> None:    # may change faults / data
    set_fault(sample_sites_fresh, "careplace", "http500")
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from samples.control import reset
from samples.server import running


@pytest.fixture(scope="session")
def sample_sites() -> Iterator[str]:
    """One sample server for the whole session, on a free 127.0.0.1 port."""
    with running(port=0) as base:
        yield base


@pytest.fixture
def sample_sites_fresh(sample_sites: str) -> Iterator[str]:
    """The session server, reset to generation 0 and no faults before and after the test."""
    reset(sample_sites)
    try:
        yield sample_sites
    finally:
        reset(sample_sites)
