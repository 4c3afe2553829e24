"""A merged service flattened into what a search index needs: weighted text fields, facet
values, points, opening ranges and the ready-made result card.

Both backends index ``IndexDocument``s, so the embedded and Elasticsearch indexes agree on what
a service's categories, borough, cost and opening hours are.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from index.geo import (
    Gazetteer,
    UnknownPostcode,
    find_postcodes,
    normalise_postcode,
    plausible_point,
)
from index.model import DAYS, Location, MergedService
from index.search.areas import area_keys, covered_boroughs
from index.search.hits import hit_fields, is_free, plain_text
from index.search.schedule import MINUTES_PER_DAY, week_ranges
from index.taxonomy import Taxonomy

INDEXED_STATUSES = frozenset({"active", "temporarily closed"})
"""Inactive and defunct services stay in the store (with provenance) but are not offered."""

COST_LABELS = {"free": "Free", "paid": "Paid", "unknown": "Cost not stated"}


@dataclass
class IndexDocument:
    id: str
    name: str
    categories_text: str
    organization: str
    description: str
    place_text: str
    category_ids: list[str]
    category_names: dict[str, str]
    boroughs: list[str]
    """Boroughs of its locations, then London boroughs its service areas cover."""
    sources: list[str]
    cost: str
    """``free`` | ``paid`` | ``unknown``."""
    min_age: int | None
    max_age: int | None
    points: list[tuple[float, float]]
    hours: list[tuple[int, int, bool]]
    hit: dict[str, object]
    """The query-independent ``SearchHit`` fields (``index.search.hits.hit_fields``)."""
    facets: list[tuple[str, str]] = field(default_factory=list)
    """(facet, value) pairs, see ``facet_values``."""
    suggest_names: list[str] = field(default_factory=list)
    area_keys: list[str] = field(default_factory=list)
    """Keys of the areas the service covers (``index.search.areas``)."""

    @property
    def is_free(self) -> bool:
        return self.cost == "free"

    def facet_values(self) -> list[tuple[str, str]]:
        """(facet, value) pairs: ``category``, ``borough``, ``cost``, ``source`` (shown as
        facets), ``open`` — each day the service opens, which lets "open on Saturday" be
        answered from a set and narrows "open now" before times are checked — and ``area``,
        the keys of the areas it covers (``index.search.areas``)."""
        if not self.facets:
            pairs = [("category", c) for c in self.category_ids]
            pairs += [("borough", b) for b in self.boroughs]
            pairs += [("source", s) for s in self.sources]
            pairs.append(("cost", self.cost))
            pairs += [("open", DAYS[d]) for d in self.open_days()]
            pairs += [("area", k) for k in self.area_keys]
            self.facets = list(dict.fromkeys(pairs))
        return self.facets

    def open_days(self) -> list[int]:
        """Day indexes (Monday 0) on which some opening range falls (a range is at most a
        day and a bit long, so its first and last minute name every day it touches)."""
        days = {(s // MINUTES_PER_DAY) % 7 for s, _, _ in self.hours}
        days |= {((e - 1) // MINUTES_PER_DAY) % 7 for _, e, _ in self.hours}
        return sorted(days)


@dataclass(frozen=True)
class _Place:
    lat: float | None
    lon: float | None
    borough: str | None
    postcode: str | None


def _age(value: int | None) -> int | None:
    return value if value is not None and value >= 0 else None  # ORUK feeds use -1 for "none"


class DocumentBuilder:
    """Turns merged services into documents; holds the taxonomy and the gazetteer (which gives
    a listing without coordinates its position and borough from its postcode)."""

    def __init__(self, taxonomy: Taxonomy, gazetteer: Gazetteer | None = None) -> None:
        self.taxonomy = taxonomy
        self.gazetteer = gazetteer

    def _place(self, loc: Location) -> _Place:
        postcode = normalise_postcode(loc.postal_code) if loc.postal_code else None
        if postcode is None:
            found = find_postcodes(" ".join(filter(None, [loc.address_1, loc.address_2, loc.city])))
            postcode = found[0] if found else None
        point, _problem = plausible_point(loc.latitude, loc.longitude)
        lat, lon = point if point else (None, None)
        borough = loc.borough
        if self.gazetteer is not None and postcode and (lat is None or lon is None or not borough):
            try:
                info = self.gazetteer.lookup(postcode)
            except UnknownPostcode:
                info = None
            if info is not None:
                if lat is None or lon is None:
                    lat, lon = info.latitude, info.longitude
                borough = borough or info.borough
        return _Place(lat, lon, borough, postcode or loc.postal_code)

    def build(self, merged: MergedService) -> IndexDocument | None:
        """``None`` for services that must not be offered (inactive, defunct)."""
        s = merged.service
        if s.status not in INDEXED_STATUSES:
            return None
        terms = self.taxonomy.terms_for(s)
        places = [self._place(loc) for loc in s.locations]
        points = [(p.lat, p.lon) for p in places if p.lat is not None and p.lon is not None]
        areas = [a.name for a in s.service_areas]
        located = [p.borough for p in places if p.borough]
        boroughs = list(dict.fromkeys([*located, *covered_boroughs(areas)]))
        primary = places[0] if places else None
        description = plain_text(s.description)
        free = is_free(s)
        cost = "unknown" if free is None else ("free" if free else "paid")
        org = s.organization.name if s.organization else ""
        labels = [t.name for t in terms] + [c for c in s.categories if c]
        address = s.locations[0].one_line_address() if s.locations else None
        if primary and primary.postcode and address and primary.postcode not in address:
            address = f"{address}, {primary.postcode}"
        hit = hit_fields(
            merged,
            categories=[t.name for t in terms],
            address=address,
            postcode=primary.postcode if primary else None,
            borough=primary.borough if primary else None,
            latitude=points[0][0] if points else None,
            longitude=points[0][1] if points else None,
            description=description,
            free=free,
            service_areas=areas,
        )
        place_text = " ".join(
            filter(None, [*(loc.one_line_address() for loc in s.locations), *boroughs, *areas])
        )
        return IndexDocument(
            id=merged.id,
            name=s.name,
            categories_text=" | ".join(dict.fromkeys(labels)),
            organization=org,
            description=description,
            place_text=place_text,
            category_ids=[t.id for t in terms],
            category_names={t.id: t.name for t in terms},
            boroughs=boroughs,
            sources=list(dict.fromkeys(merged.source_ids)),
            cost=cost,
            min_age=_age(s.minimum_age),
            max_age=_age(s.maximum_age),
            points=points,
            hours=week_ranges(s.schedules),
            hit=hit,
            suggest_names=[s.name],
            area_keys=area_keys(areas),
        )
