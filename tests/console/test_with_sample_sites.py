"""Through the real harvester against the bundled sample sites: private home addresses never
reach the store, an erasure survives the next harvest, and "harvest now" in the console runs
the real harvest.

The Ealing open-data CSV is used: one file, so a harvest takes seconds, and it carries the two
childminders whose home addresses are flagged private (samples/childminders.py).
"""

from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from index.erasure import list_erasures
from index.sources import SourceConfig, load_sources
from index.store import Store
from samples.childminders import PRIVATE_ADDRESSES
from samples.control import update
from samples.truth import load_truth
from search_api.main import create_app
from signpost.cli import app as cli
from signpost.commands.serve import harvest_trigger
from signpost.config import Settings
from signpost.dedup_step import run_dedup
from signpost.harvest import harvest
from tests.console.conftest import BASE, TOKEN, csrf_of, sign_in
from tests.samples.conftest import sample_sites, sample_sites_fresh  # noqa: F401  (fixtures)

SOURCE = "ealing-open-data"
REPO = Path(__file__).resolve().parents[2]


def _settings(tmp: Path, base: str, gazetteer_path: Path) -> Settings:
    return Settings(
        db=tmp / "signpost.db",
        var_dir=gazetteer_path.parent,
        allowed_private_hosts=["127.0.0.1"],
        sample_sites_url=base,
        admin_token=TOKEN,
        rate_limit_per_minute=0,
    )


def _source(base: str) -> SourceConfig:
    (config,) = [
        s
        for s in load_sources(REPO / "sources/demo.toml", {"SAMPLE_SITES": base})
        if s.id == SOURCE
    ]
    return config


def _harvest(settings: Settings, store: Store, base: str) -> dict[str, object]:
    (outcome,) = harvest(settings, store, [_source(base)], polite=False)
    assert outcome.status == "published", outcome.reason
    return outcome.counts


def _database_bytes(path: Path) -> bytes:
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_private_home_addresses_never_reach_the_store(
    sample_sites: str,  # noqa: F811
    tmp_path: Path,
    gazetteer_path: Path,
) -> None:
    truth = load_truth()
    settings = _settings(tmp_path, sample_sites, gazetteer_path)
    homes = [truth.listing(SOURCE, key) for _source_id, key in sorted(PRIVATE_ADDRESSES)]
    streets = [item.address.line1 for item in homes if item and item.address]
    assert len(streets) == 2
    with Store(settings.db) as store:
        _harvest(settings, store, sample_sites)
        by_key = {r.listing_key: r for r in store.iter_records(SOURCE)}
        for _source_id, key in sorted(PRIVATE_ADDRESSES):
            record = by_key[key]
            (loc,) = record.service.locations
            assert (loc.address_1, loc.postal_code, loc.latitude, loc.longitude) == (
                None,
                None,
                None,
                None,
            )
            assert loc.borough == "Ealing" and loc.city  # still found by area
            assert record.service.phones and record.service.email  # the contact stays
            assert record.raw["Address Private"] == "Yes"
            assert record.raw["Postcode"] == "[withheld: private address]"
        # Every other listing keeps its address.
        others = [r for k, r in by_key.items() if (SOURCE, k) not in PRIVATE_ADDRESSES]
        assert sum(1 for r in others if r.service.postcodes) > 0.9 * len(others)
    data = _database_bytes(settings.db)
    for street in streets:
        assert street.encode() not in data


def test_an_erasure_survives_the_next_harvest(
    sample_sites_fresh: str,  # noqa: F811
    tmp_path: Path,
    gazetteer_path: Path,
) -> None:
    base = sample_sites_fresh
    settings = _settings(tmp_path, base, gazetteer_path)
    edited = load_truth().changes(SOURCE, 1).edited
    with Store(settings.db) as store:
        _harvest(settings, store, base)
        run_dedup(store)
        records = {r.listing_key: r for r in store.iter_records(SOURCE)}
        # A number only this listing carries: the database must hold it nowhere once erased
        # (an organisation's shared line stays on its other listings, rightly).
        carriers = Counter(p.number for r in store.iter_records() for p in r.service.phones)
        # Personal data of a listing the source will edit next (so the next harvest brings new
        # content for it), and one whole listing.
        personal = next(
            r
            for k, r in sorted(records.items())
            if k in edited and r.service.phones and carriers[r.service.phones[0].number] == 1
        )
        whole = next(
            r for k, r in sorted(records.items()) if k not in edited and r.id != personal.id
        )
        merged_of_whole = store.merged_id_for_record(whole.id)

    runner = CliRunner()
    db = ["--db", str(settings.db)]
    for target, flags in ((personal.id, []), (merged_of_whole, ["--whole"])):
        result = runner.invoke(
            cli, ["erase", target, *flags, "--reason", "SAR-77", "--by", "DPO", *db]
        )
        assert result.exit_code == 0, result.output
    log = json.loads(runner.invoke(cli, ["erasures", "--json", *db]).output)
    assert [(e["kind"], e["requested_by"]) for e in log] == [
        ("listing", "DPO"),
        ("personal-data", "DPO"),
    ]

    update(base, SOURCE)  # the source edits some listings, the erased one among them
    with Store(settings.db) as store:
        counts = _harvest(settings, store, base)
        assert counts["suppressed"] == 1
        assert store.get_record(whole.id) is None
        kept = store.get_record(personal.id)
        assert kept is not None
        assert kept.service.phones == [] and kept.service.email is None
        assert kept.raw == {"erased": "personal data removed on request"}
        assert [loc.postal_code for loc in kept.service.locations] == [None]
        # The new content did arrive — the erasure was applied to it, not merely kept.
        assert kept.service.description != personal.service.description
        assert len(list_erasures(store)) == 2
    phone = personal.service.phones[0].number
    assert phone.encode() not in _database_bytes(settings.db)


def test_harvest_now_in_the_console_runs_the_real_harvest(
    sample_sites: str,  # noqa: F811
    tmp_path: Path,
    gazetteer_path: Path,
) -> None:
    settings = _settings(tmp_path, sample_sites, gazetteer_path)
    source = _source(sample_sites)
    with Store(settings.db) as store:
        store.sync_sources([source])
        app = create_app(settings, store=store, harvest_trigger=harvest_trigger(settings, [source]))
        with TestClient(app, base_url=BASE) as client:
            sign_in(client)
            token = csrf_of(client)
            response = client.post(
                f"/admin/console/sources/{SOURCE}/harvest",
                data={"csrf": token, "back": "source"},
                follow_redirects=False,
            )
            assert response.headers["location"] == f"/admin/console/sources/{SOURCE}"
            assert "started by Ann Curator" in client.get(response.headers["location"]).text
            jobs = app.state.api.jobs
            deadline = time.monotonic() + 120
            while jobs.get(SOURCE).state == "running":
                assert time.monotonic() < deadline, "the harvest did not finish"
                time.sleep(0.2)
            assert jobs.get(SOURCE).state == "finished", jobs.get(SOURCE).error
            page = client.get(f"/admin/console/sources/{SOURCE}").text
            assert "badge-published" in page and "Harvest finished" in page
        run = store.last_good_run(SOURCE)
        assert run is not None and store.count_records(SOURCE) == run.counts["new"] > 100
