"""Blocking: which pairs of records are worth scoring at all.

Every record gets several keys, from whichever fields it has, so no single missing field hides
a duplicate — a listing with no postcode is still found through its phone, its web domain or
its name:

* exact keys: each phone, e-mail, web domain, postcode, full address, charity/company number;
* name keys: the sorted distinguishing tokens (``name_key``) and the record's two rarest name
  tokens when they are rare (a block per rare word; common ones like ``support`` would pair
  strangers);
* a sorted-neighbourhood pass over all name keys, which pairs names that sort next to each
  other (typos after the first letters, extra trailing words).

Records sharing a key form a block. A small block yields all its pairs; a large one (a council
switchboard, a busy postcode, a common token) is sorted by name key and yields only pairs within
a sliding window, so the number of candidate pairs stays linear in the number of records.

The keys (a million records have about six million) are held as their 64-bit string hashes in
arrays: blocks are found by sorting the hashes, their pairs made and the shared keys' holders
counted by array arithmetic, with no dictionary of key strings. Two different keys with one
hash (about one chance in 10⁸ at a million records) would only make one block of two, adding
candidates, never losing one. Building the keys in a second process was tried and did not pay:
forking cost what it saved (0.68 s at 100 000 records in one process).
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from index.arrays import sorted_unique
from index.dedup.comparable import Comparable, in_id_order
from index.dedup.frequencies import Frequencies, shared_keys

MAX_FULL_BLOCK = 24
"""Blocks up to this size yield all their pairs (at most 276)."""
WINDOW = 6
"""In larger blocks, each record is paired with the next ``WINDOW - 1`` by name order."""
GLOBAL_WINDOW = 3
"""Sorted-neighbourhood window over every record's name key."""
RARE_TOKENS = 2
MIN_TOKEN_LENGTH = 3


def blocking_keys(c: Comparable, freq: Frequencies) -> Iterable[str]:
    yield from shared_keys(c)
    yield from other_keys(c, freq)


def other_keys(c: Comparable, freq: Frequencies) -> Iterable[str]:
    """The keys that block without being counted as shared (registration numbers, names)."""
    if c.charity:
        yield "cn:" + c.charity
    if c.company:
        yield "co:" + c.company
    if c.name_key:
        yield "n:" + c.name_key
        candidates = sorted(
            {t for t in c.tokens if len(t) >= MIN_TOKEN_LENGTH},
            key=lambda t: (freq.token_df.get(t, 0), t),
        )
        for token in candidates[:RARE_TOKENS]:
            # Only rare words key a block: a common word's block, even windowed, pairs mostly
            # strangers (measured: 40 % of all candidates, under 0.1 % of the true pairs that
            # no other key finds). Common-word names are still paired by the name-order pass.
            if freq.token_df.get(token, 0) <= MAX_FULL_BLOCK:
                yield "t:" + token


@dataclass(frozen=True, slots=True)
class Candidates:
    left: np.ndarray
    right: np.ndarray
    blocks: int
    largest_block: int

    def __len__(self) -> int:
        return int(self.left.shape[0])


HashedKeys = tuple[np.ndarray, np.ndarray, np.ndarray]
"""Records' keys: each key's hash (int64), its record's index (int64), and whether it is a
shared key (``shared_keys``, whose holders are counted)."""


def _hashed_keys(comparables: Sequence[Comparable], freq: Frequencies) -> HashedKeys:
    """Every record's keys, hashed, in record order."""
    hashes = array("q")
    owners = array("q")
    shared = bytearray()
    for i, c in enumerate(comparables):
        for key in shared_keys(c):
            hashes.append(hash(key))
            owners.append(i)
            shared.append(1)
        for key in other_keys(c, freq):
            hashes.append(hash(key))
            owners.append(i)
            shared.append(0)
    return (
        np.frombuffer(hashes, dtype=np.int64),
        np.frombuffer(owners, dtype=np.int64),
        np.frombuffer(bytes(shared), dtype=bool),
    )


def _full_block_codes(owners: np.ndarray, starts: np.ndarray, size: int, n: int) -> np.ndarray:
    """Every pair of every block of ``size`` members (members ascending in ``owners`` from
    each start), as codes ``i * n + j``."""
    members = owners[starts[:, None] + np.arange(size)]
    first, second = np.triu_indices(size, 1)
    return (members[:, first] * n + members[:, second]).ravel()


def _window_codes(ordered: np.ndarray, n: int, window: int) -> list[np.ndarray]:
    """Each record paired with the next ``window - 1`` in ``ordered``, as codes."""
    out = []
    for d in range(1, window):
        if d >= len(ordered):
            break
        a, b = ordered[:-d], ordered[d:]
        out.append(np.minimum(a, b) * n + np.maximum(a, b))
    return out


def _distinct_per_group(groups: np.ndarray, values: np.ndarray, count: int) -> np.ndarray:
    """How many distinct ``values`` each of ``count`` groups holds (entries as parallel
    arrays of group numbers and non-negative value codes)."""
    if not len(groups):
        return np.zeros(count, dtype=np.int64)
    pairs = sorted_unique(groups * (int(values.max()) + 1) + values)
    return np.bincount(pairs // (int(values.max()) + 1), minlength=count)


def _count_sharing(
    comparables: Sequence[Comparable],
    freq: Frequencies,
    hashes: np.ndarray,
    starts: np.ndarray,
    sizes: np.ndarray,
    owners: np.ndarray,
) -> None:
    """``Frequencies.add_sharing`` for every shared-key block at once: its holders, their
    distinct sources and their distinct postcodes, counted with arrays."""
    count = len(starts)
    if not count:
        return
    group = np.repeat(np.arange(count), sizes)
    holders = owners[
        np.repeat(starts, sizes)
        + (np.arange(int(sizes.sum())) - np.repeat(np.cumsum(sizes) - sizes, sizes))
    ]
    source_code: dict[str, int] = {}
    postcode_code: dict[str, int] = {}
    sources = np.empty(len(comparables), dtype=np.int64)
    lengths = np.empty(len(comparables), dtype=np.int64)
    codes: list[int] = []
    for i, c in enumerate(comparables):
        sources[i] = source_code.setdefault(c.source, len(source_code))
        lengths[i] = len(c.postcodes)
        codes.extend(postcode_code.setdefault(pc, len(postcode_code)) for pc in c.postcodes)
    first = np.cumsum(lengths) - lengths
    held = lengths[holders]
    at = np.repeat(first[holders], held) + (
        np.arange(int(held.sum())) - np.repeat(np.cumsum(held) - held, held)
    )
    places = _distinct_per_group(
        np.repeat(group, held), np.asarray(codes, dtype=np.int64)[at], count
    )
    freq.add_counts(
        hashes.tolist(),
        sizes.tolist(),
        _distinct_per_group(group, sources[holders], count).tolist(),
        places.tolist(),
    )


def candidate_pairs(comparables: Sequence[Comparable], freq: Frequencies) -> Candidates:
    """Every distinct pair (i < j) that shares a block, plus name-order neighbours.

    Blocks are keyed by the shared keys among others, so while it has them this counts each
    shared key's holders into ``freq`` (``Frequencies.add_sharing``), which therefore needs
    only its token counts beforehand (``Frequencies.of_tokens``): the keys are built once, not
    three times. Counting again what ``Frequencies.build`` counted changes nothing."""
    n = len(comparables)
    hashes, owners, shared = _hashed_keys(comparables, freq)
    # Blocks: equal hashes, members ascending; a record holding one key twice counts once.
    order = np.lexsort((owners, hashes))
    hashes, owners, shared = hashes[order], owners[order], shared[order]
    if len(hashes) > 1:
        repeat = np.flatnonzero((hashes[1:] == hashes[:-1]) & (owners[1:] == owners[:-1])) + 1
        if len(repeat):
            keep = np.ones(len(hashes), dtype=bool)
            keep[repeat] = False
            hashes, owners, shared = hashes[keep], owners[keep], shared[keep]
    starts = np.flatnonzero(np.r_[True, hashes[1:] != hashes[:-1]]) if len(hashes) else hashes
    sizes = np.diff(np.r_[starts, len(hashes)])
    blocked = sizes > 1
    starts, sizes = starts[blocked], sizes[blocked]

    sharing = shared[starts]
    _count_sharing(
        comparables, freq, hashes[starts[sharing]], starts[sharing], sizes[sharing], owners
    )

    names = [c.name_key for c in comparables]
    if in_id_order(comparables):  # as in a run: a stable sort by name breaks ties by id
        by_name = np.array(sorted(range(n), key=names.__getitem__), dtype=np.int64)
    else:
        ids = [c.id for c in comparables]
        by_name = np.array(sorted(range(n), key=lambda i: (names[i], ids[i])), dtype=np.int64)
    rank = np.empty(n, dtype=np.int64)
    rank[by_name] = np.arange(n)

    codes: list[np.ndarray] = []
    for size in sorted_unique(sizes[sizes <= MAX_FULL_BLOCK]).tolist():
        codes.append(_full_block_codes(owners, starts[sizes == size], size, n))
    for start, size in zip(
        starts[sizes > MAX_FULL_BLOCK].tolist(), sizes[sizes > MAX_FULL_BLOCK].tolist(), strict=True
    ):
        members = owners[start : start + size]
        codes.extend(_window_codes(members[np.argsort(rank[members])], n, WINDOW))
    codes.extend(_window_codes(by_name, n, GLOBAL_WINDOW))
    unique = sorted_unique(np.concatenate(codes)) if codes else np.zeros(0, np.int64)
    left, right = np.divmod(unique, n) if n else (unique, unique)
    return Candidates(
        left=left,
        right=right,
        blocks=len(starts),
        largest_block=int(sizes.max()) if len(sizes) else 0,
    )
