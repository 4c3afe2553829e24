"""Which listings become one service: the issue's targeted cases, through ``deduplicate``."""

from __future__ import annotations

import random
from collections.abc import Sequence

import pytest

from index.dedup import deduplicate, explain_match
from index.model import SourceRecord
from tests.dedup.records import listing

HARROW = (51.5806, -0.3420)
BRENT = (51.5588, -0.2817)


def groups(records: Sequence[SourceRecord]) -> set[frozenset[str]]:
    """The clustering as sets of ``source/key`` labels."""
    result = deduplicate(records)
    label = {r.id: f"{r.source_id}/{r.listing_key}" for r in records}
    by_cluster: dict[str, set[str]] = {}
    for record_id, merged_id in result.membership.items():
        by_cluster.setdefault(merged_id, set()).add(label[record_id])
    return {frozenset(members) for members in by_cluster.values()}


def test_abbreviations_and_punctuation() -> None:
    records = [
        listing(
            "careplace",
            "1",
            "St Mary's Carers Assoc. & Drop-in",
            address="12 St Ann's Rd",
            postcode="HA1 1AA",
        ),
        listing(
            "oruk",
            "a",
            "Saint Marys Carers Association and Drop in",
            address="12 Saint Anns Road",
            postcode="HA1 1AA",
        ),
        listing("careplace", "2", "CAB Harrow", phones=("020 8427 9477",)),
        listing("oruk", "b", "Citizens Advice Bureau Harrow", phones=("+44 20 8427 9477",)),
    ]
    assert groups(records) == {
        frozenset({"careplace/1", "oruk/a"}),
        frozenset({"careplace/2", "oruk/b"}),
    }


def test_phone_formats_match_without_any_postcode() -> None:
    records = [
        listing("careplace", "1", "Harrow Dementia Cafe", phones=("020 8863 0000",)),
        listing("oruk", "a", "Harrow Dementia Café", phones=("+44 (0)20 8863 0000",)),
        listing("fid", "x", "Harrow Dementia Cafe", phones=("02088630000",)),
    ]
    assert groups(records) == {frozenset({"careplace/1", "oruk/a", "fid/x"})}


def test_two_mailboxes_at_one_domain_are_neutral_and_two_domains_count_against() -> None:
    """``info@`` and ``groups@`` at the charity's domain: the domain counts once, which
    mailbox a directory printed counts nothing; an address at another domain still counts
    against (the e-mail comparator's ``different``)."""
    full = listing(
        "careplace",
        "1",
        "Stammering Support Group",
        org="Camden Stammering Network",
        postcode="NW3 3NR",
        email="info@camdenstammering.org.uk",
    )
    same_domain = listing(
        "oruk", "a", "Stammering Support Group", email="groups@camdenstammering.org.uk"
    )
    other_domain = listing(
        "fid", "x", "Stammering Support Group", email="groups@stammeringhelp.org.uk"
    )
    records = [full, same_domain, other_domain]
    fields = {f.comparator: f for f in explain_match(records, full.id, same_domain.id).score.fields}
    assert (fields["email"].level, fields["email"].weight) == ("other mailbox", 0.0)
    assert "one domain's mailboxes" in fields["email"].detail
    assert fields["domain"].level == "shared"
    fields = {
        f.comparator: f for f in explain_match(records, full.id, other_domain.id).score.fields
    }
    assert (fields["email"].level, fields["email"].weight) == ("different", -0.5)
    assert fields["domain"].level == "different"


def test_moved_address_is_still_one_service() -> None:
    old = listing(
        "careplace",
        "1",
        "Wealdstone Stroke Club",
        address="4 Station Road",
        postcode="HA3 5AA",
        point=(51.5955, -0.3351),
        phones=("020 8861 1234",),
        website="https://wealdstonestroke.org.uk",
    )
    new = listing(
        "oruk",
        "a",
        "Wealdstone Stroke Club",
        address="Unit 2, 90 High Street",
        postcode="HA3 7AD",
        point=(51.5960, -0.3330),
        phones=("020 8861 1234",),
        website="https://www.wealdstonestroke.org.uk/about",
    )
    assert groups([old, new]) == {frozenset({"careplace/1", "oruk/a"})}


def test_community_centre_hosting_five_groups_stays_five() -> None:
    groups_hosted = [
        "Chess Club",
        "Knit and Natter",
        "Bollywood Dance",
        "Stroke Club",
        "Toy Library",
    ]
    records = []
    for n, name in enumerate(groups_hosted):
        for source in ("careplace", "oruk", "fid"):
            records.append(
                listing(
                    source,
                    f"g{n}",
                    name if source != "fid" else name.upper(),
                    address="Kenton Community Centre, 1 Kenton Road",
                    postcode="HA3 0AA",
                    point=(51.5870, -0.3100),
                    phones=("020 8907 0000",),
                    website="https://kentoncc.org.uk",
                )
            )
    found = groups(records)
    assert len(found) == 5
    for n in range(5):
        assert frozenset({f"careplace/g{n}", f"oruk/g{n}", f"fid/g{n}"}) in found


def test_groups_with_similar_names_at_one_centre_stay_apart() -> None:
    common = {
        "address": "Kenton Community Centre, 1 Kenton Road",
        "postcode": "HA3 0AA",
        "phones": ("020 8907 0000",),
    }
    records = [
        listing("careplace", "1", "Harrow Carers Drop-in", **common),
        listing("oruk", "a", "Harrow Carers Drop In", **common),
        listing("careplace", "2", "Harrow Carers Support Group", **common),
        listing("oruk", "b", "Harrow Carers Support", **common),
    ]
    assert groups(records) == {
        frozenset({"careplace/1", "oruk/a"}),
        frozenset({"careplace/2", "oruk/b"}),
    }


def test_same_name_in_two_boroughs_is_two_branches() -> None:
    records = []
    for borough, postcode, point, phone in (
        ("Harrow", "HA1 2AA", HARROW, "020 8427 1111"),
        ("Brent", "HA9 0AA", BRENT, "020 8903 2222"),
    ):
        for source in ("careplace", "charity-site"):
            records.append(
                listing(
                    source,
                    borough,
                    "Carers Support Group",
                    postcode=postcode,
                    point=point,
                    borough=borough,
                    phones=(phone,),
                    website="https://carerssupport.org.uk",
                    charity="1100001",
                )
            )
    assert groups(records) == {
        frozenset({"careplace/Harrow", "charity-site/Harrow"}),
        frozenset({"careplace/Brent", "charity-site/Brent"}),
    }


def test_branches_named_after_their_borough_stay_apart() -> None:
    records = [
        listing("careplace", "1", "Mind in Harrow", borough="Harrow", city="Harrow"),
        listing("oruk", "a", "Mind in Brent", borough="Brent", city="Brent"),
    ]
    assert groups(records) == {frozenset({"careplace/1"}), frozenset({"oruk/a"})}


def test_two_listings_of_one_source_merge_only_when_near_identical() -> None:
    twin = {"address": "5 Peel Road", "postcode": "HA3 7QX", "phones": ("020 8424 0000",)}
    records = [
        listing("careplace", "1", "Harrow Foodbank", **twin),
        listing("careplace", "2", "Harrow Food Bank", **twin),
        listing("careplace", "3", "Harrow Foodbank Emergency Parcels", **twin),
    ]
    assert groups(records) == {
        frozenset({"careplace/1", "careplace/2"}),
        frozenset({"careplace/3"}),
    }


def test_output_is_the_same_whatever_the_input_order() -> None:
    records = [
        listing(
            source,
            f"{n}",
            name,
            postcode=postcode,
            phones=(phone,),
        )
        for n, (name, postcode, phone) in enumerate(
            [
                ("Harrow Carers", "HA1 1AA", "020 8000 0001"),
                ("Brent Carers", "HA9 1AA", "020 8000 0002"),
                ("Harrow Carers Centre", "HA1 1AA", "020 8000 0001"),
                ("Age UK Harrow", "HA1 2AB", "020 8000 0003"),
                ("Age UK Harrow Befriending", "HA1 2AB", "020 8000 0003"),
            ]
        )
        for source in ("careplace", "oruk", "fid")
    ]
    first = deduplicate(records)
    shuffled = list(records)
    random.Random(3).shuffle(shuffled)
    second = deduplicate(shuffled)
    assert first.membership == second.membership
    assert [m.model_dump() for m in first.merged] == [m.model_dump() for m in second.merged]


def test_explanation_names_every_comparator_and_the_decision() -> None:
    a = listing("careplace", "1", "Harrow Carers", postcode="HA1 1AA", phones=("020 8000 0001",))
    b = listing("oruk", "a", "Harrow Carers Ltd", postcode="HA1 1AA", phones=("02080000001",))
    c = listing("oruk", "b", "Chess Club", postcode="HA1 1AA", phones=("02080000001",))
    same = explain_match([a, b, c], a.id, b.id)
    assert [f.comparator for f in same.score.fields] == [
        "name",
        "location",
        "phone",
        "email",
        "domain",
        "organisation",
        "registration",
        "category",
    ]
    assert same.score.field("name").level == "exact"
    assert same.score.field("phone").level == "shared"
    assert same.score.match and same.decision.startswith("same service")
    assert same.score.total == pytest.approx(sum(f.weight for f in same.score.fields), abs=0.001)

    different = explain_match([a, b, c], a.id, c.id)
    assert not different.score.match and not different.score.name_gate
    assert "name gate" in different.decision

    overridden = explain_match(
        [a, b, c], a.id, b.id, [{"a": a.id, "b": b.id, "kind": "cannot-link"}]
    )
    assert overridden.decision.startswith("different services (curator")


def test_empty_input_and_listings_with_next_to_nothing() -> None:
    assert deduplicate([]).merged == []
    bare = [listing("file", str(n), "") for n in range(3)]
    phones_only = [listing("file", f"p{n}", "", phones=("020 8000 0001",)) for n in range(2)]
    result = deduplicate(bare + phones_only)
    # Nothing to go on but a shared phone is not enough to call two listings one service.
    assert len(result.merged) == 5


def test_a_stored_position_nowhere_in_britain_is_read_as_none_or_turned_back() -> None:
    """Records stored before harvesting mended positions: dedup reads a swapped position
    turned back and ``0, 0`` as no position, so neither reads as "far" from its copies."""
    from index.dedup.comparable import comparable_from_record

    def point(at: tuple[float, float]) -> tuple[float, float] | None:
        record = listing("oruk", "p", "Pinner Carers Drop-in", address="Marsh Road", point=at)
        return comparable_from_record(record).point

    assert point((-0.3806, 51.5928)) == (51.5928, -0.3806)
    assert point((0.0, 0.0)) is None
    assert point((51.5928, -0.3806)) == (51.5928, -0.3806)
