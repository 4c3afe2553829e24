"""Runs that cannot destroy data: conditional re-runs, the gates, quarantine with release
and discard, tombstones — each time checking the previously published data is unchanged."""

from __future__ import annotations

import gzip

import pytest

from harvesters.gates import check_gates, fill_rates
from index.model import Location, Phone, Service
from index.store import Store
from signpost.config import Settings
from signpost.harvest import UnknownSources, harvest
from tests.harvesters.builders import serve_sitemap_site, service_page, sitemap
from tests.harvesters.conftest import source
from tests.harvesters.siteserver import Page, SiteServer


def live(store: Store, source_id: str) -> list[tuple[str, str]]:
    return sorted((r.id, r.content_hash) for r in store.iter_records(source_id))


def _service(**kw: object) -> Service:
    return Service(id="x", name="n", **kw)  # type: ignore[arg-type]


# -- gates as pure functions -------------------------------------------------------------------


def test_fill_rates() -> None:
    services = [
        _service(description="d", phones=[Phone(number="+442084271234")]),
        _service(locations=[Location(postal_code="HA1 2AA")]),
    ]
    rates = fill_rates(services)
    assert rates["description"] == 0.5 and rates["contact"] == 0.5
    assert rates["postcode"] == 0.5 and rates["address"] == 0.5
    assert fill_rates([]) == {}


@pytest.mark.parametrize(
    ("kwargs", "publish", "reason"),
    [
        ({"records": 10, "previous_records": 10}, True, None),
        ({"records": 0, "previous_records": 10}, False, "empty run"),
        ({"records": 4, "previous_records": 10}, False, "shrunk by 60% (10 → 4 listings)"),
        ({"records": 5, "previous_records": 10}, True, None),  # exactly half is allowed
        ({"records": 3, "previous_records": 0}, True, None),  # first run
        (
            {"records": 10, "previous_records": 10, "incomplete": "list page failed"},
            False,
            "incomplete run: list page failed",
        ),
        (
            {
                "records": 10,
                "previous_records": 10,
                "fill": {"contact": 0.2},
                "previous_fill": {"contact": 0.9},
            },
            False,
            "fill rate of contact collapsed",
        ),
        (
            {
                "records": 10,
                "previous_records": 10,
                "fill": {"contact": 0.0},
                "previous_fill": {"contact": 0.1},
            },
            True,
            None,
        ),  # it was never common
    ],
)
def test_gates(kwargs: dict[str, object], publish: bool, reason: str | None) -> None:
    args: dict[str, object] = {"fill": {}, "previous_fill": {}, "max_shrink_ratio": 0.5}
    args.update(kwargs)
    verdict = check_gates(**args)  # type: ignore[arg-type]
    assert verdict.publish is publish
    if reason:
        assert verdict.reason and reason in verdict.reason


# -- conditional re-runs ---------------------------------------------------------------------


def test_unchanged_rerun_transfers_under_5_percent_and_publishes_a_complete_run(
    site: SiteServer, settings: Settings, store: Store
) -> None:
    serve_sitemap_site(site, 30)
    src = source("cond", "sitemap", f"{site.url}/dir")
    first = harvest(settings, store, [src])[0]
    snapshot = live(store, "cond")
    second = harvest(settings, store, [src])[0]
    assert second.status == "published"
    assert second.counts["unchanged"] == 30 and second.counts["gone"] == 0
    assert live(store, "cond") == snapshot
    s1 = store.get_run(first.run_id).summary  # type: ignore[union-attr]
    s2 = store.get_run(second.run_id).summary  # type: ignore[union-attr]
    assert s2["not_modified"] == 31  # the sitemap and every page
    assert s2["reused_unchanged"] == 30
    assert s2["bytes"] < 0.05 * s1["bytes"], (s2["bytes"], s1["bytes"])
    # Headers included, a 304 (~200 bytes) is still a small fraction of a page.
    assert s2["wire_bytes"] < 0.10 * s1["wire_bytes"], (s2["wire_bytes"], s1["wire_bytes"])
    conditional = [h for h in site.hits if "if-none-match" in h.headers]
    assert len(conditional) == 31


def test_a_changed_page_is_reparsed_and_keeps_its_previous_version(
    site: SiteServer, settings: Settings, store: Store
) -> None:
    serve_sitemap_site(site, 3)
    src = source("chg", "sitemap", f"{site.url}/dir")
    harvest(settings, store, [src])
    site.routes["/dir/services/2"] = Page(service_page(2, name="Advice Service Two (renamed)"))
    (outcome,) = harvest(settings, store, [src])
    assert outcome.counts["changed"] == 1 and outcome.counts["unchanged"] == 2
    (renamed,) = [r for r in store.iter_records("chg") if r.listing_key == "/dir/services/2"]
    assert renamed.service.name == "Advice Service Two (renamed)"
    previous = store.previous_version(renamed.id)
    assert previous is not None and previous.name == "Advice Service 2"


def test_a_new_page_under_an_unchanged_sitemap_is_still_found(
    site: SiteServer, settings: Settings, store: Store
) -> None:
    paths = serve_sitemap_site(site, 3)
    src = source("grow", "sitemap", f"{site.url}/dir")
    harvest(settings, store, [src])
    site.routes["/dir/services/4"] = Page(service_page(4))
    site.routes["/dir/sitemap.xml"] = Page(
        sitemap([site.url + p for p in [*paths, "/dir/services/4"]]),
        content_type="application/xml",
    )
    (outcome,) = harvest(settings, store, [src])
    assert outcome.counts["new"] == 1 and outcome.counts["unchanged"] == 3


# -- gates in a real run: the live data never changes -------------------------------------------


def test_collapsed_run_is_quarantined_then_released_or_discarded(
    site: SiteServer, settings: Settings, store: Store
) -> None:
    paths = serve_sitemap_site(site, 10)
    src = source("gated", "sitemap", f"{site.url}/dir")
    assert harvest(settings, store, [src])[0].status == "published"
    before = live(store, "gated")

    # The directory suddenly lists 3 of its 10 services: a 70 % shrink.
    site.routes["/dir/sitemap.xml"] = Page(
        sitemap([site.url + p for p in paths[:3]]), content_type="application/xml"
    )
    (outcome,) = harvest(settings, store, [src])
    assert outcome.status == "quarantined"
    assert "shrunk by 70% (10 → 3 listings)" in (outcome.reason or "")
    assert live(store, "gated") == before
    assert len(store.quarantined_records(outcome.run_id)) == 3  # type: ignore[arg-type]

    store.discard_run(outcome.run_id)  # type: ignore[arg-type]
    assert live(store, "gated") == before
    assert store.get_run(outcome.run_id).status == "discarded"  # type: ignore[arg-type,union-attr]

    (again,) = harvest(settings, store, [src])
    assert again.status == "quarantined"
    store.release_run(again.run_id)  # type: ignore[arg-type]
    assert store.count_records("gated") == 10  # released: the 7 are missed once, not yet gone
    assert store.get_run(again.run_id).status == "published"  # type: ignore[arg-type,union-attr]


def test_empty_run_is_quarantined_with_the_live_data_untouched(
    site: SiteServer, settings: Settings, store: Store
) -> None:
    serve_sitemap_site(site, 4)
    src = source("emptied", "sitemap", f"{site.url}/dir")
    harvest(settings, store, [src])
    before = live(store, "emptied")
    site.routes["/dir/sitemap.xml"] = Page(sitemap([]), content_type="application/xml")
    (outcome,) = harvest(settings, store, [src])
    assert outcome.status == "quarantined"  # a curator may confirm the source is now empty
    assert outcome.reason == "empty run: no listings found"
    assert live(store, "emptied") == before


def test_template_change_collapsing_a_field_is_quarantined(
    site: SiteServer, settings: Settings, store: Store
) -> None:
    paths = serve_sitemap_site(site, 6)
    src = source("layout", "sitemap", f"{site.url}/dir")
    harvest(settings, store, [src])
    before = live(store, "layout")
    for n, path in enumerate(paths, start=1):  # the structured data loses its addresses
        page = service_page(n).replace('"address"', '"formerAddress"')
        site.routes[path] = Page(page)
    (outcome,) = harvest(settings, store, [src])
    assert outcome.status == "quarantined"
    assert "fill rate of address collapsed from 100% to 0%" in (outcome.reason or "")
    assert live(store, "layout") == before


def test_failing_list_page_makes_the_run_incomplete(
    site: SiteServer, settings: Settings, store: Store
) -> None:
    serve_sitemap_site(site, 3, prefix="/a")
    serve_sitemap_site(site, 3, prefix="/b")
    site.routes["/dir/sitemap.xml"] = Page(
        '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{site.url}/a/sitemap.xml</loc></sitemap>"
        f"<sitemap><loc>{site.url}/b/sitemap.xml</loc></sitemap></sitemapindex>",
        content_type="application/xml",
    )
    src = source("index", "sitemap", f"{site.url}/dir", retry_times=0)
    assert harvest(settings, store, [src])[0].counts["new"] == 6
    before = live(store, "index")
    site.routes["/b/sitemap.xml"] = Page("oops", status=500, etag=False)
    (outcome,) = harvest(settings, store, [src])
    assert outcome.status == "quarantined"
    assert "incomplete run: list page" in (outcome.reason or "")
    assert "/b/sitemap.xml failed: HTTP 500" in (outcome.reason or "")
    assert live(store, "index") == before


def test_listing_gone_for_three_runs_is_tombstoned(
    site: SiteServer, settings: Settings, store: Store
) -> None:
    paths = serve_sitemap_site(site, 4)
    src = source("tomb", "sitemap", f"{site.url}/dir")
    harvest(settings, store, [src])
    site.routes["/dir/sitemap.xml"] = Page(
        sitemap([site.url + p for p in paths[:3]]), content_type="application/xml"
    )
    gone = [o.counts for o in (harvest(settings, store, [src])[0] for _ in range(3))]
    assert [c["gone"] for c in gone] == [1, 1, 0]
    assert [c["tombstoned"] for c in gone] == [0, 0, 1]
    assert store.count_records("tomb") == 3
    assert store.count_records("tomb", live_only=False) == 4


def test_gzip_bomb_and_oversized_pages_are_skipped(
    site: SiteServer, settings: Settings, store: Store
) -> None:
    serve_sitemap_site(site, 3)
    bomb = gzip.compress(b"<html>" + b" " * 3_000_000 + b"</html>")
    site.routes["/dir/services/2"] = Page(bomb, headers={"Content-Encoding": "gzip"}, etag=False)
    site.routes["/dir/services/3"] = Page(b"<html>" + b"x" * 1_500_000 + b"</html>", etag=False)
    src = source("bombs", "sitemap", f"{site.url}/dir", max_page_bytes=1_000_000)
    (outcome,) = harvest(settings, store, [src])
    assert outcome.status == "published"
    assert store.count_records("bombs") == 1
    summary = store.get_run(outcome.run_id).summary  # type: ignore[union-attr]
    assert summary["skipped_by_reason"] == {"too large": 2}
    assert len(bomb) < 1_000_000  # the compressed bomb itself was small


def test_slow_page_times_out_and_redirect_loops_stop(
    site: SiteServer, settings: Settings, store: Store
) -> None:
    serve_sitemap_site(site, 3)
    site.routes["/dir/services/2"] = Page("late", delay=3.0, etag=False)
    site.routes["/dir/services/3"] = Page(
        "", status=302, headers={"Location": "/dir/services/3"}, etag=False
    )
    src = source("limits", "sitemap", f"{site.url}/dir", page_timeout_seconds=1, retry_times=0)
    (outcome,) = harvest(settings, store, [src])
    assert store.count_records("limits") == 1
    summary = store.get_run(outcome.run_id).summary  # type: ignore[union-attr]
    assert set(summary["skipped_by_reason"]) == {"timeout", "redirect loop"}
    assert len([h for h in site.hits if h.path == "/dir/services/3"]) <= 6


def test_unknown_sources_are_refused(settings: Settings, store: Store) -> None:
    with pytest.raises(UnknownSources, match="nope"):
        harvest(settings, store, [source("real", "csv", "http://127.0.0.1/x.csv")], ["nope"])


def test_run_time_limit_makes_the_run_incomplete(
    site: SiteServer, settings: Settings, store: Store
) -> None:
    paths = serve_sitemap_site(site, 4)
    src = source("timed", "sitemap", f"{site.url}/dir")
    assert harvest(settings, store, [src])[0].status == "published"
    before = live(store, "timed")
    for path in paths:
        site.routes[path] = Page(service_page(9), delay=1.5, etag=False)
    limited = src.model_copy(update={"params": {"max_run_seconds": 1}})
    (outcome,) = harvest(settings, store, [limited])
    assert outcome.status == "quarantined"
    assert "crawl stopped early (closespider_timeout)" in (outcome.reason or "")
    assert live(store, "timed") == before
