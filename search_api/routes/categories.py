"""``GET /api/categories``: Signpost's taxonomy with how many services each category holds.

Counts include sub-categories (a person choosing "Money and debt" gets debt advice too), and
categories with no services are listed with ``0`` so a filter can show them greyed out.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request, Response

from index.model import TaxonomyTerm
from search_api.deps import ApiState, get_state
from search_api.routes.common import ERRORS, json_with_etag
from search_api.schemas.catalogue import CategoriesOut
from search_api.taxonomy_source import signpost_terms

router = APIRouter(tags=["categories"])


def descendants(terms: list[TaxonomyTerm]) -> dict[str, set[str]]:
    """term id → itself and every term below it."""
    children: dict[str, list[str]] = {}
    for t in terms:
        if t.parent_id:
            children.setdefault(t.parent_id, []).append(t.id)
    result: dict[str, set[str]] = {}
    for t in terms:
        seen = {t.id}
        stack = list(children.get(t.id, []))
        while stack:
            child = stack.pop()
            if child not in seen:
                seen.add(child)
                stack.extend(children.get(child, []))
        result[t.id] = seen
    return result


def categories_payload(state: ApiState) -> dict[str, Any]:
    snap = state.catalogue.snapshot()
    used = [t for t in snap.terms.values() if t.taxonomy == "signpost"]
    terms = signpost_terms(used)
    below = descendants(terms)
    categories = []
    for t in terms:
        ids = below[t.id]
        count = sum(n for tset, n in snap.signpost_term_sets.items() if tset & ids)
        categories.append(
            {
                "id": t.id,
                "name": t.name,
                "parent_id": t.parent_id,
                "description": t.description,
                "count": count,
            }
        )
    return {"taxonomy": "signpost", "total_services": len(snap.entries), "categories": categories}


@router.get(
    "/api/categories",
    response_model=CategoriesOut,
    responses={**ERRORS, 304: {"description": "Not modified (ETag matched)"}},
    summary="Signpost's categories with service counts",
)
def categories(request: Request, state: ApiState = Depends(get_state)) -> Response:
    return json_with_etag(request, categories_payload(state), max_age=300)
