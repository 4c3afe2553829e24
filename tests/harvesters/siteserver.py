"""A small programmable web server for harvester tests, on 127.0.0.1 and a free port.

Routes map a path (with its query string, or without it as a fallback) to a Page: status,
headers and body, or a function of the request. Pages get an ETag and answer
``If-None-Match`` with 304, like a well-behaved directory. Every request is logged so a test
can assert what was (and was not) asked for.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Page:
    body: bytes | str = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = "text/html; charset=utf-8"
    etag: bool = True
    delay: float = 0.0
    """Seconds to wait before answering (to observe concurrency and timeouts)."""


@dataclass
class Hit:
    method: str
    path: str
    headers: dict[str, str]
    at: float = field(default_factory=time.monotonic)


Handler = Callable[[Hit], Page]


class SiteServer:
    def __init__(self) -> None:
        self.routes: dict[str, Page | Handler] = {}
        self.hits: list[Hit] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self._lock = threading.Lock()
        server = self

        class _Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                return None

            def do_GET(self) -> None:
                hit = Hit("GET", self.path, {k.lower(): v for k, v in self.headers.items()})
                with server._lock:
                    server.hits.append(hit)
                    server.in_flight += 1
                    server.max_in_flight = max(server.max_in_flight, server.in_flight)
                try:
                    self._answer(hit)
                finally:
                    with server._lock:
                        server.in_flight -= 1

            def _answer(self, hit: Hit) -> None:
                route = server.routes.get(self.path) or server.routes.get(self.path.split("?")[0])
                page = route(hit) if callable(route) else route
                if page is not None and page.delay:
                    time.sleep(page.delay)
                if page is None:
                    page = Page("not found", status=404, content_type="text/plain", etag=False)
                body = page.body.encode("utf-8") if isinstance(page.body, str) else page.body
                headers = {"Content-Type": page.content_type, **page.headers}
                status = page.status
                if page.etag and status == 200:
                    tag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
                    headers["ETag"] = tag
                    if hit.headers.get("if-none-match") == tag:
                        status, body = 304, b""
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"

    def paths(self) -> list[str]:
        with self._lock:
            return [h.path for h in self.hits]

    def clear(self) -> None:
        with self._lock:
            self.hits.clear()


@contextmanager
def serving() -> Iterator[SiteServer]:
    site = SiteServer()
    thread = threading.Thread(target=site.httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        site.httpd.shutdown()
        site.httpd.server_close()
