"""The item pipeline: turn what spiders yield into the run's result.

Sanitising happens here, after parsing and before anything is kept: the rich-text
description goes through the nh3 allowlist, and so does every string in ``raw`` (the
evidence a curator sees), and a home address the source flags as private is withheld
(``harvesters.privacy``), so no spider can let one through. A listing that still cannot be
made into a valid SourceRecord is skipped with the validation message, never half-kept.
"""

from __future__ import annotations

import logging
from typing import Any

from pydantic import ValidationError
from scrapy.crawler import Crawler

from harvesters.items import Listing, Unchanged
from harvesters.job import Skip
from harvesters.normalise import placeholders_in, sanitise_html, sanitise_raw
from harvesters.privacy import address_is_private, withhold_private_address
from harvesters.spiders.base import SourceSpider
from index.geo import plausible_point
from index.model import Service, SourceRecord

logger = logging.getLogger(__name__)


def with_source_borough(service: Service, borough: str | None) -> Service:
    """A directory's own borough is only a guess for a listing's location: many list
    services over the border. It fills ``borough`` only where nothing better can: a location
    with no borough stated, no postcode and no coordinates (the index derives the borough
    from a postcode or a position; a wrong guess would keep duplicates apart)."""
    if not borough:
        return service
    locations = [
        loc.model_copy(update={"borough": borough})
        if not loc.borough and not loc.postal_code and loc.latitude is None
        else loc
        for loc in service.locations
    ]
    return service.model_copy(update={"locations": locations})


def with_plausible_positions(service: Service, where: str) -> Service:
    """Each location's position checked (``index.geo.plausible_point``): one written the
    wrong way round is turned, one nowhere in Great Britain (``0, 0``) dropped so that the
    postcode places the listing, each with a logged reason. ``raw`` keeps what the source
    said."""
    locations = []
    changed = False
    for loc in service.locations:
        point, problem = plausible_point(loc.latitude, loc.longitude)
        if problem is None:
            locations.append(loc)
            continue
        changed = True
        action = "turned round" if point else "dropped"
        logger.warning("%s: position %s: %s", where, action, problem)
        lat, lon = point if point else (None, None)
        locations.append(loc.model_copy(update={"latitude": lat, "longitude": lon}))
    return service.model_copy(update={"locations": locations}) if changed else service


def build_record(source_id: str, listing: Listing, borough: str | None = None) -> SourceRecord:
    """The SourceRecord for a parsed listing, sanitised."""
    where = f"{source_id}/{listing.listing_key}"
    service = with_source_borough(
        with_plausible_positions(listing.service, where), borough
    ).model_copy(
        update={"description": sanitise_html(listing.service.description, listing.source_url)}
    )
    raw = sanitise_raw(listing.raw, listing.source_url)
    if isinstance(raw, dict) and address_is_private(raw, service):
        # A home address the source flags as private is never kept (harvesters/privacy.py);
        # the listing stays findable by its town and borough.
        service, raw = withhold_private_address(service, raw)
        service = with_source_borough(service, borough)
    return SourceRecord(
        source_id=source_id,
        listing_key=listing.listing_key,
        source_url=listing.source_url,
        raw=raw if isinstance(raw, dict) else {"value": raw},
        service=service,
    )


class ResultPipeline:
    """Collects records, unchanged pages and skips into the spider's SourceResult."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ResultPipeline:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        spider = self.crawler.spider
        if not isinstance(spider, SourceSpider):
            raise TypeError("ResultPipeline serves SourceSpider crawls only")
        result = spider.result
        if isinstance(item, Listing):
            for kind, values in placeholders_in(item.raw).items():
                if values:
                    # Dropped by the normalisers (nobody can be reached there); counted.
                    result.placeholders[kind] = result.placeholders.get(kind, 0) + len(values)
            try:
                result.records.append(build_record(spider.source.id, item, spider.source.borough))
            except (ValidationError, ValueError) as exc:
                first = str(exc).splitlines()[0]
                result.skipped.append(
                    Skip(item.source_url, f"invalid listing: {first}", "invalid listing", True)
                )
        elif isinstance(item, Unchanged):
            result.unchanged_urls.append(item.url)
        elif isinstance(item, Skip):
            logger.info("skipped %s: %s", item.url, item.reason)
            result.skipped.append(item)
        else:
            raise TypeError(f"{spider.name} yielded {type(item).__name__}, not a listing")
        return item
