"""A small, realistic London directory for the API tests, stored the way the pipeline stores it.

Four sources (a Harrow Marketplace, CarePlace, a Hillingdon kb5 directory, a Brent ORUK feed)
publish source records through real harvest runs; merged services are built from those records
with per-field provenance (one service is listed by two sources and takes fields from each);
one Hillingdon run is quarantined. Coordinates come from the real postcode gazetteer, and
categories from the real Signpost taxonomy, so search, distance and facets behave as in
production. One listing is hostile (markup and script in its name and description).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from index.geo import Gazetteer
from index.model import (
    CostOption,
    Location,
    MergedService,
    Organization,
    Phone,
    ProvenanceEntry,
    Schedule,
    Service,
    SourceRecord,
    stable_id,
)
from index.sources import SourceConfig
from index.store import Store
from index.taxonomy import assign_signpost_terms

NOW = datetime(2025, 11, 20, 9, 0, tzinfo=UTC)

SOURCES = [
    SourceConfig(
        id="harrow-marketplace",
        name="Harrow Care and Support",
        kind="oo_marketplace",
        base_url="https://harrow.example.org/kb5/harrow/asch/",
        borough="Harrow",
        priority=70,
    ),
    SourceConfig(
        id="careplace",
        name="CarePlace London",
        kind="careplace",
        base_url="https://careplace.example.org/",
        priority=50,
    ),
    SourceConfig(
        id="hillingdon-kb5",
        name="Hillingdon Family Information",
        kind="oo_kb5",
        base_url="https://hillingdon.example.org/kb5/hillingdon/fsd/",
        borough="Hillingdon",
        interval_hours=24,
    ),
    SourceConfig(
        id="brent-oruk",
        name="Brent Open Referral feed",
        kind="oruk",
        base_url="https://brent.example.org/oruk/",
        borough="Brent",
    ),
]


@dataclass
class Listing:
    """One service as one or two sources list it."""

    key: str
    service: dict[str, Any]
    postcode: str
    sources: list[str]
    address: str
    extra: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Per secondary source, the fields that source adds (e.g. CarePlace has the phone)."""


WEEKDAYS = "MO,TU,WE,TH,FR"

LISTINGS = [
    Listing(
        key="debt",
        postcode="HA1 2XY",
        address="Civic Centre, Station Road",
        sources=["harrow-marketplace", "careplace"],
        service={
            "name": "Harrow Debt Advice Service",
            "description": "<p>Free, confidential help with <b>debts</b>, bills and money "
            "worries. Advisers can talk to creditors for you.</p>",
            "url": "https://www.harrowcab.example.org.uk/debt",
            "fees_description": "Free",
            "is_free": True,
            "minimum_age": 18,
            "categories": ["Debt advice"],
            "organization": Organization(name="Harrow Citizens Advice", charity_number="1090261"),
            "schedules": [Schedule(byday=WEEKDAYS, opens_at="09:00", closes_at="17:00")],
            "languages": ["English", "Gujarati"],
            "referral": "Self-referral by phone or drop-in",
        },
        extra={
            "careplace": {
                "phones": [Phone(number="+442084271234")],
                "email": "advice@harrowcab.example.org.uk",
            }
        },
    ),
    Listing(
        key="jobs",
        postcode="HA3 5BD",
        address="Wealdstone Library, Grant Road",
        sources=["harrow-marketplace"],
        service={
            "name": "Harrow Jobs Club",
            "description": "Employment support: CV writing, job search and interview practice "
            "with a work coach.",
            "is_free": True,
            "fees_description": "Free",
            "categories": ["Employment support"],
            "organization": Organization(name="Harrow Council Xcite"),
            "schedules": [Schedule(byday="TU", opens_at="10:00", closes_at="12:00")],
            "phones": [Phone(number="+442088631234")],
        },
    ),
    Listing(
        key="walks",
        postcode="UB8 1UW",
        address="Uxbridge Civic Centre, High Street",
        sources=["hillingdon-kb5"],
        service={
            "name": "Uxbridge Health Walks",
            "description": "Friendly led walking group for all abilities, every Wednesday.",
            "is_free": True,
            "categories": ["Physical activity", "Walking"],
            "organization": Organization(name="Hillingdon Health Walks"),
            "schedules": [Schedule(byday="WE", opens_at="10:30", closes_at="12:00")],
        },
    ),
    Listing(
        key="smoking",
        postcode="HA9 0FJ",
        address="Brent Civic Centre, 32 Engineers Way, Wembley",
        sources=["brent-oruk"],
        service={
            "name": "Brent Stop Smoking Service",
            "description": "Free support to quit smoking: advice, nicotine replacement and "
            "weekly check-ins.",
            "is_free": True,
            "categories": ["Stop smoking"],
            "organization": Organization(name="Brent Council Public Health", id="org-brent-ph"),
            "phones": [Phone(number="+442089371234")],
            "email": "stopsmoking@brent.example.gov.uk",
        },
    ),
    Listing(
        key="daycentre",
        postcode="UB4 0LT",
        address="Hayes Day Centre, Botwell Lane",
        sources=["hillingdon-kb5"],
        service={
            "name": "Hayes Day Centre for adults with learning disabilities",
            "description": "Day opportunities, arts and crafts and life skills for adults with "
            "a learning disability. Open on Saturdays.",
            "fees_description": "£12 per day",
            "is_free": False,
            "cost_options": [CostOption(option="Day session", amount=12.0)],
            "minimum_age": 18,
            "categories": ["Learning disability", "Day centres"],
            "organization": Organization(name="Hayes Community Care"),
            "schedules": [Schedule(byday="SA", opens_at="10:00", closes_at="16:00")],
        },
    ),
    Listing(
        key="riding",
        postcode="NW10 4UG",
        address="Willesden Riding Centre, Harlesden Road",
        sources=["brent-oruk", "careplace"],
        service={
            "name": "Riding for the Disabled – Willesden",
            "description": "Horse riding sessions for disabled children and adults.",
            "fees_description": "£15 per session",
            "is_free": False,
            "minimum_age": 4,
            "maximum_age": 99,
            "categories": ["Disability", "Sport and leisure"],
            "organization": Organization(name="RDA Willesden Group", charity_number="244108"),
        },
    ),
    Listing(
        key="it",
        postcode="HA0 4TL",
        address="Wembley Library, Brent Civic Centre",
        sources=["brent-oruk"],
        service={
            "name": "Silver Surfers IT Classes",
            "description": "Computer classes for people over 50: email, video calls and staying "
            "safe online.",
            "is_free": True,
            "minimum_age": 50,
            "categories": ["IT classes"],
            "organization": Organization(name="Age UK Brent"),
        },
    ),
    Listing(
        key="gp",
        postcode="HA1 2AA",
        address="Harrow Road Medical Centre, 12 College Road",
        sources=["harrow-marketplace"],
        service={
            "name": "Harrow Road Medical Centre",
            "description": "NHS GP surgery: appointments with a doctor or practice nurse.",
            "categories": ["GP services"],
            "organization": Organization(name="Harrow Road Medical Centre"),
            "phones": [Phone(number="+442084270000")],
            "schedules": [Schedule(byday=WEEKDAYS, opens_at="08:00", closes_at="18:30")],
        },
    ),
    Listing(
        key="foodbank",
        postcode="E17 4JF",
        address="St Saviour's Church, Markhouse Road",
        sources=["careplace"],
        service={
            "name": "Walthamstow Food Bank",
            "description": "Emergency food parcels with a voucher from a referral agency.",
            "is_free": True,
            "categories": ["Food banks"],
            "organization": Organization(name="Waltham Forest Foodbank"),
        },
    ),
    Listing(
        key="carers",
        postcode="UB10 0BS",
        address="Carers Centre, Long Lane, Ickenham",
        sources=["hillingdon-kb5"],
        service={
            "name": "Hillingdon Carers Support",
            "description": "Advice, breaks and a support group for unpaid carers.",
            "is_free": True,
            "categories": ["Carers"],
            "organization": Organization(name="Hillingdon Carers"),
        },
    ),
    Listing(
        key="hostile",
        postcode="SE1 7PB",
        address="1 Hostile Street",
        sources=["careplace"],
        service={
            "name": '<img src=x onerror="alert(1)">Benefits Help Lambeth',
            "description": "<script>alert('x')</script><p>Help with <b>benefits</b> claims."
            '<a href="javascript:alert(2)">click</a></p>',
            "categories": ["Benefits advice"],
            "organization": Organization(name="<b>Lambeth</b> Advice"),
        },
    ),
]


def _location(gazetteer: Gazetteer, listing: Listing) -> Location:
    info = gazetteer.lookup(listing.postcode)
    return Location(
        address_1=listing.address,
        city="London",
        postal_code=info.postcode,
        latitude=info.latitude,
        longitude=info.longitude,
        borough=info.borough,
    )


def _record(source_id: str, listing: Listing, service: Service, when: datetime) -> SourceRecord:
    source = next(s for s in SOURCES if s.id == source_id)
    return SourceRecord(
        source_id=source_id,
        listing_key=f"{listing.key}-{source_id}",
        source_url=f"{source.base_url}service/{listing.key}",
        fetched_at=when,
        raw={"title": service.name},
        service=service,
    )


def _credit(
    provenance: dict[str, list[ProvenanceEntry]], rec: SourceRecord, fields: list[str]
) -> None:
    """These fields of the merged service were taken from ``rec``."""
    for name in fields:
        provenance[name] = [
            ProvenanceEntry(
                record_id=rec.id,
                source_id=rec.source_id,
                source_url=rec.source_url,
                fetched_at=rec.fetched_at,
            )
        ]


@dataclass
class Directory:
    store: Store
    merged: list[MergedService]
    by_key: dict[str, MergedService]
    records: dict[str, list[SourceRecord]]
    quarantined_run: int


def build_directory(path: Path, gazetteer: Gazetteer) -> Directory:
    store = Store(path)
    store.sync_sources(SOURCES)
    records: dict[str, list[SourceRecord]] = {s.id: [] for s in SOURCES}
    merged: list[MergedService] = []
    by_key: dict[str, MergedService] = {}
    for n, listing in enumerate(LISTINGS):
        when = NOW - timedelta(hours=n)
        location = _location(gazetteer, listing)
        primary_id = listing.sources[0]
        base = Service(id="tmp", locations=[location], **listing.service)
        members = [_record(primary_id, listing, base, when)]
        provenance: dict[str, list[ProvenanceEntry]] = {}

        _credit(provenance, members[0], [*listing.service, "locations"])
        combined = base.model_dump()
        for other in listing.sources[1:]:
            adds = listing.extra.get(other, {})
            copy = base.model_copy(update=adds)
            rec = _record(other, listing, copy, when - timedelta(days=1))
            members.append(rec)
            _credit(provenance, rec, list(adds))
            combined.update({k: v for k, v in copy.model_dump().items() if k in adds})
        for rec in members:
            records[rec.source_id].append(rec)
        merged_id = "s-" + stable_id(*sorted(r.id for r in members))
        service = assign_signpost_terms(Service.model_validate({**combined, "id": merged_id}))
        _credit(provenance, members[0], ["taxonomy_terms"])
        m = MergedService(
            id=merged_id,
            service=service,
            member_ids=sorted(r.id for r in members),
            provenance=provenance,
            source_ids=sorted({r.source_id for r in members}),
            updated_at=NOW,
        )
        merged.append(m)
        by_key[listing.key] = m
    for source in SOURCES:
        run = store.start_run(source.id)
        store.publish_run(run, records[source.id], {"pages": len(records[source.id])})
    quarantined = store.start_run("hillingdon-kb5")
    store.quarantine_run(
        quarantined,
        records["hillingdon-kb5"][:1],
        "shrank from 3 to 1 listings (more than 50%)",
        {"pages": 1},
    )
    store.replace_merged(merged)
    return Directory(store, merged, by_key, records, quarantined)
