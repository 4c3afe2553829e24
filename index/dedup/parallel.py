"""Candidate pairs scored on every core: forked workers, each a share of fixed-size blocks.

Scoring is pure Python per pair (``scoring.score_candidates``), so threads cannot share it;
processes can. The comparables and frequencies are built once, before the fork, and each
worker reads them from the memory it shares with the parent: nothing is pickled on the way
in, and on the way back a block's result is four small arrays (pair indices, totals, matches)
and its name levels. The parent scores a share itself, so ``workers=2`` starts one child and
the comparables are shared by two processes, not copied into three.

Blocks are fixed slices of the candidate list, taken by worker ``w`` when ``block % workers ==
w``, and put back in block order: the result is the one ``score_candidates`` gives on the whole
list in one process (tested). Where ``fork`` does not exist, or one worker is asked for, or the
list is one block, it is exactly that call.

Memory: reading a Python object writes its reference count, so a child copies the pages of the
comparables it reads (at most their size, once); ``gc.freeze`` before the fork keeps the
collector from writing to every object's header as well.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import threading
import traceback
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from typing import Any, NamedTuple

import numpy as np

from index.dedup.comparable import Comparable
from index.dedup.frequencies import Frequencies
from index.dedup.scoring import ScoredPairs, score_candidates, string_columns
from index.dedup.weights import DEFAULT_THRESHOLDS, Thresholds

BLOCK_PAIRS = 50_000
"""Candidate pairs per block: small enough that a block's batch arrays stay a few megabytes,
large enough that rapidfuzz's batch calls and the hand-back cost little per pair."""


MIN_BLOCK_PAIRS = 2_000
"""Fewer candidate pairs than this per worker are scored in one process: forking costs more."""

MAX_DEFAULT_WORKERS = 2
"""Each process beyond the first holds its own copy of the comparables' pages while it scores:
at a million listings two processes already come to 3.9 GiB of the 4 GiB goal. More can be
asked for (``workers=``) where memory allows."""


def default_workers() -> int:
    """The cores this process may run on, at most ``MAX_DEFAULT_WORKERS``."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, MAX_DEFAULT_WORKERS))


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def single_threaded() -> bool:
    """Whether this process runs one thread, the only state a fork is safe from: a fork copies
    every lock as it stands, including one another thread holds at that moment, and the child
    would wait on it forever. The API server's background re-dedup and the scheduler run
    beside other threads, so they score in one process."""
    return threading.active_count() == 1


class WorkerError(RuntimeError):
    """A forked worker failed (its traceback is the message) or died."""


def outcome(compute: Callable[[], Any]) -> tuple[str, Any]:
    """What a forked worker sends back: ``("ok", result)``, or ``("error", traceback)`` for
    anything ``compute`` raises (``received`` raises it in the parent)."""
    try:
        return "ok", compute()
    except BaseException:  # anything a worker raises is the parent's to raise
        return "error", traceback.format_exc()


def stopped(process: Any) -> None:
    """Wait for a worker told to stop (or whose pipe closed); kill it if it does not go."""
    process.join(timeout=5)
    if process.is_alive():
        process.terminate()
        process.join()


def _without_parent_ends(
    parent_ends: list[Connection], target: Callable[..., None], *args: Any
) -> None:
    for end in parent_ends:
        end.close()
    target(*args)


def start_worker(
    context: Any, target: Callable[..., None], args: tuple[Any, ...], parent_ends: list[Connection]
) -> Any:
    """Fork a daemon worker running ``target(*args)``, which first closes ``parent_ends``: the
    parent's ends of every pipe made so far, which the fork copied. The parent's own close is
    then each pipe's last, so a worker blocked handing back a result when the parent gives up
    (an error, Ctrl-C) gets a broken pipe at once instead of waiting to be terminated."""
    process = context.Process(
        target=_without_parent_ends, args=(parent_ends, target, *args), daemon=True
    )
    process.start()
    return process


def hand_back(conn: Connection, result: tuple[str, Any]) -> bool:
    """Send a worker's ``outcome``; False when the parent has gone on without it (it is
    raising an error and closed its end)."""
    try:
        conn.send(result)
    except (BrokenPipeError, ConnectionResetError):
        return False
    return True


def received(process: Any, conn: Connection, what: str) -> Any:
    """A forked worker's result: it sends ``("ok", result)``, or ``("error", traceback)``,
    which is raised here, as is its death before it sent anything."""
    try:
        status, payload = conn.recv()
    except EOFError as exc:
        raise WorkerError(f"{what} {process.pid} died") from exc
    if status != "ok":
        raise WorkerError(f"{what} {process.pid} failed:\n{payload}")
    return payload


Block = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, list[str], int]
"""One block's result: left, right (int64), totals (float64), matches (bool), names, gated."""


class Job(NamedTuple):
    """Everything a block is scored from, built once before the fork and shared."""

    comparables: Sequence[Comparable]
    freq: Frequencies
    left: np.ndarray
    right: np.ndarray
    thresholds: Thresholds
    columns: tuple[np.ndarray, np.ndarray]
    """``string_columns(comparables)``"""


def _score_block(job: Job, lo: int, hi: int) -> Block:
    scored = score_candidates(
        job.comparables,
        job.freq,
        job.left[lo:hi],
        job.right[lo:hi],
        job.thresholds,
        threads=1,
        columns=job.columns,
    )
    return (
        np.asarray(scored.left, dtype=np.int64),
        np.asarray(scored.right, dtype=np.int64),
        np.asarray(scored.totals, dtype=np.float64),
        np.asarray(scored.matches, dtype=bool),
        scored.names,
        scored.gated,
    )


def _blocks_of(
    worker: int, workers: int, bounds: list[tuple[int, int]], job: Job
) -> dict[int, Block]:
    return {
        k: _score_block(job, lo, hi) for k, (lo, hi) in enumerate(bounds) if k % workers == worker
    }


def _child(
    conn: Connection, worker: int, workers: int, bounds: list[tuple[int, int]], job: Job
) -> None:
    """A forked worker: score its blocks, send them back in one message (or the traceback)."""
    try:
        hand_back(conn, outcome(lambda: _blocks_of(worker, workers, bounds, job)))
    finally:
        conn.close()


def even_blocks(n: int, workers: int, block_pairs: int) -> list[tuple[int, int]]:
    """``n`` pairs cut into blocks of at most ``block_pairs``, as many as a multiple of the
    workers and of even size, so each worker gets the same share: blocks of a fixed size left
    a short last block, and a list under one block went to one process alone."""
    if n == 0:
        return []
    count = -(-n // block_pairs)
    if count < workers and n >= workers * MIN_BLOCK_PAIRS:
        count = workers
    count = -(-count // workers) * workers if count >= workers else count
    size = -(-n // count)
    return [(lo, min(lo + size, n)) for lo in range(0, n, size)]


def score_in_workers(
    comparables: Sequence[Comparable],
    freq: Frequencies,
    left: np.ndarray,
    right: np.ndarray,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
    workers: int | None = None,
    block_pairs: int = BLOCK_PAIRS,
) -> ScoredPairs:
    """``score_candidates`` (without gated pairs) over ``workers`` processes; same result."""
    workers = default_workers() if workers is None else workers
    n = len(left)
    bounds = even_blocks(n, workers, block_pairs)
    workers = min(workers, len(bounds))
    if workers <= 1 or not can_fork() or not single_threaded():
        return score_candidates(comparables, freq, left, right, thresholds)

    job = Job(comparables, freq, left, right, thresholds, string_columns(comparables))
    context = multiprocessing.get_context("fork")
    children: list[tuple[Any, Connection]] = []
    gc.freeze()
    try:
        for worker in range(1, workers):
            receive, send = context.Pipe(duplex=False)
            ends = [receive, *(conn for _process, conn in children)]
            process = start_worker(context, _child, (send, worker, workers, bounds, job), ends)
            send.close()
            children.append((process, receive))
        blocks = _blocks_of(0, workers, bounds, job)
        for process, receive in children:
            blocks.update(received(process, receive, "scoring worker"))
    finally:
        for process, receive in children:
            receive.close()
            stopped(process)
        gc.unfreeze()
    ordered = [blocks[k] for k in range(len(bounds))]
    names: list[str] = []
    for block in ordered:
        names.extend(block[4])
    return ScoredPairs(
        left=np.concatenate([b[0] for b in ordered]).tolist(),
        right=np.concatenate([b[1] for b in ordered]).tolist(),
        totals=np.concatenate([b[2] for b in ordered]).tolist(),
        matches=np.concatenate([b[3] for b in ordered]).tolist(),
        gated=sum(b[5] for b in ordered),
        names=names,
    )
