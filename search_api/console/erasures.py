"""Data-protection requests: find the listing, erase its personal data or the whole of it, and
read the audit log. ``index.erasure`` does the work (and the suppression that keeps the data
out of later harvests); this page then updates the search index so the change is visible
at once."""

from __future__ import annotations

import logging
import re
from typing import Annotated, Any

from fastapi import Depends, Query, Request, Response
from starlette.concurrency import run_in_threadpool

from index.erasure import ErasureError, erase, list_erasures, list_suppressions, update_search_index
from index.redaction import PERSONAL_FIELDS
from search_api.console.auth import PREFIX, Session, check_post, require_session
from search_api.console.base import ConsoleError, console_router, done
from search_api.console.render import render
from search_api.deps import ApiState, get_state

log = logging.getLogger("signpost.console")
router = console_router()

TARGET = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$")
MATCHES = 20


def find_services(state: ApiState, text: str) -> list[dict[str, Any]]:
    """Merged services whose name, organisation or description contains every word."""
    words = [w for w in text.casefold().split() if w]
    if not words:
        return []
    snap = state.catalogue.snapshot()
    hits = [e for e in snap.entries if all(w in e.haystack for w in words)][:MATCHES]
    out = []
    with state.read_store() as store:
        for entry in hits:
            merged = store.get_merged(entry.id)
            members = []
            for rid in merged.member_ids if merged else []:
                record = store.get_record(rid)
                if record is not None:
                    members.append(
                        {"id": rid, "source_id": record.source_id, "url": record.source_url}
                    )
            out.append({"id": entry.id, "name": entry.name, "members": members})
    return out


@router.get("/erasures")
def erasures_page(
    request: Request,
    q: Annotated[str, Query(max_length=200)] = "",
    target: Annotated[str, Query(max_length=100)] = "",
    session: Session = Depends(require_session),
    state: ApiState = Depends(get_state),
) -> Response:
    matches = find_services(state, q) if q.strip() else []
    with state.read_store() as store:
        log_rows = list_erasures(store, limit=200)
        suppressions = len(list_suppressions(store))
    return render(
        request,
        "erasures.html",
        {
            "q": q,
            "target": target if TARGET.match(target) else "",
            "matches": matches,
            "log": log_rows,
            "suppressions": suppressions,
            "personal_fields": PERSONAL_FIELDS,
        },
        session=session,
        section="erasures",
    )


def _erase(state: ApiState, target: str, whole: bool, reason: str, by: str) -> str:
    with state.read_store() as store:
        try:
            result = erase(store, target, whole=whole, reason=reason, requested_by=by)
        except ErasureError as exc:
            raise ConsoleError(422, f"Nothing was erased: {exc}.") from exc
    note = ""
    try:
        update_search_index(state.backend, result)
    except Exception as exc:  # the store is already clean; the index must be rebuilt
        log.exception("erasure %s: search index not updated", result.erasure_id)
        note = (
            f" The search index could not be updated ({type(exc).__name__}): run"
            " `signpost run --skip-harvest` now so search stops showing it."
        )
    what = "the whole listing" if whole else "its personal data"
    return (
        f"Erasure {result.erasure_id}: {what} removed from {len(result.record_ids)} source"
        f" listing(s) of {target}; later harvests will not bring it back.{note}"
    )


@router.post("/erasures")
async def erase_action(
    request: Request,
    session: Session = Depends(require_session),
    state: ApiState = Depends(get_state),
) -> Response:
    fields = await check_post(request, session)
    target = fields.get("target", "").strip()
    reason = fields.get("reason", "").strip()
    scope = fields.get("scope", "")
    if not TARGET.match(target):
        raise ConsoleError(422, "Nothing was erased: enter the id of a service or listing.")
    if scope not in ("personal", "whole"):
        raise ConsoleError(422, "Nothing was erased: choose what to erase.")
    if not reason:
        raise ConsoleError(422, "Nothing was erased: give the reason or the request reference.")
    if fields.get("confirm") != "yes":
        raise ConsoleError(422, "Nothing was erased: tick the box to confirm.")
    message = await run_in_threadpool(
        _erase, state, target, scope == "whole", reason[:500], session.name
    )
    kind = "error" if "could not be updated" in message else "ok"
    return done(request, f"{PREFIX}/erasures", message, kind, state)
