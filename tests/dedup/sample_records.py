"""Source records for the sample sources' listings, built the way the harvesters normalise.

The HTML spiders for every sample platform had not all landed when the dedup ground-truth test
was written, so the records are built straight from each source's listings (what the sample
sites render, ``samples``) with the harvesters' own normalisers for phones, e-mails,
web addresses and postcodes. The ground-truth service id is never put into a record.
"""

from __future__ import annotations

from datetime import UTC, datetime

from harvesters.normalise import (
    clean_text,
    normalise_email,
    normalise_url,
    phones_from,
    postcode_from,
)
from index.model import Location, Organization, Service, SourceRecord
from samples.dataset import Listing
from samples.truth import GroundTruth

FETCHED = datetime(2025, 11, 20, 6, 0, tzinfo=UTC)


def _location(item: Listing) -> list[Location]:
    place = item.address
    if place is None:
        return []
    postcode = postcode_from(place.postcode, place.line1, place.line2)
    return [
        Location(
            name=clean_text(place.venue),
            address_1=clean_text(place.line1),
            address_2=clean_text(place.line2),
            city=clean_text(place.town),
            postal_code=postcode,
            latitude=place.latitude if place.longitude is not None else None,
            longitude=place.longitude if place.latitude is not None else None,
            borough=place.borough,
        )
    ]


def _last_modified(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text).replace(tzinfo=UTC)
    except ValueError:
        return None


def record_for(item: Listing) -> SourceRecord:
    service = Service(
        id="pending",
        name=clean_text(item.name) or "",
        description=clean_text(item.description),
        url=normalise_url(item.website),
        email=normalise_email(item.email),
        status=item.status,  # type: ignore[arg-type]
        is_free=item.is_free,
        eligibility_description=clean_text(item.eligibility),
        minimum_age=item.min_age,
        maximum_age=item.max_age,
        languages=list(item.languages),
        accessibility=list(item.accessibility),
        referral=clean_text(item.referral),
        organization=Organization(name=item.org_name) if item.org_name else None,
        locations=_location(item),
        phones=[] if item.hidden_contact else phones_from([item.phone]),
        categories=list(item.categories),
        last_modified=_last_modified(item.last_modified),
    )
    return SourceRecord(
        source_id=item.source_id,
        listing_key=item.key,
        source_url=f"http://127.0.0.1/{item.source_id}/{item.path or item.key}",
        fetched_at=FETCHED,
        service=service,
    )


def sample_records(truth: GroundTruth) -> tuple[list[SourceRecord], dict[str, str]]:
    """Every listing live at generation 0, and record id → ground-truth service id."""
    records: list[SourceRecord] = []
    labels: dict[str, str] = {}
    for source_id in truth.sources():
        live = truth.listings(source_id)
        for item in truth.dataset.listings_of(source_id):
            if item.key not in live:
                continue
            record = record_for(item)
            records.append(record)
            labels[record.id] = item.service_id
    return records, labels
