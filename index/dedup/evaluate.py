"""Pairwise precision, recall and F1 of a clustering against ground truth.

Pairwise, because that is how entity-resolution benchmarks (Fodors-Zagats, the sample sources)
state their truth, and it punishes one wrong giant cluster as much as it should. Counted from
cluster sizes, so a million records cost no more than a pass over them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class PairwiseScores:
    true_pairs: int
    predicted_pairs: int
    correct_pairs: int

    @property
    def precision(self) -> float:
        return self.correct_pairs / self.predicted_pairs if self.predicted_pairs else 1.0

    @property
    def recall(self) -> float:
        return self.correct_pairs / self.true_pairs if self.true_pairs else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "true_pairs": self.true_pairs,
            "predicted_pairs": self.predicted_pairs,
            "correct_pairs": self.correct_pairs,
        }


def _pairs(sizes: Iterable[int]) -> int:
    return sum(n * (n - 1) // 2 for n in sizes)


def pairwise_scores(predicted: Mapping[str, str], truth: Mapping[str, str]) -> PairwiseScores:
    """``predicted`` and ``truth`` map item id → cluster label, over the same items (items only
    in one of them are ignored)."""
    items = predicted.keys() & truth.keys()
    return PairwiseScores(
        true_pairs=_pairs(Counter(truth[i] for i in items).values()),
        predicted_pairs=_pairs(Counter(predicted[i] for i in items).values()),
        correct_pairs=_pairs(Counter((predicted[i], truth[i]) for i in items).values()),
    )


def labels_from_pairs(items: Iterable[str], pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Turn a list of true matching pairs into cluster labels (transitively)."""
    parent: dict[str, str] = {i: i for i in items}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        if a in parent and b in parent:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    return {i: find(i) for i in parent}
