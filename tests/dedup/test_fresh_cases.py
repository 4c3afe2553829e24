"""Real-looking London listings written for this test alone (never in the sample world): one
service under two directories' names merges, and neighbours stay apart. Each pair is judged
among the whole sample world's listings, as a real harvest would judge it."""

from __future__ import annotations

import pytest

from index.dedup import DedupResult, deduplicate
from index.model import SourceRecord
from samples.truth import load_truth
from tests.dedup.records import listing as L
from tests.dedup.sample_records import sample_records

SAME: dict[str, tuple[SourceRecord, SourceRecord]] = {
    "CAB and its full name, Rd, London": (
        L("a", "cab1", "Citizens Advice Brent – Debt Advice", categories=("Debt advice",),
          org="Citizens Advice Brent", address="270-272 High Road, Willesden",
          postcode="NW10 2EY", phones=("0300 330 1169",), email="advice@cabrent.org.uk"),
        L("b", "cab2", "CAB Debt Advice Service (Brent)", categories=("Money advice",),
          org="Brent CAB", address="270-272 High Rd", city="London", postcode="NW10 2EY",
          phones=("03003301169",)),
    ),
    "Mind in X and X Mind, e-mail case": (
        L("a", "m1", "Hounslow Mind Wellbeing Café", categories=("Mental health",),
          org="Hounslow Mind", address="Hounslow Civic Centre, Lampton Road",
          postcode="TW3 4DN", phones=("020 8570 4434",), email="Info@HounslowMind.org.uk"),
        L("b", "m2", "MIND in Hounslow - Wellbeing Cafe", categories=("Mental health support",),
          address="Lampton Rd", city="Hounslow", postcode="TW3 4DN",
          phones=("020 8570 4434",), email="info@hounslowmind.org.uk"),
    ),
    "YMCA written out, St Mary's": (
        L("a", "y1", "Ealing YMCA Youth Club", categories=("Youth clubs",), org="YMCA Ealing",
          address="25 St Mary's Road", postcode="W5 5RE", phones=("020 8832 1600",)),
        L("b", "y2", "Young Men's Christian Association Ealing – Youth Centre",
          categories=("Youth services",), address="25 St Marys Rd", city="Ealing",
          postcode="W5 5RE", phones=("020 8832 1600",)),
    ),
    "a generic name beside its borough's": (
        L("a", "s1", "Stop Smoking Service", categories=("Stop smoking",), org="Camden Council",
          address="Kentish Town Health Centre, 2 Bartholomew Road", postcode="NW5 2BX",
          phones=("020 3317 2480",)),
        L("b", "s2", "Camden Stop Smoking Service – Kentish Town",
          categories=("Smoking cessation",), address="2 Bartholomew Rd", city="London",
          postcode="NW5 2BX", phones=("020 3317 2480",)),
    ),
    "RDA with no place in its name": (
        L("a", "r1", "RDA Group", categories=("Horse riding",), org="Vauxhall City Farm",
          address="165 Tyers Street", postcode="SE11 5HS", phones=("020 7582 4204",)),
        L("b", "r2", "Vauxhall City Farm Riding for the Disabled",
          categories=("Disability sport",), address="165 Tyers St", city="London",
          postcode="SE11 5HS", phones=("02075824204",)),
    ),
    "a flat number, High St, a postcode without its space, an extension": (
        L("a", "f1", "Wealdstone Befriending Scheme", categories=("Befriending",),
          address="Flat 2, 10 High Street, Wealdstone", postcode="HA3 7AE",
          phones=("020 8861 1234",)),
        L("b", "f2", "Wealdstone Befriending Scheme", categories=("Older people",),
          address="10 High St", city="Harrow", postcode="HA37AE",
          phones=("0208 861 1234 ext 22",)),
    ),
    "a web site on one side, an e-mail on the other": (
        L("a", "h1", "Hillingdon Mind Drop-in", categories=("Mental health",),
          address="Unit 7, Harefield Road", city="Uxbridge",
          borough="London Borough of Hillingdon", postcode="UB8 1PH",
          website="http://www.hillingdonmind.org.uk"),
        L("b", "h2", "Hillingdon Mind Drop In", categories=("Wellbeing",), address="Harefield Rd",
          city="London", borough="Hillingdon", postcode="UB8 1PH",
          email="info@hillingdonmind.org.uk"),
    ),
}  # fmt: skip

APART: dict[str, list[SourceRecord]] = {
    "one charity's services at its office": [
        L("a", f"mc{n}", name, categories=(category,), org="Harrow Mencap",
          address="Kenmore Park Community Centre, Moorhouse Road", postcode="HA3 9JA",
          phones=("020 8204 9944",), email="info@harrowmencap.org.uk")
        for n, (name, category) in enumerate([
            ("Mencap Day Centre", "Day centres"), ("Mencap IT Skills Class", "IT classes"),
            ("Mencap Horse Riding", "Horse riding"), ("Mencap Gateway Club", "Social clubs")])
    ],
    "a civic centre's services on its switchboard": [
        L("a", f"cv{n}", name, categories=(category,), org="Brent Council",
          address="Brent Civic Centre, 32 Engineers Way", postcode="HA9 0FJ",
          phones=("020 8937 1234",), email="customer.services@brent.gov.uk",
          website="https://www.brent.gov.uk")
        for n, (name, category) in enumerate([
            ("Adult Social Care", "Social care"), ("Blue Badge Applications", "Disability"),
            ("Council Tax Support", "Benefits advice"), ("Brent Hubs", "Advice")])
    ],
    "groups at one carers centre, one in each directory": [
        L(source, f"g{n}{source}", name, categories=(category,),
          address="Carers Centre, 3 Station Parade", postcode="HA2 8HA",
          phones=("020 8868 5224",))
        for n, pair in enumerate([
            (("Carers Support Group", "Support for carers"), ("Young Carers Group", "Young carers")),
            (("Toddler Group", "Children's centres"), ("Baby Group", "Children's centres")),
            (("Men's Shed", "Social groups"), ("Women's Shed", "Social groups")),
            (("Walking Football", "Football"), ("Walking Group", "Walking groups")),
            (("ESOL Entry 1", "English language"), ("ESOL Entry 3", "English language")),
            (("Monday Lunch Club", "Lunch clubs"), ("Thursday Lunch Club", "Lunch clubs")),
            (("Autism Parent Support Group", "Autism"), ("ADHD Parent Support Group", "ADHD")),
        ])
        for source, (name, category) in zip(("a", "b"), pair, strict=True)
    ],
    "one building, two units": [
        L("a", "u1", "Southall Food Bank", categories=("Food banks",),
          address="Unit 1, 5 Merrick Road", postcode="UB2 4AU", phones=("020 8574 0000",)),
        L("b", "u2", "Southall Job Club", categories=("Employment",),
          address="Unit 5, 5 Merrick Rd", postcode="UB2 4AU", phones=("020 8574 0000",)),
    ],
}  # fmt: skip


@pytest.fixture(scope="module")
def judged() -> DedupResult:
    background, _labels = sample_records(load_truth())
    fresh = [r for pair in SAME.values() for r in pair]
    fresh += [r for group in APART.values() for r in group]
    return deduplicate(background + fresh)


@pytest.mark.parametrize("case", list(SAME))
def test_one_service_in_two_directories_is_merged(judged: DedupResult, case: str) -> None:
    a, b = SAME[case]
    assert judged.membership[a.id] == judged.membership[b.id], case


@pytest.mark.parametrize("case", list(APART))
def test_different_services_sharing_a_place_or_a_line_stay_apart(
    judged: DedupResult, case: str
) -> None:
    listings = APART[case]
    merged = {judged.membership[r.id] for r in listings}
    assert len(merged) == len(listings), [r.service.name for r in listings]
