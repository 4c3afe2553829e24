"""``GET /api/suggest``: completions while someone types (services, categories, synonyms,
organizations). Called on every keystroke, so it is cheap and cacheable."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response

from index.search.types import MAX_QUERY_CHARS, Suggestion
from search_api.cache import SUGGEST_TTL
from search_api.deps import api_state, backend_call
from search_api.routes.common import ERRORS
from search_api.routes.search import backend_errors
from search_api.schemas.search import SuggestOut

router = APIRouter(tags=["search"])


@router.get(
    "/api/suggest",
    response_model=SuggestOut,
    responses=ERRORS,
    summary="Suggest completions for a partly typed query",
)
async def suggest(
    request: Request,
    response: Response,
    q: Annotated[str, Query(max_length=MAX_QUERY_CHARS, description="What has been typed.")] = "",
    limit: Annotated[int, Query(ge=1, le=20)] = 8,
) -> dict[str, Any]:
    state = api_state(request)
    prefix = " ".join(q.split())
    suggestions: list[Suggestion] = []
    if prefix:
        with backend_errors():
            suggestions = await backend_call(
                state,
                lambda: state.suggest_cache.get_or_compute(
                    (prefix, limit), lambda: state.backend.suggest(prefix, limit)
                ),
            )
    response.headers["Cache-Control"] = f"public, max-age={SUGGEST_TTL}"
    return {
        "query": q,
        "suggestions": [s.model_dump(mode="json") for s in suggestions[:limit]],
    }
