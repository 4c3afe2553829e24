"""Console sign-in: the operator token, exchanged once for a session cookie, and CSRF tokens.

The console is a set of HTML pages, so it cannot send the operator API's bearer header; instead
the sign-in form takes the same token (``Settings.admin_token``, compared in constant time) and
the curator's name, and sets a session cookie:

* ``Secure; HttpOnly; SameSite=Strict; Path=/admin/console`` — never readable by script, never
  sent by another site's page, never sent to the public API;
* its value is signed (HMAC-SHA256) with a key derived from the admin token, so changing the
  token signs every session out; it carries the curator's name (recorded with every decision),
  an expiry and a random session id.

Every form that changes something carries a CSRF token derived from the session id, and every
``POST`` whose ``Origin`` header names another origin is refused — SameSite already stops the
cookie from travelling with a cross-site request; these are the second and third locks.

A short-lived, signed "flash" cookie carries the one-line result of an action to the page the
browser is redirected to (post/redirect/get), so a reload never repeats the action.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from fastapi import Request, Response

from search_api.deps import ApiState, get_state

PREFIX = "/admin/console"
SESSION_COOKIE = "signpost_console"
FLASH_COOKIE = "signpost_console_flash"
SESSION_SECONDS = 8 * 3600
"""A working day: long enough for a review session, short enough that a forgotten browser
tab does not stay signed in overnight."""
MAX_NAME = 80


class NotSignedIn(Exception):
    """Raised by ``require_session``; the console answers with a redirect to the sign-in page."""

    def __init__(self, next_path: str) -> None:
        super().__init__("sign in first")
        self.next_path = next_path


class Forbidden(Exception):
    """A state-changing request without a valid CSRF token, or from another origin."""


@dataclass(frozen=True)
class Session:
    name: str
    sid: str
    expires: int
    csrf: str


def _key(state: ApiState) -> bytes | None:
    token = state.settings.admin_token
    if not token:
        return None
    return hmac.new(token.encode(), b"signpost-console-session-v1", hashlib.sha256).digest()


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _sign(key: bytes, payload: dict[str, Any]) -> str:
    body = _b64(json.dumps(payload, separators=(",", ":"), sort_keys=True).encode())
    mac = _b64(hmac.new(key, body.encode(), hashlib.sha256).digest())
    return f"{body}.{mac}"


def _verify(key: bytes, value: str | None) -> dict[str, Any] | None:
    if not value or value.count(".") != 1:
        return None
    body, mac = value.split(".")
    expected = _b64(hmac.new(key, body.encode(), hashlib.sha256).digest())
    if not hmac.compare_digest(mac.encode(), expected.encode()):
        return None
    try:
        payload = json.loads(_unb64(body))
    except ValueError:
        return None
    return payload if isinstance(payload, dict) else None


def _csrf(key: bytes, sid: str) -> str:
    return hmac.new(key, f"csrf:{sid}".encode(), hashlib.sha256).hexdigest()[:40]


def token_matches(state: ApiState, token: str) -> bool:
    expected = state.settings.admin_token
    if not expected or not token:
        return False
    return hmac.compare_digest(token.strip().encode(), expected.encode())


def clean_name(name: str) -> str:
    """The curator's name as recorded: one line, printable, bounded."""
    text = "".join(ch for ch in (name or "") if ch.isprintable())
    return " ".join(text.split())[:MAX_NAME]


def current_session(request: Request) -> Session | None:
    state = get_state(request)
    key = _key(state)
    if key is None:
        return None
    payload = _verify(key, request.cookies.get(SESSION_COOKIE))
    if payload is None:
        return None
    try:
        name, sid, expires = str(payload["n"]), str(payload["s"]), int(payload["e"])
    except (KeyError, TypeError, ValueError):
        return None
    if expires < time.time() or not name or not sid:
        return None
    return Session(name=name, sid=sid, expires=expires, csrf=_csrf(key, sid))


def require_session(request: Request) -> Session:
    """Dependency for every console page: the session, or a redirect to sign in."""
    session = current_session(request)
    if session is None:
        target = request.url.path
        if request.method == "GET" and request.url.query:
            target += "?" + request.url.query
        raise NotSignedIn(target)
    return session


def _same_origin(request: Request) -> bool:
    origin = request.headers.get("origin")
    if origin is None or origin == "null":
        # Browsers send Origin with every POST; a missing one is a non-browser client, which
        # holds no victim's cookie. "null" (sandboxed frames, some redirects) is refused.
        return origin is None
    parts = urlsplit(origin)
    host = request.headers.get("host", "")
    return parts.netloc == host


async def check_post(request: Request, session: Session) -> dict[str, str]:
    """The form fields of a state-changing request, after the origin and CSRF checks."""
    if not _same_origin(request):
        raise Forbidden("this request came from another site")
    form = await request.form()
    fields = {k: v for k, v in form.items() if isinstance(v, str)}
    if not hmac.compare_digest(fields.get("csrf", "").encode(), session.csrf.encode()):
        raise Forbidden("the form has expired or did not come from the console; reload the page")
    return fields


def start_session(response: Response, state: ApiState, name: str) -> None:
    key = _key(state)
    assert key is not None  # sign-in refuses when no token is configured
    payload = {"n": name, "s": secrets.token_hex(16), "e": int(time.time()) + SESSION_SECONDS}
    response.set_cookie(
        SESSION_COOKIE,
        _sign(key, payload),
        max_age=SESSION_SECONDS,
        path=PREFIX,
        secure=True,
        httponly=True,
        samesite="strict",
    )


def end_session(response: Response) -> None:
    response.delete_cookie(
        SESSION_COOKIE, path=PREFIX, secure=True, httponly=True, samesite="strict"
    )


def set_flash(response: Response, state: ApiState, message: str, kind: str = "ok") -> None:
    key = _key(state)
    if key is None:
        return
    value = _sign(key, {"m": message[:300], "k": kind, "e": int(time.time()) + 120})
    response.set_cookie(
        FLASH_COOKIE, value, max_age=120, path=PREFIX, secure=True, httponly=True,
        samesite="strict",
    )  # fmt: skip


def pop_flash(request: Request, response: Response) -> tuple[str, str] | None:
    """The pending message (shown once), clearing its cookie on ``response``."""
    raw = request.cookies.get(FLASH_COOKIE)
    if raw is None:
        return None
    response.delete_cookie(FLASH_COOKIE, path=PREFIX, secure=True, httponly=True, samesite="strict")
    key = _key(get_state(request))
    payload = _verify(key, raw) if key else None
    if not payload or int(payload.get("e", 0)) < time.time():
        return None
    kind = "error" if payload.get("k") == "error" else "ok"
    return str(payload.get("m", "")), kind


def safe_next(path: str | None) -> str:
    """Where to go after signing in: only a console path of this site (no open redirect)."""
    if (
        path
        and path.startswith(PREFIX + "/")
        and not path.startswith("//")
        and "\\" not in path
        and "\n" not in path
        and "\r" not in path
    ):
        return path
    return PREFIX + "/"
