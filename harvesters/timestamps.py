"""Timestamps as APIs write them → aware datetimes.

Feeds mix ``2026-07-16T09:00:00Z``, ``…+00:00`` and zone-less ``2026-07-16T09:00:00``; every
datetime the model keeps must be aware, or comparing two copies' ``last_modified`` fails. A
zone-less stamp from a UK directory is read as London time, which is what its staff typed.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

LONDON = ZoneInfo("Europe/London")


def aware_datetime(value: str | None) -> datetime | None:
    """An ISO 8601 stamp as an aware datetime; None for anything unreadable."""
    if not value:
        return None
    try:
        stamp = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return stamp if stamp.tzinfo is not None else stamp.replace(tzinfo=LONDON)
