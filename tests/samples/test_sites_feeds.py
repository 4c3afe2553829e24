"""The machine-readable sample sites: ORUK 3.0 and 1.0 feeds, the sitemap site with JSON-LD,
and the CSV export — fetched over HTTP and checked against SOURCES.md and ../shared/data/oruk."""

from __future__ import annotations

import csv
import io
import json
import uuid
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from xml.etree import ElementTree

import httpx
import jsonschema
import pytest
from parsel import Selector

from samples.control import set_theme
from samples.evolution import evolve
from samples.loader import load_cached

DATA = load_cached()
SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def visible(source_id: str) -> list:
    return evolve(DATA.listings_of(source_id), 0, {})


@pytest.fixture(scope="module")
def client() -> httpx.Client:
    with httpx.Client(follow_redirects=False, timeout=30) as c:
        yield c


def get_json(client: httpx.Client, url: str) -> Any:
    response = client.get(url)
    assert response.status_code == 200, url
    assert response.headers["content-type"].startswith("application/json")
    assert "svc-" not in response.text
    return response.json()


# -- ORUK 3.0 -------------------------------------------------------------------------------


def test_oruk3_envelope_is_thin_and_pages_cover_everything(
    sample_sites: str, client: httpx.Client
) -> None:
    root = f"{sample_sites}/kingston-openplace/o/OpenReferralService/v3"
    assert get_json(client, f"{root}/")["version"] == "HSDS-UK-3.0"
    first = get_json(client, f"{root}/services?page=1")
    keys = {"total_items", "total_pages", "page_number", "size", "first_page", "last_page"}
    assert keys | {"empty", "contents"} == set(first)
    assert first["size"] == 50 and first["first_page"] and not first["last_page"]
    # The placecube theme (Kingston's): the organisation embedded, but nothing a referral
    # needs — no contacts, phones, locations or areas — and placeholder e-mails.
    referral = {"contacts", "phones", "service_at_locations", "locations", "service_areas"}
    assert all(not referral & set(item) for item in first["contents"])
    assert sum("organization" in item for item in first["contents"]) > 40
    assert any(item["email"].endswith("@noemail.invalid") for item in first["contents"])
    ids: list[str] = []
    for n in range(1, first["total_pages"] + 1):
        body = get_json(client, f"{root}/services?page={n}&per_page=50")
        assert body["page_number"] == n
        ids += [item["id"] for item in body["contents"]]
    assert body["last_page"]
    assert sorted(ids) == sorted(i.key for i in visible("kingston-openplace"))
    assert len(ids) == first["total_items"]
    ignored = get_json(client, f"{root}/services?page=1&taxonomy_term_id=nonsense&text=zzz")
    assert ignored["total_items"] == first["total_items"], "filters are silently ignored"
    assert get_json(client, f"{root}/taxonomies")["contents"] == []


def test_oruk3_thin_theme_items_are_id_and_name(
    sample_sites_fresh: str, client: httpx.Client
) -> None:
    set_theme(sample_sites_fresh, "kingston-openplace", "thin")
    root = f"{sample_sites_fresh}/kingston-openplace/o/OpenReferralService/v3"
    first = get_json(client, f"{root}/services?page=1")
    assert all(set(item) == {"id", "name"} for item in first["contents"])
    record = get_json(client, f"{root}/services/{first['contents'][0]['id']}")
    assert "service_at_locations" in record


def test_oruk1_zero_theme_counts_pages_from_zero(
    sample_sites_fresh: str, client: httpx.Client
) -> None:
    set_theme(sample_sites_fresh, "enfield-outpost", "zero")
    root = f"{sample_sites_fresh}/enfield-outpost/api/v1"
    first = get_json(client, f"{root}/services?page=0&per_page=20")
    assert first["number"] == 0 and first["first"] and not first["last"]
    second = get_json(client, f"{root}/services?page=1&per_page=20")
    assert second["number"] == 1 and not second["first"]
    ids = [
        r["id"]
        for n in range(first["totalPages"])
        for r in get_json(client, f"{root}/services?page={n}&per_page=20")["content"]
    ]
    assert sorted(ids) == sorted(i.key for i in visible("enfield-outpost"))


def test_oruk3_full_records_validate_against_the_uk_profile(
    sample_sites: str, client: httpx.Client, shared_dir: Path
) -> None:
    schema_path = shared_dir / "data/oruk/uk-profile/schema/compiled/service.json"
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    root = f"{sample_sites}/kingston-openplace/o/OpenReferralService/v3"
    listings = visible("kingston-openplace")
    none_age = 0
    for item in listings[::3]:
        record = get_json(client, f"{root}/services/{item.key}")
        errors = sorted(validator.iter_errors(record), key=lambda e: list(e.path))
        assert not errors, f"{item.key}: {errors[0].message} at {list(errors[0].path)}"
        uuid.UUID(record["id"])
        if record.get("url"):
            assert urlsplit(record["url"]).scheme in ("http", "https")
        none_age += record["minimum_age"] == -1 or record["maximum_age"] == -1
        assert any(k.startswith("pc_") for k in record), "vendor extension fields"
        assert record["attributes"][0]["taxonomy_term"]["name"]
    assert none_age > 0, "-1 means no age limit"
    missing = client.get(f"{root}/services/{uuid.uuid4()}")
    assert missing.status_code == 404


# -- ORUK 1.0 -------------------------------------------------------------------------------


def test_oruk1_spring_envelope_with_full_records(sample_sites: str, client: httpx.Client) -> None:
    root = f"{sample_sites}/enfield-outpost/api/v1"
    first = get_json(client, f"{root}/services?page=1&per_page=20")
    assert {"totalElements", "totalPages", "number", "size", "first", "last", "content"} == set(
        first
    )
    assert first["number"] == 1 and first["first"] and first["size"] == 20
    ids = []
    for n in range(1, first["totalPages"] + 1):
        body = get_json(client, f"{root}/services?page={n}&per_page=20")
        ids += [r["id"] for r in body["content"]]
    assert body["last"]
    assert sorted(ids) == sorted(i.key for i in visible("enfield-outpost"))

    record = next(r for r in first["content"] if r["service_at_locations"] and r["contacts"])
    location = record["service_at_locations"][0]["location"]
    assert location["physical_addresses"][0]["postal_code"]
    assert isinstance(location["latitude"], float)
    assert record["service_taxonomys"][0]["taxonomy"]["name"]
    assert "regular_schedules" in record and "eligibilitys" in record
    alone = get_json(client, f"{root}/services/{record['id']}")
    assert alone == record
    assert get_json(client, f"{root}/taxonomies")["totalElements"] == 24


# -- sitemap + JSON-LD ----------------------------------------------------------------------


def test_sitemap_index_lastmod_and_json_ld(sample_sites: str, client: httpx.Client) -> None:
    site = f"{sample_sites}/greenwich-directory"
    index = ElementTree.fromstring(client.get(f"{site}/sitemap.xml").content)
    assert index.tag.endswith("sitemapindex")
    locs = [e.text for e in index.findall("sm:sitemap/sm:loc", SITEMAP_NS)]
    assert len(locs) >= 2
    urls: dict[str, str] = {}
    for loc in locs:
        assert loc and loc.startswith(sample_sites)
        urlset = ElementTree.fromstring(client.get(loc).content)
        for url in urlset.findall("sm:url", SITEMAP_NS):
            urls[url.findtext("sm:loc", namespaces=SITEMAP_NS) or ""] = (
                url.findtext("sm:lastmod", namespaces=SITEMAP_NS) or ""
            )
    services = {u for u in urls if "/services/" in u}
    assert len(urls) > len(services), "the sitemap lists pages that are not services"
    assert services == {f"{site}/{i.path}" for i in visible("greenwich-directory")}
    assert all(urls[u] for u in urls)

    item = next(i for i in visible("greenwich-directory") if i.address and i.slots and i.phone)
    sel = Selector(text=client.get(f"{site}/{item.path}").text)
    data = json.loads(sel.css("script[type='application/ld+json']::text").get())
    service = data["@graph"][0]
    assert data["@context"] == "https://schema.org" and service["@type"] == "Service"
    assert service["name"] == item.name
    location = service["availableChannel"]["serviceLocation"]
    assert location["address"]["postalCode"] == item.address.postcode
    assert location["geo"]["latitude"] == item.address.latitude
    assert service["availableChannel"]["servicePhone"]["telephone"] == item.phone
    assert service["hoursAvailable"][0]["dayOfWeek"][0].startswith("https://schema.org/")
    assert sel.css("h1::text").get() == item.name


def test_sitemap_robots_disallows_facets(sample_sites: str, client: httpx.Client) -> None:
    robots = client.get(f"{sample_sites}/greenwich-directory/robots.txt").text
    assert "Disallow: /greenwich-directory/directory/search" in robots
    assert f"Sitemap: {sample_sites}/greenwich-directory/sitemap.xml" in robots


# -- CSV ------------------------------------------------------------------------------------


def test_csv_export_is_a_spreadsheet_style_file(sample_sites: str, client: httpx.Client) -> None:
    landing = Selector(text=client.get(f"{sample_sites}/ealing-open-data/").text)
    href = landing.css("a.resource-download::attr(href)").get()
    response = client.get(f"{sample_sites}{href}")
    assert response.headers["content-type"].startswith("text/csv")
    raw = response.content
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 byte-order mark"
    assert b"\r\n" in raw
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    expected = {i.key: i for i in visible("ealing-open-data")}
    assert {r["ID"] for r in rows} == set(expected)
    row = next(r for r in rows if ";" in r["Category"])
    assert row["Service Name"] == expected[row["ID"]].name
    assert all(len(r["Last Updated"]) == 10 and r["Last Updated"][2] == "/" for r in rows)
    assert {r["Status"] for r in rows} <= {"Open", "Closed"}
