"""The whole pipeline on the sample sites: the real harvesters crawl every sample source on
127.0.0.1, ``run_dedup`` deduplicates the store (gazetteer included), and pairwise precision,
recall and F1 are measured against the sample data's ground truth.

Measured when the floors were set (11 sources published, the Bexley local offer is blocked by
its robots.txt by design; the sample world with issue 15's hard cases in every borough): 2 471
listings, 675 true pairs, precision 1.000, recall 0.985, F1 0.993. The floors are the issue's
goals (precision 0.99, recall 0.97).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from index.dedup.evaluate import pairwise_scores
from index.sources import load_sources
from index.store import Store
from samples.truth import load_truth
from signpost.config import Settings
from signpost.dedup_step import run_dedup
from signpost.harvest import harvest
from tests.samples.conftest import sample_sites  # noqa: F401  (the sample sites fixture)

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
PRECISION_FLOOR = 0.99
RECALL_FLOOR = 0.97
F1_FLOOR = 0.98


def test_pipeline_on_the_sample_sites(
    sample_sites: str,  # noqa: F811
    tmp_path: Path,
    gazetteer_path: Path,
) -> None:
    settings = Settings(
        db=tmp_path / "signpost.db",
        var_dir=gazetteer_path.parent,
        allowed_private_hosts=["127.0.0.1"],
        sample_sites_url=sample_sites,
    )
    configs = load_sources(REPO / "sources/demo.toml", {"SAMPLE_SITES": sample_sites})
    truth = load_truth()
    with Store(settings.db) as store:
        outcomes = harvest(settings, store, configs, polite=False)
        assert sum(o.status == "published" for o in outcomes) >= 10, outcomes
        report = run_dedup(store, settings.gazetteer_path)
        labels: dict[str, str] = {}
        for record in store.iter_records():
            service = truth.service_for(record.source_id, record.listing_key)
            service = service or truth.service_for(record.source_id, record.source_url)
            assert service is not None, (record.source_id, record.listing_key)
            labels[record.id] = service
        membership = store.cluster_membership()
    assert report.records == len(labels) > 2000
    scores = pairwise_scores(membership, labels)
    assert scores.true_pairs > 500
    assert scores.precision >= PRECISION_FLOOR, scores.as_dict()
    assert scores.recall >= RECALL_FLOOR, scores.as_dict()
    assert scores.f1 >= F1_FLOOR, scores.as_dict()
