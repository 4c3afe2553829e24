"""Fault modes and data updates, switched through the control API: each behaves as
docs/sample-sources.md specifies, on one site only, and clears."""

from __future__ import annotations

import time
import zlib
from email.utils import parsedate_to_datetime

import httpx
import pytest
from parsel import Selector

from samples.control import set_fault, state, update
from samples.loader import load_cached
from samples.routing import DATA_DATE
from samples.truth import load_truth

DATA = load_cached()
SEARCH = "hillingdon-marketplace/Search?SM=ServiceSearch&SME=True"
FEED = "kingston-openplace/o/OpenReferralService/v3/services"


@pytest.fixture
def client() -> httpx.Client:
    with httpx.Client(follow_redirects=False, timeout=30) as c:
        yield c


def test_http500_hits_one_site_but_not_its_robots(sample_sites_fresh: str, client) -> None:
    set_fault(sample_sites_fresh, "hillingdon-marketplace", "http500")
    assert client.get(f"{sample_sites_fresh}/{SEARCH}").status_code == 500
    assert client.get(f"{sample_sites_fresh}/hillingdon-marketplace/robots.txt").status_code == 200
    assert client.get(f"{sample_sites_fresh}/harrow-marketplace/").status_code == 200
    assert state(sample_sites_fresh)["sites"][0]["fault"]["mode"] == "http500"
    set_fault(sample_sites_fresh, "hillingdon-marketplace", None)
    assert client.get(f"{sample_sites_fresh}/{SEARCH}").status_code == 200


def test_a_fault_limited_to_record_pages_leaves_the_lists_alone(
    sample_sites_fresh: str, client
) -> None:
    """``paths`` confines a fault to the URLs it matches: here the AfC records fail (500,
    then 404) while the map's markers and the list still answer."""
    site = f"{sample_sites_fresh}/kingston-afc"
    item = next(i for i in DATA.listings_of("kingston-afc") if i.introduced == 0)
    records = r"^childcare_providers/\d"
    described = set_fault(sample_sites_fresh, "kingston-afc", "http500", paths=records)
    assert described["fault"]["paths"] == records
    assert client.get(f"{site}/{item.path}").status_code == 500
    assert client.get(f"{site}/childcare_providers?page=1&per_page=50").status_code == 200
    assert client.get(f"{site}/childcare_providers?format=json").status_code == 200
    set_fault(sample_sites_fresh, "kingston-afc", "http404", paths=records)
    missing = client.get(f"{site}/{item.path}")
    assert missing.status_code == 404 and "Page not found" in missing.text
    assert client.get(f"{site}/childcare_providers?page=1&per_page=50").status_code == 200
    set_fault(sample_sites_fresh, "kingston-afc", "soft404", paths="format=json")
    assert "could not be found" in client.get(f"{site}/childcare_providers?format=json").text
    assert client.get(f"{site}/{item.path}").status_code == 200
    bad = client.post(
        f"{sample_sites_fresh}/_control/kingston-afc/fault", json={"mode": "http500", "paths": "("}
    )
    assert bad.status_code == 400 and "paths is not a regular expression" in bad.json()["error"]


def test_slow_delays_every_response(sample_sites_fresh: str, client) -> None:
    set_fault(sample_sites_fresh, "careplace", "slow", delay=0.4)
    started = time.monotonic()
    response = client.get(f"{sample_sites_fresh}/careplace/Categories/3")
    assert response.status_code == 200
    assert time.monotonic() - started >= 0.4


def test_ratelimit_announces_and_enforces_retry_after(sample_sites_fresh: str, client) -> None:
    set_fault(sample_sites_fresh, "careplace", "ratelimit", burst=2, retry_after=1)
    url = f"{sample_sites_fresh}/careplace/Categories/1"
    assert [client.get(url).status_code for _ in range(2)] == [200, 200]
    limited = client.get(url)
    assert limited.status_code == 429 and limited.headers["retry-after"] == "1"
    assert client.get(url).status_code == 429
    time.sleep(1.1)
    assert client.get(url).status_code == 200, "a client that waits gets through"


def test_truncated_cuts_the_body(sample_sites_fresh: str, client) -> None:
    whole = client.get(f"{sample_sites_fresh}/{SEARCH}").content
    set_fault(sample_sites_fresh, "hillingdon-marketplace", "truncated")
    cut = client.get(f"{sample_sites_fresh}/{SEARCH}")
    assert cut.status_code == 200
    assert len(cut.content) < len(whole) and whole.startswith(cut.content)
    assert b"</html>" not in cut.content


def test_layout_changed_keeps_data_but_changes_markup(sample_sites_fresh: str, client) -> None:
    set_fault(sample_sites_fresh, "hillingdon-marketplace", "layout_changed")
    sel = Selector(text=client.get(f"{sample_sites_fresh}/{SEARCH}").text)
    assert not sel.css("[data-service-id]") and not sel.css("[itemprop]")
    assert sel.css("article.search-card h3 a")
    set_fault(sample_sites_fresh, "kingston-openplace", "layout_changed")
    body = client.get(f"{sample_sites_fresh}/{FEED}").json()
    assert "contents" not in body and body["items"]
    set_fault(sample_sites_fresh, "ealing-open-data", "layout_changed")
    csv_text = client.get(
        f"{sample_sites_fresh}/ealing-open-data/download/community-services.csv"
    ).text
    assert csv_text.lstrip("\ufeff").startswith("Ref,Name of service")


def test_empty_shows_no_listings(sample_sites_fresh: str, client) -> None:
    item = next(i for i in DATA.listings_of("kingston-openplace") if i.introduced == 0)
    set_fault(sample_sites_fresh, "kingston-openplace", "empty")
    body = client.get(f"{sample_sites_fresh}/{FEED}").json()
    assert body["total_items"] == 0 and body["empty"] and body["contents"] == []
    assert client.get(f"{sample_sites_fresh}/kingston-openplace/{item.path}").status_code == 404
    set_fault(sample_sites_fresh, "hounslow-fsd", "empty")
    sel = Selector(
        text=client.get(f"{sample_sites_fresh}/hounslow-fsd/kb5/hounslow/fsd/results.page").text
    )
    assert not sel.css("div.result_hit")


def test_soft404_answers_200_html_at_a_feed_url(sample_sites_fresh: str, client) -> None:
    set_fault(sample_sites_fresh, "kingston-openplace", "soft404")
    response = client.get(f"{sample_sites_fresh}/{FEED}")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert "could not be found" in response.text


def test_gzip_bomb_inflates_far_beyond_its_size(sample_sites_fresh: str, client) -> None:
    set_fault(sample_sites_fresh, "greenwich-directory", "gzip_bomb", size_mb=16)
    with client.stream("GET", f"{sample_sites_fresh}/greenwich-directory/sitemap.xml") as r:
        assert r.status_code == 200 and r.headers["content-encoding"] == "gzip"
        raw = b"".join(r.iter_raw())
    assert len(raw) < 100_000
    inflater = zlib.decompressobj(31)
    inflated = 0
    chunk = inflater.decompress(raw, 1 << 20)
    while chunk:
        inflated += len(chunk)
        chunk = inflater.decompress(inflater.unconsumed_tail, 1 << 20)
    assert inflated == 16 << 20


def test_redirect_private_points_at_a_private_address(sample_sites_fresh: str, client) -> None:
    set_fault(sample_sites_fresh, "enfield-outpost", "redirect_private")
    response = client.get(f"{sample_sites_fresh}/enfield-outpost/api/v1/services?page=2")
    assert response.status_code == 302
    assert response.headers["location"] == (
        "http://169.254.169.254/latest/meta-data/enfield-outpost/api/v1/services?page=2"
    )
    set_fault(sample_sites_fresh, "enfield-outpost", "redirect_private", target="http://10.0.0.7")
    moved = client.get(f"{sample_sites_fresh}/enfield-outpost/api/v1/services")
    assert moved.headers["location"].startswith("http://10.0.0.7/enfield-outpost/")


def test_update_edits_removes_and_adds_listings(sample_sites_fresh: str, client) -> None:
    site = "careplace"
    listing_url = f"{sample_sites_fresh}/careplace/Categories/3"
    before = client.get(listing_url).headers["etag"]
    result = update(sample_sites_fresh, site)
    assert result["generation"] == 1
    truth = load_truth().changes(site, 1)
    assert set(result["added"]) == truth.added and truth.added
    assert set(result["edited"]) == truth.edited and truth.edited
    assert set(result["removed"]) == truth.removed and truth.removed

    by_key = {i.key: i for i in DATA.listings_of(site)}
    removed = by_key[sorted(truth.removed)[0]]
    added = by_key[sorted(truth.added)[0]]
    edited = by_key[sorted(truth.edited)[0]]
    assert client.get(f"{sample_sites_fresh}/careplace/{removed.path}").status_code == 404
    assert client.get(f"{sample_sites_fresh}/careplace/{added.path}").status_code == 200
    page = client.get(f"{sample_sites_fresh}/careplace/{edited.path}")
    original = Selector(text=page.text).css("div.service-description p::text").getall()
    assert len(original) > edited.description.count("\n\n") + 1, "a sentence was added"
    assert parsedate_to_datetime(page.headers["last-modified"]) > DATA_DATE
    after = client.get(listing_url, headers={"If-None-Match": before})
    assert after.status_code == 200, "a changed list page is not a 304"

    assert update(sample_sites_fresh, site, generation=0)["generation"] == 0
    assert client.get(f"{sample_sites_fresh}/careplace/{removed.path}").status_code == 200
    assert client.get(listing_url, headers={"If-None-Match": before}).status_code == 304
