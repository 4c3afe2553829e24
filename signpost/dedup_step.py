"""The dedup step of the pipeline: the store's live records in, merged services out.

Kept apart from ``index.dedup`` (which never touches the store) so the pure step can be run on
anything — a JSONL file, a benchmark's synthetic records — and this wiring stays three lines.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from index.dedup import DedupStats, deduplicate
from index.store import Store


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


def run_dedup(store: Store) -> DedupReport:
    """Deduplicate every live (not tombstoned) record and swap in the new merged view in one
    transaction; overrides and the previous membership (for stable ids) come from the store."""
    previous = store.cluster_membership()
    result = deduplicate(
        store.iter_records(),
        priorities=store.source_priorities(),
        overrides=store.list_overrides(),
        previous_membership=previous,
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
