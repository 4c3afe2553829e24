"""Round trip: Signpost's own ORUK harvester reads Signpost's ``/oruk/services``, served by a
real ``signpost serve`` on 127.0.0.1, and gets the same services back.

This is what another directory (or a second Signpost) does with the aggregate, so every field
that ORUK 3.0 can carry must survive: names, descriptions, organization and charity number,
phones, opening times, locations with postcodes and coordinates, ages, fees, languages, URLs,
e-mails and category names.
"""

from __future__ import annotations

import time
from pathlib import Path

import httpx
import pytest

from index.backends import make_backend
from index.geo import Gazetteer
from index.model import Service
from index.sources import load_sources
from index.store import Store
from search_api.text import plain_text
from signpost.config import Settings
from signpost.harvest import harvest
from tests.api.london import build_directory
from tests.serving import signpost_serve


def _comparable(s: Service) -> dict[str, object]:
    return {
        "name": s.name,
        "description": plain_text(s.description),
        "url": s.url,
        "email": s.email,
        "status": s.status,
        "minimum_age": s.minimum_age,
        "maximum_age": s.maximum_age,
        "languages": s.languages,
        "organization": s.organization.name if s.organization else None,
        "charity_number": s.organization.charity_number if s.organization else None,
        "phones": [p.number for p in s.phones],
        "schedules": [(x.byday, x.opens_at, x.closes_at) for x in s.schedules],
        "postcodes": [loc.postal_code for loc in s.locations],
        "coordinates": [
            (round(loc.latitude or 0, 5), round(loc.longitude or 0, 5)) for loc in s.locations
        ],
        "addresses": [loc.address_1 for loc in s.locations],
        "categories": sorted(t.name for t in s.taxonomy_terms if t.taxonomy == "signpost"),
    }


@pytest.mark.slow
def test_signpost_harvests_its_own_oruk_api(
    tmp_path: Path, gazetteer: Gazetteer, gazetteer_path: Path
) -> None:
    db = tmp_path / "published.db"
    directory = build_directory(db, gazetteer)
    settings = Settings(db=db, var_dir=gazetteer_path.parent)
    make_backend(settings, gazetteer=gazetteer).rebuild(directory.merged)
    originals = {m.service.name: m.service for m in directory.merged}
    directory.store.close()

    with signpost_serve(db, gazetteer_path, tmp_path / "serve.log") as base:
        sources_file = tmp_path / "self.toml"
        sources_file.write_text(
            f"""
[[source]]
id = "signpost-self"
name = "Signpost (ORUK)"
kind = "oruk"
base_url = "{base}/oruk"
delay_seconds = 0.0
[source.params]
per_page = 4
detail = "always"
"""
        )
        harvester_settings = Settings(
            db=tmp_path / "harvested.db",
            var_dir=gazetteer_path.parent,
            allowed_private_hosts=["127.0.0.1"],
        )
        sources = load_sources(sources_file)
        with Store(harvester_settings.db) as store:
            outcomes = harvest(harvester_settings, store, sources)
            assert [o.status for o in outcomes] == ["published"], outcomes
            harvested = [r.service for r in store.iter_records("signpost-self")]

    assert sorted(s.name for s in harvested) == sorted(originals)
    for service in harvested:
        original = originals[service.name]
        assert _comparable(service) == _comparable(original), service.name
        assert service.fees_description == (original.fees_description or
                                            ("Free" if original.is_free else None))  # fmt: skip


@pytest.mark.slow
def test_operator_api_triggers_a_real_harvest(
    tmp_path: Path, gazetteer: Gazetteer, gazetteer_path: Path
) -> None:
    """``POST /admin/harvest/{source}`` on one ``signpost serve`` runs the real harvester
    (wired in by ``signpost serve``) against another server's ORUK API, then deduplicates and
    re-indexes; the run is published, shows in ``/api/sources``, and its services are
    searchable without any further step."""
    published = tmp_path / "published.db"
    directory = build_directory(published, gazetteer)
    make_backend(
        Settings(db=published, var_dir=gazetteer_path.parent), gazetteer=gazetteer
    ).rebuild(directory.merged)
    directory.store.close()
    token = {"Authorization": "Bearer e2e-operator"}
    with signpost_serve(published, gazetteer_path, tmp_path / "a.log") as feed:
        sources_file = tmp_path / "self.toml"
        sources_file.write_text(
            '[[source]]\nid = "signpost-self"\nname = "Signpost (ORUK)"\nkind = "oruk"\n'
            f'base_url = "{feed}/oruk"\ndelay_seconds = 0.0\n'
            '[source.params]\nper_page = 4\ndetail = "always"\n'
        )
        harvester_db = tmp_path / "harvester.db"
        Store(harvester_db).close()
        harvester = Settings(db=harvester_db, var_dir=gazetteer_path.parent)
        make_backend(harvester, gazetteer=gazetteer).rebuild([])  # an empty, healthy index
        with (
            signpost_serve(
                harvester_db,
                gazetteer_path,
                tmp_path / "b.log",
                "--sources",
                str(sources_file),
                SIGNPOST_ADMIN_TOKEN="e2e-operator",
                SIGNPOST_ALLOWED_PRIVATE_HOSTS='["127.0.0.1"]',
            ) as operator,
            httpx.Client(base_url=operator, timeout=10) as http,
        ):
            started = http.post("/admin/harvest/signpost-self", headers=token)
            assert started.status_code == 202, started.text
            deadline = time.monotonic() + 120
            while (job := http.get("/admin/harvest/signpost-self", headers=token).json())[
                "state"
            ] == "running":
                assert time.monotonic() < deadline, "the harvest never finished"
                time.sleep(0.2)
            assert job["state"] == "finished", job
            assert [o["status"] for o in job["result"]["harvest"]] == ["published"]
            assert job["result"]["indexed"] == 11
            source = http.get("/api/sources").json()["sources"][0]
            assert source["id"] == "signpost-self" and source["outcome"] == "published"
            assert source["live_records"] == 11
            assert http.get("/api/search", params={"q": "debt"}).json()["total"] >= 1
