"""The Elasticsearch backend: the ``SearchBackend`` protocol over a cluster.

Two aliases are served: ``<index>`` (services) and ``<index>-suggest`` (suggestions, and the
index's word list for typo correction). ``rebuild`` loads a new generation of both behind them
(``lifecycle``) and swaps the aliases in one atomic request only after a clean load: a document
the server refuses (``bulk``) leaves the previous generation live and says which and why.
Understanding the query (needs, synonyms, postcode, open now) comes from ``index.search``,
shared with the embedded backend; the request bodies from ``queries``, the answers are read
by ``responses``.
"""

from __future__ import annotations

import contextlib
import itertools
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import datetime
from typing import Any

from index.backends.document import DocumentBuilder, IndexDocument
from index.backends.elastic import mapping, queries, responses
from index.backends.elastic.bulk import BulkRejected, BulkReport, run_bulk
from index.backends.elastic.client import (
    ElasticOptions,
    as_kwargs,
    call,
    connect,
    server_info,
)
from index.backends.elastic.lifecycle import Generation, Generations
from index.backends.elastic.reading import Reader
from index.backends.elastic.suggest_docs import (
    VOCABULARY_ID,
    SuggestionTable,
    doc_text,
    suggestion_id,
    vocabulary_action,
    vocabulary_source,
)
from index.backends.errors import BackendError, IndexNotBuilt
from index.backends.suggest_context import suggest_in_context
from index.backends.suggestions import (
    Candidate,
    SuggestionRanker,
    prefix_words,
    service_suggestion_text,
)
from index.geo import Gazetteer
from index.model import MergedService
from index.search.hits import Highlighter
from index.search.planner import QueryPlanner
from index.search.types import BackendHealth, SearchPage, SearchQuery, Suggestion
from index.search.vocabulary import WordIndex
from index.taxonomy import Taxonomy, default_taxonomy
from index.vocab import SynonymTable, default_synonyms, words

CACHE_SECONDS = 30.0
Hit = dict[str, Any]


class ElasticsearchBackend:
    name = "elasticsearch"

    def __init__(
        self,
        client: Any,
        options: ElasticOptions,
        *,
        gazetteer: Gazetteer | None = None,
        taxonomy: Taxonomy | None = None,
        synonyms: SynonymTable | None = None,
    ) -> None:
        self.client = client
        self.options = options
        self.alias = options.index
        self.suggest_alias = f"{options.index}-suggest"
        self.generations = Generations(client, options.index)
        self.taxonomy = taxonomy or default_taxonomy()
        self.synonyms = synonyms or default_synonyms()
        self.planner = QueryPlanner(gazetteer, self.synonyms, self.taxonomy)
        self.builder = DocumentBuilder(self.taxonomy, gazetteer)
        self.reader = Reader(client, options)
        self.last_report: BulkReport | None = None
        """What the last rebuild or upsert wrote and what the server refused."""
        self._cache: dict[str, tuple[float, Any]] = {}

    @classmethod
    def connect(
        cls, options: ElasticOptions, *, gazetteer: Gazetteer | None = None
    ) -> ElasticsearchBackend:
        return cls(connect(options), options, gazetteer=gazetteer)

    def close(self) -> None:
        self.client.transport.close()

    # -- helpers ----------------------------------------------------------------------------

    def _cached(self, key: str, load: Any) -> Any:
        hit = self._cache.get(key)
        if hit is not None and time.monotonic() - hit[0] < CACHE_SECONDS:
            return hit[1]
        value = load()
        self._cache[key] = (time.monotonic(), value)
        return value

    def _documents(self, services: Iterable[MergedService]) -> Iterator[IndexDocument]:
        for merged in services:
            doc = self.builder.build(merged)
            if doc is not None:
                yield doc

    def _refresh(self, *indices: str) -> None:
        call("refresh", self.client.indices.refresh, index=list(indices))

    # -- writing ----------------------------------------------------------------------------

    def rebuild(self, services: Iterable[MergedService]) -> int:
        """Load a new generation and swap both aliases to it, or leave the old one live."""
        new = self.generations.new()
        settings = mapping.index_settings(self.options)
        # suggestions are few and scored by the whole table: one shard (replicated)
        suggest_settings = mapping.index_settings(replace(self.options, shards=1))
        self.generations.create(new.services, settings, mapping.service_mappings())
        try:
            self.generations.create(new.suggest, suggest_settings, mapping.suggest_mappings())
            report = self._load(new, services)
            self._go_live(new)
            self.generations.wait_for_copies(new)
            self.generations.swap(new)
        except BaseException:
            with contextlib.suppress(BackendError):
                self.generations.delete(new)
            raise
        self.generations.prune(self.options.keep_previous)
        self._cache.clear()
        self.last_report = report
        return report.written

    def _load(self, new: Generation, services: Iterable[MergedService]) -> BulkReport:
        table = SuggestionTable()
        vocabulary: Counter[str] = Counter()

        def actions() -> Iterator[dict[str, Any]]:
            for doc in self._documents(services):
                vocabulary.update(set(words(doc_text(doc))))
                table.add(doc)
                yield {
                    "_index": new.services,
                    "_id": doc.id,
                    "_source": mapping.document_source(doc),
                }

        report = run_bulk(self.client, actions(), f"bulk load into {new.services}")
        keep = f"the new index is discarded and {self.alias} still serves the previous one"
        if not report.clean:
            raise BulkRejected(report, keep)
        extra = itertools.chain(
            table.actions(new.suggest), [vocabulary_action(new.suggest, vocabulary)]
        )
        suggested = run_bulk(self.client, extra, f"suggestions into {new.suggest}")
        if not suggested.clean:
            raise BulkRejected(suggested, keep)
        return report

    def _go_live(self, new: Generation) -> None:
        """Refreshes back on, and everything loaded made searchable, before the swap."""
        for index in (new.services, new.suggest):
            call(
                "index settings",
                self.client.indices.put_settings,
                index=index,
                body=mapping.live_settings(self.options),
            )
        self._refresh(new.services, new.suggest)

    def rollback(self) -> str:
        """Point both aliases back at the generation the last rebuild replaced, and delete
        the one abandoned (a rebuild made it and can make it again), so that "previous"
        always means the newest generation older than the live one."""
        previous = self.generations.previous()
        if previous is None:
            raise BackendError(f"no previous generation of {self.alias} is kept to go back to")
        abandoned = self.generations.swap(previous)
        if abandoned is not None:
            self.generations.delete(abandoned)
        self._cache.clear()
        return previous.stamp

    def drop(self) -> None:
        """Delete every generation behind the two aliases (tests and decommissioning)."""
        self.generations.drop()

    def upsert(self, services: Iterable[MergedService]) -> int:
        """Index or replace services. A replaced service's old suggestion goes when its text
        changed; word counts for typo correction only grow until the next rebuild. Documents
        the server refuses are reported (``BulkRejected``) after the others are written."""
        docs = list(self._documents(services))
        if not docs:
            return 0
        table = SuggestionTable()
        for doc in docs:
            table.add(doc)
        stale = [
            self._delete_action(self.suggest_alias, suggestion_id(text))
            for text in self._suggestion_texts([d.id for d in docs])
            if text not in table
        ]
        self._check(run_bulk(self.client, stale, "stale suggestions"), "")
        writes = (
            {"_index": self.alias, "_id": d.id, "_source": mapping.document_source(d)} for d in docs
        )
        report = run_bulk(self.client, writes, f"upsert into {self.alias}")
        self._check(
            run_bulk(self.client, table.actions(self.suggest_alias), "suggestions"), "upsert"
        )
        vocabulary = self._vocabulary_counts()
        for doc in docs:
            vocabulary.update(set(words(doc_text(doc))))
        call(
            "vocabulary",
            self.client.index,
            index=self.suggest_alias,
            id=VOCABULARY_ID,
            document=vocabulary_source(vocabulary),
        )
        self._refresh(self.alias, self.suggest_alias)
        self._cache.clear()
        self.last_report = report
        self._check(report, "the other services were written")
        return report.written

    def delete(self, ids: Iterable[str]) -> int:
        """Remove services and their suggestions (a suggestion text two services shared goes
        with either; the next rebuild restores it)."""
        wanted = list(dict.fromkeys(ids))
        if not wanted:
            return 0
        texts = self._suggestion_texts(wanted)
        actions = [self._delete_action(self.alias, i) for i in wanted]
        actions += [self._delete_action(self.suggest_alias, suggestion_id(t)) for t in texts]
        report = run_bulk(self.client, actions, f"delete from {self.alias}")
        self._check(report, "")
        self._refresh(self.alias, self.suggest_alias)
        self._cache.clear()
        return len(texts)

    @staticmethod
    def _delete_action(index: str, doc_id: str) -> dict[str, Any]:
        return {"_op_type": "delete", "_index": index, "_id": doc_id}

    @staticmethod
    def _check(report: BulkReport, consequence: str) -> None:
        if not report.clean:
            raise BulkRejected(report, consequence or "nothing else was changed")

    def _suggestion_texts(self, ids: list[str]) -> list[str]:
        """The service suggestions the stored versions of these services show (one per
        stored service, so its length is how many of ``ids`` exist)."""
        found = call(
            "mget",
            self.client.mget,
            index=self.alias,
            body={"ids": ids},
            _source_includes=["hit.name", "hit.organization"],
            alias=self.alias,
        )
        texts = []
        for d in found["docs"]:
            if d.get("found"):
                hit = d["_source"]["hit"]
                texts.append(service_suggestion_text(hit["name"], hit.get("organization")))
        return texts

    def _vocabulary_counts(self) -> Counter[str]:
        found = call(
            "vocabulary",
            self.client.get,
            index=self.suggest_alias,
            id=VOCABULARY_ID,
            ignore=404,
        )
        if not found.get("found"):
            return Counter()
        return Counter(found["_source"].get("vocabulary", {}))

    # -- reading ----------------------------------------------------------------------------

    def _words(self) -> WordIndex:
        return self._cached(
            "words", lambda: WordIndex(self._vocabulary_counts(), self.planner.static_words)
        )

    def search(self, query: SearchQuery, *, now: datetime | None = None) -> SearchPage:
        plan = self.planner.plan(query, self._words(), now)
        start = (plan.page - 1) * plan.per_page
        if len(plan.needs) <= 1 or not plan.has_text:
            need = plan.needs[0] if plan.has_text else None
            found, summary = self.reader.need(plan, need, start, plan.per_page, summary=True)
            page = [(hit, 0) for hit in found]
        else:
            ranked, summary = self.reader.needs(plan, start + plan.per_page)
            page = responses.interleave(ranked, start + plan.per_page)[start:]
        exact, prefixes = plan.highlight_words()
        marker = Highlighter(exact, prefixes)
        multi = len(plan.needs) > 1
        hits = [
            responses.present(item, plan, marker, plan.needs[n].text if multi else None)
            for item, n in page
        ]
        return SearchPage(
            total=responses.total(summary),
            page=plan.page,
            per_page=plan.per_page,
            results=hits,
            facets=responses.facets(summary.get("aggregations", {}), self.taxonomy),
            corrected_text=plan.corrected_text,
            understood=plan.understood or None,
            origin=plan.origin.as_dict() if plan.origin else None,
        )

    def suggest(self, prefix: str, limit: int = 8) -> list[Suggestion]:
        return suggest_in_context(prefix, limit, self.planner, self._suggest_words)

    def _suggest_words(self, prefix: str, limit: int) -> list[Suggestion]:
        """Completions of ``prefix`` taken as one phrase (typos corrected when none)."""
        tokens, complete = prefix_words(prefix)
        limit = max(1, min(int(limit), 50))
        if not tokens:
            return []
        ranker = self._cached("ranker", self._ranker)
        found = self._suggest(ranker, tokens, complete, limit)
        vocab = self._words()
        if found or len(tokens[-1]) < 4 or vocab.has_prefix(tokens[-1]):
            return found
        fixed = [t if vocab.knows(t) else (vocab.correct(t) or t) for t in tokens]
        return self._suggest(ranker, fixed, True, limit) if fixed != tokens else []

    def _suggest(
        self, ranker: SuggestionRanker, tokens: list[str], complete: bool, limit: int
    ) -> list[Suggestion]:
        body = queries.suggest_body(" ".join(tokens), 50)
        response = self.reader.complete("suggest", index=self.suggest_alias, **as_kwargs(body))
        candidates = ranker.static_matches(tokens, complete)
        for item in responses.hits(response):
            s = item["_source"]
            candidates.append(Candidate(s["text"], s["kind"], s.get("ref"), float(s["docs"])))
        return ranker.rank(tokens, complete, candidates, limit)

    def _ranker(self) -> SuggestionRanker:
        response = self.reader.search(queries.category_counts_body())
        buckets = response["aggregations"]["c"]["buckets"]
        counts = {b["key"]: b["doc_count"] for b in buckets}
        return SuggestionRanker(self.taxonomy, self.synonyms, counts, self._words())

    def health(self) -> BackendHealth:
        """Which server answered, the state of the live index, and how many services it has."""
        try:
            server = server_info(self.client)
            rows = call(
                "index health",
                self.client.cat.indices,
                index=self.alias,
                h=["health", "status", "index", "pri", "rep"],
                headers={"accept": "application/json"},  # the specification has no ?format
                alias=self.alias,
            )
            count = call("count", self.client.count, index=self.alias, alias=self.alias)
        except IndexNotBuilt as exc:
            return BackendHealth(backend=self.name, ok=False, documents=0, detail=str(exc))
        except BackendError as exc:
            return BackendHealth(backend=self.name, ok=False, documents=0, detail=str(exc))
        row = rows[0] if rows else {}
        state = row.get("health", "unknown")
        detail = (
            f"{server.label()}: alias {self.alias} → {row.get('index', '?')}, {state}, "
            f"{row.get('pri', '?')} primary shards × {row.get('rep', '?')} replicas"
        )
        ok = state in {"green", "yellow"} and row.get("status") == "open"
        return BackendHealth(backend=self.name, ok=ok, documents=count["count"], detail=detail)
