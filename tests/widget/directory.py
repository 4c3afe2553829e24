"""A small, realistic merged directory around Harrow for the widget's browser tests.

Services are built with the canonical model and written to a real store exactly as dedup would
(merged services with members and per-field provenance), so the API process under test serves
them through the real index. Positions come from the real postcode gazetteer, so distances are
the ones a user would see. One listing is hostile: markup and script in its name, organisation
and description, and a ``javascript:`` website, which the widget must show as plain text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from index.geo import Gazetteer
from index.model import (
    Location,
    MergedService,
    Organization,
    Phone,
    ProvenanceEntry,
    Schedule,
    Service,
    SourceRecord,
    TaxonomyTerm,
    stable_id,
)
from index.sources import SourceConfig
from index.store import Store

WEEKDAYS = "MO,TU,WE,TH,FR"
EVERY_DAY = "MO,TU,WE,TH,FR,SA,SU"
HOSTILE_NAME = '<img src=x onerror="window.__pwned=1">Debt help <script>window.__pwned=2</script>'
HOSTILE_ORG = '<b onmouseover="window.__pwned=3">Totally Legit</b> Ltd'
HOSTILE_DESCRIPTION = (
    'Debt advice <script>window.__pwned=4</script><img src=x onerror="window.__pwned=5"> for all.'
)

SOURCES = [
    SourceConfig(
        id="harrow-marketplace",
        name="Harrow Care and Support",
        kind="oo_marketplace",
        base_url="https://harrow.example/marketplace",
        borough="Harrow",
        priority=60,
    ),
    SourceConfig(
        id="careplace",
        name="CarePlace",
        kind="careplace",
        base_url="https://careplace.example",
        priority=50,
    ),
    SourceConfig(
        id="brent-fid",
        name="Brent Family Information Directory",
        kind="fid",
        base_url="https://brent-fid.example",
        borough="Brent",
        priority=40,
    ),
]

TERMS = {
    "debt-advice": "Debt advice",
    "benefits-advice": "Benefits advice",
    "employment-support": "Employment support",
    "carers-support": "Support for carers",
    "lunch-clubs": "Lunch clubs",
    "gp-services": "GP and primary care",
    "mental-health": "Mental health and wellbeing",
    "crisis-support": "Crisis support",
    "food-banks": "Food banks and food support",
}
PARENTS = {
    "debt-advice": "advice",
    "benefits-advice": "advice",
    "employment-support": "work-learning",
    "carers-support": "care",
    "lunch-clubs": "activities",
    "gp-services": "health",
    "crisis-support": "mental-health",
    "food-banks": "food-money",
}


@dataclass
class Listing:
    """One real-world service as the fixture describes it (before building the model)."""

    key: str
    name: str
    org: str
    description: str
    terms: list[str]
    postcode: str
    street: str
    phone: str
    sources: list[str]
    schedules: list[tuple[str, str, str]] = field(default_factory=list)
    fees: str | None = "Free"
    is_free: bool | None = True
    url: str | None = None
    email: str | None = None


LISTINGS: list[Listing] = [
    Listing(
        "cab-harrow",
        "Harrow Debt Advice Service",
        "Harrow Citizens Advice",
        "Free, confidential help with debts, bills, bailiffs and money worries. Drop in or call.",
        ["debt-advice", "benefits-advice"],
        "HA1 2XY",
        "Civic Centre, Station Road, Harrow",
        "+442084271234",
        ["harrow-marketplace", "careplace"],
        [(WEEKDAYS, "09:00", "17:00")],
        url="https://www.harrowcab.example/debt",
        email="advice@harrowcab.example",
    ),
    Listing(
        "stepchange-harrow",
        "Debt Management Clinic",
        "StepChange Harrow Outreach",
        "One-to-one debt management plans, token payments and help with priority debts.",
        ["debt-advice"],
        "HA1 1BA",
        "Harrow Central Library, Gayton Road, Harrow",
        "+448001381111",
        ["careplace"],
        [("TU,TH", "10:00", "16:00")],
        url="https://www.stepchange.example/harrow",
    ),
    Listing(
        "money-mentors",
        "Money Mentors for Older People",
        "Age UK Harrow",
        "Volunteers help people over 60 with budgeting, debts and benefit checks at home.",
        ["debt-advice", "benefits-advice"],
        "HA3 5BD",
        "Bentley House, 15-21 Headstone Drive, Wealdstone",
        "+442088615757",
        ["harrow-marketplace"],
        [(WEEKDAYS, "09:30", "16:30")],
        url="https://www.ageukharrow.example/money",
    ),
    Listing(
        "debt-line-brent",
        "Brent Debt and Money Advice",
        "Brent Law Centre",
        "Specialist debt advice, court representation and help with rent and council tax arrears.",
        ["debt-advice"],
        "NW10 7NS",
        "Brent Civic Centre, 32 Engineers Way, Wembley",
        "+442084513737",
        ["brent-fid"],
        [(WEEKDAYS, "10:00", "16:00")],
    ),
    Listing(
        "pinner-money",
        "Pinner Money Advice Drop-in",
        "Pinner Community Association",
        "Weekly drop-in for debt, budgeting and energy bill advice with trained advisers.",
        ["debt-advice"],
        "HA5 1AB",
        "Pinner Village Hall, Chapel Lane, Pinner",
        "+442088660001",
        ["careplace"],
        [("WE", "10:00", "13:00")],
    ),
    Listing(
        "edgware-debt",
        "Edgware Debt Help Sessions",
        "Barnet Citizens Advice",
        "Help with debts, bankruptcy and debt relief orders for people living near Edgware.",
        ["debt-advice"],
        "HA8 7AW",
        "Edgware Community Hub, Station Road, Edgware",
        "+442089520000",
        ["careplace"],
        [("MO,WE", "09:00", "13:00")],
    ),
    Listing(
        "rayners-debt",
        "Rayners Lane Debt Surgery",
        "Harrow Baptist Church",
        "Monthly debt surgery with a money adviser; help with creditors and priority bills.",
        ["debt-advice"],
        "HA2 0DU",
        "Imperial Drive, Rayners Lane",
        "+442088640000",
        ["harrow-marketplace"],
        [("SA", "10:00", "12:00")],
    ),
    Listing(
        "work-harrow",
        "Harrow Employment Support Hub",
        "Xcite Harrow",
        "Employment support: job search, CVs, interview practice and help back into work.",
        ["employment-support"],
        "HA1 1HS",
        "Greenhill Way, Harrow",
        "+442084243000",
        ["harrow-marketplace", "careplace"],
        [(WEEKDAYS, "09:00", "17:00")],
        url="https://www.xcite.example/harrow",
    ),
    Listing(
        "carers-harrow",
        "Harrow Carers Centre",
        "Harrow Carers",
        "Advice, breaks and support groups for unpaid carers looking after family or friends.",
        ["carers-support"],
        "HA3 5BD",
        "Bentley House, Headstone Drive, Wealdstone",
        "+442088684060",
        ["harrow-marketplace"],
        [(WEEKDAYS, "09:00", "17:00")],
    ),
    Listing(
        "lunch-club-wealdstone",
        "Wealdstone Lunch Club",
        "Wealdstone Methodist Church",
        "A hot two-course lunch and company for older people every Tuesday. £4.",
        ["lunch-clubs"],
        "HA3 5BD",
        "High Street, Wealdstone",
        "+442084270000",
        ["careplace"],
        [("TU", "12:00", "14:00")],
        fees="£4 per meal",
        is_free=False,
    ),
    Listing(
        "gp-station-road",
        "Station Road Medical Practice",
        "Station Road Medical Practice",
        "NHS GP surgery: appointments with doctors and practice nurses, repeat prescriptions.",
        ["gp-services"],
        "HA1 2AA",
        "Station Road, Harrow",
        "+442084270707",
        ["brent-fid"],
        [(WEEKDAYS, "08:00", "18:30")],
    ),
    Listing(
        "crisis-line",
        "Harrow Mental Health Crisis Line",
        "Central and North West London NHS Foundation Trust",
        "Round-the-clock crisis support by phone for people in mental health crisis.",
        ["crisis-support", "mental-health"],
        "HA1 2XY",
        "Telephone service, Harrow",
        "+448003300000",
        ["harrow-marketplace"],
        [(EVERY_DAY, "00:00", "23:59")],
    ),
    Listing(
        "foodbank-harrow",
        "Harrow Food Bank",
        "Harrow Food Bank Trust",
        "Emergency food parcels with a referral voucher from a GP, school or advice service.",
        ["food-banks"],
        "HA2 0DU",
        "Roxeth Hill, South Harrow",
        "+442084220000",
        ["careplace"],
        [("MO,TH", "11:00", "14:00")],
    ),
    Listing(
        "hostile",
        HOSTILE_NAME,
        HOSTILE_ORG,
        HOSTILE_DESCRIPTION,
        ["debt-advice"],
        "HA1 1HS",
        '<a href="javascript:alert(1)">Lowlands</a> Road, Harrow',
        "+442080000000",
        ["careplace"],
        [(WEEKDAYS, "09:00", "17:00")],
        url="javascript:window.__pwned=6",
    ),
]


def _service(listing: Listing, gazetteer: Gazetteer, service_id: str) -> Service:
    place = gazetteer.lookup(listing.postcode)
    return Service(
        id=service_id,
        name=listing.name,
        description=listing.description,
        url=listing.url,
        email=listing.email,
        fees_description=listing.fees,
        is_free=listing.is_free,
        organization=Organization(name=listing.org),
        locations=[
            Location(
                address_1=listing.street,
                postal_code=place.postcode,
                latitude=place.latitude,
                longitude=place.longitude,
                borough=place.borough,
            )
        ],
        phones=[Phone(number=listing.phone)],
        schedules=[Schedule(byday=d, opens_at=o, closes_at=c) for d, o, c in listing.schedules],
        taxonomy_terms=[
            TaxonomyTerm(id=t, name=TERMS[t], parent_id=PARENTS.get(t)) for t in listing.terms
        ],
        categories=[TERMS[t] for t in listing.terms],
        last_modified=datetime(2025, 10, 14, 9, 30, tzinfo=UTC),
    )


def merged_id(listing: Listing) -> str:
    return "s-" + stable_id("widget-fixture", listing.key)


def build_directory(db: Path, gazetteer: Gazetteer) -> list[MergedService]:
    """Write sources, published source records and merged services into a fresh store."""
    merged: list[MergedService] = []
    records_by_source: dict[str, list[SourceRecord]] = {s.id: [] for s in SOURCES}
    fetched = datetime(2025, 11, 20, 9, 12, tzinfo=UTC)
    for listing in LISTINGS:
        members: list[SourceRecord] = []
        for source_id in listing.sources:
            record = SourceRecord(
                source_id=source_id,
                listing_key=listing.key,
                source_url=f"https://{source_id}.example/services/{listing.key}",
                fetched_at=fetched,
                raw={"name": listing.name},
                service=_service(listing, gazetteer, "pending"),
            )
            members.append(record)
            records_by_source[source_id].append(record)
        first = members[0]
        provenance = {
            name: [
                ProvenanceEntry(
                    record_id=first.id,
                    source_id=first.source_id,
                    source_url=first.source_url,
                    fetched_at=fetched,
                )
            ]
            for name in ("name", "description", "locations", "phones", "schedules")
        }
        merged.append(
            MergedService(
                id=merged_id(listing),
                service=_service(listing, gazetteer, merged_id(listing)),
                member_ids=[m.id for m in members],
                provenance=provenance,
                source_ids=list(listing.sources),
                updated_at=fetched,
            )
        )
    with Store(db) as store:
        store.sync_sources(SOURCES)
        for source_id, records in records_by_source.items():
            run_id = store.start_run(source_id)
            store.publish_run(run_id, records, {"fixture": "widget"})
        store.replace_merged(merged)
    return merged
