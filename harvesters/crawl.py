"""The body of the crawl process: ``python -m harvesters.crawl JOB_DIR``.

Reads ``JOB_DIR/job.json``, runs every source's spider in one Scrapy process, and writes
``JOB_DIR/results/<source>.json`` as each source finishes. Sources on the same host are
crawled one after another (one request at a time per host holds across sources — several
CarePlace boroughs share one host); different hosts are crawled at the same time.
"""

from __future__ import annotations

import asyncio
import json
import signal
import sys
import time
import traceback
from collections import defaultdict
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from scrapy.crawler import AsyncCrawlerProcess, Crawler
from scrapy.settings import Settings

from harvesters.accounting import TrafficLogMiddleware
from harvesters.job import CrawlJob, CrawlLimits, CrawlOptions, SourceResult, SourceState
from harvesters.registry import spider_for
from index.sources import SourceConfig

MIDDLEWARES: dict[str, int | None] = {
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "harvesters.safety.SsrfGuardMiddleware": 40,
    "harvesters.politeness.Rfc9309RobotsMiddleware": 100,
    "harvesters.politeness.RetryAfterMiddleware": 550,
    "harvesters.conditional.ConditionalRequestMiddleware": 560,
    "harvesters.accounting.TrafficLogMiddleware": 990,
}


def process_settings(options: CrawlOptions) -> dict[str, Any]:
    """Settings shared by every crawler in the process."""
    return {
        "BOT_NAME": "signpost",
        "USER_AGENT": options.user_agent,
        "ROBOTSTXT_OBEY": False,  # Scrapy's allows all on errors; ours follows RFC 9309
        "DOWNLOADER_MIDDLEWARES": MIDDLEWARES,
        "ITEM_PIPELINES": {"harvesters.pipeline.ResultPipeline": 100},
        "TWISTED_DNS_RESOLVER": "harvesters.safety.GuardedResolver",
        "SIGNPOST_ALLOWED_PRIVATE_HOSTS": list(options.allowed_private_hosts),
        "HTTPPROXY_ENABLED": False,  # environment proxies would bypass the address checks
        "REMOTE_CONTROL_ENABLED": False,  # an HTTP code-execution endpoint: never
        "TELNETCONSOLE_ENABLED": False,
        "LOG_LEVEL": options.log_level,
        # A dry run takes one request at a time: Scrapy finishes every request already handed
        # to the downloader after the page budget closes the crawl, and a directory that
        # links 26 A–Z pages at once would otherwise overshoot it.
        "CONCURRENT_REQUESTS": 1 if options.sample else 32,
        "DNSCACHE_ENABLED": True,
        "DOWNLOAD_FAIL_ON_DATALOSS": True,
        "STATS_DUMP": False,
        "LOGSTATS_INTERVAL": 0,
    }


def source_settings(options: CrawlOptions, source: SourceConfig) -> dict[str, Any]:
    """One source's politeness and limits (its config and ``params`` override defaults)."""
    limits: CrawlLimits = options.limits.for_source(source)
    concurrency = max(1, source.concurrency)
    polite = options.polite
    return {
        "CONCURRENT_REQUESTS_PER_DOMAIN": concurrency if polite else max(8, concurrency),
        "DOWNLOAD_DELAY": max(0.0, source.delay_seconds) if polite else 0.0,
        "AUTOTHROTTLE_ENABLED": polite,
        "AUTOTHROTTLE_START_DELAY": max(0.0, source.delay_seconds),
        "AUTOTHROTTLE_MAX_DELAY": max(30.0, source.delay_seconds * 4),
        "AUTOTHROTTLE_TARGET_CONCURRENCY": float(concurrency),
        "DOWNLOAD_MAXSIZE": limits.max_page_bytes,
        "DOWNLOAD_WARNSIZE": max(1, limits.max_page_bytes // 2),
        "DOWNLOAD_TIMEOUT": limits.page_timeout_seconds,
        "REDIRECT_MAX_TIMES": limits.max_redirects,
        "CLOSESPIDER_TIMEOUT": limits.max_run_seconds,
        "CLOSESPIDER_PAGECOUNT": limits.max_pages,
        "RETRY_TIMES": limits.retry_times,
        "SIGNPOST_RETRY_AFTER_CAP": limits.retry_after_cap_seconds,
    }


def host_groups(sources: list[SourceConfig], polite: bool = True) -> list[list[SourceConfig]]:
    """Sources grouped by host, each group crawled in order (higher priority first). Without
    politeness (benchmarks against local sample sites) every source is its own group."""
    groups: dict[str, list[SourceConfig]] = defaultdict(list)
    for src in sources:
        key = (urlsplit(src.base_url).hostname or src.base_url).lower() if polite else src.id
        groups[key].append(src)
    return [sorted(g, key=lambda s: -s.priority) for g in groups.values()]


def _finish(result: SourceResult, crawler: Crawler, started: float) -> None:
    stats = crawler.stats.get_stats() if crawler.stats else {}
    reason = stats.get("finish_reason", "unknown")
    if reason != "finished" and result.status == "ok":
        result.incomplete = result.incomplete or f"crawl stopped early ({reason})"
    traffic = crawler.get_downloader_middleware(TrafficLogMiddleware)
    result.stats = {
        "pages": int(stats.get("downloader/response_count", 0)),
        "requests": int(stats.get("downloader/request_count", 0)),
        "bytes": traffic.body_bytes if traffic else 0,
        "wire_bytes": int(stats.get("downloader/response_bytes", 0)),
        "not_modified": int(stats.get("signpost/not_modified", 0)),
        "refused": int(stats.get("signpost/refused", 0)),
        "robots_forbidden": int(stats.get("robotstxt/forbidden", 0)),
        "retry_after_waits": int(stats.get("signpost/retry_after_waits", 0)),
        "retries": int(stats.get("retry/count", 0)),
        "status_counts": {
            k.rsplit("/", 1)[-1]: v
            for k, v in stats.items()
            if k.startswith("downloader/response_status_count/")
        },
        "hosts_contacted": dict(traffic.hosts) if traffic else {},
        "finish_reason": reason,
        "duration_seconds": round(time.monotonic() - started, 3),
    }


def _write(results_dir: Path, result: SourceResult) -> None:
    out = results_dir / f"{result.source_id}.json"
    tmp = out.with_suffix(".part")
    tmp.write_text(json.dumps(result.to_json()), encoding="utf-8")
    tmp.replace(out)


def run_job(job: CrawlJob, results_dir: Path) -> None:
    """Crawl every source of the job; blocks until all are done.

    SIGTERM/SIGINT stop the crawl gracefully: running spiders close (their sources are
    reported incomplete) and sources not yet started are reported failed, so every source
    always gets a result.
    """
    results_dir.mkdir(parents=True, exist_ok=True)
    base = process_settings(job.options)
    process = AsyncCrawlerProcess(base, install_root_handler=True)
    stopping: list[str] = []

    async def crawl_one(source: SourceConfig) -> None:
        result = SourceResult(source_id=source.id)
        if stopping:
            result.status = "failed"
            result.reason = f"the crawl was stopped ({stopping[0]}) before this source started"
            _write(results_dir, result)
            return
        started = time.monotonic()
        crawler: Crawler | None = None
        try:
            settings = Settings(base)
            settings.setdict(source_settings(job.options, source), priority="spider")
            crawler = Crawler(spider_for(source.kind), settings)
            state = job.states.get(source.id) or SourceState()
            await process.crawl(
                crawler, source=source, state=state, result=result, sample=job.options.sample
            )
        except Exception as exc:
            result.status = "failed"
            result.reason = f"crawl crashed: {type(exc).__name__}: {exc}"
            traceback.print_exc(file=sys.stderr)
        if crawler is not None:
            _finish(result, crawler, started)
        _write(results_dir, result)

    async def crawl_group(group: list[SourceConfig]) -> None:
        for source in group:
            await crawl_one(source)

    async def main() -> None:
        from twisted.internet import reactor

        try:
            groups = host_groups(job.sources, job.options.polite)
            await asyncio.gather(*(crawl_group(g) for g in groups))
        finally:
            reactor.callLater(0, reactor.stop)

    def on_signal(signum: int, _frame: object) -> None:
        from twisted.internet import reactor

        if stopping:
            return
        stopping.append(signal.Signals(signum).name)
        reactor.callFromThread(lambda: asyncio.ensure_future(process.stop()))

    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, on_signal)
    asyncio.get_event_loop().create_task(main())
    process.start(stop_after_crawl=False, install_signal_handlers=False)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m harvesters.crawl JOB_DIR", file=sys.stderr)
        return 2
    job_dir = Path(args[0])
    run_job(CrawlJob.read(job_dir / "job.json"), job_dir / "results")
    return 0


if __name__ == "__main__":
    sys.exit(main())
