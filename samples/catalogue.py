"""What the services of each category are like: who runs them, what they are called, where they
meet, when, for whom, at what cost, and sentences in the voices providers write in.

The tables themselves are data (``tables/catalogue.json``; ``data/`` holds only generated
output), reviewed like any other data file; this module only gives them types. Each category has a few **variants** (a stay-and-play is not a
dads' group); a variant's names, opening sentences, ages and eligibility belong together, so a
generated service reads as one coherent thing. Names are deliberately often generic ("Walking
Group", "Lunch Club"): the same name run by different organisations in different places is a
hard case dedup must get right. Placeholders: ``{locality}`` ``{borough}`` ``{org}``
``{venue}`` ``{day}`` (plural, "Tuesdays") ``{park}``. Providers are written once under
``providers`` and named from templates and variants.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

Ages = tuple[int | None, int | None]

CATALOGUE_FILE = Path(__file__).parent / "tables" / "catalogue.json"


@dataclass(frozen=True)
class Provider:
    """An organisation pattern. ``scope`` says how many exist: ``national`` (one, with branches
    everywhere), ``borough`` (one per borough, e.g. "Age UK Harrow"), ``locality`` (one per area,
    e.g. "Pinner Community Association") or ``unique`` (a new one each time)."""

    pattern: str
    scope: str
    kind: str = "charity"
    """charity | nhs | council | faith | community | business"""
    aliases: tuple[str, ...] = ()
    """Other names copies use for the same organisation (abbreviations, old names)."""
    about: str = ""
    """One sentence about the organisation; ``{name}`` is its name."""
    short_names: tuple[str, ...] = ()
    """Acronyms or expansions some directories put in front of a service's name instead of
    the organisation's name ("AUK Befriending" for Age UK's, "RDA Park Lane …")."""


@dataclass(frozen=True)
class Variant:
    """One kind of service within a category; empty fields fall back to the template's."""

    names: tuple[str, ...]
    openers: tuple[str, ...]
    ages: tuple[Ages, ...] = ()
    eligibility: tuple[str, ...] = ()
    providers: tuple[Provider, ...] = ()
    schedule: tuple[str, ...] = ()
    costs: tuple[str, ...] = ()
    weight: float = 1.0
    other_names: tuple[str, ...] = ()
    """Other names some sources give the very same service: a specific name for a generic one
    ("{borough} Health Walks – {park} Park" for "Walking Group"), an acronym's expansion, a
    programme brand in other wrappers."""


@dataclass(frozen=True)
class Template:
    variants: tuple[Variant, ...]
    providers: tuple[Provider, ...]
    venues: tuple[str, ...]
    """Venue kinds, see ``VENUE_KINDS``."""
    schedule: tuple[str, ...]
    """Schedule kinds, see ``world.Generator._schedule``."""
    costs: tuple[str, ...]
    ages: tuple[Ages, ...]
    eligibility: tuple[str, ...]
    details: tuple[str, ...]
    referral: tuple[str, ...]


def _ages(rows: list[list[int | None]]) -> tuple[Ages, ...]:
    return tuple((low, high) for low, high in rows)


def _providers(names: list[str], known: dict[str, Provider]) -> tuple[Provider, ...]:
    missing = [name for name in names if name not in known]
    if missing:
        raise ValueError(f"{CATALOGUE_FILE.name}: unknown provider(s) {', '.join(missing)}")
    return tuple(known[name] for name in names)


def _variant(row: dict[str, Any], known: dict[str, Provider]) -> Variant:
    return Variant(
        names=tuple(row["names"]),
        openers=tuple(row["openers"]),
        ages=_ages(row.get("ages", [])),
        eligibility=tuple(row.get("eligibility", ())),
        providers=_providers(row.get("providers", []), known),
        schedule=tuple(row.get("schedule", ())),
        costs=tuple(row.get("costs", ())),
        weight=float(row.get("weight", 1.0)),
        other_names=tuple(row.get("other_names", ())),
    )


def _template(row: dict[str, Any], known: dict[str, Provider]) -> Template:
    return Template(
        variants=tuple(_variant(v, known) for v in row["variants"]),
        providers=_providers(row["providers"], known),
        venues=tuple(row["venues"]),
        schedule=tuple(row["schedule"]),
        costs=tuple(row["costs"]),
        ages=_ages(row["ages"]),
        eligibility=tuple(row["eligibility"]),
        details=tuple(row["details"]),
        referral=tuple(row["referral"]),
    )


_DATA: dict[str, Any] = json.loads(CATALOGUE_FILE.read_text(encoding="utf-8"))

PROVIDERS: dict[str, Provider] = {
    name: Provider(
        pattern=row["pattern"],
        scope=row["scope"],
        kind=row.get("kind", "charity"),
        aliases=tuple(row.get("aliases", ())),
        about=row.get("about", ""),
        short_names=tuple(row.get("short_names", ())),
    )
    for name, row in _DATA["providers"].items()
}
TEMPLATES: dict[str, Template] = {
    key: _template(row, PROVIDERS) for key, row in _DATA["templates"].items()
}
CLOSERS: tuple[str, ...] = tuple(_DATA["closers"])
ACCESSIBILITY: tuple[str, ...] = tuple(_DATA["accessibility"])
LANGUAGES: tuple[str, ...] = tuple(_DATA["languages"])
VENUE_KINDS: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in _DATA["venue_kinds"].items()}
SAINTS: tuple[str, ...] = tuple(_DATA["saints"])
STREETS: tuple[str, ...] = tuple(_DATA["streets"])
PARK_WORDS: tuple[str, ...] = tuple(_DATA["park_words"])
TREES: tuple[str, ...] = tuple(_DATA["trees"])
CHARITY_WORDS: tuple[str, ...] = tuple(_DATA["charity_words"])
CHARITY_SUFFIXES: tuple[str, ...] = tuple(_DATA["charity_suffixes"])
RDA_GROUPS: tuple[str, ...] = tuple(_DATA["rda_groups"])
COUNCILS: dict[str, str] = dict(_DATA["councils"])
COLLEGES: dict[str, str] = dict(_DATA["colleges"])
LEISURE_OPERATORS: dict[str, str] = dict(_DATA["leisure_operators"])
YMCA_REGIONS: dict[str, str] = dict(_DATA["ymca_regions"])
PROGRAMME_BRANDS: tuple[str, ...] = tuple(_DATA["programme_brands"])
FIRST_NAMES: tuple[str, ...] = tuple(_DATA["first_names"])
SURNAMES: tuple[str, ...] = tuple(_DATA["surnames"])
RELATED_CATEGORIES: dict[str, tuple[str, ...]] = {
    k: tuple(v) for k, v in _DATA["related_categories"].items()
}
