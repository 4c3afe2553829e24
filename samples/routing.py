"""The sample sites' run-time state and routing: which site a request is for, its fault mode
and data generation, conditional requests (``ETag``/``Last-Modified`` → 304), robots.txt and
the control API. ``samples.server`` puts this behind an HTTP server; tests may call
``SampleSites.dispatch`` directly.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from typing import Any
from urllib.parse import parse_qs, urlsplit

from samples import faults
from samples.dataset import Dataset, Listing
from samples.evolution import changes, evolve
from samples.sites import Request, Response, Site, View, build_sites
from samples.sites.base import e, page

log = logging.getLogger("samples.server")

DATA_DATE = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
"""When the committed data "last changed": the Last-Modified of list pages at generation 0."""


@dataclass
class SiteState:
    generation: int = 0
    stamps: dict[int, str] = field(default_factory=dict)
    fault: faults.Fault | None = None
    limiter: faults.RateLimiter | None = None
    cache: dict[int, list[Listing]] = field(default_factory=dict)
    theme: str | None = None
    """Set by the control API; None → the publisher's own theme."""


class ControlError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


class SampleSites:
    """The sites and their run-time state; ``dispatch`` answers one request."""

    def __init__(self, dataset: Dataset) -> None:
        self.dataset = dataset
        self.sites: dict[str, Site] = build_sites(dataset)
        self.base = {site_id: dataset.listings_of(site_id) for site_id in self.sites}
        self.state = {site_id: SiteState() for site_id in self.sites}
        self.lock = threading.Lock()

    # -- state --------------------------------------------------------------------------

    def listings(self, site_id: str) -> list[Listing]:
        state = self.state[site_id]
        with self.lock:
            generation = state.generation
            if generation not in state.cache:
                state.cache[generation] = evolve(self.base[site_id], generation, state.stamps)
            return state.cache[generation]

    def changed_at(self, site_id: str) -> datetime:
        state = self.state[site_id]
        if state.generation and state.generation in state.stamps:
            return datetime.fromisoformat(state.stamps[state.generation])
        return DATA_DATE

    def set_fault(self, site_id: str, options: dict[str, Any]) -> dict[str, Any]:
        self._known(site_id)
        try:
            fault = faults.parse_fault(options)
        except faults.FaultError as exc:
            raise ControlError(400, str(exc)) from exc
        state = self.state[site_id]
        with self.lock:
            state.fault = fault
            state.limiter = (
                faults.RateLimiter(fault.burst, fault.retry_after)
                if fault and fault.mode == "ratelimit"
                else None
            )
        if fault and fault.mode == "gzip_bomb":
            faults.gzip_bomb(fault.size_mb)  # build it now, not inside the victim's request
        log.info("site %s fault → %s", site_id, fault.mode if fault else "none")
        return self.describe(site_id)

    def set_theme(self, site_id: str, theme: str | None) -> dict[str, Any]:
        self._known(site_id)
        site = self.sites[site_id]
        if theme is not None and theme not in site.themes:
            raise ControlError(
                400, f"{site_id} has no theme {theme!r} (themes: {', '.join(site.themes)})"
            )
        with self.lock:
            self.state[site_id].theme = theme
        log.info("site %s theme → %s", site_id, theme or site.default_theme)
        return self.describe(site_id)

    def theme(self, site_id: str) -> str:
        return self.state[site_id].theme or self.sites[site_id].default_theme

    def update(self, site_id: str, generation: int | None = None) -> dict[str, Any]:
        self._known(site_id)
        state = self.state[site_id]
        with self.lock:
            target = state.generation + 1 if generation is None else generation
            if target < 0 or target > 1000:
                raise ControlError(400, "generation must be between 0 and 1000")
            now = datetime.now(UTC).replace(microsecond=0)
            for g in range(1, target + 1):
                state.stamps.setdefault(g, now.isoformat())
            state.generation = target
            state.cache.clear()
        diff = changes(self.base[site_id], target)
        log.info("site %s data → generation %d", site_id, target)
        return dict(
            self.describe(site_id),
            added=sorted(diff.added),
            edited=sorted(diff.edited),
            removed=sorted(diff.removed),
        )

    def reset(self) -> dict[str, Any]:
        with self.lock:
            self.state = {site_id: SiteState() for site_id in self.sites}
        return self.describe_all()

    def describe(self, site_id: str) -> dict[str, Any]:
        state = self.state[site_id]
        return {
            "site": site_id,
            "platform": self.sites[site_id].platform,
            "generation": state.generation,
            "theme": self.theme(site_id),
            "themes": list(self.sites[site_id].themes),
            "fault": state.fault.describe() if state.fault else None,
            "listings": len(self.listings(site_id)),
        }

    def describe_all(self) -> dict[str, Any]:
        return {"sites": [self.describe(site_id) for site_id in self.sites]}

    def _known(self, site_id: str) -> None:
        if site_id not in self.sites:
            raise ControlError(404, f"no sample site {site_id!r}")

    # -- requests -----------------------------------------------------------------------

    def dispatch(
        self, method: str, target: str, headers: dict[str, str], body: bytes, origin: str
    ) -> Response:
        parts = urlsplit(target)
        query = parse_qs(parts.query, keep_blank_values=True)
        path = parts.path
        if path == "/_control" or path.startswith("/_control/"):
            return self._control(method, path, query, body)
        if method not in ("GET", "HEAD"):
            return Response(405, b"Method Not Allowed\n", "text/plain", {"Allow": "GET, HEAD"})
        if path in ("", "/"):
            return self._conditional(self._index(), headers, DATA_DATE)
        if path == "/robots.txt":
            response = Response(200, self._host_robots().encode(), "text/plain; charset=utf-8")
            return self._conditional(response, headers, DATA_DATE)
        site_id, _, rest = path.lstrip("/").partition("/")
        site = self.sites.get(site_id)
        if site is None:
            return Response(404, b"No such sample site\n", "text/plain; charset=utf-8")
        if rest == "" and not path.endswith("/"):
            return Response(301, b"", headers={"Location": f"/{site_id}/"})
        if rest == "robots.txt":
            response = Response(200, site.robots(origin).encode(), "text/plain; charset=utf-8")
            return self._conditional(response, headers, DATA_DATE)
        return self._site(site, method, rest, query, headers, origin, parts.path, parts.query)

    def _site(
        self,
        site: Site,
        method: str,
        rest: str,
        query: dict[str, list[str]],
        headers: dict[str, str],
        origin: str,
        path: str,
        raw_query: str,
    ) -> Response:
        state = self.state[site.id]
        fault = state.fault
        if fault and not fault.applies_to(rest + (f"?{raw_query}" if raw_query else "")):
            fault = None
        mode = fault.mode if fault else None
        if fault and mode == "slow":
            time.sleep(fault.delay)
        if mode == "http500":
            body = page("Server Error", "<h1>Server Error in '/' Application.</h1>", site.name)
            return Response(500, body.encode())
        if mode == "http404":
            body = page("Page not found", "<h1>Page not found</h1>", site.name)
            return Response(404, body.encode())
        if mode == "ratelimit" and state.limiter is not None:
            wait = state.limiter.check()
            if wait is not None:
                return Response(
                    429, b"Too Many Requests\n", "text/plain", {"Retry-After": str(wait)}
                )
        if fault and mode == "redirect_private":
            location = fault.target.rstrip("/") + path + (f"?{raw_query}" if raw_query else "")
            return Response(302, b"", headers={"Location": location})
        if mode == "soft404":
            body = page(
                "Page not found",
                "<h1>Sorry, the page you requested could not be found</h1>"
                "<p>It may have moved. Try the search.</p>",
                site.name,
            )
            return Response(200, body.encode())
        if fault and mode == "gzip_bomb":
            return Response(
                200,
                faults.gzip_bomb(fault.size_mb),
                "text/html; charset=utf-8",
                {"Content-Encoding": "gzip"},
            )
        view = View(
            listings=self.listings(site.id),
            changed_at=self.changed_at(site.id),
            layout_changed=mode == "layout_changed",
            empty=mode == "empty",
            theme=self.theme(site.id),
        )
        request = Request(method, rest, query, origin)
        try:
            response = site.handle(request, view)
        except Exception:  # a bug in a sample site must show as a 500, not kill the server
            log.exception("site %s failed on %s", site.id, path)
            return Response(500, b"Internal Server Error\n", "text/plain")
        if fault and mode == "truncated" and response.status == 200:
            response.body = faults.truncate(response.body, fault.fraction)
        return self._conditional(response, headers, view.changed_at)

    @staticmethod
    def _conditional(response: Response, headers: dict[str, str], changed_at: datetime) -> Response:
        if response.status != 200:
            return response
        etag = '"' + hashlib.sha1(response.body).hexdigest()[:20] + '"'
        modified = (response.last_modified or changed_at).astimezone(UTC).replace(microsecond=0)
        response.headers.setdefault("ETag", etag)
        response.headers.setdefault("Last-Modified", format_datetime(modified, usegmt=True))
        response.headers.setdefault("Cache-Control", "no-cache")
        inm = headers.get("if-none-match")
        if inm is not None:
            tags = {t.strip().removeprefix("W/") for t in inm.split(",")}
            if "*" in tags or etag in tags:
                return Response(304, b"", response.content_type, _validators(response))
            return response
        ims = headers.get("if-modified-since")
        if ims:
            try:
                since = parsedate_to_datetime(ims)
            except (TypeError, ValueError):
                return response
            if since.tzinfo is None:
                since = since.replace(tzinfo=UTC)
            if modified <= since:
                return Response(304, b"", response.content_type, _validators(response))
        return response

    def _host_robots(self) -> str:
        """Every site's rules in one file for the shared host, with the prefixes written in:
        a harvester reading only ``{origin}/robots.txt`` still skips what each site forbids."""
        lines = [
            "# Each sample site also has its own robots.txt at /{site}/robots.txt.",
            "User-agent: *",
        ]
        for site in self.sites.values():
            if site.publisher.blocked:
                lines.append(f"Disallow: {site.prefix}/")
                continue
            for line in site.robots().splitlines():
                if line.startswith("User-agent:") and line.strip() != "User-agent: *":
                    break
                if (
                    line.startswith(("Disallow:", "Allow:"))
                    and line.split(":", 1)[1].strip() != "/"
                ):
                    lines.append(line)
        return "\n".join(lines) + "\n"

    def _index(self) -> Response:
        rows = "".join(
            f'<tr><td><a href="/{e(site_id)}/">{e(site.name)}</a></td><td>{e(site.platform)}</td>'
            f"<td>{len(self.listings(site_id))}</td></tr>"
            for site_id, site in self.sites.items()
        )
        body = (
            "<h1>Signpost sample sites</h1><p>Local copies of London directory platforms, "
            "for harvesting tests and the demo. See docs/sample-sources.md.</p>"
            f"<table><tr><th>Site</th><th>Platform</th><th>Listings</th></tr>{rows}</table>"
        )
        return Response(200, page("Sample sites", body, "Signpost").encode())

    def _control(
        self, method: str, path: str, query: dict[str, list[str]], body: bytes
    ) -> Response:
        try:
            if path.rstrip("/") == "/_control":
                if method != "GET":
                    raise ControlError(405, "use GET /_control")
                return _json(200, self.describe_all())
            if path == "/_control/reset":
                if method != "POST":
                    raise ControlError(405, "use POST /_control/reset")
                return _json(200, self.reset())
            segments = path.strip("/").split("/")
            if len(segments) != 3:
                raise ControlError(404, "control URLs are /_control/{site}/fault|update|theme")
            _, site_id, action = segments
            if method != "POST":
                raise ControlError(405, "control actions need POST")
            options = _options(query, body)
            if action == "fault":
                return _json(200, self.set_fault(site_id, options))
            if action == "theme":
                theme = options.get("theme")
                if theme is not None and not isinstance(theme, str):
                    raise ControlError(400, "theme must be a string or null")
                return _json(200, self.set_theme(site_id, theme))
            if action == "update":
                generation = options.get("generation")
                try:
                    target = None if generation is None else int(generation)
                except (TypeError, ValueError) as exc:
                    raise ControlError(400, "generation must be an integer") from exc
                return _json(200, self.update(site_id, target))
            raise ControlError(404, f"unknown control action {action!r}")
        except ControlError as exc:
            return _json(exc.status, {"error": str(exc)})


def _validators(response: Response) -> dict[str, str]:
    return {k: v for k, v in response.headers.items() if k in ("ETag", "Last-Modified")}


def _json(status: int, payload: Any) -> Response:
    return Response(status, json.dumps(payload, indent=1).encode(), "application/json")


def _options(query: dict[str, list[str]], body: bytes) -> dict[str, Any]:
    options: dict[str, Any] = {k: v[0] for k, v in query.items()}
    if body.strip():
        try:
            data = json.loads(body)
        except ValueError as exc:
            raise ControlError(400, f"control body is not JSON: {exc}") from exc
        if not isinstance(data, dict):
            raise ControlError(400, "control body must be a JSON object")
        options.update(data)
    return options
