"""A small directory for the console tests, stored the way harvests store it (real runs through
``Store.publish_run`` / ``quarantine_run``, merged by the real dedup step).

It is built to exercise each console page:

* coverage: "Stop smoking" is listed in Harrow, Brent and Ealing but not Bexley (a gap);
* the review queue: the same carers' drop-in listed by two sources with a looser address
  match (an uncertain pair), and a food bank listed twice that dedup merges;
* data protection: a childminder's listing full of personal data (her name, mobile, e-mail and
  home address, also in the description and in the raw page evidence);
* stale listings: one listing its source last changed in 2023;
* quarantine: an Ealing run that lost most listings and changed one;
* a hostile listing whose name and description carry markup.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from harvesters.gates import fill_rates
from index.model import Location, Organization, Phone, Service, SourceRecord
from index.sources import SourceConfig
from index.store import Store
from signpost.dedup_step import run_dedup

NOW = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)

SOURCES = [
    SourceConfig(
        id="harrow-dir", name="Harrow Directory", kind="oo_marketplace",
        base_url="https://harrow.example.org/", borough="Harrow", priority=60,
    ),
    SourceConfig(
        id="brent-dir", name="Brent Directory", kind="oo_kb5",
        base_url="https://brent.example.org/", borough="Brent",
    ),
    SourceConfig(
        id="ealing-dir", name="Ealing Open Data", kind="csv",
        base_url="https://ealing.example.org/services.csv", borough="Ealing",
    ),
    SourceConfig(
        id="bexley-dir", name="Bexley Directory", kind="fid",
        base_url="https://bexley.example.org/", borough="Bexley",
    ),
    SourceConfig(
        id="careplace", name="CarePlace", kind="careplace",
        base_url="https://careplace.example.org/", priority=40,
    ),
]  # fmt: skip

CHILDMINDER_EMAIL = "jane.smith.childcare@example.org"
CHILDMINDER_MOBILE = "+447700900123"
CHILDMINDER_STREET = "12 Acacia Avenue"
CHILDMINDER_POSTCODE = "HA2 0XX"
CHILDMINDER_NAME = "Jane Smith"


def _loc(street: str, postcode: str, borough: str, city: str = "London") -> Location:
    return Location(address_1=street, postal_code=postcode, borough=borough, city=city)


LISTINGS: list[tuple[str, str, dict[str, Any]]] = [
    (
        "harrow-dir",
        "h-smoke",
        {
            "name": "Harrow Stop Smoking Service",
            "description": "Free help to stop smoking with a trained adviser.",
            "categories": ["Stop smoking"],
            "phones": [Phone(number="+442084160000")],
            "locations": [_loc("Civic Centre, Station Road", "HA1 2XY", "Harrow")],
            "organization": Organization(name="Harrow Public Health"),
        },
    ),
    (
        "brent-dir",
        "b-smoke",
        {
            "name": "Brent Stop Smoking Clinic",
            "description": "Quit smoking with weekly support and nicotine replacement.",
            "categories": ["Stop smoking"],
            "locations": [_loc("32 Engineers Way", "HA9 0FJ", "Brent", "Wembley")],
            "organization": Organization(name="Brent Public Health"),
        },
    ),
    (
        "ealing-dir",
        "e-smoke",
        {
            "name": "Ealing Quit Smoking Support",
            "description": "Stop smoking support in Ealing: advice and medication.",
            "categories": ["Stop smoking"],
            "locations": [_loc("14 Uxbridge Road", "W5 2HL", "Ealing")],
        },
    ),
    (
        "bexley-dir",
        "x-debt",
        {
            "name": "Bexley Debt Advice",
            "description": "Free debt advice by appointment.",
            "categories": ["Debt advice"],
            "locations": [_loc("2 Watling Street", "DA6 7AT", "Bexley", "Bexleyheath")],
            "last_modified": datetime(2023, 1, 10, tzinfo=UTC),
        },
    ),
    (
        "harrow-dir",
        "h-childminder",
        {
            "name": "Sunflower Childminding",
            "description": f"Ofsted registered childminder. Call {CHILDMINDER_NAME} on 07700 900123"
            f" or email {CHILDMINDER_EMAIL} for a place.",
            "categories": ["Childminders"],
            "email": CHILDMINDER_EMAIL,
            "phones": [Phone(number=CHILDMINDER_MOBILE)],
            "locations": [_loc(CHILDMINDER_STREET, CHILDMINDER_POSTCODE, "Harrow", "Harrow")],
            "organization": Organization(name="Sunflower Childminding", email=CHILDMINDER_EMAIL),
        },
    ),
    (
        "harrow-dir",
        "h-carers",
        {
            "name": "Harrow Carers Drop-in",
            "description": "A weekly drop-in for unpaid carers.",
            "categories": ["Carers"],
            "locations": [_loc("376 Station Road", "HA1 2DE", "Harrow", "Harrow")],
        },
    ),
    (
        "careplace",
        "c-carers",
        {
            "name": "Harrow Carers Drop-in",
            "description": "Support and a cup of tea for carers, every Tuesday.",
            "categories": ["Carers"],
            "locations": [_loc("Harrow Arts Centre, 177 Uxbridge Road", "HA1 4HZ", "Harrow")],
        },
    ),
    (
        "harrow-dir",
        "h-foodbank",
        {
            "name": "Harrow Food Bank",
            "description": "Emergency food parcels with a voucher.",
            "categories": ["Food banks"],
            "email": "info@harrowfoodbank.example.org",
            "phones": [Phone(number="+442084271111")],
            "locations": [_loc("Harrow Baptist Church, College Road", "HA1 1BA", "Harrow")],
        },
    ),
    (
        "careplace",
        "c-foodbank",
        {
            "name": "Harrow Foodbank",
            "description": "Food parcels for people in crisis (referral needed).",
            "categories": ["Food banks"],
            "email": "info@harrowfoodbank.example.org",
            "phones": [Phone(number="+442084271111")],
            "locations": [_loc("Harrow Baptist Church, College Road", "HA1 1BA", "Harrow")],
        },
    ),
    (
        "brent-dir",
        "b-hostile",
        {
            "name": "<script>alert('x')</script>Brent Lunch Club",
            "description": "<b>Hot lunches</b> on Thursdays <img src=x onerror=alert(1)>",
            "categories": ["Lunch clubs"],
            "locations": [_loc("1 High Road", "NW10 2XA", "Brent")],
        },
    ),
]

QUARANTINE_SOURCE = "ealing-dir"


@dataclass
class ConsoleDirectory:
    store: Store
    records: dict[str, SourceRecord]
    """By listing key."""
    quarantined_run: int

    def record_id(self, key: str) -> str:
        return self.records[key].id

    def merged_id(self, key: str) -> str:
        merged = self.store.merged_id_for_record(self.record_id(key))
        assert merged is not None
        return merged


def make_record(source_id: str, key: str, fields: dict[str, Any]) -> SourceRecord:
    raw = {"name": fields["name"], "page": f"/{key}"}
    if key == "h-childminder":
        raw.update(contact_name=CHILDMINDER_NAME, address=CHILDMINDER_STREET, mobile="07700 900123")
    return SourceRecord(
        source_id=source_id,
        listing_key=key,
        source_url=f"https://{source_id}.example.org/services/{key}",
        fetched_at=NOW,
        raw=raw,
        service=Service(id="x", **fields),
    )


def all_records() -> dict[str, SourceRecord]:
    return {key: make_record(source, key, fields) for source, key, fields in LISTINGS}


def publish_all(store: Store, records: dict[str, SourceRecord]) -> dict[str, int]:
    """One published run per source with that source's records; run ids by source."""
    runs = {}
    for source in SOURCES:
        run = store.start_run(source.id)
        own = [r for r in records.values() if r.source_id == source.id]
        summary = {
            "pages": len(own) + 1,
            "bytes": 4096 * len(own),
            "records": len(own),
            "fill_rates": fill_rates(r.service for r in own),
        }
        store.publish_run(run, own, summary)
        runs[source.id] = run
    return runs


def build_directory(path: Path) -> ConsoleDirectory:
    store = Store(path)
    store.sync_sources(SOURCES)
    records = all_records()
    publish_all(store, records)
    # A second Ealing listing, then a run that drops it and changes the other: quarantined.
    extra = make_record(
        "ealing-dir",
        "e-walk",
        {
            "name": "Ealing Health Walks",
            "description": "Led walks every Wednesday.",
            "categories": ["Walking groups"],
            "locations": [_loc("Walpole Park", "W5 5EQ", "Ealing")],
        },
    )
    run = store.start_run("ealing-dir")
    pair = [records["e-smoke"], extra]
    summary = {"pages": 3, "bytes": 9000, "fill_rates": fill_rates(r.service for r in pair)}
    store.publish_run(run, pair, summary)
    records["e-walk"] = extra
    changed = records["e-smoke"].service.model_copy(
        update={"description": "Stop smoking support has moved online.", "phones": []}
    )
    bad = store.start_run("ealing-dir")
    store.quarantine_run(
        bad,
        [make_record("ealing-dir", "e-smoke", changed.model_dump(exclude={"id"}))],
        "shrunk by 50% (2 → 1 listings), more than the 40% allowed",
        {"records": 1, "pages": 1, "bytes": 2000, "fill_rates": {"description": 1.0}},
    )
    run_dedup(store)
    return ConsoleDirectory(store=store, records=records, quarantined_run=bad)
