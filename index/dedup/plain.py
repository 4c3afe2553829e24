"""Records as plain data: a stored record's own JSON (text, or the parsed object), read without
a pydantic model.

The streamed dedup reads every record twice. The first pass needs only each record's
comparable form, so validating a whole ``SourceRecord`` there buys nothing when the data is
what the store or an export wrote from a validated record: it was validated on the way in.
``fields_of_data`` reads the few values the comparable form is built from straight from the
mapping, into the same ``Fields`` that ``comparable.fields_of_record`` reads from a model, so
``comparable_from_fields`` stays the one conversion (a plain record and its model give equal
comparables; tested). The merge pass validates each record (``as_record``): merged services
are models. Given the JSON text, the first pass parses it with orjson and the merge pass
validates it with pydantic's own JSON parser, the cheapest way to each pass's result.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import orjson

from index.dedup.comparable import (
    Comparable,
    Fields,
    Locator,
    Place,
    comparable_from_fields,
    comparable_from_record,
)
from index.model import SourceRecord, make_record_id

NO_ORG: Mapping[str, Any] = {}


Plain = Mapping[str, Any] | str | bytes
"""A record as plain data: its JSON object, or the JSON text of it."""


def parsed(item: Plain) -> Mapping[str, Any]:
    return orjson.loads(item) if isinstance(item, str | bytes) else item


def plain_record_id(data: Mapping[str, Any]) -> str:
    """``SourceRecord.id`` of a plain record."""
    return make_record_id(data["source_id"], data["listing_key"])


def fields_of_data(data: Mapping[str, Any]) -> Fields:
    """``fields_of_record`` for a plain record (a missing list reads as empty, as the model's
    default would)."""
    service = data["service"]
    org = service.get("organization")
    o = NO_ORG if org is None else org
    return Fields(
        source_id=data["source_id"],
        name=service["name"],
        url=service.get("url"),
        email=service.get("email"),
        has_org=org is not None,
        org_name=o.get("name"),
        org_email=o.get("email"),
        org_website=o.get("website"),
        charity_number=o.get("charity_number"),
        company_number=o.get("company_number"),
        places=[
            Place(
                loc.get("name"),
                loc.get("address_1"),
                loc.get("address_2"),
                loc.get("city"),
                loc.get("borough"),
                loc.get("postal_code"),
                loc.get("latitude"),
                loc.get("longitude"),
            )
            for loc in service.get("locations") or ()
        ],
        phone_numbers=[phone["number"] for phone in service.get("phones") or ()],
        categories=service.get("categories") or [],
    )


def comparable_from_data(
    data: Mapping[str, Any], record_id: str | None = None, locate: Locator | None = None
) -> Comparable:
    """``comparable_from_record`` on a plain record, without building its model."""
    return comparable_from_fields(fields_of_data(data), record_id or plain_record_id(data), locate)


Readable = SourceRecord | Plain
"""A record as a model, or as plain data: the JSON (text or object) a store or export wrote
from a validated record."""


def comparable_of(item: Readable, locate: Locator | None = None) -> Comparable:
    """The comparable form of a record given any way (its id is ``Comparable.id``)."""
    if isinstance(item, SourceRecord):
        return comparable_from_record(item, item.id, locate)
    data = parsed(item)
    return comparable_from_data(data, plain_record_id(data), locate)


def as_record(item: Readable) -> SourceRecord:
    """The model of a record given any way."""
    if isinstance(item, SourceRecord):
        return item
    if isinstance(item, str | bytes):
        return SourceRecord.model_validate_json(item)
    return SourceRecord.model_validate(item)
