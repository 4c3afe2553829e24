"""Reading from the services alias: one search, made whole (asked again when a node going
away cut it short), and the windows of hits a page needs — by ``from`` inside the index's
result window, by a ``search_after`` walk beyond it."""

from __future__ import annotations

import hashlib
import time
from typing import Any

from index.backends.elastic import queries, responses
from index.backends.elastic.client import ElasticOptions, as_kwargs, call, transient
from index.backends.errors import BackendError
from index.search.plan import Need, QueryPlan

PARTIAL_RETRIES = 2
PARTIAL_PAUSE = 0.5
Hit = dict[str, Any]


class Reader:
    def __init__(self, client: Any, options: ElasticOptions) -> None:
        self.client = client
        self.options = options
        self.alias = options.index

    def search(self, body: dict[str, Any], plan: QueryPlan | None = None) -> Any:
        params: dict[str, Any] = {}
        if plan is not None:
            # the same query reads the same shard copies (stable scores and pages across a
            # search_after walk); different queries still spread over the replicas
            key = repr([n.text for n in plan.needs]).encode()
            params["preference"] = "q" + hashlib.sha1(key).hexdigest()[:12]
            if plan.has_text and self.options.shards > 1:
                params["search_type"] = "dfs_query_then_fetch"  # one IDF over all shards
        return self.complete("search", index=self.alias, **params, **as_kwargs(body))

    def complete(self, what: str, **kwargs: Any) -> Any:
        """A search answered by every shard. A search caught by a node going away fails
        outright or, worse, comes back from only some shards (shorter results that look
        whole); either is asked again — the cluster has routed around the node by then —
        and is an error if it still fails."""
        for attempt in range(PARTIAL_RETRIES + 1):
            last = attempt == PARTIAL_RETRIES
            try:
                response = call(what, self.client.search, alias=self.alias, **kwargs)
            except BackendError as exc:
                if last or not transient(exc.__cause__):
                    raise
                time.sleep(PARTIAL_PAUSE)
                continue
            shards = response.get("_shards", {})
            if not shards.get("failed") and not response.get("timed_out"):
                return response
            if not last:
                time.sleep(PARTIAL_PAUSE)
        raise BackendError(
            f"Elasticsearch {what}: answered by {shards.get('successful')} of "
            f"{shards.get('total')} shards (timed out: {response.get('timed_out')})"
        )

    def need(
        self, plan: QueryPlan, need: Need | None, start: int, count: int, *, summary: bool
    ) -> tuple[list[Hit], dict[str, Any]]:
        """Hits ``start`` to ``start + count`` of one need, and the response carrying its
        total (and facets, with ``summary``). A need no service meets in full is relaxed to
        "most of its concepts"."""
        found, first = self.window(plan, need, start, count, False, summary)
        if responses.total(first) == 0 and need is not None and len(need.slots) > 1:
            found, first = self.window(plan, need, start, count, True, summary)
        return found, first

    def window(
        self,
        plan: QueryPlan,
        need: Need | None,
        start: int,
        count: int,
        relaxed: bool,
        summary: bool,
    ) -> tuple[list[Hit], dict[str, Any]]:
        """Hits ``start`` to ``start + count``: one request with ``from`` while that stays
        within the index's result window, else a ``search_after`` walk to ``start``."""
        window = self.options.result_window
        if start + count <= window:
            response = self.search(
                queries.search_body(
                    plan, need, size=count, start=start, relaxed=relaxed, with_facets=summary
                ),
                plan,
            )
            return responses.hits(response), response
        first = self.search(
            queries.search_body(
                plan, need, size=0, relaxed=relaxed, with_facets=summary, with_source=False
            ),
            plan,
        )
        after: list[Any] | None = None
        found: list[Hit] = []
        seen = 0
        while seen < start + count:
            fetching = seen >= start
            size = min(window, (start if not fetching else start + count) - seen)
            body = queries.search_body(
                plan,
                need,
                size=size,
                after=after,
                relaxed=relaxed,
                with_facets=False,
                with_total=False,
                with_source=fetching,
            )
            page = responses.hits(self.search(body, plan))
            if not page:
                break
            if fetching:
                found += page
            seen += len(page)
            after = page[-1]["sort"]
        return found, first

    def needs(self, plan: QueryPlan, want: int) -> tuple[list[list[Hit]], dict[str, Any]]:
        """The first ``want`` hits of each need, and one request's total and facets over
        services meeting any of them."""
        ranked: list[list[Hit]] = []
        used: list[tuple[Need, bool]] = []
        for need in plan.needs:
            found, first = self.window(plan, need, 0, want, False, False)
            relaxed = responses.total(first) == 0 and len(need.slots) > 1
            if relaxed:
                found, first = self.window(plan, need, 0, want, True, False)
            ranked.append(found)
            used.append((need, relaxed))
        return ranked, self.search(queries.union_body(plan, used), plan)
