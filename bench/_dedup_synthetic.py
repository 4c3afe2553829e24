"""Synthetic London service listings with known truth, for ``bench/dedup.py``.

Seeded and reproducible. Each real-world service ("entity") is listed by one to four of five
sources, each copy written the way directories differ: abbreviations (``St``, ``&``, ``Assoc``,
``Center``), an added ``Ltd`` or dropped ``The``, a typo, phone formats (``+44 20 …``,
``020 …``, no spaces), missing fields, and for some services an old address in one source. The
hard negatives the issue names are built in: several groups hosted at one community centre
(same address and switchboard, different names), branches of one charity in different boroughs
(same name and web domain), and several services of one organisation.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from index.model import Location, Organization, Phone, Service, SourceRecord

SOURCES = ("careplace", "oruk-council", "oo-marketplace", "fid", "charity-sites")
BOROUGHS: dict[str, tuple[tuple[str, float, float], ...]] = {
    # borough → (outcode, lat, lon) of a few of its districts
    "Harrow": (("HA1", 51.58, -0.34), ("HA2", 51.57, -0.36), ("HA3", 51.59, -0.32)),
    "Brent": (("NW10", 51.54, -0.25), ("HA9", 51.56, -0.28), ("NW2", 51.56, -0.22)),
    "Barnet": (("N3", 51.60, -0.19), ("NW4", 51.59, -0.23), ("EN5", 51.65, -0.20)),
    "Ealing": (("W5", 51.51, -0.30), ("W13", 51.51, -0.32), ("UB6", 51.53, -0.34)),
    "Hillingdon": (("UB8", 51.54, -0.48), ("UB10", 51.55, -0.45), ("HA4", 51.57, -0.42)),
    "Hounslow": (("TW3", 51.47, -0.36), ("TW4", 51.46, -0.39), ("W4", 51.49, -0.26)),
    "Camden": (("NW1", 51.53, -0.14), ("NW3", 51.55, -0.17), ("NW5", 51.55, -0.14)),
    "Hackney": (("E8", 51.54, -0.06), ("E5", 51.56, -0.05), ("N16", 51.56, -0.08)),
    "Lambeth": (("SW2", 51.45, -0.12), ("SE11", 51.49, -0.11), ("SW9", 51.47, -0.11)),
    "Bexley": (("DA5", 51.44, 0.15), ("DA6", 51.45, 0.14), ("DA7", 51.46, 0.15)),
    "Croydon": (("CR0", 51.37, -0.10), ("CR2", 51.35, -0.09), ("SE25", 51.40, -0.07)),
    "Newham": (("E6", 51.53, 0.05), ("E7", 51.55, 0.03), ("E13", 51.53, 0.03)),
}
TOPICS = (
    "Carers",
    "Dementia",
    "Stroke",
    "Mental Health",
    "Debt Advice",
    "Employment",
    "Befriending",
    "Food Bank",
    "Youth",
    "Parent and Toddler",
    "Autism",
    "Bereavement",
    "Housing Advice",
    "Refugee",
    "Recovery",
    "Disability",
    "Older People",
    "Family",
    "Women's",
    "Men's Shed",
    "Sight Loss",
    "Deaf",
    "Domestic Abuse",
    "Addiction",
    "Counselling",
    "Benefits Advice",
    "Wellbeing",
    "Arts",
    "Walking",
    "Gardening",
)
KINDS = (
    "Support Group",
    "Centre",
    "Service",
    "Project",
    "Network",
    "Club",
    "Association",
    "Drop-in",
    "Hub",
    "Society",
    "Trust",
    "Café",
    "Forum",
    "Partnership",
    "Line",
)
SAINTS = ("Saint Mary's", "Saint John's", "Saint Luke's", "Saint Ann's", "Saint Michael's")
SYLLABLES = tuple(
    [
        "ka",
        "ri",
        "to",
        "mo",
        "la",
        "ne",
        "vi",
        "sa",
        "ru",
        "be",
        "do",
        "ha",
        "li",
        "mu",
        "ze",
        "po",
        "ta",
        "ki",
        "ro",
        "na",
        "su",
        "me",
        "fa",
        "gi",
        "lo",
        "wen",
        "dor",
        "bel",
        "mar",
        "tin",
        "ash",
        "ford",
        "ley",
        "ham",
        "ton",
        "wick",
        "field",
        "brook",
    ]
)
STREET_TYPES = ("Road", "Street", "Avenue", "Lane", "Close", "Gardens", "Way", "Grove")
STREET_ABBREV = {"Road": "Rd", "Street": "St", "Avenue": "Ave", "Gardens": "Gdns", "Lane": "Ln"}
NAME_SWAPS = (
    ("Saint ", "St "),
    (" and ", " & "),
    ("Association", "Assoc."),
    ("Centre", "Center"),
    ("Citizens Advice", "CAB"),
    ("Society", "Soc."),
)


@dataclass
class Entity:
    key: str
    name: str
    org: str
    borough: str
    outcode: str
    postcode: str
    point: tuple[float, float]
    address: str
    phone: str
    domain: str | None
    email: str | None
    charity: str | None
    moved_to: tuple[str, tuple[float, float], str] | None = None


DISTRICT_LETTERS = "ABCDEFGHJKLMNPRSTUVWXY"
REFERENCE_RECORDS = 100_000
"""Up to this size the listings share the twelve boroughs' real districts. Beyond it the map
grows with the data (more districts per borough, longer invented words), so a million
listings are as dense per district and as varied in name as a hundred thousand: otherwise the
benchmark would measure an impossible London with ten services per building."""


class Generator:
    def __init__(self, seed: int = 7, n_records: int = REFERENCE_RECORDS) -> None:
        self.rng = random.Random(seed)
        self.points: dict[str, tuple[float, float]] = {}
        self.phone_counter = 0
        self.scale = max(1.0, n_records / REFERENCE_RECORDS)
        self.syllables = (2, 2, 3) if self.scale <= 1 else (2, 3, 3, 4)
        self._invented: dict[str, int] = {}
        self.districts = {b: self._districts(b) for b in BOROUGHS}

    def _districts(self, borough: str) -> list[tuple[str, float, float]]:
        real = list(BOROUGHS[borough])
        extra = round(len(real) * (self.scale - 1))
        for k in range(extra):
            outcode, lat, lon = real[k % len(real)]
            area = outcode.rstrip("0123456789")
            ring = 1 + k // len(real)
            # Invented districts shaped like real ones ("HA4C": area, digit, letter), unique
            # per area, around the borough's real districts within ~4 km.
            n = self._invented.get(area, 0)
            self._invented[area] = n + 1
            invented = f"{area}{1 + n % 9}{DISTRICT_LETTERS[n // 9]}"
            real.append((invented, lat + 0.004 * ring * ((k % 3) - 1), lon + 0.006 * ring))
        return real

    def word(self) -> str:
        n = self.rng.choice(self.syllables)
        return "".join(self.rng.choice(SYLLABLES) for _ in range(n)).capitalize()

    def place(self, borough: str) -> tuple[str, str, tuple[float, float], str]:
        """A postcode in the borough (postcodes repeat, as buildings share them) with one
        fixed position per postcode, and a street address."""
        outcode, lat, lon = self.rng.choice(self.districts[borough])
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        pc = f"{outcode} {self.rng.randint(1, 9)}{self.rng.choice(letters)}{self.rng.choice(letters)}"
        point = self.points.get(pc)
        if point is None:
            point = (lat + self.rng.uniform(-0.01, 0.01), lon + self.rng.uniform(-0.015, 0.015))
            self.points[pc] = point
        street = f"{self.rng.randint(1, 240)} {self.word()} {self.rng.choice(STREET_TYPES)}"
        return outcode, pc, point, street

    def phone(self) -> str:
        self.phone_counter += 1
        return f"020 8{self.phone_counter // 10000 % 1000:03d} {self.phone_counter % 10000:04d}"

    def org_name(self, borough: str) -> str:
        pattern = self.rng.random()
        if pattern < 0.4:
            return f"{self.word()} {self.rng.choice(TOPICS)} {self.rng.choice(KINDS)}"
        if pattern < 0.6:
            return f"{borough} {self.rng.choice(TOPICS)} {self.rng.choice(KINDS)}"
        if pattern < 0.7:
            return f"{self.rng.choice(SAINTS)} {self.rng.choice(TOPICS)} {self.rng.choice(KINDS)}"
        if pattern < 0.8:
            return f"The {self.word()} {self.word()} {self.rng.choice(KINDS)}"
        if pattern < 0.85:
            return f"Citizens Advice {self.word()}"
        return f"{self.word()} and {self.word()} {self.rng.choice(TOPICS)} Association"

    def entities(self, count: int) -> Iterator[Entity]:
        """Real-world services, with the hard negatives mixed in."""
        made = 0
        while made < count:
            borough = self.rng.choice(sorted(BOROUGHS))
            roll = self.rng.random()
            if roll < 0.06:
                # A community centre hosting several groups: one address, one switchboard.
                outcode, pc, point, street = self.place(borough)
                phone = self.phone()
                centre = f"{self.word()} Community Centre"
                for _ in range(self.rng.randint(3, 6)):
                    name = f"{self.word()} {self.rng.choice(TOPICS)} {self.rng.choice(KINDS)}"
                    yield Entity(
                        f"e{made}",
                        name,
                        centre,
                        borough,
                        outcode,
                        pc,
                        point,
                        f"{centre}, {street}",
                        phone,
                        None,
                        None,
                        None,
                    )
                    made += 1
            elif roll < 0.10:
                # Branches of one charity in different boroughs: same name and domain.
                name = f"{self.word()} {self.rng.choice(TOPICS)} {self.rng.choice(KINDS)}"
                domain = f"{name.split()[0].lower()}-charity.org.uk"
                charity = str(self.rng.randint(200000, 1199999))
                for branch in self.rng.sample(sorted(BOROUGHS), self.rng.randint(2, 3)):
                    outcode, pc, point, street = self.place(branch)
                    yield Entity(
                        f"e{made}",
                        name,
                        name,
                        branch,
                        outcode,
                        pc,
                        point,
                        street,
                        self.phone(),
                        domain,
                        None,
                        charity,
                    )
                    made += 1
            elif roll < 0.14:
                # One organisation, several services at its office.
                org = f"{self.word()} {self.rng.choice(('Trust', 'Foundation', 'Charity'))}"
                outcode, pc, point, street = self.place(borough)
                domain = f"{org.split()[0].lower()}.org.uk"
                for topic in self.rng.sample(TOPICS, self.rng.randint(2, 4)):
                    yield Entity(
                        f"e{made}",
                        f"{org} {topic} Service",
                        org,
                        borough,
                        outcode,
                        pc,
                        point,
                        street,
                        self.phone(),
                        domain,
                        None,
                        None,
                    )
                    made += 1
            else:
                name = self.org_name(borough)
                outcode, pc, point, street = self.place(borough)
                has_site = self.rng.random() < 0.6
                domain = f"{self.word().lower()}{made}.org.uk" if has_site else None
                entity = Entity(
                    f"e{made}",
                    name,
                    name,
                    borough,
                    outcode,
                    pc,
                    point,
                    street,
                    self.phone(),
                    domain,
                    f"info@{domain}" if domain else None,
                    str(self.rng.randint(200000, 1199999)) if self.rng.random() < 0.3 else None,
                )
                if self.rng.random() < 0.05:
                    _, new_pc, new_point, new_street = self.place(borough)
                    entity.moved_to = (new_pc, new_point, new_street)
                yield entity
                made += 1

    # -- copies ----------------------------------------------------------------------------

    def vary_name(self, name: str) -> str:
        rng = self.rng
        for old, new in NAME_SWAPS:
            if old in name and rng.random() < 0.5:
                name = name.replace(old, new)
        if name.startswith("The ") and rng.random() < 0.5:
            name = name[4:]
        if rng.random() < 0.08:
            name += " Ltd"
        if rng.random() < 0.1:
            words = name.split()
            w = rng.randrange(len(words))
            if len(words[w]) > 5:
                i = rng.randrange(1, len(words[w]) - 1)
                words[w] = words[w][:i] + words[w][i + 1 :]
            name = " ".join(words)
        if rng.random() < 0.1:
            name = name.upper()
        return name

    def vary_phone(self, phone: str) -> str:
        digits = phone.replace(" ", "")
        return self.rng.choice(
            (
                phone,
                digits,
                f"+44 {digits[1:3]} {digits[3:7]} {digits[7:]}",
                f"({digits[:3]}) {digits[3:]}",
            )
        )

    def vary_street(self, street: str) -> str:
        for full, short in STREET_ABBREV.items():
            if street.endswith(full) and self.rng.random() < 0.5:
                return street[: -len(full)] + short
        return street

    def copies(self, entity: Entity, fetched: datetime) -> Iterator[SourceRecord]:
        rng = self.rng
        n = rng.choices((1, 2, 3, 4), weights=(40, 35, 17, 8))[0]
        for index, source in enumerate(sorted(rng.sample(SOURCES, n))):
            postcode, point, street = entity.postcode, entity.point, entity.address
            if entity.moved_to and index == 0 and n > 1:
                postcode, point, street = entity.moved_to
            has_location = rng.random() > 0.12
            has_phone = rng.random() > 0.2
            location = Location(
                address_1=self.vary_street(street) if rng.random() > 0.15 else None,
                city=entity.borough if rng.random() > 0.3 else None,
                postal_code=postcode if rng.random() > 0.1 else None,
                latitude=point[0],
                longitude=point[1],
                borough=entity.borough,
            )
            website = (
                f"https://www.{entity.domain}/" if entity.domain and rng.random() > 0.3 else None
            )
            service = Service(
                id="pending",
                name=self.vary_name(entity.name),
                description=f"{entity.name} in {entity.borough}.",
                url=website,
                email=entity.email if entity.email and rng.random() > 0.4 else None,
                organization=Organization(
                    name=entity.org,
                    charity_number=entity.charity if rng.random() > 0.3 else None,
                ),
                locations=[location] if has_location else [],
                phones=[Phone(number=self.vary_phone(entity.phone))] if has_phone else [],
                categories=[entity.name.split()[1]] if len(entity.name.split()) > 1 else [],
                last_modified=fetched - timedelta(days=rng.randint(0, 400)),
            )
            yield SourceRecord(
                source_id=source,
                listing_key=f"{entity.key}-{index}",
                source_url=f"https://{source}.example/{entity.key}",
                fetched_at=fetched,
                service=service,
            )


def iter_synthetic(n_records: int, seed: int = 7) -> Iterator[tuple[SourceRecord, str]]:
    """About ``n_records`` listings, one at a time, each with its truth (the entity key); a
    service's copies come one after another, as a directory export lists them."""
    gen = Generator(seed, n_records)
    fetched = datetime(2025, 6, 1, tzinfo=UTC)
    made = 0
    for entity in gen.entities(n_records):
        for record in gen.copies(entity, fetched):
            yield record, entity.key
            made += 1
            if made >= n_records:
                return


def synthetic_records(n_records: int, seed: int = 7) -> tuple[list[SourceRecord], dict[str, str]]:
    """About ``n_records`` listings and the truth: record id → entity key."""
    records: list[SourceRecord] = []
    truth: dict[str, str] = {}
    for record, key in iter_synthetic(n_records, seed):
        records.append(record)
        truth[record.id] = key
    return records, truth
