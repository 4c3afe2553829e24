"""``/api/services/{id}``, ``/api/categories``, ``/api/sources``, ``/api/health``."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.api.london import Directory


def test_service_has_provenance_from_each_source(client: TestClient, directory: Directory) -> None:
    merged = directory.by_key["debt"]
    r = client.get(f"/api/services/{merged.id}")
    assert r.status_code == 200
    body = r.json()
    assert body["id"] == merged.id and body["name"] == "Harrow Debt Advice Service"
    assert body["description"].startswith("Free, confidential help with debts")
    assert "<" not in body["description"]
    assert body["opening_times"] == ["Mon–Fri 09:00–17:00"]
    assert body["source_ids"] == ["careplace", "harrow-marketplace"]
    name = body["provenance"]["name"][0]
    assert name["source_id"] == "harrow-marketplace"
    assert name["source_name"] == "Harrow Care and Support"
    assert name["source_url"] == "https://harrow.example.org/kb5/harrow/asch/service/debt"
    assert name["last_seen"].startswith("2025-11-20T09:00:00")
    # The phone came from CarePlace, a day earlier.
    phone = body["provenance"]["phones"][0]
    assert phone["source_id"] == "careplace" and phone["source_name"] == "CarePlace London"
    assert phone["last_seen"].startswith("2025-11-19")
    sources = {s["id"]: s for s in body["sources"]}
    assert sources["careplace"]["urls"] == ["https://careplace.example.org/service/debt"]
    assert body["phones"] == [{"number": "+442084271234", "description": None, "type": None}]


def test_service_etag_gives_304(client: TestClient, directory: Directory) -> None:
    url = f"/api/services/{directory.by_key['gp'].id}"
    first = client.get(url)
    etag = first.headers["etag"]
    assert first.headers["cache-control"].startswith("public")
    again = client.get(url, headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    assert client.get(url, headers={"If-None-Match": 'W/"other"'}).status_code == 200


def test_hostile_service_is_neutralised(client: TestClient, directory: Directory) -> None:
    body = client.get(f"/api/services/{directory.by_key['hostile'].id}").json()
    assert "<script" not in (body["description"] or "")
    assert body["description"] == "Help with benefits claims.click"
    html = body["description_html"]
    assert "<script" not in html and "javascript:" not in html and "onerror" not in html
    assert "<b>benefits</b>" in html


def test_unknown_service_is_a_json_404(client: TestClient) -> None:
    r = client.get("/api/services/s-doesnotexist")
    assert r.status_code == 404
    assert r.json() == {
        "error": "no service with id s-doesnotexist",
        "detail": {"id": "s-doesnotexist"},
    }
    assert client.get("/api/services/..%2F..%2Fetc").status_code in (404, 422)


def test_source_record_id_redirects_to_its_merged_service(
    client: TestClient, directory: Directory
) -> None:
    record = directory.records["careplace"][0]
    r = client.get(f"/api/services/{record.id}", follow_redirects=False)
    assert r.status_code == 308
    assert r.headers["location"] == f"/api/services/{directory.by_key['debt'].id}"


def test_categories_count_services_with_subcategories(client: TestClient) -> None:
    r = client.get("/api/categories")
    assert r.status_code == 200
    body = r.json()
    assert body["taxonomy"] == "signpost" and body["total_services"] == 11
    cats = {c["id"]: c for c in body["categories"]}
    assert cats["debt-advice"]["count"] == 1
    assert cats["debt-advice"]["parent_id"] == "advice"
    # "advice" counts debt advice and benefits advice below it.
    assert cats["advice"]["count"] == 2
    assert cats["stop-smoking"]["count"] == 1
    assert cats["health"]["count"] >= 3
    assert any(c["count"] == 0 for c in body["categories"])  # the whole taxonomy is listed
    etag = r.headers["etag"]
    assert client.get("/api/categories", headers={"If-None-Match": etag}).status_code == 304


def test_sources_show_runs_freshness_and_counts(client: TestClient) -> None:
    r = client.get("/api/sources")
    assert r.status_code == 200
    body = r.json()
    assert body["total_services"] == 11
    rows = {s["id"]: s for s in body["sources"]}
    assert set(rows) == {"harrow-marketplace", "careplace", "hillingdon-kb5", "brent-oruk"}
    careplace = rows["careplace"]
    assert careplace["name"] == "CarePlace London"
    assert careplace["live_records"] == 4 and careplace["services"] == 4
    assert careplace["outcome"] == "published"
    assert careplace["freshness"]["state"] == "fresh"
    hillingdon = rows["hillingdon-kb5"]
    assert hillingdon["outcome"] == "quarantined"
    assert hillingdon["last_run"]["error"].startswith("shrank from 3 to 1")
    assert hillingdon["last_good_run"]["status"] == "published"
    assert hillingdon["live_records"] == 3


def test_health(client: TestClient) -> None:
    r = client.get("/api/health")
    assert r.status_code == 200
    body = r.json()
    assert body["status"] == "ok" and body["services"] == 11
    assert body["backend"]["ok"] is True and body["backend"]["documents"] == 11
