"""Bulk loading through the client's ``streaming_bulk`` helper: chunks of 500, a document the
cluster is too busy for (429) sent again with backoff, and every document the server refuses
logged with its reason and counted — never dropped in silence.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from index.backends.elastic.client import describe
from index.backends.errors import BackendError

log = logging.getLogger(__name__)

CHUNK = 500
RETRIES = 5
"""Attempts for a document answered 429 (the write queue is full), after 1, 2, 4, 8, 16 s."""
INITIAL_BACKOFF = 1.0
MAX_BACKOFF = 30.0
SHOWN = 5
"""Rejections spelt out in an error message (all of them are logged)."""


@dataclass(frozen=True)
class Rejection:
    """One document the server refused, and why."""

    id: str
    index: str
    status: int
    reason: str

    def __str__(self) -> str:
        return f"{self.id} ({self.status} {self.reason})"


@dataclass
class BulkReport:
    """What a bulk request did: documents written, deletes applied, and those refused."""

    what: str
    written: int = 0
    deleted: int = 0
    missing: int = 0
    """Deletes of documents that were already gone (not an error)."""
    rejected: list[Rejection] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not self.rejected

    def summary(self) -> str:
        shown = "; ".join(str(r) for r in self.rejected[:SHOWN])
        more = f"; and {len(self.rejected) - SHOWN} more" if len(self.rejected) > SHOWN else ""
        return (
            f"{self.what}: {len(self.rejected)} of {self.written + len(self.rejected)} "
            f"documents rejected: {shown}{more}"
        )


class BulkRejected(BackendError):
    """The server refused some documents of a bulk request (each is in ``report``)."""

    def __init__(self, report: BulkReport, consequence: str) -> None:
        super().__init__(f"{report.summary()} — {consequence}")
        self.report = report


def run_bulk(client: Any, actions: Iterable[dict[str, Any]], what: str) -> BulkReport:
    """Send ``actions`` (index and delete operations); return what happened to each.

    A transport failure (the cluster unreachable, a request refused as a whole) raises
    ``BackendError``; a document refused by the server is a ``Rejection`` in the report.
    """
    from elasticsearch import TransportError, helpers

    report = BulkReport(what)
    try:
        for ok, item in helpers.streaming_bulk(
            client,
            actions,
            chunk_size=CHUNK,
            max_retries=RETRIES,
            initial_backoff=INITIAL_BACKOFF,
            max_backoff=MAX_BACKOFF,
            raise_on_error=False,
            raise_on_exception=True,
        ):
            op, result = next(iter(item.items()))
            if ok and op == "delete":
                report.deleted += 1
            elif ok:
                report.written += 1
            elif op == "delete" and result.get("status") == 404:
                report.missing += 1
            else:
                rejection = _rejection(result)
                log.warning("%s: document %s rejected: %s", what, rejection.id, rejection.reason)
                report.rejected.append(rejection)
    except TransportError as exc:
        raise BackendError(f"{what} failed: {describe(exc)}") from exc
    return report


def _rejection(result: dict[str, Any]) -> Rejection:
    error = result.get("error")
    if isinstance(error, dict):
        reason = f"{error.get('type', 'error')}: {error.get('reason', '')}"
        cause = error.get("caused_by")
        if isinstance(cause, dict) and cause.get("reason"):
            reason += f" ({cause.get('type', '')}: {cause['reason']})"
    else:
        reason = str(error or result.get("result", "refused"))
    return Rejection(
        id=str(result.get("_id", "?")),
        index=str(result.get("_index", "?")),
        status=int(result.get("status", 0) or 0),
        reason=reason,
    )
