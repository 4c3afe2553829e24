"""Conditional requests: ask only for what changed.

The caller passes the validators (``ETag``, ``Last-Modified``) the last good run saw, for the
pages whose 304 it can answer (see :class:`harvesters.job.SourceState`). This middleware
sends them as ``If-None-Match`` / ``If-Modified-Since``, lets a 304 through to the spider
(which reuses the previous records and replays the remembered links), and collects the
validators of every response for the caller to store if the run is published. A request
flagged :data:`UNCONDITIONAL` goes without validators.
"""

from __future__ import annotations

from typing import Any

from scrapy.crawler import Crawler
from scrapy.http import Request, Response

UNCONDITIONAL = "signpost_unconditional"
"""Request meta flag: fetch the page in full even if the last run has its validators. For a
page whose listing also carries data from the page that led to it, when that page has just
changed: a 304 would bring back the previous record and hide the change."""


def _state_and_result(crawler: Crawler) -> tuple[Any, Any]:
    spider = crawler.spider
    return getattr(spider, "state", None), getattr(spider, "result", None)


class ConditionalRequestMiddleware:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ConditionalRequestMiddleware:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        state, _ = _state_and_result(self.crawler)
        if state is None or request.method != "GET" or request.meta.get("signpost_robots"):
            return
        if request.meta.get(UNCONDITIONAL):
            return
        known = state.validators.get(request.url)
        if not known:
            return
        etag, last_modified = known
        if etag:
            request.headers[b"If-None-Match"] = etag
        if last_modified:
            request.headers[b"If-Modified-Since"] = last_modified
        if etag or last_modified:
            allowed = list(request.meta.get("handle_httpstatus_list", []))
            request.meta["handle_httpstatus_list"] = [*allowed, 304]

    def process_response(self, request: Request, response: Response) -> Response:
        state, result = _state_and_result(self.crawler)
        if result is None or request.meta.get("signpost_robots"):
            return response
        etag = _header(response, b"ETag")
        last_modified = _header(response, b"Last-Modified")
        if response.status == 304:
            self.crawler.stats.inc_value("signpost/not_modified")
            old_etag, old_lm = state.validators.get(request.url, (None, None))
            result.validators[request.url] = (etag or old_etag, last_modified or old_lm)
        elif 200 <= response.status < 300 and (etag or last_modified):
            result.validators[response.url] = (etag, last_modified)
        return response


def _header(response: Response, name: bytes) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None
