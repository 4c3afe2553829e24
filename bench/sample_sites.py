"""How fast the sample sites serve a complete harvest: every list page and every detail page of
every crawlable site, fetched once by one polite client and once by several at a time.

Prints JSON: pages, bytes, seconds and pages per minute for each run. The target is that the
server is never what limits a harvester (well above 1,500 pages/min on one connection), so the
whole sample set harvests in well under a minute.

    python bench/sample_sites.py [--workers 8]
"""

from __future__ import annotations

import argparse
import json
import math
import time
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import quote

import httpx

from samples.evolution import evolve
from samples.loader import load_cached
from samples.publishers import PUBLISHERS
from samples.server import running
from samples.sites.jadu import letter_of
from samples.sites.kb5 import ADVICE_TITLES

PCG = "api/s4s-advanced-search/directory-search/"


def crawl_paths() -> list[str]:
    """The pages a harvester fetches for a full first run (robots-blocked site excluded)."""
    data = load_cached()
    paths: list[str] = []
    for publisher in PUBLISHERS:
        if publisher.blocked:
            continue
        pid = publisher.id
        listings = evolve(data.listings_of(pid), 0, {})
        n = len(listings)
        paths.append(f"{pid}/robots.txt")
        if publisher.platform == "marketplace":
            paths.append(f"{pid}/Search?SM=ServiceSearch&SME=True")
            paths += [
                f"{pid}/Search?SM=ServiceSearch&SME=True&ServicePageIndex={p}"
                for p in range(2, math.ceil(n / 20) + 1)
            ]
        elif publisher.platform == "kb5":
            s = publisher.settings
            base = f"{pid}/kb5/{s['tenant']}/{s['directory']}/results.page"
            hits = n + len(ADVICE_TITLES)
            paths += [f"{base}?sr={sr}" for sr in range(0, hits, 10)]
        elif publisher.platform == "careplace":
            paths += [f"{pid}/Categories/{c}?page={p}" for c in range(1, 9) for p in (1, 2, 3)]
        elif publisher.platform == "fid":
            paths += [f"{pid}/Provider?SelectedCategory={c}" for c in range(11, 22)]
        elif publisher.platform == "oruk3":
            root = f"{pid}/o/OpenReferralService/v3/services"
            paths += [f"{root}?page={p}" for p in range(1, math.ceil(n / 50) + 1)]
        elif publisher.platform == "oruk1":
            root = f"{pid}/api/v1/services"
            paths += [f"{root}?page={p}" for p in range(1, math.ceil(n / 50) + 1)]
            continue  # full records in the list: no detail pages
        elif publisher.platform == "sitemap":
            paths.append(f"{pid}/sitemap.xml")
            paths += [f"{pid}/sitemap.xml?page={p}" for p in range(1, math.ceil((n + 5) / 100) + 1)]
        elif publisher.platform == "csv":
            paths.append(f"{pid}/download/community-services.csv")
            continue
        elif publisher.platform == "pcg":
            search = quote(json.dumps({"pageNumber": 1, "pageSize": 100}), safe="")
            paths.append(f"{pid}/{PCG}get-list?searchParams={search}")
            if publisher.settings.get("theme") == "wrapped":
                continue  # the result list is the listing
            paths += [f"{pid}/{PCG}get-event/{item.key}" for item in listings]
            continue
        elif publisher.platform == "afc":
            paths.append(f"{pid}/childcare_providers?format=json&skip_tracking=true")
            paths += [
                f"{pid}/childcare_providers?page={p}&per_page=50"
                for p in range(1, math.ceil(n / 50) + 1)
            ]
        elif publisher.platform == "jadu":
            directory = publisher.settings["directory"]
            letters = sorted({letter_of(item.name) for item in listings})
            paths.append(f"{pid}/directory/{directory}")
            paths += [f"{pid}/directory/{directory}/a-to-z/{x}" for x in letters]
        elif publisher.platform == "connected_places":
            root = f"{pid}/core/v1/"
            paths += [
                f"{root}services?include=organisation&per_page=100&page={p}"
                for p in range(1, math.ceil(n / 100) + 1)
            ]
            paths += [
                f"{root}service-locations?filter%5Bservice_id%5D={item.key}&include=location"
                for item in listings
            ]
            continue  # the listing is made from its service locations
        elif publisher.platform == "outpost":
            root = f"{pid}/api/v1/services"
            paths += [f"{root}?page={p}" for p in range(1, math.ceil(n / 50) + 1)]
            continue
        elif publisher.platform == "localgov":
            paths.append(f"{pid}/sitemap.xml")
            paths += [f"{pid}/sitemap.xml?page={p}" for p in range(1, math.ceil((n + 5) / 100) + 1)]
        paths += [f"{pid}/{item.path}" for item in listings]
    return paths


def fetch_all(base: str, paths: list[str], workers: int) -> dict[str, float]:
    started = time.perf_counter()
    total_bytes = 0
    failures = 0

    def one(chunk: list[str]) -> tuple[int, int]:
        size = bad = 0
        with httpx.Client(timeout=30) as client:
            for path in chunk:
                response = client.get(f"{base}/{path}")
                size += len(response.content)
                bad += response.status_code != 200
        return size, bad

    chunks = [paths[i::workers] for i in range(workers)]
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for size, bad in pool.map(one, chunks):
            total_bytes += size
            failures += bad
    seconds = time.perf_counter() - started
    return {
        "workers": workers,
        "seconds": round(seconds, 2),
        "pages_per_min": round(len(paths) / seconds * 60),
        "megabytes": round(total_bytes / 1e6, 1),
        "non_200": failures,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--workers", type=int, default=8)
    args = parser.parse_args()
    paths = crawl_paths()
    with running() as base:
        sequential = fetch_all(base, paths, 1)
        concurrent = fetch_all(base, paths, args.workers)
    print(
        json.dumps(
            {
                "benchmark": "sample_sites_full_harvest",
                "pages": len(paths),
                "sequential": sequential,
                "concurrent": concurrent,
                "target_pages_per_min": 1500,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
