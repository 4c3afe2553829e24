"""The ORUK 3.0 API: shapes validated against the Open Referral UK profile's own JSON schemas
(``../shared/data/oruk/uk-profile``), paging to the end, and the listing filters."""

from __future__ import annotations

import json
import time
import uuid
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from jsonschema import Draft202012Validator, FormatChecker

from index.geo import Gazetteer, distance_km
from search_api.routes.oruk import great_circle_km
from tests.api.conftest import make_client
from tests.api.london import Directory

PAGE_FIELDS = {
    "total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty",
    "contents",
}  # fmt: skip


@pytest.fixture(scope="module")
def uk_profile(shared_dir: Path) -> Path:
    root = shared_dir / "data" / "oruk" / "uk-profile"
    if not root.exists():
        pytest.skip("../shared/data/oruk/uk-profile is not present (ORUK reference schemas)")
    return root


def _validator(path: Path) -> Draft202012Validator:
    schema = json.loads(path.read_text(encoding="utf-8"))
    return Draft202012Validator(schema, format_checker=FormatChecker())


@pytest.fixture(scope="module")
def schemas(uk_profile: Path) -> dict[str, Draft202012Validator]:
    compiled = uk_profile / "schema" / "compiled"
    openapi = json.loads((uk_profile / "docs" / "extras" / "openapi30.json").read_text())
    page = openapi["components"]["schemas"]["Page"]
    details = openapi["paths"]["/"]["get"]["responses"]["200"]["content"]["application/json"]
    return {
        "page": Draft202012Validator({**page, "required": sorted(page["properties"])}),
        "details": Draft202012Validator(details["schema"], format_checker=FormatChecker()),
        "service": _validator(compiled / "service.json"),
        "service_list": _validator(compiled / "service_list.json"),
        "organization": _validator(compiled / "organization.json"),
        "organization_list": _validator(compiled / "organization_list.json"),
        "taxonomy": _validator(uk_profile / "schema" / "taxonomy.json"),
        "taxonomy_term": _validator(uk_profile / "schema" / "taxonomy_term.json"),
    }


def _valid(validator: Draft202012Validator, document: Any) -> None:
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors[:5]]


def _page(client: TestClient, path: str, schemas: dict[str, Draft202012Validator], item: str,
          **params: Any) -> dict[str, Any]:  # fmt: skip
    r = client.get(path, params=params)
    assert r.status_code == 200, r.text
    body = r.json()
    assert set(body) == PAGE_FIELDS
    _valid(schemas["page"], body)
    for entry in body["contents"]:
        _valid(schemas[item], entry)
    return body


def test_api_details(client: TestClient, schemas: dict[str, Draft202012Validator]) -> None:
    body = client.get("/oruk/").json()
    _valid(schemas["details"], body)
    assert body["version"] == "HSDS-UK-3.0"
    assert body["openapi_url"].endswith("/openapi.json")


def test_every_service_validates_in_list_and_in_full(
    client: TestClient, directory: Directory, schemas: dict[str, Draft202012Validator]
) -> None:
    body = _page(client, "/oruk/services", schemas, "service_list", per_page=100)
    assert body["total_items"] == 11 and len(body["contents"]) == 11
    assert body["first_page"] and body["last_page"] and not body["empty"]
    for summary in body["contents"]:
        full = client.get(f"/oruk/services/{summary['id']}")
        assert full.status_code == 200
        _valid(schemas["service"], full.json())
        assert full.json()["name"] == summary["name"]


def test_full_service_maps_the_canonical_model(
    client: TestClient, directory: Directory, schemas: dict[str, Draft202012Validator]
) -> None:
    merged = directory.by_key["debt"]
    full = client.get(f"/oruk/services/{merged.id}").json()  # native ids are accepted too
    assert uuid.UUID(full["id"])  # ORUK ids are UUIDs, stable per Signpost id
    assert client.get(f"/oruk/services/{full['id']}").json() == full
    assert full["name"] == "Harrow Debt Advice Service"
    assert full["description"].startswith("Free, confidential help")
    assert full["fees"] == "Free" and full["minimum_age"] == 18
    assert full["organization"]["name"] == "Harrow Citizens Advice"
    assert full["organization"]["organization_identifiers"][0]["identifier"] == "1090261"
    assert [p["number"] for p in full["phones"]] == ["+442084271234"]
    assert full["schedules"][0]["byday"] == "MO,TU,WE,TH,FR"
    location = full["service_at_locations"][0]["location"]
    assert location["addresses"][0]["postal_code"] == "HA1 2XY"
    assert round(location["latitude"], 3) == 51.590
    terms = [a["taxonomy_term"] for a in full["attributes"]]
    assert [t["term"] for t in terms] == ["debt-advice"]
    assert [lang["name"] for lang in full["languages"]] == ["English", "Gujarati"]


def test_paging_reaches_the_end_and_beyond(
    client: TestClient, schemas: dict[str, Draft202012Validator]
) -> None:
    seen: list[str] = []
    page = 1
    while True:
        body = _page(client, "/oruk/services", schemas, "service_list", page=page, per_page=4)
        assert body["total_items"] == 11 and body["total_pages"] == 3
        assert body["page_number"] == page and body["first_page"] == (page == 1)
        seen += [s["id"] for s in body["contents"]]
        if body["last_page"]:
            break
        page += 1
    assert len(seen) == len(set(seen)) == 11
    beyond = _page(client, "/oruk/services", schemas, "service_list", page=50, per_page=4)
    assert beyond["empty"] and beyond["contents"] == [] and beyond["total_items"] == 11
    assert client.get("/oruk/services", params={"per_page": 101}).status_code == 422


def test_listing_filters(client: TestClient, directory: Directory) -> None:
    def names(**params: Any) -> list[str]:
        r = client.get("/oruk/services", params={"per_page": 100, **params})
        assert r.status_code == 200, r.text
        return [s["name"] for s in r.json()["contents"]]

    assert names(text="walking group") == ["Uxbridge Health Walks"]
    assert names(search="food") == ["Walthamstow Food Bank"]
    assert names(taxonomy_term_id="stop-smoking") == ["Brent Stop Smoking Service"]
    smoking = client.get(f"/oruk/services/{directory.by_key['smoking'].id}").json()
    term_uuid = smoking["attributes"][0]["taxonomy_term"]["id"]
    assert names(taxonomy_term_id=term_uuid) == ["Brent Stop Smoking Service"]
    assert set(names(minimum_age=18)) == {
        "Harrow Debt Advice Service",
        "Hayes Day Centre for adults with learning disabilities",
        "Silver Surfers IT Classes",
    }
    assert names(maximum_age=99) == ["Riding for the Disabled – Willesden"]
    assert names(modified_after="2030-01-01") == []
    assert len(names(modified_after="2025-01-01")) == 11
    near = names(postcode="HA1 2AA", proximity=2000)
    assert near[0] == "Harrow Road Medical Centre"
    assert set(near) == {"Harrow Road Medical Centre", "Harrow Debt Advice Service",
                         "Harrow Jobs Club"}  # fmt: skip
    r = client.get("/oruk/services", params={"postcode": "ZZ99 9ZZ"})
    assert r.status_code == 422 and "ZZ99 9ZZ" in r.json()["error"]
    assert client.get("/oruk/services", params={"modified_after": "yesterday"}).status_code == 422
    assert client.get("/oruk/services", params={"proximity": 500}).status_code == 422


def test_organizations_and_taxonomies(
    client: TestClient, schemas: dict[str, Draft202012Validator]
) -> None:
    orgs = _page(client, "/oruk/organizations", schemas, "organization_list", per_page=100)
    assert orgs["total_items"] == 11
    cab = next(o for o in orgs["contents"] if o["name"] == "Harrow Citizens Advice")
    full = client.get(f"/oruk/organizations/{cab['id']}").json()
    _valid(schemas["organization"], full)
    assert [s["name"] for s in full["services"]] == ["Harrow Debt Advice Service"]

    taxonomies = _page(client, "/oruk/taxonomies", schemas, "taxonomy")
    assert [t["name"] for t in taxonomies["contents"]] == ["signpost"]
    tax_id = taxonomies["contents"][0]["id"]
    assert client.get(f"/oruk/taxonomies/{tax_id}").json()["name"] == "signpost"

    terms = _page(client, "/oruk/taxonomy_terms", schemas, "taxonomy_term", per_page=100)
    assert terms["total_items"] > 20
    debt = client.get("/oruk/taxonomy_terms/debt-advice").json()
    _valid(schemas["taxonomy_term"], debt)
    assert debt["name"] == "Debt advice" and debt["taxonomy_id"] == tax_id
    assert client.get(f"/oruk/taxonomy_terms/{debt['id']}").json() == debt
    for missing in ("/oruk/services/nope", "/oruk/organizations/nope", "/oruk/taxonomies/nope",
                    "/oruk/taxonomy_terms/nope"):  # fmt: skip
        r = client.get(missing)
        assert r.status_code == 404 and r.json()["error"].startswith("no ")


def test_listings_follow_a_new_dedup_within_seconds(
    fresh: Directory, gazetteer: Gazetteer, gazetteer_path: Path
) -> None:
    """After ``signpost dedup`` replaces the merged view (here: one service fewer), ORUK
    listings and category counts catch up without a restart."""
    with make_client(fresh, gazetteer, gazetteer_path) as c:
        assert c.get("/oruk/services").json()["total_items"] == 11
        fresh.store.replace_merged(fresh.merged[1:])  # the debt advice service is gone
        deadline = time.monotonic() + 10
        while c.get("/oruk/services").json()["total_items"] != 10:
            assert time.monotonic() < deadline, "the catalogue never caught up"
            time.sleep(0.05)
        cats = {x["id"]: x["count"] for x in c.get("/api/categories").json()["categories"]}
        assert cats["debt-advice"] == 0


def test_listing_distance_agrees_with_the_gazetteer_distance() -> None:
    pairs = [((51.5807, -0.3343), (51.5912, -0.0135)), ((51.5035, -0.1195), (51.5435, -0.4769))]
    for (a, b), (c, d) in pairs:
        assert great_circle_km(a, b, c, d) == pytest.approx(distance_km(a, b, c, d), rel=1e-3)
