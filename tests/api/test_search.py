"""``/api/search`` and ``/api/suggest`` through the real app and the real embedded backend."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.api.london import Directory

HIT_FIELDS = {
    "id", "name", "organization", "snippet", "categories", "address", "postcode", "borough",
    "latitude", "longitude", "distance_km", "service_areas", "phones", "email", "url",
    "opening_times", "cost", "is_free", "source_ids", "sources", "last_updated", "score",
    "matched_need", "highlights",
}  # fmt: skip


def test_text_search_finds_the_service_with_the_shape_the_widget_reads(
    client: TestClient, directory: Directory
) -> None:
    r = client.get("/api/search", params={"q": "debt advice"})
    assert r.status_code == 200
    body = r.json()
    assert set(body) == {
        "total", "page", "per_page", "results", "facets", "corrected_text", "origin",
        "understood", "attribution",
    }  # fmt: skip
    assert body["total"] >= 1 and body["page"] == 1 and body["per_page"] == 10
    top = body["results"][0]
    assert set(top) == HIT_FIELDS
    assert top["id"] == directory.by_key["debt"].id
    assert top["name"] == "Harrow Debt Advice Service"
    # Source names are added by the API, in the order of the hit's source ids.
    assert {s["id"]: s["name"] for s in top["sources"]} == {
        "careplace": "CarePlace London",
        "harrow-marketplace": "Harrow Care and Support",
    }
    assert set(body["facets"]) >= {"category", "borough", "cost", "source"}
    labels = {f["value"]: f["label"] for f in body["facets"]["source"]}
    assert labels.get("harrow-marketplace") == "Harrow Care and Support"
    # No postcode: no origin, no distance, no postcode-data credit.
    assert body["origin"] is None and body["attribution"] is None
    assert top["distance_km"] is None


def test_postcode_gives_distances_origin_and_attribution(client: TestClient) -> None:
    r = client.get("/api/search", params={"q": "advice", "postcode": "ha1 2aa", "sort": "distance"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["origin"]["postcode"] == "HA1 2AA"
    assert "Crown copyright" in body["attribution"]
    distances = [h["distance_km"] for h in body["results"]]
    assert distances and all(d is not None for d in distances)
    assert distances == sorted(distances)


def test_several_needs_are_each_answered(client: TestClient, directory: Directory) -> None:
    r = client.get(
        "/api/search",
        params=[("need", "debt advice"), ("need", "employment support"), ("postcode", "HA1")],
    )
    assert r.status_code == 200, r.text
    ids = {h["id"] for h in r.json()["results"]}
    assert directory.by_key["debt"].id in ids
    assert directory.by_key["jobs"].id in ids


def test_filters_by_category_and_free(client: TestClient, directory: Directory) -> None:
    r = client.get("/api/search", params=[("category", "stop-smoking")])
    assert r.status_code == 200, r.text
    assert [h["id"] for h in r.json()["results"]] == [directory.by_key["smoking"].id]
    r = client.get("/api/search", params={"q": "day centre", "free": "true"})
    assert r.status_code == 200
    assert directory.by_key["daycentre"].id not in {h["id"] for h in r.json()["results"]}


def test_hostile_listing_comes_back_as_plain_text(client: TestClient) -> None:
    r = client.get("/api/search", params={"q": "benefits lambeth"})
    assert r.status_code == 200
    hit = next(h for h in r.json()["results"] if "Lambeth" in h["name"])
    assert "<script" not in hit["snippet"] and "alert('x')" not in hit["snippet"]


def test_unknown_postcode_is_a_clear_422(client: TestClient) -> None:
    r = client.get("/api/search", params={"q": "debt", "postcode": "ZZ99 9ZZ"})
    assert r.status_code == 422
    body = r.json()
    assert set(body) == {"error", "detail"}
    assert "postcode" in body["error"].lower()


def test_input_limits_are_json_422s(client: TestClient) -> None:
    cases = [
        {"per_page": 101},
        {"page": 101},
        {"page": 0},
        {"q": "x" * 201},
        {"postcode": "HA1 2AA HA1 2AA"},
        {"time": "25:00"},
        {"day": "XX"},
        {"sort": "random"},
        {"lat": 51.5},
    ]
    for params in cases:
        r = client.get("/api/search", params=params)
        assert r.status_code == 422, (params, r.text)
        body = r.json()
        assert isinstance(body["error"], str) and body["error"], params
        field = next(iter(params))
        assert field in body["error"] or (field == "lat" and "lon" in body["error"]), body
    too_many = [("need", f"need {i}") for i in range(6)]
    assert client.get("/api/search", params=too_many).status_code == 422


def test_suggest_completes_categories_and_services(client: TestClient) -> None:
    r = client.get("/api/suggest", params={"q": "deb", "limit": 5})
    assert r.status_code == 200
    body = r.json()
    assert body["query"] == "deb"
    assert 1 <= len(body["suggestions"]) <= 5
    assert all(set(s) == {"text", "kind", "id"} for s in body["suggestions"])
    assert any("debt" in s["text"].lower() for s in body["suggestions"])
    assert r.headers["cache-control"].startswith("public")


def test_suggest_edge_cases(client: TestClient) -> None:
    assert client.get("/api/suggest", params={"q": "   "}).json()["suggestions"] == []
    assert client.get("/api/suggest", params={"q": "a", "limit": 0}).status_code == 422
    assert client.get("/api/suggest", params={"q": "a", "limit": 21}).status_code == 422
    assert client.get("/api/suggest", params={"q": "y" * 201}).status_code == 422


def test_every_search_response_is_exactly_its_published_model(client: TestClient) -> None:
    """The route serialises the page itself (no second validation per hit): each response
    must still be exactly what the published ``SearchOut`` model says, for every kind of
    question — text, several needs, a place, filters, browsing, paging, nothing found."""
    from search_api.schemas.search import SearchOut

    questions = [
        {"q": "debt advice"},
        {"q": "debt advice and employment support near HA1"},
        {"q": "docter", "postcode": "HA1 2", "sort": "distance"},
        {"q": "walking", "postcode": "HA1 2AA", "radius_km": "5"},
        {"q": "", "free": "true"},
        {"q": "", "postcode": "UB8 1UW"},
        {"q": "day centre", "day": "SA", "age": "30"},
        {"q": "advice", "page": "2", "per_page": "3"},
        {"q": "zzzzqqqq"},
        {"need": ["debt advice", "food bank"], "borough": "Harrow"},
    ]
    for params in questions:
        r = client.get("/api/search", params=params)
        assert r.status_code == 200, (params, r.text)
        assert r.headers["content-type"] == "application/json"
        assert r.headers["cache-control"].startswith("public, max-age=")
        body = r.json()
        assert SearchOut.model_validate(body).model_dump(mode="json") == body, params
