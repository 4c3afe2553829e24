"""The Signpost taxonomy as the API lists it: every term of the vocabulary
(``index/vocab/taxonomy.csv``, in its reviewed order), plus any ``signpost`` term a merged
service carries that the vocabulary does not know, so counts never lose a service."""

from __future__ import annotations

from collections.abc import Iterable

from index.model import TaxonomyTerm
from index.taxonomy import default_taxonomy


def signpost_terms(used: Iterable[TaxonomyTerm]) -> list[TaxonomyTerm]:
    terms: dict[str, TaxonomyTerm] = dict(default_taxonomy().terms)
    extra = sorted(
        (t for t in used if t.id not in terms), key=lambda t: (t.parent_id or "", t.name.lower())
    )
    for term in extra:
        terms.setdefault(term.id, term)
    return list(terms.values())
