"""Run a crawl in a child process and read its results.

Twisted's reactor runs once per process, and the pipeline, the scheduler and the tests
harvest many times in one process; so each crawl is a fresh ``python -m harvesters.crawl``.
The child also isolates the caller from anything a hostile page could do to the parser's
memory or time: if it dies or overruns, the sources without a result are reported failed
and nothing else is affected.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from harvesters.crawl import host_groups
from harvesters.job import CrawlJob, CrawlOptions, SourceResult, SourceState
from index.sources import SourceConfig

logger = logging.getLogger(__name__)

_GRACE_SECONDS = 60.0
_children: set[subprocess.Popen[bytes]] = set()
_children_lock = threading.Lock()


def stop_all_crawls() -> None:
    """Ask every running crawl child to stop (SIGTERM: Scrapy closes its spiders cleanly, so
    each source still gets a result — an incomplete one, which is never published)."""
    with _children_lock:
        running = list(_children)
    for child in running:
        if child.poll() is None:
            child.send_signal(signal.SIGTERM)


def crawl_timeout(sources: list[SourceConfig], options: CrawlOptions) -> float:
    """Longest a crawl may take: host groups run in parallel, sources within one in turn,
    each bounded by its own run limit; plus a grace period for start-up and shutdown."""
    longest = 0.0
    for group in host_groups(sources, options.polite):
        total = sum(options.limits.for_source(s).max_run_seconds for s in group)
        longest = max(longest, total)
    return longest + _GRACE_SECONDS


def _tail(path: Path, lines: int = 5) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    return " | ".join(line.strip() for line in text.strip().splitlines()[-lines:])


def run_crawl(
    sources: list[SourceConfig],
    options: CrawlOptions,
    states: dict[str, SourceState] | None = None,
    *,
    timeout: float | None = None,
) -> dict[str, SourceResult]:
    """Crawl ``sources`` in one child process; one SourceResult per source, always."""
    if not sources:
        return {}
    with tempfile.TemporaryDirectory(prefix="signpost-crawl-") as tmp:
        job_dir = Path(tmp)
        CrawlJob(sources=sources, options=options, states=states or {}).write(job_dir / "job.json")
        log_path = job_dir / "crawl.log"
        limit = timeout if timeout is not None else crawl_timeout(sources, options)
        problem = _run_child(job_dir, log_path, limit)
        results: dict[str, SourceResult] = {}
        for source in sources:
            path = job_dir / "results" / f"{source.id}.json"
            if path.exists():
                results[source.id] = SourceResult.from_json(
                    json.loads(path.read_text(encoding="utf-8"))
                )
            else:
                reason = problem or "the crawl process ended without a result for this source"
                results[source.id] = SourceResult(source.id, status="failed", reason=reason)
        if problem:
            logger.warning("crawl process: %s", problem)
        return results


def _run_child(job_dir: Path, log_path: Path, timeout: float) -> str | None:
    """Run the child; None if it exited cleanly, else one line saying what went wrong."""
    with log_path.open("wb") as log:
        child = subprocess.Popen(
            [sys.executable, "-m", "harvesters.crawl", str(job_dir)],
            stdout=log,
            stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        with _children_lock:
            _children.add(child)
        try:
            code = child.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            child.send_signal(signal.SIGTERM)
            try:
                child.wait(timeout=15)
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()
            return f"crawl process exceeded its {timeout:.0f} s limit and was stopped"
        except BaseException:
            # The caller is being interrupted (SIGTERM to the scheduler, Ctrl-C): stop the
            # crawl too rather than leave it running detached.
            child.send_signal(signal.SIGTERM)
            try:
                child.wait(timeout=15)
            except subprocess.TimeoutExpired:
                child.kill()
            raise
        finally:
            with _children_lock:
                _children.discard(child)
    if code != 0:
        return f"crawl process exited with status {code}: {_tail(log_path)}"
    return None
