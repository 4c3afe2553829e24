"""A feed's position mended at harvest, whatever the spider: written the wrong way round it
is turned back, nowhere in Britain it is dropped so the postcode places the listing; each with
a logged reason, and ``raw`` keeps what the source said."""

from __future__ import annotations

import logging

import pytest

from harvesters.items import Listing
from harvesters.pipeline import build_record
from index.model import Location, Service


def _listing(lat: float | None, lon: float | None) -> Listing:
    service = Service(
        id="pending",
        name="Harrow Carers Centre",
        locations=[
            Location(address_1="3 Station Parade", postal_code="HA2 7SE"),
            Location(
                address_1="Rayners Lane Library",
                postal_code="HA2 7SE",
                latitude=lat,
                longitude=lon,
            ),
        ],
    )
    return Listing("svc-1", "http://127.0.0.1/svc-1", service, {"lat": lat, "lon": lon})


def test_a_position_the_wrong_way_round_is_turned_back(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="harvesters.pipeline"):
        record = build_record("oruk-harrow", _listing(-0.3505, 51.5752))
    loc = record.service.locations[1]
    assert (loc.latitude, loc.longitude) == (51.5752, -0.3505)
    assert record.raw == {"lat": -0.3505, "lon": 51.5752}
    assert "oruk-harrow/svc-1: position turned round" in caplog.text


@pytest.mark.parametrize(("lat", "lon"), [(0.0, 0.0), (51.5752, 151.5), (-51.5752, -0.3505)])
def test_a_position_nowhere_in_britain_is_dropped(
    caplog: pytest.LogCaptureFixture, lat: float, lon: float
) -> None:
    with caplog.at_level(logging.WARNING, logger="harvesters.pipeline"):
        record = build_record("oruk-harrow", _listing(lat, lon))
    first, second = record.service.locations
    assert (second.latitude, second.longitude) == (None, None)
    assert second.postal_code == "HA2 7SE" and second.address_1 == "Rayners Lane Library"
    assert first == Location(address_1="3 Station Parade", postal_code="HA2 7SE")
    assert "not in Great Britain" in caplog.text and "dropped" in caplog.text


def test_a_position_in_britain_is_kept_as_given(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="harvesters.pipeline"):
        record = build_record("oruk-harrow", _listing(51.5752, -0.3505))
    loc = record.service.locations[1]
    assert (loc.latitude, loc.longitude) == (51.5752, -0.3505)
    assert caplog.text == ""
