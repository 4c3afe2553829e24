"""The whole job: harvest → deduplicate → index. One function, used by ``signpost run``,
``signpost demo`` and the scheduler, so every entry point does the same thing in the same order.

Each step works from what the store holds, not from what the previous step returned: a source
that failed or was quarantined simply keeps its last good data, and dedup/index still run over
everything that is live — a bad source never empties the directory.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from typing import Any

from index.backends import make_backend
from index.sources import SourceConfig
from index.store import Store
from signpost.config import Settings
from signpost.dedup_step import DedupReport, run_dedup
from signpost.harvest import RunOutcome, harvest

logger = logging.getLogger(__name__)


@dataclass
class PipelineReport:
    harvest: list[RunOutcome] = field(default_factory=list)
    dedup: DedupReport | None = None
    indexed: int = 0
    seconds: dict[str, float] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "harvest": [o.__dict__ for o in self.harvest],
            "dedup": self.dedup.as_dict() if self.dedup else None,
            "indexed": self.indexed,
            "seconds": self.seconds,
        }


def rebuild_index(settings: Settings, store: Store) -> int:
    """Rebuild the configured search backend from the merged services (atomic swap inside the
    backend: searches keep answering from the old index until the new one is complete)."""
    backend = make_backend(settings)
    try:
        return backend.rebuild(store.iter_merged())
    finally:
        close = getattr(backend, "close", None)
        if callable(close):
            close()


def run_pipeline(
    settings: Settings,
    store: Store,
    sources: list[SourceConfig],
    *,
    only: list[str] | None = None,
    skip_harvest: bool = False,
    polite: bool = True,
) -> PipelineReport:
    report = PipelineReport()
    started = time.perf_counter()
    if not skip_harvest:
        report.harvest = harvest(settings, store, sources, only, polite=polite)
        report.seconds["harvest"] = round(time.perf_counter() - started, 2)
    mark = time.perf_counter()
    report.dedup = run_dedup(store, gazetteer_path=settings.gazetteer_path)
    report.seconds["dedup"] = round(time.perf_counter() - mark, 2)
    mark = time.perf_counter()
    report.indexed = rebuild_index(settings, store)
    report.seconds["index"] = round(time.perf_counter() - mark, 2)
    logger.info(
        "pipeline: %d sources harvested, %d merged services, %d indexed",
        len(report.harvest),
        report.dedup.merged,
        report.indexed,
    )
    return report
