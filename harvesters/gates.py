"""The gates a harvest run must pass before it replaces a source's live data.

Pure functions of counts and fill rates, so each rule is tested on its own and the wiring
(:mod:`signpost.harvest`) only has to act on the verdict. A run that fails a gate is
quarantined: kept for inspection, the previous good data stays live.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from index.model import Service

MONITORED_FIELDS = ("description", "contact", "address")
"""Fields whose fill rate must not collapse: a template change that loses every phone
number or address still "finds" all the listings, and must not be published."""

COLLAPSE_FACTOR = 0.5
"""A monitored field collapses when its fill rate falls below half of what it was…"""
COLLAPSE_MIN_PREVIOUS = 0.3
"""…provided it was at least this common before (a field on 5 % of listings is noise)."""


def _filled(service: Service) -> dict[str, bool]:
    locs = service.locations
    return {
        "description": bool(service.description),
        "url": bool(service.url),
        "email": bool(service.email),
        "phone": bool(service.phones),
        "contact": bool(service.phones or service.email or service.url),
        "address": any(loc.address_1 or loc.postal_code for loc in locs),
        "postcode": any(loc.postal_code for loc in locs),
        "geo": any(loc.latitude is not None and loc.longitude is not None for loc in locs),
        "schedule": any(s.opens_at for s in service.schedules),
        "cost": service.is_free is not None or bool(service.cost_options),
        "ages": service.minimum_age is not None or service.maximum_age is not None,
        "categories": bool(service.categories or service.taxonomy_terms),
        "organization": service.organization is not None,
    }


def fill_rates(services: Iterable[Service]) -> dict[str, float]:
    """Share of listings (0–1, 3 decimals) that have each field; {} for no listings."""
    totals: dict[str, int] = {}
    n = 0
    for service in services:
        n += 1
        for name, filled in _filled(service).items():
            totals[name] = totals.get(name, 0) + int(filled)
    if n == 0:
        return {}
    return {name: round(count / n, 3) for name, count in totals.items()}


@dataclass(frozen=True)
class Verdict:
    publish: bool
    reason: str | None = None


def check_gates(
    *,
    records: int,
    fill: dict[str, float],
    previous_records: int,
    previous_fill: dict[str, float],
    max_shrink_ratio: float,
    incomplete: str | None = None,
) -> Verdict:
    """Publish, or quarantine with the first reason found (in the order a curator would
    want to read them)."""
    if incomplete:
        return Verdict(False, f"incomplete run: {incomplete}")
    if records == 0:
        return Verdict(False, "empty run: no listings found")
    if previous_records > 0:
        floor = previous_records * (1 - max_shrink_ratio)
        if records < floor:
            shrink = 1 - records / previous_records
            return Verdict(
                False,
                f"shrunk by {shrink:.0%} ({previous_records} → {records} listings), more than "
                f"the {max_shrink_ratio:.0%} allowed",
            )
    for name in MONITORED_FIELDS:
        before = previous_fill.get(name)
        now = fill.get(name, 0.0)
        if (
            before is not None
            and before >= COLLAPSE_MIN_PREVIOUS
            and now < before * COLLAPSE_FACTOR
        ):
            return Verdict(False, f"fill rate of {name} collapsed from {before:.0%} to {now:.0%}")
    return Verdict(True)
