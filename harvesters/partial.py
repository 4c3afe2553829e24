"""A partial record: what a list page showed of a listing whose own page failed.

A detail page that answers 404 or 500, times out or cannot be read used to drop its service
from the run, although the list page had already named it, linked it and often given its
summary, phone, e-mail or website. A spider hands that card to the request for the detail
page (``SourceSpider.page(..., fallback=card(...))``); if the page fails, the card becomes a
record marked ``raw["partial"]`` (with the reason), counted in the run report. A complete
read replaces it on the next run, and a previous complete version of the listing is always
kept instead of a partial one (``signpost.harvest``): the list still shows the listing, so
even a 404 is a broken link, not the service gone.

Identity stays strict: a card without a name or a key makes no record.
"""

from __future__ import annotations

from typing import Any

from harvesters.items import Listing
from harvesters.normalise import (
    clean_text,
    normalise_email,
    normalise_url,
    phones_from,
    postcode_from,
    split_address,
)
from harvesters.values import position
from index.model import Location, Organization, Service


def card(
    *,
    key: str,
    name: str | None,
    listed_on: str,
    summary: str | None = None,
    phones: list[str] | None = None,
    email: str | None = None,
    website: str | None = None,
    address: list[str] | str | None = None,
    postcode: str | None = None,
    latitude: str | float | None = None,
    longitude: str | float | None = None,
    organisation: str | None = None,
    borough: str | None = None,
) -> dict[str, Any]:
    """The JSON-able card of one listing as its list page showed it (empty fields left out)."""
    values: dict[str, Any] = {
        "key": key,
        "name": name,
        "listed_on": listed_on,
        "summary": summary,
        "phones": [p for p in (phones or []) if p],
        "email": email,
        "website": website,
        "address": address,
        "postcode": postcode,
        "latitude": latitude,
        "longitude": longitude,
        "organisation": organisation,
        "borough": borough,
    }
    return {k: v for k, v in values.items() if v not in (None, "", [])}


def partial_listing(fallback: dict[str, Any], url: str, reason: str) -> Listing | None:
    """The partial record for a listing whose page ``url`` failed with ``reason``, or None
    when the card does not identify it (no name or no key)."""
    name = clean_text(fallback.get("name"))
    key = clean_text(str(fallback.get("key") or ""))
    if not name or not key:
        return None
    address = fallback.get("address")
    lines = address if isinstance(address, list) else ([address] if address else [])
    parts = split_address([str(x) for x in lines]) if lines else None
    postcode = postcode_from(fallback.get("postcode"), *reversed([str(x) for x in lines]))
    latitude, longitude = position(fallback.get("latitude"), fallback.get("longitude"))
    locations = []
    if parts or postcode or latitude is not None:
        locations.append(
            Location(
                name=parts["name"] if parts else None,
                address_1=parts["address_1"] if parts else None,
                address_2=parts["address_2"] if parts else None,
                city=parts["city"] if parts else None,
                postal_code=postcode,
                latitude=latitude,
                longitude=longitude,
                borough=clean_text(fallback.get("borough")),
            )
        )
    organisation = clean_text(fallback.get("organisation"))
    service = Service(
        id="pending",
        name=name,
        description=clean_text(fallback.get("summary")),
        url=normalise_url(fallback.get("website"), url),
        email=normalise_email(fallback.get("email")),
        phones=phones_from(fallback.get("phones") or []),
        organization=Organization(name=organisation) if organisation else None,
        locations=locations,
    )
    raw = {
        "partial": {"reason": reason, "listed_on": fallback.get("listed_on")},
        "listing": fallback,
    }
    return Listing(listing_key=key, source_url=url, service=service, raw=raw)


def marked_partial(
    listing: Listing, item: dict[str, Any], listed_on: str | None, reason: str
) -> Listing:
    """``listing`` — made by a platform's own mapper from a list item that is richer than a
    card (an ORUK item, a Connected Places service, a Connect to Support result) — marked
    partial, with the item as its evidence."""
    listing.raw = {"partial": {"reason": reason, "listed_on": listed_on}, "listing": item}
    return listing


def is_partial(raw: dict[str, Any]) -> bool:
    """Whether a record's raw evidence marks it partial."""
    return isinstance(raw.get("partial"), dict)
