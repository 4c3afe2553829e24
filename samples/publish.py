"""Publishing the world into the sample sources: which sources list each service, and the copy
each one shows — its own id, wording, formats, gaps and staleness.

Every service is listed by 1–4 sources (at least one a harvester may crawl). Copies differ the
way real ones do: abbreviations and case, "&"/"and", phone formats, lower-case postcodes,
missing fields, a description from last year, the address from before a move, a closed
service still shown as open.
"""

from __future__ import annotations

import random
import string
import uuid
from collections.abc import Callable
from dataclasses import replace

from samples.dataset import Listing, Place, TruthService
from samples.publishers import CAPABILITIES, PUBLISHERS, Publisher
from samples.variations import (
    choose_name,
    first_sentences,
    format_phone,
    vary_email,
    vary_name,
    vary_org_name,
    vary_postcode,
    vary_street,
    vary_town,
    vary_website,
)
from samples.world import World, slugify

MAX_SOURCES = 4
KB5_ALPHABET = string.ascii_letters + string.digits + "_-"


class KeyMaker:
    """Each source's own identifiers: unrelated to the ground-truth id and to each other."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.seen: dict[str, set[str]] = {}

    def _unique(self, source_id: str, make: Callable[[], str]) -> str:
        seen = self.seen.setdefault(source_id, set())
        while True:
            key = make()
            if key not in seen:
                seen.add(key)
                return key

    def key(self, publisher: Publisher, name: str, shown_name: str | None = None) -> str:
        """A new key of ``publisher``; slugs come from the service's ``name`` (the sitemap
        site's) or from the name as the source shows it (LocalGov Drupal's page titles)."""
        rng = self.rng
        platform = publisher.platform
        if platform == "kb5":
            return self._unique(
                publisher.id, lambda: "".join(rng.choice(KB5_ALPHABET) for _ in range(11))
            )
        if platform == "oruk3":
            return self._unique(publisher.id, lambda: str(uuid.UUID(int=rng.getrandbits(128))))
        if platform == "sitemap":
            return self._slug(publisher.id, name)
        if platform == "csv":
            return self._unique(publisher.id, lambda: f"WLCS{rng.randint(10000, 99999)}")
        if platform == "fid":
            return self._unique(publisher.id, lambda: str(rng.randint(1000, 99999)))
        if platform == "oruk1":
            return self._unique(publisher.id, lambda: str(rng.randint(100, 9999)))
        if platform == "connected_places":
            return self._unique(publisher.id, lambda: str(uuid.UUID(int=rng.getrandbits(128))))
        if platform == "localgov":
            return self._slug(publisher.id, shown_name or name)
        if platform in ("afc", "jadu", "outpost"):
            return self._unique(publisher.id, lambda: str(rng.randint(1000, 49999)))
        return self._unique(publisher.id, lambda: str(rng.randint(10000, 199999)))

    def _slug(self, source_id: str, name: str) -> str:
        base = slugify(name)[:60].strip("-") or "service"
        seen = self.seen.setdefault(source_id, set())
        slug, n = base, 1
        while slug in seen:
            n += 1
            slug = f"{base}-{n}"
        seen.add(slug)
        return slug

    def org_key(self, publisher: Publisher, org_id: str, memo: dict[str, str]) -> str:
        if org_id not in memo:
            memo[org_id] = self._unique(
                f"{publisher.id}/orgs", lambda: str(self.rng.randint(100, 29999))
            )
        return memo[org_id]


def detail_path(publisher: Publisher, key: str, name: str = "") -> str:
    """The listing's detail URL under the site prefix (see docs/sample-sources.md)."""
    platform = publisher.platform
    if platform == "marketplace":
        return f"Services/{key}"
    if platform == "kb5":
        s = publisher.settings
        return f"kb5/{s['tenant']}/{s['directory']}/service.page?id={key}"
    if platform == "careplace":
        return f"Services/Details/{key}"
    if platform == "fid":
        return f"Provider/Details?providerId={key}"
    if platform == "oruk3":
        return f"o/OpenReferralService/v3/services/{key}"
    if platform == "oruk1":
        return f"api/v1/services/{key}"
    if platform == "sitemap":
        return f"services/{key}"
    if platform == "pcg":
        return f"services/{key}"
    if platform == "afc":
        return f"childcare_providers/{key}-{slugify(name)[:50].strip('-')}"
    if platform == "jadu":
        prefix = (
            "directory_record" if publisher.settings.get("theme") == "dl" else "directory-record"
        )
        return f"{prefix}/{key}/{slugify(name)[:60].strip('-')}"
    if platform == "connected_places":
        return f"core/v1/services/{key}"
    if platform == "outpost":
        return f"api/v1/services/{key}"
    if platform == "localgov":
        return f"services/{key}"
    return ""


def choose_sources(service: TruthService, rng: random.Random) -> list[Publisher]:
    """The wave-1 sources that list ``service`` (at least one a harvester may crawl)."""
    first_wave = [p for p in PUBLISHERS if p.wave == 1]
    chosen: list[Publisher] = []
    for publisher in first_wave:
        p = max((publisher.coverage.get(b, 0.0) for b in service.boroughs), default=0.0)
        if p and rng.random() < p:
            chosen.append(publisher)
    if not any(not p.blocked for p in chosen):
        crawlable = [
            p for p in first_wave if not p.blocked and p.coverage.get(service.borough, 0.0) > 0
        ]
        best = max(crawlable, key=lambda p: p.coverage[service.borough])
        chosen.append(best)
    while len(chosen) > MAX_SOURCES:
        droppable = [p for p in chosen if p.blocked] or chosen
        chosen.remove(rng.choice(droppable))
    return chosen


def choose_later_sources(service: TruthService, room: int, rng: random.Random) -> list[Publisher]:
    """The wave-2 sources that also list ``service``, while fewer than MAX_SOURCES list it.
    Every wave-2 publisher covering the service's boroughs draws from ``rng`` whether or not
    there is room, so one service's draws never shift another's."""
    chosen: list[Publisher] = []
    for publisher in PUBLISHERS:
        if publisher.wave == 1:
            continue
        p = max((publisher.coverage.get(b, 0.0) for b in service.boroughs), default=0.0)
        if p and rng.random() < p and len(chosen) < room:
            chosen.append(publisher)
    return chosen


def _copy_place(place: Place, rng: random.Random, sparse: float) -> Place:
    pc = vary_postcode(place.postcode, rng) if place.postcode else None
    line1 = vary_street(place.line1, rng)
    if place.venue and rng.random() < sparse / 3:
        line1 = None  # the venue's name and postcode only: a missing address line
    line2 = place.line2 if rng.random() > sparse else None
    town = vary_town(place.town, rng) if rng.random() > sparse / 2 else None
    return replace(place, postcode=pc, line1=line1, line2=line2, town=town)


def make_listing(
    service: TruthService,
    publisher: Publisher,
    keys: KeyMaker,
    org_memo: dict[str, str],
    org_aliases: list[str],
    rng: random.Random,
) -> Listing | None:
    """The copy ``publisher`` shows of ``service`` (None: the source dropped a closed one)."""
    caps = CAPABILITIES[publisher.platform]
    stale = rng.random() < publisher.stale
    sparse = publisher.sparse

    status = "active"
    if service.status != "active":
        roll = rng.random()
        if roll < 0.2:
            return None
        status = "active" if roll < 0.6 else service.status
        if status != "active" and publisher.platform == "connected_places":
            return None  # the Connected Places API shows the public active services only

    place = service.previous_place if (service.previous_place and stale) else service.place
    address = _copy_place(place, rng, sparse) if place else None
    locality = place.line2 or place.town or ""

    description = service.description
    if stale and service.old_description:
        description = service.old_description
    elif rng.random() < 0.1:
        description = first_sentences(description, 2)

    name = choose_name(service.name, service.other_names, rng)
    name = vary_name(name, service.org_name, locality, publisher.name_habits, rng)
    phone = None
    if service.phone and rng.random() > sparse / 2:
        phone = format_phone(service.phone, rng.choice(publisher.phone_styles))

    def keep(value: object, capability: str | None = None) -> bool:
        if capability and capability not in caps:
            return False
        return value is not None and rng.random() > sparse

    key = keys.key(publisher, service.name, name)
    hidden = publisher.platform == "careplace" and rng.random() < 0.15
    listing = Listing(
        source_id=publisher.id,
        key=key,
        path=detail_path(publisher, key, name),
        service_id=service.id,
        name=name,
        description=description,
        org_name=vary_org_name(service.org_name, org_aliases, rng),
        org_key=(
            keys.org_key(publisher, service.org_id, org_memo)
            if publisher.platform == "careplace"
            else None
        ),
        address=address,
        phone=None if hidden else phone,
        email=None if hidden else vary_email(service.email if keep(service.email) else None, rng),
        website=vary_website(service.website if keep(service.website) else None, rng),
        contact_name=service.contact_name if keep(service.contact_name, "contact_name") else None,
        slots=list(service.slots) if "schedule" in caps and rng.random() > sparse else [],
        schedule_text=service.schedule_text if "schedule" in caps else None,
        cost=service.cost if keep(service.cost, "cost") else None,
        is_free=service.is_free if "cost" in caps else None,
        min_age=service.min_age if "ages" in caps else None,
        max_age=service.max_age if "ages" in caps else None,
        eligibility=service.eligibility if keep(service.eligibility, "eligibility") else None,
        referral=service.referral if keep(service.referral, "referral") else None,
        accessibility=list(service.accessibility) if "accessibility" in caps else [],
        languages=list(service.languages) if "languages" in caps else [],
        categories=list(service.categories),
        borough=(place.borough if place else service.borough),
        status=status,
        last_modified=service.last_modified,
        hidden_contact=hidden,
        introduced=1 if rng.random() < 0.02 else 0,
    )
    return listing


def publish(world: World, seed: int) -> list[Listing]:
    rng = random.Random(seed)
    keys = KeyMaker(random.Random(seed + 7))
    later_rng = random.Random(seed + 19)
    later_keys = KeyMaker(random.Random(seed + 23))
    org_memos: dict[str, dict[str, str]] = {p.id: {} for p in PUBLISHERS}
    aliases = {o.id: o.aliases for o in world.organisations}
    listings: list[Listing] = []
    for service in world.services:
        crawlable = False
        copies: list[Listing] = []
        for publisher in choose_sources(service, rng):
            listing = make_listing(
                service, publisher, keys, org_memos[publisher.id], aliases[service.org_id], rng
            )
            if listing is not None:
                copies.append(listing)
                crawlable = crawlable or not publisher.blocked
        if not crawlable:
            # A closed service every crawlable source dropped: one of them keeps a stale copy,
            # so every service in the truth can be found by a polite harvester.
            publisher = next(p for p in choose_sources(service, rng) if not p.blocked)
            listing = make_listing(
                replace(service, status="active"),
                publisher,
                keys,
                org_memos[publisher.id],
                aliases[service.org_id],
                rng,
            )
            assert listing is not None
            copies.append(listing)
        listings.extend(copies)
        room = MAX_SOURCES - len({c.source_id for c in copies})
        for publisher in choose_later_sources(service, room, later_rng):
            listing = make_listing(
                service,
                publisher,
                later_keys,
                org_memos[publisher.id],
                aliases[service.org_id],
                later_rng,
            )
            if listing is not None:
                listings.append(listing)
    return listings
