"""Safe to expose: CORS, rate limits, gzip, security headers, size limits, JSON errors, and a
request log without personal data."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from index.geo import Gazetteer
from search_api.middleware.ratelimit import TokenBuckets
from tests.api.conftest import make_client
from tests.api.london import Directory


def test_public_reads_allow_any_origin_without_credentials(client: TestClient) -> None:
    r = client.get(
        "/api/search", params={"q": "debt"}, headers={"Origin": "https://council.example"}
    )
    assert r.headers["access-control-allow-origin"] == "*"
    assert "access-control-allow-credentials" not in r.headers
    assert "Retry-After" in r.headers["access-control-expose-headers"]
    pre = client.options(
        "/api/search",
        headers={"Origin": "https://gp.example", "Access-Control-Request-Method": "GET"},
    )
    assert pre.status_code == 204
    assert pre.headers["access-control-allow-origin"] == "*"
    assert "GET" in pre.headers["access-control-allow-methods"]
    refused = client.options(
        "/api/search",
        headers={"Origin": "https://gp.example", "Access-Control-Request-Method": "DELETE"},
    )
    assert "access-control-allow-origin" not in refused.headers


def test_operator_api_gets_no_cors(client: TestClient) -> None:
    pre = client.options(
        "/admin/overrides",
        headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"},
    )
    assert "access-control-allow-origin" not in pre.headers
    r = client.get("/admin/overrides", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in r.headers


def test_security_headers_everywhere(client: TestClient) -> None:
    for path in ("/api/health", "/api/search?q=gp", "/oruk/", "/nope"):
        r = client.get(path)
        assert r.headers["x-content-type-options"] == "nosniff", path
        assert r.headers["referrer-policy"] == "no-referrer"
        assert r.headers["content-security-policy"].startswith("default-src 'none'")
        assert r.headers["x-request-id"]


def test_unknown_paths_and_methods_answer_json(client: TestClient) -> None:
    r = client.get("/api/nothing-here")
    assert r.status_code == 404 and r.json()["error"].startswith("no such address")
    r = client.delete("/api/search")
    assert r.status_code == 405 and r.json()["error"] == "method not allowed"


def test_gzip_for_large_responses(client: TestClient) -> None:
    r = client.get("/oruk/services", params={"per_page": 100}, headers={"Accept-Encoding": "gzip"})
    assert r.headers["content-encoding"] == "gzip"
    assert r.json()["total_items"] == 11  # httpx decodes it


def test_oversized_requests_are_refused_before_parsing(client: TestClient) -> None:
    r = client.get("/api/search", params={"q": "a" * 5000})
    assert r.status_code == 414 and "too long" in r.json()["error"]
    r = client.post(
        "/admin/overrides",
        content=b"{" + b" " * 70_000 + b"}",
        headers={"Content-Type": "application/json"},
    )
    assert r.status_code == 413


def test_rate_limit_answers_429_with_retry_after(
    directory: Directory, gazetteer: Gazetteer, gazetteer_path: Path
) -> None:
    with make_client(
        directory, gazetteer, gazetteer_path, rate_limit_per_minute=60, rate_limit_burst=3
    ) as c:
        codes = [c.get("/api/suggest", params={"q": "gp"}).status_code for _ in range(4)]
        assert codes == [200, 200, 200, 429]
        r = c.get("/api/search", params={"q": "gp"})
        assert r.status_code == 429
        assert int(r.headers["retry-after"]) >= 1
        assert r.json()["error"].startswith("too many requests")
        assert r.headers["access-control-allow-origin"] == "*"  # a browser can read why
        assert c.get("/api/health").status_code == 200  # probes are never limited
        assert c.get("/widget/signpost-search.js").status_code in (200, 404)  # static: not limited


def test_token_bucket_refills_at_the_sustained_rate() -> None:
    now = [0.0]
    buckets = TokenBuckets(per_minute=60, burst=2, clock=lambda: now[0], max_clients=2)
    assert buckets.take("a") == 0 and buckets.take("a") == 0
    assert buckets.take("a") == pytest.approx(1.0)
    now[0] = 1.0
    assert buckets.take("a") == 0
    buckets.take("b")
    buckets.take("c")  # the table stays bounded: "a" (least recent) is forgotten
    assert buckets.take("a") == 0


def test_request_log_has_no_query_no_client_and_no_path_values(
    client: TestClient, directory: Directory, caplog: pytest.LogCaptureFixture
) -> None:
    secret_need = "domestic abuse refuge"
    service_id = directory.by_key["debt"].id
    with caplog.at_level(logging.INFO, logger="signpost.api.access"):
        client.get("/api/search", params={"q": secret_need, "postcode": "E17 4JF"})
        client.get(f"/api/services/{service_id}")
        client.get("/api/a-pasted-postcode-HA1-2AA")
    lines = [r.getMessage() for r in caplog.records if r.name == "signpost.api.access"]
    assert len(lines) == 3
    text = "\n".join(lines)
    for private in ("domestic", "E17", "4JF", "testclient", "HA1-2AA", "postcode"):
        assert private not in text
    assert lines[0].startswith("GET /api/search 200")
    assert lines[1].startswith("GET /api/services/{service_id} 200")
    assert lines[2].startswith("GET /api/… (unmatched) 404")


def test_head_answers_like_get_without_a_body(client: TestClient) -> None:
    for path in ("/api/search?q=gp", "/widget/signpost-search.js", "/", "/oruk/services"):
        get, head = client.get(path), client.head(path)
        assert head.status_code == 200 and head.content == b"", path
        assert head.headers["content-length"] == get.headers["content-length"]
        assert head.headers.get("etag") == get.headers.get("etag")
