"""Survivorship: one merged ``Service`` per cluster, with every field's provenance.

The rule, per field: take the value from the best-ranked member that has one, where members rank
by

1. most recently updated — the day the source says the listing last changed, or else the day
   it was fetched (days, not seconds: sources harvested the same day are equally fresh);
2. then most complete — more filled-in fields;
3. then source priority from ``sources.toml`` (higher wins);
4. then record id, so the result never depends on input order.

Lists where every copy adds something — phones, categories, taxonomy terms, languages,
accessibility, service areas — are the union of all members (distinct values, best-ranked first); the union of
raw categories is then mapped to Signpost taxonomy terms (``index.taxonomy``), which replace any
Signpost terms the copies carried. Locations,
schedules and cost options are taken whole from one member: mixing one source's opening hours
with another's is how wrong hours are made.

Merged ids are stable: a cluster keeps the id most of its members had last time, so adding a
new copy or losing one does not change a service's URL.
"""

from __future__ import annotations

import operator
from collections import Counter
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from index.dedup.contacts import phone_keys
from index.model import (
    MergedService,
    Organization,
    ProvenanceEntry,
    Service,
    SourceRecord,
    assemble,
    stable_id,
)
from index.taxonomy import Taxonomy, default_taxonomy, signpost_terms

SCALAR_FIELDS: tuple[str, ...] = (
    "name",
    "description",
    "url",
    "email",
    "status",
    "fees_description",
    "is_free",
    "eligibility_description",
    "minimum_age",
    "maximum_age",
    "referral",
    "cost_options",
    "locations",
    "schedules",
)
"""Taken whole from the best-ranked member that has a value."""

UNION_FIELDS: tuple[str, ...] = (
    "phones",
    "categories",
    "taxonomy_terms",
    "languages",
    "accessibility",
    "service_areas",
)
ORGANIZATION_FIELDS: tuple[str, ...] = (
    "name",
    "description",
    "email",
    "website",
    "charity_number",
    "company_number",
)

SERVICE_FIELDS: tuple[str, ...] = SCALAR_FIELDS + UNION_FIELDS
ORGANIZATION_PROVENANCE: dict[str, str] = {
    name: f"organization.{name}" for name in ORGANIZATION_FIELDS
}
"""Each organisation field's key in a merged service's provenance."""
SINGLE_FIELDS: tuple[str, ...] = (*SCALAR_FIELDS, *UNION_FIELDS, "last_modified")
"""The service fields whose provenance a cluster of one gives, in the general rule's order."""

DEFAULT_PRIORITY = 50

NO_SOURCE: list[ProvenanceEntry] = []
"""The provenance of a field no copy has a value for. One shared list, like ``Member.alone``:
merged services' provenance is read, never edited."""


EMPTY: tuple[Any, ...] = (None, "", [])
"""What counts as no value. ``value not in EMPTY`` is one C-level test, which the hot loops
below use inline; ``_filled`` is the same test by name."""


def _filled(value: Any) -> bool:
    return value not in EMPTY


def updated_day(record: SourceRecord) -> date:
    stamp = record.service.last_modified or record.fetched_at
    return stamp.date()


_service_values = operator.itemgetter(*SERVICE_FIELDS)
_organization_values = operator.itemgetter(*ORGANIZATION_FIELDS)
_location_values = operator.itemgetter("address_1", "postal_code", "latitude", "city")


def _count_filled(values: tuple[Any, ...]) -> int:
    """How many of the values are filled: ``_filled`` of each, counted by ``tuple.count``
    (which compares as ``in`` does, identity first, then equality) in C, once per ``EMPTY``
    value."""
    return len(values) - sum(map(values.count, EMPTY))


def completeness(service: Service) -> int:
    """Filled-in fields, counting the organisation's and the first location's details."""
    # Read from the models' ``__dict__``: every member of every cluster is ranked by it.
    count = _count_filled(_service_values(service.__dict__))
    if service.organization is not None:
        count += _count_filled(_organization_values(service.organization.__dict__))
    if service.locations:
        count += _count_filled(_location_values(service.locations[0].__dict__))
    return count


@dataclass(frozen=True, slots=True)
class Member:
    """A record with its provenance entry and source priority, worked out once."""

    id: str
    record: SourceRecord
    priority: int
    entry: ProvenanceEntry
    alone: list[ProvenanceEntry]
    """``[entry]``, shared by every field this member alone supplies: the merged services'
    provenance is read, never edited, and a million records' thirty one-entry lists each are
    gigabytes."""

    @classmethod
    def of(
        cls, record: SourceRecord, priorities: Mapping[str, int], record_id: str | None = None
    ) -> Member:
        record_id = record_id or record.id
        # Built from an already validated record, so validation would only cost time.
        entry = assemble(
            ProvenanceEntry,
            {
                "record_id": record_id,
                "source_id": record.source_id,
                "source_url": record.source_url,
                "fetched_at": record.fetched_at,
            },
        )
        priority = priorities.get(record.source_id, DEFAULT_PRIORITY)
        return cls(record_id, record, priority, entry, [entry])

    def rank(self) -> tuple[int, int, int, str]:
        """Sort key, best member first (the rule in the module docstring)."""
        return (
            -updated_day(self.record).toordinal(),
            -completeness(self.record.service),
            -self.priority,
            self.id,
        )


def rank_members(members: Sequence[Member]) -> list[Member]:
    if len(members) == 1:
        return list(members)
    return sorted(members, key=Member.rank)


def _union(
    ranked: Sequence[Member],
    values_of: Callable[[Service], Sequence[Any]],
    key_of: Callable[[Any], Hashable],
) -> tuple[list[Any], list[ProvenanceEntry]]:
    """Distinct values, best-ranked member's first; and every member that holds one of them."""
    seen: set[Hashable] = set()
    values: list[Any] = []
    holders: list[ProvenanceEntry] = []
    for member in ranked:
        held = values_of(member.record.service)
        if not held:
            continue
        holders.append(member.entry)
        for value in held:
            key = key_of(value)
            if key not in seen:
                seen.add(key)
                values.append(value)
    return values, holders


def _phone_key(phone: Any) -> Hashable:
    keys = phone_keys(phone.number)
    return keys[0] if keys else phone.number.strip().lower()


def _text_key(value: Any) -> Hashable:
    return str(value).strip().casefold()


def _term_key(term: Any) -> Hashable:
    return (term.taxonomy, term.id)


def _area_key(area: Any) -> Hashable:
    return " ".join(str(area.name).casefold().split())


UNION_KEYS: dict[str, Callable[[Any], Hashable]] = {
    "phones": _phone_key,
    "categories": _text_key,
    "taxonomy_terms": _term_key,
    "languages": _text_key,
    "accessibility": _text_key,
    "service_areas": _area_key,
}


def _classified(values: Mapping[str, Any], taxonomy: Taxonomy) -> list[Any]:
    """``taxonomy_terms`` of a merged service's values (``taxonomy.signpost_terms``)."""
    return signpost_terms(
        values["taxonomy_terms"],
        values["categories"],
        values["name"],
        values["description"],
        taxonomy,
    )


def merge_cluster(
    merged_id: str, members: Sequence[Member], taxonomy: Taxonomy | None = None
) -> MergedService:
    """The best-of-every-copy service of one cluster, saying where each field came from."""
    tax = taxonomy or default_taxonomy()
    if len(members) == 1:
        org = members[0].record.service.organization
        if org is None or org.name:
            return _merge_single(merged_id, members[0], tax)
    return _merge_general(merged_id, members, tax)


def _merge_single(merged_id: str, member: Member, taxonomy: Taxonomy) -> MergedService:
    """A cluster of one: the same result as the general rule (tested), without ranking or
    rebuilding anything — most services are listed by one source only."""
    service = member.record.service
    alone = member.alone
    # Read from the model's ``__dict__`` with ``not in EMPTY`` (``_filled`` inline): this runs
    # once per service listed by one source alone.
    values = dict(service.__dict__)
    values["id"] = merged_id
    for name in UNION_FIELDS:
        held = values[name]
        if len(held) > 1:
            distinct, _holders = _union([member], operator.attrgetter(name), UNION_KEYS[name])
            if len(distinct) != len(held):
                values[name] = distinct
    provenance: dict[str, list[ProvenanceEntry]] = {
        name: alone if values[name] not in EMPTY else NO_SOURCE for name in SINGLE_FIELDS
    }
    org = service.organization
    if org is None:
        for name in ORGANIZATION_FIELDS:
            provenance[ORGANIZATION_PROVENANCE[name]] = NO_SOURCE
    else:
        org_values = org.__dict__
        for name in ORGANIZATION_FIELDS:
            filled = org_values[name] not in EMPTY
            provenance[ORGANIZATION_PROVENANCE[name]] = alone if filled else NO_SOURCE
    provenance["organization"] = alone if org is not None else NO_SOURCE
    classified_from = service.name or service.description or service.categories
    provenance["taxonomy_terms"] = alone if classified_from or service.taxonomy_terms else NO_SOURCE
    values["taxonomy_terms"] = _classified(values, taxonomy)
    return assemble(
        MergedService,
        {
            "id": merged_id,
            "service": assemble(Service, values),
            "member_ids": [member.id],
            "provenance": provenance,
            "source_ids": [member.record.source_id],
            "updated_at": member.record.fetched_at,
        },
    )


def _merge_general(merged_id: str, members: Sequence[Member], taxonomy: Taxonomy) -> MergedService:
    ranked = rank_members(members)
    values: dict[str, Any] = {}
    provenance: dict[str, list[ProvenanceEntry]] = {}

    fields = [(m, m.record.service.__dict__) for m in ranked]
    for name in SCALAR_FIELDS:
        for m, f in fields:
            value = f[name]
            if value not in EMPTY:
                values[name] = value
                provenance[name] = m.alone
                break
        else:
            values[name] = fields[0][1][name]
            provenance[name] = NO_SOURCE

    for name in UNION_FIELDS:
        merged, holders = _union(ranked, operator.attrgetter(name), UNION_KEYS[name])
        values[name] = merged
        provenance[name] = holders

    dated = [m for m in ranked if m.record.service.last_modified is not None]
    newest = max(dated, key=lambda m: (m.record.service.last_modified, m.id), default=None)
    values["last_modified"] = newest.record.service.last_modified if newest else None
    provenance["last_modified"] = newest.alone if newest else NO_SOURCE

    org_values: dict[str, Any] = {}
    org_holders: list[ProvenanceEntry] = []
    with_org = [
        (m, m.record.service.organization)
        for m in ranked
        if m.record.service.organization is not None
    ]
    first_org: Organization | None = None
    for name in ORGANIZATION_FIELDS:
        for m, o in with_org:
            value = o.__dict__[name]
            if value not in EMPTY:
                org_values[name] = value
                provenance[ORGANIZATION_PROVENANCE[name]] = m.alone
                if m.entry not in org_holders:
                    org_holders.append(m.entry)
                if name == "name":
                    first_org = o
                break
        else:
            org_values[name] = None
            provenance[ORGANIZATION_PROVENANCE[name]] = NO_SOURCE
    # The values come from validated records, so the merged models are assembled without
    # validating them again (it was most of the merge's cost).
    values["organization"] = (
        assemble(Organization, {"id": first_org.id, **org_values})
        if first_org is not None
        else None
    )
    provenance["organization"] = org_holders
    values["id"] = merged_id
    values["taxonomy_terms"] = _classified(values, taxonomy)
    # The Signpost terms are classified from the merged labels, name and description.
    used = {e.record_id for e in provenance["categories"] + provenance["taxonomy_terms"]}
    used.update(e.record_id for e in provenance["name"] + provenance["description"])
    provenance["taxonomy_terms"] = [m.entry for m in ranked if m.id in used]
    return assemble(
        MergedService,
        {
            "id": merged_id,
            "service": assemble(Service, values),
            "member_ids": sorted(m.id for m in members),
            "provenance": provenance,
            "source_ids": sorted({m.record.source_id for m in members}),
            "updated_at": max(m.record.fetched_at for m in members),
        },
    )


MERGED_PREFIX = "s-"


def new_merged_id(smallest_member_id: str) -> str:
    return MERGED_PREFIX + stable_id("merged", smallest_member_id)


def assign_merged_ids(clusters: Sequence[Sequence[str]], previous: Mapping[str, str]) -> list[str]:
    """An id per cluster (clusters given as sorted record ids).

    Each cluster claims the previous merged id most of its members held; contested ids go to
    the cluster holding more of its members (then to the one with the smaller first member).
    A cluster left without an id gets one derived from its smallest member, never one that a
    previous cluster used, so an old URL cannot come to mean a different service.
    """
    claims: list[tuple[int, str, str, int]] = []
    for index, members in enumerate(clusters if previous else ()):
        held = [previous[m] for m in members if m in previous]
        if not held:
            continue  # a cluster of new records claims nothing
        for old_id, count in Counter(held).items():
            claims.append((-count, members[0], old_id, index))
    claims.sort()
    ids: list[str | None] = [None] * len(clusters)
    used: set[str] = set()
    for _count, _first, old_id, index in claims:
        if ids[index] is None and old_id not in used:
            ids[index] = old_id
            used.add(old_id)
    reserved = set(previous.values())
    out: list[str] = []
    for index, members in enumerate(clusters):
        chosen = ids[index]
        if chosen is None:
            base = new_merged_id(members[0])
            chosen, n = base, 1
            while chosen in used or chosen in reserved:
                chosen = f"{base}-{n}"
                n += 1
            used.add(chosen)
        out.append(chosen)
    return out
