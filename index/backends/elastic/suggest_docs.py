"""The suggestion index's documents: one per suggestion text (a service, or an organisation
with services), counting how many services share it, and one holding the index's word counts
for typo correction."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from index.backends.document import IndexDocument
from index.backends.suggestions import service_suggestion_text
from index.vocab import fold

VOCABULARY_ID = "vocabulary"


def suggestion_id(text: str) -> str:
    """The same text (ignoring case and accents) is the same suggestion document."""
    return hashlib.sha1(fold(text).encode("utf-8")).hexdigest()[:20]


def doc_text(doc: IndexDocument) -> str:
    """Every searchable word of a service, for the vocabulary."""
    return " ".join(
        (doc.name, doc.categories_text, doc.organization, doc.description, doc.place_text)
    )


@dataclass
class Entry:
    text: str
    kind: str
    ref: str | None
    docs: int = 1


class SuggestionTable:
    """Suggestion texts of a set of services; a text shared by several services keeps no
    single service id and counts them all."""

    def __init__(self) -> None:
        self.entries: dict[str, Entry] = {}

    def add(self, doc: IndexDocument) -> None:
        keys = [("service", service_suggestion_text(doc.name, doc.organization))]
        if doc.organization:
            keys.append(("organization", doc.organization))
        for kind, text in keys:
            entry = self.entries.get(fold(text))
            if entry is None:
                self.entries[fold(text)] = Entry(text, kind, doc.id)
            else:
                entry.docs += 1
                entry.ref = None
                if kind == "service":
                    entry.kind = "service"

    def __contains__(self, text: str) -> bool:
        return fold(text) in self.entries

    def actions(self, index: str) -> Iterator[dict[str, Any]]:
        for entry in self.entries.values():
            source: dict[str, Any] = {"text": entry.text, "kind": entry.kind, "docs": entry.docs}
            if entry.kind == "service" and entry.ref:
                source["ref"] = entry.ref
            yield {"_index": index, "_id": suggestion_id(entry.text), "_source": source}


def vocabulary_source(counts: Counter[str]) -> dict[str, Any]:
    return {"text": "", "kind": "vocabulary", "docs": 0, "vocabulary": dict(counts)}


def vocabulary_action(index: str, counts: Counter[str]) -> dict[str, Any]:
    return {"_index": index, "_id": VOCABULARY_ID, "_source": vocabulary_source(counts)}
