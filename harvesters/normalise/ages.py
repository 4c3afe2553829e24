"""Age ranges as directories write them ("0-5 years", "18+", "Under 25s", age bands)."""

from __future__ import annotations

import re

from harvesters.normalise.text import clean_text

_BAND = re.compile(r"(\d{1,3})\s*(?:-|–|to)\s*(\d{1,3})|(\d{1,3})\s*\+")


def age_bands(bands: list[str]) -> tuple[int | None, int | None]:
    """A list of age bands ("18-24 years", "65+ years") → the range they cover together."""
    lows: list[int] = []
    highs: list[int | None] = []
    for band in bands:
        m = _BAND.search(band)
        if not m:
            continue
        if m.group(3):
            lows.append(int(m.group(3)))
            highs.append(None)
        else:
            lows.append(int(m.group(1)))
            highs.append(int(m.group(2)))
    if not lows:
        return None, None
    high = None if any(h is None for h in highs) else max(h for h in highs if h is not None)
    return min(lows), high


_NUM = r"(\d{1,3})"
_UNIT = r"(?:\s*(years?|yrs?|months?|mths?))?"


def _years(value: str, unit: str | None) -> int:
    n = int(value)
    if unit and unit.lower().startswith("m"):
        return n // 12
    return n


def parse_age_range(text: str | None) -> tuple[int | None, int | None]:
    """``"0-5 years"`` → (0, 5); ``"18+"`` → (18, None); ``"Under 18"`` → (None, 17);
    ``"Over 65"`` → (66, None); ``"All ages"`` → (None, None). ORUK's -1 means "none"."""
    value = clean_text(text)
    if not value:
        return None, None
    low = value.lower()
    if re.search(r"\ball ages\b|\bany age\b|\bno age (limit|restriction)", low):
        return None, None
    m = re.search(rf"{_NUM}{_UNIT}\s*(?:-|–|—|to)\s*{_NUM}{_UNIT}", low)
    if m:
        unit = m.group(2) or m.group(4)
        return _years(m.group(1), m.group(2) or unit), _years(m.group(3), m.group(4) or unit)
    m = re.search(rf"(?:under|below|less than|younger than)\s*{_NUM}{_UNIT}", low)
    if m:
        return None, max(_years(m.group(1), m.group(2)) - 1, 0)
    m = re.search(rf"(?:up to|upto|maximum|max\.?)\s*(?:age\s*)?{_NUM}{_UNIT}", low)
    if m:
        return None, _years(m.group(1), m.group(2))
    m = re.search(rf"(?:over|above|older than)\s*{_NUM}{_UNIT}", low)
    if m:
        return _years(m.group(1), m.group(2)) + 1, None
    m = re.search(rf"{_NUM}{_UNIT}\s*(?:\+|plus|and over|and above|and up\b|or over|or older)", low)
    if m:
        return _years(m.group(1), m.group(2)), None
    m = re.search(rf"(?:from|aged|age|minimum|min\.?)\s*{_NUM}{_UNIT}", low)
    if m:
        return _years(m.group(1), m.group(2)), None
    if re.search(r"\badults?\b", low) and not re.search(r"\b(child|young)", low):
        return 18, None
    return None, None


def age_or_none(value: object) -> int | None:
    """An age from a structured field; ORUK feeds use -1 (and sometimes blanks) for "none"."""
    try:
        age = int(str(value).strip())
    except (TypeError, ValueError):
        return None
    return age if 0 <= age <= 130 else None
