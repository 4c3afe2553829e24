"""Clock times and age ranges written one way, so that names compare them as they mean.

Directories write a session's hours into its name in every form — ``Coffee Morning 10am-12pm``,
``Coffee Morning (10:00-12:00)``, ``10.00am - 12 noon`` — and a baby group's ages in months or
years (``0-12 months``, ``0-1 years``). Read as plain words these differ (``10am`` against
``10``, ``00``), so one session looked like two; and ``12`` against ``1`` looked like two age
ranges. Here every clock time becomes one token, its 24-hour ``HHMMh`` (``1000h``, ``1400h``),
which ``contrasts.py`` compares as a kind of its own (two sessions at two times are two), and
whole years written in months become years (``0-12 months`` → ``0-1 years``; ``6-12 months``
stays as it is, being no whole number of years at its start). (An age "under" a number is the
range from nothing to it: ``names.name_tokens``, after number words are numbers.)
"""

from __future__ import annotations

import re

TIME_TOKEN = re.compile(r"\d{4}h")
"""A clock time as ``read_times`` writes it (a name token)."""

_CLOCK = r"(\d{1,2})(?:[:.]([0-5]\d))?\s*(am|pm|a\.m\.|p\.m\.)?"
_RANGE = re.compile(
    rf"(?<![\d:.]){_CLOCK}\s*(?:-|–|—|to|till|until)\s*{_CLOCK}(?![\d])", re.IGNORECASE
)
_SINGLE = re.compile(rf"(?<![\d:.]){_CLOCK}(?![\d])", re.IGNORECASE)
_NOON = re.compile(r"\b(?:12\s*)?(?:noon|midday)\b", re.IGNORECASE)
_MONTHS = re.compile(
    r"(?<![\d.])(?:(\d{1,3})\s*(?:-|–|to)\s*)?(\d{1,3})\s*(?:months?|mths?|mnths?)\b",
    re.IGNORECASE,
)
_MAYBE = re.compile(r"[0-9]\s*(?:[aApP]\.?[mM]\b|[:.][0-5][0-9]|[mM][oO]?[nN]?[tT][hH][sS]?\b)")
"""Something that may be a clock time or an age in months: one scan (case spelt out, which
``re.IGNORECASE`` made three times slower) spares most names the rest; ``noon`` and
``midday`` are looked for by substring."""


def _hour(hour: int, suffix: str) -> int:
    if suffix == "am":
        return 0 if hour == 12 else hour
    return hour if hour == 12 else hour + 12


def _suffix(text: str | None) -> str:
    return (text or "").replace(".", "").lower()


def _token(hour: int, minute: str | None) -> str | None:
    if hour > 23:
        return None
    return f" {hour:02d}{int(minute or 0):02d}h "


def _range(found: re.Match[str]) -> str:
    h1, m1, s1, h2, m2, s2 = found.groups()
    a, b = _suffix(s1), _suffix(s2)
    if not (a or b or m1 or m2):
        return found.group(0)  # "0-5", "12-14": numbers, not times
    end = int(h2) if not b else _hour(int(h2), b)
    if a:
        start = _hour(int(h1), a)
    elif b:
        # "2-4pm" is 14:00 to 16:00; "10-12pm" and "11-1pm" start in the morning.
        start = _hour(int(h1), b)
        if start > end:
            start = _hour(int(h1), "am" if b == "pm" else "pm")
    else:
        start = int(h1)
        if end < start and end + 12 <= 23:
            end += 12  # "9:30 to 4": the afternoon
    first, second = _token(start, m1), _token(end, m2)
    if first is None or second is None:
        return found.group(0)
    return first + second


def _single(found: re.Match[str]) -> str:
    hour, minute, suffix = found.groups()
    if not suffix and not minute:
        return found.group(0)  # a number
    value = _hour(int(hour), _suffix(suffix)) if suffix else int(hour)
    return _token(value, minute) or found.group(0)


def _months(found: re.Match[str]) -> str:
    low, high = found.groups()
    if int(high) % 12 or (low is not None and int(low) % 12):
        return found.group(0)
    years = str(int(high) // 12)
    return f"{int(low) // 12}-{years} years" if low is not None else f"{years} years"


def read_times(name: str) -> str:
    """The name with its clock times as ``HHMMh`` tokens and whole years of months as years;
    a name with neither comes back as it is (most names: one scan, ``_MAYBE``)."""
    if _MAYBE.search(name) is None and not (
        "oon" in name or "OON" in name or "idday" in name or "IDDAY" in name
    ):
        return name
    name = _NOON.sub(" 12:00 ", name)
    name = _MONTHS.sub(_months, name)
    name = _RANGE.sub(_range, name)
    return _SINGLE.sub(_single, name)
