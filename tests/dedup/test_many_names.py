"""Issue 15's kinds of case, hand-built: one service that two directories name differently is
merged, and neighbours sharing a building and a switchboard are not.

The listings are judged among the whole sample world's listings, so that word rarity (which
the name comparator weighs) is that of a real-sized directory, not of a dozen test records.
"""

from __future__ import annotations

import pytest

from index.dedup import DedupResult, deduplicate, explain_match
from index.model import SourceRecord
from index.review import ReviewQueue
from samples.truth import load_truth
from tests.dedup.records import listing
from tests.dedup.sample_records import sample_records

CIVIC = "Harrow Civic Centre, Station Road"
SWITCHBOARD = "020 8863 5611"


def _kinds() -> dict[str, list[SourceRecord]]:
    """Each kind of case: its listings; a name ending in ``!`` marks the ones to keep apart."""
    return {
        "generic vs specific": [
            listing("dir-a", "w1", "Walking Group", categories=("Walking groups",),
                    org="Brent Council", address="Roundwood Park, Harlesden Road",
                    postcode="NW10 3SH", phones=("020 8937 3710",), email="parks@brent.gov.uk"),
            listing("dir-b", "w2", "Brent Health Walks – Roundwood Park",
                    categories=("Walking",), org="London Borough of Brent",
                    address="Roundwood Park, Harlesden Rd", postcode="NW10 3SH",
                    phones=("+44 20 8937 3710",), email="Parks@Brent.gov.uk"),
        ],
        "acronym vs expansion": [
            listing("dir-a", "r1", "RDA Kingsmead Group", categories=("Horse riding",),
                    address="Kingsmead Stables, Tile Kiln Lane", postcode="N6 5LG",
                    phones=("020 8341 0912",)),
            listing("dir-b", "r2", "Kingsmead Riding for the Disabled Association",
                    categories=("Disability sport",), address="Tile Kiln Lane",
                    postcode="N6 5LG", phones=("02083410912",)),
        ],
        "programme in wrappers": [
            listing("dir-a", "p1", "WorkPath (Harrow Council)", categories=("Employment",),
                    org="Harrow Council", postcode="HA1 2XY", phones=("020 8424 1800",)),
            listing("dir-b", "p2", "WorkPath Employment Support",
                    categories=("Employment support",), org="London Borough of Harrow",
                    postcode="HA1 2XY", phones=("020 8424 1800",)),
            listing("dir-c", "p3", "WorkPath Harrow Employment Support Programme",
                    categories=("Jobs and employment",), postcode="HA1 2XY",
                    email="workpath@harrow.gov.uk"),
        ],
        "centre vs club, Ave, London, a missing line": [
            listing("dir-a", "y1", "Pinner Youth Centre", categories=("Youth clubs",),
                    address="12 Marsh Avenue, Pinner", city="Pinner", postcode="HA5 1LN",
                    phones=("020 8866 4410",), email="youth@pinnerca.org.uk"),
            listing("dir-b", "y2", "Pinner Youth Club", categories=("Youth services",),
                    address="12 Marsh Ave", city="London", postcode="HA5 1LN",
                    phones=("(020) 8866 4410",)),
        ],
        "a kind both names name, one adding a word": [
            listing("dir-a", "s1", "AUK Barnet Strength and Balance", categories=("Exercise",),
                    org="AUK Barnet", address="Ann Owens Centre, Oak Lane", postcode="N2 8LT",
                    phones=("020 8203 5040",)),
            listing("dir-b", "s2", "Age UK Barnet – Strength & Balance Classes",
                    categories=("Physical activity",), org="Age UK Barnet",
                    address="Oak Lane, East Finchley", postcode="N2 8LT",
                    phones=("020 8203 5040",), email="info@ageukbarnet.org.uk"),
        ],
        "one programme's two names": [
            listing("dir-a", "d1", "Memory Café", categories=("Dementia",),
                    org="Harrow Carers", address="Carers Centre, 3 Station Parade",
                    postcode="HA2 8HA", phones=("020 8868 5224",)),
            listing("dir-b", "d2", "Dementia Cafe – Harrow Carers",
                    categories=("Dementia support",), address="3 Station Pde",
                    postcode="HA2 8HA", phones=("020 8868 5224",)),
        ],
        "a newer charity's initials": [
            listing("dir-c", "d3", "Christians Against Poverty Debt Centre – Wembley",
                    categories=("Debt advice",), address="Wembley Central Church",
                    postcode="HA9 7AJ", phones=("01274 760 720",)),
            listing("dir-d", "d4", "CAP Debt Centre Wembley", categories=("Money advice",),
                    org="Wembley Central Church", postcode="HA9 7AJ",
                    phones=("01274760720",)),
        ],
        "acronym and e-mail case": [
            listing("dir-a", "b1", "Age UK Harrow Befriending", categories=("Befriending",),
                    org="Age UK Harrow", postcode="HA3 5JT", phones=("020 8861 7980",),
                    email="Befriending@AgeUKHarrow.org.uk"),
            listing("dir-b", "b2", "AUK Befriending", categories=("Befriending",),
                    org="AUK Harrow", postcode="HA3 5JT", phones=("020 8861 7980",),
                    email="befriending@ageukharrow.org.uk"),
        ],
        "one civic centre, one switchboard": [
            listing(source, f"c{n}{source}", name + "!", categories=(category,),
                    org="Harrow Council", address=CIVIC, postcode="HA1 2XY",
                    phones=(SWITCHBOARD,), email="info@harrow.gov.uk",
                    website="https://www.harrow.gov.uk")
            for n, (name, category) in enumerate(
                [("Housing Options", "Housing advice"), ("Job Club", "Employment"),
                 ("Carers Support", "Support for carers")]
            )
            for source in ("dir-a", "dir-b")
        ],
        "one walk, one park, two groups": [
            listing(source, f"n{n}{source}", name + "!", categories=("Walking groups",),
                    org="Brent Council", address="Gladstone Park", postcode="NW2 6LS",
                    phones=("020 8937 1200",))
            for n, name in enumerate(["Walking Group", "Nordic Walking"])
            for source in ("dir-a", "dir-b")
        ],
        "one charity, two kinds of service, each listed once": [
            # The charity's number is carried by these two listings alone, so it weighs in
            # full: only the names, each naming a kind of service the other does not, part them.
            listing("dir-a", "k0dir-a", "Age UK Brent Befriending!", categories=("Befriending",),
                    org="Age UK Brent", address="Mahatma Gandhi House, 34 Wembley Hill Road",
                    postcode="HA9 8AD", phones=("020 8204 3000",)),
            listing("dir-b", "k1dir-b", "AUK Brent Lunch Club!", categories=("Older people",),
                    address="34 Wembley Hill Rd", postcode="HA9 8AD", phones=("0208 204 3000",)),
            listing("dir-a", "k2dir-a", "Citizens Advice Brent – Debt Advice!",
                    categories=("Debt advice",), org="Citizens Advice Brent",
                    address="270-272 High Road", postcode="NW10 2EY", phones=("0300 330 1169",)),
            listing("dir-b", "k3dir-b", "CAB Brent Housing Advice!", categories=("Advice",),
                    address="270-272 High Rd", city="London", postcode="NW10 2EY",
                    phones=("03003301169",)),
        ],
        "one name, two boroughs": [
            listing(source, f"m{borough}{source}", "Memory Café!", categories=("Dementia",),
                    org="Alzheimer's Society", postcode=postcode, borough=borough,
                    phones=("0333 150 3456",), email="info@alzheimers.org.uk")
            for borough, postcode in (("Harrow", "HA1 1BA"), ("Brent", "NW10 2ER"))
            for source in ("dir-a", "dir-b")
        ],
    }  # fmt: skip


@pytest.fixture(scope="module")
def judged() -> tuple[dict[str, list[SourceRecord]], list[SourceRecord], DedupResult]:
    kinds = _kinds()
    background, _labels = sample_records(load_truth())
    records = background + [r for rs in kinds.values() for r in rs]
    return kinds, records, deduplicate(records)


@pytest.mark.parametrize(
    "kind",
    [
        "generic vs specific",
        "acronym vs expansion",
        "programme in wrappers",
        "centre vs club, Ave, London, a missing line",
        "acronym and e-mail case",
        "a kind both names name, one adding a word",
        "one programme's two names",
        "a newer charity's initials",
    ],
)
def test_one_service_under_different_names_is_merged(judged, kind: str) -> None:  # type: ignore[no-untyped-def]
    kinds, _records, result = judged
    merged = {result.membership[r.id] for r in kinds[kind]}
    assert len(merged) == 1, kind


@pytest.mark.parametrize(
    "kind",
    [
        "one civic centre, one switchboard",
        "one walk, one park, two groups",
        "one name, two boroughs",
        "one charity, two kinds of service, each listed once",
    ],
)
def test_neighbours_sharing_a_building_or_a_line_stay_apart(judged, kind: str) -> None:  # type: ignore[no-untyped-def]
    kinds, _records, result = judged
    listings = kinds[kind]
    for a in listings:
        for b in listings:
            same_service = a.listing_key[:-5] == b.listing_key[:-5]
            together = result.membership[a.id] == result.membership[b.id]
            assert together == same_service, (kind, a.service.name, a.listing_key, b.listing_key)


@pytest.mark.parametrize(
    ("kind", "comparator", "level"),
    [
        ("generic vs specific", "name", "generic"),
        ("generic vs specific", "category", "same"),
        ("generic vs specific", "email", "shared"),
        ("acronym vs expansion", "name", "exact"),
        ("programme in wrappers", "name", "core"),
        ("centre vs club, Ave, London, a missing line", "location", "same address"),
        ("acronym and e-mail case", "email", "shared"),
        ("acronym and e-mail case", "organisation", "same"),
        ("one programme's two names", "name", "core"),
        ("a newer charity's initials", "name", "exact"),
    ],
)
def test_explain_match_shows_the_evidence_that_moved_the_score(  # type: ignore[no-untyped-def]
    judged, kind: str, comparator: str, level: str
) -> None:
    kinds, records, _result = judged
    a, b = kinds[kind][0], kinds[kind][1]
    explanation = explain_match(records, a.id, b.id)
    assert explanation.score.field(comparator).level == level
    assert explanation.decision.startswith("same service")


def test_explain_match_names_the_two_kinds_that_part_one_charitys_services(judged) -> None:  # type: ignore[no-untyped-def]
    kinds, records, _result = judged
    a, b = kinds["one charity, two kinds of service, each listed once"][:2]
    explanation = explain_match(records, a.id, b.id)
    name = explanation.score.field("name")
    assert name.level == "different"
    assert "befriending" in name.detail and "lunch-clubs" in name.detail
    assert explanation.score.field("phone").level == "shared"
    assert explanation.decision.startswith("different")
    # Kept apart by the name alone while the rest says "same": the curator is shown the pair.
    assert ReviewQueue().worth_a_look(explanation.score.total, "different", same_source=False)
