"""Category agreement through Signpost's taxonomy, and the words a category makes generic.

Sources file one service under different labels ("Walking groups" on one site, "Walking" or
"Health walks" on another, a broad "Community & activities" on a third), so labels are compared
as the taxonomy terms they map to (``index.taxonomy``: labels, plus keywords in the name):

* **same** — a term in common;
* **related** — one's term is above the other's, or the two are siblings (``Horse riding`` and
  ``Disability sport`` under *Activities*): no evidence either way;
* **different** — nothing in common under any heading: two services (a civic centre's housing
  desk and its carers' service);
* **missing** — a side has no term.

A category also says which name words are generic: in ``Walking Group`` under *Walking groups*
the name says only what kind of service it is, so the name comparator counts those words
little and a more specific name for the same service can still match (``category_words``).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from index.dedup.names import name_tokens
from index.taxonomy import Taxonomy, default_taxonomy


class Categories:
    """The taxonomy, prepared for comparing records' categories quickly."""

    def __init__(self, taxonomy: Taxonomy) -> None:
        self.taxonomy = taxonomy
        self.parent = {tid: row.parent_id for tid, row in taxonomy.rows.items()}
        self._words: dict[str, frozenset[str]] = {}
        for tid, row in taxonomy.rows.items():
            found: set[str] = set(name_tokens(row.name))
            for keyword in row.keywords:
                tokens = name_tokens(keyword)
                if len(tokens) == 1:
                    found.update(tokens)
            self._words[tid] = frozenset(found)

    def terms(self, labels: Iterable[str], name: str) -> tuple[str, ...]:
        return self._terms(tuple(labels), name)

    @lru_cache(maxsize=16_384)  # noqa: B019 - one instance per process (default_categories)
    def _terms(self, labels: tuple[str, ...], name: str) -> tuple[str, ...]:
        return tuple(sorted(self.taxonomy.classify(labels, name)))

    @lru_cache(maxsize=65_536)  # noqa: B019 - one instance per process (default_categories)
    def words(self, terms: tuple[str, ...]) -> frozenset[str]:
        """Name words that only say what kind of service a record with these terms is."""
        found: set[str] = set()
        for term in terms:
            found |= self._words.get(term, frozenset())
        return frozenset(found)

    @lru_cache(maxsize=65_536)  # noqa: B019 - one instance per process (default_categories)
    def level(self, xs: tuple[str, ...], ys: tuple[str, ...]) -> str:
        """Cached: records carry few distinct term tuples, and every candidate pair asks."""
        if not xs or not ys:
            return "missing"
        if set(xs) & set(ys):
            return "same"
        parents_x = {self.parent.get(t) or t for t in xs}
        parents_y = {self.parent.get(t) or t for t in ys}
        if parents_x & parents_y or parents_x & set(ys) or parents_y & set(xs):
            return "related"
        return "different"


@lru_cache(maxsize=1)
def default_categories() -> Categories:
    return Categories(default_taxonomy())
