"""How common each name token and each shared key is across the records being deduplicated.

Two uses, both about how much a coincidence is worth:

* a name token's inverse document frequency weights name similarity, so ``Harrow Carers`` vs
  ``Brent Carers`` is judged on ``harrow``/``brent`` (rare) more than ``carers`` (common);
* a phone, e-mail, domain, address or postcode shared by records of *several different
  services* (a community centre's switchboard, a national charity's helpline, a council's
  domain) is weaker evidence than one shared only by copies of one service. ``sharing(key)``
  estimates how many distinct services carry the key, as the larger of two counts: records
  with the key per source that has it (each source lists a service about once — this catches
  several groups at one address), and the distinct postcodes the key appears at (a service is
  at one place, or two when some sources still show its old address — this catches one
  helpline printed on every branch, each branch listed only by its own borough).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from index.dedup.comparable import Comparable

SHARED_PREFIXES = ("p:", "e:", "d:", "pc:", "a:")
"""How ``shared_keys`` begin (blocking adds keys of other kinds)."""


def shared_keys(c: Comparable) -> Iterable[str]:
    """The exact-match keys of a record whose sharing is counted (and that blocking uses)."""
    for p in c.phones:
        yield "p:" + p
    for e in c.emails:
        yield "e:" + e
    for d in c.domains:
        yield "d:" + d
    for pc in c.postcodes:
        yield "pc:" + pc
    if c.address and c.numbers:
        yield "a:" + c.address


@dataclass
class Frequencies:
    """Counts over one set of records. What the shared keys' counts come to is keyed by the
    key's ``hash`` (blocking finds its blocks by hash, ``blocking.py``): it lives only as long
    as the run, in this process and the workers it forks, where a string hashes alike."""

    records: int = 0
    token_df: Counter[str] = field(default_factory=Counter)
    key_sharing: dict[int, float] = field(default_factory=dict, repr=False)
    """Each counted key's ``sharing``, worked out from its counts as they are given: scoring
    asks for it once for every shared contact or place of every candidate pair, and nothing
    else reads the counts."""

    @classmethod
    def of_tokens(cls, comparables: Sequence[Comparable]) -> Frequencies:
        """The name tokens' frequencies alone; the shared keys' are added by ``add_sharing``
        (``build`` does both; the dedup run takes the keys from its blocks, which hold them)."""
        token_df: Counter[str] = Counter()
        for c in comparables:
            token_df.update(c.token_set)
        return cls(len(comparables), token_df)

    def add_sharing(self, comparables: Sequence[Comparable], key: str, holders: list[int]) -> None:
        """Count a shared key (``shared_keys``) held by two or more records (indices into
        ``comparables``): by how many records, sources and postcodes. Keys one record holds
        alone need no count (``sharing`` is 1)."""
        self.add_counts(
            [hash(key)],
            [len(holders)],
            [len({comparables[i].source for i in holders})],
            [len({pc for i in holders for pc in comparables[i].postcodes})],
        )

    def add_counts(
        self, hashes: list[int], records: list[int], sources: list[int], places: list[int]
    ) -> None:
        """``add_sharing`` for many keys at once, counted elsewhere (by blocking, from the
        blocks it found): each key's hash, its holders, their distinct sources and postcodes."""
        # A key counted again is set again, not added to.
        self.key_sharing.update(
            (h, _sharing(n, s, p))
            for h, n, s, p in zip(hashes, records, sources, places, strict=True)
        )

    @classmethod
    def build(cls, comparables: Sequence[Comparable]) -> Frequencies:
        freq = cls.of_tokens(comparables)
        holders: dict[str, list[int]] = {}
        for i, c in enumerate(comparables):
            for key in shared_keys(c):
                holders.setdefault(key, []).append(i)
        for key, held in holders.items():
            if len(held) > 1:
                freq.add_sharing(comparables, key, held)
        return freq

    idf_table: dict[str, float] = field(default_factory=dict, repr=False)
    """Token → inverse document frequency in bits (a token seen once is worth most)."""
    idf_unseen: float = 1.0
    """The IDF of a token no record has (it is as rare as can be)."""

    def __post_init__(self) -> None:
        n = self.records
        if n:
            scale = math.log2(n + 1)
            self.idf_table = {t: scale - math.log2(df + 0.5) for t, df in self.token_df.items()}
            self.idf_unseen = scale - math.log2(0.5)

    def idf(self, token: str) -> float:
        return self.idf_table.get(token, self.idf_unseen)

    def sharing(self, key: str) -> float:
        """Estimated number of distinct services carrying ``key`` (≥ 1)."""
        return self.key_sharing.get(hash(key), 1.0)


def _sharing(records: int, sources: int, places: int) -> float:
    """Services carrying a key held by ``records`` listings from ``sources`` sources at
    ``places`` postcodes: at least the listings per source (each source lists a service once),
    and at least the places."""
    if records <= 1:
        return 1.0
    return max(1.0, records / max(1, sources), float(places))
