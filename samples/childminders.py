"""Childminders in the sample data: people who look after children in their own homes.

Family directories list registered childminders, and their databases hold each one's home
address — flagged private, because it is where a child is looked after. Open-data exports of
those databases often carry the address columns *and* the flag. The sample Ealing open-data
export (``sites/csv_export.py``) does exactly that: an ``Address Private`` column says ``Yes``
on these rows while the address columns are filled in. A harvester must withhold the address
(``harvesters/privacy.py``); the tests check the home address never reaches the store.

They are written by hand rather than generated, and added when the data set is loaded, so the
seeded data set stays exactly what ``signpost samples generate`` makes; the postcodes are real
Ealing postcodes, which the generator always keeps in the data set's postcode table
(``POSTCODES``), so the ground truth's positions hold.
"""

from __future__ import annotations

from dataclasses import replace

from samples.dataset import Dataset, Listing, Organisation, Place, Slot, TruthService

SOURCE = "ealing-open-data"

# (service id, listing key, person, setting, street, postcode, mobile, e-mail, ages, days)
_CHILDMINDERS = (
    (
        "svc-cm001",
        "WLCS80011",
        "Priya Shah",
        "Little Acorns Childminding",
        "27 Cavendish Avenue",
        "UB6 8DE",
        "+447700900951",
        "littleacorns.childcare@ealingminders.co.uk",
        (0, 5),
        "MO,TU,WE,TH",
    ),
    (
        "svc-cm002",
        "WLCS80012",
        "Tom Okafor",
        "Rainbow Days Childminder",
        "5 Framlingham Crescent",
        "W13 0HD",
        "+447700900952",
        "rainbowdays.minding@ealingminders.co.uk",
        (1, 8),
        "MO,WE,FR",
    ),
)


POSTCODES: tuple[str, ...] = tuple(row[5] for row in _CHILDMINDERS)
"""Their postcodes: the generator keeps these in the data set's postcode table (with their
gazetteer positions) whatever the seed draws."""


def _records(
    postcodes: dict[str, tuple[float, float]],
) -> tuple[list[Organisation], list[TruthService], list[Listing]]:
    orgs: list[Organisation] = []
    services: list[TruthService] = []
    listings: list[Listing] = []
    for sid, key, person, setting, street, postcode, mobile, email, ages, days in _CHILDMINDERS:
        lat, lon = postcodes[postcode]
        town = "Greenford" if postcode.startswith("UB6") else "West Ealing"
        place = Place(None, street, None, town, postcode, lat, lon, "Ealing")
        org_id = "org-" + sid.removeprefix("svc-")
        description = (
            f"Ofsted registered childminder. {person} offers a home-from-home setting for"
            f" children aged {ages[0]} to {ages[1]}, with school drop-off and pick-up."
        )
        orgs.append(
            Organisation(org_id, setting, "individual", description, email=email, phone=mobile,
                         borough="Ealing")
        )  # fmt: skip
        service = TruthService(
            id=sid,
            name=setting,
            org_id=org_id,
            org_name=setting,
            description=description,
            categories=["parent-toddler"],
            borough="Ealing",
            boroughs=["Ealing"],
            place=place,
            previous_place=None,
            status="active",
            phone=mobile,
            email=email,
            website=None,
            contact_name=person,
            slots=[Slot(days, "07:30", "18:00")],
            schedule_text="Weekdays 7.30am - 6pm",
            cost="£7.50 per hour; funded hours accepted",
            is_free=False,
            min_age=ages[0],
            max_age=ages[1],
            eligibility="Children living near Greenford and West Ealing.",
            referral="Contact the childminder to arrange a visit.",
            accessibility=[],
            languages=["English"],
            last_modified="2026-09-01",
        )
        services.append(service)
        listings.append(
            Listing(
                source_id=SOURCE,
                key=key,
                path="",
                service_id=sid,
                name=setting,
                description=description,
                org_name=setting,
                org_key=None,
                address=replace(place),
                phone="07700 " + mobile[-6:],
                email=email,
                website=None,
                contact_name=person,
                slots=list(service.slots),
                schedule_text=service.schedule_text,
                cost=service.cost,
                is_free=False,
                min_age=ages[0],
                max_age=ages[1],
                eligibility=service.eligibility,
                referral=service.referral,
                accessibility=[],
                languages=["English"],
                categories=list(service.categories),
                borough="Ealing",
                status="active",
                last_modified=service.last_modified,
            )
        )
    return orgs, services, listings


PRIVATE_ADDRESSES = frozenset((SOURCE, key) for _sid, key, *_ in _CHILDMINDERS)
"""(source id, listing key) of every listing whose address is a home flagged private."""


def address_is_private(listing: Listing) -> bool:
    """Does the source flag this listing's address as private (a childminder's home)?"""
    return (listing.source_id, listing.key) in PRIVATE_ADDRESSES


def with_childminders(dataset: Dataset) -> Dataset:
    """The data set with the childminders added (once: a data set that has them is returned
    as it is)."""
    known = {s.id for s in dataset.services}
    if all(sid in known for sid, *_ in _CHILDMINDERS):
        return dataset
    orgs, services, listings = _records(dataset.postcodes)
    return replace(
        dataset,
        organisations=[*dataset.organisations, *orgs],
        services=[*dataset.services, *services],
        listings=[*dataset.listings, *listings],
    )
