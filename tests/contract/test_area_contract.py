"""Service areas, as every backend must answer them (``index.search.areas``): a service with
no address but an area is found by a search in that area and shows the area, not a distance.

Two area-only services beside the London set: a Bristol youth-housing line covering
"Bristol" and "South Gloucestershire" (an ORUK feed's areas, real names), and a Harrow
befriending phone line covering "London Borough of Harrow".
"""

from __future__ import annotations

import pytest

from index.backends.protocol import SearchBackend
from index.model import MergedService, Phone, Service, ServiceArea
from index.search.types import SearchPage, SearchQuery
from tests.contract.conftest import Factory
from tests.contract.london import NOW, london_services


def _area_only(key: str, name: str, description: str, areas: list[str]) -> MergedService:
    service = Service(
        id=f"s-{key}",
        name=name,
        description=description,
        phones=[Phone(number="+441174960001")],
        service_areas=[ServiceArea(name=a) for a in areas],
    )
    return MergedService(
        id=f"m-{key}",
        service=service,
        member_ids=[f"r-{key}"],
        source_ids=["bristol-openplace"],
        updated_at=NOW,
    )


BRISTOL = _area_only(
    "bristol-youth-housing",
    "Young people's housing advice line",
    "Advice and support for young people who are homeless or at risk of homelessness.",
    ["Bristol", "South Gloucestershire"],
)
HARROW_LINE = _area_only(
    "harrow-befriending-line",
    "Befriending phone line",
    "Weekly befriending calls for isolated older people, by telephone.",
    ["London Borough of Harrow"],
)


@pytest.fixture(scope="module")
def backend(make_backend: Factory) -> SearchBackend:
    return make_backend([*london_services(), BRISTOL, HARROW_LINE])


def search(backend: SearchBackend, **fields: object) -> SearchPage:
    return backend.search(SearchQuery(**fields))  # type: ignore[arg-type]


def test_a_service_known_only_by_its_area_is_found_near_a_postcode_there(
    backend: SearchBackend,
) -> None:
    # BS1 4DJ is in the City of Bristol; the service says "Bristol".
    page = search(backend, text="homeless young people", postcode="BS1 4DJ")
    hit = next(h for h in page.results if h.id == BRISTOL.id)
    assert hit.distance_km is None  # no venue: "covers Bristol" is shown instead
    assert hit.service_areas == ["Bristol", "South Gloucestershire"]


def test_a_radius_search_lets_through_services_covering_the_place(
    backend: SearchBackend,
) -> None:
    # BS34 5LP is in South Gloucestershire, one of the service's two areas.
    near = search(backend, text="homeless", postcode="BS34 5LP", radius_km=2)
    assert [h.id for h in near.results] == [BRISTOL.id]
    assert near.total == 1
    # Far away and elsewhere, no: a radius still means something.
    harrow = search(backend, text="homeless", postcode="HA1 2XY", radius_km=5)
    assert BRISTOL.id not in [h.id for h in harrow.results]


def test_a_borough_search_finds_services_covering_the_borough(backend: SearchBackend) -> None:
    page = search(backend, text="befriending", boroughs=["Harrow"])
    assert HARROW_LINE.id in [h.id for h in page.results]
    said = search(backend, text="befriending in Harrow")  # the borough typed in the text
    assert HARROW_LINE.id in [h.id for h in said.results]
    elsewhere = search(backend, text="befriending", boroughs=["Camden"])
    assert HARROW_LINE.id not in [h.id for h in elsewhere.results]
    # Near a Harrow postcode within a kilometre: it covers the whole borough.
    near = search(backend, text="befriending", postcode="HA1 2XY", radius_km=1)
    hit = next(h for h in near.results if h.id == HARROW_LINE.id)
    assert hit.distance_km is None and hit.service_areas == ["London Borough of Harrow"]
