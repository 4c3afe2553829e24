"""Addresses: the postcode from a field or the text around it, and address lines split into
the model's parts."""

from __future__ import annotations

import re

from harvesters.normalise.text import clean_text
from index.geo import find_postcodes, normalise_postcode


def postcode_from(field: str | None, *texts: str | None) -> str | None:
    """The validated, upper-cased postcode: from its own field when the source has one,
    otherwise the last postcode found in the address texts (addresses end with it)."""
    pc = normalise_postcode(field) if field else None
    if pc:
        return pc
    if field:
        found = find_postcodes(field)
        if found:
            return found[-1]
    for text in texts:
        found = find_postcodes(text)
        if found:
            return found[-1]
    return None


def strip_postcode(address: str | None, postcode: str | None) -> str | None:
    """An address line without the postcode it ends with (it is stored in its own field)."""
    text = clean_text(address)
    if not text or not postcode:
        return text
    compact = postcode.replace(" ", r"\s*")
    return clean_text(re.sub(rf"(?i),?\s*{compact}\s*$", "", text)) or None


_MAP_NOTE = re.compile(r"\(?\s*directions displayed on map\s*\)?", re.IGNORECASE)


def split_address(parts: list[str] | str | None) -> dict[str, str | None]:
    """Address lines as directories print them → ``name`` (a venue), ``address_1``,
    ``address_2``, ``city``, ``postal_code``. One line is split at commas. A first line
    without a house number, followed by at least two more, is the venue's name."""
    if isinstance(parts, str):
        parts = [parts]
    raw = [clean_text(_MAP_NOTE.sub("", p)) for p in parts or []]
    found = [p for p in raw if p]
    if len(found) == 1:
        found = [clean_text(p) or "" for p in found[0].split(",")]
        found = [p for p in found if p]
    postcode = postcode_from(None, *reversed(found))
    lines_left: list[str] = []
    for line in found:
        rest = strip_postcode(line, postcode) if postcode else line
        # A line that is only the postcode is dropped (it has its own field); every other
        # line is kept, whether or not the address has a postcode at all.
        if rest and not (postcode and normalise_postcode(rest) == postcode):
            lines_left.append(rest)
    venue = None
    if len(lines_left) >= 3 and not re.search(r"\d", lines_left[0]):
        venue = lines_left.pop(0)
    address_1 = lines_left[0] if lines_left else None
    city = lines_left[-1] if len(lines_left) > 1 else None
    middle = lines_left[1:-1]
    return {
        "name": venue,
        "address_1": address_1,
        "address_2": ", ".join(middle) or None,
        "city": city,
        "postal_code": postcode,
    }
