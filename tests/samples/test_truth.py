"""The ground-truth loader answers for keys, paths and URLs the way harvesters will hold them."""

from __future__ import annotations

from samples.loader import load_cached
from samples.truth import load_truth

DATA = load_cached()


def test_service_for_accepts_keys_paths_and_urls() -> None:
    truth = load_truth()
    for item in DATA.listings[::97]:
        assert truth.service_for(item.source_id, item.key) == item.service_id
        if item.path:
            url = f"http://127.0.0.1:8765/{item.source_id}/{item.path}"
            assert truth.service_for(item.source_id, url) == item.service_id
            assert truth.service_for(item.source_id, f"/{item.source_id}/{item.path}") == (
                item.service_id
            )
    assert truth.service_for("careplace", "Services/Details/0") is None
    assert truth.service_for("careplace", "http://127.0.0.1/careplace/Categories/3") is None


def test_kb5_urls_with_extra_query_parameters_resolve() -> None:
    truth = load_truth()
    item = next(i for i in DATA.listings if i.source_id == "hounslow-fsd")
    url = f"http://h/hounslow-fsd/kb5/hounslow/fsd/service.page?id={item.key}&familychannel=2-1"
    assert truth.service_for("hounslow-fsd", url) == item.service_id


def test_clusters_pairs_and_relevance() -> None:
    truth = load_truth()
    clusters = truth.clusters()
    multi = {sid: refs for sid, refs in clusters.items() if len(refs) > 1}
    pairs = truth.duplicate_pairs()
    assert len(pairs) == sum(len(r) * (len(r) - 1) // 2 for r in multi.values())
    sid, refs = next(iter(multi.items()))
    assert frozenset(refs[:2]) in pairs
    assert all(truth.service_for(source, key) == sid for source, key in refs)

    only_two = truth.duplicate_pairs(["careplace", "ealing-open-data"])
    assert only_two and only_two < pairs
    assert all({r[0] for r in p} <= {"careplace", "ealing-open-data"} for p in only_two)

    harrow_debt = truth.services_in("debt-advice", "Harrow")
    assert harrow_debt and all("debt-advice" in s.categories for s in harrow_debt)
    assert all("Harrow" in s.boroughs for s in harrow_debt)


def test_generations_hide_and_reveal_listings() -> None:
    truth = load_truth()
    gen0 = truth.listings("careplace")
    gen1 = truth.listings("careplace", 1)
    diff = truth.changes("careplace", 1)
    assert set(gen1) == (set(gen0) - diff.removed) | diff.added
    assert not diff.added & set(gen0)
