"""Reading values out of what a source sent (``harvesters.values``)."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from harvesters.values import as_dict, as_list, as_text, number, position


@pytest.mark.parametrize(
    ("lat", "lon", "expected"),
    [
        ("51.5", "-0.1", (51.5, -0.1)),
        (51.5, 0.0, (51.5, 0.0)),  # on the meridian: a real position
        (0, 0, (None, None)),  # the "no position" some platforms print
        ("0", "0.0", (None, None)),
        ("", "-0.1", (None, None)),
        (None, -0.1, (None, None)),
        ("north", "-0.1", (None, None)),
        (91, 0.5, (None, None)),
        (51.5, 181, (None, None)),
        ("nan", "-0.1", (None, None)),
        (True, -0.1, (None, None)),
    ],
)
def test_position(lat: object, lon: object, expected: tuple[float | None, float | None]) -> None:
    assert position(lat, lon) == expected


@given(
    st.one_of(st.none(), st.booleans(), st.text(), st.floats(), st.integers(), st.lists(st.none()))
)
def test_number_is_finite_or_none(value: object) -> None:
    result = number(value)
    assert result is None or (isinstance(result, float) and math.isfinite(result))


def test_json_fields_of_the_wrong_type_read_as_empty() -> None:
    assert as_dict([1]) == {} and as_dict({"a": 1}) == {"a": 1}
    assert as_list({"a": 1}) == [] and as_list([1]) == [1]
    assert as_text(True) is None and as_text({"x": 1}) is None and as_text(None) is None
    assert as_text("  Age  UK ") == "Age UK" and as_text(12) == "12"
