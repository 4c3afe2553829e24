"""Sign-in and sign-out pages (see ``auth.py`` for the session and CSRF scheme)."""

from __future__ import annotations

from fastapi import Depends, Request, Response
from fastapi.responses import RedirectResponse

from search_api.console.auth import (
    PREFIX,
    Session,
    check_post,
    clean_name,
    current_session,
    end_session,
    require_session,
    safe_next,
    start_session,
    token_matches,
)
from search_api.console.base import console_router
from search_api.console.render import NO_STORE, render
from search_api.deps import get_state

router = console_router()


def _login_page(
    request: Request, *, error: str | None, name: str, next_path: str, status: int
) -> Response:
    state = get_state(request)
    return render(
        request,
        "login.html",
        {
            "error": error,
            "name": name,
            "next_path": next_path,
            "enabled": bool(state.settings.admin_token),
        },
        session=None,
        status_code=status,
    )


@router.get("/login")
def login_form(request: Request, next: str | None = None) -> Response:
    if current_session(request) is not None:
        return RedirectResponse(safe_next(next), status_code=303, headers=NO_STORE)
    return _login_page(request, error=None, name="", next_path=safe_next(next), status=200)


@router.post("/login")
async def login(request: Request) -> Response:
    form = await request.form()
    fields = {k: v for k, v in form.items() if isinstance(v, str)}
    name = clean_name(fields.get("name", ""))
    next_path = safe_next(fields.get("next"))
    state = get_state(request)
    if not state.settings.admin_token:
        error = "The console is disabled: no operator token is configured (SIGNPOST_ADMIN_TOKEN)."
        return _login_page(request, error=error, name=name, next_path=next_path, status=503)
    if not name:
        error = "Enter your name: it is recorded with every decision you make."
        return _login_page(request, error=error, name=name, next_path=next_path, status=422)
    if not token_matches(state, fields.get("token", "")):
        error = "That operator token is not valid."
        return _login_page(request, error=error, name=name, next_path=next_path, status=401)
    response = RedirectResponse(next_path, status_code=303, headers=NO_STORE)
    start_session(response, state, name)
    return response


@router.post("/logout")
async def logout(request: Request, session: Session = Depends(require_session)) -> Response:
    await check_post(request, session)
    response = RedirectResponse(f"{PREFIX}/login", status_code=303, headers=NO_STORE)
    end_session(response)
    return response
