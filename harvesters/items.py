"""What spiders yield. A spider parses; it never decides what is published and never
touches the store: :mod:`harvesters.pipeline` turns these into SourceRecords and the
result of the run."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from index.model import Service


@dataclass
class Listing:
    """One listing as parsed: the normalised service and the raw fields as found."""

    listing_key: str
    """The source's own stable id for the listing (or its URL path): ids stay stable."""
    source_url: str
    service: Service
    raw: dict[str, Any] = field(default_factory=dict)


@dataclass
class Unchanged:
    """A page answered 304 Not Modified: whatever it gave last time still stands."""

    url: str
