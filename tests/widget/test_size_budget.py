"""The widget's size budget: it is loaded on other people's pages, often on slow NHS and
council networks, so it must stay small (gzipped, as servers send it)."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "widget" / "src"
BUDGETS = {"signpost-search.js": 12 * 1024, "signpost-search.css": 3 * 1024}


@pytest.mark.parametrize(("name", "budget"), sorted(BUDGETS.items()))
def test_gzipped_size_within_budget(name: str, budget: int) -> None:
    raw = (SRC / name).read_bytes()
    size = len(gzip.compress(raw, compresslevel=9))
    assert size <= budget, f"{name} is {size} bytes gzipped; the budget is {budget}"
