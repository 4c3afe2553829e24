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
switchboard, a busy postcode, a common token) is sorted and yields only pairs within a sliding
window, so the number of candidate pairs stays linear in the number of records. A block of
records sharing a contact or a place is sorted by name (its members are at one place: the names
tell them apart). A block of records sharing a name or a rare word of one is sorted by place
(borough, then postcode): ``Lunch Club`` is the name of lunch clubs all over London, and its
copies in two directories are at one place. Such a block is windowed from ``NAME_FULL_BLOCK``
members on, sooner than the others. A word held by up to 24 listings is rare among a million,
and all the pairs of such blocks grow faster than the city: at a million listings the name
blocks gave 1.8 million candidate pairs and the rare-word blocks 2.6 million (three in four
failing the name gate), of 5.9 million in all; the rare-word pairs had grown 39-fold from
100 000 listings (docs/dedup.md).

The keys (a million records have about six million) are held as their 64-bit string hashes in
arrays: blocks are found by sorting the hashes, their pairs made and the shared keys' holders
counted by array arithmetic, with no dictionary of key strings. Two different keys with one
hash (about one chance in 10⁸ at a million records) would only make one block of two, adding
candidates, never losing one. Building the keys in a second process was tried and did not pay:
forking cost what it saved (0.68 s at 100 000 records in one process).
"""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

from index.arrays import sorted_unique
from index.dedup.comparable import Comparable, in_id_order
from index.dedup.frequencies import Frequencies, shared_keys

MAX_FULL_BLOCK = 24
"""Blocks of a contact, a place or a registration number up to this size yield all their pairs
(at most 276)."""
NAME_FULL_BLOCK = 8
"""Blocks of a name or a rare word up to this size yield all their pairs (at most 28)."""
WINDOW = 6
"""In larger blocks, each record is paired with the next ``WINDOW - 1`` (by name, or by place
in a block of a name)."""
GLOBAL_WINDOW = 2
"""Sorted-neighbourhood window over every record's name key: each with the next. With the next
two, at a million listings, the pass gave two of the six million candidates, a million that no
other key gave, and among those under a thousand true pairs; the pairs the second neighbour
added changed no precision or recall at 30 000 listings, on the sample worlds or on
Fodors-Zagats (to four places)."""
RARE_TOKENS = 2
RARE_WORD = NAME_FULL_BLOCK
"""A name's word keys a block when at most this many listings hold it: a common word's block,
even windowed, pairs mostly strangers (measured: 40 % of all candidates, under 0.1 % of the true
pairs that no other key finds), and so did the blocks of words held by 9 to 24 listings of a
million (1.2 million candidates no other key gave, for 0.3 % of the true pairs; without them
recall fell from 0.9853 to 0.9848). Common-word names are still paired by the name-order pass."""
MIN_TOKEN_LENGTH = 3

OTHER, SHARED, NAMED = 0, 1, 2
"""Kinds of key: registration numbers; the shared keys (``shared_keys``, whose holders are
counted); names and their rare words (blocks windowed by place)."""


def blocking_keys(c: Comparable, freq: Frequencies) -> Iterable[str]:
    yield from shared_keys(c)
    yield from other_keys(c, freq)


def other_keys(c: Comparable, freq: Frequencies) -> Iterable[str]:
    """The keys that block without being counted as shared (registration numbers, names)."""
    yield from registration_keys(c)
    yield from name_keys(c, freq)


def registration_keys(c: Comparable) -> Iterable[str]:
    if c.charity:
        yield "cn:" + c.charity
    if c.company:
        yield "co:" + c.company


def name_keys(c: Comparable, freq: Frequencies) -> Iterable[str]:
    """The name's key and its rarest words' keys."""
    if c.name_key:
        yield "n:" + c.name_key
    yield from rare_word_keys(c.tokens, freq.token_df)


def rare_word_keys(tokens: tuple[str, ...], token_df: Counter[str]) -> list[str]:
    return ["t:" + word for word in rare_words(tokens, token_df)]


def rare_words(tokens: tuple[str, ...], token_df: Counter[str]) -> list[str]:
    """The ``RARE_TOKENS`` rarest words of a name among those held by at most ``RARE_WORD``
    listings, rarest first (ties alphabetical)."""
    rare = [t for t in set(tokens) if len(t) >= MIN_TOKEN_LENGTH and token_df[t] <= RARE_WORD]
    if len(rare) > 1:
        rare.sort(key=lambda t: (token_df[t], t))
    return rare[:RARE_TOKENS]


def place_key(c: Comparable) -> tuple[str, str]:
    """Where a listing is, as a sort key: its borough (or its town's), then its postcode."""
    return c.borough or c.town_borough, c.postcodes[0] if c.postcodes else ""


@dataclass(frozen=True, slots=True)
class Candidates:
    left: np.ndarray
    right: np.ndarray
    blocks: int
    largest_block: int

    def __len__(self) -> int:
        return int(self.left.shape[0])


HashedKeys = tuple[np.ndarray, np.ndarray, np.ndarray]
"""Records' keys: each key's hash (int64), its record's index (int64), and its kind (int8:
``OTHER``, ``SHARED``, ``NAMED``)."""


def _hashed_keys(comparables: Sequence[Comparable], freq: Frequencies) -> HashedKeys:
    """Every record's keys, hashed, in record order: its shared keys, its registration
    numbers, then its name's keys. A name's rare words are worked out once per name."""
    hashes: list[int] = []
    counts = array("q")
    rare_of: dict[tuple[str, ...], list[int]] = {}
    token_df = freq.token_df
    for c in comparables:
        start = len(hashes)
        hashes.extend(map(hash, shared_keys(c)))
        shared = len(hashes) - start
        if c.charity or c.company:
            hashes.extend(map(hash, registration_keys(c)))
        other = len(hashes) - start - shared
        if c.name_key:
            hashes.append(hash("n:" + c.name_key))
        rare = rare_of.get(c.tokens)
        if rare is None:
            rare = rare_of[c.tokens] = list(map(hash, rare_word_keys(c.tokens, token_df)))
        hashes.extend(rare)
        counts.extend((shared, other, len(hashes) - start - shared - other))
    per_kind = np.frombuffer(counts, dtype=np.int64)
    return (
        np.array(hashes, dtype=np.int64),
        np.repeat(np.arange(len(comparables), dtype=np.int64), per_kind.reshape(-1, 3).sum(1)),
        np.repeat(np.tile(np.array([SHARED, OTHER, NAMED], np.int8), len(comparables)), per_kind),
    )


def _full_block_codes(owners: np.ndarray, starts: np.ndarray, size: int, n: int) -> np.ndarray:
    """Every pair of every block of ``size`` members (members ascending in ``owners`` from
    each start), as codes ``i * n + j``."""
    members = owners[starts[:, None] + np.arange(size)]
    first, second = np.triu_indices(size, 1)
    return (members[:, first] * n + members[:, second]).ravel()


def _pair_codes(a: np.ndarray, b: np.ndarray, n: int) -> np.ndarray:
    return np.minimum(a, b) * n + np.maximum(a, b)


def _window_codes(ordered: np.ndarray, n: int, window: int) -> list[np.ndarray]:
    """Each record paired with the next ``window - 1`` in ``ordered``, as codes."""
    return [_pair_codes(ordered[:-d], ordered[d:], n) for d in range(1, min(window, len(ordered)))]


def _block_window_codes(
    owners: np.ndarray,
    starts: np.ndarray,
    sizes: np.ndarray,
    rank: np.ndarray,
    n: int,
    window: int,
) -> list[np.ndarray]:
    """Each member of each block paired with the next ``window - 1`` members of its block in
    ``rank`` order, as codes: every block at once, ordered by (block, rank)."""
    if not len(starts):
        return []
    block = np.repeat(np.arange(len(starts)), sizes)
    members = owners[_spans(starts, sizes)]
    order = np.lexsort((rank[members], block))
    members, block = members[order], block[order]
    out = []
    for d in range(1, window):
        same = np.flatnonzero(block[d:] == block[:-d])
        out.append(_pair_codes(members[same], members[same + d], n))
    return out


def _spans(starts: np.ndarray, sizes: np.ndarray) -> np.ndarray:
    """The positions ``start, start + 1, …, start + size - 1`` of every (start, size)."""
    return np.repeat(starts, sizes) + (
        np.arange(int(sizes.sum())) - np.repeat(np.cumsum(sizes) - sizes, sizes)
    )


def _distinct_per_group(groups: np.ndarray, values: np.ndarray, count: int) -> np.ndarray:
    """How many distinct ``values`` each of ``count`` groups holds (entries as parallel
    arrays of group numbers and non-negative value codes)."""
    if not len(groups):
        return np.zeros(count, dtype=np.int64)
    pairs = sorted_unique(groups * (int(values.max()) + 1) + values)
    return np.bincount(pairs // (int(values.max()) + 1), minlength=count)


class RecordPlaces(NamedTuple):
    """Each record's source and postcodes as integer codes, for counting a shared key's
    sources and places with arrays."""

    sources: np.ndarray
    """Each record's source."""
    lengths: np.ndarray
    """How many postcodes each record has."""
    postcodes: np.ndarray
    """Every record's postcodes, record after record."""


def _record_places(comparables: Sequence[Comparable]) -> RecordPlaces:
    source_code: dict[str, int] = {}
    postcode_code: dict[str, int] = {}
    sources = np.empty(len(comparables), dtype=np.int64)
    lengths = np.empty(len(comparables), dtype=np.int64)
    codes: list[int] = []
    for i, c in enumerate(comparables):
        sources[i] = source_code.setdefault(c.source, len(source_code))
        lengths[i] = len(c.postcodes)
        codes.extend(postcode_code.setdefault(pc, len(postcode_code)) for pc in c.postcodes)
    return RecordPlaces(sources, lengths, np.asarray(codes, dtype=np.int64))


def _count_sharing(
    records: RecordPlaces,
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
    holders = owners[_spans(starts, sizes)]
    lengths = records.lengths
    first = np.cumsum(lengths) - lengths
    held = lengths[holders]
    at = _spans(first[holders], held)
    places = _distinct_per_group(np.repeat(group, held), records.postcodes[at], count)
    freq.add_counts(
        hashes.tolist(),
        sizes.tolist(),
        _distinct_per_group(group, records.sources[holders], count).tolist(),
        places.tolist(),
    )


def _codes_of(values: list[str]) -> np.ndarray:
    """Each value's rank among the distinct values (equal values, equal codes): the distinct
    values are sorted, not the list (a million names hold half a million distinct ones)."""
    first: dict[str, int] = {}
    seen = [first.setdefault(v, len(first)) for v in values]
    distinct = list(first)
    rank = np.empty(len(distinct), dtype=np.int64)
    rank[sorted(range(len(distinct)), key=distinct.__getitem__)] = np.arange(len(distinct))
    return rank[np.array(seen, dtype=np.int64)]


def _orders(comparables: Sequence[Comparable]) -> tuple[np.ndarray, np.ndarray]:
    """Each record's rank in name order (name key, then place) and in place order (place,
    then name key); ties by id. Both orders are one stable sort of one integer key."""
    n = len(comparables)
    names = _codes_of([c.name_key for c in comparables])
    boroughs = _codes_of([c.borough or c.town_borough for c in comparables])
    postcodes = _codes_of([c.postcodes[0] if c.postcodes else "" for c in comparables])
    places = boroughs * (int(postcodes.max(initial=0)) + 1) + postcodes
    if in_id_order(comparables):  # as in a run: an index orders as its id does
        by_id = np.arange(n, dtype=np.int64)
    else:
        ids = [c.id for c in comparables]
        by_id = np.array(sorted(range(n), key=ids.__getitem__), dtype=np.int64)
    ranks = []
    for major, minor in ((names, places), (places, names)):
        key = (major * (int(minor.max(initial=0)) + 1) + minor)[by_id]
        rank = np.empty(n, dtype=np.int64)
        rank[by_id[np.argsort(key, kind="stable")]] = np.arange(n)
        ranks.append(rank)
    return ranks[0], ranks[1]


def candidate_pairs(comparables: Sequence[Comparable], freq: Frequencies) -> Candidates:
    """Every distinct pair (i < j) that shares a block, plus name-order neighbours.

    Blocks are keyed by the shared keys among others, so while it has them this counts each
    shared key's holders into ``freq`` (``Frequencies.add_sharing``), which therefore needs
    only its token counts beforehand (``Frequencies.of_tokens``): the keys are built once, not
    three times. Counting again what ``Frequencies.build`` counted changes nothing.

    Hashing the keys in a forked child while this process sorted the records (each about two
    seconds of a million records) did not pay: both then copied the pages of the records they
    read (a fork shares them until written, and reading an object writes its reference
    count), measured 5.9-6.7 s against 5.9-6.2 s in one process."""
    n = len(comparables)
    hashes, owners, kinds = _hashed_keys(comparables, freq)
    by_name, by_place = _orders(comparables)
    records = _record_places(comparables)
    # Blocks: equal hashes, members ascending; a record holding one key twice counts once.
    order = np.lexsort((owners, hashes))
    hashes, owners, kinds = hashes[order], owners[order], kinds[order]
    if len(hashes) > 1:
        repeat = np.flatnonzero((hashes[1:] == hashes[:-1]) & (owners[1:] == owners[:-1])) + 1
        if len(repeat):
            keep = np.ones(len(hashes), dtype=bool)
            keep[repeat] = False
            hashes, owners, kinds = hashes[keep], owners[keep], kinds[keep]
    starts = np.flatnonzero(np.r_[True, hashes[1:] != hashes[:-1]]) if len(hashes) else hashes
    sizes = np.diff(np.r_[starts, len(hashes)])
    blocked = sizes > 1
    starts, sizes = starts[blocked], sizes[blocked]

    sharing = kinds[starts] == SHARED
    _count_sharing(records, freq, hashes[starts[sharing]], starts[sharing], sizes[sharing], owners)

    named = kinds[starts] == NAMED
    full = sizes <= np.where(named, NAME_FULL_BLOCK, MAX_FULL_BLOCK)
    codes: list[np.ndarray] = []
    for size in sorted_unique(sizes[full]).tolist():
        codes.append(_full_block_codes(owners, starts[full & (sizes == size)], size, n))
    for rank, these in ((by_name, ~full & ~named), (by_place, ~full & named)):
        codes.extend(_block_window_codes(owners, starts[these], sizes[these], rank, n, WINDOW))
    codes.extend(_window_codes(np.argsort(by_name), n, GLOBAL_WINDOW))
    unique = sorted_unique(np.concatenate(codes)) if codes else np.zeros(0, np.int64)
    left, right = np.divmod(unique, n) if n else (unique, unique)
    return Candidates(
        left=left,
        right=right,
        blocks=len(starts),
        largest_block=int(sizes.max()) if len(sizes) else 0,
    )
