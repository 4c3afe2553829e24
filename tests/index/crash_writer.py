"""A writer that publishes harvest runs forever, for the SIGKILL crash test.

Every run rewrites all listings of one source with the run's generation number in their
description and in the run summary, so a reader can tell whether the store holds exactly one
complete run (before or after) or a mixture (which would be data loss).
"""

from __future__ import annotations

import sys

from index.model import Service, SourceRecord
from index.sources import SourceConfig
from index.store import Store

LISTINGS = 400


def main(db: str) -> None:
    store = Store(db)
    store.sync_sources([SourceConfig(id="crash", name="Crash", kind="csv", base_url="http://x/")])
    last = store.last_good_run("crash")
    generation = (last.summary.get("generation", 0) + 1) if last else 1
    while True:
        run = store.start_run("crash")
        records = [
            SourceRecord(
                source_id="crash",
                listing_key=str(i),
                source_url=f"http://x/{i}",
                service=Service(
                    id="x", name=f"Service {i}", description=f"generation {generation}"
                ),
            )
            for i in range(LISTINGS)
        ]
        store.publish_run(run, records, {"generation": generation})
        print(generation, flush=True)
        generation += 1


if __name__ == "__main__":
    main(sys.argv[1])
