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

A name says what kind of service it is too (``kinds``): "Age UK Brent Befriending" and "AUK
Brent Lunch Club" name two kinds that neither name's other covers, so they are two services of
one charity however much they share (``name_score``); "Pinner Youth Club" beside "Pinner Youth
Centre" names a kind below the other's, which proves nothing.

A category also says which name words are generic: in ``Walking Group`` under *Walking groups*
the name says only what kind of service it is, so the name comparator counts those words
little and a more specific name for the same service can still match (``category_words``).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from index.dedup.names import JOINED, PHRASES, name_tokens
from index.taxonomy import Taxonomy, default_taxonomy
from index.vocab import words

Kind = tuple[str, tuple[str, ...]]
"""A kind of service a name names: the taxonomy term, and the name tokens that named it."""


KIND_ONLY_WORDS: dict[str, tuple[str, ...]] = {
    # "The Elms Medical Practice" / "Elms Surgery": in a GP's listing these say only what kind
    # of service it is. Alone they classify nothing ("Legal Practice", "Medical Records"), so
    # they are not the taxonomy's keywords.
    "gp-services": ("practice", "medical"),
    # "Sensory Team" / "Sensory Impairment Team" at one council: alone, "sensory" names a
    # baby's play session as often as a sight and hearing service.
    "sensory-impairment": ("sensory", "impairment"),
    # "Smile Dental Practice" / "Smile Dentist": a dentist's practice or surgery, as a GP's.
    "dental": ("practice", "surgery"),
    # "The Silver Line" / "Silverline Helpline": a line, in a helpline's listing, is the phone
    # line ("Advice Line", "Carers Line"); alone it names a bus route as often.
    "signposting": ("line",),
}
"""Words that only say what kind of service a listing of the term is, beside its keywords."""

CONDITION_ROOTS: tuple[str, ...] = ("disability", "send", "carers-support")
"""Taxonomy terms whose subtree says who a service is for by a condition (deaf, autistic,
living with dementia), by special educational needs, or by caring for someone: ``Deaf Youth
Club`` is not the ``Youth Club`` of its centre, nor ``Carers Yoga`` its ``Yoga``, nor ``SEN
Swimming`` its family swim."""


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
                if len(tokens) == 1 and (len(words(keyword)) == 1 or tokens[0] not in JOINED):
                    # (A phrase read as one word of its own, ``supported employment``, names
                    # a service of that kind, not the kind: "Employment Support" is another.)
                    found.update(tokens)
            for word in KIND_ONLY_WORDS.get(tid, ()):
                found.update(name_tokens(word))
            self._words[tid] = frozenset(found)
        # Kinds are named by whole phrases: "support group" leaves only "support" once "group"
        # is dropped as a stop word, which would name a kind in every "Carers Support"; a
        # phrase read as an alias ("english classes" is ESOL) stays.
        aliases = set(PHRASES.values())
        self._phrases: dict[str, list[Kind]] = {}
        self._kind_sets: dict[tuple[Kind, ...], tuple[Kind, ...]] = {(): ()}
        for tid, row in taxonomy.rows.items():
            for text in (row.name, *row.keywords):
                phrase = name_tokens(text)
                if not phrase or (len(phrase) == 1 < len(words(text)) and phrase not in aliases):
                    continue
                self._phrases.setdefault(phrase[0], []).append((tid, phrase))

    def terms(self, labels: Iterable[str], name: str) -> tuple[str, ...]:
        return self._terms(tuple(labels), name)

    @lru_cache(maxsize=16_384)  # noqa: B019 - one instance per process (default_categories)
    def _terms(self, labels: tuple[str, ...], name: str) -> tuple[str, ...]:
        return tuple(sorted(self.taxonomy.classify(labels, name)))

    def kinds(self, tokens: tuple[str, ...]) -> tuple[Kind, ...]:
        """The kinds of service a name's tokens name: each term whose name or keyword occurs in
        them (as name tokens: ``Strength & Balance`` is falls prevention), with the words that
        named it, so that a comparison can tell a kind both names name from one of their own.
        The answer is one shared tuple per distinct answer (a million listings hold a few
        thousand), so it costs a comparable one reference."""
        found: dict[Kind, None] = {}
        for i, token in enumerate(tokens):
            for kind in self._phrases.get(token, ()):
                phrase = kind[1]
                if tokens[i : i + len(phrase)] == phrase:
                    found[kind] = None
        answer = tuple(found)
        return self._kind_sets.setdefault(answer, answer)

    @lru_cache(maxsize=65_536)  # noqa: B019 - one instance per process (default_categories)
    def apart(self, term: str, others: tuple[str, ...]) -> bool:
        """The term is none of the others, and neither above nor below any of them (youth
        clubs is below youth; befriending and lunch clubs are apart)."""
        lineage = {term, *self.taxonomy.ancestors(term)}
        return not any(
            other in lineage or term in self.taxonomy.ancestors(other) for other in others
        )

    @lru_cache(maxsize=4_096)  # noqa: B019 - one instance per process (default_categories)
    def condition(self, term: str) -> bool:
        """A term for people with a condition or disability (``CONDITION_ROOTS``): who a
        service is for, which a listing of its kind says when it is so."""
        return any(
            term == root or root in self.taxonomy.ancestors(term) for root in CONDITION_ROOTS
        )

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
