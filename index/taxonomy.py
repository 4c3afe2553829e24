"""Signpost's category taxonomy: every source's own category labels → Signpost terms.

Each source files its listings under its own labels ("Community & activities" on CarePlace,
"Leisure and Social Activities" on Marketplace, an ORUK feed's taxonomy). Search facets and
filters need one vocabulary, so a service's raw ``categories`` and its name are mapped here to
``TaxonomyTerm``s of the ``signpost`` taxonomy (``index/vocab/taxonomy.csv``). Deduplication's
merge and the pipeline call ``assign_signpost_terms``; the search backends call
``Taxonomy.terms_for`` when a service arrives without them.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from index.model import Service, TaxonomyTerm
from index.vocab import TAXONOMY_PATH, TermRow, label_key, load_taxonomy_rows, words

SIGNPOST = "signpost"
_MAX_FROM_DESCRIPTION = 2

NO_TERM = ""
"""The "term" of a phrase that names none (``NO_TERM_PHRASES``)."""
NO_TERM_PHRASES: tuple[str, ...] = (
    # A councillor's or an MP's surgery is an advice session, not a GP's.
    "councillor surgery",
    "councillors surgery",
    "councillor surgeries",
    "councillors surgeries",
    "ward surgery",
    "ward surgeries",
    "mp surgery",
    "mp s surgery",
    "mps surgery",
    "mp surgeries",
    "mps surgeries",
    "advice surgery",
    "advice surgeries",
    # Other trades' surgeries and practices.
    "tree surgery",
    "tree surgeon",
    "tree surgeons",
    "veterinary surgery",
    "veterinary practice",
    "vets surgery",
    "vet s surgery",
    "legal practice",
    "law practice",
)
"""Phrases whose words name no service term, however a keyword reads one of them alone
("surgery" is a GP's keyword): read like keywords, leftmost and longest first, so their
words are taken and name nothing."""


class Taxonomy:
    """The term tree plus the two ways into it: exact source labels, and keyword phrases found
    in a service's name (or, when nothing else says, its description)."""

    def __init__(self, rows: Iterable[TermRow]) -> None:
        self.rows = {r.id: r for r in rows}
        self.terms = {
            r.id: TaxonomyTerm(id=r.id, name=r.name, taxonomy=SIGNPOST, parent_id=r.parent_id)
            for r in self.rows.values()
        }
        self._children: dict[str, list[str]] = {}
        for r in self.rows.values():
            if r.parent_id:
                self._children.setdefault(r.parent_id, []).append(r.id)
        self._labels: dict[str, list[str]] = {}
        self._label_memo: dict[str, list[str]] = {}
        for r in self.rows.values():
            for key in (label_key(r.name), label_key(r.id.replace("-", " "))):
                self._add_label(key, r.id)
            for label in r.source_labels:
                self._add_label(label_key(label), r.id)
        # first word → [(phrase words, term id)], longest phrases first, for one-pass scanning
        self._phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for r in self.rows.values():
            for kw in (*r.keywords, r.name):
                phrase = tuple(words(kw))
                if phrase:
                    self._phrases.setdefault(phrase[0], []).append((phrase, r.id))
        for text in NO_TERM_PHRASES:
            phrase = tuple(words(text))
            self._phrases.setdefault(phrase[0], []).append((phrase, NO_TERM))
        for entries in self._phrases.values():
            entries.sort(key=lambda e: -len(e[0]))

    def _add_label(self, key: str, term_id: str) -> None:
        ids = self._labels.setdefault(key, [])
        if term_id not in ids:
            ids.append(term_id)

    # -- the tree -----------------------------------------------------------------------------

    def term(self, term_id: str) -> TaxonomyTerm | None:
        return self.terms.get(term_id)

    def name(self, term_id: str) -> str:
        term = self.terms.get(term_id)
        return term.name if term else term_id

    def ancestors(self, term_id: str) -> list[str]:
        out: list[str] = []
        parent = self.rows[term_id].parent_id if term_id in self.rows else None
        while parent and parent not in out:
            out.append(parent)
            parent = self.rows[parent].parent_id
        return out

    def descendants(self, term_id: str) -> set[str]:
        """The term and everything below it: filtering by "Health" includes "Stop smoking"."""
        found = {term_id}
        stack = [term_id]
        while stack:
            for child in self._children.get(stack.pop(), []):
                if child not in found:
                    found.add(child)
                    stack.append(child)
        return found

    def expand_filter(self, term_ids: Iterable[str]) -> set[str]:
        """Filter ids → every id a matching service may carry; unknown ids match nothing."""
        out: set[str] = set()
        for term_id in term_ids:
            if term_id in self.rows:
                out |= self.descendants(term_id)
        return out

    def phrases(self) -> list[tuple[str, ...]]:
        """Names and keywords as word tuples: known multi-word phrases ("arts and crafts")
        that query parsing must not split at their "and"."""
        return [p for entries in self._phrases.values() for p, _ in entries]

    # -- mapping ------------------------------------------------------------------------------

    def map_label(self, label: str) -> list[str]:
        """A source's label → term ids: the exact label list first, else keywords in it.
        Memoised: a source repeats its few labels across thousands of listings."""
        known = self._label_memo.get(label)
        if known is not None:
            return list(known)
        found = self._map_label(label)
        if len(self._label_memo) < 50_000:
            self._label_memo[label] = found
        return list(found)

    def _map_label(self, label: str) -> list[str]:
        key = label_key(label)
        if not key:
            return []
        if key in self._labels:
            return list(self._labels[key])
        return self.match_text(label)

    def match_text(self, text: str | None) -> list[str]:
        """Term ids whose keyword phrases occur in the text, in order of appearance. An
        ampersand is read as "and": "Strength & Balance Classes" names the keyword "strength and
        balance" as the listing that writes it out does."""
        tokens = words(text.replace("&", " and ") if text and "&" in text else text)
        found: list[str] = []
        i = 0
        while i < len(tokens):
            step = 1
            for phrase, term_id in self._phrases.get(tokens[i], ()):
                if tuple(tokens[i : i + len(phrase)]) == phrase:
                    if term_id != NO_TERM and term_id not in found:
                        found.append(term_id)
                    step = max(step, len(phrase))
            i += step
        return found

    def classify(
        self, labels: Iterable[str], name: str | None = None, description: str | None = None
    ) -> list[str]:
        """Term ids for a service: its labels, plus keywords in its name; the description is
        consulted only when neither says anything (it mentions too much to be trusted first).
        A general term is dropped when a more specific one below it was also found."""
        found: list[str] = []
        for label in labels:
            found.extend(self.map_label(label))
        found.extend(self.match_text(name))
        if not found and description:
            found.extend(self._from_description(description))
        unique = list(dict.fromkeys(found))
        implied = {a for t in unique for a in self.ancestors(t)}
        return [t for t in unique if t not in implied]

    def _from_description(self, description: str) -> list[str]:
        counts: dict[str, int] = {}
        for term_id in self._all_matches(description):
            counts[term_id] = counts.get(term_id, 0) + 1
        ranked = sorted(counts, key=lambda t: (-counts[t], t))
        return ranked[:_MAX_FROM_DESCRIPTION]

    def _all_matches(self, text: str) -> list[str]:
        tokens = words(text)
        hits: list[str] = []
        for i, token in enumerate(tokens):
            for phrase, term_id in self._phrases.get(token, ()):
                if tuple(tokens[i : i + len(phrase)]) == phrase and term_id != NO_TERM:
                    hits.append(term_id)
        return hits

    def terms_for(self, service: Service) -> list[TaxonomyTerm]:
        """The service's Signpost terms: those it already carries (a curator or the merge set
        them) else those classified from its labels, name and description."""
        existing = [t for t in service.taxonomy_terms if t.taxonomy == SIGNPOST]
        if existing:
            return [self.terms.get(t.id, t) for t in existing]
        labels = list(service.categories)
        labels += [t.name for t in service.taxonomy_terms if t.taxonomy != SIGNPOST]
        ids = self.classify(labels, service.name, service.description)
        return [self.terms[i] for i in ids]


def load_taxonomy(path: Path = TAXONOMY_PATH) -> Taxonomy:
    return Taxonomy(load_taxonomy_rows(path))


@lru_cache(maxsize=1)
def default_taxonomy() -> Taxonomy:
    return load_taxonomy()


def signpost_terms(
    terms: Iterable[TaxonomyTerm],
    categories: Iterable[str],
    name: str | None,
    description: str | None,
    taxonomy: Taxonomy | None = None,
) -> list[TaxonomyTerm]:
    """A service's source terms (of its ``taxonomy_terms``) plus freshly classified Signpost
    terms, replacing any stale Signpost ones: what ``assign_signpost_terms`` puts in
    ``taxonomy_terms``. Given the fields, so a merge can classify before it builds the model."""
    tax = taxonomy or default_taxonomy()
    others = [t for t in terms if t.taxonomy != SIGNPOST]
    labels = list(categories) + [t.name for t in others]
    ids = tax.classify(labels, name, description)
    return others + [tax.terms[i] for i in ids]


def assign_signpost_terms(service: Service, taxonomy: Taxonomy | None = None) -> Service:
    """A copy of the service whose ``taxonomy_terms`` are ``signpost_terms``. Raw
    ``categories`` are kept: the mapping can be re-run when taxonomy.csv improves."""
    terms = signpost_terms(
        service.taxonomy_terms, service.categories, service.name, service.description, taxonomy
    )
    return service.model_copy(update={"taxonomy_terms": terms})
