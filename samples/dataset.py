"""The sample data set as plain records, and reading/writing the committed files in ``data/``.

Two layers, kept apart on purpose:

* the **world** (``Organisation``, ``TruthService``): what really exists — the ground truth;
* the **listings** (``Listing``): what one source publishes about one service, with that
  source's own id, wording, formats, gaps and staleness. The sites render listings only.

Files are gzip JSON lines so the committed set stays small (about 1 MB) and a diff of a
regenerated set is at least inspectable with ``zcat``.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any, TypeVar

DATA_DIR = Path(__file__).resolve().parent / "data"
FORMAT_VERSION = 1


@dataclass
class Place:
    """A street address. In listings any part may be missing or written differently."""

    venue: str | None
    line1: str | None
    line2: str | None
    town: str | None
    postcode: str | None
    latitude: float | None
    longitude: float | None
    borough: str | None


@dataclass
class Slot:
    """One weekly opening: RFC 5545 days (``MO,WE``), ``HH:MM`` times."""

    byday: str
    opens_at: str | None
    closes_at: str | None


@dataclass
class Organisation:
    id: str
    name: str
    kind: str
    description: str
    aliases: list[str] = field(default_factory=list)
    website: str | None = None
    email: str | None = None
    phone: str | None = None
    charity_number: str | None = None
    borough: str | None = None


@dataclass
class TruthService:
    """One real-world service. ``id`` is the ground-truth identity dedup is measured against."""

    id: str
    name: str
    org_id: str
    org_name: str
    description: str
    categories: list[str]
    borough: str
    boroughs: list[str]
    """Every borough the service is listed for (its home borough first)."""
    place: Place
    previous_place: Place | None
    """Where it was before it moved (some sources still show this)."""
    status: str
    """active | inactive | defunct | temporarily closed"""
    phone: str | None
    """E.164."""
    email: str | None
    website: str | None
    contact_name: str | None
    slots: list[Slot]
    schedule_text: str
    cost: str
    is_free: bool
    min_age: int | None
    max_age: int | None
    eligibility: str
    referral: str
    accessibility: list[str]
    languages: list[str]
    last_modified: str
    """ISO date."""
    old_description: str | None = None
    """An earlier version of the description (stale copies keep it)."""
    other_names: list[str] = field(default_factory=list)
    """Other names some sources list the same service under (a specific name for a generic
    one, an acronym or its expansion, a programme brand in other wrappers)."""


@dataclass
class Listing:
    """One service as one source publishes it. ``service_id`` is ground truth and is never
    rendered by a site."""

    source_id: str
    key: str
    """The source's own identifier (what its URLs use)."""
    path: str
    """Detail URL path under the site prefix, e.g. ``Services/4312`` (empty for feeds and CSV
    rows that have no page of their own)."""
    service_id: str
    name: str
    description: str
    org_name: str | None
    org_key: str | None
    address: Place | None
    phone: str | None
    """As the source writes it ("020 7946 0123", "+44 20 7946 0123", …)."""
    email: str | None
    website: str | None
    contact_name: str | None
    slots: list[Slot]
    schedule_text: str | None
    cost: str | None
    is_free: bool | None
    min_age: int | None
    max_age: int | None
    eligibility: str | None
    referral: str | None
    accessibility: list[str]
    languages: list[str]
    categories: list[str]
    """Ground-truth category keys; each site renders its own labels for them."""
    borough: str | None
    status: str
    """What the source says: active, or the closed states when it noticed."""
    last_modified: str
    hidden_contact: bool = False
    """CarePlace: the provider chose to hide contact details."""
    introduced: int = 0
    """Generation at which the listing first appears (0 = from the start; see evolution.py)."""


T = TypeVar("T")


def from_row(cls: type[T], raw: dict[str, Any]) -> T:
    kwargs: dict[str, Any] = {}
    for f in fields(cls):  # type: ignore[arg-type]
        if f.name not in raw:
            continue
        value = raw[f.name]
        if f.name in ("place", "previous_place", "address") and value is not None:
            value = Place(**value)
        elif f.name == "slots":
            value = [Slot(**s) for s in value]
        kwargs[f.name] = value
    return cls(**kwargs)


def write_jsonl(path: Path, rows: Iterable[Any]) -> int:
    """Write dataclass rows; ``mtime=0`` keeps the gzip bytes reproducible."""
    path.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with (
        open(path, "wb") as raw,
        gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, compresslevel=9) as gz,
    ):
        for row in rows:
            data = asdict(row) if not isinstance(row, dict) else row
            gz.write(json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8") + b"\n")
            n += 1
    return n


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


@dataclass
class Dataset:
    meta: dict[str, Any]
    organisations: list[Organisation]
    services: list[TruthService]
    listings: list[Listing]
    postcodes: dict[str, tuple[float, float]]
    """Every postcode the data uses → (lat, lon): lets FID-like proximity search work without
    the gazetteer."""

    def listings_of(self, source_id: str) -> list[Listing]:
        return [item for item in self.listings if item.source_id == source_id]


def save(dataset: Dataset, data_dir: Path = DATA_DIR) -> dict[str, int]:
    data_dir.mkdir(parents=True, exist_ok=True)
    counts = {
        "organisations": write_jsonl(data_dir / "organisations.jsonl.gz", dataset.organisations),
        "services": write_jsonl(data_dir / "services.jsonl.gz", dataset.services),
        "listings": write_jsonl(data_dir / "listings.jsonl.gz", dataset.listings),
    }
    write_jsonl(
        data_dir / "postcodes.jsonl.gz",
        [{k: list(v) for k, v in sorted(dataset.postcodes.items())}],
    )
    meta = dict(dataset.meta, format=FORMAT_VERSION, counts=counts)
    (data_dir / "meta.json").write_text(
        json.dumps(meta, indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )
    return counts
