"""The dedup review queue page: one uncertain pair at a time, side by side, with the
comparator scores, and "same" / "different" buttons (keys S and D; N skips).

The answer is stored as a must-link / cannot-link override with the curator's name
(``index.review.record_decision``); dedup applies it from its next run. The page then shows the
next pair at the same position of the queue — the settled pair has left it.
"""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import Depends, Query, Request, Response
from starlette.concurrency import run_in_threadpool

from index.review import DECISION_KIND, decisions, record_decision
from search_api.console.auth import PREFIX, Session, check_post, require_session
from search_api.console.base import ConsoleError, console_router, console_state, done
from search_api.console.render import render
from search_api.deps import ApiState, get_state

router = console_router()

RECORD_ID = re.compile(r"^r-[0-9a-f]{20}$")
RecordQuery = Annotated[str | None, Query(pattern=RECORD_ID.pattern)]
MAX_POSITION = 1_000_000


@router.get("/review")
def review_page(
    request: Request,
    pos: Annotated[int, Query(ge=0, le=MAX_POSITION)] = 0,
    a: RecordQuery = None,
    b: RecordQuery = None,
    session: Session = Depends(require_session),
    state: ApiState = Depends(get_state),
) -> Response:
    queue = console_state(request).review
    with state.read_store() as store:
        pending = queue.pending(store)
        if a and b:
            try:
                current = queue.review(store, a, b)
            except KeyError as exc:
                raise ConsoleError(404, f"Cannot review this pair: {exc.args[0]}.") from exc
        elif pending:
            pos = min(pos, len(pending) - 1)
            current = queue.review(store, pending[pos].a, pending[pos].b)
        else:
            current = None
        recent = decisions(store, limit=10)
    return render(
        request,
        "review.html",
        {
            "pending": len(pending),
            "pos": pos,
            "current": current,
            "recent": recent,
            "band": (queue.below, queue.above),
            "explicit": bool(a and b),
        },
        session=session,
        section="review",
    )


@router.post("/review/decide")
async def decide(
    request: Request,
    session: Session = Depends(require_session),
    state: ApiState = Depends(get_state),
) -> Response:
    fields = await check_post(request, session)
    a, b, decision = fields.get("a", ""), fields.get("b", ""), fields.get("decision", "")
    if not (RECORD_ID.match(a) and RECORD_ID.match(b)) or decision not in DECISION_KIND:
        raise ConsoleError(422, "The decision form is incomplete; reload the review page.")
    try:
        pos = max(0, min(int(fields.get("pos", "0")), MAX_POSITION))
    except ValueError:
        pos = 0
    try:
        score: float | None = float(fields["score"]) if fields.get("score") else None
    except ValueError:
        score = None

    def write() -> None:
        with state.read_store() as store:
            try:
                record_decision(store, a, b, decision, session.name, score)
            except KeyError as exc:
                raise ConsoleError(404, f"Cannot record this decision: {exc.args[0]}.") from exc

    await run_in_threadpool(write)
    refreshing = state.refresh_after_change()
    verdict = "the same service" if decision == "same" else "different services"
    return done(
        request,
        f"{PREFIX}/review?pos={pos}",
        f"Recorded: {a} and {b} are {verdict} ({DECISION_KIND[decision]}, by {session.name});"
        f" {refreshing}.",
        state=state,
    )
