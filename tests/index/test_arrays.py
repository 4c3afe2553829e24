"""``sorted_unique`` stands in for ``np.unique`` on integers (dedup's candidate codes, the
embedded engine's row ids): the same values, order and dtype for any input."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from index.arrays import sorted_unique


@given(st.lists(st.integers(-(2**62), 2**62), max_size=60))
def test_int64_as_numpy_unique(values: list[int]) -> None:
    array = np.array(values, dtype=np.int64)
    got = sorted_unique(array)
    assert got.tolist() == np.unique(array).tolist()
    assert got.dtype == np.int64


@given(st.lists(st.integers(0, 40), max_size=60))
def test_int32_row_ids_as_numpy_unique(values: list[int]) -> None:
    array = np.array(values, dtype=np.int32)
    got = sorted_unique(array)
    assert got.tolist() == np.unique(array).tolist()
    assert got.dtype == np.int32


def test_the_input_is_left_as_it_was() -> None:
    array = np.array([3, 1, 3, 2], dtype=np.int64)
    sorted_unique(array)
    assert array.tolist() == [3, 1, 3, 2]
