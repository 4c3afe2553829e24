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


class Refresher:
    """Re-merge and re-index after a curator's change (a released run, an override, a review
    decision), in the background and coalesced: changes that arrive while a refresh runs are
    covered by one more refresh after it, never by one per click.

    ``trigger`` is injected by ``signpost serve`` (dedup + index need the pipeline, which the
    API does not import); ``on_done`` lets the app drop caches that would show the old view."""

    def __init__(self, trigger: Callable[[], Any] | None, on_done: Callable[[], None]) -> None:
        self.trigger = trigger
        self.on_done = on_done
        self._lock = threading.Lock()
        self._pending = False
        self._running = False
        self._idle = threading.Event()
        self._idle.set()
        self.last_error: str | None = None
        self.last_result: Any = None

    @property
    def available(self) -> bool:
        return self.trigger is not None

    def request(self) -> bool:
        """Schedule a refresh; ``False`` when none can run in this process."""
        if self.trigger is None:
            return False
        with self._lock:
            self._pending = True
            if self._running:
                return True
            self._running = True
            self._idle.clear()
        threading.Thread(target=self._loop, name="refresh", daemon=True).start()
        return True

    def wait(self, timeout: float) -> bool:
        """Until no refresh is running or pending (for tests and orderly shutdown)."""
        return self._idle.wait(timeout)

    def _loop(self) -> None:
        assert self.trigger is not None
        while True:
            with self._lock:
                if not self._pending:
                    self._running = False
                    self._idle.set()
                    return
                self._pending = False
            try:
                self.last_result = jsonable(self.trigger())
                self.last_error = None
            except Exception as exc:  # the live view stays as it was; the operator can retry
                log.exception("refresh after a curator change failed")
                self.last_error = f"{type(exc).__name__}: {exc}"[:500]
            else:
                self.on_done()
