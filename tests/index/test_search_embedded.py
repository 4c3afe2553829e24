"""What only the embedded backend promises: atomic generations, clear errors for a missing or
broken index file, bounded ranking that still counts exactly, and concurrent readers."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from index.backends.embedded import EmbeddedBackend, searcher
from index.backends.errors import BackendError, IndexNotBuilt
from index.geo import Gazetteer
from index.model import MergedService
from index.search.types import SearchQuery
from tests.contract.london import INDEXED, london_services


def _tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def _copies(n: int) -> list[MergedService]:
    """``n`` services whose descriptions (not names) offer debt advice: enough matches to
    pass the ranking bound."""
    base = next(s for s in london_services() if s.id == "m-cab-harrow")
    out = []
    for i in range(n):
        copy = base.model_copy(deep=True)
        copy.id = f"m-debt-{i}"
        copy.service.name = f"Money help {i}"
        copy.source_ids = ["careplace" if i % 2 else "harrow-marketplace"]
        out.append(copy)
    return out


def test_rebuild_swaps_generations_and_drops_the_old(tmp_path: Path, gazetteer: Gazetteer) -> None:
    path = tmp_path / "search.sqlite"
    backend = EmbeddedBackend(path, gazetteer=gazetteer)
    backend.rebuild(london_services())
    assert "docs_1" in _tables(path)
    backend.rebuild(london_services()[:3])
    tables = _tables(path)
    assert "docs_2" in tables and "docs_1" not in tables
    assert backend.health().detail.endswith("generation 2")  # type: ignore[union-attr]
    assert backend.search(SearchQuery()).total == 3


def test_readers_see_the_old_index_or_the_new_never_half(
    tmp_path: Path, gazetteer: Gazetteer
) -> None:
    path = tmp_path / "search.sqlite"
    EmbeddedBackend(path, gazetteer=gazetteer).rebuild(london_services())
    writer = EmbeddedBackend(path, gazetteer=gazetteer)
    reader = EmbeddedBackend(path, gazetteer=gazetteer)
    many = _copies(300)

    def slow() -> Iterator[MergedService]:
        for i, service in enumerate(many):
            if i % 50 == 0:
                time.sleep(0.02)
            yield service

    seen: list[int] = []
    done = threading.Event()

    def read() -> None:
        while not done.is_set():
            seen.append(reader.search(SearchQuery(per_page=1)).total)

    thread = threading.Thread(target=read)
    thread.start()
    try:
        writer.rebuild(slow())
    finally:
        done.set()
        thread.join()
    seen.append(reader.search(SearchQuery(per_page=1)).total)
    assert set(seen) <= {INDEXED, 300}
    assert seen[0] == INDEXED and seen[-1] == 300


def test_missing_and_broken_index_files(tmp_path: Path) -> None:
    missing = EmbeddedBackend(tmp_path / "nothing.sqlite")
    with pytest.raises(IndexNotBuilt, match="signpost index"):
        missing.search(SearchQuery(text="debt"))
    with pytest.raises(IndexNotBuilt):
        missing.suggest("deb")
    assert not missing.health().ok
    assert not (tmp_path / "nothing.sqlite").exists()  # reading never creates the file

    broken_path = tmp_path / "broken.sqlite"
    broken_path.write_bytes(b"this is not a database" * 100)
    broken = EmbeddedBackend(broken_path)
    with pytest.raises(BackendError):
        broken.search(SearchQuery(text="debt"))
    assert not broken.health().ok
    with pytest.raises(BackendError):
        broken.rebuild(london_services())
    assert broken_path.read_bytes().startswith(b"this is not a database")


def test_upsert_into_a_new_file(tmp_path: Path, gazetteer: Gazetteer) -> None:
    backend = EmbeddedBackend(tmp_path / "fresh.sqlite", gazetteer=gazetteer)
    assert backend.upsert(london_services()[:2]) == 2
    assert backend.search(SearchQuery(text="debt")).total == 2


def test_bounded_ranking_still_counts_and_facets_sensibly(
    tmp_path: Path, gazetteer: Gazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    backend = EmbeddedBackend(tmp_path / "bounded.sqlite", gazetteer=gazetteer)
    backend.rebuild(_copies(120) + london_services())
    exact = backend.search(SearchQuery(text="debt advice", per_page=20))
    two = SearchQuery(text="debt advice and employment support")
    exact_two = backend.search(two)
    monkeypatch.setattr(searcher, "RANK_ALL", 10)
    bounded = backend.search(SearchQuery(text="debt advice", per_page=20))
    assert bounded.total == exact.total == 122
    assert backend.search(two).total == exact_two.total == 123  # debt advice or Harrow Works
    # matches by name are scored however far down the rowid order they sit
    assert exact.results[0].id == bounded.results[0].id == "m-cab-harrow"
    sources = {f.value: f.count for f in bounded.facets["source"]}
    assert sum(sources.values()) == pytest.approx(exact.total, rel=0.35)
    near = backend.search(SearchQuery(text="debt advice", postcode="NW1 2DB", sort="distance"))
    assert near.results[0].id == "m-camden-money"  # the nearest is found past the bound
    radius = backend.search(SearchQuery(text="debt advice", postcode="HA1 2XY", radius_km=0.5))
    assert radius.total == exact.total - 1  # all but Camden's


def test_concurrent_searches(tmp_path: Path, gazetteer: Gazetteer) -> None:
    backend = EmbeddedBackend(tmp_path / "shared.sqlite", gazetteer=gazetteer)
    backend.rebuild(london_services())
    queries = ["debt", "gp near HA1 2", "walking group", "day centre", "stop smoking"] * 8
    with ThreadPoolExecutor(max_workers=4) as pool:
        totals = list(pool.map(lambda t: backend.search(SearchQuery(text=t)).total, queries))
    assert totals[:5] == totals[5:10] and all(t > 0 for t in totals)


def test_a_word_in_most_services_is_not_worth_scoring(tmp_path: Path) -> None:
    backend = EmbeddedBackend(tmp_path / "common.sqlite")
    services = _copies(1200)  # every description offers "support"; three in four mention a ramp
    for i, service in enumerate(services):
        service.service.description = "Support for local people." + (
            " Step-free ramp." if i % 4 else ""
        )
    backend.rebuild(services)
    both = backend.search(SearchQuery(text="ramp support"))
    alone = backend.search(SearchQuery(text="ramp"))
    assert both.total == alone.total == 900
    marked = {
        both.results[0].snippet[a:b].lower() for a, b in both.results[0].highlights["snippet"]
    }
    assert marked == {"support", "ramp"}  # still highlighted
    assert backend.search(SearchQuery(text="support")).total == 1200  # alone, it still counts


def test_text_that_is_not_valid_utf8_is_still_indexed(tmp_path: Path, gazetteer: Gazetteer) -> None:
    """A lone surrogate (a source's JSON can escape one) cannot be encoded as UTF-8: the
    rebuild's fast serialiser refuses it, and the batch goes through the escaping one, as
    before orjson. (Reading such a row back is another matter: SQLite cannot decode it.)"""
    odd = _copies(1)[0]
    odd.service.description = "Debt advice \ud800 for everyone"
    backend = EmbeddedBackend(tmp_path / "search.sqlite", gazetteer=gazetteer)
    assert backend.rebuild([*london_services(), odd]) == INDEXED + 1
    assert backend.health().documents == INDEXED + 1
