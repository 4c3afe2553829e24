"""Changing an index: upsert, delete, and a rebuild that fails half way."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.model import MergedService
from index.search.types import SearchQuery
from tests.contract.conftest import Factory
from tests.contract.london import INDEXED, london_services


def _by_id(key: str) -> MergedService:
    return next(m for m in london_services() if m.id == key)


def names(backend: object, text: str) -> list[str]:
    return [h.name for h in backend.search(SearchQuery(text=text)).results]  # type: ignore[attr-defined]


def test_upsert_replaces_and_adds(make_backend: Factory) -> None:
    backend = make_backend(london_services())
    renamed = _by_id("m-health-walks")
    renamed.service.name = "Hillingdon Nordic Walking"
    added = _by_id("m-cab-harrow").model_copy(deep=True)
    added.id = "m-cab-brent"
    added.service.organization.name = "Citizens Advice Brent"  # type: ignore[union-attr]
    added.service.locations[0].postal_code = "HA0 2SB"

    assert backend.upsert([renamed, added]) == 2
    assert backend.health().documents == INDEXED + 1
    assert names(backend, "nordic") == ["Hillingdon Nordic Walking"]
    assert "Hillingdon Health Walks" not in names(backend, "hillingdon walking")
    brent = backend.search(SearchQuery(text="debt advice", boroughs=["Brent"]))
    assert [h.id for h in brent.results] == ["m-cab-brent"]
    suggested = [s.text for s in backend.suggest("hillingdon nor")]
    assert suggested == ["Hillingdon Nordic Walking (Hillingdon Council)"]
    assert backend.suggest("hillingdon health w") == []


def test_delete_removes_everywhere(make_backend: Factory) -> None:
    backend = make_backend(london_services())
    assert backend.delete(["m-rda", "m-not-there"]) == 1
    assert backend.health().documents == INDEXED - 1
    assert names(backend, "horse riding") == []
    assert not any(s.id == "m-rda" for s in backend.suggest("riding"))
    page = backend.search(SearchQuery(per_page=50))
    assert "m-rda" not in {h.id for h in page.results}
    assert page.facets["category"]
    assert "riding-disabled" not in {f.value for f in page.facets["category"]}


def test_a_failed_rebuild_leaves_the_previous_index_live(make_backend: Factory) -> None:
    backend = make_backend(london_services())

    def broken() -> Iterator[MergedService]:
        yield from london_services()[:3]
        raise RuntimeError("store went away mid-rebuild")

    with pytest.raises(RuntimeError, match="mid-rebuild"):
        backend.rebuild(broken())
    assert backend.health().documents == INDEXED
    assert names(backend, "horse riding") == ["Riding for the Disabled – Hillingdon group"]


def test_rebuild_replaces_everything(make_backend: Factory) -> None:
    backend = make_backend(london_services())
    assert backend.rebuild([_by_id("m-rda")]) == 1
    assert backend.health().documents == 1
    assert names(backend, "debt") == []
    assert backend.search(SearchQuery()).total == 1
    assert backend.rebuild([]) == 0
    assert backend.search(SearchQuery(text="riding")).total == 0
