"""Beyond the contract suite's queries: any query a person can ask makes request bodies the
specification accepts. Hypothesis draws queries from the whole vocabulary (synonyms, taxonomy
labels, typos, stop words, place names, markup and operators), every filter and paging
setting, and every body the backend can build for them is checked — each need plain and
relaxed, a ``search_after`` step, the union of several needs, suggestions — without a server."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from index.backends.elastic import queries as q
from index.geo import Gazetteer
from index.search.places import LONDON_BOROUGHS
from index.search.plan import QueryError
from index.search.planner import QueryPlanner
from index.search.types import SearchQuery
from index.taxonomy import default_taxonomy
from index.vocab import default_synonyms
from tests.elastic_spec.spec import Specification

SYNONYM_PHRASES = sorted({p for line in default_synonyms().solr_lines()
                          for p in line.replace("=>", ",").split(",") if p.strip()})  # fmt: skip
TAXONOMY = default_taxonomy()
TERM_IDS = sorted(t.id for t in TAXONOMY.terms.values())
WORDS = [
    *SYNONYM_PHRASES[:400],
    *(TAXONOMY.name(i) for i in TERM_IDS),
    "docter", "councelling", "befriendng", "suport", "and", "near", "the", "for", "in Harrow",
    "near HA1", "HA1 2AA", "UB8 1UW", "W5", '"', "*", "-", "(", "NEAR", "OR", "' OR 1=1 --",
    "<b>", "🙂", "café", "Crème", "x" * 40,
]  # fmt: skip
POSTCODES = ["HA1 2AA", "HA1 2", "HA1", "UB8 1UW", "NW1 2DB", "SE1 7PB", "W5 2HL", "E15 1DA"]


def queries() -> st.SearchStrategy[SearchQuery]:
    text = st.lists(st.sampled_from(WORDS), max_size=5).map(" ".join).map(lambda t: t[:200])
    return st.builds(
        SearchQuery,
        text=st.one_of(text, st.text(max_size=40)),
        needs=st.lists(st.sampled_from(SYNONYM_PHRASES), max_size=3),
        postcode=st.one_of(st.none(), st.sampled_from(POSTCODES)),
        radius_km=st.one_of(st.none(), st.floats(min_value=0.1, max_value=1000)),
        categories=st.lists(st.sampled_from([*TERM_IDS, "no-such-term"]), max_size=3),
        boroughs=st.lists(st.sampled_from(sorted(LONDON_BOROUGHS)), max_size=3),
        sources=st.lists(st.sampled_from(["careplace", "harrow-marketplace"]), max_size=2),
        age=st.one_of(st.none(), st.integers(0, 120)),
        free_only=st.booleans(),
        open_now=st.booleans(),
        day=st.one_of(st.none(), st.sampled_from(["MO", "TU", "WE", "TH", "FR", "SA", "SU"])),
        time=st.one_of(st.none(), st.sampled_from(["00:00", "09:30", "18:30", "23:59"])),
        page=st.integers(1, 100),
        per_page=st.integers(1, 100),
        sort=st.sampled_from(["relevance", "distance"]),
    )


@pytest.fixture(scope="module")
def planner(gazetteer: Gazetteer) -> QueryPlanner:
    return QueryPlanner(gazetteer)


@given(query=queries())
@hypothesis_settings(max_examples=300, deadline=None,
                     suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
def test_every_body_for_any_query_is_valid(
    elasticsearch_spec: Specification, planner: QueryPlanner, query: SearchQuery
) -> None:
    try:
        plan = planner.plan(query, now=datetime(2025, 11, 19, 17, 30, tzinfo=UTC))
    except QueryError:
        assume(False)
        return
    start = (plan.page - 1) * plan.per_page
    bodies: list[Any] = [q.category_counts_body()]
    if plan.has_text:
        for need in plan.needs:
            for relaxed in (False, True):
                bodies.append(q.search_body(plan, need, size=plan.per_page, start=start,
                                            relaxed=relaxed))  # fmt: skip
                bodies.append(q.search_body(plan, need, size=500, after=[1.5, "m-x"],
                                            relaxed=relaxed, with_facets=False,
                                            with_total=False, with_source=False))  # fmt: skip
        bodies.append(q.union_body(plan, [(n, i % 2 == 1) for i, n in enumerate(plan.needs)]))
        bodies.append(q.suggest_body(query.text or "a", 50))
    else:
        bodies.append(q.search_body(plan, None, size=plan.per_page, start=start))
        bodies.append(q.search_body(plan, None, size=0, with_source=False))
    op, _ = elasticsearch_spec.find("POST", "/signpost-services/_search")  # type: ignore[misc]
    for body in bodies:
        problems = elasticsearch_spec.check_body(op, body)
        assert problems == [], f"{query!r}:\n" + "\n".join(map(str, problems))
