"""The canonical Signpost model, aligned to Open Referral UK 3.0 / HSDS 3.0 field names.

Every harvester normalises what it finds into these classes, deduplication merges them, the
search backends index them and the API serialises them. Field names follow HSDS 3.0 (``fees``
is called ``fees_description`` as in ORUK 3.0's UK profile, ``postal_code`` as in HSDS
addresses) so that the ORUK output is a mapping, not a translation.

Ids are stable: a listing's id is derived from its source id and the source's own key for it
(``make_record_id``), so the same listing from the same source keeps its id across runs.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

DAYS: tuple[str, ...] = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
"""RFC 5545 day codes, as HSDS ``byday`` uses them, Monday first."""
DAY_NAME = (
    r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday|s)?|thu(?:r(?:s(?:day)?)?)?"
    r"|fri(?:day)?|sat(?:urday)?|sun(?:day)?)"
)
"""A day of the week as people write it, in full or short ("Tues", "Thurs"); match it ignoring
case. Listings' opening times and searchers' "open on Saturday" read days with it."""


def day_code(name: str) -> str:
    """The code of a day ``DAY_NAME`` matched: "Tuesday", "tues", "THU" → "TU", "TH"."""
    return DAYS[("mo", "tu", "we", "th", "fr", "sa", "su").index(name[:2].lower())]


ServiceStatus = Literal["active", "inactive", "defunct", "temporarily closed"]


def utcnow() -> datetime:
    """Timezone-aware now; one place so tests and code agree on UTC."""
    return datetime.now(UTC)


def stable_id(*parts: str) -> str:
    """A short, deterministic id from its parts (sha1, 20 hex chars: collisions are negligible
    at directory scale and ids stay readable in URLs)."""
    joined = "\x1f".join(parts)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()[:20]


def make_record_id(source_id: str, listing_key: str) -> str:
    """The id of one listing as one source saw it: same source + same key → same id."""
    return "r-" + stable_id(source_id, listing_key)


ModelT = TypeVar("ModelT", bound=BaseModel)

_set_attribute = object.__setattr__


def assemble(cls: type[ModelT], values: dict[str, Any]) -> ModelT:
    """``cls.model_construct(**values)`` for values that are already valid and name every
    field: the same model for a fraction of the cost (``model_construct`` looks for aliases and
    defaults field by field in Python, and the merge builds several models per service). Any
    other call is handed to ``model_construct``."""
    fields = cls.__pydantic_fields__
    if len(values) != len(fields) or cls.__pydantic_post_init__:
        return cls.model_construct(**values)
    model = cls.__new__(cls)
    _set_attribute(model, "__dict__", {name: values[name] for name in fields})
    _set_attribute(model, "__pydantic_fields_set__", set(fields))
    _set_attribute(model, "__pydantic_extra__", None)
    _set_attribute(model, "__pydantic_private__", None)
    return model


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class TaxonomyTerm(_Model):
    """A category. ``taxonomy`` names the vocabulary: ``signpost`` for our own taxonomy
    (index/vocab/taxonomy.csv), otherwise the source's own label set (e.g. ``careplace``)."""

    id: str
    name: str
    taxonomy: str = "signpost"
    parent_id: str | None = None
    description: str | None = None


class Phone(_Model):
    number: str
    """E.164 when it could be parsed (``+442084271234``), else as found."""
    description: str | None = None
    type: str | None = None


class Schedule(_Model):
    """One weekly opening pattern. ``description`` keeps the original text so nothing that
    could not be parsed is lost."""

    byday: str | None = None
    """Comma-separated RFC 5545 days, e.g. ``MO,TU``."""
    opens_at: str | None = None
    """``HH:MM`` local (Europe/London) time."""
    closes_at: str | None = None
    freq: str | None = "WEEKLY"
    description: str | None = None


class CostOption(_Model):
    option: str | None = None
    amount: float | None = None
    currency: str = "GBP"
    amount_description: str | None = None


class Location(_Model):
    id: str | None = None
    name: str | None = None
    description: str | None = None
    address_1: str | None = None
    address_2: str | None = None
    city: str | None = None
    postal_code: str | None = None
    """Validated, upper-case, single-space form (``HA1 2AA``) when known."""
    country: str = "GB"
    latitude: float | None = None
    longitude: float | None = None
    borough: str | None = None
    accessibility: list[str] = Field(default_factory=list)

    def without_address(self) -> Location:
        """This location with everything that could find a door removed (name, description,
        street, postcode, position); town and borough stay. Used for addresses a source flags
        as private and for data-protection erasures, so both withhold exactly the same."""
        return self.model_copy(
            update={
                "name": None,
                "description": None,
                "address_1": None,
                "address_2": None,
                "postal_code": None,
                "latitude": None,
                "longitude": None,
            }
        )

    def one_line_address(self) -> str:
        parts = [self.address_1, self.address_2, self.city, self.postal_code]
        return ", ".join(p for p in parts if p)


class ServiceArea(_Model):
    """An area a service covers, as HSDS 3.0 ``service_area`` names it ("Bristol", "Kingston
    upon Thames"). Outreach, phone and online services often have no venue at all: the area
    is how a search in that area finds them, and what a result shows instead of a distance."""

    id: str | None = None
    name: str
    description: str | None = None
    uri: str | None = None


class Organization(_Model):
    id: str | None = None
    name: str
    description: str | None = None
    email: str | None = None
    website: str | None = None
    charity_number: str | None = None
    company_number: str | None = None


class Service(_Model):
    """One service as described by one source, or the merged best-of-every-copy view."""

    id: str
    name: str
    description: str | None = None
    """Sanitised HTML fragment (nh3 allowlist) or plain text."""
    url: str | None = None
    email: str | None = None
    status: ServiceStatus = "active"
    fees_description: str | None = None
    is_free: bool | None = None
    cost_options: list[CostOption] = Field(default_factory=list)
    eligibility_description: str | None = None
    minimum_age: int | None = None
    maximum_age: int | None = None
    languages: list[str] = Field(default_factory=list)
    accessibility: list[str] = Field(default_factory=list)
    referral: str | None = None
    organization: Organization | None = None
    locations: list[Location] = Field(default_factory=list)
    service_areas: list[ServiceArea] = Field(default_factory=list)
    phones: list[Phone] = Field(default_factory=list)
    schedules: list[Schedule] = Field(default_factory=list)
    taxonomy_terms: list[TaxonomyTerm] = Field(default_factory=list)
    categories: list[str] = Field(default_factory=list)
    """Category labels exactly as the source gave them (mapped to ``taxonomy_terms`` later)."""
    last_modified: datetime | None = None
    """When the source says the listing last changed, if it says."""

    @property
    def boroughs(self) -> list[str]:
        seen: list[str] = []
        for loc in self.locations:
            if loc.borough and loc.borough not in seen:
                seen.append(loc.borough)
        return seen

    @property
    def postcodes(self) -> list[str]:
        return [loc.postal_code for loc in self.locations if loc.postal_code]


def content_hash(payload: Any) -> str:
    """Hash of a JSON-able payload with sorted keys: equal content → equal hash."""
    text = json.dumps(payload, sort_keys=True, default=str, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class SourceRecord(_Model):
    """One listing as one source saw it at one time: what harvesters yield.

    ``raw`` is what was found (already sanitised: no scripts, no event attributes), kept so a
    curator can see the evidence; ``service`` is the normalised reading of it.
    """

    source_id: str
    listing_key: str
    """The source's own identifier for the listing (its id, or its URL path)."""
    source_url: str
    fetched_at: datetime = Field(default_factory=utcnow)
    raw: dict[str, Any] = Field(default_factory=dict)
    service: Service
    content_hash: str = ""

    @property
    def id(self) -> str:
        return make_record_id(self.source_id, self.listing_key)

    def model_post_init(self, __context: Any) -> None:
        # The id and hash are derived, never trusted from the harvester, so that stable ids
        # and change detection cannot drift between spiders.
        self.service.id = self.id
        if not self.content_hash:
            body = self.service.model_dump(mode="json", exclude={"id"})
            if not body.get("service_areas"):
                # Fields added later are left out while empty, so a listing that did not
                # change keeps its hash (and is not reported changed) across the upgrade.
                body.pop("service_areas", None)
            self.content_hash = content_hash(body)


class ProvenanceEntry(_Model):
    """Where one field of a merged service came from."""

    record_id: str
    source_id: str
    source_url: str
    fetched_at: datetime


class MergedService(_Model):
    """One real-world service: the survivorship merge of one cluster of source records."""

    id: str
    service: Service
    member_ids: list[str]
    provenance: dict[str, list[ProvenanceEntry]] = Field(default_factory=dict)
    """Field name → the record(s) that field's value was taken from."""
    source_ids: list[str] = Field(default_factory=list)
    updated_at: datetime = Field(default_factory=utcnow)
