"""The cases dedup finds hardest, put into every borough of the sample world on purpose.

The issue they come from (dedup merging one service under many names without merging
neighbours that share a switchboard) names kinds of case, and each is generated here from the
catalogue's own tables, never copied from any directory:

* **one service, several names** — a generic and a specific name ("Walking Group" / "Harrow
  Health Walks – Canons Park"), an acronym and its expansion ("RDA Park Lane Group" / "Park Lane
  Riding for the Disabled Association", "AUK Befriending Service", "ESOL" / "English for
  Speakers of Other Languages"), a council programme's brand in different wrappers ("WorkPath
  (Harrow Council)" / "WorkPath Employment Support"), "Youth Club" / "Pinner Youth Centre".
  Each copy of the service picks one of its names (``variations.choose_name``); the copies
  also differ in "Ave"/"Avenue", "London" for the locality, a missing address line and the
  e-mail's case (``variations``);
* **different services sharing a building and a switchboard** — four council services at the
  borough's civic centre with the council's phone, e-mail and web site;
* **one charity, several services from one office** — Age UK's befriending, benefits check and
  lunch club sharing its line.

* **one organisation, the same-named group in two boroughs** — an Alzheimer's Society
  "Dementia Café" in every borough, on the charity's national line (the ordinary services add
  more: AA meetings, Cruse).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Forced:
    """What a hard case fixes about a service instead of drawing it (``hard_cases.py``)."""

    variant_name: str | None = None
    """Use the variant that has this name."""
    provider: str | None = None
    """Key of ``catalogue.PROVIDERS`` that runs it."""
    venue_kind: str | None = None
    switchboard: bool = False
    """Use the organisation's own phone, e-mail and web site (a council switchboard)."""
    short_name: bool = False
    """Also list it under the provider's acronym (``AUK Befriending Service``)."""


HARD_CASES: tuple[tuple[str, Forced], ...] = (
    # One service under several names (other_names in tables/catalogue.json).
    ("walking-groups", Forced(variant_name="Walking Group")),
    ("riding-for-disabled", Forced(variant_name="RDA {rda_group} Group")),
    ("employment-support", Forced(variant_name="{brand} ({council})")),
    ("youth-clubs", Forced(variant_name="Youth Club")),
    ("esol", Forced(variant_name="ESOL Classes")),
    ("befriending", Forced(variant_name="Befriending Service", provider="AGE_UK", short_name=True)),
    ("debt-advice", Forced(variant_name="Debt Advice", provider="CAB", short_name=True)),
    ("mental-health-peer-support", Forced(provider="MIND", short_name=True)),
    # Different services at the civic centre, on the council's switchboard.
    ("housing-advice", Forced("Housing Options", "COUNCIL", "civic_centre", switchboard=True)),
    ("employment-support", Forced("Job Club", "COUNCIL", "civic_centre", switchboard=True)),
    ("benefits-advice", Forced("Benefits Advice", "COUNCIL", "civic_centre", switchboard=True)),
    ("carers-support", Forced("Carers Support", "COUNCIL", "civic_centre", switchboard=True)),
    # One organisation, the same-named group in every borough (on its national line).
    ("dementia-cafes", Forced(variant_name="Dementia Café", provider="ALZ")),
    # One charity's office, several services on its line.
    ("benefits-advice", Forced("Benefits Check", "AGE_UK", "office", switchboard=True)),
    ("lunch-clubs", Forced("Lunch Club", "AGE_UK", "office", switchboard=True)),
)


def hard_cases() -> tuple[tuple[str, Forced], ...]:
    """(category key, what is fixed) for each hard case every borough gets."""
    return HARD_CASES
