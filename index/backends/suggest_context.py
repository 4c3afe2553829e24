"""As-you-type suggestions inside a longer query, shared by both backends.

A backend completes what has been typed as one phrase ("debt adv" → "Debt advice"). A link
worker types more than one: "debt advice and employment su", "walking group near Harl",
"free couns", "employment support near HA1". Taken whole, those begin no name, and the box
went quiet just when the query got useful. So, when the whole text finds nothing:

1. after "near", "in", "close to"… a place name being typed is completed from London's place
   names ("walking group near Harl" → "walking group near Harlesden");
2. otherwise the need being typed — the last one, after "and"/","…, without a "free" before it
   and without a place typed after it — is completed on its own, and each suggestion is put
   back among the rest of what was typed ("debt advice and Employment support",
   "free Counselling", "Employment support near HA1"), so choosing one keeps the whole query.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from index.search.conditions import ENTITLEMENTS, free_first
from index.search.places import NEAR_PATTERN
from index.search.planner import QueryPlanner
from index.search.types import Suggestion
from index.vocab import has_word

_PLACE_TYPED = re.compile(
    rf"(?:^|\s){NEAR_PATTERN}\s+([^\W\d_][\w'’.&,-]*(?:\s+[\w'’.&,-]+){{0,4}})$",
    re.IGNORECASE,
)
"""A place name being typed after a word that says "a place follows"."""
MIN_PLACE_CHARS = 2


def suggest_in_context(
    prefix: str,
    limit: int,
    planner: QueryPlanner,
    suggest: Callable[[str, int], list[Suggestion]],
) -> list[Suggestion]:
    """``suggest``'s completions of ``prefix``; when there are none, those of the place or the
    need being typed, put back among the rest of the text."""
    found = suggest(prefix, limit)
    if found:
        return found
    places = _places_being_typed(prefix, planner, limit)
    if places:
        return places
    head, part, tail = _need_being_typed(prefix, planner)
    if not has_word(part) or not (head.strip() or tail):
        return []
    return [
        s.model_copy(update={"text": f"{head}{s.text}{' ' + tail if tail else ''}"})
        for s in suggest(part, limit)
    ]


def _places_being_typed(prefix: str, planner: QueryPlanner, limit: int) -> list[Suggestion]:
    m = _PLACE_TYPED.search(prefix)
    if m is None or prefix.endswith((" ", "\t")) or len(m.group(1)) < MIN_PLACE_CHARS:
        return []
    head = prefix[: m.start(1)]
    return [
        Suggestion(text=f"{head}{place.name}", kind="place")
        for place in planner.places.complete(m.group(1), limit)
    ]


def _need_being_typed(prefix: str, planner: QueryPlanner) -> tuple[str, str, str]:
    """(what comes before the need being typed, the need, a place typed after it)."""
    text, tail = prefix, ""
    located = planner.places.find(prefix)
    if located is not None and not has_word(located.after) and located.before.strip():
        text, tail = located.before, prefix[len(located.before) :].strip()
    at = planner.typing_at(text)
    head, part = text[:at], text[at:]
    free = free_first(part, (*ENTITLEMENTS, *planner.free_phrases))
    if free:
        head, part = head + part[:free], part[free:]
    return head, part, tail
