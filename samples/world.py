"""Generating the real-world side of the sample data: organisations, venues and services.

Seeded and reproducible: the same seed and gazetteer give byte-identical output. Real
postcodes of the right borough come from the gazetteer (OS Code-Point Open) at generation time
only. Phone numbers come from Ofcom's ranges reserved for drama (020 7946 0xxx, 07700 900xxx,
0808 157 0xxx, 0306 999 0xxx) so no real line is ever published; web and email domains are
made up from the organisation's name.
"""

from __future__ import annotations

import random
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Protocol

from samples import catalogue as cat
from samples.boroughs import BOROUGHS, BY_NAME, NEIGHBOURS, Borough, District
from samples.categories import CATEGORIES
from samples.dataset import Organisation, Place, TruthService
from samples.hard_cases import Forced, hard_cases
from samples.phones import PhonePool
from samples.timetable import DAY_NAMES, random_schedule


class Position(Protocol):
    latitude: float
    longitude: float


class PostcodeSource(Protocol):
    """The two gazetteer calls the generator needs (``index.geo.Gazetteer``)."""

    def postcodes_in_borough(self, borough: str) -> list[str]: ...

    def lookup(self, text: str) -> Position: ...


RELATED: dict[str, tuple[str, ...]] = cat.RELATED_CATEGORIES
"""Second categories a service plausibly also belongs to."""
FIRST_NAMES = cat.FIRST_NAMES
SURNAMES = cat.SURNAMES


@dataclass
class World:
    organisations: list[Organisation] = field(default_factory=list)
    services: list[TruthService] = field(default_factory=list)
    postcodes: dict[str, tuple[float, float]] = field(default_factory=dict)


def slugify(text: str) -> str:
    text = text.lower().replace("&", "and").replace("'", "").replace("’", "")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


class Generator:
    def __init__(self, gazetteer: PostcodeSource, seed: int, scale: float = 1.0) -> None:
        self.gaz = gazetteer
        self.rng = random.Random(seed)
        self.scale = scale
        self.world = World()
        self.phones = PhonePool(random.Random(seed + 1))
        self.orgs: dict[tuple[str, ...], Organisation] = {}
        self.org_phone: dict[str, str] = {}
        self.venues: dict[tuple[str, str], list[Place]] = defaultdict(list)
        self.district_postcodes: dict[str, list[str]] = {}
        self.borough_postcodes: dict[str, list[str]] = {}
        self.used_names: set[tuple[str, str, str]] = set()
        self.used_charity_names: set[str] = set()
        self.shared_venues: dict[tuple[str, str], Place] = {}

    # -- places ------------------------------------------------------------------------

    def _postcodes(self, borough: Borough, district: District) -> list[str]:
        key = f"{borough.name}/{district.outcode}"
        if key not in self.district_postcodes:
            everything = self.borough_postcodes.get(borough.name)
            if everything is None:
                everything = self.gaz.postcodes_in_borough(borough.name)
                self.borough_postcodes[borough.name] = everything
            pcs = [p for p in everything if p.split(" ")[0] == district.outcode]
            if not pcs:
                raise ValueError(f"no postcodes of {district.outcode} in {borough.name}")
            self.district_postcodes[key] = pcs
        return self.district_postcodes[key]

    def _place(self, borough: Borough, district: District, venue: str | None) -> Place:
        pc = self.rng.choice(self._postcodes(borough, district))
        info = self.gaz.lookup(pc)
        lat = round(float(info.latitude), 6)
        lon = round(float(info.longitude), 6)
        self.world.postcodes[pc] = (lat, lon)
        street = self.rng.choice(cat.STREETS)
        number = self.rng.randint(1, 240)
        line1 = f"{number} {street}"
        line2 = district.locality if district.locality != district.post_town else None
        if venue and venue[0].isdigit():
            venue = None  # the venue "name" was the street address itself
        return Place(venue, line1, line2, district.post_town, pc, lat, lon, borough.name)

    def _venue(self, kind: str, borough: Borough, district: District, ctx: dict[str, str]) -> Place:
        """Venues are reused so that several services meet at one community centre."""
        pool = self.venues[(borough.name, kind)]
        same_area = [p for p in pool if p.line2 == district.locality or p.town == ctx["town"]]
        reuse = {"community_centre": 0.65, "library": 0.8, "church_hall": 0.45, "park": 0.5}
        if same_area and self.rng.random() < reuse.get(kind, 0.3):
            return self.rng.choice(same_area)
        pattern = self.rng.choice(cat.VENUE_KINDS[kind])
        name = pattern.format(**ctx)
        place = self._place(borough, district, name)
        pool.append(place)
        return place

    # -- organisations ------------------------------------------------------------------

    def _fill(self, pattern: str, ctx: dict[str, str]) -> str:
        return pattern.format(**ctx)

    def _charity_name(self, ctx: dict[str, str]) -> str:
        for _ in range(20):
            word = self.rng.choice(cat.CHARITY_WORDS)
            suffix = self.rng.choice(cat.CHARITY_SUFFIXES)
            if self.rng.random() < 0.5:
                name = f"{ctx['locality']} {word} {suffix}"
            else:
                name = f"{word} {suffix} {ctx['borough']}"
            if name not in self.used_charity_names:
                self.used_charity_names.add(name)
                return name
        return f"{ctx['locality']} {self.rng.choice(cat.CHARITY_WORDS)} Trust"

    def _church_name(self, ctx: dict[str, str]) -> str:
        patterns = (
            f"St {self.rng.choice(cat.SAINTS)}'s Church, {ctx['locality']}",
            f"{ctx['locality']} Baptist Church",
            f"{ctx['locality']} Methodist Church",
            f"Christ Church {ctx['locality']}",
            f"{ctx['locality']} Community Church",
            f"St {self.rng.choice(cat.SAINTS)}'s Catholic Church",
        )
        return self.rng.choice(patterns)

    def _org(self, provider: cat.Provider, ctx: dict[str, str], borough: Borough) -> Organisation:
        local = dict(ctx)
        if "{church}" in provider.pattern:
            local["church"] = self._church_name(ctx)
        if "{charity}" in provider.pattern:
            local["charity"] = self._charity_name(ctx)
        name = self._fill(provider.pattern, local)
        if provider.scope == "national":
            key: tuple[str, ...] = (name,)
        elif provider.scope == "borough":
            key = (name, borough.name)
        elif provider.scope == "locality":
            key = (name, borough.name, ctx["locality"])
        else:
            key = (name, borough.name, ctx["locality"], str(self.rng.random()))
            for existing_key, org in self.orgs.items():
                if existing_key[0] == name:  # same church name twice in a locality: one org
                    return org
        if key in self.orgs:
            return self.orgs[key]
        org_id = f"org-{len(self.world.organisations) + 1:04d}"
        slug = slugify(name)[:40].strip("-")
        tld = {"nhs": "nhs.uk", "council": "gov.uk", "business": "co.uk"}.get(
            provider.kind, "org.uk"
        )
        website = f"https://www.{slug.replace('-', '')}.{tld}"
        if provider.kind == "council":
            website = f"https://www.{slugify(borough.name).replace('-', '')}.gov.uk"
        email_local = "enquiries" if provider.kind in ("council", "nhs") else "info"
        domain = website.split("www.", 1)[1]
        phone_kind = "national" if provider.scope == "national" else "landline"
        if provider.kind == "faith" and self.rng.random() < 0.4:
            phone_kind = "mobile"
        org = Organisation(
            id=org_id,
            name=name,
            kind=provider.kind,
            description=provider.about.format(name=name, **local) if provider.about else "",
            aliases=[a.format(**local) for a in provider.aliases],
            website=website,
            email=f"{email_local}@{domain}",
            phone=self.phones.take(phone_kind),
            charity_number=(
                str(self.rng.randint(1_000_000, 1_199_999))
                if provider.kind in ("charity", "community", "faith")
                else None
            ),
            borough=None if provider.scope == "national" else borough.name,
        )
        self.orgs[key] = org
        self.world.organisations.append(org)
        return org

    # -- services -----------------------------------------------------------------------

    def _unique_name(
        self, name: str, org_id: str, borough: str, place: Place, locality: str
    ) -> str:
        """The name, told apart from another service of the same organisation in the borough
        that has it already (by venue, then locality, then a number), and claimed."""
        candidates = [name, f"{name} - {place.venue or locality}", f"{name} - {locality}"]
        candidates += [f"{name} ({n})" for n in range(2, 20)]
        chosen = next(c for c in candidates if (c, org_id, borough) not in self.used_names)
        self.used_names.add((chosen, org_id, borough))
        return chosen

    def _describe(
        self,
        template: cat.Template,
        variant: cat.Variant,
        ctx: dict[str, str],
        org: Organisation,
        old: bool,
    ) -> str:
        rng = self.rng
        opener = rng.choice(variant.openers).format(**ctx)
        details = [d.format(**ctx) for d in rng.sample(template.details, rng.randint(1, 3))]
        parts = [opener, *details]
        if not old and org.description and rng.random() < 0.3:
            parts.append(org.description)
        closer = rng.choice(cat.CLOSERS)
        if closer:
            parts.append(closer)
        if old:
            parts = parts[:2]
        if len(parts) > 2 and rng.random() < 0.5:
            cut = rng.randint(1, len(parts) - 1)
            return " ".join(parts[:cut]) + "\n\n" + " ".join(parts[cut:])
        return " ".join(parts)

    def _service(
        self, borough: Borough, category_key: str, number: int, forced: Forced | None = None
    ) -> TruthService:
        rng = self.rng
        forced = forced or Forced()
        template = cat.TEMPLATES[category_key]
        district = rng.choice(borough.districts)
        ctx = {
            "borough": borough.short,
            "locality": district.locality,
            "town": district.post_town,
            "council": cat.COUNCILS[borough.name],
            "college": cat.COLLEGES[borough.name],
            "leisure_operator": cat.LEISURE_OPERATORS[borough.name],
            "region": cat.YMCA_REGIONS[borough.name],
            "rda_group": rng.choice(cat.RDA_GROUPS),
            "saint": rng.choice(cat.SAINTS),
            "street": rng.choice(cat.STREETS),
            "street_name": rng.choice(cat.STREETS).split(" ")[0],
            "street_no": str(rng.randint(1, 200)),
            "unit": str(rng.randint(1, 30)),
            "park": rng.choice(cat.PARK_WORDS),
            "tree": rng.choice(cat.TREES),
            "brand": rng.choice(cat.PROGRAMME_BRANDS),
        }
        variant = rng.choices(template.variants, [v.weight for v in template.variants])[0]
        if forced.variant_name:
            variant = next(v for v in template.variants if forced.variant_name in v.names)
        provider = rng.choice(variant.providers or template.providers)
        if forced.provider:
            provider = cat.PROVIDERS[forced.provider]
        org = self._org(provider, ctx, borough)
        ctx["org"] = org.name
        venue_kind = forced.venue_kind or rng.choice(template.venues)
        if forced.switchboard:
            # One building per organisation: the civic centre, the charity's office.
            key = (org.id, venue_kind)
            if key not in self.shared_venues:
                self.shared_venues[key] = self._venue(venue_kind, borough, district, ctx)
            place = self.shared_venues[key]
        else:
            place = self._venue(venue_kind, borough, district, ctx)
        if venue_kind == "park" and place.venue:
            ctx["park"] = place.venue.removesuffix(" Park")
        day_slots, schedule_text = random_schedule(
            rng, rng.choice(variant.schedule or template.schedule)
        )
        if day_slots:
            ctx["day"] = DAY_NAMES[day_slots[0].byday.split(",")[0]] + "s"
        names = [n.format(**ctx) for n in variant.names]
        if forced.switchboard:
            # A hard case is a different service from the organisation's others: never one
            # of their names.
            names = [n for n in names if (n, org.id, borough.name) not in self.used_names] or names
        name = rng.choice(names)
        other_names = [n.format(**ctx) for n in variant.other_names]
        if provider.short_names and (forced.short_name or rng.random() < 0.3):
            other_names.append(f"{rng.choice(provider.short_names).format(**ctx)} {name}")
        name = self._unique_name(name, org.id, borough.name, place, district.locality)
        other_names = [
            self._unique_name(n, org.id, borough.name, place, district.locality)
            for n in dict.fromkeys(other_names)
            if n != name
        ]

        categories = [category_key]
        if category_key in RELATED and rng.random() < 0.3:
            categories.append(rng.choice(RELATED[category_key]))

        status = "active"
        roll = rng.random()
        if roll < 0.03:
            status = "defunct"
        elif roll < 0.05:
            status = "temporarily closed"
        elif roll < 0.065:
            status = "inactive"

        previous = None
        if rng.random() < 0.05:
            other = rng.choice(borough.districts)
            previous = self._venue(rng.choice(template.venues), borough, other, ctx)
            if previous is place:
                previous = self._place(borough, other, place.venue)

        boroughs = [borough.name]
        if NEIGHBOURS[borough.name] and rng.random() < 0.06:
            boroughs.append(rng.choice(NEIGHBOURS[borough.name]))

        # Phones: many services use the organisation's main line (CAB's adviceline, a
        # national helpline) — identical phones across distinct services are a hard case.
        if org.phone and (forced.switchboard or org.borough is None or rng.random() < 0.45):
            phone = org.phone
        else:
            phone = self.phones.take(rng.choice(("landline", "landline", "mobile", "national")))
        email = org.email
        if email and not forced.switchboard and rng.random() < 0.35:
            local = rng.choice(slugify(name).split("-")[:2] or ["hello"])
            email = f"{local}@{email.split('@', 1)[1]}"
        website = org.website
        if website and not forced.switchboard and rng.random() < 0.4:
            website = (
                f"{website}/{rng.choice(('services', 'what-we-do', 'support'))}/{slugify(name)}"
            )
        min_age, max_age = rng.choice(variant.ages or template.ages)
        cost = rng.choice(variant.costs or template.costs)
        access_count = rng.choice((0, 1, 1, 2, 3))
        languages = ["English"]
        if rng.random() < 0.35:
            languages += rng.sample(cat.LANGUAGES[1:], rng.randint(1, 3))
        modified = date(2024, 1, 1) + timedelta(days=rng.randint(0, 1030))
        description = self._describe(template, variant, ctx, org, old=False)
        old_description = (
            self._describe(template, variant, ctx, org, old=True) if rng.random() < 0.35 else None
        )
        return TruthService(
            id=f"svc-{number:05d}",
            name=name,
            org_id=org.id,
            org_name=org.name,
            description=description,
            categories=categories,
            borough=borough.name,
            boroughs=boroughs,
            place=place,
            previous_place=previous,
            status=status,
            phone=phone,
            email=email,
            website=website,
            contact_name=(
                f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}" if rng.random() < 0.5 else None
            ),
            slots=day_slots,
            schedule_text=schedule_text,
            cost=cost,
            is_free=cost.lower().startswith("free"),
            min_age=min_age,
            max_age=max_age,
            eligibility=rng.choice(variant.eligibility or template.eligibility).format(**ctx),
            referral=rng.choice(template.referral),
            accessibility=rng.sample(cat.ACCESSIBILITY, access_count),
            languages=languages,
            last_modified=modified.isoformat(),
            old_description=old_description,
            other_names=other_names,
        )

    def build(self) -> World:
        number = 0
        for borough in BOROUGHS:
            for category in CATEGORIES:
                mean = category.per_borough * borough.weight * self.scale
                count = max(1, round(mean * self.rng.uniform(0.7, 1.3)))
                for _ in range(count):
                    number += 1
                    self.world.services.append(self._service(borough, category.key, number))
            for category_key, forced in hard_cases():
                number += 1
                self.world.services.append(self._service(borough, category_key, number, forced))
        return self.world


def borough_of(name: str) -> Borough:
    return BY_NAME[name]
