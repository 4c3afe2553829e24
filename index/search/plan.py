"""A query as understood: needs made of concepts with their synonyms, an origin, filters.

"debt advice and employment support near HA1" becomes a ``QueryPlan``: two needs, an origin
from the postcode gazetteer, and the filters. Backends turn a plan into FTS5 or Elasticsearch
queries; keeping the understanding in one place means both backends agree on what a query
means.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from index.search.schedule import OpenAt
from index.vocab import Phrase

STOPWORDS = frozenset([
    "a", "an", "the", "and", "or", "of", "for", "to", "in", "on", "at", "by", "with", "near",
    "nearby", "around", "from", "my", "me", "i", "we", "our", "us", "is", "are", "be", "can",
    "some", "any", "please", "need", "needs", "want", "looking", "find", "finding", "service",
    "services", "people", "person", "someone", "something", "local",
])  # fmt: skip
"""Words that carry no need on their own. They still count inside a known phrase
("riding for the disabled"), because phrases are matched before stop words are dropped."""


class QueryError(ValueError):
    """The query cannot be answered as asked (unknown postcode, lat without lon): the message
    is shown to the person, so it says what to change."""


@dataclass(frozen=True)
class Slot:
    """One concept of a need: any of its alternatives satisfies it. The first is what was
    typed (its words, in any order and position); the others are synonyms, matched as
    phrases ("back to work" must not match every listing that says "we work with")."""

    alternatives: tuple[Phrase, ...]
    prefix: bool = False
    """The person is still typing this word: match it as a prefix."""

    def words(self) -> set[str]:
        return {w for alt in self.alternatives for w in alt}


@dataclass(frozen=True)
class Need:
    """One thing the person needs, e.g. "debt advice"."""

    text: str
    """The need as understood (after typo correction), for labels like ``matched_need``."""
    original: str
    slots: tuple[Slot, ...]


@dataclass(frozen=True)
class Origin:
    """Where distances are measured from, and how that place was understood."""

    lat: float
    lon: float
    postcode: str | None = None
    precision: str = "point"
    """``postcode`` | ``sector`` | ``outcode`` | ``place`` | ``borough`` | ``point``"""
    borough: str | None = None
    place: str | None = None
    """A place or borough name ("Harlesden") when that is what was typed."""
    note: str | None = None
    """A sentence for the person when the origin is not exactly what was typed ("UB8 1AA is
    not a current postcode; distances are from UB8 1") or is a place's centre."""

    def as_dict(self) -> dict[str, object]:
        return {
            "postcode": self.postcode,
            "lat": self.lat,
            "lon": self.lon,
            "precision": self.precision,
            "place": self.place,
            "note": self.note,
        }


@dataclass
class QueryPlan:
    needs: list[Need]
    origin: Origin | None = None
    radius_km: float | None = None
    origin_area: str | None = None
    """The area key (``index.search.areas``) of the district the origin postcode is in: a
    service covering that area passes a radius filter whatever its distance."""
    categories: set[str] = field(default_factory=set)
    """Signpost term ids, already expanded to their descendants."""
    category_requested: bool = False
    """Whether categories were asked for at all (an unknown id then matches nothing)."""
    boroughs: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    age: int | None = None
    free_only: bool = False
    open_at: OpenAt | None = None
    sort: str = "relevance"
    page: int = 1
    per_page: int = 10
    corrected_text: str | None = None
    understood: dict[str, Any] = field(default_factory=dict)
    """Filters read from the words typed rather than given as parameters ("open now", "free",
    "for 11 year olds", "within 2 miles of"): ``open`` ("now", "today", "tomorrow" or a day
    code), ``free``, ``age``, ``within_km``."""

    @property
    def has_text(self) -> bool:
        return any(n.slots for n in self.needs)

    def highlight_words(self) -> tuple[set[str], set[str]]:
        """(whole words, prefixes) worth marking in results."""
        exact: set[str] = set()
        prefixes: set[str] = set()
        for need in self.needs:
            for slot in need.slots:
                target = prefixes if slot.prefix else exact
                target.update(w for w in slot.words() if w not in STOPWORDS)
        return exact, prefixes
