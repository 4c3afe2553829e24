"""Politeness: robots.txt per RFC 9309, Retry-After, one request at a time per host, and a
User-Agent that says who we are."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest

from harvesters.politeness import policy_from_response, retry_after_seconds
from index.store import Store
from signpost.config import Settings
from signpost.harvest import harvest
from tests.harvesters.builders import serve_sitemap_site
from tests.harvesters.conftest import source
from tests.harvesters.siteserver import Page, SiteServer, serving


@pytest.mark.parametrize(
    ("status", "verdict"),
    [
        (200, "rules"),
        (404, "allow_all"),
        (410, "allow_all"),
        (401, "allow_all"),
        (429, "disallow_all"),
        (500, "disallow_all"),
        (503, "disallow_all"),
    ],
)
def test_robots_status_decides_first(status: int, verdict: str) -> None:
    assert policy_from_response(status, b"User-agent: *\nAllow: /\n").verdict == verdict


def test_robots_rules_match_our_product_token() -> None:
    body = b"User-agent: *\nAllow: /\n\nUser-agent: Signpost\nDisallow: /private/\n"
    policy = policy_from_response(200, body)
    assert policy.allows("https://d.example/services/1")
    assert not policy.allows("https://d.example/private/1")


def test_retry_after_forms() -> None:
    now = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
    assert retry_after_seconds(b"120") == 120.0
    later = format_datetime(now + timedelta(seconds=90), usegmt=True)
    assert retry_after_seconds(later, now=now) == pytest.approx(90.0)
    assert retry_after_seconds(b"soon") is None
    assert retry_after_seconds(None) is None


def _only_robots_requested(site: SiteServer) -> None:
    assert set(site.paths()) == {"/robots.txt"}


def test_robots_5xx_means_disallow_all_and_the_source_is_blocked(
    site: SiteServer, settings: Settings, store: Store
) -> None:
    serve_sitemap_site(site, 3)
    site.routes["/robots.txt"] = Page("down", status=503, etag=False)
    src = source("robots5xx", "sitemap", f"{site.url}/dir", retry_times=0)
    (outcome,) = harvest(settings, store, [src])
    assert outcome.status == "blocked"
    assert "robots.txt unreachable (HTTP 503)" in (outcome.reason or "")
    assert store.get_run(outcome.run_id).status == "blocked"  # type: ignore[union-attr]
    _only_robots_requested(site)


def test_robots_unreachable_host_is_disallow_all(settings: Settings, store: Store) -> None:
    with serving() as closed:
        url = closed.url  # a port that will be closed by the time the crawl runs
    src = source("robots-down", "sitemap", f"{url}/dir", retry_times=0)
    (outcome,) = harvest(settings, store, [src])
    assert outcome.status == "blocked"
    assert "robots.txt unreachable" in (outcome.reason or "")


def test_robots_4xx_means_allow(site: SiteServer, settings: Settings, store: Store) -> None:
    serve_sitemap_site(site, 3)
    del site.routes["/robots.txt"]  # 404
    (outcome,) = harvest(settings, store, [source("robots404", "sitemap", f"{site.url}/dir")])
    assert outcome.status == "published"
    assert store.count_records("robots404") == 3


def test_robots_disallowing_the_directory_blocks_it_uncrawled(
    site: SiteServer, settings: Settings, store: Store
) -> None:
    serve_sitemap_site(site, 3)
    site.routes["/robots.txt"] = Page(
        "User-agent: *\nAllow: /\n\nUser-agent: Signpost\nDisallow: /dir/\n",
        content_type="text/plain",
    )
    (outcome,) = harvest(settings, store, [source("disallowed", "sitemap", f"{site.url}/dir")])
    assert outcome.status == "blocked"
    assert outcome.reason == "robots.txt disallows /dir/sitemap.xml for Signpost"
    _only_robots_requested(site)


def test_robots_disallowed_pages_are_skipped_not_fetched(
    site: SiteServer, settings: Settings, store: Store
) -> None:
    serve_sitemap_site(site, 4)
    site.routes["/robots.txt"] = Page(
        "User-agent: *\nDisallow: /dir/services/3\n", content_type="text/plain"
    )
    (outcome,) = harvest(settings, store, [source("partly", "sitemap", f"{site.url}/dir")])
    assert outcome.status == "published"
    assert store.count_records("partly") == 3
    assert "/dir/services/3" not in site.paths()
    summary = store.get_run(outcome.run_id).summary  # type: ignore[union-attr]
    assert summary["skipped_by_reason"] == {"robots.txt": 1}
    assert summary["robots_forbidden"] == 1


def test_user_agent_names_signpost_and_a_contact(
    site: SiteServer, settings: Settings, store: Store
) -> None:
    serve_sitemap_site(site, 1)
    harvest(settings, store, [source("ua", "sitemap", f"{site.url}/dir")])
    agents = {h.headers.get("user-agent") for h in site.hits}
    assert agents == {
        f"Signpost/0.1 (+{settings.contact_url}; care and support directory harvester)"
    }


def test_one_request_at_a_time_per_host_by_default(
    site: SiteServer, settings: Settings, store: Store
) -> None:
    paths = serve_sitemap_site(site, 6)
    for path in paths:
        site.routes[path].delay = 0.05  # type: ignore[union-attr]
    harvest(settings, store, [source("serial", "sitemap", f"{site.url}/dir")])
    assert site.max_in_flight == 1
    site.max_in_flight = 0
    wider = source("wider", "sitemap", f"{site.url}/dir").model_copy(update={"concurrency": 3})
    harvest(settings, store, [wider])
    assert site.max_in_flight > 1


def test_retry_after_is_honoured(site: SiteServer, settings: Settings, store: Store) -> None:
    serve_sitemap_site(site, 2)
    calls = {"n": 0}
    ok = site.routes["/dir/services/2"]

    def busy_once(_hit):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 1:
            return Page("busy", status=503, headers={"Retry-After": "1"}, etag=False)
        return ok

    site.routes["/dir/services/2"] = busy_once
    (outcome,) = harvest(settings, store, [source("busy", "sitemap", f"{site.url}/dir")])
    assert outcome.status == "published"
    assert store.count_records("busy") == 2
    hits = [h for h in site.hits if h.path == "/dir/services/2"]
    assert len(hits) == 2
    assert hits[1].at - hits[0].at >= 0.95


def test_retry_after_over_the_cap_gives_up_and_keeps_the_previous_version(
    site: SiteServer, settings: Settings, store: Store
) -> None:
    serve_sitemap_site(site, 3)
    src = source("capped", "sitemap", f"{site.url}/dir", retry_after_cap_seconds=5)
    assert harvest(settings, store, [src])[0].status == "published"
    site.routes["/dir/services/2"] = Page(
        "slow down", status=429, headers={"Retry-After": "3600"}, etag=False
    )
    (outcome,) = harvest(settings, store, [src])
    assert outcome.status == "published"
    assert store.count_records("capped") == 3  # the listing was not counted as gone
    summary = store.get_run(outcome.run_id).summary  # type: ignore[union-attr]
    assert summary["kept_previous"] == 1
    (example,) = summary["skipped_examples"]
    assert example["reason"] == "HTTP 429 with Retry-After 3600 s, over the 5 s cap"
    assert len([h for h in site.hits if h.path == "/dir/services/2"]) == 2  # 1 per run


def test_robots_forbidding_some_start_pages_skips_them_without_blocking_the_source(
    site: SiteServer, settings: Settings, store: Store
) -> None:
    site.routes["/robots.txt"] = Page(
        "User-agent: *\nDisallow: /fid/Provider?SelectedCategory=12\n", content_type="text/plain"
    )
    site.routes["/fid/Provider"] = Page(
        '<main><p class="results-summary">Your search returned 1 results.</p>'
        '<div class="panel provider-result"><div class="panel-heading"><h3>'
        '<a href="/fid/Provider/Details?providerId=7">Lunch Club</a></h3></div>'
        '<div class="panel-body"><p><b>Address:</b> 1 High St, Bexley, DA5 1AA</p></div>'
        "</div></main>"
    )
    site.routes["/fid/Provider/Details"] = Page(
        '<h1>Lunch Club</h1><div class="provider-details"><p><b>Address:</b> 1 High St, '
        "Bexley, DA5 1AA</p><p><b>Phone:</b> 020 8303 7777</p></div>"
    )
    src = source("partial-fid", "fid", f"{site.url}/fid/", category_ids=[11, 12])
    (outcome,) = harvest(settings, store, [src])
    assert outcome.status == "published", outcome.reason
    assert store.count_records("partial-fid") == 1
    assert "/fid/Provider?SelectedCategory=12" not in site.paths()
    summary = store.get_run(outcome.run_id).summary  # type: ignore[union-attr]
    assert summary["skipped_by_reason"] == {"robots.txt": 1}
