"""The read side of the gazetteer's ``places`` table: London place and borough names, held in
memory once per process and looked up by key in O(1) (``index.place_names`` builds it)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from index.place_names import typed_place_key

SPELT_LIKE = 80.0
"""rapidfuzz ratio above which a place's name is offered for a typed name that is no place:
one letter wrong, missing or doubled in a name of five or more ("Wembly", "Hackny", "Totenham")."""


@dataclass(frozen=True)
class PlaceName:
    key: str
    name: str
    lat: float | None
    lon: float | None
    borough: str | None
    kind: str
    """``borough`` | ``place`` | ``ambiguous`` (no point of its own: see ``boroughs``)."""
    guarded: bool
    """An ordinary English word ("Bank", "Manor") or a street ("High Street"): in free text
    it counts only after "near"/"in"/"around"."""
    boroughs: tuple[str, ...] = ()

    @property
    def words(self) -> int:
        return self.key.count(" ") + 1


class PlaceTable:
    def __init__(self, places: list[PlaceName]) -> None:
        self._by_key = {p.key: p for p in places}
        self.max_words = max((p.words for p in places), default=0)

    @classmethod
    def from_connection(cls, conn: sqlite3.Connection) -> PlaceTable:
        try:
            rows = conn.execute(
                "SELECT key, name, lat, lon, borough, kind, guarded, boroughs FROM places"
            ).fetchall()
        except sqlite3.OperationalError:
            return cls([])  # a gazetteer built before place names: postcodes still work
        return cls(
            [
                PlaceName(
                    r[0],
                    r[1],
                    r[2],
                    r[3],
                    r[4],
                    r[5],
                    bool(r[6]),
                    tuple(json.loads(r[7])) if r[7] else (),
                )
                for r in rows
            ]
        )

    def get(self, key: str) -> PlaceName | None:
        """By key (``place_key``): folded words, no apostrophes, "and" for "&"."""
        return self._by_key.get(key)

    def get_text(self, text: str) -> PlaceName | None:
        """By the name as typed ("ealing broadway", "St. James's", "LBHF")."""
        return self._by_key.get(typed_place_key(text))

    def spelt_like(self, text: str, limit: int = 3) -> list[PlaceName]:
        """The places whose names are spelt most like ``text`` ("Wembly" → Wembley), best
        first, for a "did you mean" beside a name that is no place: never read as one of
        them, since a misread place is a wrong answer and the person can choose."""
        key = typed_place_key(text)
        if len(key) < 4 or not self._by_key:
            return []
        found = process.extract(
            key, list(self._by_key), scorer=fuzz.ratio, limit=limit, score_cutoff=SPELT_LIKE
        )
        return [self._by_key[k] for k, _score, _i in found]

    def __len__(self) -> int:
        return len(self._by_key)

    def __iter__(self) -> Iterator[PlaceName]:
        return iter(self._by_key.values())
