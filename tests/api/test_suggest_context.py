"""Suggestions while a longer query is typed (``index/backends/suggest_context.py``), through a
real backend over the London directory and through ``/api/suggest``: the need being typed after
others, after "free" or before a place is completed on its own and put back in the query; a
place name being typed after "near" is completed from the gazetteer's names.

Checked for every category, synonym and service-name start the backend completes alone, and for
every London place name."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from index.backends.protocol import SearchBackend
from index.backends.suggestions import matches_prefix, prefix_words
from index.geo import Gazetteer
from index.place_table import PlaceName
from index.search.types import Suggestion
from index.vocab import words


def _texts(found: list[Suggestion]) -> list[str]:
    return [s.text for s in found]


@pytest.fixture(scope="module")
def starts(backend: SearchBackend) -> list[str]:
    """What a person has typed of one need when the backend completes it alone: the first
    four letters and the first word plus a letter of every category label, synonym phrase
    and service name the backend suggests."""
    seeds = {s.text for s in backend.suggest("a", 50)}
    for letter in "bcdefghijklmnopqrstuvwyz":
        seeds |= {s.text for s in backend.suggest(letter, 50)}
    typed = set()
    for text in seeds:
        tokens = words(text)
        if tokens and len(tokens[0]) >= 4:
            typed.add(tokens[0][:4])
        if len(tokens) > 1 and tokens[1]:
            typed.add(f"{tokens[0]} {tokens[1][:1]}")
    found = sorted(t for t in typed if backend.suggest(t, 8))
    assert len(found) > 100
    return found


@pytest.mark.parametrize(
    "head",
    ["debt advice and ", "walking group, ", "stop smoking / ", "lunch club for 70 year olds, "],
)
def test_the_need_being_typed_after_others(
    backend: SearchBackend, starts: list[str], head: str
) -> None:
    """Each suggestion for the need typed alone, with what came before it kept — unless the
    whole text begins a name itself ("stop smoking / bren": "Brent Stop Smoking Service"),
    which then wins, as it did before."""
    wrong = {}
    for typed in starts:
        alone = backend.suggest(typed, 8)
        got = backend.suggest(f"{head}{typed}", 8)
        tokens, complete = prefix_words(f"{head}{typed}")
        whole = bool(got) and all(matches_prefix(s.text, tokens, complete)[0] for s in got)
        if not whole and got != [s.model_copy(update={"text": f"{head}{s.text}"}) for s in alone]:
            wrong[typed] = _texts(got)
    assert wrong == {}


def test_the_need_being_typed_after_free_or_before_a_place(
    backend: SearchBackend, starts: list[str]
) -> None:
    for typed in starts[::7]:
        alone = _texts(backend.suggest(typed, 8))
        if not backend.suggest(f"free {typed}", 8) or typed.startswith("free"):
            continue
        assert _texts(backend.suggest(f"free {typed}", 8)) == [f"free {t}" for t in alone]
    for typed in starts[::7]:
        alone = _texts(backend.suggest(f"{typed} ", 8))
        got = _texts(backend.suggest(f"{typed} near HA1", 8))
        assert got == [f"{t} near HA1" for t in alone] or got == alone, typed


def test_every_place_name_after_near(backend: SearchBackend, gazetteer: Gazetteer) -> None:
    """Every unambiguous London place name, typed to all but its last letter after "near",
    is offered whole, as a place, with the need kept."""
    names: list[PlaceName] = [p for p in gazetteer.places() if p.kind != "ambiguous"]
    wrong = {}
    for place in names:
        typed = place.name[:-1]
        if len(typed) < 2:
            continue
        found = backend.suggest(f"walking group near {typed}", 8)
        offered = {s.text for s in found if s.kind == "place"}
        if f"walking group near {place.name}" not in offered:
            wrong[place.name] = _texts(found)
    assert wrong == {}


def test_nothing_is_made_up(backend: SearchBackend) -> None:
    """No place is offered before one letter of it is typed past "near", or for words no place
    begins with; a need nothing begins is completed with nothing."""
    for typed in ("walking group near", "walking group near ", "near x", "help in the ho"):
        assert [s for s in backend.suggest(typed, 8) if s.kind == "place"] == [], typed
    assert backend.suggest("debt advice and zzzq", 8) == []
    assert backend.suggest("walking group near ", 8) == []


def test_through_the_api(client: TestClient) -> None:
    r = client.get("/api/suggest", params={"q": "debt advice and employment su", "limit": 5})
    assert r.status_code == 200
    texts = [s["text"] for s in r.json()["suggestions"]]
    assert texts and all(t.startswith("debt advice and ") for t in texts)
    r = client.get("/api/suggest", params={"q": "walking group near Harl", "limit": 5})
    assert {"text": "walking group near Harlesden", "kind": "place", "id": None} in r.json()[
        "suggestions"
    ]
