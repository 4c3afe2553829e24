"""The canonical store: one SQLite database in WAL mode with ``synchronous=FULL``.

All reads and writes of the canonical data go through ``Store``. It is assembled from one part
per concern, each a module of this package: ``base`` (connection, transactions, schema,
sources, HTTP validators), ``runs`` (harvest runs, publish, quarantine), ``records`` (harvested
listings) and ``merged`` (the deduplicated view and curator overrides). The schema is versioned
(``schema``) and migrated forwards on open.
"""

from __future__ import annotations

from index.store.base import StoreError, StoreMissing
from index.store.merged import MergedMixin, OverridesMixin
from index.store.records import RecordsMixin, record_from_row
from index.store.runs import PublishCounts, RunRow, RunsMixin

__all__ = ["PublishCounts", "RunRow", "Store", "StoreError", "StoreMissing", "record_from_row"]


class Store(RunsMixin, RecordsMixin, MergedMixin, OverridesMixin):
    """All reads and writes of the canonical data go through here."""
