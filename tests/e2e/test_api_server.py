"""``signpost serve`` as a real process: the API, the ORUK API and the demo page over HTTP,
configured sources listed, operator API wired, clean shutdown, and a log without queries."""

from __future__ import annotations

from pathlib import Path

import httpx

from index.backends import make_backend
from index.geo import Gazetteer
from signpost.config import Settings
from tests.api.london import build_directory
from tests.serving import signpost_serve

SOURCES_TOML = """
[[source]]
id = "harrow-marketplace"
name = "Harrow Care and Support"
kind = "oo_marketplace"
base_url = "https://harrow.example.org/kb5/harrow/asch/"
borough = "Harrow"

[[source]]
id = "camden-csv"
name = "Camden open data"
kind = "csv"
base_url = "https://camden.example.org/services.csv"
borough = "Camden"
"""


def test_signpost_serve_end_to_end(
    tmp_path: Path, gazetteer: Gazetteer, gazetteer_path: Path
) -> None:
    db = tmp_path / "signpost.db"
    directory = build_directory(db, gazetteer)
    settings = Settings(db=db, var_dir=gazetteer_path.parent)
    make_backend(settings, gazetteer=gazetteer).rebuild(directory.merged)
    directory.store.close()
    sources = tmp_path / "sources.toml"
    sources.write_text(SOURCES_TOML)
    log = tmp_path / "serve.log"

    with (
        signpost_serve(
            db, gazetteer_path, log, "--sources", str(sources), SIGNPOST_ADMIN_TOKEN="e2e-token"
        ) as base,
        httpx.Client(base_url=base, timeout=10) as http,
    ):
        r = http.get("/api/search", params={"q": "stop smoking", "postcode": "HA9 0FJ"})
        assert r.status_code == 200
        top = r.json()["results"][0]
        assert top["name"] == "Brent Stop Smoking Service"
        assert top["distance_km"] is not None and top["distance_km"] < 1

        r = http.get("/api/search", params={"q": "gp"}, headers={"Accept-Encoding": "gzip"})
        assert r.status_code == 200

        listed = {s["id"]: s for s in http.get("/api/sources").json()["sources"]}
        assert listed["camden-csv"]["freshness"]["state"] == "never"  # configured, not run
        assert listed["harrow-marketplace"]["live_records"] == 3

        oruk = http.get("/oruk/services", params={"per_page": 5}).json()
        assert oruk["total_items"] == 11 and oruk["total_pages"] == 3

        home = http.get("/")
        assert (
            home.status_code == 200
            and "script-src 'self'" in home.headers["content-security-policy"]
        )
        assert http.get("/widget/signpost-search.js").status_code == 200

        admin = http.get("/admin/runs/quarantined", headers={"Authorization": "Bearer e2e-token"})
        assert admin.status_code == 200 and len(admin.json()["runs"]) == 1
        assert http.get("/admin/runs/quarantined").status_code == 401
    access = [line for line in log.read_text().splitlines() if "signpost.api.access" in line]
    assert any("GET /api/search 200" in line for line in access)
    for private in ("smoking", "HA9", "127.0.0.1", "e2e-token"):
        assert not any(private in line for line in access), private


def test_signpost_serve_with_two_worker_processes(
    tmp_path: Path, gazetteer: Gazetteer, gazetteer_path: Path
) -> None:
    db = tmp_path / "signpost.db"
    directory = build_directory(db, gazetteer)
    make_backend(Settings(db=db, var_dir=gazetteer_path.parent), gazetteer=gazetteer).rebuild(
        directory.merged
    )
    directory.store.close()
    with (
        signpost_serve(db, gazetteer_path, tmp_path / "serve.log", "--workers", "2") as base,
        httpx.Client(base_url=base, timeout=10) as http,
    ):
        for _ in range(20):  # connections land on either worker; every one answers alike
            with httpx.Client(base_url=base, timeout=10) as fresh_connection:
                r = fresh_connection.get("/api/search", params={"q": "food bank"})
                assert r.status_code == 200
                assert r.json()["results"][0]["name"] == "Walthamstow Food Bank"
        assert http.get("/oruk/services").json()["total_items"] == 11
