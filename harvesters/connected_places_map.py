"""A Connected Places service (and its service locations) → our Service.

Both API generations are read: ``criteria`` (v1) and ``eligibility_types.custom`` (v2) for
who a service is for; accessibility comes as flags (``has_wheelchair_access``,
``has_induction_loop``, v2's ``has_accessible_toilet``) plus free text. Descriptions are
Markdown (the admin's editor): rendered to HTML here, sanitised by the pipeline like any
description. Opening hours that are not weekly (monthly, fortnightly, "2nd Tuesday") are kept
as text rather than forced into a weekly row.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from markdown_it import MarkdownIt

from harvesters.expect import ParseError
from harvesters.normalise import (
    clean_text,
    normalise_email,
    normalise_url,
    parse_age_range,
    parse_cost,
    parse_opening_times,
    phones_from,
    postcode_from,
)
from harvesters.timestamps import aware_datetime
from harvesters.values import as_dict, as_list, as_text
from harvesters.weekly import clock, merge_weekly, weekday
from index.model import Location, Organization, Schedule, Service, TaxonomyTerm

_ORDINALS = {1: "1st", 2: "2nd", 3: "3rd", 4: "4th", 5: "5th"}
_ACCESS_TITLES = re.compile(r"(?i)access|refer|how to|apply|join")
_WHEN_TITLES = re.compile(r"(?i)^(when|times?|opening)")


@lru_cache(maxsize=1)
def _markdown() -> MarkdownIt:
    # Raw HTML inside the Markdown is not rendered (the API sanitises it anyway).
    return MarkdownIt("commonmark", {"html": False})


def markdown_html(text: str | None) -> str | None:
    if not text or not text.strip():
        return None
    return _markdown().render(text).strip() or None


def eligibility(service: dict[str, Any]) -> dict[str, str | None]:
    """The free-text eligibility fields of either generation."""
    source = as_dict(service.get("criteria")) or as_dict(
        as_dict(service.get("eligibility_types")).get("custom")
    )
    return {key: as_text(value) for key, value in source.items()}


def schedules(service_locations: list[dict[str, Any]]) -> list[Schedule]:
    weekly: list[tuple[str, str | None, str | None]] = []
    other: list[Schedule] = []
    for sl in service_locations:
        for row in map(as_dict, as_list(sl.get("regular_opening_hours"))):
            day = weekday(row.get("weekday"))
            opens, closes = clock(row.get("opens_at")), clock(row.get("closes_at"))
            frequency = as_text(row.get("frequency")) or "weekly"
            if frequency == "weekly" and day:
                weekly.append((day, opens, closes))
                continue
            if frequency == "monthly":
                text = f"Monthly on day {row.get('day_of_month')}"
            elif frequency == "nth_occurrence_of_month" and day:
                nth = _ORDINALS.get(int(row.get("occurrence_of_month") or 0), "")
                text = f"{nth} {day} of the month".strip()
            elif frequency == "fortnightly":
                text = f"Fortnightly from {row.get('starts_at')}"
            else:
                text = frequency
            other.append(
                Schedule(
                    opens_at=opens,
                    closes_at=closes,
                    freq="MONTHLY" if "month" in frequency else None,
                    description=f"{text}, {opens}–{closes}" if opens and closes else text,
                )
            )
    return merge_weekly(weekly) + other


def _accessibility(location: dict[str, Any]) -> list[str]:
    found = []
    if location.get("has_wheelchair_access"):
        found.append("Wheelchair accessible")
    if location.get("has_induction_loop"):
        found.append("Induction loop")
    if location.get("has_accessible_toilet"):
        found.append("Accessible toilet")
    info = as_text(location.get("accessibility_info"))
    found += [p for p in (clean_text(x) for x in re.split(r"[;\n]", info or "")) if p]
    return found


def location(sl: dict[str, Any]) -> Location | None:
    place = as_dict(sl.get("location"))
    if not place:
        return None
    lines = [as_text(place.get(f"address_line_{n}")) for n in (1, 2, 3)]
    lat, lon = place.get("lat"), place.get("lon")
    return Location(
        id=as_text(place.get("id")),
        name=as_text(sl.get("name")),
        address_1=lines[0],
        address_2=", ".join(x for x in lines[1:] if x) or None,
        city=as_text(place.get("city")),
        postal_code=postcode_from(as_text(place.get("postcode")), *lines),
        latitude=float(lat) if isinstance(lat, int | float) else None,
        longitude=float(lon) if isinstance(lon, int | float) else None,
        accessibility=_accessibility(place),
    )


def service_from_connected_places(
    data: dict[str, Any], service_locations: list[dict[str, Any]], url: str
) -> Service:
    """Map one service; ParseError when it has no id or no name."""
    if not as_text(data.get("id")):
        raise ParseError(url, "id", "not found")
    name = as_text(data.get("name"))
    if not name:
        raise ParseError(url, "name", "not found")
    who = eligibility(data)
    fees = as_text(data.get("fees_text"))
    is_free, costs = parse_cost(fees)
    if data.get("is_free") is True:
        is_free = True
    elif data.get("is_free") is False and is_free is None:
        is_free = False
    min_age, max_age = parse_age_range(who.get("age_group"))
    infos = [as_dict(i) for i in as_list(data.get("useful_infos"))]
    referral = next(
        (
            as_text(i.get("description"))
            for i in infos
            if _ACCESS_TITLES.search(i.get("title") or "")
        ),
        None,
    )
    rows = schedules(service_locations)
    if not rows:
        for info in infos:
            if _WHEN_TITLES.search(info.get("title") or ""):
                rows += parse_opening_times(as_text(info.get("description")))
    org = as_dict(data.get("organisation"))
    organization = None
    if as_text(org.get("name")):
        organization = Organization(
            id=as_text(org.get("id")),
            name=as_text(org.get("name")) or "",
            email=normalise_email(as_text(org.get("email"))),
            website=normalise_url(as_text(org.get("url"))),
        )
    terms = [
        TaxonomyTerm(
            id=as_text(t.get("id")) or "",
            name=as_text(t.get("name")) or "",
            taxonomy="connected-places",
            parent_id=as_text(t.get("parent_id")),
        )
        for t in map(as_dict, as_list(data.get("category_taxonomies")))
        if as_text(t.get("id")) and as_text(t.get("name"))
    ]
    locations = [loc for loc in (location(sl) for sl in service_locations) if loc]
    languages = [p for p in (clean_text(x) for x in (who.get("language") or "").split(",")) if p]
    status = as_text(data.get("status")) or "active"
    modified = as_text(data.get("last_modified_at")) or as_text(data.get("updated_at"))
    markdown = data.get("description")
    return Service(
        id="pending",
        name=name,
        description=markdown_html(markdown if isinstance(markdown, str) else None)
        or as_text(data.get("intro")),
        url=normalise_url(as_text(data.get("url"))),
        email=normalise_email(as_text(data.get("contact_email"))),
        status="inactive" if status == "inactive" else "active",
        fees_description=fees,
        is_free=is_free,
        cost_options=costs,
        eligibility_description=who.get("other"),
        minimum_age=min_age,
        maximum_age=max_age,
        languages=languages,
        accessibility=list(dict.fromkeys(a for loc in locations for a in loc.accessibility)),
        referral=referral,
        organization=organization,
        locations=locations,
        phones=phones_from([as_text(data.get("contact_phone"))]),
        schedules=rows,
        taxonomy_terms=terms,
        categories=[t.name for t in terms],
        last_modified=aware_datetime(modified),
    )
