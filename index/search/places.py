"""Where a query is: the place typed inside free text ("debt advice near HA1", "in Harrow").

The rule for reading a postcode itself lives in ``index.geo``; this module only finds the
place in the text and hands back the text without it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.geo import normalise_postcode

LONDON_BOROUGHS = (
    "Barking and Dagenham", "Barnet", "Bexley", "Brent", "Bromley", "Camden", "City of London",
    "Croydon", "Ealing", "Enfield", "Greenwich", "Hackney", "Hammersmith and Fulham",
    "Haringey", "Harrow", "Havering", "Hillingdon", "Hounslow", "Islington",
    "Kensington and Chelsea", "Kingston upon Thames", "Lambeth", "Lewisham", "Merton", "Newham",
    "Redbridge", "Richmond upon Thames", "Southwark", "Sutton", "Tower Hamlets",
    "Waltham Forest", "Wandsworth", "Westminster",
)  # fmt: skip

_NEAR = r"(?:near(?:by)?|in|around|close\s+to|by)"
_PARTIAL = re.compile(
    rf"(?:\b{_NEAR}\s+)([A-Za-z]{{1,2}}[0-9][0-9A-Za-z]?(?:\s+[0-9])?)\s*$", re.IGNORECASE
)
_TRAILING_SECTOR = re.compile(r"\b([A-Za-z]{1,2}[0-9][0-9A-Za-z]?\s+[0-9])\s*$")
_FULL_IN_TEXT = re.compile(
    rf"(?:\b{_NEAR}\s+)?\b([A-Za-z]{{1,2}}[0-9][0-9A-Za-z]?\s*[0-9][A-Za-z]{{2}})\b",
    re.IGNORECASE,
)
_BOROUGH = re.compile(
    rf"\b{_NEAR}\s+(?:the\s+(?:london\s+)?borough\s+of\s+)?("
    + "|".join(re.escape(b) for b in sorted(LONDON_BOROUGHS, key=len, reverse=True))
    + r")\s*$",
    re.IGNORECASE,
)


@dataclass
class Place:
    postcode: str | None = None
    borough: str | None = None


def extract_place(text: str) -> tuple[str, Place]:
    """Take the location out of free text: a full postcode anywhere, a trailing "near HA1" /
    "near HA1 2" / bare "HA1 2", or a trailing "in Harrow"."""
    m = _FULL_IN_TEXT.search(text)
    if m and normalise_postcode(m.group(1)):
        rest = (text[: m.start()] + " " + text[m.end() :]).strip()
        return " ".join(rest.split()), Place(postcode=normalise_postcode(m.group(1)))
    for pattern in (_PARTIAL, _TRAILING_SECTOR):
        m = pattern.search(text)
        if m:
            return text[: m.start()].strip(), Place(postcode=" ".join(m.group(1).upper().split()))
    m = _BOROUGH.search(text)
    if m:
        name = next(b for b in LONDON_BOROUGHS if b.lower() == " ".join(m.group(1).lower().split()))
        return text[: m.start()].strip(), Place(borough=name)
    return text, Place()
