"""Hand-built source records for the dedup tests: one call per listing, only the fields a case
needs."""

from __future__ import annotations

from datetime import UTC, datetime

from index.model import Location, Organization, Phone, Service, SourceRecord

FETCHED = datetime(2025, 5, 1, 9, 0, tzinfo=UTC)


def listing(
    source: str,
    key: str,
    name: str,
    *,
    address: str | None = None,
    postcode: str | None = None,
    city: str | None = None,
    borough: str | None = None,
    point: tuple[float, float] | None = None,
    phones: tuple[str, ...] = (),
    email: str | None = None,
    website: str | None = None,
    charity: str | None = None,
    company: str | None = None,
    org: str | None = None,
    description: str | None = None,
    categories: tuple[str, ...] = (),
    status: str = "active",
    last_modified: datetime | None = None,
    fetched_at: datetime = FETCHED,
) -> SourceRecord:
    locations = []
    if address or postcode or city or borough or point:
        locations.append(
            Location(
                address_1=address,
                postal_code=postcode,
                city=city,
                borough=borough,
                latitude=point[0] if point else None,
                longitude=point[1] if point else None,
            )
        )
    organization = (
        Organization(name=org or name, charity_number=charity, company_number=company)
        if org or charity or company
        else None
    )
    return SourceRecord(
        source_id=source,
        listing_key=key,
        source_url=f"https://{source}.example/{key}",
        fetched_at=fetched_at,
        service=Service(
            id="pending",
            name=name,
            description=description,
            url=website,
            email=email,
            status=status,  # type: ignore[arg-type]
            organization=organization,
            locations=locations,
            phones=[Phone(number=p) for p in phones],
            categories=list(categories),
            last_modified=last_modified,
        ),
    )
