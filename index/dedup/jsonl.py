"""Outside data for ``signpost dedup-file``: one JSON object per line → ``SourceRecord``.

Each line becomes the same ``SourceRecord`` a harvester would have produced for such a listing,
so the file is deduplicated by exactly the pipeline's code. Recognised keys: ``id`` (required),
``source``, ``name``, ``address``, ``city``, ``postcode``, ``phone``, ``email``, ``website``,
``description``, ``categories``; anything else is kept in ``raw`` only.

A bad line (not JSON, not an object, no ``id``, a repeated id) is reported with its line number
and skipped; the rest of the file is still read.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from index.geo import find_postcodes, normalise_postcode
from index.model import Location, Phone, Service, SourceRecord

DEFAULT_SOURCE = "file"
FILE_FETCHED_AT = datetime(1970, 1, 1, tzinfo=UTC)
"""Records from a file have no fetch time; a fixed one keeps the run deterministic."""


@dataclass(frozen=True, slots=True)
class LineProblem:
    line: int
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}; skipped"


@dataclass(frozen=True, slots=True)
class FileRecord:
    line: int
    input_id: str
    record: SourceRecord


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value if v is not None)
    text = str(value).strip()
    return text or None


def record_from_object(obj: dict[str, Any]) -> SourceRecord:
    """The harvester-equivalent record for one input object (``id`` present)."""
    input_id = str(obj["id"]).strip()
    source = _text(obj.get("source")) or DEFAULT_SOURCE
    address = _text(obj.get("address"))
    postcode_text = _text(obj.get("postcode"))
    postcode = normalise_postcode(postcode_text) if postcode_text else None
    if postcode is None and address:
        found = find_postcodes(address)
        postcode = found[0] if found else None
    city = _text(obj.get("city"))
    locations = (
        [Location(address_1=address, city=city, postal_code=postcode)]
        if address or city or postcode
        else []
    )
    phone = _text(obj.get("phone"))
    categories = obj.get("categories") or []
    if isinstance(categories, str):
        categories = [c.strip() for c in categories.split(",") if c.strip()]
    service = Service(
        id="pending",
        name=_text(obj.get("name")) or "",
        description=_text(obj.get("description")),
        url=_text(obj.get("website")),
        email=_text(obj.get("email")),
        locations=locations,
        phones=[Phone(number=phone)] if phone else [],
        categories=[str(c) for c in categories if c is not None],
    )
    return SourceRecord(
        source_id=source,
        listing_key=input_id,
        source_url=f"file:{source}/{input_id}",
        fetched_at=FILE_FETCHED_AT,
        raw=obj,
        service=service,
    )


def read_jsonl(lines: Iterable[str]) -> tuple[list[FileRecord], list[LineProblem]]:
    """Parse every line; problems are collected, never raised."""
    records: list[FileRecord] = []
    problems: list[LineProblem] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(LineProblem(number, f"not JSON ({exc.msg})"))
            continue
        if not isinstance(obj, dict):
            problems.append(LineProblem(number, "not a JSON object"))
            continue
        if obj.get("id") is None or not str(obj["id"]).strip():
            problems.append(LineProblem(number, "no id"))
            continue
        try:
            record = record_from_object(obj)
        except (ValueError, TypeError) as exc:
            problems.append(LineProblem(number, f"unreadable fields ({exc})"))
            continue
        if record.id in seen:
            problems.append(LineProblem(number, f"id {obj['id']!r} repeats line {seen[record.id]}"))
            continue
        seen[record.id] = number
        records.append(FileRecord(number, str(obj["id"]).strip(), record))
    return records, problems


def iter_lines(path: Any) -> Iterator[str]:
    with open(path, encoding="utf-8", errors="replace") as handle:
        yield from handle
