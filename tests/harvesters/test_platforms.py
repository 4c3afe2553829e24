"""Each platform's parser against saved sample pages (``tests/fixtures/sites/<source>/``),
field by field, quirks included; the spiders are configured from ``sources/demo.toml``
exactly as in production, so another council on a known platform is one config entry and
one of these tests."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from scrapy.http import HtmlResponse, Request, TextResponse, XmlResponse

from harvesters.expect import ParseError
from harvesters.items import Listing
from harvesters.pipeline import build_record
from harvesters.politeness import policy_from_response
from harvesters.registry import spider_for
from harvesters.spiders.base import SourceSpider
from index.model import SourceRecord
from index.sources import SourceConfig, load_sources
from tests.harvesters.truthcheck import mismatches

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures" / "sites"
SAMPLE_SITES = "http://127.0.0.1:8765"
DEMO = {
    s.id: s for s in load_sources(REPO / "sources" / "demo.toml", {"SAMPLE_SITES": SAMPLE_SITES})
}
PLATFORM = {
    "oo_marketplace": "marketplace",
    "oo_kb5": "kb5",
    "careplace": "careplace",
    "fid": "fid",
    "oruk": "oruk",
    "sitemap": "sitemap",
    "csv": "csv",
}


def spider(source_id: str) -> SourceSpider:
    source: SourceConfig = DEMO[source_id]
    return spider_for(source.kind)(source=source)


def parse(source_id: str, saved: str, callback: str, **data: Any) -> list[Any]:
    """Run one callback of the source's spider on a saved page."""
    folder = FIXTURES / source_id
    url = json.loads((folder / "pages.json").read_text())[saved]
    body = (folder / saved).read_bytes()
    s = spider(source_id)
    request: Request = s.page(url, callback, data or None)
    cls = {".json": TextResponse, ".xml": XmlResponse}.get(Path(saved).suffix, HtmlResponse)
    response = cls(url=url, body=body, encoding="utf-8", request=request)
    return list(getattr(s, callback)(response, **data))


def links(outputs: list[Any]) -> list[tuple[str, str, dict[str, Any] | None]]:
    return [
        (r.url, r.meta["signpost"]["cb"], r.meta["signpost"]["data"])
        for r in outputs
        if isinstance(r, Request)
    ]


def record(source_id: str, outputs: list[Any]) -> SourceRecord:
    (listing,) = [o for o in outputs if isinstance(o, Listing)]
    rec = build_record(source_id, listing, DEMO[source_id].borough)
    platform = PLATFORM[DEMO[source_id].kind]
    assert mismatches(source_id, platform, rec) == []
    return rec


# -- Open Objects Marketplace -------------------------------------------------------------------


def test_marketplace_search_page_cards_and_next_page() -> None:
    out = parse("hillingdon-marketplace", "search-all-p2.html", "parse_search", page=2)
    found = links(out)
    details = [item for item in found if item[1] == "parse_detail"]
    assert len(details) == 20
    url, _, data = details[0]
    assert url.startswith(f"{SAMPLE_SITES}/hillingdon-marketplace/Services/")
    assert data is not None and url.endswith("/" + data["key"])
    card = data["card"]
    assert card["postcode"] and card["latitude"] and card["longitude"]  # microdata read
    nxt = [item for item in found if item[1] == "parse_search"]
    assert nxt == [
        (
            f"{SAMPLE_SITES}/hillingdon-marketplace/Search?SM=ServiceSearch&SME=True"
            "&ServicePageIndex=3",
            "parse_search",
            {"page": 3},
        )
    ]


def test_marketplace_last_and_past_the_end_pages() -> None:
    out = parse("hillingdon-marketplace", "search-1302.html", "parse_search", page=1)
    assert len(links(out)) == 14 and all(cb == "parse_detail" for _, cb, _ in links(out))
    assert (
        parse("hillingdon-marketplace", "search-1302-past-end.html", "parse_search", page=2) == []
    )


def test_marketplace_detail_field_by_field() -> None:
    url = json.loads((FIXTURES / "hillingdon-marketplace" / "pages.json").read_text())
    key = url["detail-full.html"].rsplit("/", 1)[1]
    out = parse("hillingdon-marketplace", "detail-full.html", "parse_detail", key=key, card={})
    rec = record("hillingdon-marketplace", out)
    s = rec.service
    assert rec.listing_key == key == "107314"
    assert s.name == "Stay and Play"
    assert s.description is not None and s.description.startswith("<p>A relaxed stay and play")
    assert [p.number for p in s.phones] == ["+442079460678"]
    assert s.email == "enquiries@hillingdon.gov.uk"
    assert s.url == "http://www.hillingdon.gov.uk"
    assert s.organization and s.organization.name == "Hillingdon Council"
    assert s.categories == ["Early years & families"]
    assert (s.minimum_age, s.maximum_age) == (0, 4)  # bands 0-1 … 2-4
    (loc,) = s.locations
    assert (loc.name, loc.address_1, loc.address_2, loc.city, loc.postal_code) == (
        "Ruislip Family Hub",
        "136 Longfield Avenue",
        None,
        "Ruislip",
        "HA4 9HD",
    )  # "(directions displayed on map)" stripped
    assert (loc.latitude, loc.longitude) == (51.565365, -0.393509)
    assert loc.borough is None  # the index derives it from the postcode
    (slot,) = s.schedules
    assert (slot.byday, slot.opens_at, slot.closes_at) == ("MO", "10:00", "11:30")
    assert s.is_free is False and s.cost_options[0].amount == 1.5
    assert s.fees_description == "£1.50 including snack"
    assert s.eligibility_description == "Parents and carers with children under 5."
    assert s.referral == "Just turn up."
    assert s.accessibility == ["Disabled parking"]
    assert s.last_modified == datetime(2026, 6, 4, tzinfo=UTC)
    assert s.status == "active"
    assert rec.raw["group"] == ["Children and young people"] and rec.raw["district"] == "Ruislip"


def test_marketplace_closed_service() -> None:
    out = parse(
        "hillingdon-marketplace", "detail-closed.html", "parse_detail", key="117752", card={}
    )
    assert record("hillingdon-marketplace", out).service.status == "inactive"


def test_marketplace_second_tenant_needs_only_config() -> None:
    url = json.loads((FIXTURES / "harrow-marketplace" / "pages.json").read_text())[
        "detail-full.html"
    ]
    key = url.rsplit("/", 1)[-1]
    out = parse("harrow-marketplace", "detail-full.html", "parse_detail", key=key, card={})
    assert record("harrow-marketplace", out).listing_key == key


@pytest.mark.parametrize("page", ["search-layout-changed.html", "soft404.html"])
def test_marketplace_unknown_markup_is_an_error_naming_url_and_field(page: str) -> None:
    with pytest.raises(ParseError) as caught:
        parse("hillingdon-marketplace", page, "parse_search", page=1)
    assert caught.value.url.endswith("Search?CategoryId=1302&SM=ServiceSearch&SME=True")
    assert caught.value.field in {"result cards", "result count"}


def test_marketplace_home_lists_categories() -> None:
    out = parse("hillingdon-marketplace", "home.html", "parse_home")
    assert len(links(out)) == 24
    assert all("CategoryId=" in url for url, _, _ in links(out))


def test_marketplace_detail_with_two_names_is_rejected() -> None:
    folder = FIXTURES / "hillingdon-marketplace"
    body = (folder / "detail-full.html").read_text().replace("</h1>", "</h1><h1>Other</h1>", 1)
    s = spider("hillingdon-marketplace")
    url = f"{SAMPLE_SITES}/hillingdon-marketplace/Services/100175"
    response = HtmlResponse(
        url=url, body=body, encoding="utf-8", request=s.page(url, "parse_detail")
    )
    with pytest.raises(ParseError, match="name: 2 found, expected one"):
        list(s.parse_detail(response, key="100175", card={}))


# -- Open Objects kb5 ---------------------------------------------------------------------------


def test_kb5_results_skip_advice_and_canonicalise_links() -> None:
    out = parse("hounslow-fsd", "results-2-1.html", "parse_results")
    found = links(out)
    services = [u for u, cb, _ in found if cb == "parse_service"]
    assert len(services) == 9  # 10 hits, one of them an editorial advice page
    assert all(
        u.startswith(f"{SAMPLE_SITES}/hounslow-fsd/kb5/hounslow/fsd/service.page?id=")
        and "channel" not in u
        for u in services
    )
    assert not any("advice.page" in u for u, _, _ in found)
    assert [u for u, cb, _ in found if cb == "parse_results"] == [
        f"{SAMPLE_SITES}/hounslow-fsd/kb5/hounslow/fsd/results.page?familychannel=2-1&sr=10"
    ]
    last = parse("hounslow-fsd", "results-2-1-last.html", "parse_results")
    assert all(cb == "parse_service" for _, cb, _ in links(last))


def test_kb5_service_with_an_opening_times_table() -> None:
    url = json.loads((FIXTURES / "hounslow-fsd" / "pages.json").read_text())["service-table.html"]
    key = url.split("id=")[1]
    rec = record(
        "hounslow-fsd", parse("hounslow-fsd", "service-table.html", "parse_service", key=key)
    )
    s = rec.service
    assert s.name == "CAB Hounslow Money Coaching."
    (slot,) = s.schedules  # five table rows with the same hours, one weekly row
    assert (slot.byday, slot.opens_at, slot.closes_at) == ("MO,TU,WE,TH,FR", "10:00", "16:00")
    assert "Monday: 10:00 - 16:00" in (slot.description or "")
    (loc,) = s.locations
    assert (loc.name, loc.address_1, loc.address_2, loc.city, loc.postal_code) == (
        "St Matthew's Parish Centre",
        "239 Oak Lane",
        None,
        "Brentford",
        "TW8 9BS",
    )
    assert (s.minimum_age, s.is_free) == (18, True)
    assert s.accessibility == ["Hearing loop", "Changing Places toilet", "Quiet room available"]
    assert s.organization and s.organization.name == "Citizens Advice Hounslow"


def test_kb5_service_with_free_text_times_and_closed_service() -> None:
    pages = json.loads((FIXTURES / "hounslow-fsd" / "pages.json").read_text())
    for page in ("service-text.html", "service-closed.html"):
        key = pages[page].split("id=")[1]
        rec = record("hounslow-fsd", parse("hounslow-fsd", page, "parse_service", key=key))
        assert rec.service.schedules, page
    closed_key = pages["service-closed.html"].split("id=")[1]
    closed = parse("hounslow-fsd", "service-closed.html", "parse_service", key=closed_key)
    assert record("hounslow-fsd", closed).service.status == "inactive"


def test_kb5_other_tenants_and_changed_layout() -> None:
    for source_id in ("wandsworth-fis", "rbkc-directory"):
        found = links(parse(source_id, "results.html", "parse_results"))
        assert any(cb == "parse_service" for _, cb, _ in found), source_id
    with pytest.raises(ParseError, match="result hits"):
        parse("hounslow-fsd", "results-layout-changed.html", "parse_results")


def test_kb5_home_page_channels() -> None:
    found = links(parse("hounslow-fsd", "home.html", "parse_home"))
    assert len(found) == 24 and all("familychannel=" in u for u, _, _ in found)


def test_robots_disallow_all_of_bexley_local_offer() -> None:
    body = (FIXTURES / "bexley-localoffer" / "robots.txt").read_bytes()
    policy = policy_from_response(200, body)
    assert not policy.allows(DEMO["bexley-localoffer"].base_url + "results.page")


# -- CarePlace ---------------------------------------------------------------------------------


def test_careplace_category_page() -> None:
    found = links(parse("careplace", "category-5.html", "parse_category"))
    details = [(u, d) for u, cb, d in found if cb == "parse_service"]
    assert len(details) == 20
    assert all(d and d["listed_borough"] for _, d in details)
    assert [u for u, cb, _ in found if cb == "parse_category"] == [
        f"{SAMPLE_SITES}/careplace/Categories/5?page=2"
    ]
    home = links(parse("careplace", "home.html", "parse_home"))
    assert [u for u, _, _ in home] == [
        f"{SAMPLE_SITES}/careplace/Categories/{n}" for n in range(1, 9)
    ]


def test_careplace_service_borough_from_the_listing_and_postcode_from_text() -> None:
    url = json.loads((FIXTURES / "careplace" / "pages.json").read_text())["service-full.html"]
    key = url.rsplit("/", 1)[-1]
    rec = record(
        "careplace",
        parse("careplace", "service-full.html", "parse_service", key=key, listed_borough=None),
    )
    (loc,) = rec.service.locations
    assert loc.borough and loc.postal_code  # "Borough: …"; postcode found in the address line
    assert rec.service.phones and rec.service.email and rec.service.url
    assert rec.raw["contact_hidden"] is False


def test_careplace_hidden_contact_is_a_listing_without_contact_details() -> None:
    url = json.loads((FIXTURES / "careplace" / "pages.json").read_text())[
        "service-hidden-contact.html"
    ]
    key = url.rsplit("/", 1)[-1]
    out = parse(
        "careplace",
        "service-hidden-contact.html",
        "parse_service",
        key=key,
        listed_borough="Harrow",
    )
    rec = record("careplace", out)
    assert (rec.service.phones, rec.service.email, rec.service.url) == ([], None, None)
    assert rec.raw["contact_hidden"] is True
    assert "<img" not in (rec.service.description or "")


# -- FID --------------------------------------------------------------------------------------


def test_fid_category_results_and_detail() -> None:
    found = links(
        parse("bexley-fid", "provider-11.html", "parse_results", category=11, postcode=None)
    )
    assert len(found) == 37 and all(cb == "parse_provider" for _, cb, _ in found)
    url, _, data = found[0]
    assert url.startswith(f"{SAMPLE_SITES}/bexley-fid/Provider/Details?providerId=")
    assert data and data["card"]["address"]
    pages = json.loads((FIXTURES / "bexley-fid" / "pages.json").read_text())
    for page in ("details-full.html", "details-closed.html"):
        key = pages[page].split("providerId=")[1]
        rec = record("bexley-fid", parse("bexley-fid", page, "parse_provider", key=key, card={}))
        assert rec.service.locations[0].postal_code
    closed_key = pages["details-closed.html"].split("providerId=")[1]
    closed = parse("bexley-fid", "details-closed.html", "parse_provider", key=closed_key, card={})
    assert record("bexley-fid", closed).service.status == "inactive"


def test_fid_capped_search_is_split_by_postcode() -> None:
    out = parse(
        "bexley-fid", "provider-all-capped.html", "parse_results", category=None, postcode=None
    )
    found = links(out)
    assert len([1 for _, cb, _ in found if cb == "parse_provider"]) == 200
    splits = [u for u, cb, _ in found if cb == "parse_results"]
    assert len(splits) == len(DEMO["bexley-fid"].params["split_postcodes"])
    assert all("Postcode=" in u and "Proximity=2" in u for u in splits)


# -- ORUK and sitemap ---------------------------------------------------------------------------


def test_oruk3_thin_list_and_full_record() -> None:
    found = links(
        parse("kingston-openplace", "services-p1.json", "parse_list", page=1, first_ids=None)
    )
    details = [u for u, cb, _ in found if cb == "parse_detail"]
    assert len(details) == 50  # thin items: every one needs its detail
    assert len([u for u, cb, _ in found if cb == "parse_list"]) == 4  # pages 2-5 up front
    url = json.loads((FIXTURES / "kingston-openplace" / "pages.json").read_text())[
        "service-full.json"
    ]
    key = url.rsplit("/", 1)[-1]
    rec = record(
        "kingston-openplace",
        parse("kingston-openplace", "service-full.json", "parse_detail", listing_key=key),
    )
    assert rec.service.taxonomy_terms[0].taxonomy == "openplace-needs"


def test_oruk1_full_records_in_the_list() -> None:
    out = parse("enfield-outpost", "services-p2.json", "parse_list", page=2, first_ids=["x"])
    listings = [o for o in out if isinstance(o, Listing)]
    assert len(listings) == 5
    records = [build_record("enfield-outpost", listing) for listing in listings]
    for rec in records:
        assert mismatches("enfield-outpost", "oruk", rec) == []
        assert rec.service.categories and rec.service.organization
    weekly = [(s.byday, s.opens_at) for s in records[1].service.schedules]
    assert weekly == [(day, "09:30") for day in ("MO", "TU", "WE", "TH", "FR")]  # one per weekday


def test_sitemap_index_pages_and_json_ld() -> None:
    index = links(parse("greenwich-directory", "sitemap-index.xml", "parse_sitemap"))
    assert index and all(cb == "parse_sitemap" for _, cb, _ in index)
    pages = links(parse("greenwich-directory", "sitemap-1.xml", "parse_sitemap"))
    assert pages and all(cb == "parse_page" and "/services/" in u for u, cb, _ in pages)
    rec = record("greenwich-directory", parse("greenwich-directory", "service.html", "parse_page"))
    assert rec.listing_key.startswith("/greenwich-directory/services/")
    assert rec.service.locations[0].name  # the service channel's Place
