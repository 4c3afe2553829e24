"""Survivorship, provenance and stable merged ids."""

from __future__ import annotations

from datetime import UTC, datetime

from index.dedup import deduplicate
from index.dedup.merge import (
    ORGANIZATION_FIELDS,
    SCALAR_FIELDS,
    SERVICE_FIELDS,
    UNION_FIELDS,
    _filled,
    completeness,
)
from index.model import Service, SourceRecord
from tests.dedup.records import listing

OLD = datetime(2024, 1, 10, tzinfo=UTC)
NEW = datetime(2025, 3, 2, tzinfo=UTC)


def only(result):  # type: ignore[no-untyped-def]
    assert len(result.merged) == 1, [m.member_ids for m in result.merged]
    return result.merged[0]


def test_every_field_of_the_merged_service_has_provenance() -> None:
    covered = set(SCALAR_FIELDS) | set(UNION_FIELDS) | {"organization", "last_modified"}
    assert covered == set(Service.model_fields) - {"id"}
    a = listing("careplace", "1", "Harrow Carers", postcode="HA1 1AA", phones=("020 8000 0001",))
    b = listing("oruk", "a", "Harrow Carers", postcode="HA1 1AA", phones=("020 8000 0001",))
    merged = only(deduplicate([a, b]))
    expected = covered | {f"organization.{f}" for f in ORGANIZATION_FIELDS}
    assert set(merged.provenance) == expected
    assert merged.service.id == merged.id
    assert merged.member_ids == sorted([a.id, b.id])
    assert merged.source_ids == ["careplace", "oruk"]


def test_most_recently_updated_source_wins_then_completeness_then_priority() -> None:
    stale = listing(
        "careplace",
        "1",
        "Harrow Carers Centre",
        address="1 Old Road",
        postcode="HA1 1AA",
        phones=("020 8000 0001",),
        description="Old description",
        last_modified=OLD,
    )
    fresh = listing(
        "oruk",
        "a",
        "Harrow Carers Centre",
        address="2 New Road",
        postcode="HA1 1AA",
        phones=("020 8000 0001",),
        description="New description",
        last_modified=NEW,
    )
    merged = only(deduplicate([stale, fresh], priorities={"careplace": 90, "oruk": 10}))
    assert merged.service.description == "New description"
    assert merged.service.locations[0].address_1 == "2 New Road"
    assert [p.record_id for p in merged.provenance["description"]] == [fresh.id]
    assert merged.service.last_modified == NEW

    # Same day: the more complete listing wins; equally complete: the higher priority.
    rich = listing(
        "careplace",
        "1",
        "Harrow Carers Centre",
        postcode="HA1 1AA",
        phones=("020 8000 0001",),
        description="From the complete listing",
        email="hello@harrowcarers.org.uk",
        website="https://harrowcarers.org.uk",
    )
    thin = listing(
        "oruk",
        "a",
        "Harrow Carers Centre",
        postcode="HA1 1AA",
        phones=("020 8000 0001",),
        description="From the thin listing",
    )
    merged = only(deduplicate([thin, rich], priorities={"oruk": 99}))
    assert merged.service.description == "From the complete listing"

    left = listing("careplace", "1", "Harrow Carers", phones=("020 8000 0001",), description="L")
    right = listing("oruk", "a", "Harrow Carers", phones=("020 8000 0001",), description="R")
    assert only(deduplicate([left, right], {"oruk": 80})).service.description == "R"
    assert only(deduplicate([left, right], {"careplace": 80})).service.description == "L"


def test_phones_and_categories_are_the_union_with_their_sources() -> None:
    a = listing(
        "careplace",
        "1",
        "Harrow Carers",
        postcode="HA1 1AA",
        phones=("020 8000 0001",),
        categories=("Carers", "Advice"),
    )
    b = listing(
        "oruk",
        "a",
        "Harrow Carers",
        postcode="HA1 1AA",
        phones=("+44 20 8000 0001", "07700 900123"),
        categories=("carers", "Respite"),
    )
    merged = only(deduplicate([a, b]))
    keys = sorted(p.number.replace(" ", "")[-9:] for p in merged.service.phones)
    assert keys == ["080000001", "700900123"]
    assert sorted(c.lower() for c in merged.service.categories) == ["advice", "carers", "respite"]
    assert {p.record_id for p in merged.provenance["phones"]} == {a.id, b.id}
    assert {p.record_id for p in merged.provenance["categories"]} == {a.id, b.id}


def test_defunct_listings_still_deduplicate_and_status_follows_survivorship() -> None:
    closed = listing(
        "careplace",
        "1",
        "Harrow Carers",
        postcode="HA1 1AA",
        phones=("020 8000 0001",),
        status="defunct",
        last_modified=NEW,
    )
    open_ = listing(
        "oruk",
        "a",
        "Harrow Carers",
        postcode="HA1 1AA",
        phones=("020 8000 0001",),
        last_modified=OLD,
    )
    merged = only(deduplicate([closed, open_]))
    assert merged.service.status == "defunct"
    assert [p.record_id for p in merged.provenance["status"]] == [closed.id]


def _ids_by_member(result) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return dict(result.membership)


def test_merged_ids_survive_a_member_joining_or_leaving() -> None:
    a = listing("careplace", "1", "Harrow Carers", postcode="HA1 1AA", phones=("020 8000 0001",))
    b = listing("oruk", "a", "Harrow Carers", postcode="HA1 1AA", phones=("020 8000 0001",))
    c = listing("fid", "x", "Harrow Carers", postcode="HA1 1AA", phones=("020 8000 0001",))
    other = listing("oruk", "b", "Brent Mind", postcode="HA9 0AA", phones=("020 8903 1111",))

    first = deduplicate([a, b, other])
    sid = first.membership[a.id]
    assert first.membership[b.id] == sid
    assert first.membership[other.id] != sid

    joined = deduplicate([a, b, c, other], previous_membership=first.membership)
    assert joined.membership[c.id] == sid
    assert joined.membership[other.id] == first.membership[other.id]

    left = deduplicate([b, c, other], previous_membership=joined.membership)
    assert left.membership[b.id] == left.membership[c.id] == sid


def test_a_split_keeps_the_id_with_the_larger_part_and_never_reuses_old_ids() -> None:
    a = listing("careplace", "1", "Harrow Carers", postcode="HA1 1AA", phones=("020 8000 0001",))
    b = listing("oruk", "a", "Harrow Carers", postcode="HA1 1AA", phones=("020 8000 0001",))
    c = listing("fid", "x", "Harrow Carers", postcode="HA1 1AA", phones=("020 8000 0001",))
    first = deduplicate([a, b, c])
    sid = first.membership[a.id]
    cannot = [
        {"a": c.id, "b": a.id, "kind": "cannot-link"},
        {"a": c.id, "b": b.id, "kind": "cannot-link"},
    ]
    split = deduplicate([a, b, c], overrides=cannot, previous_membership=first.membership)
    assert split.membership[a.id] == split.membership[b.id] == sid
    assert split.membership[c.id] != sid
    assert split.membership[c.id] not in set(first.membership.values())


def test_categories_of_every_copy_become_signpost_taxonomy_terms() -> None:
    a = listing(
        "careplace",
        "1",
        "Harrow Advice Centre",
        postcode="HA1 1AA",
        phones=("020 8000 0001",),
        categories=("Money & Debt",),
    )
    b = listing(
        "oruk",
        "a",
        "Harrow Advice Centre",
        postcode="HA1 1AA",
        phones=("020 8000 0001",),
        categories=("Employment support",),
    )
    merged = only(deduplicate([a, b]))
    signpost_terms = {t.id for t in merged.service.taxonomy_terms if t.taxonomy == "signpost"}
    assert {"debt-advice", "employment-support"} <= signpost_terms
    assert {p.record_id for p in merged.provenance["taxonomy_terms"]} == {a.id, b.id}
    assert sorted(merged.service.categories) == ["Employment support", "Money & Debt"]


def test_a_cluster_of_one_follows_the_general_rule() -> None:
    from index.dedup.merge import Member, _merge_general, merge_cluster
    from index.model import Organization
    from index.taxonomy import default_taxonomy

    plain = listing("careplace", "1", "Harrow Carers", postcode="HA1 1AA")
    repeats = listing(
        "oruk",
        "a",
        "Harrow Advice",
        phones=("020 8000 0001", "+44 20 8000 0001", "07700 900123"),
        categories=("Debt", "debt", "Housing"),
        org="Citizens Advice Harrow",
        charity="1234567",
        description="Advice on debt and housing.",
        last_modified=NEW,
    )
    nameless = listing("fid", "x", "", categories=())
    empty_org = listing("fid", "y", "Lunch Club")
    empty_org.service.organization = Organization(name="")
    for record in (plain, repeats, nameless, empty_org):
        member = Member.of(record, {})
        fast = merge_cluster("s-test", [member])
        general = _merge_general("s-test", [member], default_taxonomy())
        assert fast.model_dump() == general.model_dump(), record.service.name


def test_completeness_counts_every_filled_field_of_every_synthetic_listing(
    synthetic: list[SourceRecord],
) -> None:
    """``completeness`` (counted in C) against the rule written out field by field."""

    def by_rule(service: Service) -> int:
        count = sum(_filled(getattr(service, f)) for f in SERVICE_FIELDS)
        if service.organization is not None:
            org = service.organization
            count += sum(_filled(getattr(org, f)) for f in ORGANIZATION_FIELDS)
        if service.locations:
            loc = service.locations[0]
            count += sum(
                _filled(v) for v in (loc.address_1, loc.postal_code, loc.latitude, loc.city)
            )
        return count

    services = [r.service for r in synthetic]
    services.append(Service(id="x", name="", is_free=False, minimum_age=0, languages=[]))
    counts = [completeness(s) for s in services]
    assert counts == [by_rule(s) for s in services]
    assert len(set(counts)) > 5
