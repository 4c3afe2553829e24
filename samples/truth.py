"""Ground truth of the sample data, for tests and evaluation scripts only.

Which listing in which source is which real-world service, and what each service really is
(its categories, borough, postcode, position, status). Production code never reads this: the
``harvesters`` and ``index`` packages cannot import ``signpost`` (import-linter), and the
sample sites never render a ground-truth id.

    truth = load_truth()
    truth.service_for("careplace", "Services/Details/39024")  # or the key, or the full URL
    truth.duplicate_pairs()       # every pair of listings that are the same service
    truth.changes("careplace", 1) # what `POST /_control/careplace/update` changes
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations
from urllib.parse import parse_qs, urlsplit

from samples.dataset import Dataset, Listing
from samples.evolution import Changes, changes
from samples.loader import load_cached


@dataclass(frozen=True)
class ServiceTruth:
    id: str
    name: str
    organisation: str
    categories: tuple[str, ...]
    """Category keys (samples/categories.py): the needs the service meets."""
    borough: str
    boroughs: tuple[str, ...]
    postcode: str
    latitude: float
    longitude: float
    status: str
    previous_postcode: str | None
    """Set when the service moved; some sources still show the old address."""
    is_free: bool
    min_age: int | None
    max_age: int | None


ListingRef = tuple[str, str]
"""(source id, listing key)."""


class GroundTruth:
    def __init__(self, dataset: Dataset) -> None:
        self.dataset = dataset
        self.services: dict[str, ServiceTruth] = {}
        for s in dataset.services:
            self.services[s.id] = ServiceTruth(
                id=s.id,
                name=s.name,
                organisation=s.org_name,
                categories=tuple(s.categories),
                borough=s.borough,
                boroughs=tuple(s.boroughs),
                postcode=s.place.postcode or "",
                latitude=s.place.latitude or 0.0,
                longitude=s.place.longitude or 0.0,
                status=s.status,
                previous_postcode=s.previous_place.postcode if s.previous_place else None,
                is_free=s.is_free,
                min_age=s.min_age,
                max_age=s.max_age,
            )
        self._by_source: dict[str, dict[str, Listing]] = defaultdict(dict)
        self._aliases: dict[str, dict[str, str]] = defaultdict(dict)
        for item in dataset.listings:
            self._by_source[item.source_id][item.key] = item
            aliases = self._aliases[item.source_id]
            aliases[item.key] = item.key
            if item.path:
                aliases[item.path] = item.key
                aliases[f"/{item.source_id}/{item.path}"] = item.key

    def sources(self) -> list[str]:
        return sorted(self._by_source)

    def listing(self, source_id: str, key_or_url: str) -> Listing | None:
        """The listing a harvester's key or URL refers to (key, path, or absolute URL)."""
        aliases = self._aliases.get(source_id, {})
        key = aliases.get(key_or_url)
        if key is None:
            parts = urlsplit(key_or_url)
            path = parts.path + (f"?{parts.query}" if parts.query else "")
            key = aliases.get(path) or aliases.get(path.lstrip("/"))
            if key is None and parts.query:
                ids = parse_qs(parts.query).get("id") or parse_qs(parts.query).get("providerId")
                key = aliases.get(ids[0]) if ids else None
            if key is None:
                key = aliases.get(parts.path.rstrip("/").rsplit("/", 1)[-1])
        return self._by_source[source_id].get(key) if key else None

    def service_for(self, source_id: str, key_or_url: str) -> str | None:
        """The ground-truth service id of one listing, or None if it is not a listing."""
        item = self.listing(source_id, key_or_url)
        return item.service_id if item else None

    def listings(self, source_id: str, generation: int = 0) -> dict[str, str]:
        """Listing key → service id for what the source shows at ``generation``."""
        diff = changes(list(self._by_source[source_id].values()), generation)
        return {
            key: item.service_id
            for key, item in self._by_source[source_id].items()
            if (item.introduced <= generation and key not in diff.removed)
        }

    def clusters(self, sources: list[str] | None = None) -> dict[str, list[ListingRef]]:
        """Service id → every listing of it (generation 0), optionally only in ``sources``."""
        out: dict[str, list[ListingRef]] = defaultdict(list)
        for source_id in sources or self.sources():
            for key, service_id in self.listings(source_id).items():
                out[service_id].append((source_id, key))
        return dict(out)

    def duplicate_pairs(self, sources: list[str] | None = None) -> set[frozenset[ListingRef]]:
        """Every unordered pair of listings that describe the same service: the positives a
        deduplicator's precision and recall are measured against."""
        pairs: set[frozenset[ListingRef]] = set()
        for refs in self.clusters(sources).values():
            pairs.update(frozenset(p) for p in combinations(refs, 2))
        return pairs

    def changes(self, source_id: str, generation: int) -> Changes:
        """Keys added, edited and removed between generation 0 and ``generation``."""
        return changes(list(self._by_source[source_id].values()), generation)

    def services_in(self, category: str, borough: str | None = None) -> list[ServiceTruth]:
        """Services meeting a need (optionally in a borough): relevance judgements for search."""
        return [
            s
            for s in self.services.values()
            if category in s.categories and (borough is None or borough in s.boroughs)
        ]


@lru_cache(maxsize=1)
def load_truth() -> GroundTruth:
    return GroundTruth(load_cached())
