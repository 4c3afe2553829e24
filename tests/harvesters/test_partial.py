"""A partial record beats a missing service: when a detail page fails, what the list page
showed of the listing is kept, marked partial and counted — and a complete previous version
of it is never replaced by a partial one. Served from a saved kb5 page in the presence theme
(phone spans with a fax line, label-text website links) on a local server."""

from __future__ import annotations

import html
import re
from pathlib import Path

from index.store import Store
from signpost.config import Settings
from signpost.harvest import harvest
from tests.harvesters.conftest import source
from tests.harvesters.siteserver import Page, SiteServer

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "sites" / "wandsworth-fis"
BASE = "/kb5/wandsworth/fis/"


def _serve_results(site: SiteServer) -> list[str]:
    """The saved page (every record of a channel, editorial pages among them) as channel 2-1's
    only results page; returns the service ids it lists (``advice.page`` links are not)."""
    body = (FIXTURES / "results-all.html").read_text()
    site.routes[f"{BASE}results.page?directorychannel=2-1&sr=0"] = Page(body)
    return list(dict.fromkeys(re.findall(r"service\.page\?id=([A-Za-z0-9_-]{11})", body)))


def _details(site: SiteServer, ids: list[str], status: int) -> None:
    template = (FIXTURES / "service-fax.html").read_text()
    for n, key in enumerate(ids):
        body = re.sub(r"<h1>.*?</h1>", f"<h1>Service {n}</h1>", template, count=1)
        site.routes[f"{BASE}service.page?id={key}"] = Page(body if status == 200 else "", status)


def test_failed_detail_pages_keep_the_listing_as_partial_records(
    site: SiteServer, settings: Settings, store: Store
) -> None:
    ids = _serve_results(site)
    n = len(ids)
    assert n >= 5
    src = source(
        "kb5-partial",
        "oo_kb5",
        f"{site.url}{BASE}",
        channel="directorychannel",
        channel_values=["2-1"],
        retry_times=0,
    )
    _details(site, ids, 500)
    (first,) = harvest(settings, store, [src])
    assert first.status == "published", first.reason  # eleven listings, each partial
    records = {r.listing_key: r for r in store.iter_records("kb5-partial")}
    assert sorted(records) == sorted(ids)
    summary = store.get_run(first.run_id).summary  # type: ignore[arg-type,union-attr]
    assert summary["partial"] == n and summary["skipped_by_reason"] == {"HTTP 500": n}
    assert "page failed: HTTP 500" in summary["partial_examples"][0]["reason"]
    listed = (FIXTURES / "results-all.html").read_text()
    for rec in records.values():
        assert rec.raw["partial"]["listed_on"].startswith(site.url)
        assert html.escape(rec.service.name, quote=False) in listed or rec.service.name in listed
        assert all(not p.number.startswith("Fax") for p in rec.service.phones)
        assert rec.service.url is None or "Visit" not in rec.service.url
        assert rec.service.description  # the hit's summary
    with_fax = [r for r in records.values() if "Fax:" in str(r.raw.get("listing"))]
    assert with_fax and all(len(r.service.phones) == 1 for r in with_fax)

    _details(site, ids, 200)  # the pages are back: complete records replace the partial ones
    (second,) = harvest(settings, store, [src])
    assert second.status == "published", second.reason
    assert second.counts["changed"] == n
    complete = list(store.iter_records("kb5-partial"))
    assert not any("partial" in r.raw for r in complete)
    assert all(r.service.locations for r in complete)

    _details(site, ids, 503)  # failing again: the complete versions stay, no partial wins
    (third,) = harvest(settings, store, [src])
    assert third.status == "published", third.reason
    kept = list(store.iter_records("kb5-partial"))
    assert not any("partial" in r.raw for r in kept) and len(kept) == n
    summary = store.get_run(third.run_id).summary  # type: ignore[arg-type,union-attr]
    assert summary["kept_previous"] == n and summary["partial"] == 0
