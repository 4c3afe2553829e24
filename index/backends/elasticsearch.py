"""The Elasticsearch backend (``pip install .[es]``; ``SIGNPOST_BACKEND=elasticsearch`` with
``ELASTICSEARCH_URL`` and optionally an API key and CA certificates).

Two aliases are served: ``<index>`` (services) and ``<index>-suggest`` (suggestions and the
index's word list for typo correction). ``rebuild`` bulk-loads fresh indices behind them and
swaps both aliases in one atomic request only when the bulk load reported no error; until then
the old indices stay live, and on failure the new ones are deleted.

Query bodies come from ``mapping.py`` (pure, tested without a server); understanding the query
(needs, synonyms, postcode, open now) from ``index.search``, shared with the embedded backend.
"""

from __future__ import annotations

import hashlib
import time
import uuid
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from index.backends import mapping
from index.backends.document import COST_LABELS, DocumentBuilder, IndexDocument
from index.backends.errors import BackendError, IndexNotBuilt
from index.backends.suggestions import (
    Candidate,
    SuggestionRanker,
    prefix_words,
    service_suggestion_text,
)
from index.geo import Gazetteer, distance_km
from index.model import MergedService
from index.search.hits import Highlighter, finish_hit
from index.search.plan import QueryPlan
from index.search.planner import QueryPlanner
from index.search.types import (
    BackendHealth,
    FacetCount,
    SearchHit,
    SearchPage,
    SearchQuery,
    Suggestion,
)
from index.search.vocabulary import WordIndex
from index.taxonomy import Taxonomy, default_taxonomy
from index.vocab import SynonymTable, default_synonyms, fold, words

BULK_CHUNK = 500
CACHE_SECONDS = 30.0
VOCABULARY_ID = "vocabulary"


def _suggestion_id(text: str) -> str:
    return hashlib.sha1(fold(text).encode("utf-8")).hexdigest()[:20]


def nearest_from_points(points: list[float], lat: float, lon: float) -> float | None:
    """Exact distance to the nearest of a service's positions (``[lat, lon, lat, lon, …]``)."""
    pairs = zip(points[0::2], points[1::2], strict=False)
    return min((distance_km(lat, lon, a, b) for a, b in pairs), default=None)


class ElasticsearchBackend:
    name = "elasticsearch"

    def __init__(
        self,
        client: Any,
        *,
        index: str,
        gazetteer: Gazetteer | None = None,
        taxonomy: Taxonomy | None = None,
        synonyms: SynonymTable | None = None,
    ) -> None:
        self.client = client
        self.alias = index
        self.suggest_alias = f"{index}-suggest"
        self.taxonomy = taxonomy or default_taxonomy()
        self.synonyms = synonyms or default_synonyms()
        self.planner = QueryPlanner(gazetteer, self.synonyms, self.taxonomy)
        self.builder = DocumentBuilder(self.taxonomy, gazetteer)
        self._cache: dict[str, tuple[float, Any]] = {}

    @classmethod
    def connect(
        cls,
        url: str,
        *,
        index: str,
        api_key: str | None = None,
        ca_certs: Path | str | None = None,
        gazetteer: Gazetteer | None = None,
    ) -> ElasticsearchBackend:
        try:
            from elasticsearch import Elasticsearch
        except ImportError as exc:  # pragma: no cover - the [es] extra is part of [dev]
            raise BackendError(
                "the elasticsearch backend needs the client: pip install '.[es]'"
            ) from exc
        options: dict[str, Any] = {"request_timeout": 30}
        if api_key:
            options["api_key"] = api_key
        if ca_certs:
            options["ca_certs"] = str(ca_certs)
        return cls(Elasticsearch(url, **options), index=index, gazetteer=gazetteer)

    # -- helpers ------------------------------------------------------------------------------

    def _call(self, what: str, fn: Any, *args: Any, **kwargs: Any) -> Any:
        """Run one client call; transport and API errors become one-line BackendErrors."""
        from elasticsearch import ApiError, NotFoundError, TransportError

        try:
            return fn(*args, **kwargs)
        except NotFoundError as exc:
            raise IndexNotBuilt(
                f"Elasticsearch index {self.alias} not built: run `signpost index`"
            ) from exc
        except (ApiError, TransportError) as exc:
            raise BackendError(f"Elasticsearch {what} failed: {exc}") from exc

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

    def _bulk(self, actions: Iterable[dict[str, Any]], what: str) -> int:
        """Send actions; raise with the first failure if any action failed."""
        from elasticsearch import helpers

        done, failed, first = 0, 0, None
        for ok, item in helpers.streaming_bulk(
            self.client,
            actions,
            chunk_size=BULK_CHUNK,
            raise_on_error=False,
            raise_on_exception=False,
            max_retries=2,
        ):
            if ok:
                done += 1
            else:
                failed += 1
                first = first or item
        if failed:
            raise BackendError(f"bulk {what} failed for {failed} documents; first: {first}")
        return done

    # -- writing ------------------------------------------------------------------------------

    def rebuild(self, services: Iterable[MergedService]) -> int:
        stamp = time.strftime("%Y%m%d%H%M%S", time.gmtime()) + "-" + uuid.uuid4().hex[:6]
        new, new_suggest = f"{self.alias}-{stamp}", f"{self.suggest_alias}-{stamp}"
        settings = mapping.index_settings(self.synonyms)
        indices = self.client.indices
        self._call("create index", indices.create, index=new, settings=settings,
                   mappings=mapping.service_mappings())  # fmt: skip
        try:
            self._call("create index", indices.create, index=new_suggest, settings=settings,
                       mappings=mapping.suggest_mappings())  # fmt: skip
            suggestions: dict[str, list[Any]] = {}
            vocabulary: Counter[str] = Counter()

            def actions() -> Iterator[dict[str, Any]]:
                for doc in self._documents(services):
                    vocabulary.update(set(words(_doc_text(doc))))
                    _count(suggestions, doc)
                    yield {"_index": new, "_id": doc.id, "_source": mapping.document_source(doc)}

            n = self._bulk(actions(), f"load into {new}")
            self._bulk(_suggestion_actions(new_suggest, suggestions, vocabulary), "suggestions")
            self._call("refresh", indices.refresh, index=[new, new_suggest])
            old = self._swap({self.alias: new, self.suggest_alias: new_suggest})
        except BaseException:
            self.client.options(ignore_status=404).indices.delete(index=[new, new_suggest])
            raise
        if old:
            self.client.options(ignore_status=404).indices.delete(index=old)
        self._cache.clear()
        return n

    def _swap(self, targets: dict[str, str]) -> list[str]:
        """Point every alias at its new index in one atomic request; the old indices."""
        actions: list[dict[str, Any]] = []
        old: list[str] = []
        for alias, index in targets.items():
            if self.client.indices.exists_alias(name=alias):
                for current in self._call("get alias", self.client.indices.get_alias, name=alias):
                    actions.append({"remove": {"index": current, "alias": alias}})
                    old.append(current)
            elif self.client.indices.exists(index=alias):
                raise BackendError(f"{alias} is an index, not an alias: remove it or rename it")
            actions.append({"add": {"index": index, "alias": alias}})
        self._call("alias swap", self.client.indices.update_aliases, actions=actions)
        return old

    def upsert(self, services: Iterable[MergedService]) -> int:
        """Index or replace services. A replaced service's old suggestion goes when its text
        changed; word counts for typo correction only grow until the next rebuild."""
        docs = list(self._documents(services))
        if not docs:
            return 0
        suggestions: dict[str, list[Any]] = {}
        for doc in docs:
            _count(suggestions, doc)
        stale = [
            {"_op_type": "delete", "_index": self.suggest_alias, "_id": _suggestion_id(text)}
            for text in self._suggestion_texts([d.id for d in docs])
            if fold(text) not in suggestions
        ]
        self._delete_quietly(stale)
        n = self._bulk(
            ({"_index": self.alias, "_id": d.id, "_source": mapping.document_source(d)}
             for d in docs),
            "upsert",
        )  # fmt: skip
        self._bulk(_suggestion_actions(self.suggest_alias, suggestions, None), "suggestions")
        vocabulary = self._vocabulary_counts()
        for doc in docs:
            vocabulary.update(set(words(_doc_text(doc))))
        self._store_vocabulary(vocabulary)
        self._call("refresh", self.client.indices.refresh, index=[self.alias, self.suggest_alias])
        self._cache.clear()
        return n

    def delete(self, ids: Iterable[str]) -> int:
        """Remove services and their suggestions (a suggestion text two services shared goes
        with either; the next rebuild restores it)."""
        wanted = list(dict.fromkeys(ids))
        if not wanted:
            return 0
        texts = self._suggestion_texts(wanted)
        found = self._call("mget", self.client.mget, index=self.alias, ids=wanted, source=False)
        existing = [d["_id"] for d in found["docs"] if d.get("found")]
        actions = [{"_op_type": "delete", "_index": self.alias, "_id": i} for i in existing]
        actions += [
            {"_op_type": "delete", "_index": self.suggest_alias, "_id": _suggestion_id(text)}
            for text in texts
        ]
        self._delete_quietly(actions)
        self._call("refresh", self.client.indices.refresh, index=[self.alias, self.suggest_alias])
        self._cache.clear()
        return len(existing)

    def _suggestion_texts(self, ids: list[str]) -> list[str]:
        """The service suggestions the stored versions of these services show."""
        found = self._call("mget", self.client.mget, index=self.alias, ids=ids, source=["hit"])
        texts = []
        for d in found["docs"]:
            if d.get("found"):
                hit = d["_source"]["hit"]
                texts.append(service_suggestion_text(hit["name"], hit.get("organization")))
        return texts

    def _delete_quietly(self, actions: list[dict[str, Any]]) -> None:
        """Bulk deletes where "already gone" (404) is fine and anything else is an error."""
        if not actions:
            return
        from elasticsearch import helpers

        for ok, item in helpers.streaming_bulk(self.client, actions, raise_on_error=False):
            result = next(iter(item.values()))
            if not ok and result.get("status") != 404:
                raise BackendError(f"bulk delete failed: {item}")

    def drop(self) -> None:
        """Delete every index behind the two aliases (tests and decommissioning)."""
        for alias in (self.alias, self.suggest_alias):
            if self.client.indices.exists_alias(name=alias):
                targets = list(self.client.indices.get_alias(name=alias))
                self.client.options(ignore_status=404).indices.delete(index=targets)

    def _vocabulary_counts(self) -> Counter[str]:
        found = self.client.options(ignore_status=404).get(
            index=self.suggest_alias, id=VOCABULARY_ID
        )
        if not found.get("found"):
            return Counter()
        return Counter(found["_source"].get("vocabulary", {}))

    def _store_vocabulary(self, counts: Counter[str]) -> None:
        self._call(
            "vocabulary",
            self.client.index,
            index=self.suggest_alias,
            id=VOCABULARY_ID,
            document={"text": "", "kind": "vocabulary", "docs": 0, "vocabulary": dict(counts)},
        )

    # -- reading ------------------------------------------------------------------------------

    def _words(self) -> WordIndex:
        return self._cached(
            "words", lambda: WordIndex(self._vocabulary_counts(), self.planner.static_words)
        )

    def search(self, query: SearchQuery, *, now: datetime | None = None) -> SearchPage:
        plan = self.planner.plan(query, self._words(), now)
        want = plan.page * plan.per_page
        if not plan.has_text:
            response = self._search(mapping.search_body(plan, None, size=want))
            ranked = [self._ranked(response)]
            total, aggs = response["hits"]["total"]["value"], response.get("aggregations", {})
        else:
            ranked, total, aggs = self._search_needs(plan, want)
        page = _interleave(ranked, want)[(plan.page - 1) * plan.per_page :]
        exact, prefixes = plan.highlight_words()
        marker = Highlighter(exact, prefixes)
        multi = len(plan.needs) > 1
        hits = [
            self._present(item, plan, marker, plan.needs[n].text if multi else None)
            for item, n in page
        ]
        return SearchPage(
            total=total,
            page=plan.page,
            per_page=plan.per_page,
            results=hits,
            facets=self._facets(aggs),
            corrected_text=plan.corrected_text,
            origin=plan.origin.as_dict() if plan.origin else None,
        )

    def _search(self, body: dict[str, Any]) -> Any:
        return self._call("search", self.client.search, index=self.alias, body=body)

    def _search_needs(
        self, plan: QueryPlan, want: int
    ) -> tuple[list[list[dict[str, Any]]], int, dict[str, Any]]:
        ranked: list[list[dict[str, Any]]] = []
        used: list[tuple[Any, bool]] = []
        single = len(plan.needs) == 1
        total, aggs = 0, {}
        for need in plan.needs:
            relaxed = False
            response = self._search(mapping.search_body(plan, need, size=want, with_facets=single))
            if response["hits"]["total"]["value"] == 0 and len(need.slots) > 1:
                relaxed = True  # no service has every word: rank those with most of them
                body = mapping.search_body(plan, need, size=want, relaxed=True, with_facets=single)
                response = self._search(body)
            ranked.append(self._ranked(response))
            used.append((need, relaxed))
            if single:
                total, aggs = response["hits"]["total"]["value"], response.get("aggregations", {})
        if not single:
            union = self._search(mapping.union_body(plan, used))
            total, aggs = union["hits"]["total"]["value"], union.get("aggregations", {})
        return ranked, total, aggs

    @staticmethod
    def _ranked(response: Any) -> list[dict[str, Any]]:
        return list(response["hits"]["hits"])

    def _present(
        self, item: dict[str, Any], plan: QueryPlan, marker: Highlighter, need: str | None
    ) -> SearchHit:
        source = item["_source"]
        distance = None
        if plan.origin is not None:
            distance = nearest_from_points(source.get("points", []), plan.origin.lat,
                                           plan.origin.lon)  # fmt: skip
        score = item.get("_score")
        return finish_hit(
            source["hit"],
            description=source.get("description", ""),
            score=float(score) if score is not None else 0.0,
            distance_km=distance,
            matched_need=need,
            marker=marker,
        )

    def _facets(self, aggs: dict[str, Any]) -> dict[str, list[FacetCount]]:
        out: dict[str, list[FacetCount]] = {}
        for facet in mapping.FACET_FIELDS:
            buckets = aggs.get(facet, {}).get("buckets", [])
            values = []
            for b in buckets:
                value = str(b["key"])
                if facet == "category":
                    label = self.taxonomy.name(value)
                elif facet == "cost":
                    label = COST_LABELS.get(value, value)
                else:
                    label = value
                values.append(FacetCount(value=value, label=label, count=int(b["doc_count"])))
            out[facet] = sorted(values, key=lambda f: (-f.count, f.label))
        return out

    def suggest(self, prefix: str, limit: int = 8) -> list[Suggestion]:
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
        body = mapping.suggest_body(" ".join(tokens), 50)
        response = self._call("suggest", self.client.search, index=self.suggest_alias, body=body)
        candidates = ranker.static_matches(tokens, complete)
        for item in response["hits"]["hits"]:
            s = item["_source"]
            candidates.append(Candidate(s["text"], s["kind"], s.get("ref"), float(s["docs"])))
        return ranker.rank(tokens, complete, candidates, limit)

    def _ranker(self) -> SuggestionRanker:
        body = {"size": 0, "aggs": {"c": {"terms": {"field": "category_ids", "size": 500}}}}
        response = self._search(body)
        counts = {b["key"]: b["doc_count"] for b in response["aggregations"]["c"]["buckets"]}
        return SuggestionRanker(self.taxonomy, self.synonyms, counts, self._words())

    def health(self) -> BackendHealth:
        try:
            cluster = self._call("health", self.client.cluster.health)
            count = self._call("count", self.client.count, index=self.alias)
            detail = f"cluster {cluster['cluster_name']} {cluster['status']}, alias {self.alias}"
            ok = cluster["status"] in {"green", "yellow"}
            return BackendHealth(backend=self.name, ok=ok, documents=count["count"], detail=detail)
        except BackendError as exc:
            return BackendHealth(backend=self.name, ok=False, documents=0, detail=str(exc))


def _doc_text(doc: IndexDocument) -> str:
    return " ".join(
        (doc.name, doc.categories_text, doc.organization, doc.description, doc.place_text)
    )


def _count(suggestions: dict[str, list[Any]], doc: IndexDocument) -> None:
    keys = [("service", service_suggestion_text(doc.name, doc.organization))]
    if doc.organization:
        keys.append(("organization", doc.organization))
    for kind, text in keys:
        entry = suggestions.get(fold(text))
        if entry is None:
            suggestions[fold(text)] = [text, kind, doc.id, 1]
        else:
            entry[3] += 1
            entry[2] = None
            if kind == "service":
                entry[1] = "service"


def _suggestion_actions(
    index: str, suggestions: dict[str, list[Any]], vocabulary: Counter[str] | None
) -> Iterator[dict[str, Any]]:
    for text, kind, ref, docs in suggestions.values():
        source = {"text": text, "kind": kind, "docs": docs}
        if kind == "service" and ref:
            source["ref"] = ref
        yield {"_index": index, "_id": _suggestion_id(text), "_source": source}
    if vocabulary is not None:
        yield {
            "_index": index,
            "_id": VOCABULARY_ID,
            "_source": {
                "text": "",
                "kind": "vocabulary",
                "docs": 0,
                "vocabulary": dict(vocabulary),
            },
        }


def _interleave(ranked: list[list[dict[str, Any]]], count: int) -> list[tuple[dict[str, Any], int]]:
    """Round-robin across needs, each service once (as the embedded backend)."""
    out: list[tuple[dict[str, Any], int]] = []
    seen: set[str] = set()
    depth = max((len(r) for r in ranked), default=0)
    for i in range(depth):
        for n, hits in enumerate(ranked):
            if i < len(hits) and hits[i]["_id"] not in seen:
                seen.add(hits[i]["_id"])
                out.append((hits[i], n))
        if len(out) >= count:
            break
    return out[:count]
