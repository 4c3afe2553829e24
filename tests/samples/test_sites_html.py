"""The HTML sample sites, fetched over HTTP and checked against the platform descriptions in
SOURCES.md: URL schemes, pagination rules, markup and quirks."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urljoin, urlsplit

import httpx
import pytest
from parsel import Selector

from samples.categories import BY_KEY
from samples.evolution import evolve
from samples.loader import load_cached

DATA = load_cached()


def visible(source_id: str) -> list:
    """The listings a site shows at generation 0."""
    return evolve(DATA.listings_of(source_id), 0, {})


@pytest.fixture(scope="module")
def client() -> httpx.Client:
    with httpx.Client(follow_redirects=False, timeout=30) as c:
        yield c


def page(client: httpx.Client, url: str) -> Selector:
    response = client.get(url)
    assert response.status_code == 200, url
    assert "svc-" not in response.text, "ground truth must never be rendered"
    return Selector(text=response.text)


# -- Marketplace ----------------------------------------------------------------------------


def test_marketplace_pagination_walks_every_service(
    sample_sites: str, client: httpx.Client
) -> None:
    site = f"{sample_sites}/hillingdon-marketplace"
    expected = {i.key for i in visible("hillingdon-marketplace")}
    url = f"{site}/Search?SM=ServiceSearch&SME=True"
    seen: list[str] = []
    n = 1
    while True:
        sel = page(client, url)
        cards = sel.css("div.bem-search-result-item[data-service-id]")
        assert 0 < len(cards) <= 20
        seen += cards.xpath("@data-service-id").getall()
        nxt = sel.xpath(f'//a[contains(@href, "ServicePageIndex={n + 1}")]/@href').get()
        if not nxt:
            break
        n += 1
        url = urljoin(url, nxt)
        assert parse_qs(urlsplit(url).query)["ServicePageIndex"] == [str(n)]
    assert sorted(seen) == sorted(expected)
    assert n == (len(expected) + 19) // 20 > 1


def test_marketplace_category_search(sample_sites: str, client: httpx.Client) -> None:
    home = page(client, f"{sample_sites}/hillingdon-marketplace/")
    links = home.css("ul.bem-category-list a::attr(href)").getall()
    assert len(links) == 24
    assert all("SM=ServiceSearch" in h and "ServicePageIndex" not in h for h in links)
    category = 1103  # Food & essentials
    expected = {
        i.key
        for i in visible("hillingdon-marketplace")
        if any(BY_KEY[k].marketplace[0] == category for k in i.categories)
    }
    sel = page(
        client,
        f"{sample_sites}/hillingdon-marketplace/Search?CategoryId={category}&SM=ServiceSearch&SME=True",
    )
    assert set(sel.css("[data-service-id]").xpath("@data-service-id").getall()) == expected
    past_end = page(
        client,
        f"{sample_sites}/hillingdon-marketplace/Search?CategoryId={category}"
        "&SM=ServiceSearch&SME=True&ServicePageIndex=99",
    )
    assert not past_end.css("[data-service-id]")


def test_marketplace_cards_carry_microdata(sample_sites: str, client: httpx.Client) -> None:
    sel = page(client, f"{sample_sites}/hillingdon-marketplace/Search?SM=ServiceSearch&SME=True")
    card = sel.css("div.bem-search-result-item")[0]
    assert card.attrib["itemtype"] == "http://schema.org/LocalBusiness"
    link = card.css("a.service-name.bem-search-result-item__title")
    assert link.attrib["itemprop"] == "url"
    assert re.fullmatch(r"/hillingdon-marketplace/Services/\d+", link.attrib["href"])
    with_geo = sel.css("div.bem-search-result-item meta[itemprop=latitude]")
    assert with_geo and float(with_geo[0].attrib["content"]) > 51
    assert sel.css("span[itemprop=streetAddress]") and sel.css("span[itemprop=postalCode]")
    assert sel.css(".bem-search-result-item__contact-item")


def test_marketplace_summary_theme_cards(sample_sites: str, client: httpx.Client) -> None:
    """Harrow's theme: no data-service-id, no microdata address, no count, numbered pages."""
    sel = page(client, f"{sample_sites}/harrow-marketplace/Search?SM=ServiceSearch&SME=True")
    cards = sel.css("div.bem-search-result-item")
    assert cards and not sel.css("[data-service-id]") and not sel.css(".bem-search-results__count")
    link = cards[0].css("div.service-summary-left a[itemprop=url]")
    assert re.fullmatch(r"/harrow-marketplace/Services/\d+", link.attrib["href"])
    assert sel.css("p.service-location") and not sel.css("span[itemprop=streetAddress]")
    assert "Telephone:" in sel.css(".bem-search-result-item__contact").xpath("string()").get()
    assert not sel.css("a[rel=next]") and sel.css("ul.pagination a")


def test_marketplace_detail_is_a_dl_of_labels(sample_sites: str, client: httpx.Client) -> None:
    item = next(i for i in visible("hillingdon-marketplace") if i.address and i.phone and i.min_age)
    sel = page(client, f"{sample_sites}/hillingdon-marketplace/{item.path}")
    assert sel.css("h1::text").get() == item.name
    labels = sel.css("dl.bem-service-details dt::text").getall()
    for label in ("Service Type:", "Telephone:", "Group:", "Age Range:", "Address"):
        assert label in labels
    address = sel.xpath('//dt[.="Address"]/following-sibling::dd[1]').xpath("string()").get()
    assert address.endswith("(directions displayed on map)")
    assert sel.xpath('//dt[.="Age Range:"]/following-sibling::dd[1]//li')
    missing = client.get(f"{sample_sites}/hillingdon-marketplace/Services/1")
    assert missing.status_code == 404


# -- kb5 ------------------------------------------------------------------------------------


def test_kb5_results_page_by_sr_with_editorial_hits(
    sample_sites: str, client: httpx.Client
) -> None:
    base = f"{sample_sites}/hounslow-fsd/kb5/hounslow/fsd/"
    expected = {i.key for i in visible("hounslow-fsd")}
    services: set[str] = set()
    advice = 0
    sr = 0
    while True:
        sel = page(client, f"{base}results.page?sr={sr}")
        hits = sel.css("div.result_hit")
        assert len(hits) <= 10
        for href in hits.css("div.result_hit_header h3 a::attr(href)").getall():
            assert not href.startswith(("/", "http")), "kb5 links are relative"
            if href.startswith("advice.page"):
                advice += 1
            else:
                assert href.startswith("service.page?id=")
                key = parse_qs(urlsplit(href).query)["id"][0]
                assert re.fullmatch(r"[A-Za-z0-9_-]{11}", key)
                services.add(key)
        if not sel.css("ul.pagination li.next a"):
            break
        sr += 10
    assert services == expected
    assert advice >= 5, "editorial advice pages are mixed into the results"
    advice_href = (
        page(client, f"{base}results.page?familychannel=2-1")
        .css("div.advice_hit a::attr(href)")
        .get()
    )
    assert page(client, urljoin(base, advice_href)).css("h1.advice_title")


def test_kb5_channel_filter_and_detail_sections(sample_sites: str, client: httpx.Client) -> None:
    base = f"{sample_sites}/hounslow-fsd/kb5/hounslow/fsd/"
    sel = page(client, f"{base}results.page?familychannel=4-1&sr=0")
    count = sel.css("p.result_count::text").get()
    assert re.match(r"Showing 1 - \d+ of \d+ results", count)
    item = next(i for i in visible("hounslow-fsd") if i.address and i.slots and i.cost)
    detail = page(client, f"{base}service.page?id={item.key}")
    assert detail.css("h1::text").get() == item.name
    sections = detail.css("section.field_section").xpath("@class").getall()
    for kind in ("service_description", "service_contact", "service_venue", "service_event"):
        assert any(kind in c for c in sections), kind
    venue = detail.css("section.service_venue")
    assert venue.xpath('.//dt[.="Postcode"]/following-sibling::dd[1]/text()').get()
    assert venue.xpath('.//dt[.="Address"]/following-sibling::dd[1]/span')
    event = detail.css("section.service_event")
    assert event.css("table.opening_times") or event.css("dl")


def test_kb5_presence_and_bootstrap_themes(sample_sites: str, client: httpx.Client) -> None:
    presence = page(
        client,
        f"{sample_sites}/wandsworth-fis/kb5/wandsworth/fis/results.page?directorychannel=4-1&sr=0",
    )
    assert not presence.css("p.result_count") and not presence.css("li.next")
    assert re.search(r"\d+ records found", presence.css("h1").xpath("string()").get())
    assert presence.css("div.result_hit header h4 a")
    assert presence.css("a.shortlist-link[href*='sr=']")
    bootstrap = page(
        client,
        f"{sample_sites}/rbkc-directory/kb5/rbkc/directory/results.page?localofferchannel=4-2&sr=0",
    )
    assert bootstrap.css("article[id^=hit-] div.result_hit_header h3 a")
    assert "records found" not in bootstrap.xpath("string()").get()
    assert bootstrap.css("a.page-link[aria-label='Go to Next Page']")


def test_kb5_home_redirect_and_unknown_id(sample_sites: str, client: httpx.Client) -> None:
    response = client.get(f"{sample_sites}/rbkc-directory/")
    assert response.status_code == 302
    assert response.headers["location"].endswith("/kb5/rbkc/directory/home.page")
    missing = client.get(f"{sample_sites}/rbkc-directory/kb5/rbkc/directory/service.page?id=x")
    assert missing.status_code == 404


# -- CarePlace ------------------------------------------------------------------------------


def test_careplace_category_pages_follow_rel_next(sample_sites: str, client: httpx.Client) -> None:
    url = f"{sample_sites}/careplace/Categories/3"
    seen: list[str] = []
    pages = 0
    while url:
        sel = page(client, url)
        pages += 1
        items = sel.css("ul.search-results li.search-result")
        assert len(items) <= 20
        seen += items.css("h3.search-result__title a::attr(href)").getall()
        assert all(b for b in items.css("span.search-result__borough::text").getall())
        nxt = sel.css("a[rel=next]::attr(href)").get()
        url = urljoin(url, nxt) if nxt else ""
    expected = [
        i for i in visible("careplace") if any(3 in BY_KEY[k].careplace for k in i.categories)
    ]
    assert pages > 1
    assert sorted(seen) == sorted(f"/careplace/{i.path}" for i in expected)


def test_careplace_borough_filter(sample_sites: str, client: httpx.Client) -> None:
    sel = page(client, f"{sample_sites}/careplace/Categories/1?borough=Brent")
    boroughs = set(sel.css("span.search-result__borough::text").getall())
    assert boroughs == {"Brent"}


def test_careplace_profiles_hidden_contacts_and_postcode_in_text(
    sample_sites: str, client: httpx.Client
) -> None:
    hidden = next(i for i in visible("careplace") if i.hidden_contact)
    sel = page(client, f"{sample_sites}/careplace/{hidden.path}")
    assert sel.css("p.contact-hidden")
    assert not sel.css(".contact-phone, .contact-email")
    assert not sel.css("a[href^='mailto:']")

    widget = next(i for i in visible("careplace") if sum(i.key.encode()) % 7 == 0)
    hostile = page(client, f"{sample_sites}/careplace/{widget.path}")
    assert hostile.css("div.service-description script")
    assert hostile.css("div.service-description [onclick]")

    shown = next(i for i in visible("careplace") if not i.hidden_contact and i.phone)
    sel = page(client, f"{sample_sites}/careplace/{shown.path}")
    assert sel.css("li.contact-phone::text").get() == shown.phone
    address = sel.css("div.service-location p.address::text").get()
    assert shown.address and shown.address.postcode in address
    assert not sel.xpath("//*[contains(@class, 'postcode')]"), "no separate postcode field"
    assert sel.css("p.service-area::text").get() == f"Borough: {shown.borough}"

    org_href = sel.css("p.service-provider a::attr(href)").get()
    assert re.fullmatch(r"/careplace/Organisations/Details/\d+", org_href)
    org = page(client, urljoin(sample_sites, org_href))
    assert f"/careplace/{shown.path}" in org.css("ul.organisation-services a::attr(href)").getall()
    assert org.css("div.organisation-about p::text").get()
    assert org.css("li.organisation-website a::attr(href)").get().startswith("https://")


# -- FID ------------------------------------------------------------------------------------


def test_fid_caps_results_at_200_without_pagination(
    sample_sites: str, client: httpx.Client
) -> None:
    everything = visible("bexley-fid")
    assert len(everything) > 200
    sel = page(client, f"{sample_sites}/bexley-fid/Provider")
    assert len(sel.css("div.provider-result")) == 200
    summary = sel.css("p.results-summary::text").get()
    assert f"returned {len(everything)} results" in summary and "first 200" in summary
    assert not sel.css("a[rel=next], .pagination")

    seen: set[str] = set()
    for cid in range(11, 22):
        cat = page(client, f"{sample_sites}/bexley-fid/Provider?SelectedCategory={cid}")
        links = cat.css("div.provider-result h3 a::attr(href)").getall()
        assert len(links) < 200
        seen |= {parse_qs(urlsplit(h).query)["providerId"][0] for h in links}
    assert seen == {i.key for i in everything}


def test_fid_postcode_search_and_detail_pairs(sample_sites: str, client: httpx.Client) -> None:
    near = page(client, f"{sample_sites}/bexley-fid/Provider?Postcode=DA6%207AA&Proximity=1").css(
        "div.provider-result"
    )
    far = page(client, f"{sample_sites}/bexley-fid/Provider?Postcode=DA6&Proximity=10").css(
        "div.provider-result"
    )
    assert 0 < len(near) < len(far)
    unknown = page(client, f"{sample_sites}/bexley-fid/Provider?Postcode=ZZ99%209ZZ")
    assert "not recognised" in unknown.css("p.validation-summary-errors::text").get()

    item = next(i for i in visible("bexley-fid") if i.phone and i.address)
    sel = page(client, f"{sample_sites}/bexley-fid/Provider/Details?providerId={item.key}")
    assert sel.css("h1::text").get() == item.name
    pairs = {
        p.css("b::text").get().rstrip(":"): p.xpath("string()").get().split(":", 1)[1].strip()
        for p in sel.css("div.provider-details p")
    }
    assert pairs["Phone"] == item.phone
    assert item.address and item.address.postcode in pairs["Address"]
