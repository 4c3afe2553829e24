"""The ORUK spider against feeds shaped like the Open Referral UK examples: the 3.0 envelope
with thin list items, the 1.0/2.0 envelope with full items, and the ways real feeds break."""

from __future__ import annotations

import copy
import html
import json
from pathlib import Path
from typing import Any

import pytest

from harvesters.expect import ParseError
from harvesters.oruk_map import is_thin, service_from_oruk
from harvesters.spiders.oruk import read_envelope
from index.store import Store
from signpost.config import Settings
from signpost.harvest import harvest
from tests.harvesters.conftest import source
from tests.harvesters.siteserver import Page, SiteServer

JSON = "application/json"


@pytest.fixture
def example(shared_dir: Path) -> dict[str, Any]:
    path = shared_dir / "data/oruk/uk-profile/examples/service_full.json"
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture
def list_example(shared_dir: Path) -> dict[str, Any]:
    path = shared_dir / "data/oruk/uk-profile/examples/service_list.json"
    return json.loads(path.read_text(encoding="utf-8"))


def make_service(template: dict[str, Any], n: int) -> dict[str, Any]:
    """The example service as the n-th of a feed: own id, name, London address and phone."""
    item = copy.deepcopy(template)
    item["id"] = f"svc-{n:03d}"
    item["name"] = f"Community Counselling {n}"
    location = item["service_at_locations"][0]["location"]
    location["latitude"], location["longitude"] = 51.58, -0.34
    location["addresses"][0].update(
        address_1=f"{n} Station Road", city="Harrow", postal_code="ha1 2aa"
    )
    item["phones"] = [{"id": f"p{n}", "number": "020 8427 1234"}]
    item["minimum_age"], item["maximum_age"] = -1, -1
    return item


def serve_v3(site: SiteServer, services: list[dict[str, Any]], per_page: int) -> None:
    pages = max(1, -(-len(services) // per_page))
    for page in range(1, pages + 1):
        chunk = services[(page - 1) * per_page : page * per_page]
        envelope = {
            "total_items": len(services),
            "total_pages": pages,
            "page_number": page,
            "size": per_page,
            "first_page": page == 1,
            "last_page": page == pages,
            "empty": not chunk,
            "contents": [{"id": s["id"], "name": s["name"]} for s in chunk],  # thin
        }
        site.routes[f"/oruk/services?page={page}&per_page={per_page}"] = Page(
            json.dumps(envelope), content_type=JSON
        )
    for s in services:
        site.routes[f"/oruk/services/{s['id']}"] = Page(json.dumps(s), content_type=JSON)


def test_mapping_of_the_official_example(example: dict[str, Any]) -> None:
    service = service_from_oruk(example, "https://feed.example/services/1", "Harrow")
    assert service.name == "Community Counselling"
    # The example's e-mail and website are on example.com, a reserved name: placeholders.
    assert example["email"] == "email@example.com" and service.email is None
    assert example["url"] == "http://example.com/counselling" and service.url is None
    assert (service.minimum_age, service.maximum_age) == (12, 100)
    assert [(c.option, c.amount, c.amount_description) for c in service.cost_options] == [
        ("Under 18s and Over 60s", 35.0, "per 1 hour session")
    ]
    assert service.is_free is False
    (schedule,) = service.schedules
    assert (schedule.byday, schedule.opens_at, schedule.closes_at) == ("TH,FR", "10:00", "18:00")
    (location,) = service.locations
    # The example's coordinates (100, 101) and postcode ("ABC 1234") are not real: dropped.
    assert location.latitude is None and location.longitude is None
    assert location.postal_code is None and location.address_1 == "1-30 Main Street"
    assert location.borough == "Harrow"
    assert service.organization and service.organization.company_number == "1234567"
    assert service.taxonomy_terms[0].id == "3f7b145d-84af-42d7-8fae-eaca714b02b2"


def test_thin_and_full_list_items(list_example: dict[str, Any], example: dict[str, Any]) -> None:
    assert is_thin({"id": "1", "name": "x", "description": "d"})
    assert not is_thin(example)
    items, total, last = read_envelope(list_example, "u")
    assert (len(items), total, last) == (1, 10, False)
    v1 = {
        "totalElements": 2,
        "totalPages": 1,
        "number": 1,
        "first": True,
        "last": True,
        "content": [{"id": "a"}, {"id": "b"}],
    }
    assert read_envelope(v1, "u")[1:] == (1, True)
    with pytest.raises(ParseError, match="envelope"):
        read_envelope({"items": []}, "https://feed.example/services")


def test_v3_thin_feed_all_pages_with_detail_fetch(
    site: SiteServer, settings: Settings, store: Store, example: dict[str, Any]
) -> None:
    services = [make_service(example, n) for n in range(1, 8)]
    serve_v3(site, services, per_page=3)
    src = source("feed", "oruk", f"{site.url}/oruk", per_page=3)
    (outcome,) = harvest(settings, store, [src])
    assert outcome.status == "published", outcome.reason
    assert outcome.counts["new"] == 7
    records = {r.listing_key: r for r in store.iter_records("feed")}
    assert sorted(records) == [s["id"] for s in services]
    rec = records["svc-003"]
    assert rec.source_url == f"{site.url}/oruk/services/svc-003"
    assert rec.service.name == "Community Counselling 3"
    assert rec.service.phones[0].number == "+442084271234"
    assert rec.service.locations[0].postal_code == "HA1 2AA"
    assert (rec.service.minimum_age, rec.service.maximum_age) == (None, None)  # -1 = none
    assert rec.raw["id"] == "svc-003"
    paths = site.paths()
    assert {f"/oruk/services?page={p}&per_page=3" for p in (1, 2, 3)} <= set(paths)
    assert sum(p.startswith("/oruk/services/svc-") for p in paths) == 7


def test_v1_envelope_with_full_items_needs_no_detail_fetch(
    site: SiteServer, settings: Settings, store: Store, example: dict[str, Any]
) -> None:
    services = [make_service(example, n) for n in range(1, 5)]
    for page, chunk in ((0, services[:2]), (1, services[2:])):
        envelope = {
            "totalElements": 4,
            "totalPages": 2,
            "number": page + 1,
            "size": 2,
            "first": page == 0,
            "last": page == 1,
            "content": chunk,
        }
        site.routes[f"/v1/services?page={page + 1}&per_page=2"] = Page(
            json.dumps(envelope), content_type=JSON
        )
    (outcome,) = harvest(settings, store, [source("v1", "oruk", f"{site.url}/v1", per_page=2)])
    assert outcome.status == "published", outcome.reason
    assert store.count_records("v1") == 4
    assert not any(p.startswith("/v1/services/") for p in site.paths())


def test_feed_that_ignores_the_page_parameter_stops(
    site: SiteServer, settings: Settings, store: Store, example: dict[str, Any]
) -> None:
    services = [make_service(example, n) for n in range(1, 3)]
    # No total_pages, never says it is the last page, and serves page 1 for every page.
    envelope = {"contents": services, "page_number": 1}
    site.routes["/loop/services"] = Page(json.dumps(envelope), content_type=JSON)
    (outcome,) = harvest(settings, store, [source("loop", "oruk", f"{site.url}/loop")])
    assert outcome.status == "published", outcome.reason
    assert store.count_records("loop") == 2
    assert len([p for p in site.paths() if p.startswith("/loop/services")]) == 2


def test_soft_404_html_feed_fails_without_touching_live_data(
    site: SiteServer, settings: Settings, store: Store, example: dict[str, Any]
) -> None:
    serve_v3(site, [make_service(example, n) for n in range(1, 4)], per_page=50)
    src = source("soft", "oruk", f"{site.url}/oruk")
    assert harvest(settings, store, [src])[0].status == "published"
    before = sorted((r.id, r.content_hash) for r in store.iter_records("soft"))
    site.routes["/oruk/services?page=1&per_page=50"] = Page(
        "<html><body><h1>Page not found</h1></body></html>"
    )
    (outcome,) = harvest(settings, store, [src])
    assert outcome.status == "failed"
    assert "not JSON" in (outcome.reason or "")
    assert sorted((r.id, r.content_hash) for r in store.iter_records("soft")) == before


def test_unreadable_detail_keeps_the_list_item_as_a_partial_record(
    site: SiteServer, settings: Settings, store: Store, example: dict[str, Any]
) -> None:
    services = [make_service(example, n) for n in range(1, 5)]
    serve_v3(site, services, per_page=50)
    broken = dict(services[1], name="")
    site.routes[f"/oruk/services/{broken['id']}"] = Page(json.dumps(broken), content_type=JSON)
    (outcome,) = harvest(settings, store, [source("partial", "oruk", f"{site.url}/oruk")])
    assert outcome.status == "published"
    assert store.count_records("partial") == 4
    summary = store.get_run(outcome.run_id).summary  # type: ignore[union-attr]
    assert summary["skipped"] == 1
    assert summary["skipped_by_reason"] == {"unreadable name": 1}
    (example_skip,) = summary["skipped_examples"]
    assert example_skip["url"].endswith("/oruk/services/svc-002")
    assert "name: not found" in example_skip["reason"]
    assert summary["partial"] == 1
    (partial,) = summary["partial_examples"]
    assert partial["url"].endswith("/oruk/services/svc-002")
    assert "page unreadable" in partial["reason"]
    kept = next(r for r in store.iter_records("partial") if r.listing_key == "svc-002")
    assert kept.service.name == "Community Counselling 2"  # as the list showed it
    # raw is sanitised evidence (HTML-escaped like every raw string)
    listed_on = html.unescape(kept.raw["partial"]["listed_on"])
    assert listed_on.endswith("/oruk/services?page=1&per_page=50")


def test_changed_configuration_refetches_everything_instead_of_trusting_304s(
    site: SiteServer, settings: Settings, store: Store, example: dict[str, Any]
) -> None:
    """A full list page that answers 304 brings back its own records, but the pages it led to
    are only known from the last run's memory; when that memory does not apply (the source's
    parameters changed), no page may be answered by a 304."""
    services = [make_service(example, n) for n in range(1, 7)]
    for page, chunk in ((0, services[:3]), (1, services[3:])):
        envelope = {
            "totalElements": 6,
            "totalPages": 2,
            "number": page + 1,
            "size": 3,
            "first": page == 0,
            "last": page == 1,
            "content": chunk,
        }
        site.routes[f"/v1/services?page={page + 1}&per_page=3"] = Page(
            json.dumps(envelope), content_type=JSON
        )
    src = source("v1-conf", "oruk", f"{site.url}/v1", per_page=3)
    assert harvest(settings, store, [src])[0].counts["new"] == 6
    changed = src.model_copy(update={"params": {**src.params, "retry_times": 1}})
    site.clear()
    (outcome,) = harvest(settings, store, [changed])
    assert outcome.status == "published" and outcome.counts["unchanged"] == 6
    assert not any("if-none-match" in h.headers for h in site.hits)
    (again,) = harvest(settings, store, [changed])
    assert again.counts["unchanged"] == 6
    assert store.get_run(again.run_id).summary["not_modified"] == 2  # type: ignore[union-attr]


# -- a feed shaped like Placecube's (Bristol Open Place Directory) ------------------------------


def placecube_item(n: int) -> dict[str, Any]:
    """A list item as Placecube serves it: the organisation embedded, a description, a
    website and an e-mail (a placeholder where the service has none), ages of -1 — and no
    contacts, phones, locations or service areas."""
    org = {"id": f"org-{n}", "name": f"Westbury Youth Trust {n}", "website": "https://wyt.org.uk"}
    return {
        "id": f"pc-{n:03d}",
        "name": f"Young People's Housing Advice {n}",
        "description": "<p>Advice for young people who are homeless or at risk.</p>",
        "url": "https://wyt.org.uk/housing",
        "email": f"Unknown-{n}7773@noemail.invalid" if n % 2 else f"help{n}@wyt.org.uk",
        "status": "active",
        "organization": org,
        "organization_id": org["id"],
        "minimum_age": -1,
        "maximum_age": -1,
        "pc_metadata": {"date_modified": "2026-09-02"},
    }


def placecube_record(n: int) -> dict[str, Any]:
    """Its ``/services/{id}``: phones under contacts (one with a label inside the number),
    service areas by name with placeholder uris, no location at all."""
    record = placecube_item(n)
    record["contacts"] = [
        {
            "id": f"c-{n}",
            "phones": [
                {"number": f"0117 496 0{n:03d}"},
                {"number": f"Evening line: 0117 496 1{n:03d}"},
                {"number": f"Fax: 0117 496 2{n:03d}"},
            ],
        }
    ]
    record["service_areas"] = [
        {"id": f"a-{n}", "name": "Bristol", "uri": "http://www.example.com"},
        {"id": f"b-{n}", "name": "South Gloucestershire", "uri": "http://www.example.com"},
    ]
    return record


def test_placecube_shaped_feed_every_phone_and_area_no_placeholder(
    site: SiteServer, settings: Settings, store: Store
) -> None:
    items = [placecube_item(n) for n in range(1, 6)]
    envelope = {
        "total_items": 5,
        "total_pages": 1,
        "page_number": 1,
        "size": 50,
        "first_page": True,
        "last_page": True,
        "empty": False,
        "contents": items,
    }
    site.routes["/pc/services?page=1&per_page=50"] = Page(json.dumps(envelope), content_type=JSON)
    for n in range(1, 6):
        if n == 4:  # a detail page that answers 404: the list item is kept as a partial record
            site.routes[f"/pc/services/pc-{n:03d}"] = Page(
                json.dumps({"message": "not found"}), status=404, content_type=JSON
            )
            continue
        site.routes[f"/pc/services/pc-{n:03d}"] = Page(
            json.dumps(placecube_record(n)), content_type=JSON
        )
    assert all(is_thin(item) for item in items)  # the embedded organisation is not enough
    (outcome,) = harvest(settings, store, [source("pc", "oruk", f"{site.url}/pc")])
    assert outcome.status == "published", outcome.reason
    records = {r.listing_key: r for r in store.iter_records("pc")}
    assert sorted(records) == [f"pc-{n:03d}" for n in range(1, 6)]
    for n in (1, 2, 3, 5):
        s = records[f"pc-{n:03d}"].service
        assert [(p.number, p.description) for p in s.phones] == [
            (f"+44117496{n:04d}", None),
            (f"+44117496{1000 + n:04d}", "Evening line"),
        ]
        assert [a.name for a in s.service_areas] == ["Bristol", "South Gloucestershire"]
        assert all(a.uri is None for a in s.service_areas)  # http://www.example.com
        assert s.locations == []
        assert s.email == (None if n % 2 else f"help{n}@wyt.org.uk")
    partial = records["pc-004"]
    assert partial.raw["partial"]["reason"].startswith("page failed: HTTP 404")
    assert partial.service.organization and partial.service.organization.name.startswith("Westbury")
    summary = store.get_run(outcome.run_id).summary  # type: ignore[union-attr]
    assert summary["partial"] == 1
    # Placeholders seen and dropped: e-mails on three items' pages, area uris on four records.
    assert summary["placeholders_dropped"]["email"] >= 3
    assert summary["placeholders_dropped"]["url"] >= 4
    assert summary["fill_rates"]["phone"] == 0.8
