"""Traffic accounting, closest to the network: which hosts were actually contacted.

This middleware sits last in the downloader chain, so a request counted here is one the
download handler was about to send. The SSRF tests read ``hosts_contacted`` to prove a
refused address never received a request; operators see it in the run summary.
"""

from __future__ import annotations

from collections import Counter

from scrapy.crawler import Crawler
from scrapy.http import Request
from scrapy.utils.httpobj import urlparse_cached


class TrafficLogMiddleware:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.hosts: Counter[str] = Counter()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> TrafficLogMiddleware:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        parts = urlparse_cached(request)
        self.hosts[
            f"{parts.hostname}:{parts.port or (443 if parts.scheme == 'https' else 80)}"
        ] += 1
