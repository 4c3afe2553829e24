"""What the embedded index knows about each document besides its text, as numpy arrays.

Why arrays and not side tables: a search filters, measures and counts every text match (the
radius, the borough, "open on Saturday", the facet counts). Done in SQL that is a join and a
Python round trip per match; done on arrays indexed by row id it is a handful of vectorised
passes, whatever the number of matches. The arrays of one generation are stored as BLOBs in
its ``columns_N`` table, written in the same transaction as the text, and loaded once per
worker process (``np.frombuffer``: no copy) when the generation or its version changes.

Several values per document (positions, facet keys, opening ranges) are kept as CSR: a
``*_ptr`` array of ``size + 1`` offsets into flat value arrays, so the values of document
``r`` are ``values[ptr[r]:ptr[r + 1]]``. ``gather`` turns a set of row ids into the positions
of all their values in one vectorised step.
"""

from __future__ import annotations

import json
import sqlite3
from array import array
from collections.abc import Iterable

import numpy as np

from index.arrays import sorted_unique
from index.backends.document import IndexDocument
from index.backends.embedded.grid import Grid

NO_AGE_LO, NO_AGE_HI = 0, 200
"""The age range of a service that states none: every age passes."""

DTYPES: dict[str, type] = {
    "live": np.bool_,
    "pt_ptr": np.int32,
    "pt_lat": np.float64,
    "pt_lon": np.float64,
    "fc_ptr": np.int32,
    "fc_code": np.int32,
    "key_ptr": np.int32,
    "key_docs": np.int32,
    "age_lo": np.int16,
    "age_hi": np.int16,
    "hr_ptr": np.int32,
    "hr_start": np.int32,
    "hr_stop": np.int32,
    "hr_timed": np.bool_,
    "name_rank": np.int32,
}
"""Every stored array and its type (the BLOB is the array's raw bytes)."""


def gather(ptr: np.ndarray, ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(positions of every value of the documents ``ids``, how many each has), in ``ids``
    order, so a per-value result folds back per document with ``np.*.reduceat``."""
    starts = ptr[ids]
    counts = ptr[ids + 1] - starts
    total = int(counts.sum())
    if total == 0:
        return np.zeros(0, dtype=np.int64), counts
    if total == len(ids) and bool((counts == 1).all()):
        return starts.astype(np.int64), counts
    first = np.cumsum(counts) - counts
    index = np.arange(total, dtype=np.int64) + np.repeat(starts - first, counts)
    return index, counts


class Columns:
    """One generation's per-document arrays, read-only once built (each ``DTYPES`` name is
    an attribute)."""

    live: np.ndarray
    pt_ptr: np.ndarray
    pt_lat: np.ndarray
    pt_lon: np.ndarray
    fc_ptr: np.ndarray
    fc_code: np.ndarray
    key_ptr: np.ndarray
    key_docs: np.ndarray
    age_lo: np.ndarray
    age_hi: np.ndarray
    hr_ptr: np.ndarray
    hr_start: np.ndarray
    hr_stop: np.ndarray
    hr_timed: np.ndarray
    name_rank: np.ndarray

    def __init__(self, keys: list[str], arrays: dict[str, np.ndarray]) -> None:
        self.keys = keys
        """Facet keys (``category:debt-advice``, ``open:SA`` …) by code."""
        self.code = {k: i for i, k in enumerate(keys)}
        self.a = arrays
        for name, arr in arrays.items():
            setattr(self, name, arr)
        self.size = len(arrays["live"])
        self.grid = Grid(arrays["pt_lat"], arrays["pt_lon"])
        self.pt_doc = np.repeat(np.arange(self.size, dtype=np.int32), np.diff(arrays["pt_ptr"]))
        """The document of each position (and below, of each facet value)."""
        self.fc_doc = np.repeat(np.arange(self.size, dtype=np.int32), np.diff(arrays["fc_ptr"]))
        self._all_counts: dict[str, int] | None = None

    @property
    def documents(self) -> int:
        return int(self.live.sum())

    def live_ids(self) -> np.ndarray:
        return np.flatnonzero(self.live).astype(np.int64)

    def docs_with_any(self, keys: Iterable[str]) -> np.ndarray:
        """Sorted row ids (live or not) carrying any of ``keys`` (unknown keys: none)."""
        ptr, docs = self.key_ptr, self.key_docs
        parts = [docs[ptr[c] : ptr[c + 1]] for k in keys if (c := self.code.get(k)) is not None]
        if not parts:
            return np.zeros(0, dtype=np.int32)
        return parts[0] if len(parts) == 1 else sorted_unique(np.concatenate(parts))

    def facet_counts(self, ids: np.ndarray) -> dict[str, int]:
        """``facet:value`` → how many of the documents ``ids`` carry it. A large share of
        all documents is counted in one pass over every value instead of gathering theirs."""
        if len(ids) * 8 > self.size:
            chosen = np.zeros(self.size, dtype=np.bool_)
            chosen[ids] = True
            counts = np.bincount(self.fc_code[chosen[self.fc_doc]], minlength=len(self.keys))
        else:
            index, _ = gather(self.fc_ptr, ids)
            counts = np.bincount(self.fc_code[index], minlength=len(self.keys))
        return {self.keys[c]: int(counts[c]) for c in np.flatnonzero(counts)}

    def all_facet_counts(self) -> dict[str, int]:
        if self._all_counts is None:
            self._all_counts = self.facet_counts(self.live_ids())
        return self._all_counts

    def save(self, conn: sqlite3.Connection, g: int) -> None:
        conn.execute(f"DELETE FROM columns_{g}")
        rows = [(name, np.ascontiguousarray(arr).tobytes()) for name, arr in self.a.items()]
        rows.append(("keys", json.dumps(self.keys).encode()))
        conn.executemany(f"INSERT INTO columns_{g} (name, data) VALUES (?, ?)", rows)

    @classmethod
    def load(cls, conn: sqlite3.Connection, g: int) -> Columns:
        blobs = dict(conn.execute(f"SELECT name, data FROM columns_{g}").fetchall())
        keys = json.loads(blobs.pop("keys"))
        arrays = {name: np.frombuffer(blobs[name], dtype=DTYPES[name]) for name in DTYPES}
        return cls(keys, arrays)


class ColumnsBuilder:
    """Collects documents in increasing row id order (a rebuild, or rows appended by an
    upsert), then ``finish`` packs the arrays. Appends go to ``array.array`` (C speed, no
    per-element Python object kept)."""

    def __init__(self, base: Columns | None = None) -> None:
        """Empty (row 0 is never used: SQLite row ids start at 1), or ``base``'s documents,
        to append to."""
        self.keys: list[str] = list(base.keys) if base else []
        self.code: dict[str, int] = {k: i for i, k in enumerate(self.keys)}
        if base is None:
            self.live = bytearray(b"\0")
            self.pt_count, self.fc_count, self.hr_count = (array("i", [0]) for _ in range(3))
            self.lat, self.lon = array("d"), array("d")
            self.fc, self.hr_start, self.hr_stop = array("i"), array("i"), array("i")
            self.lo, self.hi = array("h", [NO_AGE_LO]), array("h", [NO_AGE_HI])
            self.hr_timed = bytearray()
            return
        self.live = bytearray(base.live.astype(np.uint8).tobytes())
        self.pt_count = _copy("i", np.diff(base.pt_ptr))
        self.fc_count = _copy("i", np.diff(base.fc_ptr))
        self.hr_count = _copy("i", np.diff(base.hr_ptr))
        self.lat, self.lon = _copy("d", base.pt_lat), _copy("d", base.pt_lon)
        self.fc = _copy("i", base.fc_code)
        self.hr_start, self.hr_stop = _copy("i", base.hr_start), _copy("i", base.hr_stop)
        self.lo, self.hi = _copy("h", base.age_lo), _copy("h", base.age_hi)
        self.hr_timed = bytearray(base.hr_timed.astype(np.uint8).tobytes())

    @property
    def size(self) -> int:
        return len(self.live)

    def add(self, rowid: int, doc: IndexDocument) -> None:
        """Append a document; its row id must be beyond every row id added so far."""
        if rowid < self.size:
            raise ValueError(f"row id {rowid} is not beyond the last ({self.size - 1})")
        gap = rowid - self.size
        if gap:  # row ids never used (or removed before a rebuild): no values, not live
            self.live.extend(b"\0" * gap)
            for counts in (self.pt_count, self.fc_count, self.hr_count):
                counts.extend([0] * gap)
            self.lo.extend([NO_AGE_LO] * gap)
            self.hi.extend([NO_AGE_HI] * gap)
        self.live.append(1)
        self.pt_count.append(len(doc.points))
        for lat, lon in doc.points:
            self.lat.append(lat)
            self.lon.append(lon)
        pairs = doc.facet_values()
        self.fc_count.append(len(pairs))
        code = self.code
        for facet, value in pairs:
            key = f"{facet}:{value}"
            c = code.get(key)
            if c is None:
                c = code[key] = len(self.keys)
                self.keys.append(key)
            self.fc.append(c)
        self.lo.append(doc.min_age if doc.min_age is not None else NO_AGE_LO)
        self.hi.append(doc.max_age if doc.max_age is not None else NO_AGE_HI)
        self.hr_count.append(len(doc.hours))
        for start, stop, timed in doc.hours:
            self.hr_start.append(start)
            self.hr_stop.append(stop)
            self.hr_timed.append(1 if timed else 0)

    def remove(self, rowid: int) -> None:
        """The document no longer exists: its values stay (unreachable) until a rebuild."""
        if 0 <= rowid < self.size:
            self.live[rowid] = 0

    def finish(self, name_order: np.ndarray) -> Columns:
        """Pack the arrays. ``name_order`` is every live row id in alphabetical order of
        name (how browsing without a place lists services)."""
        size = self.size

        def ptr(counts: array) -> np.ndarray:
            out = np.zeros(size + 1, dtype=np.int32)
            np.cumsum(np.frombuffer(counts, dtype=np.int32), out=out[1:])
            return out

        fc_ptr = ptr(self.fc_count)
        fc_code = np.frombuffer(self.fc, dtype=np.int32).copy()
        fc_doc = np.repeat(np.arange(size, dtype=np.int32), np.diff(fc_ptr))
        order = np.argsort(fc_code, kind="stable")  # documents of each key, in row id order
        key_ptr = np.searchsorted(fc_code[order], np.arange(len(self.keys) + 1)).astype(np.int32)
        name_rank = np.full(size, np.iinfo(np.int32).max, dtype=np.int32)
        name_rank[name_order] = np.arange(len(name_order), dtype=np.int32)
        arrays = {
            "live": np.frombuffer(bytes(self.live), dtype=np.bool_),
            "pt_ptr": ptr(self.pt_count),
            "pt_lat": np.frombuffer(self.lat, dtype=np.float64).copy(),
            "pt_lon": np.frombuffer(self.lon, dtype=np.float64).copy(),
            "fc_ptr": fc_ptr,
            "fc_code": fc_code,
            "key_ptr": key_ptr,
            "key_docs": fc_doc[order],
            "age_lo": np.frombuffer(self.lo, dtype=np.int16).copy(),
            "age_hi": np.frombuffer(self.hi, dtype=np.int16).copy(),
            "hr_ptr": ptr(self.hr_count),
            "hr_start": np.frombuffer(self.hr_start, dtype=np.int32).copy(),
            "hr_stop": np.frombuffer(self.hr_stop, dtype=np.int32).copy(),
            "hr_timed": np.frombuffer(bytes(self.hr_timed), dtype=np.bool_),
            "name_rank": name_rank,
        }
        return Columns(list(self.keys), arrays)


def _copy(typecode: str, values: np.ndarray) -> array:
    """An appendable copy of an array's values (``typecode`` must match its item size)."""
    dtype = {"i": np.int32, "d": np.float64, "h": np.int16}[typecode]
    return array(typecode, np.ascontiguousarray(values, dtype=dtype).tobytes())
