"""Pairwise precision, recall and F1 on the sample sources' ground truth, and the hard cases
issue 15 put into every borough (samples/hard_cases.py).

The records are every listing the twelve sample sources show (generation 0), built the way the
harvesters normalise them (``sample_records.py``); the truth is which real-world service each
listing is (``samples.truth``). Measured when the floors were set: precision 1.000,
recall 0.987, F1 0.994 (773 true pairs; every one of the 59 pairs of copies listed under
different names merged; of the ten misses seven are services listed at an old and a new address
with nothing but name and organisation in common, two are copies whose organisation is written as
another body — "Enfield CVS" for "Volunteer Centre Enfield" — and one a cluster guard's refusal).
The floors are the issue's goals and leave room for the data set being
regenerated, not for the method getting worse.
"""

from __future__ import annotations

import itertools
from collections import defaultdict

import pytest

from index.dedup import DedupResult, deduplicate
from index.dedup.evaluate import pairwise_scores
from index.model import SourceRecord
from samples.truth import GroundTruth, load_truth
from tests.dedup.sample_records import sample_records

PRECISION_FLOOR = 0.99
RECALL_FLOOR = 0.97
F1_FLOOR = 0.98


@pytest.fixture(scope="module")
def evaluated() -> tuple[GroundTruth, list[SourceRecord], dict[str, str], DedupResult]:
    truth = load_truth()
    records, labels = sample_records(truth)
    return truth, records, labels, deduplicate(records)


def test_pairwise_scores_on_the_sample_ground_truth(evaluated) -> None:  # type: ignore[no-untyped-def]
    _truth, records, labels, result = evaluated
    assert len(records) > 2000 and len(result.membership) == len(records)
    scores = pairwise_scores(result.membership, labels)
    assert scores.true_pairs > 600
    assert scores.precision >= PRECISION_FLOOR, scores.as_dict()
    assert scores.recall >= RECALL_FLOOR, scores.as_dict()
    assert scores.f1 >= F1_FLOOR, scores.as_dict()


def _pairs_apart(groups: dict[str, list[str]], labels: dict[str, str], membership: dict[str, str]):  # type: ignore[no-untyped-def]
    pairs = [
        (a, b)
        for members in groups.values()
        for a, b in itertools.combinations(members, 2)
        if labels[a] != labels[b]
    ]
    return pairs, [p for p in pairs if membership[p[0]] != membership[p[1]]]


def test_different_services_at_one_postcode_stay_apart(evaluated) -> None:  # type: ignore[no-untyped-def]
    _truth, records, labels, result = evaluated
    by_postcode: dict[str, list[str]] = defaultdict(list)
    for record in records:
        for postcode in {loc.postal_code for loc in record.service.locations if loc.postal_code}:
            by_postcode[postcode].append(record.id)
    pairs, apart = _pairs_apart(by_postcode, labels, result.membership)
    assert len(pairs) > 1000
    assert len(apart) / len(pairs) >= 0.999


def test_branches_with_one_name_and_organisation_stay_apart(evaluated) -> None:  # type: ignore[no-untyped-def]
    _truth, records, labels, result = evaluated
    by_name: dict[str, list[str]] = defaultdict(list)
    for record in records:
        org = record.service.organization
        by_name[f"{record.service.name.lower()}|{org.name.lower() if org else ''}"].append(
            record.id
        )
    pairs, apart = _pairs_apart(by_name, labels, result.membership)
    assert len(pairs) > 50
    assert len(apart) / len(pairs) >= 0.98


def test_listings_of_moved_services_are_mostly_merged(evaluated) -> None:  # type: ignore[no-untyped-def]
    truth, _records, labels, result = evaluated
    moved = {s.id for s in truth.services.values() if s.previous_postcode}
    by_service: dict[str, list[str]] = defaultdict(list)
    for record_id, service_id in labels.items():
        if service_id in moved:
            by_service[service_id].append(record_id)
    pairs = [p for members in by_service.values() for p in itertools.combinations(members, 2)]
    together = [p for p in pairs if result.membership[p[0]] == result.membership[p[1]]]
    assert len(pairs) > 20
    assert len(together) / len(pairs) >= 0.85


def test_services_listed_under_several_names_are_merged(evaluated) -> None:  # type: ignore[no-untyped-def]
    """Issue 15's kinds (samples/hard_cases.py), in every borough: copies of one service whose
    sources name it differently (generic/specific, acronym/expansion, programme wrappers)."""
    truth, records, labels, result = evaluated
    several = {s.id: s for s in truth.dataset.services if s.other_names}
    assert {s.borough for s in several.values()} == {s.borough for s in truth.dataset.services}
    names = {r.id: r.service.name.casefold() for r in records}
    by_service: dict[str, list[str]] = defaultdict(list)
    for record_id, service_id in labels.items():
        if service_id in several:
            by_service[service_id].append(record_id)
    pairs = [
        (a, b)
        for members in by_service.values()
        for a, b in itertools.combinations(members, 2)
        if names[a] != names[b]
    ]
    together = [p for p in pairs if result.membership[p[0]] == result.membership[p[1]]]
    assert len(pairs) > 40
    assert len(together) / len(pairs) >= 0.95, len(together) / len(pairs)


def test_services_on_one_switchboard_in_one_building_stay_apart(evaluated) -> None:  # type: ignore[no-untyped-def]
    """The civic centres' and charity offices' services: one postcode, one phone, one e-mail."""
    _truth, records, labels, result = evaluated
    by_line: dict[str, list[str]] = defaultdict(list)
    for record in records:
        postcodes = {loc.postal_code for loc in record.service.locations if loc.postal_code}
        for postcode in postcodes:
            for phone in record.service.phones:
                by_line[
                    f"{postcode}|{''.join(ch for ch in phone.number if ch.isdigit())[-9:]}"
                ].append(record.id)
    pairs, apart = _pairs_apart(by_line, labels, result.membership)
    assert len(pairs) > 100
    assert len(apart) / len(pairs) >= 0.99


HELD_OUT_SEED = 4
"""A sample world generated from another seed (measured: precision 1.000, recall 0.987, F1 0.994).
Seed 4 was looked at while issue 15's comparators were written; seed 5 was first run after the
last change (``bench/dedup.py``: 1.000, 0.988, 0.994)."""


def test_a_freshly_generated_sample_world(gazetteer) -> None:  # type: ignore[no-untyped-def]
    from samples.generator import generate

    truth = GroundTruth(generate(gazetteer, seed=HELD_OUT_SEED))
    records, labels = sample_records(truth)
    scores = pairwise_scores(deduplicate(records).membership, labels)
    assert scores.true_pairs > 600
    assert scores.precision >= PRECISION_FLOOR, scores.as_dict()
    assert scores.recall >= RECALL_FLOOR, scores.as_dict()
    assert scores.f1 >= F1_FLOOR, scores.as_dict()
