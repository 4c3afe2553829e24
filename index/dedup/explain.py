"""``explain-match``: each comparator's level and weight for two records, and the decision.

The numbers are the ones dedup itself used: the same comparable form, frequencies over all the
records given, and the scalar path of the same scoring functions.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from index.dedup.comparable import Comparable, Locator, comparable_from_record
from index.dedup.frequencies import Frequencies
from index.dedup.scoring import PairScore, score_pair
from index.dedup.weights import DEFAULT_THRESHOLDS, Thresholds
from index.model import SourceRecord


@dataclass
class Explanation:
    score: PairScore
    a: Comparable
    b: Comparable
    override: str | None
    """``must-link`` or ``cannot-link`` when a curator decided this pair."""

    @property
    def decision(self) -> str:
        if self.override == "must-link":
            return "same service (curator must-link)"
        if self.override == "cannot-link":
            return "different services (curator cannot-link)"
        if not self.score.name_gate:
            return "different services (names differ: the name gate fails)"
        verdict = "same service" if self.score.match else "different services"
        return f"{verdict} (score {self.score.total:+.1f})"


def explain_match(
    records: Sequence[SourceRecord],
    a_id: str,
    b_id: str,
    overrides: Iterable[Mapping[str, Any]] = (),
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
    locate: Locator | None = None,
) -> Explanation:
    """Each comparator's level and weight for two records, judged against ``records`` (the
    frequencies of shared phones, domains and name words come from all of them)."""
    unique: dict[str, SourceRecord] = {}
    for record in records:
        unique.setdefault(record.id, record)
    for needed in (a_id, b_id):
        if needed not in unique:
            raise KeyError(needed)
    comparables = {rid: comparable_from_record(r, rid, locate) for rid, r in unique.items()}
    freq = Frequencies.build(list(comparables.values()))
    a, b = comparables[a_id], comparables[b_id]
    override = next(
        (o["kind"] for o in overrides if {o["a"], o["b"]} == {a_id, b_id}),
        None,
    )
    return Explanation(score=score_pair(a, b, freq, True, thresholds), a=a, b=b, override=override)
