"""Synthetic London services with realistic text for ``bench/search.py``.

Names, descriptions and category labels are built from Signpost's own vocabulary (taxonomy
terms, their keywords and the labels real sources use) plus everyday directory prose, so term
frequencies look like a real directory's: a few very common words ("support", "free",
"community") and a long tail of specific ones. Positions are real London postcodes from the
gazetteer. Services are built with ``model_construct`` (no validation) and streamed, so a
million of them never sit in memory at once.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime

from index.geo import Gazetteer
from index.model import (
    CostOption,
    Location,
    MergedService,
    Organization,
    Phone,
    Schedule,
    Service,
)
from index.search.places import LONDON_BOROUGHS
from index.taxonomy import default_taxonomy

SOURCES = [
    "careplace", "hillingdon-marketplace", "hounslow-fsd", "wandsworth-fsd", "bexley-fid",
    "kingston-afc", "greenwich-directory", "bromley-directory", "open-sessions", "csv-import",
]  # fmt: skip
ORG_PATTERNS = [
    "Age UK {b}", "Mind in {b}", "Citizens Advice {b}", "{b} Carers Centre", "{b} Council",
    "{b} Mencap", "{b} Voluntary Action", "{p} Community Association", "St {s}'s Church",
    "{b} Food Bank", "{p} Residents Association", "{b} Healthwatch", "{p} Men's Shed",
    "{b} Youth Partnership", "{p} Medical Centre", "{b} Learning Centre", "{p} Tenants Forum",
    "{b} Deaf Club", "{p} Mosque", "{b} Asian Women's Project", "{p} Baptist Church",
]  # fmt: skip
PLACES = [
    "Wealdstone", "Pinner", "Edgware", "Stanmore", "Uxbridge", "Hayes", "Ruislip", "Southall",
    "Acton", "Willesden", "Kilburn", "Wembley", "Harlesden", "Tottenham", "Walthamstow",
    "Leyton", "Stratford", "Peckham", "Brixton", "Streatham", "Tooting", "Balham", "Putney",
    "Hammersmith", "Chiswick", "Hounslow", "Feltham", "Twickenham", "Kingston", "Sutton",
    "Croydon", "Bromley", "Eltham", "Woolwich", "Barking", "Ilford", "Romford", "Enfield",
    "Barnet", "Finchley", "Hendon", "Camden Town", "Holloway", "Hackney Wick", "Bow",
]  # fmt: skip
SAINTS = ["Mary", "John", "Peter", "Paul", "Andrew", "Anne", "Luke", "Michael", "George"]
NAME_SUFFIXES = [
    "Project", "Service", "Hub", "Group", "Club", "Drop-in", "Network", "Programme", "Café",
    "Support", "Centre", "Sessions", "Team",
]  # fmt: skip
AUDIENCES = [
    "older people", "adults with learning disabilities", "carers", "families", "young people",
    "local residents", "people living with dementia", "refugees and asylum seekers",
    "people with long-term conditions", "disabled adults", "men over 50", "new parents",
    "anyone who feels lonely", "people on low incomes", "people with sight loss",
]  # fmt: skip
GENERIC = [
    "Our friendly team and volunteers are here to help.",
    "Sessions are free and you do not need to book.",
    "Please call ahead to check the session is running.",
    "Referrals are accepted from GPs, social prescribers and link workers.",
    "You can refer yourself by phone or email.",
    "The venue is wheelchair accessible with a hearing loop.",
    "Interpreters can be arranged for most community languages.",
    "Light refreshments are provided.",
    "We work closely with the council and local health services.",
    "Carers are welcome to come along too.",
    "We also offer information and advice about other local support.",
    "Transport may be available for people who cannot travel alone.",
    "Booking is essential as places are limited.",
    "A small charge covers materials and refreshments.",
    "We are a registered charity run by local people.",
    "Support is confidential and non-judgemental.",
    "Home visits can be arranged if you cannot get out.",
    "We meet in the church hall next to the library.",
    "New members are always welcome.",
    "Open to residents of the borough and neighbouring areas.",
]  # fmt: skip
DAY_SETS = ["MO,TU,WE,TH,FR", "MO", "TU", "WE", "TH", "FR", "SA", "SU", "MO,WE,FR", "TU,TH"]
HOURS = [("09:00", "17:00"), ("10:00", "12:00"), ("13:30", "15:30"), ("18:00", "20:00"),
         ("09:30", "16:30"), ("11:00", "14:00")]  # fmt: skip


def postcode_pool(gazetteer: Gazetteer, per_borough: int, rng: random.Random) -> list[tuple]:
    """(postcode, lat, lon, borough) for a sample of real postcodes in every London borough."""
    pool: list[tuple] = []
    for borough in LONDON_BOROUGHS:
        codes = gazetteer.postcodes_in_borough(borough)
        for pc in rng.sample(codes, min(per_borough, len(codes))):
            info = gazetteer.lookup(pc)
            pool.append((info.postcode, info.latitude, info.longitude, info.borough))
    return pool


def _title(text: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in text.split())


def services(n: int, pool: list[tuple], seed: int = 11) -> Iterator[MergedService]:
    """``n`` services placed at postcodes drawn from ``pool`` (see ``postcode_pool``)."""
    rng = random.Random(seed)
    tax = default_taxonomy()
    rows = [r for r in tax.rows.values() if r.parent_id]  # specific terms carry the services
    weights = [3 if r.id in {"debt-advice", "day-centres", "carers-support", "mental-health",
               "social-groups", "exercise", "befriending"} else 1 for r in rows]  # fmt: skip
    orgs = max(50, n // 5)
    updated = datetime(2025, 11, 20, tzinfo=UTC)
    for i in range(n):
        row = rng.choices(rows, weights)[0]
        pc, lat, lon, borough = pool[rng.randrange(len(pool))]
        org_seed = rng.randrange(orgs)
        org_rng = random.Random(org_seed)
        org_name = org_rng.choice(ORG_PATTERNS).format(
            b=org_rng.choice(LONDON_BOROUGHS), p=org_rng.choice(PLACES), s=org_rng.choice(SAINTS)
        )
        keyword = rng.choice(row.keywords) if row.keywords else row.name
        place = rng.choice(PLACES)
        name = rng.choice(
            [
                f"{place} {_title(keyword)} {rng.choice(NAME_SUFFIXES)}",
                f"{row.name}",
                f"{borough} {_title(keyword)} {rng.choice(NAME_SUFFIXES)}",
                f"{_title(keyword)} {rng.choice(NAME_SUFFIXES)}",
                f"{org_name} {rng.choice(NAME_SUFFIXES)}",
            ]
        )
        others = rng.sample(row.keywords, min(2, len(row.keywords))) if row.keywords else []
        sentences = [
            f"{org_name} runs {keyword} support for {rng.choice(AUDIENCES)} in {place}.",
            f"We offer {' and '.join(others) or keyword}, with advice tailored to you."
            if others
            else "We offer practical help tailored to you.",
            *rng.sample(GENERIC, rng.randint(2, 4)),
        ]
        labels = [rng.choice(row.source_labels)] if row.source_labels and rng.random() < 0.8 else []
        schedules: list[Schedule] = []
        if rng.random() < 0.6:
            for _ in range(rng.randint(1, 2)):
                opens, closes = rng.choice(HOURS)
                schedules.append(
                    Schedule.model_construct(
                        byday=rng.choice(DAY_SETS), opens_at=opens, closes_at=closes,
                        freq="WEEKLY", description=None,
                    )
                )  # fmt: skip
        cost_roll = rng.random()
        is_free = True if cost_roll < 0.5 else (False if cost_roll < 0.7 else None)
        cost_options = (
            [CostOption.model_construct(option="per session", amount=float(rng.choice([2, 3, 5, 8])),
                                        currency="GBP", amount_description=None)]
            if is_free is False
            else []
        )  # fmt: skip
        min_age = rng.choice([None, None, None, 18, 50, 65])
        max_age = 25 if row.id in {"young-people", "send"} else None
        service = Service.model_construct(
            id=f"bench-{i}",
            name=name,
            description="<p>" + " ".join(sentences) + "</p>",
            url=f"https://example.org/services/{i}",
            email=f"hello{i % 997}@example.org",
            status="active",
            fees_description=None,
            is_free=is_free,
            cost_options=cost_options,
            eligibility_description=None,
            minimum_age=min_age,
            maximum_age=max_age,
            languages=[],
            accessibility=[],
            referral=None,
            organization=Organization.model_construct(
                id=None,
                name=org_name,
                description=None,
                email=None,
                website=None,
                charity_number=None,
                company_number=None,
            ),
            locations=[
                Location.model_construct(
                    id=None,
                    name=None,
                    description=None,
                    address_1=f"{1 + i % 240} {rng.choice(PLACES)} Road",
                    address_2=None,
                    city="London",
                    postal_code=pc,
                    country="GB",
                    latitude=lat,
                    longitude=lon,
                    borough=borough,
                    accessibility=[],
                )
            ],
            phones=[
                Phone.model_construct(
                    number=f"+44208{i % 10_000_000:07d}", description=None, type=None
                )
            ],
            schedules=schedules,
            service_areas=[],
            taxonomy_terms=[],
            categories=labels,
            last_modified=None,
        )
        yield MergedService.model_construct(
            id=f"m-bench-{i}",
            service=service,
            member_ids=[f"r-bench-{i}"],
            provenance={},
            source_ids=[SOURCES[i % len(SOURCES)]],
            updated_at=updated,
        )
