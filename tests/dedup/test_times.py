"""Clock times and ages in months (``index/dedup/times.py``), over every hour and minute of the
day and every whole number of years a baby or toddler group is written in."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from index.dedup.contrasts import contrast
from index.dedup.names import name_tokens
from index.dedup.times import read_times


def _twelve_hour(hour: int, minute: int, dotted: bool = False) -> str:
    suffix = "am" if hour < 12 else "pm"
    shown = hour % 12 or 12
    if not minute:
        return f"{shown}{suffix}"
    return f"{shown}{'.' if dotted else ':'}{minute:02d}{suffix}"


@pytest.mark.parametrize("hour", range(24))
def test_every_time_of_day_reads_alike_in_twelve_and_twenty_four_hours(hour: int) -> None:
    for minute in (0, 15, 30, 45):
        expected = name_tokens(f"Coffee Morning {hour:02d}:{minute:02d}")
        assert name_tokens(f"Coffee Morning {hour}:{minute:02d}") == expected
        for dotted in (False, True):
            twelve = _twelve_hour(hour, minute, dotted)
            assert name_tokens(f"Coffee Morning {twelve}") == expected, twelve
            assert name_tokens(f"Coffee Morning {twelve.upper()}") == expected, twelve


@given(start=st.integers(6, 20), length=st.integers(1, 3))
def test_a_range_with_one_suffix_reads_as_the_range_with_both(start: int, length: int) -> None:
    """``2-4pm`` is 14:00 to 16:00, ``10-12pm`` and ``11-1pm`` start in the morning."""
    end = start + length
    both = f"Stay and Play {_twelve_hour(start, 0)}-{_twelve_hour(end, 0)}"
    one = f"Stay and Play {start % 12 or 12}-{_twelve_hour(end, 0)}"
    twenty_four = f"Stay and Play ({start:02d}:00-{end:02d}:00)"
    assert name_tokens(one) == name_tokens(both) == name_tokens(twenty_four), (one, both)


@given(first=st.integers(0, 23), second=st.integers(0, 23))
def test_two_sessions_at_two_times_are_parted_and_one_time_alone_is_a_detail(
    first: int, second: int
) -> None:
    a, b = (
        name_tokens(f"Stay and Play {first:02d}:00"),
        name_tokens(f"Stay and Play {second:02d}:00"),
    )
    parted = contrast(set(a) - set(b), set(b) - set(a), frozenset(a), frozenset(b), a, b)
    assert (parted is not None) is (first != second)
    if parted:
        assert parted[0] == "time"
    plain = name_tokens("Stay and Play")
    assert contrast(set(a) - set(plain), set(), frozenset(a), frozenset(plain), a, plain) is None


@pytest.mark.parametrize("years", range(6))
def test_whole_years_in_months_read_as_years(years: int) -> None:
    for unit in ("months", "month", "mths", "Months"):
        assert name_tokens(f"Baby Group (0-{12 * years} {unit})") == name_tokens(
            f"Baby Group 0-{years} years"
        )
        assert name_tokens(f"Baby Group {12 * years} {unit}") == name_tokens(
            f"Baby Group {years} yrs"
        )


@pytest.mark.parametrize(
    "name",
    [
        "Over 60s Lunch Club",
        "Year 7 Transition Group",
        "Stay and Play (0-5)",
        "ESOL Level 1.5",
        "Toddlers 18 months - 3 years",
        "Baby Group 6-12 months",
        "Harrow 2:1 Support",
        "1st Pinner Scouts",
        "Lunch Club",
    ],
)
def test_numbers_that_are_no_clock_time_or_whole_years_are_left_alone(name: str) -> None:
    assert read_times(name) == name


@pytest.mark.parametrize("age", range(1, 26))
def test_an_age_under_a_number_is_the_range_from_nothing_to_it(age: int) -> None:
    expected = name_tokens(f"Stay and Play ({0}-{age})")
    for form in (f"Stay & Play for Under {age}s", f"Stay and Play under {age}'s",
                 f"Stay and Play up to {age}"):  # fmt: skip
        assert name_tokens(form) == expected, form
