"""The comparable form of one listing: what every comparator reads.

Built once per record from its normalised ``Service``; the pipeline (store records) and
``signpost dedup-file`` (JSONL lines turned into ``SourceRecord``s first) both come through
``comparable_from_record``, so the two can never judge the same listing differently.
"""

from __future__ import annotations

import operator
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from types import MappingProxyType
from typing import NamedTuple

from index.dedup.addresses import address_tokens, clean_town, house_numbers
from index.dedup.categories import Kind, default_categories
from index.dedup.contacts import email_key, phone_keys, registrable_domain, registration_number
from index.dedup.contrasts import borough_words
from index.dedup.names import initialisms, name_tokens, organisation_tokens, place_tokens
from index.geo import (
    borough_key,
    distance_km,
    find_postcodes,
    normalise_postcode,
    outcode_of,
    plausible_point,
)
from index.model import SourceRecord


@dataclass(slots=True)
class Comparable:
    id: str
    source: str
    name: str
    """The name as the source gave it (for explanations)."""
    tokens: tuple[str, ...]
    """Distinguishing name tokens (``normalise.name_tokens``), in order."""
    token_set: frozenset[str]
    name_key: str
    """Sorted distinct tokens joined by spaces: equal for reordered or re-punctuated names."""
    context: tuple[str, ...]
    """Tokens of the record's own organisation and place names (organisation, venue, street,
    locality, city, borough): in a service name (``Debt Advice (Citizens Advice Harrow) -
    Wealdstone``) they say who and where, which the other comparators judge."""
    terms: tuple[str, ...]
    """Signpost taxonomy terms of its categories and name (``categories.py``)."""
    kinds: tuple[Kind, ...]
    """The kinds of service its name names, with the words that name them
    (``Categories.kinds``)."""
    generic: frozenset[str]
    """Name words its categories make generic (``Walking`` under *Walking groups*)."""
    org_tokens: frozenset[str]
    org_compact: str
    """The organisation's tokens in order, joined: ``Food Bank`` = ``Foodbank``."""
    address: str
    """Normalised street address tokens joined by spaces ('' when unknown)."""
    numbers: tuple[str, ...]
    postcodes: tuple[str, ...]
    city: str
    borough: str
    point: tuple[float, float] | None
    phones: tuple[str, ...]
    emails: tuple[str, ...]
    domains: tuple[str, ...]
    charity: str | None
    company: str | None
    town_borough: str = ""
    """The borough of its town (``city``) when it has no postcode: two listings placed only by
    their towns, ``Harrow`` and ``Wembley``, are in two boroughs (``place_score``)."""
    places_named: tuple[str, ...] = ()
    """The words of the London places its name names (``named_places``; those near it are in
    ``context`` too): two names that each name a place of their own name two places."""


_row_of = operator.attrgetter(*Comparable.__slots__)


def in_id_order(comparables: Sequence[Comparable]) -> bool:
    """Whether the comparables come sorted by id, as a dedup run's do: then an index orders as
    its id does, and sorting by index saves comparing strings (blocking, clustering)."""
    return all(a.id < b.id for a, b in pairwise(comparables))


def comparable_rows(comparables: list[Comparable]) -> list[tuple[object, ...]]:
    """Comparables as plain tuples, the cheapest form to pickle (a third of the time of the
    objects themselves): how a forked worker hands them back (``passes.py``)."""
    return [_row_of(c) for c in comparables]


def comparables_from_rows(rows: list[tuple[object, ...]]) -> list[Comparable]:
    """``comparable_rows`` undone."""
    return [Comparable(*row) for row in rows]  # type: ignore[arg-type]


def place_by_postcode(comparables: Iterable[Comparable], locate: Locator | None) -> None:
    """Give each listing the borough of its (first) postcode, and the postcode's position when
    it has no coordinates, or with no postcode its town's borough, and the words of the places
    its name names (``named_places``): what ``comparable_from_fields`` does with
    ``locate``, for comparables built without it (forked workers do not share the gazetteer's
    database connection)."""
    if locate is None:
        return
    places = _named_places(locate)
    for comparable in comparables:
        if not comparable.postcodes:
            comparable.town_borough = town_borough_of(locate, comparable.city)
        else:
            found = locate(comparable.postcodes[0])
            if found is not None:
                if comparable.point is None:
                    comparable.point = (found.latitude, found.longitude)
                if found.borough:
                    comparable.borough = borough_of_text(found.borough)
        named, near = named_places(comparable.tokens, comparable.point, places, comparable.borough)
        if named:
            comparable.places_named = named
        if near:
            comparable.context = _with_extra(comparable.context, near)


# Small collections are tuples, not frozensets: a million records hold ten of them each, and a
# one-element frozenset takes four times the memory of a one-element tuple.


def _distinct(values: Iterable[str | None]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v for v in values if v))


@lru_cache(maxsize=65_536)
def _joined(tokens: tuple[str, ...]) -> str:
    """One shared string per organisation (organisations repeat across listings)."""
    return "".join(tokens)


@lru_cache(maxsize=262_144)
def _frozen(tokens: tuple[str, ...]) -> frozenset[str]:
    """One shared frozenset per distinct token tuple (names repeat across sources)."""
    return frozenset(tokens)


@lru_cache(maxsize=65_536)
def _postcode(field: str) -> str | None:
    return normalise_postcode(field)


def _postcodes_of(field: str | None, line1: str | None, line2: str | None) -> tuple[str, ...]:
    """The location's postcode from its own field; the address lines are searched only when
    that field is empty or not a postcode (some sources bury it in the address)."""
    found = _postcode(field) if field else None
    if found:
        return (found,)
    return tuple(dict.fromkeys(find_postcodes(line1) + find_postcodes(line2)))


def _context(
    place_names: list[str | None],
    org_name: str | None,
    postcodes: Iterable[str],
    tokens: tuple[str, ...],
    name: str,
    named_places: tuple[str, ...] = (),
) -> tuple[str, ...]:
    """The record's own organisation and place words, the initials its organisation goes by
    (``Harlesden CA`` for Harlesden Community Association), its postcodes' districts
    (``Harrow Carers Support Group (HA2)``), the London boroughs its name ``tokens`` name
    (``Age UK Bromley and Greenwich`` at a Bromley address: Greenwich says whose branch it is,
    not which service), the initials the ``name`` itself goes by, written beside it, and the
    London places it names that lie near it (``named_places``)."""
    context = place_tokens(*place_names, org_name)
    extra = initialisms(org_name) if org_name else ()
    extra += named_places
    extra += tuple(outcode_of(pc).lower() for pc in postcodes)
    extra += borough_words(tokens)
    if _may_spell_itself(tokens):
        # A name's own initials beside it (``Harrow Association of Disabled People (HAD)``)
        # say which organisation, like the initials of its organisation.
        extra += tuple(t for t in initialisms(name) if t in tokens)
    return _with_extra(context, extra) if extra else context


def _may_spell_itself(tokens: tuple[str, ...]) -> bool:
    """Whether a word of the name could be the initials of others of its words (three or
    more): a quick test that spares most names ``initialisms``."""
    if len(tokens) < 4:
        return False
    initials = "".join(t[0] for t in tokens)
    return any(2 < len(t) < len(tokens) and t in initials for t in tokens)


@lru_cache(maxsize=65_536)
def _with_extra(context: tuple[str, ...], extra: tuple[str, ...]) -> tuple[str, ...]:
    """One shared tuple per distinct context (a venue's listings repeat it)."""
    return tuple(sorted(set(context).union(extra)))


class NamedPlace(NamedTuple):
    """A London place a service name may name (``Palmers Green``): its name's words, as a
    name's tokens, and its centre."""

    words: tuple[str, ...]
    latitude: float
    longitude: float
    borough: str = ""
    """The place's borough key (``borough_of_text``), '' where the gazetteer gives none."""


NamedPlaces = Mapping[str, Sequence[NamedPlace]]
"""A place's first word → the places whose names begin with it."""

NEAR_NAMED_PLACE_KM = 2.0
"""A place named in a listing's name is where the listing is when its centre is this near: a
London neighbourhood is a kilometre or two across."""

FAR_NAMED_PLACE_KM = 5.0
"""A place of another borough this far from where the listing is, by its own position, is not
what its name means: ``C25K – Ridgeway Park`` at a park in Chingford names the park, not
Ridgeway in Enfield eight kilometres off. (A borough's own office listing services across the
borough names places of that borough, which are kept.)"""

STREET_WORDS = frozenset(
    ("road", "street", "lane", "avenue", "drive", "crescent", "close", "terrace", "way")
)
"""Tokens after a place's words that make them a street's name: ``Lunch Club – Kingsbury Road``
in Dalston is on a road named after Kingsbury, not in it (street types come as ``road``,
``street``… once tokenised: ``Rd`` is ``road``)."""


def named_places(
    tokens: tuple[str, ...],
    point: tuple[float, float] | None,
    places: NamedPlaces,
    borough: str = "",
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words of the London places a name names, and of those that lie near the listing:
    ``Smile Dentist – Palmers Green`` at 112 Green Lanes, N13, says where it is, as its address
    does, when its source wrote "London" for the town. An unplaced listing's places are never
    near it. A place's name that goes on to a street type names the street, and one of another
    borough far from the listing (``FAR_NAMED_PLACE_KM``, given the listing's ``borough``) a
    venue named after it: neither is a place the name names."""
    if not places or places.keys().isdisjoint(tokens):
        return (), ()  # the common case
    named: list[str] = []
    near: list[str] = []
    for i, token in enumerate(tokens):
        for place in places.get(token, ()):
            end = i + len(place.words)
            if tokens[i:end] != place.words:
                continue
            if end < len(tokens) and tokens[end] in STREET_WORDS:
                continue
            if point is None:
                named.extend(place.words)
                continue
            km = distance_km(point[0], point[1], place.latitude, place.longitude)
            if km > FAR_NAMED_PLACE_KM and borough and place.borough and borough != place.borough:
                continue
            named.extend(place.words)
            if km <= NEAR_NAMED_PLACE_KM:
                near.extend(place.words)
    return tuple(dict.fromkeys(named)), tuple(dict.fromkeys(near))


_NO_PLACES: NamedPlaces = MappingProxyType({})


def _named_places(locate: Locator | None) -> NamedPlaces:
    """The London places a locator knows (``GazetteerLocator.named_places``), or none (one
    shared empty mapping: this runs for every listing a worker builds)."""
    return getattr(locate, "named_places", None) or _NO_PLACES


class PostcodePlace(NamedTuple):
    """Where an exact postcode is (the gazetteer): its position and its borough."""

    latitude: float
    longitude: float
    borough: str | None = None


Locator = Callable[[str], PostcodePlace | None]
"""Postcode → where that exact postcode is, or None (the gazetteer). A locator may also name
a town's borough (``town_borough_of``)."""


def town_borough_of(locate: Locator | None, town: str) -> str:
    """The borough key of a London town as the gazetteer's place names know it (``Wembley`` →
    ``brent``), '' when the locator knows no towns, the name is no one place (``Hayes``: two
    boroughs have one) or not in London."""
    boroughs = getattr(locate, "town_borough", None)
    if boroughs is None or not town:
        return ""
    found = boroughs(town)
    return borough_of_text(found) if found else ""


@lru_cache(maxsize=1_024)
def borough_of_text(text: str) -> str:
    """One key per borough however it is written ("London Borough of Harrow" = "Harrow"),
    '' for a name that is no particular place ("London")."""
    town = clean_town(text)
    return sys.intern(borough_key(town)) if town else ""


class Place(NamedTuple):
    """What the comparable form reads of one location."""

    name: str | None
    address_1: str | None
    address_2: str | None
    city: str | None
    borough: str | None
    postal_code: str | None
    latitude: float | None
    longitude: float | None


class Fields(NamedTuple):
    """Every value of a record that its comparable form is built from, however it was read
    (a model here, plain data in ``plain.py``): one builder, so the two cannot diverge."""

    source_id: str
    name: str
    url: str | None
    email: str | None
    has_org: bool
    org_name: str | None
    org_email: str | None
    org_website: str | None
    charity_number: str | None
    company_number: str | None
    places: list[Place]
    phone_numbers: list[str]
    categories: list[str]


def fields_of_record(record: SourceRecord) -> Fields:
    service = record.service
    org = service.organization
    return Fields(
        source_id=record.source_id,
        name=service.name,
        url=service.url,
        email=service.email,
        has_org=org is not None,
        org_name=org.name if org is not None else None,
        org_email=org.email if org is not None else None,
        org_website=org.website if org is not None else None,
        charity_number=org.charity_number if org is not None else None,
        company_number=org.company_number if org is not None else None,
        places=[
            Place(
                loc.name,
                loc.address_1,
                loc.address_2,
                loc.city,
                loc.borough,
                loc.postal_code,
                loc.latitude,
                loc.longitude,
            )
            for loc in service.locations
        ],
        phone_numbers=[phone.number for phone in service.phones],
        categories=service.categories,
    )


def comparable_from_record(
    record: SourceRecord, record_id: str | None = None, locate: Locator | None = None
) -> Comparable:
    """The one conversion from a source record to what the comparators compare.

    ``record_id`` saves recomputing ``record.id`` when the caller has it. ``locate`` places a
    listing that has a postcode but no coordinates (some sources give none), so that distance,
    not just "another postcode district", says how far apart two listings are."""
    return comparable_from_fields(fields_of_record(record), record_id or record.id, locate)


def comparable_from_fields(f: Fields, record_id: str, locate: Locator | None = None) -> Comparable:
    """The comparable form from a record's ``Fields``."""
    tokens = name_tokens(f.name)
    if not tokens and f.has_org:
        tokens = name_tokens(f.org_name)

    postcodes: set[str] = set()
    place_names: list[str | None] = []
    address = ""
    numbers: tuple[str, ...] = ()
    city = ""
    borough = ""
    point: tuple[float, float] | None = None
    for loc in f.places:
        postcodes.update(_postcodes_of(loc.postal_code, loc.address_1, loc.address_2))
        if not address and loc.address_1:
            addr_tokens = address_tokens(" ".join(p for p in (loc.address_1, loc.address_2) if p))
            address = " ".join(addr_tokens)
            numbers = tuple(sorted(house_numbers(addr_tokens)))
        place_names.extend((loc.name, loc.address_1, loc.address_2, loc.city, loc.borough))
        if not city and loc.city:
            city = sys.intern(clean_town(loc.city))
        if not borough and loc.borough:
            borough = borough_of_text(loc.borough)
        if point is None and loc.latitude is not None and loc.longitude is not None:
            # A position nowhere in Britain is a feed's slip (``index.geo.plausible_point``;
            # harvesting already mends it, records stored before it did are read so too).
            point = plausible_point(float(loc.latitude), float(loc.longitude))[0]

    if postcodes and locate is not None:
        found = locate(min(postcodes))
        if found is not None:
            if point is None:
                point = (found.latitude, found.longitude)
            if found.borough:
                # The postcode's borough, not the listing's word for it: a directory may
                # write its own borough on a listing over the border.
                borough = borough_of_text(found.borough)
    town_borough = "" if postcodes else town_borough_of(locate, city)
    org_tokens = organisation_tokens(f.org_name) if f.has_org and f.org_name else ()

    phones: list[str] = []
    for number in f.phone_numbers:
        for key in phone_keys(number):
            if key not in phones:
                phones.append(key)

    emails = _distinct(email_key(x) for x in (f.email, f.org_email) if x)
    domains = _distinct(
        registrable_domain(x) for x in (f.url, f.org_website, f.email, f.org_email) if x
    )
    categories = default_categories()
    terms = categories.terms(f.categories, f.name)
    places_named, near_places = named_places(tokens, point, _named_places(locate), borough)
    return Comparable(
        id=record_id,
        source=sys.intern(f.source_id),
        name=f.name,
        tokens=tokens,
        token_set=_frozen(tokens),
        name_key=" ".join(sorted(set(tokens))),
        context=_context(
            place_names,
            f.org_name if f.has_org else None,
            postcodes,
            tokens,
            f.name,
            near_places,
        ),
        terms=terms,
        kinds=categories.kinds(tokens),
        generic=categories.words(terms),
        org_tokens=_frozen(org_tokens),
        org_compact=_joined(org_tokens),
        address=address,
        numbers=numbers,
        postcodes=tuple(sorted(postcodes)),
        city=city,
        borough=borough,
        point=point,
        phones=tuple(phones),
        emails=emails,
        domains=domains,
        charity=registration_number(f.charity_number) if f.has_org else None,
        company=registration_number(f.company_number) if f.has_org else None,
        town_borough=town_borough,
        places_named=places_named,
    )
