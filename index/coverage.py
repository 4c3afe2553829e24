"""Where the directory has gaps: a category × borough matrix of live services, and listings
nobody has updated for a long time.

A **gap** is judged without population data, only against the directory itself: a category
offered in most boroughs but absent in one ("stop smoking" everywhere except Bexley) is far more
likely a missing listing — or a missing service — than a category offered in two boroughs of
eleven. The rule: a cell with no service is a gap when its category has services in more than
``gap_share`` of the boroughs, and there are at least ``MIN_BOROUGHS`` boroughs to compare.

Categories are Signpost taxonomy terms (``index.taxonomy``), classified exactly as the search
backends classify them, so the matrix counts what a search by category finds. ``level="top"``
rolls terms up to their top-level heading.

A **stale** listing is a live merged service whose newest evidence of change is older than a
number of months: the date a source says it last changed the listing or, where no source says,
the date Signpost last saw its content change (a lower bound for listings first harvested
recently — the export says which basis each date has).
"""

from __future__ import annotations

import csv
import io
import json
import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Literal

from index.geo import borough_key
from index.model import MergedService
from index.taxonomy import Taxonomy, default_taxonomy

if TYPE_CHECKING:
    from index.store import Store

Level = Literal["term", "top"]

MIN_BOROUGHS = 3
"""With fewer boroughs "most boroughs" means nothing."""
DEFAULT_GAP_SHARE = 0.5
"""A category is "present in most boroughs" when it is in more than this share of them."""
DEFAULT_STALE_MONTHS = 12
LIVE_STATUSES = frozenset({"active"})
"""Merged services counted as offered (closed and defunct ones are not)."""
UNKNOWN_BOROUGH = "(borough unknown)"


@dataclass
class CoverageMatrix:
    boroughs: list[str]
    """Column labels, alphabetical."""
    categories: list[tuple[str, str]]
    """Rows: (term id, label), alphabetical by label."""
    counts: dict[tuple[str, str], int]
    """(term id, borough) → live services."""
    gaps: set[tuple[str, str]] = field(default_factory=set)
    services: int = 0
    """Live merged services considered."""
    without_borough: int = 0
    """Live services with no borough known (counted in no column)."""
    without_category: int = 0
    level: Level = "term"
    gap_share: float = DEFAULT_GAP_SHARE

    def count(self, term_id: str, borough: str) -> int:
        return self.counts.get((term_id, borough), 0)

    def row_total(self, term_id: str) -> int:
        return sum(self.count(term_id, b) for b in self.boroughs)

    def boroughs_with(self, term_id: str) -> int:
        return sum(1 for b in self.boroughs if self.count(term_id, b) > 0)

    @property
    def max_count(self) -> int:
        return max(self.counts.values(), default=0)

    def shade(self, term_id: str, borough: str, steps: int = 5) -> int:
        """0 (none) … ``steps`` (the busiest cell): a log scale, so a borough with 3 services
        still looks different from one with 1 next to a row of 40s."""
        n = self.count(term_id, borough)
        top = self.max_count
        if n <= 0 or top <= 0:
            return 0
        return max(1, min(steps, math.ceil(steps * math.log1p(n) / math.log1p(top))))

    def gap_list(self) -> list[tuple[str, str, str, int]]:
        """(term id, label, borough, boroughs that have it), commonest category first."""
        labels = dict(self.categories)
        rows = [(t, labels[t], b, self.boroughs_with(t)) for t, b in self.gaps]
        return sorted(rows, key=lambda r: (-r[3], r[1], r[2]))


def service_boroughs(merged: MergedService, source_boroughs: Mapping[str, str | None]) -> list[str]:
    """The boroughs a service is in: its locations', else its sources' (a borough directory
    lists services of its own borough)."""
    found = [loc.borough for loc in merged.service.locations if loc.borough]
    if not found:
        found = [b for sid in merged.source_ids if (b := source_boroughs.get(sid))]
    return list(dict.fromkeys(found))


def coverage_matrix(
    services: Iterable[MergedService],
    *,
    source_boroughs: Mapping[str, str | None] | None = None,
    boroughs: Iterable[str] = (),
    level: Level = "term",
    gap_share: float = DEFAULT_GAP_SHARE,
    taxonomy: Taxonomy | None = None,
) -> CoverageMatrix:
    """Count live services per category and borough and mark the gaps.

    ``boroughs`` adds columns that should appear even with no service (the boroughs the
    configured sources cover): a borough with nothing at all is the biggest gap of all.
    """
    tax = taxonomy or default_taxonomy()
    source_boroughs = source_boroughs or {}
    spelling: dict[str, Counter[str]] = {}

    def column(name: str) -> str:
        key = borough_key(name)
        spelling.setdefault(key, Counter())[name] += 1
        return key

    for name in boroughs:
        column(name)
    for name in source_boroughs.values():
        if name:
            column(name)

    keyed: Counter[tuple[str, str]] = Counter()
    categories: dict[str, str] = {}
    total = without_borough = without_category = 0
    for merged in services:
        if merged.service.status not in LIVE_STATUSES:
            continue
        total += 1
        places = {column(b) for b in service_boroughs(merged, source_boroughs)}
        terms = _categories(tax, merged, level)
        if not places:
            without_borough += 1
        if not terms:
            without_category += 1
        for term_id, label in terms.items():
            categories[term_id] = label
            for place in places:
                keyed[(term_id, place)] += 1

    display = {key: names.most_common(1)[0][0] for key, names in spelling.items()}
    cols = sorted(display.values(), key=str.casefold)
    counts = {(t, display[k]): n for (t, k), n in keyed.items()}
    rows = sorted(categories.items(), key=lambda item: item[1].casefold())
    matrix = CoverageMatrix(
        boroughs=cols,
        categories=rows,
        counts=counts,
        services=total,
        without_borough=without_borough,
        without_category=without_category,
        level=level,
        gap_share=gap_share,
    )
    if len(cols) >= MIN_BOROUGHS:
        for term_id, _label in rows:
            present = matrix.boroughs_with(term_id)
            if present > gap_share * len(cols):
                matrix.gaps.update((term_id, b) for b in cols if matrix.count(term_id, b) == 0)
    return matrix


def _categories(tax: Taxonomy, merged: MergedService, level: Level) -> dict[str, str]:
    terms = tax.terms_for(merged.service)
    out: dict[str, str] = {}
    for term in terms:
        term_id = term.id
        if level == "top":
            ancestors = tax.ancestors(term_id) if term_id in tax.rows else []
            term_id = ancestors[-1] if ancestors else term_id
        out[term_id] = tax.name(term_id)
    return out


def matrix_csv(matrix: CoverageMatrix) -> str:
    """One row per category, one column per borough, then the totals; a cell that is a gap is
    written ``0 (gap)`` so the spreadsheet shows it without colour."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["category_id", "category", *matrix.boroughs, "boroughs_with", "total"])
    for term_id, label in matrix.categories:
        cells = [
            f"{matrix.count(term_id, b)} (gap)"
            if (term_id, b) in matrix.gaps
            else str(matrix.count(term_id, b))
            for b in matrix.boroughs
        ]
        writer.writerow(
            [
                _safe_cell(term_id),
                _safe_cell(label),
                *cells,
                matrix.boroughs_with(term_id),
                matrix.row_total(term_id),
            ]
        )
    return out.getvalue()


# -- stale listings -----------------------------------------------------------------------------


@dataclass(frozen=True)
class StaleListing:
    merged_id: str
    name: str
    boroughs: tuple[str, ...]
    source_ids: tuple[str, ...]
    last_change: datetime
    basis: str
    """``source`` (a source dated the listing) or ``first seen``/``seen changed`` (Signpost's
    own observation; a lower bound)."""
    months: int
    """Whole months since ``last_change``."""


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _record_changes(store: Store) -> dict[str, tuple[datetime, str]]:
    """Record id → (its newest evidence of change, basis), for live records."""
    out: dict[str, tuple[datetime, str]] = {}
    rows = store.conn.execute(
        "SELECT id, service_json, last_changed_at, previous_hash FROM source_records"
        " WHERE status='live'"
    )
    for row in rows:
        declared = json.loads(row["service_json"]).get("last_modified")
        seen = _aware(datetime.fromisoformat(row["last_changed_at"]))
        observed = "seen changed" if row["previous_hash"] else "first seen"
        if declared:
            stated = _aware(datetime.fromisoformat(declared))
            # A change Signpost saw after the source's own date is newer evidence.
            if row["previous_hash"] and seen > stated:
                out[row["id"]] = (seen, observed)
            else:
                out[row["id"]] = (stated, "source")
        else:
            out[row["id"]] = (seen, observed)
    return out


def _months_between(earlier: datetime, later: datetime) -> int:
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    if later.day < earlier.day:
        months -= 1
    return max(0, months)


def stale_listings(
    store: Store,
    *,
    months: int = DEFAULT_STALE_MONTHS,
    now: datetime | None = None,
    source_boroughs: Mapping[str, str | None] | None = None,
) -> list[StaleListing]:
    """Live merged services with no evidence of change for ``months`` months, oldest first."""
    now = _aware(now or datetime.now(UTC))
    cutoff = now - timedelta(days=round(months * 30.4375))
    changes = _record_changes(store)
    boroughs_of = source_boroughs if source_boroughs is not None else _source_boroughs(store)
    found: list[StaleListing] = []
    for merged in store.iter_merged():
        if merged.service.status not in LIVE_STATUSES:
            continue
        evidence = [changes[m] for m in merged.member_ids if m in changes]
        if not evidence:
            continue
        newest, basis = max(evidence, key=lambda e: e[0])
        if newest >= cutoff:
            continue
        found.append(
            StaleListing(
                merged_id=merged.id,
                name=merged.service.name,
                boroughs=tuple(service_boroughs(merged, boroughs_of)),
                source_ids=tuple(merged.source_ids),
                last_change=newest,
                basis=basis,
                months=_months_between(newest, now),
            )
        )
    found.sort(key=lambda s: (s.last_change, s.name.casefold(), s.merged_id))
    return found


def _source_boroughs(store: Store) -> dict[str, str | None]:
    return {row["id"]: row["borough"] for row in store.list_sources()}


def stale_csv(rows: Iterable[StaleListing]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["service_id", "name", "boroughs", "sources", "last_change", "basis", "months"])
    for s in rows:
        writer.writerow(
            [
                s.merged_id,
                _safe_cell(s.name),
                _safe_cell("; ".join(s.boroughs)),
                "; ".join(s.source_ids),
                s.last_change.date().isoformat(),
                s.basis,
                s.months,
            ]
        )
    return out.getvalue()


def _safe_cell(text: str) -> str:
    """Harvested text opened in a spreadsheet must not run as a formula (CSV injection):
    a leading ``= + - @`` (or tab/CR) gets a quote in front."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
