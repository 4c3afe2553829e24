"""Each platform's other themes, parsed from saved sample pages (``tests/fixtures/sites/``;
docs/harvesters.md says which real capture each theme follows): the spider reads every one,
strict about a listing's name and id, noting the optional elements a theme lacks."""

from __future__ import annotations

import json
import re
from typing import Any

from scrapy.http import HtmlResponse, Request, TextResponse

from harvesters.spiders.oo_kb5 import Kb5Spider, record_count
from samples.truth import load_truth
from tests.harvesters.test_platforms import DEMO, FIXTURES, SAMPLE_SITES, links, parse, record


def _url(source_id: str, saved: str) -> str:
    return str(json.loads((FIXTURES / source_id / "pages.json").read_text())[saved])


def _response(spider: Any, source_id: str, saved: str, callback: str, **data: Any) -> Any:
    url = _url(source_id, saved)
    request: Request = spider.page(url, callback, data or None, nav=True)
    body = (FIXTURES / source_id / saved).read_bytes()
    cls = TextResponse if saved.endswith(".json") else HtmlResponse
    return cls(url=url, body=body, encoding="utf-8", request=request)


# -- kb5 ----------------------------------------------------------------------------------------


def test_kb5_presence_count_only_in_the_heading_h4_names_no_next_link() -> None:
    spider = Kb5Spider(source=DEMO["wandsworth-fis"])
    response = _response(spider, "wandsworth-fis", "results-all.html", "parse_results")
    service_ids = set(re.findall(r"service\.page\?id=([\w-]{11})", response.text))
    editorial = set(re.findall(r"advice\.page\?id=([\w-]{11})", response.text))
    records = len(service_ids) + len(editorial)
    assert editorial and records > 10  # more than one page's worth, all shown (nh=100)
    assert response.css("p.result_count") == [] and record_count(response) == records
    pages = -(-records // 10)
    assert f"Showing page 1 of {pages} Pages" in response.text  # counts ten a page
    out = list(spider.parse_results(response))
    found = links(out)
    services = [u for u, cb, _ in found if cb == "parse_service"]
    assert len(services) == len(set(services)) == len(service_ids)  # editorial pages skipped
    assert all("/service.page?id=" in u and "channel" not in u for u in services)
    # Every hit was on the page: no further page, and never a shortlist or sort link.
    assert [u for u, cb, _ in found if cb == "parse_results"] == []
    assert "slaction=ADD" in response.text and "sortfield=" in response.text
    cards = [r.meta["signpost"]["fallback"] for r in out if isinstance(r, Request)]
    faxed = [c for c in cards if any(p.startswith("Fax") for p in c.get("phones", []))]
    assert faxed, "the fixture has hits with a fax line"
    # The website link's text is a label; the card keeps its href.
    assert all(not c["website"].startswith("Visit") for c in cards if "website" in c)
    assert spider.result.missing == {}


def test_kb5_presence_service_page_fax_line_and_label_link() -> None:
    saved = "service-fax.html"
    body = (FIXTURES / "wandsworth-fis" / saved).read_text()
    assert "Fax: " in body and ">Visit website</a>" in body
    key = _url("wandsworth-fis", saved).split("id=")[1]
    rec = record("wandsworth-fis", parse("wandsworth-fis", saved, "parse_service", key=key))
    assert len(rec.service.phones) == 1  # the fax line is not a phone (record() checks truth)
    assert rec.service.url and "Visit" not in rec.service.url
    assert rec.service.description  # from div.description_text


def test_kb5_bootstrap_no_record_count_next_link_then_the_last_page() -> None:
    spider = Kb5Spider(source=DEMO["rbkc-directory"])
    first = _response(spider, "rbkc-directory", "results.html", "parse_results")
    assert record_count(first) is None
    found = links(list(spider.parse_results(first)))
    (nxt,) = [(u, data) for u, cb, data in found if cb == "parse_results"]
    assert nxt[0].endswith("results.page?localofferchannel=4-2&sr=10")  # "Go to Next Page"
    assert spider.result.missing == {"record count": 1}
    walk = nxt[1]["walk"]
    last = _response(spider, "rbkc-directory", "results-last.html", "parse_results", walk=walk)
    found_last = links(list(spider.parse_results(last, walk=walk)))
    assert [cb for _, cb, _ in found_last] == ["parse_service"] * len(found_last)
    assert found_last  # the walk ends at the page without a next link: no probe past it


def test_kb5_without_a_count_or_next_link_walks_by_offset_until_no_new_ids() -> None:
    spider = Kb5Spider(source=DEMO["rbkc-directory"])
    html = (FIXTURES / "rbkc-directory" / "results.html").read_text()
    no_pager = re.sub(r"<nav .*?</nav>", "", html, flags=re.DOTALL)
    assert "Go to Next Page" not in no_pager
    url = _url("rbkc-directory", "results.html")
    response = HtmlResponse(
        url=url,
        body=no_pager,
        encoding="utf-8",
        request=spider.page(url, "parse_results", nav=True),
    )
    probe = [
        (u, d) for u, cb, d in links(list(spider.parse_results(response))) if cb == "parse_results"
    ]
    assert probe == [(url.replace("sr=0", "sr=10"), {"walk": url, "probe": True})]
    # The same hits again at the next offset (a site that ignores sr): the walk ends.
    again = HtmlResponse(
        url=probe[0][0],
        body=no_pager,
        encoding="utf-8",
        request=spider.page(probe[0][0], "parse_results", probe[0][1], nav=True),
    )
    repeated = links(list(spider.parse_results(again, **probe[0][1])))
    assert "parse_results" not in {cb for _, cb, _ in repeated}


def test_kb5_bootstrap_service_page() -> None:
    key = _url("rbkc-directory", "service.html").split("id=")[1]
    rec = record(
        "rbkc-directory", parse("rbkc-directory", "service.html", "parse_service", key=key)
    )
    assert rec.service.url and rec.service.locations and rec.service.organization


# -- Marketplace, CarePlace, FID ------------------------------------------------------------------


def test_marketplace_summary_cards_without_data_ids_or_count() -> None:
    out = parse("harrow-marketplace", "search-all.html", "parse_search", page=1)
    found = links(out)
    details = [(u, d) for u, cb, d in found if cb == "parse_detail"]
    assert len(details) == 20
    assert all("/harrow-marketplace/Services/" in u for u, _ in details)
    assert all(d["card"]["address_text"] for _, d in details if d["card"]["street"] is None)
    assert [u for u, cb, _ in found if cb == "parse_search"] == [
        f"{SAMPLE_SITES}/harrow-marketplace/Search?SM=ServiceSearch&SME=True&ServicePageIndex=2"
    ]  # a numbered page link: the theme has no "next"


def test_careplace_cards_theme() -> None:
    out = parse("careplace", "category-5-cards.html", "parse_category")
    found = links(out)
    services = [d for _, cb, d in found if cb == "parse_service"]
    assert len(services) == 20 and all(d["listed_borough"] for d in services)
    assert [u for u, cb, _ in found if cb == "parse_category"] == [
        f"{SAMPLE_SITES}/careplace/Categories/5?page=2"
    ]
    url = _url("careplace", "service-cards.html")
    key = url.rsplit("/", 1)[-1]
    rec = record(
        "careplace",
        parse("careplace", "service-cards.html", "parse_service", key=key, listed_borough=None),
    )
    assert rec.service.locations[0].borough and rec.service.url


def test_fid_plain_panels_strong_labels_summary_in_an_alert() -> None:
    out = parse("bexley-fid", "provider-11-plain.html", "parse_results", category=11, postcode=None)
    details = [(u, d) for u, cb, d in links(out) if cb == "parse_provider"]
    assert details and all("/Provider/Details?providerId=" in u for u, _ in details)
    assert all(d["card"]["address"] for _, d in details)
    key = _url("bexley-fid", "details-plain.html").split("providerId=")[1]
    card = {"address": None, "phone": None}
    rec = record(
        "bexley-fid",
        parse("bexley-fid", "details-plain.html", "parse_provider", key=key, card=card),
    )
    assert rec.service.description and rec.service.phones


# -- ORUK 3.0 ----------------------------------------------------------------------------------


def test_placecube_items_embed_the_organisation_and_are_still_thin() -> None:
    items = json.loads((FIXTURES / "kingston-openplace" / "services-p1.json").read_text())
    assert all("organization" in i or "url" in i for i in items["contents"])
    assert not any("contacts" in i or "service_areas" in i for i in items["contents"])
    out = parse("kingston-openplace", "services-p1.json", "parse_list", page=1, first_ids=None)
    details = [
        r for r in out if isinstance(r, Request) and r.meta["signpost"]["cb"] == "parse_detail"
    ]
    assert len(details) == 50
    assert all(r.meta["signpost"]["fallback"]["item"]["name"] for r in details)
    thin = parse(
        "kingston-openplace", "services-p1-thin.json", "parse_list", page=1, first_ids=None
    )
    assert len([r for r in thin if isinstance(r, Request)]) == 50 + 4


def test_placecube_record_phones_under_contacts_areas_and_an_area_only_service() -> None:
    full = json.loads((FIXTURES / "kingston-openplace" / "service-full.json").read_text())
    assert "phones" not in full and full["contacts"][0]["phones"]
    key = _url("kingston-openplace", "service-full.json").rsplit("/", 1)[-1]
    rec = record(
        "kingston-openplace",
        parse("kingston-openplace", "service-full.json", "parse_detail", listing_key=key),
    )
    assert rec.service.service_areas and rec.service.locations
    saved = "service-area-only.json"
    area_only = json.loads((FIXTURES / "kingston-openplace" / saved).read_text())
    assert "service_at_locations" not in area_only
    key = _url("kingston-openplace", saved).rsplit("/", 1)[-1]
    rec = record(
        "kingston-openplace", parse("kingston-openplace", saved, "parse_detail", listing_key=key)
    )
    s = rec.service
    borough = load_truth().listing("kingston-openplace", key).borough
    assert s.locations == [] and [a.name for a in s.service_areas] == [borough]
    assert [(p.description, len(s.phones)) for p in s.phones] == [("Enquiries", 1)]


def test_sitemap_microdata_page() -> None:
    rec = record(
        "greenwich-directory",
        parse("greenwich-directory", "service-microdata.html", "parse_page"),
    )
    assert (
        "application/ld+json"
        not in (FIXTURES / "greenwich-directory" / "service-microdata.html").read_text()
    )
    assert rec.service.locations[0].latitude is not None and rec.service.phones


def test_placecube_fax_lines_under_contacts_are_not_phones() -> None:
    saved = "service-fax.json"
    data = json.loads((FIXTURES / "kingston-openplace" / saved).read_text())
    numbers = [p["number"] for p in data["contacts"][0]["phones"]]
    assert any(n.startswith("Fax") for n in numbers) and len(numbers) == 2
    key = _url("kingston-openplace", saved).rsplit("/", 1)[-1]
    rec = record(
        "kingston-openplace", parse("kingston-openplace", saved, "parse_detail", listing_key=key)
    )
    assert len(rec.service.phones) == 1
    assert all("fax" not in (p.description or "").lower() for p in rec.service.phones)
