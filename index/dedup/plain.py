"""Records as plain data: a stored record's own JSON object, read without a pydantic model.

The streamed dedup reads every record twice. The first pass needs only each record's
comparable form, so validating a whole ``SourceRecord`` there (a third of that pass's cost) buys
nothing when the data is what the store or an export wrote from a validated record: it is
validated already. ``PlainView`` lets ``comparable_from_record`` read such a mapping with the
attribute names it reads on a model, so the one conversion stays the only one (a plain record
and its model give equal comparables; tested). The merge pass validates each record
(``as_record``), since merged services are models.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

from index.dedup.comparable import Comparable, Locator, comparable_from_record
from index.model import SourceRecord, make_record_id

LIST_FIELDS = frozenset({"locations", "phones", "categories"})
"""Fields the comparable form iterates over; a mapping without one reads as empty, as the
model's default would."""

FLOAT_FIELDS = frozenset({"latitude", "longitude"})
"""JSON may write a whole-number coordinate as an int; the model holds floats."""


class PlainView:
    """Attribute access over a JSON object (nested objects and lists of them viewed alike)."""

    __slots__ = ("_data",)

    def __init__(self, data: Mapping[str, Any]) -> None:
        self._data = data

    def __getattr__(self, name: str) -> Any:
        value = self._data.get(name)
        if value is None:
            return [] if name in LIST_FIELDS else None
        if isinstance(value, dict):
            return PlainView(value)
        if isinstance(value, list):
            return [PlainView(v) if isinstance(v, dict) else v for v in value]
        if name in FLOAT_FIELDS:
            return float(value)
        return value


def plain_record_id(data: Mapping[str, Any]) -> str:
    """``SourceRecord.id`` of a plain record."""
    return make_record_id(data["source_id"], data["listing_key"])


def comparable_from_data(
    data: Mapping[str, Any], record_id: str | None = None, locate: Locator | None = None
) -> Comparable:
    """``comparable_from_record`` on a plain record, without building its model."""
    view = cast(SourceRecord, PlainView(data))
    return comparable_from_record(view, record_id or plain_record_id(data), locate)


def as_record(item: SourceRecord | Mapping[str, Any]) -> SourceRecord:
    """The model of a record given either way."""
    if isinstance(item, SourceRecord):
        return item
    return SourceRecord.model_validate(item)
