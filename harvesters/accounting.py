"""Traffic accounting, closest to the network: which hosts were actually contacted, and how
many payload bytes came back.

This middleware sits last in the downloader chain, so a request counted here is one the
download handler was about to send, and a response body counted here is as it came off the
wire (before decompression). The SSRF tests read ``hosts_contacted`` to prove a refused
address never received a request.

``body_bytes`` counts payloads the way web servers log transfers (Apache's ``%b``: the
response body, not its headers); Scrapy's ``downloader/response_bytes`` adds the status line
and headers, which for a 304 are the whole response (~250 bytes).
"""

from __future__ import annotations

from collections import Counter

from scrapy.crawler import Crawler
from scrapy.http import Request, Response
from scrapy.utils.httpobj import urlparse_cached


class TrafficLogMiddleware:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.hosts: Counter[str] = Counter()
        self.body_bytes = 0

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> TrafficLogMiddleware:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        parts = urlparse_cached(request)
        self.hosts[
            f"{parts.hostname}:{parts.port or (443 if parts.scheme == 'https' else 80)}"
        ] += 1

    def process_response(self, request: Request, response: Response) -> Response:
        self.body_bytes += len(response.body)
        return response
