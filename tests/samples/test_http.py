"""HTTP behaviour every sample page shares: validators and 304s, robots.txt, the index page,
and the control API's error answers."""

from __future__ import annotations

from email.utils import format_datetime, parsedate_to_datetime
from urllib.robotparser import RobotFileParser

import httpx
import pytest

from samples.loader import load_cached
from samples.publishers import PUBLISHERS
from samples.routing import DATA_DATE
from samples.server import make_server

DATA = load_cached()

LIST_PAGES = {
    "hillingdon-marketplace": "Search?SM=ServiceSearch&SME=True",
    "harrow-marketplace": "Search?CategoryId=1101&SM=ServiceSearch&SME=True",
    "hounslow-fsd": "kb5/hounslow/fsd/results.page?familychannel=2-1&sr=0",
    "wandsworth-fis": "kb5/wandsworth/fis/results.page?sr=10",
    "rbkc-directory": "kb5/rbkc/directory/home.page",
    "bexley-localoffer": "kb5/bexley/localoffer/results.page",
    "careplace": "Categories/3?page=2",
    "bexley-fid": "Provider?SelectedCategory=11",
    "kingston-openplace": "o/OpenReferralService/v3/services?page=1",
    "enfield-outpost": "api/v1/services",
    "greenwich-directory": "sitemap.xml?page=1",
    "ealing-open-data": "download/community-services.csv",
    "hillingdon-connect": "api/s4s-advanced-search/directory-search/get-list?searchParams=%7B%7D",
    "shop4support": "api/s4s-advanced-search/directory-search/get-list?searchParams=%7B%7D",
    "kingston-afc": "childcare_providers?format=json",
    "hounslow-directory": "directory/12",
    "enfield-directory": "directory/44/support-and-activities",
    "kingston-connected": "core/v1/services?include=organisation",
    "hounslow-connect": "core/v1/service-locations?include=location&page=2",
    "greenwich-outpost": "api/v1/services",
    "rbkc-outpost": "api/v1/services?page=1&per_page=10",
    "greenwich-community": "sitemap.xml",
    "harrow-localgov": "services",
    "ealing-localgov": "sitemap.xml",
}


@pytest.fixture(scope="module")
def client() -> httpx.Client:
    with httpx.Client(follow_redirects=False, timeout=30) as c:
        yield c


def detail_path(source_id: str) -> str:
    item = next(i for i in DATA.listings_of(source_id) if i.introduced == 0 and i.path)
    return item.path


@pytest.mark.parametrize("source_id", [p.id for p in PUBLISHERS])
def test_every_page_supports_conditional_get(
    sample_sites: str, client: httpx.Client, source_id: str
) -> None:
    paths = [LIST_PAGES[source_id], "robots.txt"]
    if source_id != "ealing-open-data":
        paths.append(detail_path(source_id))
    for path in paths:
        url = f"{sample_sites}/{source_id}/{path}"
        first = client.get(url)
        assert first.status_code == 200, url
        etag, modified = first.headers["etag"], first.headers["last-modified"]
        assert etag.startswith('"') and modified.endswith("GMT")
        again = client.get(url, headers={"If-None-Match": etag})
        assert again.status_code == 304 and again.content == b""
        assert again.headers["etag"] == etag
        assert client.get(url, headers={"If-Modified-Since": modified}).status_code == 304
        stale = client.get(url, headers={"If-None-Match": '"something-else"'})
        assert stale.status_code == 200 and stale.content == first.content
        older = format_datetime(DATA_DATE.replace(year=2020), usegmt=True)
        assert client.get(url, headers={"If-Modified-Since": older}).status_code == 200


def test_detail_last_modified_is_the_listings_own_date(
    sample_sites: str, client: httpx.Client
) -> None:
    item = next(i for i in DATA.listings_of("careplace") if i.introduced == 0)
    response = client.get(f"{sample_sites}/careplace/{item.path}")
    modified = parsedate_to_datetime(response.headers["last-modified"])
    assert modified.date().isoformat() == item.last_modified[:10]
    listing_page = client.get(f"{sample_sites}/careplace/Categories/3")
    assert parsedate_to_datetime(listing_page.headers["last-modified"]) == DATA_DATE


def test_robots_per_site_and_for_the_shared_host(sample_sites: str, client: httpx.Client) -> None:
    blocked = client.get(f"{sample_sites}/bexley-localoffer/robots.txt").text
    assert blocked.split() == ["User-agent:", "*", "Disallow:", "/"]

    host = RobotFileParser()
    host.parse(client.get(f"{sample_sites}/robots.txt").text.splitlines())
    blocked_url = f"{sample_sites}/bexley-localoffer/kb5/bexley/localoffer/results.page"
    assert not host.can_fetch("SignpostBot", blocked_url)
    assert host.can_fetch("SignpostBot", f"{sample_sites}/bexley-fid/Provider")
    assert not host.can_fetch("SignpostBot", f"{sample_sites}/careplace/Account/Login")

    own = RobotFileParser()
    own.parse(client.get(f"{sample_sites}/careplace/robots.txt").text.splitlines())
    assert own.can_fetch("SignpostBot", f"{sample_sites}/careplace/Categories/3")
    assert not own.can_fetch("SignpostBot", f"{sample_sites}/careplace/Account/Login")
    # The blocked site's pages exist: only robots.txt keeps a polite harvester out.
    assert client.get(blocked_url).status_code == 200


def test_index_head_and_methods(sample_sites: str, client: httpx.Client) -> None:
    index = client.get(f"{sample_sites}/")
    assert index.status_code == 200
    for publisher in PUBLISHERS:
        assert f'href="/{publisher.id}/"' in index.text
    head = client.head(f"{sample_sites}/careplace/Categories/3")
    assert head.status_code == 200 and head.content == b"" and head.headers["etag"]
    assert client.post(f"{sample_sites}/careplace/Categories/3").status_code == 405
    assert client.get(f"{sample_sites}/no-such-site/").status_code == 404
    assert client.get(f"{sample_sites}/careplace").status_code == 301


def test_control_api_rejects_bad_requests(sample_sites_fresh: str, client: httpx.Client) -> None:
    base = f"{sample_sites_fresh}/_control"
    bad_mode = client.post(f"{base}/careplace/fault", json={"mode": "explode"})
    assert bad_mode.status_code == 400 and "unknown fault mode" in bad_mode.json()["error"]
    bad_option = client.post(f"{base}/careplace/fault", json={"mode": "slow", "delay": "x"})
    assert bad_option.status_code == 400
    assert client.post(f"{base}/nowhere/fault", json={"mode": "http500"}).status_code == 404
    assert client.post(f"{base}/careplace/explode").status_code == 404
    assert client.get(f"{base}/careplace/fault").status_code == 405
    not_json = client.post(f"{base}/careplace/fault", content=b"{nope")
    assert not_json.status_code == 400
    state = client.get(base).json()
    assert {s["site"] for s in state["sites"]} == {p.id for p in PUBLISHERS}
    assert all(s["fault"] is None and s["generation"] == 0 for s in state["sites"])


def test_control_api_switches_a_sites_theme(sample_sites_fresh: str, client: httpx.Client) -> None:
    base = f"{sample_sites_fresh}/_control"
    state = {s["site"]: s for s in client.get(base).json()["sites"]}
    assert state["wandsworth-fis"]["theme"] == "presence"
    assert state["careplace"]["themes"] == ["classic", "cards"]
    assert all(len(s["themes"]) >= 2 for s in state.values()), "every platform has two themes"
    page = f"{sample_sites_fresh}/careplace/Categories/3"
    assert "search-result__title" in client.get(page).text
    switched = client.post(f"{base}/careplace/theme", json={"theme": "cards"})
    assert switched.status_code == 200 and switched.json()["theme"] == "cards"
    assert "service-card__title" in client.get(page).text
    bad = client.post(f"{base}/careplace/theme", json={"theme": "nope"})
    assert bad.status_code == 400 and "cards" in bad.json()["error"]
    assert client.post(f"{base}/careplace/theme", json={"theme": 3}).status_code == 400
    assert client.post(f"{base}/careplace/theme", json={"theme": None}).json()["theme"] == "classic"
    client.post(f"{base}/careplace/theme", json={"theme": "cards"})
    client.post(f"{base}/reset")
    assert "search-result__title" in client.get(page).text  # reset: its own theme again


def test_server_binds_loopback_only() -> None:
    with pytest.raises(ValueError, match="loopback"):
        make_server("0.0.0.0", 0)
