"""How a merged service is shown in a result list: plain text, opening-time lines, cost text,
and the snippet and highlight offsets of a match.

Everything here produces plain text. Highlights are character offsets into that text, so a
client marks them with ``textContent`` ranges and never parses HTML from a listing.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from functools import lru_cache

from index.model import MergedService, Schedule, Service
from index.search.schedule import hhmm_minutes, schedule_days
from index.search.types import SearchHit
from index.vocab import fold

DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
SNIPPET_CHARS = 220

_DROP_BLOCKS = re.compile(r"<(script|style|template)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_BREAKS = re.compile(r"<\s*(br|/p|/div|/li|/h[1-6]|/tr|li|p|div|h[1-6])\b[^>]*>", re.IGNORECASE)
_TAGS = re.compile(r"<[^>]*>")
_WORD = re.compile(r"[^\W_]+")
_FREE = re.compile(
    r"^\s*(free of charge|free|no charge|no cost|none|nil|£\s?0(?:\.00)?)"
    r"(?=\s*$|\s*[.,;:!()–-]|\s+(?:to|for|of|at|and|entry|admission|service|sessions?|"
    r"courses?|activit(?:y|ies)|but|with)\b)",
    re.IGNORECASE,
)
"""A statement that the service costs nothing — not "free parking" or "free trial"."""
_PRICE = re.compile(r"£\s?(\d+(?:\.\d{1,2})?)")


def plain_text(fragment: str | None) -> str:
    """Sanitised HTML (or plain text) → one line of plain text."""
    if not fragment:
        return ""
    text = fragment
    if "<" in text or "&" in text:
        text = _DROP_BLOCKS.sub(" ", text)
        text = _BREAKS.sub(" ", text)
        text = html.unescape(_TAGS.sub("", text))
    return " ".join(text.split())


# -- opening times ----------------------------------------------------------------------------


def _day_span(days: list[int]) -> str:
    """[0,1,2,3,4] → "Mon–Fri"; [0,2] → "Mon, Wed"; runs of three or more use a dash."""
    days = sorted(set(days))
    groups: list[list[int]] = []
    for d in days:
        if groups and d == groups[-1][-1] + 1:
            groups[-1].append(d)
        else:
            groups.append([d])
    parts: list[str] = []
    for g in groups:
        if len(g) >= 3:
            parts.append(f"{DAY_NAMES[g[0]]}–{DAY_NAMES[g[-1]]}")
        else:
            parts.extend(DAY_NAMES[d] for d in g)
    return ", ".join(parts)


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"


def opening_lines(schedules: Iterable[Schedule]) -> list[str]:
    """Human-readable lines, one per distinct set of hours, in weekday order:
    ``["Mon–Fri 09:00–17:00", "Sat 10:00–14:00"]``. A schedule that could not be read keeps
    its original description so nothing the source said is lost."""
    key = tuple((s.byday, s.opens_at, s.closes_at, s.freq, s.description) for s in schedules)
    return list(_opening_lines(key))


@lru_cache(maxsize=4096)
def _opening_lines(key: tuple[tuple[str | None, ...], ...]) -> tuple[str, ...]:
    """Memoised on the schedules' fields: most services share a few weekly patterns."""
    schedules = [
        Schedule(byday=b, opens_at=o, closes_at=c, freq=f, description=d) for b, o, c, f, d in key
    ]
    by_hours: dict[tuple[int, int] | None, list[int]] = {}
    notes: list[str] = []
    for schedule in schedules:
        days = schedule_days(schedule)
        opens, closes = hhmm_minutes(schedule.opens_at), hhmm_minutes(schedule.closes_at)
        if not days:
            if schedule.description:
                notes.append(plain_text(schedule.description))
            continue
        key = (opens, closes) if opens is not None and closes is not None else None
        for d in days:
            if d not in by_hours.setdefault(key, []):
                by_hours[key].append(d)
        if key is None and schedule.description:
            notes.append(plain_text(schedule.description))
    lines: list[tuple[int, str]] = []
    for key, days in by_hours.items():
        label = _day_span(days)
        if key is None:
            lines.append((min(days), label))
        else:
            lines.append((min(days), f"{label} {_hhmm(key[0])}–{_hhmm(key[1])}"))
    lines.sort()
    out = [text for _, text in lines]
    out.extend(n for n in dict.fromkeys(notes) if n and n not in out)
    return tuple(out)


# -- cost -------------------------------------------------------------------------------------


def is_free(service: Service) -> bool | None:
    """True/False when the listing says, ``None`` when it does not (never guess "free")."""
    if service.is_free is not None:
        return service.is_free
    amounts = [c.amount for c in service.cost_options if c.amount is not None]
    if amounts:
        return all(a == 0 for a in amounts)
    fees = plain_text(service.fees_description)
    if fees:
        if any(float(p) > 0 for p in _PRICE.findall(fees)):
            return False
        if _FREE.match(fees):
            return True
    return None


def cost_text(service: Service) -> str | None:
    fees = plain_text(service.fees_description)
    if fees:
        return fees[:200]
    parts: list[str] = []
    for c in service.cost_options:
        if c.amount is not None:
            money = "Free" if c.amount == 0 else f"£{c.amount:.2f}"
            detail = c.amount_description or c.option
            parts.append(f"{money} {detail}".strip() if detail else money)
        elif c.option or c.amount_description:
            parts.append(plain_text(c.option or c.amount_description))
    if parts:
        return "; ".join(parts)
    return "Free" if is_free(service) else None


# -- the hit ----------------------------------------------------------------------------------


def hit_fields(
    merged: MergedService,
    *,
    categories: list[str],
    address: str | None,
    postcode: str | None,
    borough: str | None,
    latitude: float | None,
    longitude: float | None,
    description: str,
    free: bool | None,
    service_areas: list[str] | None = None,
) -> dict[str, object]:
    """Everything a result shows that does not depend on the query, as the JSON-able fields
    of a ``SearchHit``. Indexes store this dict (building the model for every one of a
    million services at rebuild time would cost more than indexing them); ``base_hit`` gives
    the validated model."""
    s = merged.service
    org = s.organization
    when = s.last_modified or merged.updated_at
    fields: dict[str, object] = {
        "id": merged.id,
        "name": s.name,
        "organization": org.name if org else None,
        "snippet": clip(description, SNIPPET_CHARS),
        "categories": categories,
        "address": address or None,
        "postcode": postcode,
        "borough": borough,
        "latitude": latitude,
        "longitude": longitude,
        "service_areas": service_areas
        if service_areas is not None
        else [a.name for a in s.service_areas],
        "phones": [p.number for p in s.phones],
        "email": s.email or (org.email if org else None),
        "url": s.url or (org.website if org else None),
        "opening_times": opening_lines(s.schedules),
        "cost": cost_text(s),
        "is_free": free,
        "source_ids": list(merged.source_ids),
        "last_updated": when.date().isoformat() if when else None,
    }
    return {k: v for k, v in fields.items() if v not in (None, [])}


def finish_hit(
    fields: dict[str, object],
    *,
    description: str,
    score: float,
    distance_km: float | None,
    matched_need: str | None,
    marker: Highlighter,
) -> SearchHit:
    """A stored hit (``hit_fields``) plus what the query adds: score, distance, the need it
    answers, and the passage and offsets that matched. Not validated again: the stored
    fields were made by ``hit_fields`` at indexing time, and a search shows many hits."""
    out = dict(_HIT_DEFAULTS)
    out.update(fields)
    for key in _MUTABLE_DEFAULTS:  # never share a default list or dict between hits
        if key not in fields:
            out[key] = type(out[key])()
    out["score"] = round(score, 6)
    if distance_km is not None:
        out["distance_km"] = round(distance_km, 2)
    if matched_need is not None:
        out["matched_need"] = matched_need
    if marker:
        snippet, spans = marker.snippet(description)
        out["snippet"] = snippet
        highlights = {"name": marker.spans(str(out["name"])), "snippet": spans}
        out["highlights"] = {k: v for k, v in highlights.items() if v}
    return SearchHit.model_construct(**out)  # type: ignore[arg-type]


_HIT_DEFAULTS: dict[str, object] = {
    name: field.get_default(call_default_factory=True)
    for name, field in SearchHit.model_fields.items()
    if not field.is_required()
}
"""Every optional field of a hit, so ``model_construct`` never has to look a default up
(pydantic inspects each default factory's signature on every call)."""
_MUTABLE_DEFAULTS = tuple(k for k, v in _HIT_DEFAULTS.items() if isinstance(v, list | dict))


def base_hit(merged: MergedService, **kwargs: object) -> SearchHit:
    """``hit_fields`` as a validated ``SearchHit``."""
    return SearchHit.model_validate(hit_fields(merged, **kwargs))  # type: ignore[arg-type]


# -- highlighting -----------------------------------------------------------------------------


def light_stem(word: str) -> str:
    """Enough of Porter's first steps to pair "walking"/"walks"/"walk" and "centres"/"centre"
    when marking matches (the index itself uses the real Porter stemmer)."""
    w = word
    if w.endswith("sses"):
        w = w[:-2]
    elif w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        w = w[:-1]
    for suffix in ("ing", "ed"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            break
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]
    return w


@lru_cache(maxsize=65_536)
def _folded_stem(word: str) -> tuple[str, str]:
    """A word as written → (folded, its light stem): the same few thousand words fill every
    page, so this is worked out once per process, not once per query."""
    folded = fold(word)
    return folded, light_stem(folded)


class Highlighter:
    """Finds the words of a plan in plain text, as [start, end) character offsets."""

    def __init__(self, exact: Iterable[str], prefixes: Iterable[str] = ()) -> None:
        self.exact = set(exact)
        self.stems = {light_stem(w) for w in self.exact}
        self.prefixes = tuple(sorted(set(prefixes)))
        self._seen: dict[str, bool] = {}
        """Word as written → marked? (a page's texts repeat most of their words)"""
        self._candidates = self._candidate_pattern()

    def _candidate_pattern(self) -> re.Pattern[str] | None:
        """One pattern per query for the words that *can* be marked, so an ASCII text's other
        words never reach Python: a marked word starts with an exact word, a prefix, or its
        light stem less the stem's last letter (``light_stem`` only cuts endings, and turns
        "-ies" into "-y"). ``None`` when a stem is too short to narrow anything."""
        starts = self.exact | set(self.prefixes) | {s[:-1] for s in self.stems}
        if not starts or "" in starts:
            return None
        alternatives = "|".join(re.escape(w) for w in sorted(starts, key=len, reverse=True))
        return re.compile(rf"(?<![^\W_])(?:{alternatives})[^\W_]*", re.IGNORECASE)

    def __bool__(self) -> bool:
        return bool(self.exact or self.prefixes)

    def _hit(self, word: str) -> bool:
        folded, stem = _folded_stem(word)
        if folded in self.exact or stem in self.stems:
            return True
        return bool(self.prefixes) and folded.startswith(self.prefixes)

    def spans(self, text: str) -> list[tuple[int, int]]:
        if not self or not text:
            return []
        seen = self._seen
        out: list[tuple[int, int]] = []
        pattern = self._candidates if self._candidates is not None and text.isascii() else _WORD
        for m in pattern.finditer(text):
            word = m.group()
            hit = seen.get(word)
            if hit is None:
                hit = seen[word] = self._hit(word)
            if hit:
                out.append((m.start(), m.end()))
        return out

    def snippet(self, text: str, length: int = SNIPPET_CHARS) -> tuple[str, list[tuple[int, int]]]:
        """The passage of ``text`` that shows the first match (the start of the text when the
        match is early or absent), with match offsets relative to the passage."""
        spans = self.spans(text)
        if len(text) <= length:
            return text, spans
        start = 0
        if spans and spans[0][1] > length - 40:
            first = spans[0][0]
            window = text.rfind(". ", 0, first)
            start = window + 2 if window != -1 and first - window < length // 2 else first - 60
            start = max(0, start)
            while start > 0 and not text[start - 1].isspace():
                start += 1
        body = clip(text[start:], length - (1 if start else 0))
        prefix = "…" if start else ""
        shift = len(prefix) - start
        limit = len(prefix) + len(body)
        inside = [(a + shift, b + shift) for a, b in spans if a >= start and b + shift <= limit]
        return prefix + body, inside


def clip(text: str, length: int) -> str:
    """At most ``length`` characters, cut at a word boundary with an ellipsis."""
    if len(text) <= length:
        return text
    cut = text.rfind(" ", 0, length - 1)
    cut = cut if cut > length // 2 else length - 1
    return text[:cut].rstrip(" ,;:-") + "…"


__all__ = [
    "Highlighter",
    "base_hit",
    "clip",
    "cost_text",
    "hit_fields",
    "is_free",
    "opening_lines",
    "plain_text",
]
