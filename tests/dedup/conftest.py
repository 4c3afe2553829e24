"""Fixtures for the tests of dedup in forked workers (``parallel.py``, ``crew.py``)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from index.dedup.parallel import can_fork
from index.model import SourceRecord

BENCH = Path(__file__).resolve().parents[2] / "bench"

needs_fork = pytest.mark.skipif(not can_fork(), reason="no fork on this platform")


@pytest.fixture
def forks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Counts the forks asked for, and lets them happen although the test session may run
    other threads (sample servers): the scoring children touch no lock those threads hold."""
    import index.dedup.parallel as parallel

    asked: list[str] = []
    real = parallel.multiprocessing.get_context

    def counting(method: str | None = None):  # type: ignore[no-untyped-def]
        asked.append(str(method))
        return real(method)

    monkeypatch.setattr(parallel, "single_threaded", lambda: True)
    monkeypatch.setattr(parallel.multiprocessing, "get_context", counting)
    return asked


def synthetic_module() -> ModuleType:
    """The benchmark's synthetic London listings (``bench/_dedup_synthetic.py``)."""
    spec = importlib.util.spec_from_file_location("_dedup_synthetic", BENCH / "_dedup_synthetic.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("_dedup_synthetic", module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def synthetic() -> list[SourceRecord]:
    records, _truth = synthetic_module().synthetic_records(3000, 11)
    return records
