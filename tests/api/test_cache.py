"""The search result cache: answers live as long as the API's announced max-age, no longer;
failures are never cached; the table stays bounded."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from search_api.cache import SEARCH_TTL, TTLCache


def test_entries_expire_after_their_time_to_live() -> None:
    now = [0.0]
    cache: TTLCache[int] = TTLCache(60, max_entries=10, clock=lambda: now[0])
    calls: list[int] = []

    def compute() -> int:
        calls.append(1)
        return len(calls)

    assert cache.get_or_compute("q", compute) == 1
    now[0] = 59.9
    assert cache.get_or_compute("q", compute) == 1
    now[0] = 60.0
    assert cache.get_or_compute("q", compute) == 2
    assert (cache.hits, cache.misses) == (1, 2)


def test_bounded_least_recently_used_out() -> None:
    cache: TTLCache[str] = TTLCache(60, max_entries=2)
    cache.get_or_compute("a", lambda: "A")
    cache.get_or_compute("b", lambda: "B")
    cache.get_or_compute("a", lambda: "A2")  # "a" is now the most recent
    cache.get_or_compute("c", lambda: "C")  # so "b" goes
    assert len(cache) == 2
    assert cache.get_or_compute("a", lambda: "new") == "A"
    assert cache.get_or_compute("b", lambda: "new") == "new"


def test_failures_are_not_cached() -> None:
    cache: TTLCache[str] = TTLCache(60, max_entries=2)

    def fail() -> str:
        raise ValueError("unknown postcode")

    with pytest.raises(ValueError):
        cache.get_or_compute("k", fail)
    assert cache.get_or_compute("k", lambda: "ok") == "ok"


def test_api_announces_the_cache_lifetime_it_keeps(client: TestClient) -> None:
    first = client.get("/api/search", params={"q": "food bank"})
    again = client.get("/api/search", params={"q": "food bank"})
    assert first.json() == again.json()
    assert first.headers["cache-control"] == f"public, max-age={SEARCH_TTL}"
    bad = [client.get("/api/search", params={"postcode": "ZZ99 9ZZ"}) for _ in range(2)]
    assert [r.status_code for r in bad] == [422, 422]
