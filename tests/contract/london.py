"""Seventeen realistic London services for the backend contract suite.

Positions are left to the backend: listings carry postcodes (as most sources give them) and the
index resolves coordinates and boroughs through the real gazetteer; two carry their own
coordinates. Category labels are the sources' own ("Money & debt advice", "Day services
(learning disability)"), so the taxonomy mapping runs as in production.
"""

from __future__ import annotations

from datetime import UTC, datetime

from index.model import (
    CostOption,
    Location,
    MergedService,
    Organization,
    Phone,
    Schedule,
    Service,
)

NOW = datetime(2025, 11, 20, 9, 0, tzinfo=UTC)
WEEKDAYS = "MO,TU,WE,TH,FR"


def _service(
    key: str,
    name: str,
    org: str | None,
    description: str,
    postcode: str | None,
    *,
    categories: tuple[str, ...] = (),
    schedules: tuple[Schedule, ...] = (),
    sources: tuple[str, ...] = ("careplace",),
    lat: float | None = None,
    lon: float | None = None,
    **fields: object,
) -> MergedService:
    locations = []
    if postcode or lat is not None:
        locations.append(
            Location(
                address_1=f"{len(key) + 3} High Street",
                city="London",
                postal_code=postcode,
                latitude=lat,
                longitude=lon,
            )
        )
    service = Service(
        id=f"s-{key}",
        name=name,
        description=description,
        organization=Organization(name=org) if org else None,
        locations=locations,
        categories=list(categories),
        schedules=list(schedules),
        phones=[Phone(number="+442084271234")],
        **fields,  # type: ignore[arg-type]
    )
    return MergedService(
        id=f"m-{key}",
        service=service,
        member_ids=[f"r-{key}-{s}" for s in sources],
        source_ids=list(sources),
        updated_at=NOW,
    )


def london_services() -> list[MergedService]:
    weekdays = Schedule(byday=WEEKDAYS, opens_at="09:30", closes_at="16:30")
    return [
        _service(
            "cab-harrow", "Debt advice", "Citizens Advice Harrow",
            "<p>Free, confidential <strong>debt advice</strong> and help with money worries, "
            "priority bills and council tax arrears.</p>",
            "HA1 2XY", categories=("Money & debt advice",), schedules=(weekdays,),
            sources=("harrow-marketplace", "careplace"), is_free=True,
        ),
        _service(
            "camden-money", "Money advice service", "Camden Advice Network",
            "Debt and benefits help for Camden residents, by appointment.",
            "NW1 2DB", categories=("Debt",), is_free=True,
        ),
        _service(
            "harrow-works", "Harrow Works employment support", "Harrow Council",
            "Job search help, CV writing and interview practice with a work coach.",
            "HA1 2AA", categories=("Employment & training",), schedules=(weekdays,),
            sources=("harrow-marketplace",), is_free=True,
        ),
        _service(
            "health-walks", "Hillingdon Health Walks", "Hillingdon Council",
            "Free, friendly led walks of 30 to 90 minutes in parks across the borough.",
            "UB8 1UW", categories=("Walking & outdoor activities",),
            schedules=(Schedule(byday="WE", opens_at="10:00", closes_at="12:00"),),
            sources=("hillingdon-kb5",), is_free=True,
        ),
        _service(
            "quit-hillingdon", "Stop Smoking Service", "Hillingdon Health",
            "Quit smoking with a trained adviser: nicotine replacement and weekly support.",
            "UB10 0BQ", categories=("Stop smoking",), sources=("hillingdon-kb5",), is_free=True,
        ),
        _service(
            "smokefree-harrow", "Smokefree Harrow", "Harrow Public Health",
            "Smoking cessation clinics with stop smoking medicines and behavioural support.",
            "HA3 5BD", is_free=True,
        ),
        _service(
            "woodlands", "Woodlands Day Centre", "Mencap Hillingdon",
            "A day centre for adults with learning disabilities: art, music, cooking and "
            "outings. Open on Saturdays too.",
            "UB4 0NG", categories=("Day services (learning disability)",),
            schedules=(
                Schedule(byday=WEEKDAYS, opens_at="09:00", closes_at="16:00"),
                Schedule(byday="SA", opens_at="10:00", closes_at="15:00"),
            ),
            sources=("hillingdon-kb5",), is_free=True,
        ),
        _service(
            "kenmore", "Kenmore Day Opportunities", "Harrow Mencap",
            "Day opportunities for adults with a learning disability, weekdays only.",
            "HA7 4AP", categories=("Day opportunities", "Learning disabilities"),
            schedules=(Schedule(byday=WEEKDAYS, opens_at="09:00", closes_at="15:30"),),
            sources=("harrow-marketplace",),
            cost_options=[CostOption(option="per day", amount=45.0)],
        ),
        _service(
            "rda", "Riding for the Disabled – Hillingdon group", "RDA Hillingdon",
            "Horse riding and carriage driving sessions for disabled children and adults, "
            "with volunteers and qualified coaches.",
            "HA4 8BN", categories=("Riding for the disabled",),
            schedules=(Schedule(byday="TU,TH", opens_at="10:00", closes_at="13:00"),),
            sources=("hillingdon-kb5",),
        ),
        _service(
            "silver-surfers", "Silver Surfers computer classes", "Age UK Harrow",
            "IT lessons for older people: email, video calls, online shopping and staying "
            "safe online.",
            "HA2 0DU", categories=("Learning & digital skills",),
            fees_description="£2 per session", minimum_age=50,
        ),
        _service(
            "pinner-road", "Pinner Road Surgery", "NHS North West London",
            "GP practice registering new patients, with practice nurse clinics.",
            "HA1 1BA", sources=("nhs-feed",),
        ),
        _service(
            "wembley-medical", "Wembley Medical Centre", "NHS North West London",
            "Family doctors and practice nurses for Wembley residents.",
            "HA0 2SB", sources=("nhs-feed",),
        ),
        _service(
            "hayes-youth", "Hayes Youth Club", "Hillingdon Youth Service",
            "Youth club for young people aged 11 to 19: sport, music and trips.",
            "UB3 1AW", categories=("Youth clubs",), minimum_age=11, maximum_age=19,
            schedules=(Schedule(byday="MO,WE,FR", opens_at="18:00", closes_at="21:00"),),
            sources=("hillingdon-kb5",), is_free=True,
        ),
        _service(
            "mind-harrow", "Mind in Harrow peer support", "Mind in Harrow",
            '<p>Peer support groups for people living with mental ill health &amp; '
            "anxiety.</p><script>alert('x')</script>",
            "HA1 2AA", categories=("Mental health & wellbeing",), is_free=True,
            lat=51.5807, lon=-0.3343,
        ),
        _service(
            "lambeth-dementia", "Dementia café", "Alzheimer's Society Lambeth",
            "A friendly monthly memory café for people living with dementia and their carers.",
            "SE1 7PB", categories=("Dementia support",),
            schedules=(Schedule(byday="SA", opens_at="14:00", closes_at="16:00"),),
            is_free=True,
        ),
        _service(
            "carers-line", "Carers UK Helpline", "Carers UK",
            "Advice by phone for unpaid carers across London: benefits, rights and breaks.",
            None, categories=("Carers",), sources=("national-feed",), is_free=True,
        ),
        _service(
            "old-lunch", "Greenhill Lunch Club", "Greenhill Church",
            "Lunch club for older people (closed).",
            "HA1 1BA", categories=("Lunch clubs",), status="defunct",
        ),
    ]  # fmt: skip


INDEXED = 16
"""Every service above except the defunct lunch club."""
