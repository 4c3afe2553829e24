"""Array helpers shared by dedup and the embedded search engine."""

from __future__ import annotations

import numpy as np


def sorted_unique(values: np.ndarray) -> np.ndarray:
    """``np.unique`` of integers (sorted, distinct, the same dtype), by sorting. numpy 2.4's
    ``np.unique`` of integers goes through a hash table: measured here, 10.8 ms against 2.5 ms
    for 100 000 row ids, and 6.5 s against 0.4 s for six million candidate-pair codes (a
    million listings' dedup)."""
    ordered = np.sort(values)
    if len(ordered) < 2:
        return ordered
    return ordered[np.r_[True, ordered[1:] != ordered[:-1]]]
