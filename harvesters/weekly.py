"""Weekly opening rows as APIs and office-hours widgets give them — one row per weekday — merged
into one Schedule per distinct (opens, closes), as the model stores a timetable.

Feeds such as Outpost's and Connected Places' send ``{weekday, opens_at, closes_at}`` for each
day; five identical Monday–Friday rows are one weekly schedule ``MO,TU,WE,TH,FR``. Times come
as ``09:30``, ``09:30:00`` or a ``2000-01-01T09:30:00.000Z`` timestamp (Rails' time columns);
weekdays as ``Monday``, ``MO`` or an ISO number (1 = Monday).
"""

from __future__ import annotations

import re

from index.model import Schedule

DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_NAMES = {
    "monday": "MO",
    "tuesday": "TU",
    "wednesday": "WE",
    "thursday": "TH",
    "friday": "FR",
    "saturday": "SA",
    "sunday": "SU",
}
_CLOCK = re.compile(r"(?:T|^)(\d{1,2}):(\d{2})")


def weekday(value: object) -> str | None:
    """``Monday`` / ``Mon`` / ``MO`` / ``1`` (ISO, Monday = 1) → ``MO``."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float) and 1 <= int(value) <= 7:
        return DAYS[int(value) - 1]
    text = str(value or "").strip().lower()
    if text.isdigit() and 1 <= int(text) <= 7:
        return DAYS[int(text) - 1]
    if text.upper() in DAYS:
        return text.upper()
    for name, code in _NAMES.items():
        if len(text) >= 3 and name.startswith(text):
            return code
    return None


def clock(value: object) -> str | None:
    """``09:30``, ``9:30:00``, ``2000-01-01T09:30:00.000Z`` → ``09:30``; anything else None."""
    match = _CLOCK.search(str(value or "").strip())
    if not match:
        return None
    hour, minute = int(match.group(1)), int(match.group(2))
    if not (0 <= hour <= 24 and 0 <= minute <= 59):
        return None
    return f"{min(hour, 23):02d}:{minute if hour < 24 else 59:02d}"


def merge_weekly(rows: list[tuple[str, str | None, str | None]]) -> list[Schedule]:
    """(day, opens, closes) rows → one Schedule per distinct pair of times, days in week
    order, the order of first appearance kept."""
    merged: dict[tuple[str | None, str | None], list[str]] = {}
    for day, opens, closes in rows:
        days = merged.setdefault((opens, closes), [])
        if day not in days:
            days.append(day)
    return [
        Schedule(
            byday=",".join(d for d in DAYS if d in days),
            opens_at=opens,
            closes_at=closes,
            freq="WEEKLY",
        )
        for (opens, closes), days in merged.items()
    ]
