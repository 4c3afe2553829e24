"""Changing the sample data between harvests, so change detection and tombstones can be tested.

Generation 0 is the committed data. Each ``update`` moves one site to the next generation:
a deterministic ~6 % of its listings are edited (description, opening times), ~3 % disappear,
and the listings generated with ``introduced = g`` appear. The choice is a hash of (source,
listing key, generation), so the server and the ground truth (``truth.changes``) agree without
sharing state.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace

from samples.dataset import Listing

EDIT_RATE = 0.06
REMOVE_RATE = 0.03
UPDATE_NOTES = (
    "Update: sessions now also run on the last Saturday of each month.",
    "Please note our new opening hours from January.",
    "We have recruited new volunteers and can now take more referrals.",
    "Due to high demand there is currently a short waiting list.",
    "New for this term: a Thursday evening session.",
    "Refreshments are now provided free of charge.",
)


def _roll(source_id: str, key: str, generation: int, what: str) -> float:
    digest = hashlib.sha1(f"{source_id}|{key}|{generation}|{what}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def _removed_by(item: Listing, generation: int) -> bool:
    return any(
        _roll(item.source_id, item.key, g, "remove") < REMOVE_RATE
        for g in range(item.introduced + 1, generation + 1)
    )


def _edited_at(item: Listing, generation: int) -> list[int]:
    return [
        g
        for g in range(max(item.introduced + 1, 1), generation + 1)
        if _roll(item.source_id, item.key, g, "edit") < EDIT_RATE
    ]


def evolve(listings: list[Listing], generation: int, stamps: dict[int, str]) -> list[Listing]:
    """The listings a site shows at ``generation``; ``stamps[g]`` is when generation g began
    (ISO time), used as the edited listings' last-modified time."""
    out: list[Listing] = []
    for item in listings:
        if item.introduced > generation or _removed_by(item, generation):
            continue
        current = item
        if item.introduced and item.introduced in stamps:
            current = replace(current, last_modified=stamps[item.introduced])
        for g in _edited_at(item, generation):
            note = UPDATE_NOTES[int(_roll(item.source_id, item.key, g, "note") * len(UPDATE_NOTES))]
            current = replace(
                current,
                description=f"{current.description}\n\n{note}",
                last_modified=stamps.get(g, current.last_modified),
            )
        out.append(current)
    return out


@dataclass
class Changes:
    """What changed in one source between generation 0 and ``generation`` (listing keys)."""

    added: set[str] = field(default_factory=set)
    edited: set[str] = field(default_factory=set)
    removed: set[str] = field(default_factory=set)


def changes(listings: list[Listing], generation: int) -> Changes:
    result = Changes()
    for item in listings:
        visible_before = item.introduced == 0
        visible_now = item.introduced <= generation and not _removed_by(item, generation)
        if visible_now and not visible_before:
            result.added.add(item.key)
        elif visible_before and not visible_now:
            result.removed.add(item.key)
        elif visible_now and _edited_at(item, generation):
            result.edited.add(item.key)
    return result
