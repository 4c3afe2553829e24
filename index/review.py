"""The dedup review queue: the candidate pairs the matcher was least sure about, for a curator.

Deduplication decides every pair automatically (``index.dedup``): a total weight at or above
the threshold is "same service". Pairs just either side of the threshold are where it is most
often wrong, so the queue holds the candidate pairs whose total fell in an **uncertain band**
around the threshold that applied to them (``Thresholds.match`` for listings of two sources,
``Thresholds.same_source`` for two listings of one source). A curator's answer becomes a
must-link or cannot-link override, which dedup obeys from its next run on.

A pair whose names fail the name gate is never merged automatically, but when everything else
(place, phone, e-mail, organisation, category) would carry it over the threshold on its own, it
is exactly the pair a curator should see — one service the sources name differently, or two
neighbours on one switchboard — so it is queued too, rather than kept apart in silence.

The queue is ordered by how many source records the answer affects: the records of the merged
service(s) the two listings currently belong to. Settling a pair between two big clusters
changes more of the directory than one between two singletons. Ties go to the pair closest to
the threshold (the least certain), then by id, so the order is stable.

Candidates, scores and explanations all come from ``index.dedup`` — blocking
(``candidate_pairs``), batch scoring (``score_candidates``) and the scalar explain path
(``score_pair(..., explain=True)``, which is what ``explain_match`` runs) over the same
frequencies — so the numbers here are the numbers dedup used.
"""

from __future__ import annotations

import html
import re
import threading
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from index.dedup import Explanation, Thresholds
from index.dedup.blocking import candidate_pairs
from index.dedup.comparable import Comparable, Locator, comparable_from_record
from index.dedup.frequencies import Frequencies
from index.dedup.scoring import score_candidates, score_pair
from index.dedup.weights import NAME_WEIGHTS
from index.model import SourceRecord, utcnow

if TYPE_CHECKING:
    from index.store import Store

UNCERTAIN_BELOW = 4.0
"""Bits under the threshold still worth a look: one comparator level away from a match (a
"near" name instead of "exact" is 2 bits, a shared postcode instead of address 1 bit)."""
UNCERTAIN_ABOVE = 3.0
"""Bits over the threshold still worth a look: matches that one missing field would undo."""

SAME = "same"
DIFFERENT = "different"
DECISION_KIND = {SAME: "must-link", DIFFERENT: "cannot-link"}


@dataclass(frozen=True)
class ReviewPair:
    a: str
    b: str
    total: float
    threshold: float
    same_source: bool
    machine_match: bool
    """What dedup decided on its own."""
    merged_a: str | None = None
    merged_b: str | None = None
    affected: int = 2
    """Source records in the merged service(s) of ``a`` and ``b``: what the answer changes."""

    @property
    def margin(self) -> float:
        return round(self.total - self.threshold, 3)


@dataclass(frozen=True)
class FieldRow:
    label: str
    a: str
    b: str

    @property
    def same(self) -> bool:
        return bool(self.a) and _norm(self.a) == _norm(self.b)


@dataclass
class PairReview:
    """Everything a curator needs to settle one pair."""

    pair: ReviewPair
    record_a: SourceRecord
    record_b: SourceRecord
    explanation: Explanation
    fields: list[FieldRow] = field(default_factory=list)


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def _fingerprint(store: Store) -> tuple[Any, ...]:
    """Moves whenever the live records change (a harvest, a release, an erasure) — and not
    when an override or a review decision is written, which filter the queue at read time."""
    live = store.conn.execute(
        "SELECT COUNT(*), COALESCE(MAX(last_seen_run), 0), COALESCE(MAX(last_changed_at), '')"
        " FROM source_records WHERE status='live'"
    ).fetchone()
    erased = store.conn.execute("SELECT COALESCE(MAX(id), 0) FROM erasure_log").fetchone()
    return (*tuple(live), erased[0])


class ReviewQueue:
    """Scores the live records once per change of the data, and answers from that."""

    def __init__(
        self,
        below: float = UNCERTAIN_BELOW,
        above: float = UNCERTAIN_ABOVE,
        thresholds: Thresholds | None = None,
        locate: Locator | None = None,
    ) -> None:
        """``locate`` is the dedup step's postcode locator (the gazetteer): with it, the queue
        places and boroughs listings as dedup did, so its scores are the ones dedup used."""
        self.locate = locate
        self.below = below
        self.above = above
        self.thresholds = thresholds or Thresholds()
        self._lock = threading.Lock()
        self._fingerprint: tuple[Any, ...] | None = None
        self._candidates: list[ReviewPair] = []
        self._comparables: dict[str, Comparable] = {}
        self._freq: Frequencies | None = None

    def threshold(self, same_source: bool) -> float:
        return self.thresholds.same_source if same_source else self.thresholds.match

    def in_band(self, total: float, same_source: bool) -> bool:
        threshold = self.threshold(same_source)
        return threshold - self.below <= total < threshold + self.above

    def worth_a_look(self, total: float, name_level: str, same_source: bool) -> bool:
        """In the uncertain band, or kept apart only by the name gate while everything else
        would reach the threshold on its own."""
        if name_level == "different":
            return not same_source and total - NAME_WEIGHTS["different"] >= self.thresholds.match
        return self.in_band(total, same_source)

    def _refresh(self, store: Store) -> None:
        fingerprint = _fingerprint(store)
        if fingerprint == self._fingerprint:
            return
        records = sorted(store.iter_records(), key=lambda r: r.id)
        comparables = [comparable_from_record(r, locate=self.locate) for r in records]
        freq = Frequencies.build(comparables)
        found: list[ReviewPair] = []
        if len(comparables) > 1:
            cands = candidate_pairs(comparables, freq)
            scored = score_candidates(
                comparables, freq, cands.left, cands.right, self.thresholds, keep_gated=True
            )
            for i, j, total, match, name in zip(
                scored.left, scored.right, scored.totals, scored.matches, scored.names, strict=True
            ):
                a, b = comparables[i], comparables[j]
                same_source = a.source == b.source
                if not self.worth_a_look(total, name, same_source):
                    continue
                found.append(
                    ReviewPair(
                        a=a.id,
                        b=b.id,
                        total=total,
                        threshold=self.threshold(same_source),
                        same_source=same_source,
                        machine_match=match,
                    )
                )
        self._candidates = found
        self._comparables = {c.id: c for c in comparables}
        self._freq = freq
        self._fingerprint = fingerprint

    def pending(self, store: Store) -> list[ReviewPair]:
        """Undecided pairs in the band, most affecting first (see the module docstring)."""
        with self._lock:
            self._refresh(store)
            candidates = list(self._candidates)
        decided = {(o["a"], o["b"]) for o in store.list_overrides()}
        membership = store.cluster_membership()
        return order_pairs((p for p in candidates if _key(p.a, p.b) not in decided), membership)

    def review(self, store: Store, a: str, b: str) -> PairReview:
        """The side-by-side view and comparator scores of one pair (any two live records)."""
        with self._lock:
            self._refresh(store)
            ca, cb = self._comparables.get(a), self._comparables.get(b)
            freq = self._freq
        record_a, record_b = store.get_record(a), store.get_record(b)
        if ca is None or cb is None or record_a is None or record_b is None or freq is None:
            missing = a if ca is None or record_a is None else b
            raise KeyError(f"no live source record {missing}")
        score = score_pair(ca, cb, freq, explain=True, thresholds=self.thresholds)
        override = next(
            (o["kind"] for o in store.list_overrides() if {o["a"], o["b"]} == {a, b}), None
        )
        membership = store.cluster_membership()
        same_source = ca.source == cb.source
        pair = order_pairs(
            [
                ReviewPair(
                    a=a,
                    b=b,
                    total=score.total,
                    threshold=self.threshold(same_source),
                    same_source=same_source,
                    machine_match=score.match,
                )
            ],
            membership,
        )[0]
        return PairReview(
            pair=pair,
            record_a=record_a,
            record_b=record_b,
            explanation=Explanation(score=score, a=ca, b=cb, override=override),
            fields=side_by_side(record_a, record_b),
        )


def _key(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


def order_pairs(pairs: Iterable[ReviewPair], membership: Mapping[str, str]) -> list[ReviewPair]:
    """Attach the current merged ids and the affected-record count, and sort the queue."""
    sizes = Counter(membership.values())
    out: list[ReviewPair] = []
    for p in pairs:
        ma, mb = membership.get(p.a), membership.get(p.b)
        affected = (sizes[ma] if ma else 1) + (0 if ma and ma == mb else (sizes[mb] if mb else 1))
        out.append(
            ReviewPair(
                a=p.a,
                b=p.b,
                total=p.total,
                threshold=p.threshold,
                same_source=p.same_source,
                machine_match=p.machine_match,
                merged_a=ma,
                merged_b=mb,
                affected=affected,
            )
        )
    out.sort(key=lambda p: (-p.affected, abs(p.margin), p.a, p.b))
    return out


def record_decision(
    store: Store,
    a: str,
    b: str,
    decision: str,
    decided_by: str,
    score: float | None = None,
) -> dict[str, Any]:
    """Store a curator's answer: the override dedup obeys (``Store.add_override``, as the
    operator API writes it), and a row in the decision history saying who and when."""
    if decision not in DECISION_KIND:
        raise ValueError(f"a decision is {SAME!r} or {DIFFERENT!r}, not {decision!r}")
    who = " ".join((decided_by or "").split())
    if not who:
        raise ValueError("a decision needs the curator's name")
    for record_id in (a, b):
        if store.get_record(record_id) is None:
            raise KeyError(f"no source record {record_id}")
    store.add_override(a, b, DECISION_KIND[decision], created_by=who)
    x, y = _key(a, b)
    stamp = utcnow().isoformat()
    with store.transaction() as conn:
        cur = conn.execute(
            "INSERT INTO review_decisions(a, b, decision, score, decided_by, decided_at)"
            " VALUES (?,?,?,?,?,?)",
            (x, y, decision, score, who, stamp),
        )
        row_id = int(cur.lastrowid or 0)
    return {
        "id": row_id,
        "a": x,
        "b": y,
        "decision": decision,
        "kind": DECISION_KIND[decision],
        "score": score,
        "decided_by": who,
        "decided_at": stamp,
    }


def decisions(store: Store, limit: int = 50) -> list[dict[str, Any]]:
    """The decision history, newest first."""
    rows = store.conn.execute(
        "SELECT * FROM review_decisions ORDER BY id DESC LIMIT ?", (limit,)
    ).fetchall()
    return [dict(r) for r in rows]


# -- the side-by-side view -----------------------------------------------------------------------

_TAG = re.compile(r"<[^>]+>")


def plain(text: str | None, limit: int = 400) -> str:
    """Rich text as one line of plain text (the description is sanitised HTML)."""
    if not text:
        return ""
    flat = " ".join(html.unescape(_TAG.sub(" ", text)).split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _ages(minimum: int | None, maximum: int | None) -> str:
    if minimum is None and maximum is None:
        return ""
    return f"{'' if minimum is None else minimum}–{'' if maximum is None else maximum}"


def _join(values: Sequence[str]) -> str:
    return "; ".join(v for v in values if v)


def record_fields(record: SourceRecord) -> dict[str, str]:
    s = record.service
    loc = s.locations[0] if s.locations else None
    return {
        "Name": s.name,
        "Organisation": s.organization.name if s.organization else "",
        "Address": _join([loc.name or "", loc.address_1 or "", loc.address_2 or ""]) if loc else "",
        "Town": (loc.city or "") if loc else "",
        "Postcode": _join(s.postcodes),
        "Borough": _join(s.boroughs),
        "Phones": _join([p.number for p in s.phones]),
        "Email": s.email or (s.organization.email or "" if s.organization else ""),
        "Website": s.url or (s.organization.website or "" if s.organization else ""),
        "Charity number": (s.organization.charity_number or "") if s.organization else "",
        "Categories": _join(s.categories),
        "Ages": _ages(s.minimum_age, s.maximum_age),
        "Cost": s.fees_description or "",
        "Opening times": _join(
            [
                sc.description or " ".join(x for x in (sc.byday, sc.opens_at, sc.closes_at) if x)
                for sc in s.schedules
            ]
        ),
        "Status": s.status,
        "Description": plain(s.description),
        "Source": record.source_id,
        "Source page": record.source_url,
        "Last changed (source)": s.last_modified.date().isoformat() if s.last_modified else "",
    }


def side_by_side(a: SourceRecord, b: SourceRecord) -> list[FieldRow]:
    fa, fb = record_fields(a), record_fields(b)
    return [FieldRow(label, fa[label], fb[label]) for label in fa if fa[label] or fb[label]]
