"""Work shared by this process and forked children, one round at a time.

The streamed dedup's first reading pass (``passes.py``) spends nearly all its time on each
record by itself — parsing it and building its comparable form — so a second core halves it,
but only a process can use it (the work is pure Python). A ``Crew`` forks its children once;
each round the parent sends every child its share (one pickled message), does its own share
meanwhile, then collects the children's results, and sends the next round's shares before
handing these results on (``Crew.rounds``), so the children work while the parent and its
caller use them. One message is in flight each way per child — a share goes out only once the
child's last result is read — so pipes cannot fill up on both sides and deadlock, and results
come back in the order the shares were given.

The children start from a fork, so whatever the work needs (tables, caches) is read from
memory shared with the parent, never pickled; only each round's share and result cross a
pipe. A child that raises sends its traceback, and the parent raises it; one that dies
is reported by its pid. Where ``fork`` does not exist, or other threads run (``parallel.py``),
the crew is the parent alone and every round is one call.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import multiprocessing
from collections.abc import Callable, Iterable, Iterator, Sequence
from multiprocessing.connection import Connection
from types import TracebackType
from typing import Any, Generic, TypeVar

from index.dedup import parallel

Share = TypeVar("Share")
Result = TypeVar("Result")

_STOP = "stop"


CrewError = parallel.WorkerError
"""A child failed (its traceback is the message) or died."""


def _serve(conn: Connection, work: Callable[[Any], Any]) -> None:
    """A child's loop: run ``work`` on each share until told to stop (or the parent goes)."""
    try:
        while True:
            try:
                share = conn.recv()
            except EOFError:
                return
            if isinstance(share, str) and share == _STOP:
                return
            result = parallel.outcome(functools.partial(work, share))
            if not parallel.hand_back(conn, result) or result[0] != "ok":
                return
    finally:
        conn.close()


def _packed(work: Callable[[Any], Any], pack: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def packed_work(share: Any) -> Any:
        return pack(work(share))

    return packed_work


class Crew(Generic[Share, Result]):
    """``size`` workers — this process and ``size - 1`` forked children — each running
    ``work`` on its share of every round. Use as a context manager."""

    def __init__(
        self,
        work: Callable[[Share], Result],
        size: int | None,
        pack: Callable[[Result], Any] | None = None,
        unpack: Callable[[Any], Result] | None = None,
    ) -> None:
        """``size`` None is ``parallel.default_workers()``, as for scoring. ``pack`` turns a
        child's result into what crosses the pipe and ``unpack`` turns it back (e.g. objects
        as plain tuples, which pickle in a third of the time)."""
        self.work = work
        self.requested = max(1, parallel.default_workers() if size is None else size)
        self.pack = pack
        self.unpack = unpack
        self.children: list[tuple[Any, Connection]] = []
        self.frozen = False

    @property
    def size(self) -> int:
        """Workers in this crew, the parent included (1 when it could not fork)."""
        return 1 + len(self.children)

    def __enter__(self) -> Crew[Share, Result]:
        if self.requested > 1 and parallel.can_fork() and parallel.single_threaded():
            context = multiprocessing.get_context("fork")
            # Keep the collector off the shared objects' headers, so a child copies only the
            # pages it writes (``parallel.py``).
            gc.freeze()
            self.frozen = True
            work = self.work if self.pack is None else _packed(self.work, self.pack)
            try:
                for _ in range(self.requested - 1):
                    ours, theirs = context.Pipe(duplex=True)
                    ends = [ours, *(conn for _process, conn in self.children)]
                    process = parallel.start_worker(context, _serve, (theirs, work), ends)
                    theirs.close()
                    self.children.append((process, ours))
            except BaseException:
                self._stop()
                raise
        return self

    def round(self, shares: Sequence[Share]) -> list[Result]:
        """Every worker's result for its share (``shares[0]`` is this process's), in order."""
        return next(self.rounds([shares]))

    def rounds(self, batches: Iterable[Sequence[Share]]) -> Iterator[list[Result]]:
        """``round`` over each of ``batches`` in turn, without leaving the children idle
        between rounds: the next batch is taken from ``batches`` while the children work on
        this one, and sent to them as soon as they hand this one back, so they work on it while
        this process unpacks their results and the caller uses them. (Strict rounds left each
        child idle for a sixth of a pass: the parent reading the next records and taking the
        last results in the meantime.) Still one message in flight each way per child: a
        child's share goes out only once its previous result has been read."""
        pending = iter(batches)
        shares = next(pending, None)
        if shares is not None:
            self._send(shares)
        while shares is not None:
            own = self.work(shares[0])
            following = next(pending, None)
            payloads = [
                parallel.received(process, conn, "worker") for process, conn in self.children
            ]
            if following is not None:
                self._send(following)
            unpack = self.unpack
            yield [own, *(payloads if unpack is None else [unpack(p) for p in payloads])]
            shares = following

    def _send(self, shares: Sequence[Share]) -> None:
        if len(shares) != self.size:
            raise ValueError(f"{len(shares)} shares for a crew of {self.size}")
        for (_process, conn), share in zip(self.children, shares[1:], strict=True):
            conn.send(share)

    def _stop(self) -> None:
        for _process, conn in self.children:
            with contextlib.suppress(OSError):  # the child has gone already
                conn.send(_STOP)
            conn.close()
        for process, _conn in self.children:
            parallel.stopped(process)
        if self.frozen:
            gc.unfreeze()
            self.frozen = False
        self.children = []

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _traceback: TracebackType | None,
    ) -> None:
        self._stop()
