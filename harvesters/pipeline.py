"""The item pipeline: turn what spiders yield into the run's result.

Sanitising happens here, after parsing and before anything is kept: the rich-text
description goes through the nh3 allowlist, and so does every string in ``raw`` (the
evidence a curator sees). A listing that still cannot be made into a valid SourceRecord is
skipped with the validation message, never half-kept.
"""

from __future__ import annotations

import logging
from typing import Any

from pydantic import ValidationError
from scrapy.crawler import Crawler

from harvesters.items import Listing, Unchanged
from harvesters.job import Skip
from harvesters.normalise import sanitise_html, sanitise_raw
from harvesters.spiders.base import SourceSpider
from index.model import SourceRecord

logger = logging.getLogger(__name__)


def build_record(source_id: str, listing: Listing) -> SourceRecord:
    """The SourceRecord for a parsed listing, sanitised."""
    service = listing.service.model_copy(
        update={"description": sanitise_html(listing.service.description, listing.source_url)}
    )
    raw = sanitise_raw(listing.raw, listing.source_url)
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
            try:
                result.records.append(build_record(spider.source.id, item))
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
