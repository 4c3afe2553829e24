"""Scoring in forked workers (``index/dedup/parallel.py``) gives exactly what one process gives:
the same scored pairs in the same order, so the same clusters and merged services."""

from __future__ import annotations

import pytest

from index.dedup import deduplicate
from index.dedup.blocking import candidate_pairs
from index.dedup.frequencies import Frequencies
from index.dedup.parallel import (
    BLOCK_PAIRS,
    MIN_BLOCK_PAIRS,
    even_blocks,
    score_in_workers,
    single_threaded,
)
from index.dedup.passes import comparables_in_memory
from index.dedup.scoring import score_candidates
from index.model import SourceRecord
from samples.truth import load_truth
from tests.dedup.conftest import needs_fork
from tests.dedup.sample_records import sample_records


@pytest.fixture(autouse=True)
def _fork_counted(forks: list[str]) -> list[str]:
    """Every test here counts its forks (``forks``, conftest.py)."""
    return forks


def _scored(records: list[SourceRecord], workers: int, block_pairs: int) -> tuple[object, ...]:
    comparables = comparables_in_memory(records, None, 1)
    freq = Frequencies.build(comparables)
    candidates = candidate_pairs(comparables, freq)
    assert len(candidates) > 3 * block_pairs, "the set must make several blocks"
    if workers == 0:  # the plain one-process call, for reference
        s = score_candidates(comparables, freq, candidates.left, candidates.right)
    else:
        s = score_in_workers(
            comparables,
            freq,
            candidates.left,
            candidates.right,
            workers=workers,
            block_pairs=block_pairs,
        )
    return s.left, s.right, s.totals, s.matches, s.names, s.gated


@needs_fork
@pytest.mark.parametrize("workers", [1, 2, 3])
def test_workers_score_like_one_process_on_a_synthetic_set(
    synthetic: list[SourceRecord], workers: int, forks: list[str]
) -> None:
    reference = _scored(synthetic, 0, 1000)
    assert reference[0], "some pairs must survive the name gate"
    assert _scored(synthetic, workers, 1000) == reference
    assert forks == ([] if workers == 1 else ["fork"])


@needs_fork
def test_workers_score_like_one_process_on_the_sample_world(forks: list[str]) -> None:
    records, _labels = sample_records(load_truth())
    assert _scored(records, 2, 50) == _scored(records, 0, 50)
    assert forks == ["fork"]


@needs_fork
def test_parallel_and_serial_dedup_give_the_same_merged_services(
    synthetic: list[SourceRecord], forks: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import functools

    import index.dedup.run as run

    # Blocks of 1,000 pairs, so this small set is scored in several blocks over two processes.
    monkeypatch.setattr(
        run, "score_in_workers", functools.partial(score_in_workers, block_pairs=1000)
    )
    serial = deduplicate(synthetic, workers=1)
    parallel = deduplicate(synthetic, workers=2)
    assert forks == ["fork", "fork"]  # the comparable forms' crew, then the scoring workers
    assert parallel.membership == serial.membership
    assert [m.model_dump() for m in parallel.merged] == [m.model_dump() for m in serial.merged]


def test_without_fork_one_process_does_the_work(
    synthetic: list[SourceRecord], monkeypatch: pytest.MonkeyPatch
) -> None:
    import index.dedup.parallel as parallel

    monkeypatch.setattr(parallel, "can_fork", lambda: False)
    monkeypatch.setattr(
        parallel.multiprocessing, "get_context", lambda *_a: pytest.fail("forked anyway")
    )
    assert _scored(synthetic, 2, 1000) == _scored(synthetic, 0, 1000)


@needs_fork
def test_a_failing_worker_is_reported(
    synthetic: list[SourceRecord], monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    import index.dedup.parallel as parallel

    parent = os.getpid()
    real = parallel._score_block

    def fails_in_the_child(*args):  # type: ignore[no-untyped-def]
        if os.getpid() != parent:
            raise ValueError("boom")
        return real(*args)

    monkeypatch.setattr(parallel, "_score_block", fails_in_the_child)
    with pytest.raises(RuntimeError, match="boom"):
        _scored(synthetic, 2, 1000)


def test_beside_other_threads_one_process_does_the_work(
    synthetic: list[SourceRecord], monkeypatch: pytest.MonkeyPatch, forks: list[str]
) -> None:
    """The API server's background re-dedup runs beside other threads: no fork there."""
    import threading

    import index.dedup.parallel as parallel

    monkeypatch.setattr(parallel, "single_threaded", single_threaded)  # the real check
    stop = threading.Event()
    other = threading.Thread(target=stop.wait, daemon=True)
    other.start()
    try:
        assert _scored(synthetic, 2, 1000) == _scored(synthetic, 0, 1000)
    finally:
        stop.set()
        other.join()
    assert forks == []


@pytest.mark.parametrize("workers", [1, 2, 3])
def test_even_blocks_cover_every_pair_once_in_even_shares(workers: int) -> None:
    """Every candidate is in exactly one block; a list big enough to share is cut into a
    multiple of the workers, so each gets as many pairs as the others, give or take a block's
    rounding; a small one stays one block (one process)."""
    for n in [0, 1, 1_999, 4_000, 43_647, 50_000, 50_001, 378_444, 1_000_003]:
        bounds = even_blocks(n, workers, BLOCK_PAIRS)
        starts = [lo for lo, _hi in bounds]
        assert starts == [0, *(hi for _lo, hi in bounds[:-1])][: len(bounds)]
        assert (bounds[-1][1] if bounds else 0) == n
        assert all(hi - lo <= BLOCK_PAIRS for lo, hi in bounds)
        if n >= workers * MIN_BLOCK_PAIRS and workers > 1:
            shares = [
                sum(hi - lo for k, (lo, hi) in enumerate(bounds) if k % workers == w)
                for w in range(workers)
            ]
            assert max(shares) - min(shares) <= len(bounds)
        elif n < MIN_BLOCK_PAIRS * workers and n <= BLOCK_PAIRS:
            assert len(bounds) == (1 if n else 0)
