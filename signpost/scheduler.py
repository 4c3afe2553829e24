"""``signpost schedule``: harvest each source on its own interval, until told to stop.

APScheduler 3 with its job store in the Signpost database itself (table
``apscheduler_jobs``), so the schedule survives restarts and lives with the data it feeds:

* one job per enabled source, every ``interval_hours``; the first run is when the source
  falls due (now, if it never ran or is overdue);
* ``max_instances=1``: a slow harvest is never overlapped by the next one of that source;
* ``coalesce=True``: runs missed while the scheduler was down collapse into one;
* ``misfire_grace_time``: a run late by less than this still happens;
* SIGTERM (and Ctrl-C) stop it cleanly: the running crawl is asked to stop, its run is
  concluded (quarantined or failed, never half-published), then the process exits 0.

Jobs are pickled by reference (``signpost.scheduler:run_source_job``) with plain string
arguments, so a job stored by one version keeps working after an upgrade.
"""

from __future__ import annotations

import logging
import signal
import threading
from datetime import datetime, timedelta
from types import FrameType

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.interval import IntervalTrigger

from harvesters.runner import stop_all_crawls
from index.model import utcnow
from index.sources import SourceConfig
from index.store import Store
from signpost.config import Settings
from signpost.context import open_store, read_sources

logger = logging.getLogger(__name__)

JOB_PREFIX = "harvest:"
MISFIRE_GRACE_SECONDS = 3600
JOBS_TABLE = "apscheduler_jobs"


def run_source_job(db: str, sources_path: str, source_id: str) -> str:
    """One scheduled harvest of one source (the job function; arguments are plain strings).
    When the run is published, the rest of the job follows (deduplicate, re-index) so that
    search sees the new data; otherwise nothing live changed and there is nothing to do."""
    from signpost.harvest import harvest
    from signpost.pipeline import run_pipeline

    settings = Settings(db=db, sources=sources_path)  # type: ignore[arg-type]
    configs = read_sources(settings)
    if source_id not in {c.id for c in configs}:
        logger.warning("scheduled source %s is no longer configured; skipping", source_id)
        return "unconfigured"
    with open_store(settings, create=True) as store:
        (outcome,) = harvest(settings, store, configs, [source_id])
        logger.info(
            "scheduled harvest of %s: %s %s", source_id, outcome.status, outcome.reason or ""
        )
        if outcome.status == "published":
            run_pipeline(settings, store, configs, skip_harvest=True)
    return outcome.status


def first_run_time(store: Store, source: SourceConfig, now: datetime) -> datetime:
    """When the source is next due: its last run's start plus its interval, or now."""
    last = store.last_run(source.id)
    if last is None:
        return now
    due = datetime.fromisoformat(last.started_at) + timedelta(hours=source.interval_hours)
    return max(due, now)


def build_scheduler(settings: Settings, sources: list[SourceConfig]) -> BackgroundScheduler:
    """A scheduler (not yet started) with one job per enabled source."""
    url = f"sqlite:///{settings.db.resolve()}"
    scheduler = BackgroundScheduler(
        jobstores={"default": SQLAlchemyJobStore(url=url, tablename=JOBS_TABLE)},
        executors={"default": ThreadPoolExecutor(max_workers=2)},
        job_defaults={
            "coalesce": True,
            "max_instances": 1,
            "misfire_grace_time": MISFIRE_GRACE_SECONDS,
        },
        timezone="Europe/London",
    )
    now = utcnow()
    with open_store(settings, create=True) as store:
        for src in sources:
            if not src.enabled:
                continue
            scheduler.add_job(
                run_source_job,
                trigger=IntervalTrigger(hours=src.interval_hours, timezone="Europe/London"),
                args=[str(settings.db), str(settings.sources), src.id],
                id=f"{JOB_PREFIX}{src.id}",
                name=f"harvest {src.id}",
                replace_existing=True,
                next_run_time=first_run_time(store, src, now),
            )
    return scheduler


def drop_stale_jobs(scheduler: BackgroundScheduler, sources: list[SourceConfig]) -> list[str]:
    """Remove stored jobs of sources no longer configured (or disabled); their ids."""
    wanted = {f"{JOB_PREFIX}{s.id}" for s in sources if s.enabled}
    removed: list[str] = []
    for job in scheduler.get_jobs():
        if job.id.startswith(JOB_PREFIX) and job.id not in wanted:
            job.remove()
            removed.append(job.id)
    return removed


def run_scheduler(
    settings: Settings, sources: list[SourceConfig], stop_event: threading.Event | None = None
) -> None:
    """Run harvests on schedule until SIGTERM/SIGINT (or ``stop_event``), then stop cleanly:
    running crawls are asked to stop and their runs concluded before this returns."""
    stopping = stop_event or threading.Event()
    scheduler = build_scheduler(settings, sources)

    def on_signal(signum: int, _frame: FrameType | None) -> None:
        logger.info("%s: stopping the scheduler", signal.Signals(signum).name)
        stopping.set()

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        scheduler.start()
        for job_id in drop_stale_jobs(scheduler, sources):
            logger.info("removed job %s: its source is no longer configured", job_id)
        logger.info("scheduler running: %d job(s)", len(scheduler.get_jobs()))
        while not stopping.wait(1.0):
            pass
    finally:
        stop_all_crawls()
        if scheduler.running:
            scheduler.shutdown(wait=True)
        for sig, handler in previous.items():
            signal.signal(sig, handler)
