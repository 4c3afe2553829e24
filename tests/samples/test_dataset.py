"""The committed sample data set: size, spread, realism and the hard cases it promises."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

import pytest

from index.geo import Gazetteer, normalise_postcode
from samples.categories import CATEGORIES
from samples.dataset import Dataset
from samples.loader import load_cached
from samples.publishers import BY_ID, PUBLISHERS

SEED_NEEDS = {
    "debt-advice",
    "benefits-advice",
    "employment-support",
    "walking-groups",
    "stop-smoking",
    "learning-disability-day",
    "riding-for-disabled",
    "digital-skills",
    "carers-support",
    "food-banks",
    "mental-health-peer-support",
    "talking-therapies",
    "bereavement",
    "housing-advice",
    "befriending",
    "exercise-older-people",
    "dementia-cafes",
    "parent-toddler",
    "youth-clubs",
}
FICTITIOUS_PHONE = re.compile(r"^\+44(207946|770090|808157|306999)\d{4}$")


@pytest.fixture(scope="module")
def data() -> Dataset:
    return load_cached()


def test_volume_and_spread(data: Dataset) -> None:
    assert len(data.services) >= 1500
    boroughs = Counter(s.borough for s in data.services)
    assert len(boroughs) >= 10
    assert min(boroughs.values()) >= 80
    categories = {c for s in data.services for c in s.categories}
    assert categories >= SEED_NEEDS
    assert categories <= {c.key for c in CATEGORIES}


def test_each_service_is_published_by_one_to_four_sources(data: Dataset) -> None:
    sources: dict[str, set[str]] = defaultdict(set)
    for item in data.listings:
        sources[item.service_id].add(item.source_id)
    assert set(sources) == {s.id for s in data.services}
    counts = Counter(len(v) for v in sources.values())
    assert set(counts) <= {1, 2, 3, 4}
    assert counts[2] + counts[3] + counts[4] >= 400, "enough duplicates for dedup to measure"
    for service_id, ids in sources.items():
        assert any(not BY_ID[i].blocked for i in ids), f"{service_id} only in a blocked source"


def test_listing_keys_are_unique_per_source_and_unrelated_to_truth(data: Dataset) -> None:
    keys = Counter((item.source_id, item.key) for item in data.listings)
    assert max(keys.values()) == 1
    assert not any(item.key.startswith("svc-") or "svc-" in item.path for item in data.listings)
    assert {item.source_id for item in data.listings} == {p.id for p in PUBLISHERS}


def test_postcodes_are_real_and_in_the_right_borough(data: Dataset, gazetteer: Gazetteer) -> None:
    for service in data.services:
        info = gazetteer.lookup(service.place.postcode or "")
        assert info.precision == "postcode"
        assert info.borough == service.borough, service.id
        assert abs(info.latitude - (service.place.latitude or 0)) < 1e-4


def test_listing_postcodes_are_the_services_with_formatting_noise(data: Dataset) -> None:
    truth = {s.id: s for s in data.services}
    odd = 0
    for item in data.listings:
        if not item.address or not item.address.postcode:
            continue
        service = truth[item.service_id]
        known = {service.place.postcode}
        if service.previous_place:
            known.add(service.previous_place.postcode)
        assert normalise_postcode(item.address.postcode) in known
        odd += item.address.postcode != normalise_postcode(item.address.postcode)
    assert odd > 50, "some copies write postcodes in lower case or without the space"


def test_contact_details_are_fictitious(data: Dataset) -> None:
    for service in data.services:
        if service.phone:
            assert FICTITIOUS_PHONE.match(service.phone), service.phone


def test_copies_vary_like_real_ones(data: Dataset) -> None:
    truth = {s.id: s for s in data.services}
    renamed = sum(item.name != truth[item.service_id].name for item in data.listings)
    phone_formats = {re.sub(r"\d", "9", item.phone) for item in data.listings if item.phone}
    assert renamed > 150
    assert len(phone_formats) >= 6
    assert any("CAB" in item.name or "CAB" in (item.org_name or "") for item in data.listings)
    assert any(" & " in item.name for item in data.listings)
    stale = sum(
        item.description == truth[item.service_id].old_description for item in data.listings
    )
    assert stale > 30


def test_hard_cases_are_present(data: Dataset) -> None:
    at_venue = Counter((s.place.venue, s.place.postcode) for s in data.services if s.place.venue)
    assert max(at_venue.values()) >= 5, "several services at one community centre"

    branches = defaultdict(set)
    for org in data.organisations:
        if org.name.startswith(("Citizens Advice ", "Age UK ", "Mind in ")):
            branches[org.name.split(" ")[0]].add(org.borough)
    assert all(len(b) >= 8 for b in branches.values()) and len(branches) == 3

    orgs_by_name = defaultdict(set)
    for s in data.services:
        orgs_by_name[s.name].add(s.org_id)
    assert len(orgs_by_name["Walking Group"]) >= 5, "one generic name, many organisations"

    moved = [s for s in data.services if s.previous_place]
    assert len(moved) >= 30
    old_postcode = {s.id: s.previous_place.postcode for s in moved if s.previous_place}
    old_address_shown = [
        item
        for item in data.listings
        if item.service_id in old_postcode
        and item.address
        and normalise_postcode(item.address.postcode or "") == old_postcode[item.service_id]
    ]
    assert old_address_shown, "some source still shows the address before the move"

    closed = {s.id for s in data.services if s.status != "active"}
    assert len(closed) >= 40
    assert any(i.service_id in closed and i.status == "active" for i in data.listings)
    assert any(i.service_id in closed and i.status != "active" for i in data.listings)

    shared_phone = Counter(s.phone for s in data.services if s.phone)
    assert max(shared_phone.values()) >= 5, "distinct services sharing an organisation's line"


def test_descriptions_are_varied(data: Dataset) -> None:
    descriptions = Counter(s.description for s in data.services)
    assert len(descriptions) > 0.95 * len(data.services)
    openers = Counter(s.description.split(".")[0] for s in data.services)
    assert len(openers) >= 150
