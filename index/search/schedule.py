"""Opening times as minutes of the week, and the moment or day a query asks about.

Shared by indexing (a service's opening periods) and querying ("open now", "open on
Saturday"), so both read a schedule the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

from index.model import DAYS, Schedule, utcnow

LONDON = ZoneInfo("Europe/London")
MINUTES_PER_DAY = 24 * 60
MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY
_HHMM = re.compile(r"^\s*(\d{1,2}):(\d{2})")


@dataclass(frozen=True)
class OpenAt:
    """A moment (``timed``) or a whole day in minutes of the week, Monday 00:00 = 0."""

    start: int
    end: int
    timed: bool

    def matches(self, ranges: Iterable[tuple[int, int, bool]]) -> bool:
        for start, end, timed in ranges:
            if self.timed:
                if timed and start <= self.start < end:
                    return True
            elif start < self.end and end > self.start:
                return True
        return False


@lru_cache(maxsize=4096)
def hhmm_minutes(hhmm: str | None) -> int | None:
    """ "09:30" → 570; ``None`` for anything that is not a time of day (sources write a
    handful of distinct times, hence the cache)."""
    if not hhmm:
        return None
    m = _HHMM.match(hhmm)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if h > 24 or mi > 59 or (h == 24 and mi):
        return None
    return h * 60 + mi


def schedule_days(schedule: Schedule) -> list[int]:
    """Day indexes (Monday 0) a weekly schedule covers; daily schedules cover every day."""
    return list(_days(schedule.freq, schedule.byday))


@lru_cache(maxsize=4096)
def _days(freq: str | None, byday: str | None) -> tuple[int, ...]:
    kind = (freq or "WEEKLY").upper()
    if kind == "DAILY" and not byday:
        return tuple(range(7))
    if kind not in {"WEEKLY", "DAILY"}:
        return ()
    days: list[int] = []
    for code in (byday or "").upper().replace(" ", "").split(","):
        code = code[-2:]  # "1MO" (first Monday) is still a Monday
        if code in DAYS and DAYS.index(code) not in days:
            days.append(DAYS.index(code))
    return tuple(days)


def week_ranges(schedules: Iterable[Schedule]) -> list[tuple[int, int, bool]]:
    """Opening periods as (start, end, timed) minutes of the week. A day without times is a
    whole-day range with ``timed`` false: it answers "open on Saturday" but never "open now".
    A period past midnight runs into the next day; past Sunday it wraps to Monday."""
    key = tuple((s.freq, s.byday, s.opens_at, s.closes_at) for s in schedules)
    return list(_week_ranges(key))


@lru_cache(maxsize=4096)
def _week_ranges(
    key: tuple[tuple[str | None, str | None, str | None, str | None], ...],
) -> tuple[tuple[int, int, bool], ...]:
    """Memoised on the schedules' fields: most services share a few weekly patterns."""
    ranges: list[tuple[int, int, bool]] = []
    for freq, byday, opens_at, closes_at in key:
        opens, closes = hhmm_minutes(opens_at), hhmm_minutes(closes_at)
        for day in _days(freq, byday):
            base = day * MINUTES_PER_DAY
            if opens is None or closes is None:
                ranges.append((base, base + MINUTES_PER_DAY, False))
                continue
            end = closes if closes > opens else closes + MINUTES_PER_DAY
            if opens == closes:
                end = opens + MINUTES_PER_DAY  # "00:00–00:00": round the clock
            start, stop = base + opens, base + end
            if stop > MINUTES_PER_WEEK:
                ranges.append((start, MINUTES_PER_WEEK, True))
                ranges.append((0, stop - MINUTES_PER_WEEK, True))
            else:
                ranges.append((start, stop, True))
    return tuple(ranges)


def open_at_for(
    open_now: bool, day: str | None, time: str | None, now: datetime | None = None
) -> OpenAt | None:
    """The moment or day a query asks about, in Europe/London time."""
    if not (open_now or day or time):
        return None
    local = (now or utcnow()).astimezone(LONDON)
    if open_now and not day and not time:
        minute = local.weekday() * MINUTES_PER_DAY + local.hour * 60 + local.minute
        return OpenAt(minute, minute + 1, True)
    day_index = DAYS.index(day) if day else local.weekday()
    base = day_index * MINUTES_PER_DAY
    if time:
        minute = base + (hhmm_minutes(time) or 0)
        return OpenAt(minute, minute + 1, True)
    if open_now:  # open now on a named day means "at this time on that day"
        minute = base + local.hour * 60 + local.minute
        return OpenAt(minute, minute + 1, True)
    return OpenAt(base, base + MINUTES_PER_DAY, False)
