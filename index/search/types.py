"""The words of a search, shared by the API, the CLI and every backend: a query as asked, a
hit, a page of hits with facets, a suggestion, a backend's health.

Validation of ``SearchQuery`` is the single place input limits live.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

MAX_QUERY_CHARS = 200
MAX_PER_PAGE = 100
MAX_PAGE = 100
MAX_PLACE_CHARS = 60
"""A postcode or a London place name ("Kingston upon Thames", "Harrow on the Hill")."""
"""Deep paging is refused: nobody reads page 101 of a care directory; scrapers use /oruk."""


class SearchQuery(BaseModel):
    """What a person asks for. Validation here is the single place input limits live."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(default="", max_length=MAX_QUERY_CHARS)
    needs: list[str] = Field(default_factory=list, max_length=5)
    """Several needs at once ("debt advice", "employment support"): results cover each need,
    interleaved, instead of an AND that finds nothing."""
    postcode: str | None = Field(default=None, max_length=MAX_PLACE_CHARS)
    """A postcode (full, sector or district) or a London place or borough name."""
    lat: float | None = Field(default=None, ge=-90, le=90)
    lon: float | None = Field(default=None, ge=-180, le=180)
    radius_km: float | None = Field(default=None, gt=0, le=1000)
    categories: list[str] = Field(default_factory=list, max_length=20)
    """Signpost taxonomy term ids (index/vocab/taxonomy.csv)."""
    boroughs: list[str] = Field(default_factory=list, max_length=40)
    sources: list[str] = Field(default_factory=list, max_length=40)
    age: int | None = Field(default=None, ge=0, le=120)
    free_only: bool = False
    open_now: bool = False
    day: Literal["MO", "TU", "WE", "TH", "FR", "SA", "SU"] | None = None
    time: str | None = Field(default=None, pattern=r"^([01]\d|2[0-3]):[0-5]\d$")
    page: int = Field(default=1, ge=1, le=MAX_PAGE)
    per_page: int = Field(default=10, ge=1, le=MAX_PER_PAGE)
    sort: Literal["relevance", "distance"] = "relevance"

    @field_validator("text")
    @classmethod
    def _strip(cls, v: str) -> str:
        return " ".join(v.split())


class FacetCount(BaseModel):
    value: str
    label: str
    count: int


class SearchHit(BaseModel):
    """One merged service in a result list, with what a results page needs to show it."""

    id: str
    name: str
    organization: str | None = None
    snippet: str = ""
    """Plain text (never HTML), the start of the description or the passage that matched."""
    categories: list[str] = Field(default_factory=list)
    """Taxonomy term names."""
    address: str | None = None
    postcode: str | None = None
    borough: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    distance_km: float | None = None
    service_areas: list[str] = Field(default_factory=list)
    """Areas the service covers ("Bristol"): what a result shows, "covers …", where it has
    no distance (a service with no venue)."""
    phones: list[str] = Field(default_factory=list)
    email: str | None = None
    url: str | None = None
    opening_times: list[str] = Field(default_factory=list)
    """Human-readable lines, e.g. "Mon–Fri 09:00–17:00"."""
    cost: str | None = None
    is_free: bool | None = None
    source_ids: list[str] = Field(default_factory=list)
    last_updated: str | None = None
    score: float = 0.0
    matched_need: str | None = None
    """For multi-need queries, which need this hit answers."""
    highlights: dict[str, list[tuple[int, int]]] = Field(default_factory=dict)
    """Field → [start, end) character offsets of matched terms in that field's plain text
    (``name``, ``snippet``), so clients can mark them without ever parsing HTML."""


class SearchPage(BaseModel):
    total: int
    page: int
    per_page: int
    results: list[SearchHit]
    facets: dict[str, list[FacetCount]] = Field(default_factory=dict)
    """``category``, ``borough``, ``cost``, ``source`` → counts over the whole result set."""
    corrected_text: str | None = None
    """The query as typo correction / synonym expansion understood it, when it differs."""
    origin: dict[str, Any] | None = None
    """Where distances are measured from: {postcode, lat, lon, precision, place, note}."""
    understood: dict[str, Any] | None = None
    """Filters read from the words typed, not given as parameters: ``open`` ("now", "today",
    "tomorrow", or a day "MO"…"SU"), ``free``, ``age``, ``within_km`` ("food bank open now",
    "free counselling", "youth club for 11 year olds", "within 2 miles of HA1")."""


class Suggestion(BaseModel):
    text: str
    kind: Literal["service", "category", "synonym", "organization", "place"]
    id: str | None = None
    """Merged service id for kind ``service``, taxonomy term id for ``category``; a ``place``
    completes a London place name typed after "near" ("walking group near Harlesden")."""


class BackendHealth(BaseModel):
    backend: str
    ok: bool
    documents: int
    detail: str | None = None
