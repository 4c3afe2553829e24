"""A real HTTP server on 127.0.0.1 that the official client talks to over its normal
transport, which records every request, checks it against Elastic's specification, and answers
with responses that are themselves checked against the specification's response schemas.

It keeps indices, aliases and documents (``fake_cluster``) so that the backend's own code runs
every step of a rebuild, an upsert, a delete, a search and a health check, and parses every
answer. It does not evaluate queries: a search answers every document of its target (or, in
``empty`` mode, none), sorted, paged and aggregated as asked — enough to drive every branch of
the backend, which the ``elasticsearch-spec`` contract run does.
"""

from __future__ import annotations

import json
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from tests.elastic_spec.fake_cluster import Answer, FakeCluster
from tests.elastic_spec.fake_documents import error
from tests.elastic_spec.spec import Problem, Specification

PRODUCT_HEADERS = {"X-Elastic-Product": "Elasticsearch", "Content-Type": "application/json"}


@dataclass
class Exchange:
    """One request as the server saw it, and what it answered."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    operation: str | None
    body: Any
    status: int = 0
    answer: Any = None
    problems: list[Problem] = field(default_factory=list)
    """What the specification says is wrong with the request."""
    answer_problems: list[Problem] = field(default_factory=list)
    """What it says is wrong with the recorder's answer (a bug in the recorder)."""


class Recorder:
    """``with Recorder(spec) as url: …`` — every request in ``exchanges``."""

    def __init__(self, spec: Specification, tls: Any = None) -> None:
        """``tls``: a ``trustme.CA`` — serve HTTPS with a certificate it issued for
        127.0.0.1 (the client must be given the CA to connect)."""
        self.spec = spec
        self.tls = tls
        self.cluster = FakeCluster()
        self.exchanges: list[Exchange] = []
        self.crashes: list[str] = []
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None

    # -- lifecycle --------------------------------------------------------------------------

    def start(self) -> str:
        recorder = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                try:
                    status, body = recorder.handle(
                        self.command, self.path, dict(self.headers.items()), raw
                    )
                except Exception as exc:  # a recorder bug: answer it, and make it fail the test
                    recorder.crashes.append(f"{self.command} {self.path}: {exc!r}")
                    status, body = 500, error("recorder_crash", repr(exc), 500)
                payload = b"" if body is None else json.dumps(body).encode()
                self.send_response(status)
                for k, v in PRODUCT_HEADERS.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(payload)

            do_GET = do_PUT = do_POST = do_DELETE = do_HEAD = _serve

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        scheme = "http"
        if self.tls is not None:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            self.tls.issue_cert("127.0.0.1").configure_cert(context)
            self._server.socket = context.wrap_socket(self._server.socket, server_side=True)
            scheme = "https"
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return f"{scheme}://127.0.0.1:{self._server.server_address[1]}"

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> str:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- modes ------------------------------------------------------------------------------

    @contextmanager
    def empty(self) -> Iterator[None]:
        """Searches match nothing meanwhile (drives the backend's "nothing found" branches)."""
        self.cluster.empty_searches = True
        try:
            yield
        finally:
            self.cluster.empty_searches = False

    # -- the exchange -----------------------------------------------------------------------

    def handle(
        self, method: str, target: str, headers: dict[str, str], raw: bytes
    ) -> tuple[int, Any]:
        url = urlsplit(target)
        query = parse_qs(url.query, keep_blank_values=True)
        found = self.spec.find(method, url.path)
        exchange = Exchange(
            method, url.path, query, headers, found[0].operation_id if found else None, None
        )
        try:
            exchange.body = _parse(raw, headers)
        except ValueError as exc:
            exchange.problems.append(Problem(f"{method} {url.path}", f"body is not JSON: {exc}"))
        if found is None:
            exchange.problems.append(
                Problem(f"{method} {url.path}", "no operation of the specification has this path")
            )
            answer = Answer(400, error("no_such_operation", f"{method} {url.path}", 400))
        else:
            op, path_params = found
            exchange.problems += self.spec.check_parameters(op, path_params, query)
            exchange.problems += self._check_body(op, exchange.body)
            with self._lock:
                answer = self.cluster.answer(op.operation_id, path_params, query, exchange.body)
            if answer.status >= 400 and answer.body is not None:
                exchange.answer_problems += self.spec.check_error(op, answer.body)
            else:
                exchange.answer_problems += self.spec.check_response(op, answer.status, answer.body)
            if answer.unimplemented:
                exchange.problems.append(
                    Problem(f"{method} {op.template}", "the recorder does not answer this yet")
                )
        exchange.status, exchange.answer = answer.status, answer.body
        with self._lock:
            self.exchanges.append(exchange)
        return answer.status, None if method == "HEAD" else answer.body

    def _check_body(self, op: Any, body: Any) -> list[Problem]:
        if op.operation_id.startswith("bulk"):
            return self._check_bulk(op, body)
        return self.spec.check_body(op, body)

    def _check_bulk(self, op: Any, lines: Any) -> list[Problem]:
        """Each action line against ``OperationContainer``; each document is an object."""
        where = f"{op.method} {op.template} line"
        if not isinstance(lines, list):
            return [Problem(where, "a bulk body is newline-delimited JSON")]
        problems: list[Problem] = []
        i = 0
        while i < len(lines):
            action = lines[i]
            problems += self.spec.check_value(
                f"{where} {i + 1}", "_global.bulk.OperationContainer", action
            )
            op_type = next(iter(action), "") if isinstance(action, dict) else ""
            if op_type in ("index", "create", "update"):
                i += 1
                if i >= len(lines) or not isinstance(lines[i], dict):
                    problems.append(Problem(f"{where} {i + 1}", f"{op_type} needs a document"))
            i += 1
        return problems

    # -- reading the record -------------------------------------------------------------------

    def problems(self) -> list[str]:
        """Everything wrong so far (requests, answers, recorder crashes), without taking."""
        with self._lock:
            found = [str(p) for e in self.exchanges for p in e.problems + e.answer_problems]
        return found + self.crashes

    def take(self) -> list[Exchange]:
        """The exchanges since the last ``take``."""
        with self._lock:
            taken, self.exchanges = self.exchanges, []
        return taken


def _parse(raw: bytes, headers: dict[str, str]) -> Any:
    if not raw:
        return None
    text = raw.decode("utf-8")
    kind = {k.lower(): v for k, v in headers.items()}.get("content-type", "")
    if "ndjson" in kind:
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    return json.loads(text)
