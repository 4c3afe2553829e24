"""The operator API: bearer token, quarantined runs, overrides, harvest triggering."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from index.geo import Gazetteer
from tests.api.conftest import ADMIN_TOKEN, make_client
from tests.api.london import Directory

AUTH = {"Authorization": f"Bearer {ADMIN_TOKEN}"}


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("get", "/admin/runs/quarantined"),
        ("post", "/admin/runs/5/release"),
        ("post", "/admin/runs/5/discard"),
        ("get", "/admin/overrides"),
        ("post", "/admin/harvest/careplace"),
    ],
)
def test_every_operator_endpoint_needs_the_token(
    client: TestClient, method: str, path: str
) -> None:
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": ADMIN_TOKEN}):
        r = client.request(method, path, headers=headers)
        assert r.status_code == 401, (path, headers)
        assert r.headers["www-authenticate"].startswith("Bearer")
        assert r.json()["error"]
        assert "access-control-allow-origin" not in r.headers


def test_without_a_configured_token_the_operator_api_is_off(
    directory: Directory, gazetteer: Gazetteer, gazetteer_path: Path
) -> None:
    with make_client(directory, gazetteer, gazetteer_path, admin_token=None) as c:
        r = c.get("/admin/overrides", headers={"Authorization": "Bearer anything"})
    assert r.status_code == 401 and "disabled" in r.json()["error"]


def test_quarantined_run_can_be_inspected_and_released(
    fresh: Directory, gazetteer: Gazetteer, gazetteer_path: Path
) -> None:
    run_id = fresh.quarantined_run
    with make_client(fresh, gazetteer, gazetteer_path) as c:
        runs = c.get("/admin/runs/quarantined", headers=AUTH).json()["runs"]
        assert [r["id"] for r in runs] == [run_id]
        assert runs[0]["source_id"] == "hillingdon-kb5" and runs[0]["records"] == 1
        assert runs[0]["reason"].startswith("shrank")
        records = c.get(f"/admin/runs/{run_id}/records", headers=AUTH).json()
        assert records["total"] == 1 and records["records"][0]["name"]
        r = c.post(f"/admin/runs/{run_id}/release", headers=AUTH)
        assert r.status_code == 200, r.text
        assert r.json()["status"] == "published" and "next dedup" in r.json()["note"]
        assert r.headers["cache-control"] == "no-store"
        assert fresh.store.get_run(run_id).status == "published"  # type: ignore[union-attr]
        again = c.post(f"/admin/runs/{run_id}/release", headers=AUTH)
        assert again.status_code == 409 and "not quarantined" in again.json()["error"]
        assert c.post("/admin/runs/9999/release", headers=AUTH).status_code == 404


def test_quarantined_run_can_be_discarded(
    fresh: Directory, gazetteer: Gazetteer, gazetteer_path: Path
) -> None:
    live_before = fresh.store.count_records("hillingdon-kb5")
    with make_client(fresh, gazetteer, gazetteer_path) as c:
        r = c.post(f"/admin/runs/{fresh.quarantined_run}/discard", headers=AUTH)
        assert r.status_code == 200 and r.json()["status"] == "discarded"
        assert c.get("/admin/runs/quarantined", headers=AUTH).json()["runs"] == []
    assert fresh.store.count_records("hillingdon-kb5") == live_before


def test_overrides_add_list_remove(
    fresh: Directory, gazetteer: Gazetteer, gazetteer_path: Path
) -> None:
    a = fresh.records["harrow-marketplace"][0].id
    b = fresh.records["careplace"][0].id
    with make_client(fresh, gazetteer, gazetteer_path) as c:
        r = c.post("/admin/overrides", headers=AUTH, json={"a": b, "b": a, "kind": "cannot-link"})
        assert r.status_code == 201, r.text
        assert r.json()["kind"] == "cannot-link" and r.json()["created_by"] == "api"
        listed = c.get("/admin/overrides", headers=AUTH).json()["overrides"]
        assert [(o["a"], o["b"]) for o in listed] == [tuple(sorted((a, b)))]
        bad = c.post(
            "/admin/overrides", headers=AUTH, json={"a": a, "b": "r-nope", "kind": "must-link"}
        )
        assert bad.status_code == 404 and "r-nope" in bad.json()["error"]
        same = c.post("/admin/overrides", headers=AUTH, json={"a": a, "b": a, "kind": "must-link"})
        assert same.status_code == 422
        kind = c.post("/admin/overrides", headers=AUTH, json={"a": a, "b": b, "kind": "maybe"})
        assert kind.status_code == 422 and "kind" in kind.json()["error"]
        gone = c.delete("/admin/overrides", headers=AUTH, params={"a": a, "b": b})
        assert gone.status_code == 204
        assert (
            c.delete("/admin/overrides", headers=AUTH, params={"a": a, "b": b}).status_code == 404
        )
    assert fresh.store.list_overrides() == []


def test_harvest_without_a_trigger_is_503(client: TestClient) -> None:
    r = client.post("/admin/harvest/careplace", headers=AUTH)
    assert r.status_code == 503
    assert r.json()["error"] == "harvest not available in this process"


def test_harvest_trigger_runs_in_the_background_once_per_source(
    directory: Directory, gazetteer: Gazetteer, gazetteer_path: Path
) -> None:
    """The job mechanics around the injected trigger (``signpost serve`` injects the real
    harvest; the end-to-end test drives that one)."""
    release = threading.Event()
    calls: list[str] = []

    def trigger(source_id: str) -> dict[str, object]:
        calls.append(source_id)
        release.wait(10)
        if source_id == "brent-oruk":
            raise RuntimeError("feed answered 500")
        return {"source_id": source_id, "status": "published"}

    with make_client(directory, gazetteer, gazetteer_path, harvest_trigger=trigger) as c:
        assert c.post("/admin/harvest/no-such-source", headers=AUTH).status_code == 404
        started = c.post("/admin/harvest/careplace", headers=AUTH)
        assert started.status_code == 202 and started.json()["state"] == "running"
        assert c.post("/admin/harvest/careplace", headers=AUTH).status_code == 409
        c.post("/admin/harvest/brent-oruk", headers=AUTH)
        release.set()
        for _ in range(100):
            states = [
                c.get(f"/admin/harvest/{s}", headers=AUTH).json()
                for s in ("careplace", "brent-oruk")
            ]
            if all(s["state"] != "running" for s in states):
                break
            time.sleep(0.05)
        assert states[0]["state"] == "finished"
        assert states[0]["result"] == {"source_id": "careplace", "status": "published"}
        assert states[1]["state"] == "failed" and "feed answered 500" in states[1]["error"]
        assert sorted(calls) == ["brent-oruk", "careplace"]
        # Not started here: the latest run in the store answers (the quarantined one).
        other = c.get("/admin/harvest/hillingdon-kb5", headers=AUTH).json()
        assert other["state"] == "finished" and other["result"]["status"] == "quarantined"
        assert c.get("/admin/harvest/never-run", headers=AUTH).status_code == 404


def test_harvest_refused_while_another_process_runs_one(
    fresh: Directory, gazetteer: Gazetteer, gazetteer_path: Path
) -> None:
    calls: list[str] = []
    with make_client(fresh, gazetteer, gazetteer_path, harvest_trigger=calls.append) as c:
        running = fresh.store.start_run("careplace")  # e.g. the scheduler, in another process
        r = c.post("/admin/harvest/careplace", headers=AUTH)
        assert r.status_code == 409 and f"run {running}" in r.json()["error"]
        status = c.get("/admin/harvest/careplace", headers=AUTH).json()
        assert status["state"] == "running"
    assert calls == []


def test_a_curator_change_refreshes_merges_and_search_in_the_background(
    fresh: Directory, gazetteer: Gazetteer, gazetteer_path: Path
) -> None:
    """With the refresh ``signpost serve`` wires in, an override is obeyed by dedup and the
    search index without anyone running the pipeline, and cached answers are dropped."""
    from signpost.commands.serve import refresh_trigger
    from tests.api.conftest import api_settings

    settings = api_settings(fresh.store.path, gazetteer_path)
    a, b = fresh.records["hillingdon-kb5"][0].id, fresh.records["brent-oruk"][0].id
    with make_client(
        fresh, gazetteer, gazetteer_path, refresh_trigger=refresh_trigger(settings)
    ) as c:
        state = c.app.state.api  # type: ignore[attr-defined]
        assert fresh.store.merged_id_for_record(a) != fresh.store.merged_id_for_record(b)
        assert c.get("/api/search", params={"q": "support"}).status_code == 200
        assert len(state.search_cache) == 1
        r = c.post("/admin/overrides", json={"a": a, "b": b, "kind": "must-link"}, headers=AUTH)
        assert r.status_code == 201, r.text
        assert state.refresher.wait(60) and state.refresher.last_error is None
        assert fresh.store.merged_id_for_record(a) == fresh.store.merged_id_for_record(b)
        merged = fresh.store.merged_id_for_record(a)
        detail = c.get(f"/api/services/{merged}").json()
        assert {"hillingdon-kb5", "brent-oruk"} <= {s["id"] for s in detail["sources"]}
        assert len(state.search_cache) == 0  # the page cached before the change is gone
