"""The sample sites of issue 19's platforms, fetched over HTTP and checked against what the
evidence says of the real ones (docs/sample-sources.md §9–14): URL schemes, envelopes,
paging and its caps, the two themes of each platform, and their 404s."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from parsel import Selector

from harvesters.politeness import policy_from_response
from samples.control import set_theme
from samples.evolution import evolve
from samples.loader import load_cached

DATA = load_cached()
PCG = "api/s4s-advanced-search/directory-search/"


def visible(source_id: str) -> list:
    return evolve(DATA.listings_of(source_id), 0, {})


@pytest.fixture(scope="module")
def client() -> httpx.Client:
    with httpx.Client(follow_redirects=False, timeout=30) as c:
        yield c


def get_json(client: httpx.Client, url: str, status: int = 200) -> Any:
    response = client.get(url)
    assert response.status_code == status, url
    assert response.headers["content-type"].startswith("application/json")
    assert "svc-" not in response.text
    return response.json()


def search(**params: Any) -> str:
    return PCG + "get-list?searchParams=" + quote(json.dumps(params), safe="")


# -- Connect to Support / Shop4Support ---------------------------------------------------------


def test_pcg_search_pages_cap_and_themes(sample_sites: str, client: httpx.Client) -> None:
    base = f"{sample_sites}/hillingdon-connect/"
    total = len(visible("hillingdon-connect"))
    first = get_json(client, base + search(pageNumber=1, pageSize=500))
    assert first["pageSize"] == 100 and first["totalItems"] == total
    assert len(first["pageItems"]) == min(total, 100) and "id" in first["pageItems"][0]
    small = get_json(client, base + search(pageNumber=2, pageSize=20))
    assert small["totalPages"] == -(-total // 20) and small["pageNumber"] == 2
    wrapped = get_json(client, f"{sample_sites}/shop4support/" + search(pageSize=5))
    assert wrapped["success"] is True and "eventId" in wrapped["value"]["pageItems"][0]
    assert "latitude" in wrapped["value"]["pageItems"][0]
    bad = client.get(base + PCG + "get-list?searchParams=%7Bnot-json")
    assert bad.status_code == 400


def test_pcg_search_text_and_distance(sample_sites: str, client: httpx.Client) -> None:
    base = f"{sample_sites}/hillingdon-connect/"
    item = visible("hillingdon-connect")[0]
    word = item.name.split()[0].lower()
    found = get_json(client, base + search(searchText=word, pageSize=100))["pageItems"]
    assert int(item.key) in {i["id"] for i in found}
    by_key = {int(i.key): i for i in visible("hillingdon-connect")}
    assert all(word in (by_key[i["id"]].name + by_key[i["id"]].description).lower() for i in found)
    assert item.address and item.address.postcode
    near = get_json(
        client, base + search(postcode=item.address.postcode, distance="500", pageSize=100)
    )
    assert int(item.key) in {i["id"] for i in near["pageItems"]}
    assert near["totalItems"] < len(visible("hillingdon-connect"))


def test_pcg_record_api_only_where_the_tenant_has_it(
    sample_sites: str, client: httpx.Client
) -> None:
    item = visible("hillingdon-connect")[0]
    record = get_json(client, f"{sample_sites}/hillingdon-connect/{PCG}get-event/{item.key}")
    assert record["id"] == int(item.key) and record["postcode"]
    other = visible("shop4support")[0]
    get_json(client, f"{sample_sites}/shop4support/{PCG}get-event/{other.key}", status=404)
    page = client.get(f"{sample_sites}/shop4support/services/{other.key}")
    assert page.status_code == 200 and other.name in Selector(page.text).css("h1::text").get("")


# -- Achieving for Children -----------------------------------------------------------------


def test_afc_markers_only_for_positioned_records(sample_sites: str, client: httpx.Client) -> None:
    markers = get_json(client, f"{sample_sites}/kingston-afc/childcare_providers?format=json")[
        "markers"
    ]
    positioned = [i for i in visible("kingston-afc") if i.address and i.address.latitude]
    assert len(markers) == len(positioned)
    hrefs = [Selector(m["content"]).css("a::attr(href)").get() for m in markers]
    through = [h for h in hrefs if "/main_site/" in h]
    assert through and len(through) < len(hrefs)
    redirect = client.get(f"{sample_sites}{through[0]}")
    assert redirect.status_code == 301
    assert redirect.headers["location"] == through[0].replace("/main_site/", "/")


def test_afc_list_pages_cap_and_category(sample_sites: str, client: httpx.Client) -> None:
    base = f"{sample_sites}/kingston-afc/childcare_providers"
    page = Selector(client.get(f"{base}?page=1&per_page=500").text)
    assert len(page.css("ul.search-results > li")) == 50
    assert "page=2" in page.css("a[rel=next]::attr(href)").get("")
    home = Selector(client.get(f"{sample_sites}/kingston-afc/").text)
    category = home.css("ul a::attr(href)").get("")
    filtered = Selector(client.get(f"{sample_sites}{category}&per_page=50").text)
    count = filtered.css("p.results-count::text").get("")
    assert count and int(count.rsplit("of", 1)[1].split()[0]) < len(visible("kingston-afc"))


def test_afc_record_groups_of_dt_dd(sample_sites: str, client: httpx.Client) -> None:
    item = next(i for i in visible("kingston-afc") if i.address and i.phone)
    page = Selector(client.get(f"{sample_sites}/kingston-afc/{item.path}").text)
    labels = page.css("dl dt::text").getall()
    assert {"Telephone", "Address 1", "Postcode"} <= set(labels)
    assert page.css("h2::text").getall()[:2] == ["Contact Details", "Address Details"]


def test_afc_record_labelled_theme(sample_sites_fresh: str, client: httpx.Client) -> None:
    """The labelled theme: the same groups and values, each field a paragraph that starts
    with its bold label, the town as "City"; the list and markers do not change."""
    item = next(i for i in visible("kingston-afc") if i.address and i.address.town and i.phone)
    url = f"{sample_sites_fresh}/kingston-afc/{item.path}"
    markers = client.get(f"{sample_sites_fresh}/kingston-afc/childcare_providers?format=json")
    set_theme(sample_sites_fresh, "kingston-afc", "labelled")
    page = Selector(client.get(url).text)
    assert not page.css("dl")
    fields = {
        (p.css("strong::text").get() or ""): p.xpath("./strong/following-sibling::node()")
        for p in page.css("p.provider-field")
    }
    assert {"Telephone:", "Address 1:", "City:", "Postcode:"} <= set(fields)
    assert "Town:" not in fields
    assert item.address.town in " ".join(fields["City:"].getall())
    assert page.css("h2::text").getall()[:2] == ["Contact Details", "Address Details"]
    again = client.get(f"{sample_sites_fresh}/kingston-afc/childcare_providers?format=json")
    assert again.content == markers.content


# -- Jadu ---------------------------------------------------------------------------------------


def test_jadu_a_to_z_links_and_404s(sample_sites: str, client: httpx.Client) -> None:
    home = Selector(client.get(f"{sample_sites}/hounslow-directory/directory/12").text)
    linked = {h.rsplit("/", 1)[-1] for h in home.css("ul.a-to-z a::attr(href)").getall()}
    firsts = {i.name.strip()[0].lower() for i in visible("hounslow-directory")}
    assert linked == firsts
    missing = next(x for x in "abcdefghijklmnopqrstuvwxyz" if x not in linked)
    assert (
        client.get(f"{sample_sites}/hounslow-directory/directory/12/a-to-z/{missing}").status_code
        == 404
    )


def test_jadu_two_record_layouts_and_url_forms(sample_sites: str, client: httpx.Client) -> None:
    one = visible("hounslow-directory")[0]
    assert one.path.startswith("directory-record/")
    listed = Selector(client.get(f"{sample_sites}/hounslow-directory/{one.path}").text)
    assert listed.css("ul.record-details li > strong")
    other = visible("enfield-directory")[0]
    assert other.path.startswith("directory_record/")
    defined = Selector(client.get(f"{sample_sites}/enfield-directory/{other.path}").text)
    assert defined.css("dl.record-details dt") and not defined.css("li > strong")
    newer = other.path.replace("directory_record/", "directory-record/")
    assert client.get(f"{sample_sites}/enfield-directory/{newer}").status_code == 200


def test_jadu_category_pages(sample_sites: str, client: httpx.Client) -> None:
    home = Selector(client.get(f"{sample_sites}/hounslow-directory/directory/12").text)
    for href in home.css("ul.list--categories a::attr(href)").getall():
        page = Selector(client.get(f"{sample_sites}{href}").text)
        assert page.css("ul.list--record li a")


# -- Connected Places --------------------------------------------------------------------------


def test_connected_places_paginator_and_include(sample_sites: str, client: httpx.Client) -> None:
    base = f"{sample_sites}/kingston-connected/core/v1/"
    total = len(visible("kingston-connected"))
    page = get_json(client, base + "services?per_page=1000&page=1")
    assert page["meta"]["per_page"] == 100 and page["meta"]["total"] == total
    assert "organisation" not in page["data"][0] and "criteria" in page["data"][0]
    small = get_json(client, base + "services?per_page=10&page=2&include=organisation")
    assert small["meta"]["current_page"] == 2 and small["links"]["prev"] and small["links"]["next"]
    assert "organisation" in small["data"][0]
    v2 = get_json(client, f"{sample_sites}/hounslow-connect/core/v1/services?per_page=1")
    assert "eligibility_types" in v2["data"][0] and "criteria" not in v2["data"][0]
    get_json(client, base + "services/no-such-service", status=404)


def test_connected_places_service_locations(sample_sites: str, client: httpx.Client) -> None:
    item = next(i for i in visible("hounslow-connect") if i.address)
    base = f"{sample_sites}/hounslow-connect/core/v1/service-locations"
    one = get_json(client, f"{base}?filter[service_id]={item.key}&include=location")
    (sl,) = one["data"]
    assert sl["service_id"] == item.key and sl["location"]["postcode"] == item.address.postcode
    assert "has_accessible_toilet" in sl["location"] and "next_occurs" in sl
    bare = get_json(client, f"{base}?filter[service_id]={item.key}")
    assert "location" not in bare["data"][0]
    assert all(1 <= h["weekday"] <= 7 for h in sl["regular_opening_hours"])


# -- Outpost -------------------------------------------------------------------------------------


def test_outpost_envelope_and_errors(sample_sites: str, client: httpx.Client) -> None:
    base = f"{sample_sites}/greenwich-outpost/api/v1/"
    total = len(visible("greenwich-outpost"))
    page = get_json(client, base + "services?page=2&per_page=50")
    assert page["number"] == 2 and page["totalElements"] == total
    assert page["size"] == len(page["content"]) == total - 50 and page["last"] is True
    record = page["content"][0]
    assert record["regular_schedules"] is not None and "geometry" in record["locations"][0]
    assert get_json(client, base + "services/1", status=404) == {"error": "No matching document"}
    assert get_json(client, base + "elsewhere", status=404)["error"].startswith("No route")


def test_outpost_legacy_index_rows(sample_sites: str, client: httpx.Client) -> None:
    page = get_json(client, f"{sample_sites}/rbkc-outpost/api/v1/services?per_page=100")
    timed = next(r for r in page["content"] if r["regular_schedules"])
    row = timed["regular_schedules"][0]
    assert isinstance(row["weekday"], int) and row["opens_at"].startswith("2000-01-01T")
    located = next(r for r in page["content"] if r["locations"])
    assert isinstance(located["locations"][0]["latitude"], str)
    assert "approved" in located and "temporarily_closed" in located


# -- LocalGov Drupal ---------------------------------------------------------------------------


def test_localgov_robots_and_sitemap(sample_sites: str, client: httpx.Client) -> None:
    robots = client.get(f"{sample_sites}/greenwich-community/robots.txt")
    policy = policy_from_response(robots.status_code, robots.content)  # RFC 9309 wildcards
    assert not policy.allows(f"{sample_sites}/greenwich-community/services?f%5B0%5D=x")
    assert policy.allows(f"{sample_sites}/greenwich-community/services/a-service")
    sitemap = client.get(f"{sample_sites}/greenwich-community/sitemap.xml").text
    assert sitemap.count("/services/") == len(visible("greenwich-community"))


def test_localgov_three_themes(sample_sites: str, client: httpx.Client) -> None:
    item = next(i for i in visible("ealing-localgov") if i.address and i.phone)
    base = Selector(client.get(f"{sample_sites}/ealing-localgov/{item.path}").text)
    assert base.css(".field--name-localgov-directory-address div.field__label")
    assert base.css("p.address span.postal-code::text").get() == item.address.postcode  # type: ignore[union-attr]
    script = base.css('script[data-drupal-selector="drupal-settings-json"]::text').get("")
    assert "leaflet" in json.loads(script)
    other = next(i for i in visible("harrow-localgov") if i.address)
    dl = Selector(client.get(f"{sample_sites}/harrow-localgov/{other.path}").text)
    assert dl.css("dl > div.definition-list--row > dt.field__label")
    assert not dl.css("dl > div > div.field__label")  # nested paragraph fields keep theirs
    rbg_item = next(i for i in visible("greenwich-community") if i.slots)
    rbg = Selector(client.get(f"{sample_sites}/greenwich-community/{rbg_item.path}").text)
    assert rbg.css("article.rbg-service-details h1.rbg-heading span::text").get() == rbg_item.name
    headings = rbg.css(".rbg-service-details__item-heading::text").getall()
    assert headings[0] == "Suitable for" and "Date and time" in headings
    hours = rbg.css('meta[itemprop="openingHours"]::attr(content)').getall()
    assert hours and all(h[2] in " ," for h in hours)  # "Fr 13:30-14:45", "Mo,Tu 09:30-…"
