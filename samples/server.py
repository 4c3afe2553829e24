"""The sample-sites server: every sample directory under its own path prefix on one
127.0.0.1 port, plus a small control API for fault modes, themes and data updates.

    /{site}/…                  the site (its platform's URL scheme after the prefix)
    /{site}/robots.txt         that site's robots.txt (never affected by faults)
    GET  /_control             state of every site (JSON)
    POST /_control/{site}/fault   {"mode": "http500" | … | null, options…}  (or ?mode=…)
    POST /_control/{site}/theme   {"theme": "presence" | … | null}  (null: the publisher's own)
    POST /_control/{site}/update  {"generation": n}  (default: the next one)
    POST /_control/reset       every site back to generation 0, its own theme and no fault

Every 200 answer carries ``ETag`` and ``Last-Modified`` and honours ``If-None-Match`` /
``If-Modified-Since`` with 304. A stdlib ``ThreadingHTTPServer`` serves several thousand pages
a minute on one core, far above what a polite harvester asks for.
"""

from __future__ import annotations

import ipaddress
import logging
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from samples.dataset import Dataset
from samples.loader import load_cached
from samples.routing import SampleSites

log = logging.getLogger("samples.server")


class _Handler(BaseHTTPRequestHandler):
    server_version = "SignpostSamples/1.0"
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out in two writes: no 40 ms stalls
    sites: SampleSites  # set on the subclass made per server

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(min(length, 1 << 20)) if length else b""
        headers = {k.lower(): v for k, v in self.headers.items()}
        host = (
            self.headers.get("Host")
            or f"{self.server.server_address[0]}:{self.server.server_address[1]}"
        )
        response = self.sites.dispatch(self.command, self.path, headers, body, f"http://{host}")
        self.send_response(response.status)
        self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(len(response.body)))
        for name, value in response.headers.items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD" and response.body:
            self.wfile.write(response.body)

    do_GET = _serve
    do_HEAD = _serve
    do_POST = _serve

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s %s", self.address_string(), format % args)


class SampleServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128
    """The listen backlog. socketserver's default of 5 overflows when a harvest opens a
    few dozen connections at once (every source of the demo, unthrottled) on a busy
    machine: the kernel drops the connection attempts past it, and a client waits for its
    SYN to be resent — long enough for a page to time out."""

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client hanging up mid-response (a harvester refusing a gzip bomb, a test's
        timeout) is routine here, not a traceback on stderr."""
        if isinstance(sys.exc_info()[1], ConnectionError):
            log.debug("client %s disconnected", client_address)
            return
        super().handle_error(request, client_address)


def _check_loopback(host: str) -> None:
    if host == "localhost":
        return
    try:
        if ipaddress.ip_address(host).is_loopback:
            return
    except ValueError:
        pass
    raise ValueError(f"sample sites bind to a loopback address only, not {host!r}")


def make_server(
    host: str = "127.0.0.1", port: int = 0, dataset: Dataset | None = None
) -> tuple[SampleServer, SampleSites]:
    _check_loopback(host)
    sites = SampleSites(dataset or load_cached())
    handler = type("Handler", (_Handler,), {"sites": sites})
    return SampleServer((host, port), handler), sites


@contextmanager
def running(port: int = 0, host: str = "127.0.0.1") -> Iterator[str]:
    """Serve the sample sites in a background thread; yields the base URL
    (``http://127.0.0.1:{port}``), the value of ``${SAMPLE_SITES}``."""
    server, _ = make_server(host, port)
    thread = threading.Thread(target=server.serve_forever, name="sample-sites", daemon=True)
    thread.start()
    try:
        yield f"http://{host}:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
