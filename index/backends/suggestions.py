"""As-you-type suggestions shared by both backends: what a suggestion says, and how the
candidates a backend finds are ordered.

A link worker typing "debt" wants the category "Debt advice" first, then named services
("Debt advice (Citizens Advice Harrow)"), then organisations. Categories and synonyms are few,
so they are matched here in memory; services and organisations come from the backend's index.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from index.search.hits import light_stem
from index.search.types import Suggestion
from index.search.vocabulary import WordIndex
from index.taxonomy import Taxonomy
from index.vocab import SynonymTable, fold, words

KIND_ORDER = {"category": 0, "service": 1, "synonym": 2, "organization": 3}
QUOTA = {"category": 3, "synonym": 2}
"""At most this many of a kind, so named services are not crowded out."""
MAX_PREFIX_CHARS = 100


def service_suggestion_text(name: str, organization: str | None) -> str:
    """ "Debt advice" run by "Citizens Advice Harrow" → "Debt advice (Citizens Advice Harrow)":
    generic service names only mean something with their provider."""
    if organization:
        n, o = fold(name), fold(organization)
        if o not in n and n not in o:
            return f"{name} ({organization})"
    return name


@dataclass(frozen=True)
class Candidate:
    text: str
    kind: str
    ref: str | None
    weight: float


def prefix_words(prefix: str) -> tuple[list[str], bool]:
    """(words, last word complete?) of what has been typed so far."""
    typed = prefix[:MAX_PREFIX_CHARS]
    return words(typed), typed.endswith((" ", "\t"))


def matches_prefix(text: str, tokens: list[str], complete: bool) -> tuple[bool, bool]:
    """(matches, starts the text): every typed word begins a word of ``text``, in order —
    the last one may be unfinished unless a space followed it."""
    text_words = words(text)
    if not tokens:
        return False, False
    pos = 0
    for i, tok in enumerate(tokens):
        last = i == len(tokens) - 1 and not complete
        while pos < len(text_words):
            w = text_words[pos]
            pos += 1
            if w == tok or (last and w.startswith(tok)):
                break
        else:
            return False, False
    first = text_words[0] if text_words else ""
    starts = first == tokens[0] or (
        len(tokens) == 1 and not complete and first.startswith(tokens[0])
    )
    return True, starts


class SuggestionRanker:
    """Holds the in-memory part (categories that have services, synonyms whose words occur in
    the index) and orders every candidate the same way in both backends."""

    def __init__(
        self,
        taxonomy: Taxonomy,
        synonyms: SynonymTable,
        category_counts: Mapping[str, int],
        index_words: WordIndex | None = None,
    ) -> None:
        self.static: list[Candidate] = []
        for term_id, count in category_counts.items():
            if count > 0 and term_id in taxonomy.terms:
                self.static.append(Candidate(taxonomy.name(term_id), "category", term_id, count))
        known = index_words.counts if index_words is not None else None
        names = {fold(c.text) for c in self.static}
        for rule in synonyms.rules:
            # a synonym is worth suggesting only if its group reaches some listing (when the
            # index's words are not known, every synonym is offered)
            group = (*rule.lhs, *rule.rhs)
            reach = (
                sum(min((known.get(w, 0) for w in p), default=0) for p in group)
                if known is not None
                else 1
            )
            if reach <= 0:
                continue
            for phrase in rule.lhs:
                text = " ".join(phrase)
                if text not in names and len(text) > 2:
                    names.add(text)
                    self.static.append(Candidate(text, "synonym", None, reach))

    def static_matches(self, tokens: list[str], complete: bool) -> list[Candidate]:
        return [c for c in self.static if matches_prefix(c.text, tokens, complete)[0]]

    def rank(
        self, tokens: list[str], complete: bool, candidates: Iterable[Candidate], limit: int
    ) -> list[Suggestion]:
        """Texts that start with what was typed first, then categories, services, synonyms,
        organisations; heavier (more services) first; shorter first; one of each text. A
        synonym adds nothing when a suggestion already shown contains its words."""
        scored: list[tuple[tuple[int, int, float, int, str], Candidate]] = []
        for c in candidates:
            ok, starts = matches_prefix(c.text, tokens, complete)
            if ok:
                key = (0 if starts else 1, KIND_ORDER[c.kind], -c.weight, len(c.text), c.text)
                scored.append((key, c))
        scored.sort(key=lambda kc: kc[0])
        out: list[Suggestion] = []
        seen: set[str] = set()
        shown_stems: list[set[str]] = []
        used: dict[str, int] = {}
        for _, c in scored:
            norm = fold(c.text)
            if norm in seen or used.get(c.kind, 0) >= QUOTA.get(c.kind, limit):
                continue
            stems = {light_stem(w) for w in words(c.text)}
            if c.kind == "synonym" and any(stems <= s for s in shown_stems):
                continue
            seen.add(norm)
            shown_stems.append(stems)
            used[c.kind] = used.get(c.kind, 0) + 1
            out.append(Suggestion(text=c.text, kind=c.kind, id=c.ref))  # type: ignore[arg-type]
            if len(out) >= limit:
                break
        return out
