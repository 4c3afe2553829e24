"""The CSV importer: recognised headers, bad rows skipped with reasons, unchanged file = 304."""

from __future__ import annotations

from index.store import Store
from signpost.config import Settings
from signpost.harvest import harvest
from tests.harvesters.conftest import source
from tests.harvesters.siteserver import Page, SiteServer

CSV = (
    "Service ID,Service Name,Description,Telephone,Email Address,Website,Address,Postcode,"
    "Opening Hours,Cost,Age Range,Categories,Organisation\n"
    'H-001,Harrow Debt Advice,"Free, confidential <b>debt</b> advice<script>x()</script>",'
    '020 8427 1234,advice@harrowdebtadvice.org.uk,www.harrowdebtadvice.org.uk,"1 Station Road, Harrow",ha1 2aa,'
    "Mon-Fri 9am-5pm,Free,18+,Debt; Money advice,Harrow Advice Trust\n"
    "H-002,Toddler Stay and Play,Songs and play,,,,Civic Centre HA1 2XY,,"
    "Tuesdays 10:00-12:00,£3 per session,0-5 years,Families,\n"
    "H-003,,Row with no name,,,,,,,,,,\n"
    "H-001,Duplicate of the first,,,,,,,,,,,\n"
)


def test_csv_rows_become_listings(site: SiteServer, settings: Settings, store: Store) -> None:
    site.routes["/open-data/services.csv"] = Page(CSV, content_type="text/csv")
    src = source("csv", "csv", f"{site.url}/open-data/services.csv")
    (outcome,) = harvest(settings, store, [src])
    assert outcome.status == "published", outcome.reason
    records = {r.listing_key: r for r in store.iter_records("csv")}
    assert sorted(records) == ["H-001", "H-002"]

    debt = records["H-001"].service
    assert debt.name == "Harrow Debt Advice"
    assert debt.description == "Free, confidential <b>debt</b> advice"  # sanitised
    assert [p.number for p in debt.phones] == ["+442084271234"]
    assert debt.email == "advice@harrowdebtadvice.org.uk"
    assert debt.url == "https://www.harrowdebtadvice.org.uk"
    assert debt.locations[0].postal_code == "HA1 2AA"
    assert debt.locations[0].address_1 == "1 Station Road, Harrow"
    assert (debt.schedules[0].byday, debt.schedules[0].opens_at) == ("MO,TU,WE,TH,FR", "09:00")
    assert debt.is_free is True and debt.minimum_age == 18
    assert debt.categories == ["Debt", "Money advice"]
    assert debt.organization and debt.organization.name == "Harrow Advice Trust"
    assert records["H-001"].raw["Service Name"] == "Harrow Debt Advice"

    play = records["H-002"].service
    assert play.locations[0].postal_code == "HA1 2XY"  # found in the address text
    assert play.locations[0].address_1 == "Civic Centre"
    assert play.cost_options[0].amount == 3.0 and play.is_free is False
    assert (play.minimum_age, play.maximum_age) == (0, 5)

    summary = store.get_run(outcome.run_id).summary  # type: ignore[union-attr]
    assert summary["skipped_by_reason"] == {"unreadable name": 1, "duplicate id": 1}

    (again,) = harvest(settings, store, [src])
    assert again.counts["unchanged"] == 2
    assert store.get_run(again.run_id).summary["not_modified"] == 1  # type: ignore[union-attr]


def test_html_instead_of_csv_fails_the_run(
    site: SiteServer, settings: Settings, store: Store
) -> None:
    site.routes["/export.csv"] = Page("<!DOCTYPE html><html><body>Maintenance</body></html>")
    (outcome,) = harvest(settings, store, [source("not-csv", "csv", f"{site.url}/export.csv")])
    assert outcome.status == "failed"
    assert "not CSV" in (outcome.reason or "")


def test_column_overrides_and_generated_keys(
    site: SiteServer, settings: Settings, store: Store
) -> None:
    site.routes["/x.csv"] = Page(
        "Org;Activity;Where\nTrust;Chair yoga;Hall, HA1 2AA\nTrust;Walking group;Park\n",
        content_type="text/csv",
    )
    src = source(
        "semi", "csv", f"{site.url}/x.csv", columns={"name": "Activity", "address_1": "Where"}
    )
    (outcome,) = harvest(settings, store, [src])
    assert outcome.status == "published", outcome.reason
    keys = sorted(r.listing_key for r in store.iter_records("semi"))
    assert len(keys) == 2 and all(k.startswith("row-") for k in keys)
    (again,) = harvest(settings, store, [src])
    assert again.counts["unchanged"] == 2  # keys derived from the row stay stable
