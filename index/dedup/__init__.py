"""Deduplication: one merged service per real-world service, across all sources.

``deduplicate`` is the whole step as a pure function (no store): block → score → cluster →
merge; ``deduplicate_stream`` is the same step reading its records twice through a callable
and handing merged services to a sink, for more listings than memory holds as models
(``run.py``). The pipeline feeds it the store's live records; ``signpost dedup-file`` feeds it
records made from JSONL lines (``jsonl.py``); both get the same clusters for the same listings.
``explain_match`` (``explain.py``) shows why a pair was judged as it was.
"""

from __future__ import annotations

from index.dedup.comparable import Locator
from index.dedup.explain import Explanation, explain_match
from index.dedup.run import (
    DedupResult,
    DedupStats,
    StreamResult,
    deduplicate,
    deduplicate_stream,
)
from index.dedup.weights import Thresholds

__all__ = [
    "DedupResult",
    "DedupStats",
    "Explanation",
    "Locator",
    "StreamResult",
    "Thresholds",
    "deduplicate",
    "deduplicate_stream",
    "explain_match",
]
