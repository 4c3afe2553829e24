"""Security headers on every response, and CORS for the public read-only API.

CORS is ``*`` without credentials for ``GET``/``HEAD`` on the public paths, because the widget
is embedded on council and GP pages of any origin and reads nothing private. The operator API
gets no CORS headers at all, so no web page can drive it from a browser.

Pages we serve (the demo council page, the examples) get a strict Content-Security-Policy with
no inline script or style: the widget has to work on hosts that do the same. JSON gets
``default-src 'none'`` — a response rendered as a document by mistake can run nothing.
"""

from __future__ import annotations

from collections.abc import Iterable

from starlette.types import ASGIApp, Message, Receive, Scope, Send

PAGE_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
DATA_CSP = "default-src 'none'; frame-ancestors 'none'"

PUBLIC_PREFIXES = ("/api/", "/oruk", "/widget/", "/openapi.json")
CORS_METHODS = b"GET, HEAD, OPTIONS"
CORS_REQUEST_HEADERS = b"Accept, Accept-Language, Content-Type, If-None-Match"
CORS_EXPOSED = b"ETag, Retry-After, Content-Length"


def is_public(path: str, prefixes: Iterable[str] = PUBLIC_PREFIXES) -> bool:
    return path.startswith(prefixes if isinstance(prefixes, tuple) else tuple(prefixes))


def _security_headers(csp: str, public: bool, https: bool) -> tuple[tuple[bytes, bytes], ...]:
    extra = [
        (b"x-content-type-options", b"nosniff"),
        (b"referrer-policy", b"no-referrer"),
        (b"content-security-policy", csp.encode()),
        (b"x-frame-options", b"DENY"),
        (b"cross-origin-resource-policy", b"cross-origin" if public else b"same-origin"),
        (b"permissions-policy", b"camera=(), microphone=(), payment=(), usb=()"),
    ]
    if https:
        extra.append((b"strict-transport-security", b"max-age=31536000"))
    return tuple(extra)


_SECURITY_HEADERS = {
    (page, public, https): _security_headers(PAGE_CSP if page else DATA_CSP, public, https)
    for page in (False, True)
    for public in (False, True)
    for https in (False, True)
}
"""Every combination (an HTML page?, a public path?, HTTPS?) made once, not per response."""


class SecurityHeadersMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        https = scope.get("scheme") == "https"
        public = is_public(scope["path"])

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {k.lower() for k, _ in headers}
                ctype = next((v for k, v in headers if k.lower() == b"content-type"), b"")
                page = ctype.startswith(b"text/html")
                extra = _SECURITY_HEADERS[page, public, https]
                headers += [(k, v) for k, v in extra if k not in present]
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


class PublicCorsMiddleware:
    """``Access-Control-Allow-Origin: *`` on public reads; preflights answered here."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not is_public(scope["path"]):
            await self.app(scope, receive, send)
            return
        method = scope["method"]
        request_headers = dict(scope.get("headers", []))
        if method == "OPTIONS" and b"access-control-request-method" in request_headers:
            await self._preflight(request_headers, send)
            return
        if method not in ("GET", "HEAD"):
            await self.app(scope, receive, send)
            return

        async def send_with_cors(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers.append((b"access-control-allow-origin", b"*"))
                headers.append((b"access-control-expose-headers", CORS_EXPOSED))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_cors)

    async def _preflight(self, request_headers: dict[bytes, bytes], send: Send) -> None:
        wanted = request_headers.get(b"access-control-request-method", b"").upper()
        allowed = wanted in (b"GET", b"HEAD")
        headers = [(b"content-length", b"0"), (b"vary", b"Access-Control-Request-Method")]
        if allowed:
            headers += [
                (b"access-control-allow-origin", b"*"),
                (b"access-control-allow-methods", CORS_METHODS),
                (b"access-control-allow-headers", CORS_REQUEST_HEADERS),
                (b"access-control-max-age", b"86400"),
            ]
        await send(
            {"type": "http.response.start", "status": 204 if allowed else 403, "headers": headers}
        )
        await send({"type": "http.response.body", "body": b""})
