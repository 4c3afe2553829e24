"""Signpost's search vocabulary, kept as data files reviewed like code.

- ``synonyms.txt``: UK care and support synonyms in the Solr/Elasticsearch synonym format, so
  the embedded backend (query-time expansion here) and Elasticsearch (``synonym_graph`` filter)
  read the very same file.
- ``taxonomy.csv``: Signpost's own category taxonomy (``id``, ``parent_id``, ``name``), the
  ``keywords`` that place a service in a category from its name, and the ``source_labels`` —
  every source's own category labels that map onto the term.
- ``aliases.csv``: the acronyms, old names and working names of UK care and community
  organisations and programmes (``CAB`` = Citizens Advice, ``AUK`` = Age UK, ``RDA`` = Riding
  for the Disabled Association…), kinds of service under older names (``Nursing Home``,
  ``Respite``), conditions under their abbreviations (``LD`` = learning disability), and the
  short forms of London boroughs' names (``H&F``, ``RBKC``), each row
  with the source that says so. Search reads every row but the places as one more synonym
  group (``default_synonyms``); deduplication reads every form as its canonical name
  (``index.dedup.names``), so the two can never disagree on what an acronym means.

This module only parses the files; ``index.taxonomy`` and ``index.search`` give them meaning.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

VOCAB_DIR = Path(__file__).resolve().parent
SYNONYMS_PATH = VOCAB_DIR / "synonyms.txt"
TAXONOMY_PATH = VOCAB_DIR / "taxonomy.csv"
ALIASES_PATH = VOCAB_DIR / "aliases.csv"

Phrase = tuple[str, ...]

_WORD = re.compile(r"[^\W_]+")


class VocabError(ValueError):
    """A vocabulary file is malformed; the message names the file and line."""


def fold(text: str) -> str:
    """Lower case without diacritics ("Café" → "cafe"), as SQLite's ``unicode61
    remove_diacritics`` tokenizer sees text, so our words and the index's words agree."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def has_word(text: str) -> bool:
    """Whether ``text`` has a letter or digit at all (not only spaces and punctuation)."""
    return _WORD.search(text) is not None


def words(text: str | None) -> list[str]:
    """The words of a text the way every Signpost component splits them: folded, runs of
    letters and digits (so "men's" is "men", "s" — the same split FTS5 makes)."""
    return _WORD.findall(fold(text or ""))


@dataclass(frozen=True)
class SynonymRule:
    """One line of synonyms.txt: searching any ``lhs`` phrase also searches every ``rhs``
    phrase. For an equivalence line ``lhs == rhs``."""

    lhs: tuple[Phrase, ...]
    rhs: tuple[Phrase, ...]
    line: int
    text: str


class SynonymTable:
    """Phrase → the phrases it also stands for, with greedy longest-match segmentation of a
    query's words (so "stop smoking support" expands "stop smoking" as one concept)."""

    def __init__(self, rules: Iterable[SynonymRule]) -> None:
        self.rules = list(rules)
        self._alternatives: dict[Phrase, list[Phrase]] = {}
        for rule in self.rules:
            for phrase in rule.lhs:
                alts = self._alternatives.setdefault(phrase, [phrase])
                for other in rule.rhs:
                    if other not in alts:
                        alts.append(other)
        self.max_len = max((len(p) for p in self._alternatives), default=1)

    def __len__(self) -> int:
        return len(self.rules)

    def alternatives(self, phrase: Phrase) -> list[Phrase]:
        """The phrase itself first, then what it also stands for (empty if unknown)."""
        return list(self._alternatives.get(phrase, []))

    def segment(self, tokens: list[str]) -> list[tuple[Phrase, list[Phrase]]]:
        """Cover ``tokens`` left to right with the longest known phrases; a word that starts
        no phrase stands alone with no alternatives but itself."""
        out: list[tuple[Phrase, list[Phrase]]] = []
        i = 0
        while i < len(tokens):
            for n in range(min(self.max_len, len(tokens) - i), 0, -1):
                span = tuple(tokens[i : i + n])
                if span in self._alternatives:
                    out.append((span, self.alternatives(span)))
                    i += n
                    break
            else:
                out.append(((tokens[i],), [(tokens[i],)]))
                i += 1
        return out

    def phrases(self) -> list[Phrase]:
        """Every phrase that appears anywhere in the file, in file order."""
        seen: dict[Phrase, None] = {}
        for rule in self.rules:
            for phrase in (*rule.lhs, *rule.rhs):
                seen.setdefault(phrase, None)
        return list(seen)

    def vocabulary(self) -> set[str]:
        """Every word in the file: a typo is corrected towards these too, so "docter" becomes
        "doctor" even where no listing says "doctor" (the synonym then finds "GP")."""
        return {w for phrase in self.phrases() for w in phrase}

    def solr_lines(self) -> list[str]:
        """The rules, normalised, in the format Elasticsearch's ``synonym_graph`` accepts."""
        lines = []
        for rule in self.rules:
            lhs = ", ".join(" ".join(p) for p in rule.lhs)
            if rule.lhs == rule.rhs:
                lines.append(lhs)
            else:
                lines.append(f"{lhs} => " + ", ".join(" ".join(p) for p in rule.rhs))
        return lines


def _phrases(part: str, path: Path, lineno: int) -> tuple[Phrase, ...]:
    phrases: list[Phrase] = []
    for raw in part.split(","):
        tokens = tuple(words(raw))
        if not tokens:
            raise VocabError(f"{path.name}:{lineno}: empty phrase in {part.strip()!r}")
        if tokens not in phrases:
            phrases.append(tokens)
    return tuple(phrases)


def parse_synonyms(text: str, path: Path = SYNONYMS_PATH) -> list[SynonymRule]:
    rules: list[SynonymRule] = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        body = line.split("#", 1)[0].strip()
        if not body:
            continue
        if body.count("=>") > 1:
            raise VocabError(f"{path.name}:{lineno}: more than one '=>'")
        if "=>" in body:
            left, right = body.split("=>")
            lhs, rhs = _phrases(left, path, lineno), _phrases(right, path, lineno)
        else:
            lhs = rhs = _phrases(body, path, lineno)
            if len(lhs) < 2:
                raise VocabError(f"{path.name}:{lineno}: a synonym line needs two phrases")
        rules.append(SynonymRule(lhs, rhs, lineno, body))
    return rules


def load_synonyms(path: Path = SYNONYMS_PATH) -> SynonymTable:
    return SynonymTable(parse_synonyms(path.read_text(encoding="utf-8"), path))


@lru_cache(maxsize=1)
def default_synonyms() -> SynonymTable:
    """synonyms.txt plus one equivalence group per row of aliases.csv."""
    rules = parse_synonyms(SYNONYMS_PATH.read_text(encoding="utf-8"), SYNONYMS_PATH)
    return SynonymTable(rules + alias_rules(default_aliases()))


# -- aliases ---------------------------------------------------------------------------------------

ALIAS_KINDS = frozenset({"organisation", "programme", "place", "service", "condition"})
_ALIAS_COLUMNS = ("canonical", "forms", "kind", "source")


@dataclass(frozen=True)
class AliasRow:
    """One row of aliases.csv: every form names the same organisation, programme, place, kind
    of service or condition."""

    canonical: str
    forms: tuple[str, ...]
    kind: str
    source: str
    """Where the equivalence is documented (reviewers check it like code)."""
    line: int


def parse_aliases(text: str, path: Path = ALIASES_PATH) -> list[AliasRow]:
    """Rows of aliases.csv, checked: every row has forms and a source, and no form (as words)
    belongs to two canonical names — an ambiguous acronym must not be in the table."""
    reader = csv.DictReader(text.splitlines())
    if tuple(reader.fieldnames or ()) != _ALIAS_COLUMNS:
        raise VocabError(f"{path.name}: columns must be {', '.join(_ALIAS_COLUMNS)}")
    rows: list[AliasRow] = []
    owner: dict[Phrase, str] = {}
    for lineno, rec in enumerate(reader, start=2):
        canonical = " ".join(words(rec["canonical"]))
        forms = _split(rec["forms"])
        kind = (rec["kind"] or "").strip()
        source = (rec["source"] or "").strip()
        if not canonical or not forms:
            raise VocabError(f"{path.name}:{lineno}: a row needs a canonical name and forms")
        if kind not in ALIAS_KINDS:
            raise VocabError(f"{path.name}:{lineno}: kind must be one of {sorted(ALIAS_KINDS)}")
        if not source:
            raise VocabError(f"{path.name}:{lineno}: {canonical!r} has no source")
        for form in (canonical, *forms):
            phrase = tuple(words(form))
            if owner.setdefault(phrase, canonical) != canonical:
                raise VocabError(
                    f"{path.name}:{lineno}: {form!r} already stands for {owner[phrase]!r}"
                )
        rows.append(AliasRow(canonical, forms, kind, source, lineno))
    return rows


def load_aliases(path: Path = ALIASES_PATH) -> list[AliasRow]:
    return parse_aliases(path.read_text(encoding="utf-8"), path)


@lru_cache(maxsize=1)
def default_aliases() -> tuple[AliasRow, ...]:
    return tuple(load_aliases())


def alias_rules(rows: Iterable[AliasRow]) -> list[SynonymRule]:
    """Each alias row as a search synonym group: searching any form finds every other. Rows
    of places (``H&F``) are left to dedup: search reads place names in a query as where to
    search from (``index.search.places``), and a synonym group would read them as words."""
    rules: list[SynonymRule] = []
    for row in rows:
        if row.kind == "place":
            continue
        phrases: list[Phrase] = []
        for form in (*row.forms, row.canonical):
            phrase = tuple(words(form))
            if phrase and phrase not in phrases:
                phrases.append(phrase)
        if len(phrases) > 1:
            rules.append(SynonymRule(tuple(phrases), tuple(phrases), row.line, row.canonical))
    return rules


@dataclass(frozen=True)
class TermRow:
    """One row of taxonomy.csv."""

    id: str
    parent_id: str | None
    name: str
    keywords: tuple[str, ...]
    source_labels: tuple[str, ...]


_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_COLUMNS = ("id", "parent_id", "name", "keywords", "source_labels")


def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(p.strip() for p in (cell or "").split("|") if p.strip())


def parse_taxonomy(text: str, path: Path = TAXONOMY_PATH) -> list[TermRow]:
    reader = csv.DictReader(text.splitlines())
    if tuple(reader.fieldnames or ()) != _COLUMNS:
        raise VocabError(f"{path.name}: columns must be {', '.join(_COLUMNS)}")
    rows: list[TermRow] = []
    ids: set[str] = set()
    for lineno, rec in enumerate(reader, start=2):
        term_id = (rec["id"] or "").strip()
        if not _ID.match(term_id):
            raise VocabError(f"{path.name}:{lineno}: bad term id {term_id!r}")
        if term_id in ids:
            raise VocabError(f"{path.name}:{lineno}: duplicate term id {term_id!r}")
        name = (rec["name"] or "").strip()
        if not name:
            raise VocabError(f"{path.name}:{lineno}: term {term_id} has no name")
        ids.add(term_id)
        rows.append(
            TermRow(
                id=term_id,
                parent_id=(rec["parent_id"] or "").strip() or None,
                name=name,
                keywords=_split(rec["keywords"]),
                source_labels=_split(rec["source_labels"]),
            )
        )
    for row in rows:
        if row.parent_id and row.parent_id not in ids:
            raise VocabError(f"{path.name}: {row.id} has unknown parent {row.parent_id!r}")
    return rows


def load_taxonomy_rows(path: Path = TAXONOMY_PATH) -> list[TermRow]:
    return parse_taxonomy(path.read_text(encoding="utf-8"), path)


def label_key(label: str) -> str:
    """The key a source's category label is matched by: its words joined by spaces, with "&"
    read as "and" ("Arts & Crafts" and "arts and crafts" are one label)."""
    return " ".join(words(label.replace("&", " and ")))
