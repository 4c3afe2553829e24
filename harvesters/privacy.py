"""Private addresses: a home address a source flags as private is never stored.

Childminders (and other people who offer care from their own homes) are listed in family
directories; the directory's database holds their home address, and marks it private so that
the public page does not show it. Exports of that database — open-data CSV files, API feeds —
often carry the address *and* the flag. Signpost must honour the flag, not the column: when a
listing says its address is private, the harvester drops the street lines, the full postcode and
the map position from the normalised listing, and every address value from the raw evidence,
before the record exists. The town and borough stay (the listing must still be findable by
area); the flag itself stays in the evidence, so a curator can see why the address is missing.

A listing's address counts as private when

* a raw field named like ``Address Private``/``Private Address``/``Hide Address``/``Address
  Withheld`` (any case and punctuation) holds a yes-value (``yes``, ``true``, ``1``, ``y``,
  ``private``, ``withheld``, ``hidden``), or one named ``Display Address``/``Show Address``/
  ``Publish Address`` holds a no-value; or
* its location text says so ("address withheld", "private address", "address not shown" …).

This runs in :func:`harvesters.pipeline.build_record`, the one step every spider's listings go
through, so no platform can forget it. docs/operator-console.md states the rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from index.model import Location, Service

WITHHELD = "[withheld: private address]"

_PRIVATE_KEYS = frozenset(
    {
        "addressprivate",
        "privateaddress",
        "addressisprivate",
        "hideaddress",
        "addresshidden",
        "addresswithheld",
        "withholdaddress",
        "confidentialaddress",
        "addressconfidential",
    }
)
_PUBLIC_KEYS = frozenset({"displayaddress", "showaddress", "publishaddress", "addresspublic"})
_YES = frozenset({"yes", "y", "true", "1", "private", "withheld", "hidden", "confidential"})
_NO = frozenset({"no", "n", "false", "0", "hidden", "private"})

_PRIVATE_TEXT = re.compile(
    r"(?i)\b(?:address\s+(?:is\s+)?(?:private|withheld|confidential|hidden)"
    r"|private\s+address|home\s+address\s+(?:is\s+)?(?:private|withheld|not)"
    r"|address\s+(?:is\s+)?not\s+(?:shown|displayed|published|given|available))\b"
)

_ADDRESS_KEY = re.compile(
    r"^(?:address(?:line)?\d*|(?:physical|postal|street|venue|full|home)addresse?s?"
    r"|addresses|street|streetaddress|line\d|postcode|postalcode|zip|zipcode"
    r"|lat|latitude|lng|lon|long|longitude|geo|coordinates|geolocation|position)$"
)


def _squash(key: object) -> str:
    return re.sub(r"[^a-z0-9]", "", str(key).lower())


def _yes(value: Any) -> bool:
    if isinstance(value, bool | int | float):
        return bool(value)
    return isinstance(value, str) and value.strip().lower() in _YES


def _no(value: Any) -> bool:
    if isinstance(value, bool | int | float):
        return not value
    return isinstance(value, str) and value.strip().lower() in _NO


def _raw_flags(raw: Any) -> bool:
    if isinstance(raw, Mapping):
        for key, value in raw.items():
            name = _squash(key)
            if name in _PRIVATE_KEYS and _yes(value):
                return True
            if name in _PUBLIC_KEYS and _no(value):
                return True
            if isinstance(value, Mapping | list) and _raw_flags(value):
                return True
    elif isinstance(raw, list):
        return any(_raw_flags(v) for v in raw)
    return False


def _location_texts(locations: Iterable[Location]) -> Iterable[str]:
    for loc in locations:
        for text in (loc.name, loc.description, loc.address_1, loc.address_2):
            if text:
                yield text


def address_is_private(raw: Mapping[str, Any], service: Service) -> bool:
    """Does the source flag this listing's address as private (see the module docstring)?"""
    if _raw_flags(raw):
        return True
    return any(_PRIVATE_TEXT.search(t) for t in _location_texts(service.locations))


def _address_values(service: Service) -> list[str]:
    """The address strings to hunt for in the raw evidence (street lines, postcodes)."""
    found: list[str] = []
    for loc in service.locations:
        for text in (loc.address_1, loc.address_2, loc.postal_code, loc.name):
            if text and len(text.strip()) >= 4:
                found.append(" ".join(text.lower().split()))
    return found


def _withhold_raw(value: Any, secrets: list[str]) -> Any:
    if isinstance(value, Mapping):
        out: dict[str, Any] = {}
        for key, item in value.items():
            name = _squash(key)
            if name in _PRIVATE_KEYS or name in _PUBLIC_KEYS:
                out[key] = item
            elif _ADDRESS_KEY.match(name):
                out[key] = WITHHELD
            else:
                out[key] = _withhold_raw(item, secrets)
        return out
    if isinstance(value, list):
        return [_withhold_raw(v, secrets) for v in value]
    if isinstance(value, str):
        flat = " ".join(value.lower().split())
        if any(secret in flat for secret in secrets):
            return WITHHELD
    return value


def withhold_private_address(
    service: Service, raw: Mapping[str, Any]
) -> tuple[Service, dict[str, Any]]:
    """The listing without its address: street lines, postcode and position gone from the
    service; every address field, and any raw string containing the address, replaced."""
    secrets = _address_values(service)
    clean = service.model_copy(
        update={
            "locations": [loc.without_address() for loc in service.locations],
            "description": _scrub(service.description, secrets),
            "eligibility_description": _scrub(service.eligibility_description, secrets),
            "referral": _scrub(service.referral, secrets),
        }
    )
    return clean, _withhold_raw(dict(raw), secrets)


def _scrub(text: str | None, secrets: list[str]) -> str | None:
    """Free text with the address written into it replaced ("find us at 12 Acacia Avenue")."""
    if not text:
        return text
    for secret in secrets:
        pattern = r"\s+".join(re.escape(part) for part in secret.split())
        text = re.sub(pattern, WITHHELD, text, flags=re.IGNORECASE)
    return text
