"""Operator-triggered harvests, run in the background.

A harvest takes minutes (politeness delays), far longer than an HTTP request should stay open,
so ``POST /admin/harvest/{source}`` starts one in a thread and answers ``202``; the operator
polls ``GET /admin/harvest/{source}``. One harvest per source at a time: a second trigger while
one runs is refused rather than queued, so an impatient double-click cannot crawl a council
site twice.

The API never imports the harvesters: ``signpost serve`` injects the trigger callable.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

log = logging.getLogger("signpost.api.jobs")


@dataclasses.dataclass
class Job:
    source_id: str
    state: str = "running"
    started_at: datetime = dataclasses.field(default_factory=lambda: datetime.now(UTC))
    finished_at: datetime | None = None
    result: Any = None
    error: str | None = None


def jsonable(value: Any) -> Any:
    """Whatever the trigger returned (dataclasses, pydantic models, lists), as plain JSON."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return jsonable(dataclasses.asdict(value))
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json")
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [jsonable(v) for v in value]
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


class HarvestJobs:
    def __init__(self, trigger: Callable[[str], Any] | None) -> None:
        self.trigger = trigger
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()

    @property
    def available(self) -> bool:
        return self.trigger is not None

    def start(self, source_id: str) -> Job | None:
        """The new job, or ``None`` when one is already running for the source."""
        if self.trigger is None:
            raise RuntimeError("no harvest trigger")
        with self._lock:
            current = self._jobs.get(source_id)
            if current is not None and current.state == "running":
                return None
            job = Job(source_id)
            self._jobs[source_id] = job
        thread = threading.Thread(
            target=self._run, args=(job,), name=f"harvest-{source_id}", daemon=True
        )
        thread.start()
        return job

    def get(self, source_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(source_id)

    def _run(self, job: Job) -> None:
        assert self.trigger is not None
        try:
            result = self.trigger(job.source_id)
        except Exception as exc:  # the operator sees why; the server keeps running
            log.exception("harvest of %s failed", job.source_id)
            job.error = f"{type(exc).__name__}: {exc}"[:500]
            job.state = "failed"
        else:
            job.result = jsonable(result)
            job.state = "finished"
        job.finished_at = datetime.now(UTC)
