"""Dedup benchmark: speed and accuracy, printed as JSON.

* end-to-end ``deduplicate_stream`` (read → normalise → block → score → cluster → read again →
  merge → serialise as the store's rows) on synthetic London listings (``_dedup_synthetic.py``)
  written as JSON lines, at each size: records/s, the ratio to a floor measured in the same run
  (one pass of reading and validating the records), CPU seconds, the load average, candidate
  pairs per record, stage times, peak memory, and pairwise precision/recall/F1 against the
  generator's truth;
* Fodors-Zagats through the real ``signpost dedup-file`` command (read from ``../shared``;
  skipped with the reason when absent);
* the sample sources' ground truth (``samples``): listings as the harvesters would
  normalise them, the whole pipeline through the real harvesters on the sample sites, and
  sample worlds generated from unseen seeds.

``--levels`` instead prints the measured m and u of every comparator level on the sample ground
truth (the check on the weights). ``--sweep`` instead prints pairwise F1 for a range of each decision threshold on the sample
ground truth and the synthetic set: the measurements the thresholds in ``scoring.Thresholds``
were chosen from (docs/dedup.md). Fodors-Zagats is printed beside them but never used to choose.

Usage: ``python bench/dedup.py [--sizes 10000,100000,1000000] [--synthetic-only]
[--sweep | --levels]``. ``SIGNPOST_SHARED_DIR`` points at ``../shared`` when the checkout is
not beside it.
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import json
import math
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(REPO))
# After the repository: bench/samples.py must not hide the ``samples`` package.
sys.path.append(str(BENCH))

from _dedup_synthetic import iter_synthetic, synthetic_records  # noqa: E402

from index.dedup import Thresholds, deduplicate, deduplicate_stream  # noqa: E402
from index.dedup.evaluate import labels_from_pairs, pairwise_scores  # noqa: E402
from index.store.merged import merged_row  # noqa: E402

SHARED = Path(os.environ.get("SIGNPOST_SHARED_DIR") or REPO.parent / "shared")
"""``../shared`` beside the checkout (a worktree elsewhere can point at it with the variable)."""
FODORS_ZAGATS = SHARED / "data" / "er" / "fodors-zagats"


def peak_rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def children_peak_rss_mb() -> float:
    """The largest peak of any finished child (the forked scoring workers); their pages shared
    with the parent are counted in both, so parent + child over-states the total."""
    return round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)


def children_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


BYTES_PER_RECORD = 4_000
"""Peak working set per record of the streamed run (comparables, frequencies, blocks, pair
totals), with a margin: measured 2.9 kB at a million records."""


def available_bytes() -> int:
    with open("/proc/meminfo", encoding="ascii") as handle:
        for line in handle:
            if line.startswith("MemAvailable:"):
                return int(line.split()[1]) * 1024
    return 0


def _write_synthetic(size: int, seed: int, path: Path) -> dict[str, str]:
    """The synthetic listings as JSON lines (as a store or an export holds them): untimed, like
    the harvest that would have produced them. Returns the truth (record id → entity)."""
    truth: dict[str, str] = {}
    with path.open("w", encoding="utf-8") as handle:
        for record, key in iter_synthetic(size, seed):
            handle.write(record.model_dump_json())
            handle.write("\n")
            truth[record.id] = key
    return truth


def _reader(path: Path):  # type: ignore[no-untyped-def]
    """Validated models, one per line (the floor's reader)."""
    from index.model import SourceRecord

    def read():  # type: ignore[no-untyped-def]
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                yield SourceRecord.model_validate_json(line)

    return read


def _plain_reader(path: Path):  # type: ignore[no-untyped-def]
    """The JSON lines themselves, as a store's or export's reader can hand them over: the
    records were validated when written; the dedup reads the first pass with orjson and
    validates each record as it merges it (``index/dedup/plain.py``)."""

    def read():  # type: ignore[no-untyped-def]
        with path.open("rb") as handle:
            yield from handle

    return read


def bench_synthetic(size: int, seed: int) -> dict[str, object]:
    """The whole step on synthetic listings streamed from a JSON-lines file: read and validate
    every record, normalise, block, score, cluster, read again and merge, each merged service
    serialised as the store's row (``merged_row``, what ``Store.merged_writer`` writes) and
    handed to a sink that counts them. The floor, measured in the same run on the same file, is
    one pass of just reading and validating the records: the least any dedup of them costs."""
    need, free = size * BYTES_PER_RECORD, available_bytes()
    if free and need > free - 2_000_000_000:
        # Other processes share this machine: running out of memory would kill theirs too.
        return {
            "skipped": f"needs about {need / 1e9:.1f} GB, {free / 1e9:.1f} GB available",
        }
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "records.jsonl"
        started = time.perf_counter()
        truth = _write_synthetic(size, seed, path)
        generated = time.perf_counter() - started
        read = _reader(path)
        started = time.perf_counter()
        floor_count = sum(1 for _ in read())
        floor = time.perf_counter() - started
        count = [0]

        def sink(_merged: object) -> None:
            count[0] += 1

        started, cpu_started = time.perf_counter(), time.process_time()
        children_started = children_cpu_seconds()
        result = deduplicate_stream(_plain_reader(path), sink, serialise=merged_row)
        elapsed = time.perf_counter() - started
        cpu = time.process_time() - cpu_started
        children_cpu = children_cpu_seconds() - children_started
    stats = result.stats
    scores = pairwise_scores(result.membership, truth)
    return {
        "records": stats.records,
        "entities": len(set(truth.values())),
        "seconds": round(elapsed, 2),
        "records_per_s": round(stats.records / elapsed),
        "floor_read_and_validate_seconds": round(floor, 2),
        "floor_records_per_s": round(floor_count / floor),
        "ratio_to_floor": round(elapsed / floor, 2),
        "cpu_seconds": round(cpu, 2),
        "worker_cpu_seconds": round(children_cpu, 2),
        "load_average_1m": round(os.getloadavg()[0], 2),
        "candidate_pairs": stats.candidate_pairs,
        "candidate_pairs_per_record": round(stats.candidate_pairs / stats.records, 2),
        "gated_pairs": stats.gated_pairs,
        "matched_pairs": stats.matched_pairs,
        "largest_block": stats.largest_block,
        "merged_services": count[0],
        "merged_services_as": "store rows (index.store.merged.merged_row), serialised in the workers",
        "stage_seconds": {k: round(v, 2) for k, v in stats.seconds.items()},
        "clustering": {
            k: v for k, v in stats.clustering.__dict__.items() if k != "override_conflicts"
        },
        **scores.as_dict(),
        "generation_seconds": round(generated, 1),
        "peak_rss_mb": peak_rss_mb(),
        "worker_peak_rss_mb": children_peak_rss_mb(),
    }


def _fodors_zagats_records() -> tuple[list, dict[str, str]] | None:  # type: ignore[type-arg]
    if not (FODORS_ZAGATS / "records.csv").exists():
        return None
    from index.dedup.jsonl import record_from_object

    with open(FODORS_ZAGATS / "records.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    with open(FODORS_ZAGATS / "gold_pairs.csv", newline="", encoding="utf-8") as handle:
        gold = [(r["a_id"], r["b_id"]) for r in csv.DictReader(handle)]
    records, ids = [], {}
    for r in rows:
        source = "fodors" if r["source"] == "A" else "zagat"
        record = record_from_object(
            {
                "id": r["id"],
                "source": source,
                "name": r["name"],
                "address": r["addr"],
                "city": r["city"],
                "phone": r["phone"],
            }
        )
        records.append(record)
        ids[record.id] = r["id"]
    truth = labels_from_pairs([r["id"] for r in rows], gold)
    return records, {rid: truth[original] for rid, original in ids.items()}


def sweep() -> dict[str, object]:
    """Pairwise F1 as each threshold moves (the others at their defaults)."""
    from samples.truth import load_truth
    from tests.dedup.sample_records import sample_records

    sets = {
        "sample_ground_truth": sample_records(load_truth()),
        "synthetic_10000": synthetic_records(10000, 7),
    }
    fz = _fodors_zagats_records()
    if fz is not None:
        sets["fodors_zagats (not used to choose)"] = fz
    base = Thresholds()
    grid = {
        "match": [5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0, 13.0, 14.0],
        "same_source": [9.0, 11.0, 12.0, 13.0, 14.0, 15.0, 16.0, 18.0],
        "link": [0.0, 2.5, 5.0, 7.5, 9.0],
    }
    out: dict[str, object] = {"defaults": dataclasses.asdict(base)}
    for name, values in grid.items():
        table: dict[str, dict[str, float]] = {}
        for value in values:
            thresholds = dataclasses.replace(base, **{name: value})
            row = {}
            for label, (records, truth) in sets.items():
                result = deduplicate(records, thresholds=thresholds)
                row[label] = round(pairwise_scores(result.membership, truth).f1, 4)
            table[str(value)] = row
        out[name] = table
    return out


def level_rates() -> dict[str, object]:
    """Measured m and u of every comparator level on the sample ground truth: among candidate
    pairs that are the same service (m) and that are not (u), the share at each level. The
    weights in ``scoring.py`` are log2(m/u) of estimates; this is the check."""
    from collections import Counter

    from index.dedup.blocking import candidate_pairs
    from index.dedup.comparable import comparable_from_record
    from index.dedup.frequencies import Frequencies
    from index.dedup.scoring import score_pair
    from samples.truth import load_truth
    from tests.dedup.sample_records import sample_records

    records, truth = sample_records(load_truth())
    comparables = [comparable_from_record(r) for r in records]
    freq = Frequencies.build(comparables)
    candidates = candidate_pairs(comparables, freq)
    counts: dict[bool, Counter[tuple[str, str]]] = {True: Counter(), False: Counter()}
    totals = Counter()
    for i, j in zip(candidates.left.tolist(), candidates.right.tolist(), strict=True):
        a, b = comparables[i], comparables[j]
        same = truth[a.id] == truth[b.id]
        totals[same] += 1
        for field in score_pair(a, b, freq).fields:
            counts[same][(field.comparator, field.level)] += 1
    # u proper (Fellegi-Sunter): over pairs of different services drawn at random, not only
    # those blocking put forward (which share a key by construction).
    rng = random.Random(11)
    random_pairs: Counter[tuple[str, str]] = Counter()
    drawn = 0
    while drawn < 40000:
        i, j = rng.randrange(len(comparables)), rng.randrange(len(comparables))
        a, b = comparables[i], comparables[j]
        if i == j or truth[a.id] == truth[b.id]:
            continue
        drawn += 1
        for field in score_pair(a, b, freq).fields:
            random_pairs[(field.comparator, field.level)] += 1
    rates: dict[str, dict[str, dict[str, float | None]]] = {}
    for key in sorted(set(counts[True]) | set(counts[False]) | set(random_pairs)):
        comparator, level = key
        m = counts[True][key] / max(1, totals[True])
        u = random_pairs[key] / drawn
        rates.setdefault(comparator, {})[level] = {
            "m": round(m, 4),
            "u_random": round(u, 5),
            "u_candidates": round(counts[False][key] / max(1, totals[False]), 4),
            "log2_m_over_u": round(math.log2(m / u), 1) if m and u else None,
        }
    return {
        "true_pairs": totals[True],
        "other_candidate_pairs": totals[False],
        "random_pairs": drawn,
        "rates": rates,
    }


def bench_fodors_zagats() -> dict[str, object]:
    """F1 on Fodors-Zagats through ``signpost dedup-file``: no training, the command as shipped."""
    if not (FODORS_ZAGATS / "records.csv").exists():
        return {"skipped": f"{FODORS_ZAGATS} is not present (../shared reference data)"}
    with open(FODORS_ZAGATS / "records.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    with open(FODORS_ZAGATS / "gold_pairs.csv", newline="", encoding="utf-8") as handle:
        gold = [(r["a_id"], r["b_id"]) for r in csv.DictReader(handle)]
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "fodors-zagats.jsonl"
        out = Path(tmp) / "clusters.jsonl"
        with source.open("w", encoding="utf-8") as handle:
            for r in rows:
                obj = {
                    "id": r["id"],
                    "source": "fodors" if r["source"] == "A" else "zagat",
                    "name": r["name"],
                    "address": r["addr"],
                    "city": r["city"],
                    "phone": r["phone"],
                    "categories": [r["type"]],
                }
                handle.write(json.dumps(obj) + "\n")
        started = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-c",
                "from signpost.cli import main; main()",
                "dedup-file",
                str(source),
                "--out",
                str(out),
            ],
            cwd=REPO,
            check=True,
            capture_output=True,
            text=True,
        )
        elapsed = time.perf_counter() - started
        predicted = {}
        for line in out.read_text(encoding="utf-8").splitlines():
            obj = json.loads(line)
            predicted[obj["id"]] = obj["cluster"]
    truth = labels_from_pairs([r["id"] for r in rows], gold)
    scores = pairwise_scores(predicted, truth)
    return {
        "records": len(rows),
        "gold_pairs": len(gold),
        "seconds": round(elapsed, 2),
        **scores.as_dict(),
    }


def bench_harvested() -> dict[str, object]:
    """The whole pipeline: the real harvesters crawl the sample sites on 127.0.0.1, then
    ``run_dedup`` (gazetteer included), against the sample data's ground truth."""
    gazetteer_path = REPO / "var" / "gazetteer.sqlite"
    if not gazetteer_path.exists():
        return {"skipped": f"{gazetteer_path} not built (make gazetteer)"}
    from index.sources import load_sources
    from index.store import Store
    from samples.server import running
    from samples.truth import load_truth
    from signpost.config import Settings
    from signpost.dedup_step import run_dedup
    from signpost.harvest import harvest

    truth = load_truth()
    with running(port=0) as base, tempfile.TemporaryDirectory() as tmp:
        settings = Settings(
            db=Path(tmp) / "signpost.db",
            var_dir=gazetteer_path.parent,
            allowed_private_hosts=["127.0.0.1"],
            sample_sites_url=base,
        )
        configs = load_sources(REPO / "sources" / "demo.toml", {"SAMPLE_SITES": base})
        with Store(settings.db) as store:
            started = time.perf_counter()
            outcomes = harvest(settings, store, configs, polite=False)
            harvested = time.perf_counter() - started
            started = time.perf_counter()
            report = run_dedup(store, settings.gazetteer_path)
            deduplicated = time.perf_counter() - started
            labels = {}
            for record in store.iter_records():
                service = truth.service_for(record.source_id, record.listing_key)
                service = service or truth.service_for(record.source_id, record.source_url)
                if service:
                    labels[record.id] = service
            membership = store.cluster_membership()
    return {
        "sources_published": sum(o.status == "published" for o in outcomes),
        "records": report.records,
        "harvest_seconds": round(harvested, 1),
        "dedup_seconds": round(deduplicated, 2),
        **pairwise_scores(membership, labels).as_dict(),
    }


def bench_sample_heldout(seeds: tuple[int, ...] = (4, 5)) -> dict[str, object]:
    """Sample worlds generated afresh from seeds never used while writing the comparators."""
    gazetteer_path = REPO / "var" / "gazetteer.sqlite"
    if not gazetteer_path.exists():
        return {"skipped": f"{gazetteer_path} not built (make gazetteer)"}
    from index.geo import Gazetteer
    from samples.generator import generate
    from samples.truth import GroundTruth
    from tests.dedup.sample_records import sample_records

    out: dict[str, object] = {}
    for seed in seeds:
        records, labels = sample_records(GroundTruth(generate(Gazetteer(gazetteer_path), seed)))
        result = deduplicate(records)
        out[str(seed)] = {
            "records": len(records),
            **pairwise_scores(result.membership, labels).as_dict(),
        }
    return out


def bench_sample_truth() -> dict[str, object]:
    """The sample sources' listings (built as the harvesters normalise them) against the
    sample data set's ground truth."""
    try:
        from samples.truth import load_truth
        from tests.dedup.sample_records import sample_records
    except ImportError as exc:  # the sample data set is part of the repository
        return {"skipped": f"sample data set not importable: {exc}"}
    records, labels = sample_records(load_truth())
    started = time.perf_counter()
    result = deduplicate(records)
    elapsed = time.perf_counter() - started
    return {
        "records": len(records),
        "seconds": round(elapsed, 2),
        "candidate_pairs_per_record": round(result.stats.candidate_pairs / len(records), 2),
        **pairwise_scores(result.membership, labels).as_dict(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--sweep", action="store_true", help="threshold sweep instead")
    parser.add_argument("--levels", action="store_true", help="measured m/u per level instead")
    parser.add_argument(
        "--synthetic-only", action="store_true", help="only the synthetic speed figures"
    )
    args = parser.parse_args()
    if args.sweep:
        print(json.dumps(sweep(), indent=2))
        return
    if args.levels:
        print(json.dumps(level_rates(), indent=2))
        return
    figures: dict[str, object] = {
        "goal_records_per_s": 10000,
        "goal_peak_rss_mb_at_1m": 4096,
        "load_average_1m_at_start": round(os.getloadavg()[0], 2),
    }
    if not args.synthetic_only:
        figures["sample_ground_truth"] = bench_sample_truth()
        figures["harvested_sample_sites"] = bench_harvested()
        figures["sample_held_out_seeds"] = bench_sample_heldout()
        figures["fodors_zagats"] = bench_fodors_zagats()
    figures["synthetic"] = {
        str(size): bench_synthetic(size, args.seed) for size in map(int, args.sizes.split(","))
    }
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
