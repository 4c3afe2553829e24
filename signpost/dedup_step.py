"""The dedup step of the pipeline: the store's live records in, merged services out.

Kept apart from ``index.dedup`` (which never touches the store) so the pure step can be run on
anything — a JSONL file, a benchmark's synthetic records — and this wiring stays three lines.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from index.dedup import DedupStats, Locator, deduplicate
from index.dedup.locate import gazetteer_locator
from index.geo import Gazetteer, GazetteerMissing
from index.store import Store
from signpost.config import Settings

logger = logging.getLogger(__name__)


@dataclass
class DedupReport:
    records: int
    merged: int
    multi_source: int
    """Merged services built from two or more listings."""
    new_ids: int
    """Merged services whose id did not exist before this run."""
    stats: DedupStats

    def as_dict(self) -> dict[str, Any]:
        return {
            "records": self.records,
            "merged": self.merged,
            "multi_source": self.multi_source,
            "new_ids": self.new_ids,
            "stats": self.stats.as_dict(),
        }


def locator_for(gazetteer_path: Path | None = None) -> Locator | None:
    """The postcode locator from the configured gazetteer (``Settings.gazetteer_path`` unless
    given), or None when it has not been built: dedup then works from what sources give."""
    path = gazetteer_path or Settings().gazetteer_path
    try:
        return gazetteer_locator(Gazetteer(path))
    except GazetteerMissing:
        logger.warning("dedup without the postcode gazetteer (%s not built)", path)
        return None


def run_dedup(store: Store, gazetteer_path: Path | None = None) -> DedupReport:
    """Deduplicate every live (not tombstoned) record and swap in the new merged view in one
    transaction; overrides and the previous membership (for stable ids) come from the store,
    positions for listings without coordinates from the gazetteer."""
    previous = store.cluster_membership()
    result = deduplicate(
        store.iter_records(),
        priorities=store.source_priorities(),
        overrides=store.list_overrides(),
        previous_membership=previous,
        locate=locator_for(gazetteer_path),
    )
    store.replace_merged(result.merged)
    old_ids = set(previous.values())
    return DedupReport(
        records=result.stats.records,
        merged=len(result.merged),
        multi_source=sum(1 for m in result.merged if len(m.member_ids) > 1),
        new_ids=sum(1 for m in result.merged if m.id not in old_ids),
        stats=result.stats,
    )
