"""Request logging without personal data, and the guard against oversized requests.

What a search service is asked can be sensitive ("domestic abuse refuge near E17 4QT"), so the
log line holds the method, the route *template* (``/api/services/{service_id}``, never the
query string), the status, the duration and a request id — no client address, no query, no
user agent, no referrer. That is enough to see errors and latency, and nothing to leak.

Oversized requests are refused here, before any parsing: a URL longer than ``max_url_bytes``
gets ``414`` and a body larger than ``max_body_bytes`` gets ``413``.
"""

from __future__ import annotations

import logging
import secrets
import time

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from search_api.middleware.util import send_json

log = logging.getLogger("signpost.api.access")


def _route_template(scope: Scope) -> str:
    route = scope.get("route")
    template = getattr(route, "path_format", None) or getattr(route, "path", None)
    if template:
        return str(template)
    path: str = scope.get("path", "")
    # Unmatched paths (404s) are logged by their first segment only: a mistyped URL can hold
    # whatever someone pasted into it.
    first = path.strip("/").split("/", 1)[0]
    return f"/{first}/… (unmatched)" if first else "/"


class RequestLogMiddleware:
    def __init__(self, app: ASGIApp, *, max_url_bytes: int = 4096, max_body_bytes: int = 65536):
        self.app = app
        self.max_url_bytes = max_url_bytes
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = secrets.token_hex(6)
        scope.setdefault("state", {})["request_id"] = request_id
        started = time.perf_counter()
        status = 500

        async def send_logged(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message["headers"] = [
                    *message.get("headers", []),
                    (b"x-request-id", request_id.encode()),
                ]
            await send(message)

        try:
            refusal = self._refuse(scope)
            if refusal is not None:
                code, text = refusal
                await send_json(send_logged, code, {"error": text, "detail": None})
                return
            await self.app(scope, self._limited(receive), send_logged)
        finally:
            elapsed_ms = (time.perf_counter() - started) * 1000
            log.info(
                "%s %s %d %.1fms id=%s",
                scope["method"],
                _route_template(scope),
                status,
                elapsed_ms,
                request_id,
            )

    def _refuse(self, scope: Scope) -> tuple[int, str] | None:
        url_bytes = len(scope.get("raw_path") or scope["path"].encode()) + len(
            scope.get("query_string", b"")
        )
        if url_bytes > self.max_url_bytes:
            return 414, f"request address too long (over {self.max_url_bytes} bytes)"
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    length = int(value)
                except ValueError:
                    return 400, "invalid Content-Length"
                if length > self.max_body_bytes:
                    return 413, f"request body too large (over {self.max_body_bytes} bytes)"
        return None

    def _limited(self, receive: Receive) -> Receive:
        """Count streamed body bytes too (chunked uploads carry no Content-Length)."""
        seen = 0
        limit = self.max_body_bytes

        async def receive_limited() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise BodyTooLarge(limit)
            return message

        return receive_limited


class BodyTooLarge(Exception):
    def __init__(self, limit: int) -> None:
        super().__init__(f"request body too large (over {limit} bytes)")
