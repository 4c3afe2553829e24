"""What every console router shares: the route class that turns the console's own exceptions
into HTML answers, the per-app console state, and small helpers for actions.

The app's error handlers answer in JSON (right for the API, wrong for a person in a browser), so
console routes use ``ConsoleRoute``: a page that needs a sign-in redirects to the sign-in form,
a refused form or a missing run shows an error page with a way back, and a bad query parameter
says which one — all as HTML.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import RedirectResponse
from fastapi.routing import APIRoute

from index.dedup import Locator
from index.dedup.locate import gazetteer_locator
from index.geo import GazetteerMissing, open_gazetteer
from index.review import ReviewQueue
from search_api.console.auth import (
    PREFIX,
    Forbidden,
    NotSignedIn,
    current_session,
    set_flash,
)
from search_api.console.render import NO_STORE, render
from search_api.deps import ApiState, get_state
from search_api.errors import describe_validation


class ConsoleError(Exception):
    """An expected failure to show as a page (``status``, one sentence)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class ConsoleRoute(APIRoute):
    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        original = super().get_route_handler()

        async def handler(request: Request) -> Response:
            try:
                return await original(request)
            except NotSignedIn as exc:
                return RedirectResponse(
                    f"{PREFIX}/login?next={quote(exc.next_path, safe='/')}",
                    status_code=303,
                    headers=NO_STORE,
                )
            except Forbidden as exc:
                return error_page(request, 403, str(exc))
            except ConsoleError as exc:
                return error_page(request, exc.status, exc.message)
            except RequestValidationError as exc:
                sentence, _ = describe_validation(list(exc.errors()))
                return error_page(request, 422, f"Invalid request: {sentence}")

        return handler


def console_router() -> APIRouter:
    return APIRouter(route_class=ConsoleRoute, include_in_schema=False)


def error_page(request: Request, status: int, message: str) -> Response:
    return render(
        request,
        "error.html",
        {"status": status, "message": message},
        session=current_session(request),
        status_code=status,
    )


@dataclass
class ConsoleState:
    """Console-only state of one app: the review queue's cached scores."""

    review: ReviewQueue = field(default_factory=ReviewQueue)


_state_lock = threading.Lock()


def _locator(app_state: Any) -> Locator | None:
    """The gazetteer's postcode locator, as the dedup step uses it; None without one (the
    queue then scores from what the sources give, as dedup does without a gazetteer)."""
    state = getattr(app_state, "api", None)
    path = getattr(getattr(state, "settings", None), "gazetteer_path", None)
    if path is None:
        return None
    try:
        return gazetteer_locator(open_gazetteer(str(path)))
    except GazetteerMissing:
        return None


def console_state(request: Request) -> ConsoleState:
    app_state = request.app.state
    with _state_lock:
        existing = getattr(app_state, "console", None)
        if existing is None:
            existing = ConsoleState(ReviewQueue(locate=_locator(app_state)))
            app_state.console = existing
    return existing  # type: ignore[no-any-return]


def done(
    request: Request, to: str, message: str, kind: str = "ok", state: ApiState | None = None
) -> Response:
    """Post/redirect/get: go to ``to`` and show ``message`` there once."""
    response = RedirectResponse(to, status_code=303, headers=NO_STORE)
    set_flash(response, state or get_state(request), message, kind)
    return response
