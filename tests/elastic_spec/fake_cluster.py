"""The recorder's memory: indices with their settings, mappings, aliases and documents, and an
answer for each operation the backend uses, shaped as the specification's response schemas.

Documents are checked the way a server with ``dynamic: strict`` mappings would (unknown fields,
impossible coordinates, non-integers), so a bulk request can be refused item by item; a
``throttle`` makes the next items answer 429, as a busy cluster does.
"""

from __future__ import annotations

import functools
import re
import uuid
from dataclasses import dataclass, field
from typing import Any

from tests.elastic_spec.fake_documents import (
    compare,
    error,
    filter_source,
    order_of,
    refuse,
    sort_values,
    terms,
)

SHARDS = {"total": 1, "successful": 1, "failed": 0}


@dataclass
class Answer:
    status: int
    body: Any = None
    unimplemented: bool = False


@dataclass
class Index:
    name: str
    settings: dict[str, Any]
    mappings: dict[str, Any]
    aliases: set[str] = field(default_factory=set)
    docs: dict[str, dict[str, Any]] = field(default_factory=dict)
    versions: dict[str, int] = field(default_factory=dict)
    uuid: str = field(default_factory=lambda: uuid.uuid4().hex[:22])


class FakeCluster:
    def __init__(self) -> None:
        self.indices: dict[str, Index] = {}
        self.empty_searches = False
        self.throttle = 0
        """How many of the next bulk items to refuse with 429."""
        self.seq = 0

    # -- names ------------------------------------------------------------------------------

    def resolve(self, target: str) -> list[Index]:
        """Indices named by a comma list of names, aliases and ``*`` patterns."""
        found: dict[str, Index] = {}
        for part in target.split(","):
            pattern = re.compile("^" + re.escape(part).replace(r"\*", ".*") + "$")
            for index in self.indices.values():
                if pattern.match(index.name) or any(pattern.match(a) for a in index.aliases):
                    found[index.name] = index
        return list(found.values())

    def _missing(self, target: str) -> Answer:
        return Answer(
            404, error("index_not_found_exception", f"no such index [{target}]", 404, index=target)
        )

    # -- dispatch ---------------------------------------------------------------------------

    def answer(
        self, operation: str, path: dict[str, str], query: dict[str, list[str]], body: Any
    ) -> Answer:
        family = re.sub(r"-\d+$", "", operation)
        handler = getattr(self, "op_" + family.replace("-", "_"), None)
        if handler is None:
            return Answer(501, error("unimplemented", operation, 501), unimplemented=True)
        return handler(path, {k: v[-1] for k, v in query.items()}, body)

    # -- cluster ----------------------------------------------------------------------------

    def op_info(self, path: dict[str, str], query: dict[str, str], body: Any) -> Answer:
        return Answer(
            200,
            {
                "name": "spec-recorder",
                "cluster_name": "spec-recorder",
                "cluster_uuid": "spec-recorder-cluster-uuid",
                "version": {
                    "number": "9.0.0",
                    "build_flavor": "default",
                    "build_type": "spec-recorder",
                    "build_hash": "0" * 40,
                    "build_date": "2026-08-20T00:00:00Z",
                    "build_snapshot": False,
                    "lucene_version": "10.0.0",
                    "minimum_wire_compatibility_version": "8.18.0",
                    "minimum_index_compatibility_version": "8.0.0",
                },
                "tagline": "You Know, for Search",
            },
        )

    def op_ping(self, path: dict[str, str], query: dict[str, str], body: Any) -> Answer:
        return Answer(200)

    def op_cat_indices(self, path: dict[str, str], query: dict[str, str], body: Any) -> Answer:
        found = self.resolve(path.get("index", "*"))
        if not found and "index" in path:
            return self._missing(path["index"])
        rows = []
        for index in found:
            row = {
                "health": "green",
                "status": "open",
                "index": index.name,
                "uuid": index.uuid,
                "pri": str(index.settings.get("number_of_shards", 1)),
                "rep": str(index.settings.get("number_of_replicas", 1)),
                "docs.count": str(len(index.docs)),
            }
            wanted = query.get("h")
            rows.append({k: v for k, v in row.items() if not wanted or k in wanted.split(",")})
        return Answer(200, rows)

    # -- indices ----------------------------------------------------------------------------

    def op_indices_create(self, path: dict[str, str], query: dict[str, str], body: Any) -> Answer:
        name = path["index"]
        if name in self.indices:
            return Answer(
                400,
                error("resource_already_exists_exception", f"index [{name}] already exists", 400),
            )
        body = body or {}
        settings = dict(body.get("settings", {}))
        settings.update(settings.pop("index", {}))
        self.indices[name] = Index(name, settings, body.get("mappings", {}))
        return Answer(200, {"acknowledged": True, "shards_acknowledged": True, "index": name})

    def op_indices_delete(self, path: dict[str, str], query: dict[str, str], body: Any) -> Answer:
        names = path["index"].split(",")
        missing = [n for n in names if n not in self.indices]
        if missing and query.get("ignore_unavailable") != "true":
            return self._missing(missing[0])
        for name in names:
            self.indices.pop(name, None)
        return Answer(200, {"acknowledged": True})

    def op_indices_exists(self, path: dict[str, str], query: dict[str, str], body: Any) -> Answer:
        return Answer(200 if path["index"] in self.indices else 404)

    def op_indices_exists_alias(
        self, path: dict[str, str], query: dict[str, str], body: Any
    ) -> Answer:
        found = any(path["name"] in i.aliases for i in self.indices.values())
        return Answer(200 if found else 404)

    def op_indices_get_alias(
        self, path: dict[str, str], query: dict[str, str], body: Any
    ) -> Answer:
        if "index" in path:
            found = self.resolve(path["index"])
            if not found and query.get("allow_no_indices") != "true":
                return self._missing(path["index"])
        else:
            found = [i for i in self.indices.values() if path.get("name") in i.aliases]
            if not found:
                return Answer(
                    404,
                    error(
                        "aliases_not_found_exception", f"aliases [{path.get('name')}] missing", 404
                    ),
                )
        name = path.get("name")
        return Answer(
            200,
            {
                i.name: {"aliases": {a: {} for a in sorted(i.aliases) if name in (None, a)}}
                for i in found
            },
        )

    def op_indices_update_aliases(
        self, path: dict[str, str], query: dict[str, str], body: Any
    ) -> Answer:
        actions = (body or {}).get("actions", [])
        for action in actions:  # all or nothing: check every action first
            ((kind, spec),) = action.items()
            if spec["index"] not in self.indices:
                return self._missing(spec["index"])
            if kind == "remove" and spec["alias"] not in self.indices[spec["index"]].aliases:
                return Answer(
                    404,
                    error("aliases_not_found_exception", f"aliases [{spec['alias']}] missing", 404),
                )
        for action in actions:
            ((kind, spec),) = action.items()
            aliases = self.indices[spec["index"]].aliases
            (aliases.add if kind == "add" else aliases.discard)(spec["alias"])
        return Answer(200, {"acknowledged": True})

    def op_indices_put_settings(
        self, path: dict[str, str], query: dict[str, str], body: Any
    ) -> Answer:
        found = self.resolve(path["index"])
        if not found:
            return self._missing(path["index"])
        for index in found:
            index.settings.update((body or {}).get("index", body or {}))
        return Answer(200, {"acknowledged": True})

    def op_indices_refresh(self, path: dict[str, str], query: dict[str, str], body: Any) -> Answer:
        if not self.resolve(path.get("index", "*")):
            return self._missing(path.get("index", "*"))
        return Answer(200, {"_shards": SHARDS})

    # -- documents --------------------------------------------------------------------------

    def _write_target(self, name: str) -> Index | None:
        found = self.resolve(name)
        return found[0] if len(found) == 1 else None

    def _store(self, index: Index, doc_id: str, source: dict[str, Any]) -> dict[str, Any]:
        """Write a document as a strict-mapping server would; the result item."""
        refusal = refuse(index.mappings, source)
        base = {"_index": index.name, "_id": doc_id}
        if refusal is not None:
            return {**base, "status": 400, "error": refusal}
        created = doc_id not in index.docs
        index.docs[doc_id] = source
        index.versions[doc_id] = index.versions.get(doc_id, 0) + 1
        self.seq += 1
        return {
            **base,
            "status": 201 if created else 200,
            "result": "created" if created else "updated",
            "_version": index.versions[doc_id],
            "_shards": SHARDS,
            "_seq_no": self.seq,
            "_primary_term": 1,
        }

    def op_bulk(self, path: dict[str, str], query: dict[str, str], body: Any) -> Answer:
        lines = list(body or [])
        items = []
        while lines:
            ((op, meta),) = lines.pop(0).items()
            source = lines.pop(0) if op in ("index", "create", "update") else None
            name = meta.get("_index") or path.get("index", "")
            doc_id = str(meta.get("_id") or uuid.uuid4().hex)
            index = self._write_target(name)
            if index is None:
                item = {
                    "_index": name,
                    "_id": doc_id,
                    "status": 404,
                    "error": error("index_not_found_exception", name, 404)["error"],
                }
            elif op == "delete":
                gone = index.docs.pop(doc_id, None) is not None
                item = {
                    "_index": index.name,
                    "_id": doc_id,
                    "status": 200 if gone else 404,
                    "result": "deleted" if gone else "not_found",
                    "_shards": SHARDS,
                    "_version": index.versions.get(doc_id, 0) + 1,
                    "_seq_no": self.seq,
                    "_primary_term": 1,
                }
            elif self.throttle > 0:
                self.throttle -= 1
                item = {
                    "_index": index.name,
                    "_id": doc_id,
                    "status": 429,
                    "error": error(
                        "es_rejected_execution_exception",
                        "rejected execution of coordinating operation",
                        429,
                    )["error"],
                }
            else:
                item = self._store(index, doc_id, source or {})
            items.append({op: item})
        errors = any(next(iter(i.values()))["status"] >= 300 for i in items)
        return Answer(200, {"took": 1, "errors": errors, "items": items})

    def op_index(self, path: dict[str, str], query: dict[str, str], body: Any) -> Answer:
        index = self._write_target(path["index"])
        if index is None:
            return self._missing(path["index"])
        item = self._store(index, path["id"], body or {})
        if item["status"] >= 300:
            return Answer(item["status"], {"error": item["error"], "status": item["status"]})
        return Answer(item.pop("status"), item)

    def op_get(self, path: dict[str, str], query: dict[str, str], body: Any) -> Answer:
        index = self._write_target(path["index"])
        if index is None:
            return self._missing(path["index"])
        doc = index.docs.get(path["id"])
        if doc is None:
            return Answer(404, {"_index": index.name, "_id": path["id"], "found": False})
        return Answer(
            200,
            {
                "_index": index.name,
                "_id": path["id"],
                "found": True,
                "_version": index.versions[path["id"]],
                "_seq_no": self.seq,
                "_primary_term": 1,
                "_source": doc,
            },
        )

    def op_mget(self, path: dict[str, str], query: dict[str, str], body: Any) -> Answer:
        index = self._write_target(path.get("index", ""))
        if index is None:
            return self._missing(path.get("index", ""))
        includes = query.get("_source_includes")
        docs = []
        for doc_id in (body or {}).get("ids", []):
            doc = index.docs.get(doc_id)
            if doc is None:
                docs.append({"_index": index.name, "_id": doc_id, "found": False})
                continue
            source = filter_source(doc, includes.split(",") if includes else None)
            docs.append(
                {
                    "_index": index.name,
                    "_id": doc_id,
                    "found": True,
                    "_version": index.versions[doc_id],
                    "_seq_no": self.seq,
                    "_primary_term": 1,
                    "_source": source,
                }
            )
        return Answer(200, {"docs": docs})

    def op_count(self, path: dict[str, str], query: dict[str, str], body: Any) -> Answer:
        found = self.resolve(path.get("index", "*"))
        if not found:
            return self._missing(path.get("index", "*"))
        return Answer(200, {"count": sum(len(i.docs) for i in found), "_shards": SHARDS})

    # -- search -----------------------------------------------------------------------------

    def op_search(self, path: dict[str, str], query: dict[str, str], body: Any) -> Answer:
        found = self.resolve(path.get("index", "*"))
        if not found:
            return self._missing(path.get("index", "*"))
        body = body or {}
        docs = (
            []
            if self.empty_searches
            else [(i.name, doc_id, doc) for i in found for doc_id, doc in sorted(i.docs.items())]
        )
        clauses = body.get("sort", [])
        keyed = [(sort_values(clauses, doc), name, doc_id, doc) for name, doc_id, doc in docs]
        matched = len(keyed)
        orders = [order_of(c) for c in clauses]
        keyed.sort(key=functools.cmp_to_key(lambda a, b: compare(a[0], b[0], orders)))
        if "search_after" in body:
            after = body["search_after"]
            keyed = [k for k in keyed if compare(k[0], after, orders) > 0]
        start, size = int(body.get("from", 0)), int(body.get("size", 10))
        page = keyed[start : start + size]
        includes = body.get("_source", True)
        hits = []
        for values, name, doc_id, doc in page:
            hit: dict[str, Any] = {"_index": name, "_id": doc_id, "_score": 1.0}
            if includes is not False:
                hit["_source"] = filter_source(
                    doc, includes.get("includes") if isinstance(includes, dict) else None
                )
            if clauses:
                hit["sort"] = values
            hits.append(hit)
        answer: dict[str, Any] = {
            "took": 1,
            "timed_out": False,
            "_shards": {**SHARDS, "skipped": 0},
            "hits": {"max_score": 1.0 if hits else None, "hits": hits},
        }
        if body.get("track_total_hits") is not False:
            answer["hits"]["total"] = {"value": matched, "relation": "eq"}
        aggregations = body.get("aggregations", {})
        if aggregations:
            answer["aggregations"] = {
                name: terms(spec["terms"], [d for _, _, d in docs])
                for name, spec in aggregations.items()
            }
        return Answer(200, answer)
