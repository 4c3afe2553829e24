"""Places through the public API and the CLI: every district of London's postcode areas
resolves to itself through ``/api/search?postcode=…`` (a real app over a small store) and
through ``signpost search --json``; unknown postcodes fall back with a sentence; place names
work as the parameter and inside ``q``."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from index.backends.protocol import SearchBackend
from index.geo import Gazetteer
from signpost.cli import main
from tests.api.london import Directory

LONDON_AREAS = {"E", "EC", "N", "NW", "SE", "SW", "W", "WC",
                "HA", "UB", "TW", "KT", "CR", "BR", "DA", "RM", "IG", "EN"}  # fmt: skip
"""The postcode areas of Greater London, inner and outer (the issue's list)."""


@pytest.fixture(scope="module")
def districts(gazetteer: Gazetteer) -> list[str]:
    """Every district of London's postcode areas, from the gazetteer's own table."""
    conn = sqlite3.connect(f"file:{gazetteer.path}?mode=ro", uri=True)
    keys = [r[0] for r in conn.execute("SELECT key FROM outcodes ORDER BY key")]
    conn.close()
    found = [k for k in keys if re.match(r"[A-Z]+", k).group() in LONDON_AREAS]  # type: ignore[union-attr]
    # Districts that exist only as their lettered parts (SW1 → SW1A…SW1Y), as people type them.
    divided = {m.group(1) for k in found if (m := re.match(r"^([A-Z]{1,2}[0-9])[A-Z]$", k))}
    return sorted(set(found) | (divided - set(keys)))


def test_the_walk_covers_the_issue_list(districts: list[str]) -> None:
    named = [f"{area}{n}" for area, last in
             (("E", 20), ("N", 22), ("NW", 11), ("SE", 28), ("SW", 20), ("W", 14))
             for n in range(1, last + 1)]  # fmt: skip
    missing = [d for d in named if d not in districts]
    # SW1 and W1 exist only as SW1A…SW1Y and W1A…W1W, and are read as the centre of their
    # parts; there has never been an E19.
    assert missing == ["E19"]
    assert {"EC1", "EC2", "EC3", "EC4", "WC1", "WC2", "SW1", "W1"} <= set(districts)
    assert any(d.startswith("SW1") for d in districts) and any(
        d.startswith("W1") for d in districts
    )
    for area in ("EC", "WC", "HA", "UB", "TW", "KT", "CR", "BR", "DA", "RM", "IG", "EN"):
        assert any(re.match(rf"{area}\d", d) for d in districts), area
    assert len(districts) > 300


def test_every_london_district_through_the_api(client: TestClient, districts: list[str]) -> None:
    wrong = {}
    for district in districts:
        typed = district if len(wrong) % 2 else district.lower()
        r = client.get("/api/search", params={"q": "advice", "postcode": typed})
        origin = r.json().get("origin") if r.status_code == 200 else r.text
        divided = f"{district} is divided into "  # SW1: the centre of SW1A…SW1Y, and it says so
        if not (isinstance(origin, dict) and origin["postcode"] == district
                and origin["precision"] == "outcode"
                and (origin["note"] is None or origin["note"].startswith(divided))):  # fmt: skip
            wrong[district] = origin
    assert wrong == {}


def cli_search(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *args: str
) -> dict[str, object]:
    """``signpost search … --json`` through the console-script entry point, in-process."""
    monkeypatch.setattr("sys.argv", ["signpost", "search", *args, "--json"])
    main()
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def test_every_london_district_through_the_cli(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    directory: Directory,
    backend: SearchBackend,
    gazetteer_path: Path,
    districts: list[str],
) -> None:
    monkeypatch.setenv("SIGNPOST_VAR_DIR", str(gazetteer_path.parent))
    monkeypatch.setenv("SIGNPOST_BACKEND", "embedded")
    db = str(directory.store.path)
    wrong = {}
    for district in districts:
        page = cli_search(capsys, monkeypatch, "advice", "--postcode", district, "--db", db)
        origin = page["origin"]
        if not (isinstance(origin, dict) and origin["postcode"] == district):
            wrong[district] = origin
    assert wrong == {}
    # And inside the text, as a person types it.
    page = cli_search(capsys, monkeypatch, "advice nw10", "--db", db)
    assert page["origin"]["postcode"] == "NW10"  # type: ignore[index]


def test_unknown_postcode_falls_back_and_says_so(client: TestClient) -> None:
    r = client.get("/api/search", params={"q": "advice", "postcode": "UB8 1AA", "sort": "distance"})
    assert r.status_code == 200, r.text
    origin = r.json()["origin"]
    assert (origin["postcode"], origin["precision"]) == ("UB8 1", "sector")
    assert origin["note"] == "UB8 1AA is not a current postcode; distances are from UB8 1"
    assert r.json()["attribution"]
    assert all(hit["distance_km"] is not None for hit in r.json()["results"] if hit["latitude"])
    in_text = client.get("/api/search", params={"q": "advice ub81aa"}).json()["origin"]
    assert in_text["note"] == origin["note"]


@pytest.mark.parametrize(
    ("params", "place", "borough"),
    [
        ({"q": "advice", "postcode": "Harlesden"}, "Harlesden", "Brent"),
        ({"q": "walking group Harlesden"}, "Harlesden", "Brent"),
        ({"q": "advice near Ealing Broadway"}, "Ealing Broadway", "Ealing"),
        ({"q": "advice", "postcode": "pinner"}, "Pinner", "Harrow"),
        ({"q": "Walthamstow"}, "Walthamstow", "Waltham Forest"),
        ({"q": "advice", "postcode": "Kingston upon Thames"}, "Kingston upon Thames",
         "Kingston upon Thames"),
    ],
)  # fmt: skip
def test_place_names_through_the_api(
    client: TestClient, params: dict[str, str], place: str, borough: str
) -> None:
    r = client.get("/api/search", params=params)
    assert r.status_code == 200, r.text
    origin = r.json()["origin"]
    assert (origin["place"], origin["postcode"]) == (place, None)
    assert origin["precision"] in {"place", "borough"} and place in origin["note"]
    assert "Code-Point Open" in r.json()["attribution"]
    assert "GeoNames" in r.json()["attribution"]


def test_ordinary_words_are_not_places_through_the_api(client: TestClient) -> None:
    for q in ("food bank", "green spaces", "church group", "manor"):
        assert client.get("/api/search", params={"q": q}).json()["origin"] is None


def test_only_text_that_is_no_place_is_a_422(client: TestClient) -> None:
    for postcode in ("Narnia", "ZZ99 9ZZ", "Belmont"):
        r = client.get("/api/search", params={"q": "advice", "postcode": postcode})
        assert r.status_code == 422, r.text
        assert postcode.split()[0] in r.json()["error"]
    assert (
        "Harrow" in client.get("/api/search", params={"postcode": "Belmont"}).json()["error"]
    )  # says which Belmonts there are


@pytest.mark.parametrize(
    ("typed", "place"),
    [
        ("advice Harlesden NW10", "Harlesden"),
        ("advice NW10 Harlesden", "Harlesden"),
        ("advice, Brixton, SW2", "Brixton"),
        ("advice Hayes UB3", "Hayes, Hillingdon"),
        ("advice near Walthamstow E17 London", "Walthamstow"),
    ],
)
def test_a_place_typed_twice_searches_as_the_place(
    client: TestClient, typed: str, place: str
) -> None:
    """A name and its postcode side by side search exactly as the name given as the place: the
    name is not left behind as a word every listing must contain."""
    typed_twice = client.get("/api/search", params={"q": typed})
    as_place = client.get("/api/search", params={"q": "advice", "postcode": place})
    assert typed_twice.status_code == as_place.status_code == 200
    got, expected = typed_twice.json(), as_place.json()
    assert got["origin"] == expected["origin"] and got["origin"]["place"] == place
    assert got["total"] == expected["total"] > 0
    assert [h["id"] for h in got["results"]] == [h["id"] for h in expected["results"]]
