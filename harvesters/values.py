"""Reading values out of what a source sent, whatever it sent: JSON fields that may be missing,
null, of the wrong type or a placeholder, and coordinates that may be text, empty or the
``0, 0`` that some platforms print for "no position". One place, so every spider reads them
alike."""

from __future__ import annotations

import math
from typing import Any

from harvesters.normalise import clean_text


def as_dict(value: Any) -> dict[str, Any]:
    """The object, or an empty one when the field is missing or not an object."""
    return value if isinstance(value, dict) else {}


def as_list(value: Any) -> list[Any]:
    """The array, or an empty one when the field is missing or not an array."""
    return value if isinstance(value, list) else []


def as_text(value: Any) -> str | None:
    """A scalar as clean text; ``None`` for missing values, objects, arrays and booleans (a
    ``true`` is a flag, never a name or an address)."""
    if value is None or isinstance(value, dict | list | bool):
        return None
    return clean_text(str(value))


def number(value: Any) -> float | None:
    """A finite number from a number or its text; ``None`` for anything else."""
    if value is None or value == "" or isinstance(value, bool):
        return None
    try:
        result = float(value)
    except (TypeError, ValueError):
        return None
    return result if math.isfinite(result) else None


def position(latitude: Any, longitude: Any) -> tuple[float | None, float | None]:
    """A latitude and longitude, or ``(None, None)`` when either is unreadable or out of range,
    or both are zero (the "no position" some platforms print)."""
    lat, lon = number(latitude), number(longitude)
    if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None, None
    if lat == 0 and lon == 0:
        return None, None
    return lat, lon
