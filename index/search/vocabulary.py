"""The vocabulary a backend offers for typo correction and completion: the words its
documents use, with frequencies, plus the words the vocabulary files know."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping

from rapidfuzz import process
from rapidfuzz.distance import OSA

from index.taxonomy import Taxonomy
from index.vocab import SynonymTable

MIN_CORRECTABLE = 4


class WordIndex:
    """Known words with document frequencies: decides whether a word is known, whether a
    partly typed word can be completed, and what an unknown word was meant to be."""

    def __init__(self, counts: Mapping[str, int], static: Iterable[str] = ()) -> None:
        self.counts = dict(counts)
        self.static = set(static)
        self.sorted = sorted(set(self.counts) | self.static)
        self._by_first: dict[str, list[str]] = {}
        for word in self.sorted:
            self._by_first.setdefault(word[0], []).append(word)

    def knows(self, word: str) -> bool:
        return self.counts.get(word, 0) > 0 or word in self.static

    def has_prefix(self, prefix: str) -> bool:
        i = bisect.bisect_left(self.sorted, prefix)
        return i < len(self.sorted) and self.sorted[i].startswith(prefix)

    def completions(self, prefix: str, limit: int = 50) -> list[str]:
        i = bisect.bisect_left(self.sorted, prefix)
        out: list[str] = []
        while i < len(self.sorted) and self.sorted[i].startswith(prefix) and len(out) < limit:
            out.append(self.sorted[i])
            i += 1
        return out

    def correct(self, word: str) -> str | None:
        """The closest known word within 1 edit (2 for words over 5 letters, transpositions
        counting as one), most frequent first; ``None`` for short or hopeless words. The first
        letter is trusted: it keeps candidates few and corrections plausible."""
        if len(word) < MIN_CORRECTABLE or word.isdigit():
            return None
        max_edits = 1 if len(word) <= 5 else 2
        candidates = self._by_first.get(word[0], [])
        found = process.extract(
            word, candidates, scorer=OSA.distance, score_cutoff=max_edits, limit=None
        )
        if not found:
            return None
        best = min(
            found,
            key=lambda f: (f[1], -(self.counts.get(f[0], 0) + (5 if f[0] in self.static else 0))),
        )
        return str(best[0])


def static_words(synonyms: SynonymTable, taxonomy: Taxonomy) -> set[str]:
    """Words the vocabulary files know, whether or not any listing uses them yet."""
    known = synonyms.vocabulary()
    for phrase in taxonomy.phrases():
        known.update(phrase)
    return known
