"""A dry run of one source: does this platform's spider fit this tenant?

``signpost harvest --source ID --dry-run [--limit N]`` crawls a few pages of one source — its
first start page and the pages leading to ``N`` listings — with every politeness and safety
rule of a real harvest, writes nothing (no run, no records, no validators, no page memory),
and reports what it extracted field by field, which optional elements each page lacked, and
what was skipped and why. An operator adding a council sees in a minute whether the
platform's spider reads that tenant's theme. It is generic over spider kinds: the sampling
and the page trace live in ``harvesters.spiders.base``.
"""

from __future__ import annotations

from dataclasses import asdict, replace
from typing import Any

from harvesters.job import SourceResult
from harvesters.runner import run_crawl
from index.model import Service
from index.search.hits import opening_lines, plain_text
from index.sources import SourceConfig
from signpost.config import Settings
from signpost.harvest import crawl_options

FIELDS = (
    "name", "description", "website", "email", "phones", "address", "postcode", "position",
    "service areas", "opening times", "cost", "ages", "eligibility", "referral",
    "categories", "organisation", "status", "last modified",
)  # fmt: skip
"""What a listing is checked for, in the order an operator reads a listing."""

PAGES_PER_LISTING = 3
"""Page budget: a dry run of N listings reads at most this many pages per listing, plus a
few for robots.txt and list pages."""


def _clip(text: str | None, limit: int = 120) -> str | None:
    flat = plain_text(text)
    if not flat:
        return None
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def fields_of(service: Service) -> dict[str, str | None]:
    """Each field of ``FIELDS`` as one line of text, or None when the listing lacks it."""
    loc = service.locations[0] if service.locations else None
    ages = None
    if service.minimum_age is not None or service.maximum_age is not None:
        ages = f"{service.minimum_age if service.minimum_age is not None else ''}–"
        ages += f"{service.maximum_age if service.maximum_age is not None else ''}"
    cost = service.fees_description or {True: "free", False: "charged"}.get(
        service.is_free  # type: ignore[arg-type]
    )
    position = None
    if loc and loc.latitude is not None and loc.longitude is not None:
        position = f"{loc.latitude:.5f}, {loc.longitude:.5f}"
    phones = [p.number + (f" ({p.description})" if p.description else "") for p in service.phones]
    return {
        "name": service.name,
        "description": _clip(service.description),
        "website": service.url,
        "email": service.email,
        "phones": ", ".join(phones) or None,
        "address": loc.one_line_address() or None if loc else None,
        "postcode": loc.postal_code if loc else None,
        "position": position,
        "service areas": ", ".join(a.name for a in service.service_areas) or None,
        "opening times": " | ".join(opening_lines(service.schedules)) or None,
        "cost": cost,
        "ages": ages,
        "eligibility": _clip(service.eligibility_description),
        "referral": _clip(service.referral),
        "categories": ", ".join(service.categories) or None,
        "organisation": service.organization.name if service.organization else None,
        "status": service.status,
        "last modified": service.last_modified.date().isoformat()
        if service.last_modified
        else None,
    }


def report(source: SourceConfig, result: SourceResult, limit: int) -> dict[str, Any]:
    """The dry run's findings as JSON-able data (``--json`` prints exactly this)."""
    listings = []
    for record in result.records:
        values = fields_of(record.service)
        partial = record.raw.get("partial")
        listings.append(
            {
                "listing_key": record.listing_key,
                "source_url": record.source_url,
                "partial": partial if isinstance(partial, dict) else None,
                "fields": values,
                "empty": [name for name in FIELDS if not values.get(name)],
            }
        )
    filled = {name: sum(1 for item in listings if item["fields"].get(name)) for name in FIELDS}
    return {
        "source": source.id,
        "kind": source.kind,
        "base_url": source.base_url,
        "limit": limit,
        "status": result.status,
        "reason": result.reason,
        "incomplete": result.incomplete,
        "pages": result.trace,
        "listings": listings,
        "filled": filled,
        "missing_optional": result.missing,
        "placeholders_dropped": result.placeholders,
        "skipped": [asdict(s) for s in result.skipped],
        "stats": {
            k: result.stats.get(k) for k in ("pages", "requests", "bytes", "duration_seconds")
        },
    }


def dry_run(settings: Settings, source: SourceConfig, limit: int = 5) -> dict[str, Any]:
    """Crawl a sample of ``source`` and report what the spider made of it; writes nothing."""
    options = crawl_options(settings)
    budget = limit * PAGES_PER_LISTING + 10
    limits = replace(
        options.limits.for_source(source),
        max_pages=min(options.limits.for_source(source).max_pages, budget),
    )
    options = replace(options, sample=limit, limits=limits)
    source = source.model_copy(update={"params": {**source.params, "max_pages": limits.max_pages}})
    result = run_crawl([source], options, {})[source.id]
    return report(source, result, limit)


def lines(data: dict[str, Any]) -> list[str]:
    """The report as text for a terminal: pages, then listings field by field, then what
    was missing or skipped."""
    out = [
        f"Dry run of {data['source']} ({data['kind']}) — {data['base_url']}",
        f"status: {data['status']}"
        + (f" — {data['reason']}" if data["reason"] else "")
        + (f" (incomplete: {data['incomplete']})" if data["incomplete"] else ""),
        "",
        f"Pages ({len(data['pages'])}):",
    ]
    for page in data["pages"]:
        what = f"{page['listings']} listing(s), {page['links']} link(s)"
        if page.get("error"):
            what = f"FAILED: {page['error']}"
        out.append(f"  [{page.get('status') or '—'}] {page['callback']}: {page['url']}")
        out.append(f"        {what}")
        if page.get("missing"):
            out.append(f"        matched nothing: {', '.join(page['missing'])}")
    out += ["", f"Listings ({len(data['listings'])} of at most {data['limit']}):"]
    width = max(len(name) for name in FIELDS)
    for item in data["listings"]:
        out.append(f"  {item['listing_key']} — {item['source_url']}")
        if item["partial"]:
            out.append(f"    PARTIAL (from its list page): {item['partial'].get('reason')}")
        for name in FIELDS:
            value = item["fields"].get(name)
            out.append(f"    {name.ljust(width)}  {value if value else '—'}")
    if data["listings"]:
        total = len(data["listings"])
        never = [name for name, n in data["filled"].items() if n == 0]
        out += ["", f"Fields found in none of the {total} listings: {', '.join(never) or 'none'}"]
    if data["missing_optional"]:
        counts = ", ".join(f"{k} ({v})" for k, v in data["missing_optional"].items())
        out.append(f"Optional page elements that matched nothing: {counts}")
    if data["placeholders_dropped"]:
        counts = ", ".join(f"{k} ({v})" for k, v in data["placeholders_dropped"].items())
        out.append(f"Placeholders dropped: {counts}")
    for skip in data["skipped"][:20]:
        out.append(f"Skipped {skip['url']}: {skip['reason']}")
    out.append("Nothing was written.")
    return out
