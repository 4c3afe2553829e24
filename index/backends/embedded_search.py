"""One search against one generation of the embedded index: candidates per need, distances,
ranking, interleaving of needs, facets and the page of hits (see ``embedded.py`` for why the
index is shaped as it is)."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter, OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import chain

from index.backends.distance import MAX_POINTS, decay, nearest_km, within_km
from index.backends.document import COST_LABELS
from index.backends.fts import WEIGHTS, PorterStems, fts_expression
from index.backends.suggestions import SuggestionRanker
from index.geo import bounding_box
from index.model import DAYS
from index.search.hits import Highlighter, finish_hit
from index.search.plan import Need, QueryPlan, Slot
from index.search.schedule import MINUTES_PER_DAY
from index.search.types import FacetCount, SearchHit, SearchPage
from index.search.vocabulary import WordIndex
from index.taxonomy import Taxonomy

RANK_ALL = 1_000
"""A need with at most this many matches is ranked and faceted exactly; beyond it the first
``RANK_ALL`` matches, the first ``RANK_ALL`` matches by name and the nearest are scored."""
COMMON_SHARE = 0.5
"""A word in more than this share of services is not worth scoring (see ``_informative``)."""
COMMON_MIN_DOCUMENTS = 1_000
CACHED_SETS = 8
"""Materialised filter sets (facet values, open days, radius boxes) kept per connection: the
same category and borough filters come back search after search, and building a set costs a
pass over its members while probing an unbuilt one costs a lookup per text match."""
RINGS_KM = (1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 150.0, 400.0)
RING_LIMIT = 50_000
"""Most matches measured in one square (squares double, so one rarely holds this many)."""
"""Growing search areas for "nearest first" when a need has too many matches to rank all."""
FACETS = ("category", "borough", "cost", "source")
FACET_VALUES_SHOWN = 40


@dataclass
class SearchState:
    """Per-generation caches, rebuilt when the generation or version changes."""

    generation: int
    version: int
    documents: int
    words: WordIndex
    ranker: SuggestionRanker
    facet_counts: dict[str, int]
    """``facet:value`` → services carrying it, over the whole index."""


@dataclass
class _Match:
    rowid: int
    text_score: float = 0.0
    distance: float | None = None
    score: float = 0.0
    facets: str = ""
    position: tuple[float | None, float | None, str | None] = (None, None, None)


@dataclass
class _NeedResult:
    need: Need | None
    matches: dict[int, _Match]
    total: int
    exact: bool = True
    """Every match is in ``matches`` (else they are the scored slices of a larger set)."""
    expr: str | None = None
    sample: list[int] = field(default_factory=list)
    """When not exact: the first ``RANK_ALL`` matches in rowid order — an unbiased sample,
    since row ids follow no attribute — from which facet counts are estimated."""
    ranked: list[_Match] = field(default_factory=list)


class EmbeddedSearch:
    """One search against one generation: candidate matches per need, distances, ranking,
    interleaving, facets and the page of hits."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        state: SearchState,
        plan: QueryPlan,
        taxonomy: Taxonomy,
        sets: OrderedDict[tuple[object, ...], str],
        stems: PorterStems,
    ) -> None:
        self.conn = conn
        self.stems = stems
        self.state = state
        self.g = state.generation
        self.plan = plan
        self.taxonomy = taxonomy
        self.want = plan.page * plan.per_page
        self.origin = plan.origin
        self._sets = sets

    def _temp_set(self, key: tuple[object, ...], select: str, params: list[object]) -> str:
        """A set of row ids materialised in a temp table, so the statements of a search do
        not each rebuild it; kept (per connection, per index version) for the next searches,
        since the same category and borough filters come back again and again."""
        full_key = (self.g, self.state.version, *key)
        name = self._sets.get(full_key)
        if name is not None:
            self._sets.move_to_end(full_key)
            return f"temp.{name}"
        if len(self._sets) >= CACHED_SETS:
            _, name = self._sets.popitem(last=False)
        else:
            name = f"sp_set{len(self._sets)}"
        self.conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS {name} (doc INTEGER PRIMARY KEY)")
        self.conn.execute(f"DELETE FROM temp.{name}")
        self.conn.execute(f"INSERT OR IGNORE INTO temp.{name} {select}", params)
        self._sets[full_key] = name
        return f"temp.{name}"

    # -- SQL pieces ---------------------------------------------------------------------------

    def _filters(self, r: str, *, driving: bool = False) -> tuple[str, list[object]]:
        """The plan's filters as SQL over the row id expression ``r``.

        Set filters are materialised temp tables (``_temp_set``). With ``driving`` (no text)
        they are ``r IN set`` so SQLite starts from them; under a text match ``+r IN set``:
        the plus keeps SQLite from running one FTS5 query per member of the set."""
        g, p = self.g, self.plan
        conds: list[str] = []
        params: list[object] = []

        def any_facet(facet: str, values: Iterable[str]) -> None:
            keys = [f"{facet}:{v}" for v in values]
            marks = ",".join("?" * len(keys))
            select = f"SELECT doc FROM facets_{g} WHERE key IN ({marks})"
            table = self._temp_set(("facet", *keys), select, keys)
            conds.append(f"{r} IN {table}" if driving else f"+{r} IN {table}")

        if p.category_requested:
            if p.categories:
                any_facet("category", sorted(p.categories))
            else:
                conds.append("0")
        if p.boroughs:
            any_facet("borough", p.boroughs)
        if p.sources:
            any_facet("source", p.sources)
        if p.free_only:
            any_facet("cost", ["free"])
        if p.age is not None:  # the services whose age range excludes this age
            select = f"SELECT doc FROM ages_{g} WHERE lo > ? OR hi < ?"
            table = self._temp_set(("age", p.age), select, [p.age, p.age])
            conds.append(f"{r} NOT IN {table}" if driving else f"+{r} NOT IN {table}")
        if p.open_at is not None:
            o = p.open_at
            any_facet("open", [DAYS[(o.start // MINUTES_PER_DAY) % 7]])
            if o.timed:
                conds.append(
                    f"EXISTS (SELECT 1 FROM hours_{g} h WHERE h.doc = {r} AND h.timed = 1"
                    " AND h.start <= ? AND h.stop > ?)"
                )
                params += [o.start, o.start]
        if self.origin is not None and p.radius_km:
            box: list[object] = list(bounding_box(self.origin.lat, self.origin.lon, p.radius_km))
            select = (
                f"SELECT id / {MAX_POINTS} FROM geo_{g} WHERE min_lat >= ? AND max_lat <= ?"
                " AND min_lon >= ? AND max_lon <= ?"
            )
            if p.origin_area:  # services covering the origin's area (index.search.areas)
                select += f" UNION SELECT doc FROM facets_{g} WHERE key = ?"
                box.append(f"area:{p.origin_area}")
            table = self._temp_set(("box", *box), select, box)
            conds.append(f"{r} IN {table}" if driving else f"+{r} IN {table}")
        return "".join(f" AND {c}" for c in conds), params

    def _bbox_sql(self, r: str) -> str:
        """Row ids with a position in the box (the R*Tree prefilter)."""
        return (
            f"{r} IN (SELECT id / {MAX_POINTS} FROM geo_{self.g} WHERE min_lat >= ?"
            " AND max_lat <= ? AND min_lon >= ? AND max_lon <= ?)"
        )

    def _probe(
        self, expr: str | None, extra: str = "", extra_params: Iterable[object] = (),
        limit: int | None = None,
    ) -> list[int]:  # fmt: skip
        """Matching row ids in rowid order, unscored, at most ``limit``: cheap, because
        SQLite stops as soon as it has enough (default: one more than ``RANK_ALL``)."""
        limit = RANK_ALL + 1 if limit is None else limit
        g = self.g
        if expr is None:
            where, params = self._filters("a.rowid", driving=True)
            sql = f"SELECT a.rowid FROM attrs_{g} a WHERE 1{where}{extra} LIMIT ?"
            args = [*params, *extra_params, limit]
        else:
            where, params = self._filters("f.rowid")
            sql = f"SELECT f.rowid FROM fts_{g} f WHERE fts_{g} MATCH ?{where}{extra} LIMIT ?"
            args = [expr, *params, *extra_params, limit]
        return [r[0] for r in self.conn.execute(sql, args)]

    def _scored(
        self, expr: str, extra: str = "", extra_params: Iterable[object] = ()
    ) -> dict[int, float]:
        """bm25 with field weights (higher is better) for the matches passing the filters."""
        g = self.g
        where, params = self._filters("f.rowid")
        sql = (
            f"SELECT f.rowid, -bm25(fts_{g}, {WEIGHTS}) FROM fts_{g} f"
            f" WHERE fts_{g} MATCH ?{where}{extra}"
        )
        return dict(self.conn.execute(sql, [expr, *params, *extra_params]).fetchall())

    def _count(self, expr: str | None) -> int:
        """Exact number of matches passing the filters (the circle too, not just its box)."""
        g = self.g
        r = "a.rowid" if expr is None else "f.rowid"
        circle, circle_params = "", []
        if self.origin is not None and self.plan.radius_km:
            covers, covers_params = "", []
            if self.plan.origin_area:
                covers = " OR instr(char(10) || facets || char(10), ?) > 0"
                covers_params = [f"\narea:{self.plan.origin_area}\n"]
            circle = (
                f" AND (SELECT sp_within(lat, lon, more, ?, ?, ?){covers}"
                f" FROM attrs_{g} WHERE rowid = {r})"
            )
            circle_params = [self.origin.lat, self.origin.lon, self.plan.radius_km, *covers_params]
        if expr is None:
            where, params = self._filters(r, driving=True)
            sql = f"SELECT count(*) FROM attrs_{g} a WHERE 1{where}{circle}"
            args = [*params, *circle_params]
        else:
            where, params = self._filters(r)
            sql = f"SELECT count(*) FROM fts_{g} f WHERE fts_{g} MATCH ?{where}{circle}"
            args = [expr, *params, *circle_params]
        return int(self.conn.execute(sql, args).fetchone()[0])

    # -- candidates ---------------------------------------------------------------------------

    def _informative(self, need: Need) -> Need:
        """The need without concepts that are one word found in over half of all services
        ("support" in a directory of support services): BM25 gives such a word almost no
        weight and it barely narrows the matches, but FTS5 scans its whole posting list to
        weigh it, in every scoring statement. A need never loses its last concept."""
        n = self.state.documents
        if n < COMMON_MIN_DOCUMENTS:
            return need  # too few services for word shares to mean anything
        counts = self.state.words.counts

        def common(slot: Slot) -> bool:
            return not slot.prefix and all(
                len(alt) == 1 and counts.get(alt[0], 0) > n * COMMON_SHARE
                for alt in slot.alternatives
            )

        kept = tuple(s for s in need.slots if not common(s))
        if not kept or len(kept) == len(need.slots):
            return need
        return Need(need.text, need.original, kept)

    def _text_need(self, need: Need) -> _NeedResult:
        relaxed = False
        need = self._informative(need)
        expr = fts_expression(need, stem=self.stems)
        ids = self._probe(expr)
        if not ids and len(need.slots) > 1:
            relaxed = True  # no service has every word: rank those that have most of them
            expr = fts_expression(need, relaxed=True, stem=self.stems)
            ids = self._probe(expr)
        if len(ids) <= RANK_ALL:
            matches = {r: _Match(r, s) for r, s in self._scored(expr).items()} if ids else {}
            return _NeedResult(need, matches, len(matches), True, expr)
        # Too many to score them all: gather bounded candidates with cheap unscored probes,
        # then score them in one statement (FTS5 recomputes bm25's IDF in every statement).
        if self.origin is not None and self.plan.sort == "distance":
            candidates = set(self._nearest(expr))  # nearest first needs only the nearest
        else:
            candidates = set(ids[:RANK_ALL])
            columns = "name"
            name_expr = fts_expression(need, relaxed=relaxed, columns=columns, stem=self.stems)
            candidates.update(self._probe(name_expr, limit=RANK_ALL))
            if self.origin is not None:
                candidates.update(self._nearest(expr))
        table = self._candidate_table(candidates)
        # the rowid bound lets FTS5 stop walking the match list after the last candidate
        last = max(candidates, default=0)
        scores = self._scored(expr, f" AND f.rowid <= ? AND +f.rowid IN {table}", [last])
        matches = {r: _Match(r, s) for r, s in scores.items()}
        return _NeedResult(need, matches, self._count(expr), False, expr, ids[:RANK_ALL])

    def _candidate_table(self, rowids: Iterable[int]) -> str:
        self.conn.execute("CREATE TEMP TABLE IF NOT EXISTS sp_cand (doc INTEGER PRIMARY KEY)")
        self.conn.execute("DELETE FROM temp.sp_cand")
        self.conn.executemany("INSERT INTO temp.sp_cand VALUES (?)", [(r,) for r in rowids])
        return "temp.sp_cand"

    def _nearest(self, expr: str | None) -> list[int]:
        """The matches nearest the origin (at least ``want`` of them, at most ``RANK_ALL``
        when there are more): squares around the origin grow until enough matches lie inside
        the circle the square encloses; everything in that square is measured, so none
        nearer is missed."""
        assert self.origin is not None
        o = self.origin
        keep = max(RANK_ALL, self.want)
        limit = self.plan.radius_km or RINGS_KM[-1]
        r = "a.rowid" if expr is None else "+f.rowid"
        measured: list[tuple[float, int]] = []
        for ring in RINGS_KM:
            ring = min(ring, limit)
            box = list(bounding_box(o.lat, o.lon, ring))
            found = self._probe(expr, " AND " + self._bbox_sql(r), box, limit=RING_LIMIT)
            measured = sorted(
                (d, rowid)
                for rowid, (lat, lon, more) in self._positions(found).items()
                if (d := nearest_km(lat, lon, more, o.lat, o.lon)) is not None
            )
            inside = sum(1 for d, _ in measured if d <= ring)
            if inside >= self.want or ring >= limit or len(found) >= RING_LIMIT:
                break
        return [rowid for _, rowid in measured[:keep]]

    def _browse(self) -> _NeedResult:
        """No words: everything that passes the filters, nearest first or by name."""
        ids = self._probe(None)
        if len(ids) <= RANK_ALL:
            return _NeedResult(None, {r: _Match(r) for r in ids}, len(ids))
        if self.origin is not None:
            matches = {r: _Match(r) for r in self._nearest(None)}
        else:
            where, params = self._filters("d.rowid", driving=True)
            rows = self.conn.execute(
                f"SELECT d.rowid FROM docs_{self.g} d WHERE 1{where} ORDER BY d.name LIMIT ?",
                [*params, max(RANK_ALL, self.want)],
            )
            matches = {r[0]: _Match(r[0]) for r in rows}
        return _NeedResult(None, matches, self._count(None), False, None, ids[:RANK_ALL])

    def _positions(
        self, rowids: list[int]
    ) -> dict[int, tuple[float | None, float | None, str | None]]:
        rows = self.conn.execute(
            f"SELECT a.rowid, a.lat, a.lon, a.more FROM json_each(?) j JOIN attrs_{self.g} a"
            " ON a.rowid = j.value",
            (json.dumps(rowids),),
        )
        return {r: (lat, lon, more) for r, lat, lon, more in rows}

    def _attach(self, results: list[_NeedResult]) -> dict[int, tuple]:
        """Fetch what ranking and facets need: positions of candidates (with an origin) and
        facet values of every exact match and of the samples; drop candidates outside the
        circle and compute distances."""
        o, radius = self.origin, self.plan.radius_km
        wanted: set[int] = set()
        for res in results:
            if o is not None or res.exact:
                wanted.update(res.matches)
            wanted.update(res.sample)
        rows = self.conn.execute(
            f"SELECT a.rowid, a.lat, a.lon, a.more, a.facets FROM json_each(?) j"
            f" JOIN attrs_{self.g} a ON a.rowid = j.value",
            (json.dumps(sorted(wanted)),),
        ).fetchall()
        info = {r[0]: r[1:] for r in rows}
        for res in results:
            if o is None and not res.exact:
                continue
            for r, m in list(res.matches.items()):
                lat, lon, more, facets = info.get(r, (None, None, None, ""))
                m.facets = facets
                if o is None:
                    continue
                if (
                    radius
                    and not within_km(lat, lon, more, o.lat, o.lon, radius)
                    and not self._covers(facets)
                ):
                    del res.matches[r]
                    continue
                m.position = (lat, lon, more)
                m.distance = nearest_km(lat, lon, more, o.lat, o.lon)
            if res.exact:
                res.total = len(res.matches)
        return info

    # -- assembling the page ------------------------------------------------------------------

    def _rank(self, res: _NeedResult) -> None:
        matches = list(res.matches.values())
        browse = res.need is None
        for m in matches:
            m.score = (1.0 if browse else m.text_score) * (decay(m.distance) if self.origin else 1)
        if self.plan.sort == "distance" or (browse and self.origin is not None):
            far = float("inf")
            matches.sort(key=lambda m: (m.distance if m.distance is not None else far, -m.score))
        elif browse:
            names = self._names([m.rowid for m in matches]) if res.exact else {}
            order = {r: i for i, r in enumerate(res.matches)}
            matches.sort(key=lambda m: (names.get(m.rowid, ""), order[m.rowid]))
        else:
            matches.sort(key=lambda m: (-m.score, m.rowid))
        res.ranked = matches

    def _names(self, rowids: list[int]) -> dict[int, str]:
        rows = self.conn.execute(
            f"SELECT d.rowid, lower(d.name) FROM json_each(?) j JOIN docs_{self.g} d"
            " ON d.rowid = j.value",
            (json.dumps(rowids),),
        )
        return dict(rows.fetchall())

    @staticmethod
    def _interleave(results: list[_NeedResult], count: int) -> list[tuple[_Match, int]]:
        """The first ``count`` results, round-robin across needs so each need is represented
        near the top (a service answering two needs appears once)."""
        if len(results) == 1:
            return [(m, 0) for m in results[0].ranked[:count]]
        out: list[tuple[_Match, int]] = []
        seen: set[int] = set()
        depth = max((len(r.ranked) for r in results), default=0)
        for i in range(depth):
            for n, res in enumerate(results):
                if i < len(res.ranked) and res.ranked[i].rowid not in seen:
                    seen.add(res.ranked[i].rowid)
                    out.append((res.ranked[i], n))
            if len(out) >= count:
                break
        return out[:count]

    def _facets(
        self, results: list[_NeedResult], info: dict[int, tuple]
    ) -> dict[str, list[FacetCount]]:
        """Exact counts when every match is known; otherwise each large need's counts are
        estimated from its sample and scaled to its exact total."""
        if not self.plan.has_text and not self._has_filters() and self.origin is None:
            counts: Counter[str] = Counter(self.state.facet_counts)
        elif all(res.exact for res in results):
            unique = {r: m.facets for res in results for r, m in res.matches.items()}
            counts = _count_pairs(unique.values())
        else:
            counts = Counter()
            o, radius = self.origin, self.plan.radius_km
            for res in results:
                if res.exact:
                    counts.update(_count_pairs(m.facets for m in res.matches.values()))
                    continue
                kept = [
                    info[r][3]
                    for r in res.sample
                    if r in info
                    and (
                        not radius
                        or o is None
                        or within_km(*info[r][:3], o.lat, o.lon, radius)
                        or self._covers(info[r][3])
                    )
                ]
                scale = res.total / len(kept) if kept else 0.0
                for key, n in _count_pairs(kept).items():
                    counts[key] += round(n * scale)
        by_facet: dict[str, Counter[str]] = {f: Counter() for f in FACETS}
        for key, n in counts.items():
            facet, value = key.split(":", 1)
            if facet in by_facet and n > 0:
                by_facet[facet][value] = n
        return {facet: self._facet_list(facet, by_facet[facet]) for facet in FACETS}

    def _covers(self, facets: str | None) -> bool:
        """The service covers the origin's area, so a radius filter lets it through."""
        area = self.plan.origin_area
        return bool(area) and f"area:{area}" in (facets or "").split("\n")

    def _has_filters(self) -> bool:
        p = self.plan
        return bool(
            p.category_requested or p.boroughs or p.sources or p.free_only or p.age is not None
            or p.open_at is not None
        )  # fmt: skip

    def _facet_list(self, facet: str, counts: Counter[str]) -> list[FacetCount]:
        def label(value: str) -> str:
            if facet == "category":
                return self.taxonomy.name(value)
            if facet == "cost":
                return COST_LABELS.get(value, value)
            return value

        ordered = sorted(counts.items(), key=lambda kv: (-kv[1], label(kv[0])))
        return [
            FacetCount(value=v, label=label(v), count=n) for v, n in ordered[:FACET_VALUES_SHOWN]
        ]

    def _total(self, results: list[_NeedResult]) -> int:
        """Services answering any need. Each need's total is already exact, so two needs
        only need their overlap counted (FTS5 intersects by skipping, far cheaper than
        walking the union)."""
        if len(results) == 1:
            return results[0].total
        if all(r.exact for r in results):
            return len({rid for r in results for rid in r.matches})
        exprs = [r.expr for r in results if r.expr]
        if len(results) == 2 and len(exprs) == 2:
            both = self._count(f"({exprs[0]}) AND ({exprs[1]})")
            return results[0].total + results[1].total - both
        return self._count(" OR ".join(f"({e})" for e in exprs))

    def _hits(self, page: list[tuple[_Match, int]], results: list[_NeedResult]) -> list[SearchHit]:
        if not page:
            return []
        rows = self.conn.execute(
            f"SELECT d.rowid, d.hit, d.description FROM json_each(?) j JOIN docs_{self.g} d"
            " ON d.rowid = j.value",
            (json.dumps([m.rowid for m, _ in page]),),
        ).fetchall()
        stored = {r: (h, desc) for r, h, desc in rows}
        exact, prefixes = self.plan.highlight_words()
        marker = Highlighter(exact, prefixes)
        multi = len(results) > 1
        hits: list[SearchHit] = []
        for m, n in page:
            if m.rowid not in stored:
                continue
            hit_json, description = stored[m.rowid]
            distance = None
            if m.distance is not None and self.origin is not None:
                distance = nearest_km(*m.position, self.origin.lat, self.origin.lon, exact=True)
            need = results[n].need
            hits.append(
                finish_hit(
                    json.loads(hit_json),
                    description=description,
                    score=m.score,
                    distance_km=distance,
                    matched_need=need.text if multi and need is not None else None,
                    marker=marker,
                )
            )
        return hits

    def run(self) -> SearchPage:
        plan = self.plan
        if plan.has_text:
            results = [self._text_need(need) for need in plan.needs]
        else:
            results = [self._browse()]
        info = self._attach(results)
        for res in results:
            self._rank(res)
        start = (plan.page - 1) * plan.per_page
        page = self._interleave(results, start + plan.per_page)[start:]
        return SearchPage(
            total=self._total(results),
            page=plan.page,
            per_page=plan.per_page,
            results=self._hits(page, results),
            facets=self._facets(results, info),
            corrected_text=plan.corrected_text,
            origin=self.origin.as_dict() if self.origin else None,
        )


def _count_pairs(facet_texts: Iterable[str]) -> Counter[str]:
    """``facet:value`` lines of many services → how many carry each (counted in C)."""
    return Counter(chain.from_iterable(f.split("\n") for f in facet_texts if f))
