"""The private-address rule, through the harvester's record builder (``build_record``, which every
spider's listings pass): which flags count, and what is withheld."""

from __future__ import annotations

from typing import Any

import pytest

from harvesters.items import Listing
from harvesters.pipeline import build_record
from harvesters.privacy import WITHHELD, address_is_private
from index.model import Location, Phone, Service

STREET = "27 Cavendish Avenue"


def _listing(raw: dict[str, Any], **location: Any) -> Listing:
    loc = {
        "address_1": STREET,
        "city": "Greenford",
        "postal_code": "UB6 8DE",
        "latitude": 51.53,
        "longitude": -0.35,
        "borough": "Ealing",
        **location,
    }
    service = Service(
        id="x",
        name="Little Acorns Childminding",
        description=f"<p>Home-from-home care at {STREET.upper()}, Greenford.</p>",
        phones=[Phone(number="+447700900951")],
        locations=[Location(**loc)],
    )
    return Listing("WLCS80011", "https://example.org/services.csv", service, raw)


@pytest.mark.parametrize(
    "raw",
    [
        {"Address Private": "Yes"},
        {"address_private": True},
        {"PRIVATE ADDRESS": "y"},
        {"hide-address": "1"},
        {"Address withheld": "TRUE"},
        {"Display Address": "No"},
        {"show_address": False},
        {"location": {"address": STREET, "publish_address": "false"}},
    ],
)
def test_flags_that_make_an_address_private(raw: dict[str, Any]) -> None:
    record = build_record("ealing", _listing(raw))
    (loc,) = record.service.locations
    assert (loc.address_1, loc.postal_code, loc.latitude, loc.longitude) == (None,) * 4
    assert (loc.city, loc.borough) == ("Greenford", "Ealing")
    assert STREET.lower() not in record.model_dump_json().lower()
    assert record.service.phones  # only the address is private


@pytest.mark.parametrize(
    "location",
    [
        {"description": "Address withheld: this childminder works from home"},
        {"address_2": "Private address - ask for directions"},
        {"name": "Home address not shown"},
    ],
)
def test_words_on_the_listing_also_count(location: dict[str, Any]) -> None:
    record = build_record("kb5", _listing({}, **location))
    assert record.service.locations[0].postal_code is None


@pytest.mark.parametrize(
    "raw",
    [
        {},
        {"Address Private": "No"},
        {"Address Private": ""},
        {"Display Address": "Yes"},
        {"Notes": "Our address is on the leaflet"},
    ],
)
def test_listings_without_the_flag_keep_their_address(raw: dict[str, Any]) -> None:
    listing = _listing(raw)
    assert not address_is_private(raw, listing.service)
    record = build_record("ealing", listing)
    assert record.service.locations[0].address_1 == STREET
    assert record.service.locations[0].postal_code == "UB6 8DE"


def test_raw_evidence_keeps_the_flag_and_loses_every_address_value() -> None:
    raw = {
        "ID": "WLCS80011",
        "Address Line 1": STREET,
        "Postcode": "UB6 8DE",
        "Latitude": "51.53",
        "Longitude": "-0.35",
        "Town": "Greenford",
        "Email": "littleacorns@example.com",
        "Notes": f"Parking outside {STREET}",
        "Address Private": "Yes",
        "physical_addresses": [{"address_1": STREET, "postal_code": "UB6 8DE"}],
    }
    record = build_record("ealing", _listing(raw))
    assert record.raw == {
        "ID": "WLCS80011",
        "Address Line 1": WITHHELD,
        "Postcode": WITHHELD,
        "Latitude": WITHHELD,
        "Longitude": WITHHELD,
        "Town": "Greenford",
        "Email": "littleacorns@example.com",
        "Notes": WITHHELD,
        "Address Private": "Yes",
        "physical_addresses": WITHHELD,
    }
    assert WITHHELD in (record.service.description or "")
    assert "cavendish" not in (record.service.description or "").lower()


def test_the_source_borough_fills_in_when_the_listing_gave_none() -> None:
    record = build_record("ealing", _listing({"Address Private": "Yes"}, borough=None), "Ealing")
    assert record.service.locations[0].borough == "Ealing"
